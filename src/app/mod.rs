//! The eframe application: owns the document, settings and runtime state, and
//! applies the commands the views emit after each frame.

mod analysis;
pub mod dialogs;
pub mod document;
pub mod files;
mod frame;
pub mod platform;
mod present;
pub mod settings;

use std::path::{Path, PathBuf};

use crate::i18n::{Arg, Lang, num, tr, tr_args};
use crate::io::{self, LoadError};
use crate::model::{Diagnostic, Projection, Scenario, School, SchoolStatus, validate};
pub use dialogs::{DialogKind, FakeDialogs, FileDialogs, NativeDialogs};
pub use document::{Document, EditKey};
pub use frame::{SHORTCUTS, Shortcut};
pub use platform::window_icon;
pub use settings::Settings;

/// Which part of the country the views show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    Country,
    /// Index into `Scenario::regions`.
    Region(usize),
}

/// Actions that replace or close the document, so unsaved changes must be
/// settled first.
#[derive(Debug, Clone, PartialEq)]
pub enum Guarded {
    New,
    Open,
    OpenPath(PathBuf),
    Quit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptAnswer {
    Save,
    Discard,
    Cancel,
}

/// Everything the user can ask for; filled while drawing, applied after the
/// frame so state never changes in the middle of layout.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub enum Command {
    Guarded(Guarded),
    Save,
    SaveAs,
    Undo,
    Redo,
    Select(Selection),
    SelectSchool(usize),
    AddSchool,
    DuplicateSchool(usize),
    DeleteSchool(usize),
    AddRegion,
    Prompt(PromptAnswer),
    DismissLoadFailure,
    DismissNotice(usize),
    SetLanguage(Lang),
    /// Enter (at the selected region's slide) or leave presentation mode.
    TogglePresentation,
    /// Move by this many slides (−1 back, +1 forward).
    MoveSlide(isize),
    ExportChart {
        svg: bool,
    },
    ExportSlides,
    SetLightTheme(bool),
    SetWhatIf(crate::model::WhatIf),
    ShowRisk(bool),
    SetClosingSize(u32),
    /// Pick a second scenario to compare with.
    CompareWith,
    ClearComparison,
    /// An answer to a file prompt (recovery, changes on disk): see `files.rs`.
    Files(files::FileCommand),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeLevel {
    Info,
    Error,
}

#[derive(Debug, Clone)]
pub struct Notice {
    pub level: NoticeLevel,
    pub text: String,
}

/// A file that could not be opened, shown with the engine's diagnostics
/// while the current document stays open.
#[derive(Debug, Clone)]
pub struct LoadFailure {
    pub path: PathBuf,
    pub reason: String,
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadFailure {
    pub fn from_error(path: &Path, e: &LoadError) -> Self {
        let reason = match e {
            LoadError::Read { reason, .. } => reason.clone(),
            LoadError::Invalid { .. } => tr("load-invalid"),
        };
        LoadFailure {
            path: path.to_path_buf(),
            reason,
            diagnostics: e.diagnostics().to_vec(),
        }
    }
}

/// Derived from the document, recomputed only when its revision changes.
pub struct Computed {
    revision: u64,
    what_if: crate::model::WhatIf,
    pub diagnostics: Vec<Diagnostic>,
    pub projection: Projection,
    pub has_errors: bool,
    /// Scenario indices of the schools in each region (by region index), and
    /// of all schools, so the table never filters per frame.
    pub schools_by_region: Vec<Vec<usize>>,
    pub all_schools: Vec<usize>,
}

impl Computed {
    fn new(doc: &Document, what_if: crate::model::WhatIf) -> Self {
        let s = doc.scenario();
        let diagnostics = validate(s);
        let mut schools_by_region = vec![Vec::new(); s.regions.len()];
        let index: std::collections::HashMap<&str, usize> = s
            .regions
            .iter()
            .enumerate()
            .rev()
            .map(|(i, r)| (r.id.as_str(), i))
            .collect();
        for (i, school) in s.schools.iter().enumerate() {
            if let Some(&r) = index.get(school.region.as_str()) {
                schools_by_region[r].push(i);
            }
        }
        Computed {
            revision: doc.revision(),
            what_if,
            has_errors: crate::model::has_errors(&diagnostics),
            diagnostics,
            projection: crate::model::project_with(s, &what_if),
            schools_by_region,
            all_schools: (0..s.schools.len()).collect(),
        }
    }
}

/// How the app is started; tests replace the dialogs and the clock.
pub struct AppOptions {
    pub file: Option<PathBuf>,
    pub dialogs: Box<dyn FileDialogs>,
    /// The current school year for "shortfall now"; `None` reads the clock.
    pub school_year_now: Option<i32>,
    /// Read settings from eframe storage (off in tests).
    pub use_storage: bool,
    /// Settings to start with instead of the stored ones (tests).
    pub settings: Option<Settings>,
    /// Region id to select first (`--region`), over the remembered one.
    pub region: Option<String>,
    /// The language to use, over the remembered one and the system locale.
    pub lang: Option<Lang>,
    /// Where recovery copies of unsaved work go; `None`: the app's data folder
    /// when `use_storage`, else no recovery (tests never touch the home).
    pub recovery_dir: Option<PathBuf>,
}

impl Default for AppOptions {
    fn default() -> Self {
        AppOptions {
            file: None,
            dialogs: Box::new(NativeDialogs::default()),
            school_year_now: None,
            use_storage: true,
            settings: None,
            region: None,
            lang: None,
            recovery_dir: None,
        }
    }
}

/// Runtime view state, never saved.
#[derive(Default)]
pub struct ViewState {
    pub selection: Option<Selection>,
    pub selected_school: Option<usize>,
    pub scroll_to_school: bool,
    /// The slide shown in presentation mode; `None` when not presenting.
    pub presentation: Option<usize>,
}

pub struct SeatplanApp {
    pub settings: Settings,
    pub doc: Document,
    pub view: ViewState,
    pub(crate) computed: Computed,
    pub analysis: analysis::Analysis,
    dialogs: Box<dyn FileDialogs>,
    /// A dialog to open once the frame's commands are applied.
    pending_dialog: Option<DialogKind>,
    /// Full screen to switch to at the end of the frame (presentation mode).
    fullscreen: Option<bool>,
    quit_requested: bool,
    /// The guarded action waiting for the unsaved-changes prompt.
    pub prompt: Option<Guarded>,
    /// The guarded action to run once a Save As dialog has saved.
    after_save: Option<Guarded>,
    pub load_failure: Option<LoadFailure>,
    pub notices: Vec<Notice>,
    allow_close: bool,
    pub(crate) commands: Vec<Command>,
    pub school_year_now: i32,
    title: String,
    /// Watching the open file, recovery copies (see `files.rs`).
    files: files::FileState,
}

impl SeatplanApp {
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        crate::ui::setup_style(&cc.egui_ctx);
        let lang_override = options.lang;
        let settings: Settings = if let Some(settings) = options.settings {
            settings
        } else if options.use_storage {
            cc.storage
                .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
                .unwrap_or_default()
        } else {
            Settings::default()
        };
        // First start: the system's language (Kazakh or Russian, else English).
        crate::i18n::set_lang(lang_override.or(settings.lang).unwrap_or_else(Lang::system));
        let mut app = Self::with_document(
            default_document(),
            settings,
            options.dialogs,
            options.school_year_now.unwrap_or_else(current_school_year),
        );
        if let Some(path) = options.file {
            app.open_path(&path);
        }
        if let Some(region) = options.region {
            app.settings.last_region = Some(region);
        }
        app.restore_last_region();
        app.start_files(options.recovery_dir, options.use_storage);
        app
    }

    fn with_document(
        doc: Document,
        settings: Settings,
        dialogs: Box<dyn FileDialogs>,
        school_year_now: i32,
    ) -> Self {
        let computed = Computed::new(&doc, crate::model::WhatIf::NONE);
        SeatplanApp {
            settings,
            doc,
            view: ViewState::default(),
            computed,
            analysis: analysis::Analysis::default(),
            dialogs,
            pending_dialog: None,
            fullscreen: None,
            quit_requested: false,
            prompt: None,
            after_save: None,
            load_failure: None,
            notices: Vec::new(),
            allow_close: false,
            commands: Vec::new(),
            school_year_now,
            title: String::new(),
            files: files::FileState::default(),
        }
    }

    fn restore_last_region(&mut self) {
        let s = self.doc.scenario();
        self.view.selection = Some(
            match self
                .settings
                .last_region
                .as_deref()
                .and_then(|id| s.region_index(id))
            {
                Some(i) => Selection::Region(i),
                None => Selection::Country,
            },
        );
    }

    /// The projection and diagnostics of the current document; recomputed
    /// only when the document's revision changed since the last call.
    pub fn computed(&mut self) -> &Computed {
        self.refresh();
        &self.computed
    }

    pub fn refresh(&mut self) {
        if self.computed.revision != self.doc.revision()
            || self.computed.what_if != self.analysis.what_if
        {
            self.computed = Computed::new(&self.doc, self.analysis.what_if);
        }
        self.refresh_analysis(None);
    }

    fn computed_what_if_changed(&mut self) {
        self.refresh();
    }

    pub fn selection(&self) -> Selection {
        match self.view.selection {
            Some(Selection::Region(i)) if i < self.doc.scenario().regions.len() => {
                Selection::Region(i)
            }
            _ => Selection::Country,
        }
    }

    pub fn send(&mut self, command: Command) {
        self.commands.push(command);
    }

    fn notify(&mut self, level: NoticeLevel, text: impl Into<String>) {
        self.notices.push(Notice {
            level,
            text: text.into(),
        });
        if self.notices.len() > 5 {
            self.notices.remove(0);
        }
    }

    // ---- files -------------------------------------------------------------

    /// Opens `path`, replacing the document; on failure keeps the current one
    /// and reports why.
    pub fn open_path(&mut self, path: &Path) -> bool {
        let disk = Self::disk_before_load(path);
        match io::load_path(path) {
            Ok(loaded) => {
                let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
                self.doc = Document::new(loaded.scenario, Some(path.to_path_buf()));
                self.files_loaded(path, disk);
                self.view = ViewState::default();
                self.restore_last_region();
                self.settings.add_recent(path.to_path_buf());
                self.load_failure = None;
                if errors > 0 {
                    self.notify(
                        NoticeLevel::Error,
                        tr_args(
                            "opened-with-errors",
                            &[
                                ("name", self.doc.display_name().into()),
                                ("count", Arg::Count(errors as i64)),
                                ("n", num(errors as i64).into()),
                            ],
                        ),
                    );
                }
                true
            }
            Err(e) => {
                self.load_failure = Some(LoadFailure::from_error(path, &e));
                false
            }
        }
    }

    /// Saves to `path`; on failure the document stays dirty and the user is told.
    pub fn save_to(&mut self, path: &Path) -> bool {
        let path = if path.extension().is_none() {
            path.with_extension("ron")
        } else {
            path.to_path_buf()
        };
        if self.hold_save(&path) {
            return false;
        }
        match self.write_scenario(&path) {
            Ok(()) => {
                self.doc.mark_saved(path.clone());
                self.settings.add_recent(path);
                true
            }
            Err(e) => {
                self.notify(
                    NoticeLevel::Error,
                    tr_args(
                        "save-failed",
                        &[
                            ("path", path.display().to_string().into()),
                            ("reason", e.to_string().into()),
                        ],
                    ),
                );
                false
            }
        }
    }

    fn save(&mut self) -> bool {
        match self.doc.path().map(Path::to_path_buf) {
            Some(path) => self.save_to(&path),
            None => {
                self.request_save_as();
                false
            }
        }
    }

    fn request_save_as(&mut self) {
        let suggested_name = self.doc.path().and_then(|p| p.file_name()).map_or_else(
            || "scenario.ron".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        self.pending_dialog = Some(DialogKind::SaveAs { suggested_name });
    }

    fn run_guarded(&mut self, action: Guarded) {
        if self.doc.is_dirty() && action != Guarded::Open {
            self.prompt = Some(action);
            return;
        }
        self.proceed(action);
    }

    fn proceed(&mut self, action: Guarded) {
        match action {
            Guarded::New => {
                let mut doc = Document::new(Scenario::new_empty(), None);
                doc.mark_unsaved();
                self.doc = doc;
                self.view = ViewState::default();
            }
            // The prompt comes after the file is picked, so cancelling the
            // dialog never asks about unsaved changes.
            Guarded::Open => self.pending_dialog = Some(DialogKind::Open),
            Guarded::OpenPath(path) => {
                self.open_path(&path);
            }
            Guarded::Quit => {
                self.allow_close = true;
                self.quit_requested = true;
            }
        }
    }

    fn answer_prompt(&mut self, answer: PromptAnswer) {
        let Some(action) = self.prompt.take() else {
            return;
        };
        match answer {
            PromptAnswer::Cancel => {}
            PromptAnswer::Discard => self.proceed(action),
            PromptAnswer::Save => {
                if self.doc.path().is_some() {
                    if self.save() {
                        self.proceed(action);
                    } else if self.file_prompt_open() {
                        // Asked whether to overwrite a file changed on disk.
                        self.after_save = Some(action);
                    }
                } else {
                    self.after_save = Some(action);
                    self.request_save_as();
                }
            }
        }
    }

    fn on_dialog_answer(&mut self, kind: DialogKind, path: Option<PathBuf>) {
        match (kind, path) {
            (DialogKind::Open, Some(path)) => self.run_guarded(Guarded::OpenPath(path)),
            (DialogKind::CompareWith, Some(path)) => self.compare_with_path(&path),
            (kind @ (DialogKind::ExportChart { .. } | DialogKind::ExportSlides), Some(path)) => {
                self.export_to(&kind, &path);
            }
            (DialogKind::SaveAs { .. }, Some(path)) => {
                if self.save_to(&path)
                    && let Some(action) = self.after_save.take()
                {
                    self.proceed(action);
                }
            }
            (_, None) => self.after_save = None,
        }
    }

    // ---- edits -------------------------------------------------------------

    fn add_school(&mut self) {
        let Selection::Region(r) = self.selection() else {
            self.notify(NoticeLevel::Info, tr("select-region-first"));
            return;
        };
        let s = self.doc.scenario();
        let region = s.regions[r].id.clone();
        let id = unique_id(s, &format!("{region}-new"));
        let opens = self.school_year_now.clamp(s.base_year, s.horizon);
        let school = School {
            id,
            name: tr("new-school"),
            region,
            district: None,
            seats: 600,
            replaces: 0,
            opens,
            status: SchoolStatus::Planned,
            funding: None,
            source: None,
        };
        let index = self.doc.scenario().schools.len();
        self.doc.edit(None, |s| s.schools.push(school));
        self.view.selected_school = Some(index);
        self.view.scroll_to_school = true;
    }

    fn duplicate_school(&mut self, index: usize) {
        let Some(original) = self.doc.scenario().schools.get(index) else {
            return;
        };
        let mut copy = original.clone();
        copy.id = unique_id(self.doc.scenario(), &original.id);
        copy.name = tr_args("copy-of", &[("name", (&original.name).into())]);
        self.doc.edit(None, |s| s.schools.insert(index + 1, copy));
        self.view.selected_school = Some(index + 1);
        self.view.scroll_to_school = true;
    }

    fn delete_school(&mut self, index: usize) {
        if index < self.doc.scenario().schools.len() {
            self.doc.edit(None, |s| {
                s.schools.remove(index);
            });
            self.view.selected_school = None;
        }
    }

    fn add_region(&mut self) {
        let s = self.doc.scenario();
        let n = s.regions.len() + 1;
        let mut id = format!("region-{n}");
        let mut k = n;
        while s.region_index(&id).is_some() {
            k += 1;
            id = format!("region-{k}");
        }
        let region = crate::model::Region {
            id,
            name: crate::model::LocalizedName {
                en: Some(tr_args("new-region", &[("n", k.to_string().into())])),
                ..Default::default()
            },
            kind: crate::model::RegionKind::Oblast,
            deficit: Some([(s.base_year, 0)].into_iter().collect()),
            demand: None,
            districts: None,
            illustrative: true,
            source: None,
        };
        self.doc.edit(None, |s| s.regions.push(region));
        self.view.selection = Some(Selection::Region(n - 1));
    }

    /// Applies the commands queued while drawing.
    pub fn apply_commands(&mut self) {
        let commands = std::mem::take(&mut self.commands);
        for c in commands {
            self.apply(c);
        }
    }

    fn apply(&mut self, command: Command) {
        match command {
            Command::Guarded(g) => self.run_guarded(g),
            Command::Save => {
                self.save();
            }
            Command::SaveAs => self.request_save_as(),
            Command::Undo => {
                self.doc.undo();
            }
            Command::Redo => {
                self.doc.redo();
            }
            Command::Select(sel) => {
                self.view.selection = Some(sel);
                self.view.selected_school = None;
                self.settings.last_region = match sel {
                    Selection::Region(i) => {
                        self.doc.scenario().regions.get(i).map(|r| r.id.clone())
                    }
                    Selection::Country => None,
                };
            }
            Command::SelectSchool(i) => {
                let region = self
                    .doc
                    .scenario()
                    .schools
                    .get(i)
                    .and_then(|s| self.doc.scenario().region_index(&s.region));
                if let Some(r) = region
                    && self.selection() != Selection::Country
                {
                    self.view.selection = Some(Selection::Region(r));
                }
                self.view.selected_school = Some(i);
                self.view.scroll_to_school = true;
            }
            Command::AddSchool => self.add_school(),
            Command::DuplicateSchool(i) => self.duplicate_school(i),
            Command::DeleteSchool(i) => self.delete_school(i),
            Command::AddRegion => self.add_region(),
            Command::Prompt(answer) => self.answer_prompt(answer),
            Command::DismissLoadFailure => self.load_failure = None,
            Command::TogglePresentation => self.toggle_presentation(),
            Command::MoveSlide(by) => self.move_slide(by),
            Command::ExportChart { svg } => self.request_chart_export(svg),
            Command::ExportSlides => self.pending_dialog = Some(DialogKind::ExportSlides),
            Command::SetLightTheme(on) => self.settings.light_theme = on,
            Command::SetWhatIf(w) => self.set_what_if(w),
            Command::ShowRisk(on) => self.analysis.show_risk = on,
            Command::SetClosingSize(size) => {
                self.analysis.closing_size = size;
                self.analysis.invalidate();
            }
            Command::CompareWith => self.pending_dialog = Some(DialogKind::CompareWith),
            Command::ClearComparison => self.clear_comparison(),
            Command::SetLanguage(lang) => {
                crate::i18n::set_lang(lang);
                self.settings.lang = Some(lang);
            }
            Command::DismissNotice(i) => {
                if i < self.notices.len() {
                    self.notices.remove(i);
                }
            }
            Command::Files(c) => self.apply_file_command(c),
        }
    }

    pub fn window_title(&self) -> String {
        format!(
            "{}{} — seatplan",
            if self.doc.is_dirty() { "● " } else { "" },
            self.doc.display_name()
        )
    }

    /// The current document's validation messages (for tests and status).
    pub fn computed_diagnostics(&self) -> Vec<String> {
        self.computed
            .diagnostics
            .iter()
            .map(|d| d.message.clone())
            .collect()
    }

    pub fn dialogs_open(&self) -> bool {
        self.dialogs.is_open()
    }
}

fn unique_id(s: &Scenario, base: &str) -> String {
    let taken: std::collections::HashSet<&str> = s.schools.iter().map(|x| x.id.as_str()).collect();
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken.contains(id.as_str()))
        .unwrap_or_else(|| base.to_owned())
}

fn default_document() -> Document {
    match io::load_str(io::DEFAULT_SCENARIO) {
        Ok(loaded) => Document::new(loaded.scenario, None),
        // The embedded file is checked by the test suite; this is unreachable
        // in a tested build, but an empty scenario beats a crash.
        Err(_) => Document::new(Scenario::new_empty(), None),
    }
}

/// The school year running today: it starts on 1 September.
pub fn current_school_year() -> i32 {
    let (days, _) = crate::calendar::days_and_seconds(std::time::SystemTime::now());
    let (year, month, _) = crate::calendar::civil_date(days);
    if month >= 9 { year } else { year - 1 }
}

/// Today as `22.11.2026`, the form used on Kazakh and Russian documents.
pub fn today_string() -> String {
    let (days, _) = crate::calendar::days_and_seconds(std::time::SystemTime::now());
    let (y, m, d) = crate::calendar::civil_date(days);
    format!("{d:02}.{m:02}.{y}")
}

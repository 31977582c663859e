//! The application state: owns the document, settings and runtime state,
//! derives results once per revision, and applies the commands the views
//! send. Drawing is `ui`'s job; `app` never imports `ui`.

mod analysis;
mod apply;
mod chooser;
pub mod command;
mod consolidate;
mod demand;
mod derived;
pub mod dialogs;
mod districts;
pub mod document;
pub mod files;
mod frame;
mod import;
mod import_read;
mod import_series;
mod layout;
mod modal;
mod open_save;
pub mod platform;
mod present;
mod review;
pub mod settings;
pub mod style;
mod view;
pub mod welcome;

use std::path::{Path, PathBuf};

use crate::calendar::Day;
use crate::i18n::{Lang, tr};
use crate::io::{self, LoadError};
use crate::model::{Diagnostic, Scenario};
pub use analysis::{Analysis, CompareWith};
pub use chooser::{Chooser, ChooserCommand, Entry, Picks};
pub use command::{Command, Edit, Guarded, PromptAnswer, ReviewCommand, Selection, UiCommand};
pub use consolidate::{Consolidation, Problem, Source, problem_text};
pub use demand::{DemandTable, NotANumber, Unit, parse_cells, starter_demand};
pub use derived::{DemandBasis, Derived, PlanByDistrict, Slice, slice};
pub use dialogs::{Answer, DialogKind, FakeDialogs, FileDialogs, NativeDialogs};
pub use districts::DistrictCommand;
pub use document::{Document, EditKey};
pub use import::{ImportCommand, ImportDialog};
pub use import_read::Reading;
pub use layout::{Pane, STORAGE_KEY as WORKSPACE_KEY, Workspace};
pub use modal::{Modal, Modals};
pub use platform::window_icon;
pub use settings::Settings;
pub use view::{CommandSender, ViewCtx};
pub use welcome::{SHIPPED, Shipped, WelcomeChoice};

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
            LoadError::Read { reason, .. } => reason.message(crate::i18n::lang()),
            LoadError::Invalid { .. } => tr("load-invalid"),
        };
        LoadFailure {
            path: path.to_path_buf(),
            reason,
            diagnostics: e.diagnostics().to_vec(),
        }
    }
}

/// How the app is started; tests replace the dialogs and the clock.
pub struct AppOptions {
    pub file: Option<PathBuf>,
    pub dialogs: Box<dyn FileDialogs>,
    /// Today, for "shortfall now", the slides' date and review signatures;
    /// `None` reads the clock.
    pub today: Option<Day>,
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
    /// With no file given and no recent file, offer the shipped scenarios
    /// (off in tests that do not test it).
    pub welcome: bool,
}

impl Default for AppOptions {
    fn default() -> Self {
        AppOptions {
            file: None,
            dialogs: Box::new(NativeDialogs::default()),
            today: None,
            use_storage: true,
            settings: None,
            region: None,
            lang: None,
            recovery_dir: None,
            welcome: true,
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
    pub(crate) derived: Derived,
    pub analysis: analysis::Analysis,
    dialogs: Box<dyn FileDialogs>,
    /// A dialog to open once the frame's commands are applied.
    pending_dialog: Option<DialogKind>,
    /// Full screen to switch to at the end of the frame (presentation mode).
    fullscreen: Option<bool>,
    quit_requested: bool,
    /// The questions and reports the window waits on.
    pub modals: Modals,
    /// The guarded action to run once a Save As dialog has saved.
    after_save: Option<Guarded>,
    pub notices: Vec<Notice>,
    allow_close: bool,
    pub(crate) commands: Vec<Command>,
    /// The diagnostics of the revision that matches the file on disk (loaded
    /// or saved), positioned in its text: the Problems list shows where.
    on_disk: Option<(u64, Vec<Diagnostic>)>,
    pub today: Day,
    /// `today`'s school year: the year "shortfall now" reads.
    pub school_year_now: i32,
    title: String,
    /// Watching the open file, recovery copies (see `files.rs`).
    files: files::FileState,
    /// The files a consolidated document was made from (File → Consolidate).
    pub consolidation: Option<Consolidation>,
    /// Which panes the window shows, and where (remembered).
    pub workspace: Workspace,
    /// A spreadsheet being read for the import dialog.
    import_read: Option<import_read::ReadJob>,
    /// An edit was applied since the derived results were last brought up to
    /// date: new problems it causes bring the Problems list forward.
    edited: bool,
}

impl SeatplanApp {
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        style::setup_style(&cc.egui_ctx);
        let lang_override = options.lang;
        let workspace = Workspace::restored(
            cc.storage
                .filter(|_| options.use_storage)
                .and_then(|s| eframe::get_value(s, layout::STORAGE_KEY)),
        );
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
            options.today.unwrap_or_else(Day::today),
        );
        app.workspace = workspace;
        // A file or a region on the command line says what to show.
        let told_what_to_show = options.file.is_some() || options.region.is_some();
        if let Some(path) = options.file {
            app.open_path(&path);
        }
        if let Some(region) = options.region {
            app.settings.last_region = Some(region);
        }
        app.restore_last_region();
        app.start_files(options.recovery_dir, options.use_storage);
        if options.welcome && !told_what_to_show {
            app.offer_welcome();
        }
        app
    }

    fn with_document(
        doc: Document,
        settings: Settings,
        dialogs: Box<dyn FileDialogs>,
        today: Day,
    ) -> Self {
        let school_year_now = today.school_year();
        let derived = Derived::new(&doc, crate::model::WhatIf::NONE, school_year_now, None);
        SeatplanApp {
            settings,
            doc,
            view: ViewState::default(),
            derived,
            analysis: analysis::Analysis::default(),
            import_read: None,
            edited: false,
            dialogs,
            pending_dialog: None,
            fullscreen: None,
            quit_requested: false,
            modals: Modals::default(),
            after_save: None,
            notices: Vec::new(),
            allow_close: false,
            commands: Vec::new(),
            on_disk: None,
            today,
            school_year_now,
            title: String::new(),
            files: files::FileState::default(),
            consolidation: None,
            workspace: Workspace::default(),
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

    /// Brings the derived results up to date with the document and the
    /// what-if; recomputes only when one of them changed.
    pub fn refresh(&mut self) {
        let revision = self.doc.revision();
        if self.derived.revision != revision || self.derived.what_if != self.analysis.what_if {
            // Validation runs once per revision: a what-if change keeps it, and
            // the text on disk's own (with line and column) is used as is.
            let known = if self.derived.revision == revision {
                Some(std::mem::take(&mut self.derived.diagnostics))
            } else {
                self.on_disk
                    .as_ref()
                    .filter(|(r, _)| *r == revision)
                    .map(|(_, d)| d.clone())
            };
            let had_errors = self.derived.has_errors;
            let warnings = |d: &Derived| {
                d.diagnostics
                    .iter()
                    .filter(|x| x.severity == crate::model::Severity::Warning)
                    .count()
            };
            let had_warnings = warnings(&self.derived);
            self.derived = Derived::new(
                &self.doc,
                self.analysis.what_if,
                self.school_year_now,
                known,
            );
            // An edit that breaks the file, or warns of something new, brings
            // the list of problems forward (opening a file does not).
            let edited = std::mem::take(&mut self.edited);
            if (self.derived.has_errors && !had_errors)
                || (edited && warnings(&self.derived) > had_warnings)
            {
                self.workspace.show(Pane::Problems);
            }
        }
        self.refresh_analysis(None);
    }

    /// Three-shift schools at the horizon with the plan, by region index
    /// (`None`: no existing schools), from this revision's stock.
    pub fn three_shift_by_region(&self) -> &[Option<i64>] {
        &self.derived.three_shift_by_region
    }

    pub fn selection(&self) -> Selection {
        match self.view.selection {
            Some(Selection::Region(i)) if i < self.doc.scenario().regions.len() => {
                Selection::Region(i)
            }
            Some(Selection::District(r, d)) => {
                let s = self.doc.scenario();
                match s
                    .regions
                    .get(r)
                    .map(|x| x.districts.as_ref().map_or(0, Vec::len))
                {
                    Some(n) if d < n => Selection::District(r, d),
                    Some(_) => Selection::Region(r),
                    None => Selection::Country,
                }
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

    pub fn window_title(&self) -> String {
        format!(
            "{}{} — seatplan",
            if self.doc.is_dirty() { "● " } else { "" },
            self.doc.display_name()
        )
    }

    /// The current document's validation messages (for tests and status).
    pub fn computed_diagnostics(&self) -> Vec<String> {
        self.derived
            .diagnostics
            .iter()
            .map(crate::i18n::DiagnosticText::english)
            .collect()
    }

    pub fn dialogs_open(&self) -> bool {
        self.dialogs.is_open()
    }
}

fn default_document() -> Document {
    match io::load_str(io::DEFAULT_SCENARIO) {
        Ok(loaded) => Document::new(loaded.scenario, None),
        // The embedded file is checked by the test suite; this is unreachable
        // in a tested build, but an empty scenario beats a crash.
        Err(_) => Document::new(Scenario::new_empty(), None),
    }
}

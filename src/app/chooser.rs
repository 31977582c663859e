//! The window's own file chooser, for when the system cannot show a file
//! dialog (a Linux desktop without the desktop portal or zenity): a path
//! field, the folders a planner uses (recent files', the open file's, the
//! shipped scenarios, home) and the folder's contents. Open, Compare with,
//! Import and every export end in it rather than in silence.

use std::path::{Path, PathBuf};

use super::dialogs::DialogKind;
use super::{Modal, SeatplanApp};
use crate::i18n::{tr, tr_args};

/// The chooser's state (runtime only).
#[derive(Debug, Clone, PartialEq)]
pub struct Chooser {
    pub kind: DialogKind,
    /// The folder listed.
    pub dir: PathBuf,
    /// The path field: what OK takes.
    pub path: String,
    /// The folder's subfolders, then the files the kind can take, by name.
    pub entries: Vec<Entry>,
    /// Folders one click away, named for the buttons.
    pub places: Vec<(String, PathBuf)>,
    /// Why OK did not go through, shown under the field.
    pub problem: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub is_dir: bool,
}

/// What the chooser asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChooserCommand {
    /// List this folder.
    Enter(PathBuf),
    /// An entry of the listed folder into the path field.
    Pick(String),
    /// The path field as typed.
    Path(String),
    Confirm,
    Cancel,
}

/// What a kind of dialog picks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picks {
    /// An existing file.
    Open,
    /// A file to write (it may exist).
    Save,
    /// An existing folder.
    Folder,
}

impl Chooser {
    pub fn picks(&self) -> Picks {
        match self.kind {
            DialogKind::Open
            | DialogKind::CompareWith
            | DialogKind::ConsolidateFiles
            | DialogKind::ImportSheet => Picks::Open,
            DialogKind::ExportSlides | DialogKind::ConsolidateFolder => Picks::Folder,
            DialogKind::SaveAs { .. }
            | DialogKind::ExportChart { .. }
            | DialogKind::ExportPdf { .. }
            | DialogKind::ExportWebPage
            | DialogKind::ExportWorkbook { .. } => Picks::Save,
        }
    }

    /// The extensions of the files listed (none for a folder).
    fn extensions(&self) -> &'static [&'static str] {
        match &self.kind {
            DialogKind::Open
            | DialogKind::CompareWith
            | DialogKind::ConsolidateFiles
            | DialogKind::SaveAs { .. } => &["ron"],
            DialogKind::ImportSheet => &["xlsx", "xls", "ods", "csv"],
            DialogKind::ExportChart { svg: true, .. } => &["svg"],
            DialogKind::ExportChart { svg: false, .. } => &["png"],
            DialogKind::ExportPdf { .. } => &["pdf"],
            DialogKind::ExportWebPage => &["html"],
            DialogKind::ExportWorkbook { csv: true, .. } => &["csv"],
            DialogKind::ExportWorkbook { csv: false, .. } => &["xlsx"],
            DialogKind::ExportSlides | DialogKind::ConsolidateFolder => &[],
        }
    }

    /// The name a save starts with, as the system dialog would suggest it.
    fn suggested_name(&self) -> Option<&str> {
        match &self.kind {
            DialogKind::SaveAs { suggested_name }
            | DialogKind::ExportChart { suggested_name, .. }
            | DialogKind::ExportPdf { suggested_name }
            | DialogKind::ExportWorkbook { suggested_name, .. } => Some(suggested_name),
            DialogKind::ExportWebPage => Some("index.html"),
            _ => None,
        }
    }

    /// A chooser for `kind` on `dir`, with `places` one click away.
    pub fn new(kind: DialogKind, dir: PathBuf, places: Vec<(String, PathBuf)>) -> Self {
        let mut c = Chooser {
            kind,
            dir: PathBuf::new(),
            path: String::new(),
            entries: Vec::new(),
            places,
            problem: None,
        };
        c.enter(dir);
        c
    }

    /// Lists `dir`; the path field becomes the folder itself (a folder
    /// kind) or the file to save in it.
    pub fn enter(&mut self, dir: PathBuf) {
        let wanted = self.extensions();
        let mut entries: Vec<Entry> = std::fs::read_dir(&dir)
            .map(|rd| {
                rd.filter_map(Result::ok)
                    .filter_map(|e| {
                        let name = e.file_name().to_string_lossy().into_owned();
                        // Hidden files and the saves' own temporary files.
                        if name.starts_with('.') {
                            return None;
                        }
                        let is_dir = e.path().is_dir();
                        let ext = Path::new(&name)
                            .extension()
                            .map(|x| x.to_string_lossy().to_lowercase());
                        let shown = is_dir || ext.is_some_and(|x| wanted.contains(&x.as_str()));
                        shown.then_some(Entry { name, is_dir })
                    })
                    .collect()
            })
            .unwrap_or_default();
        entries.sort_by(|a, b| {
            b.is_dir
                .cmp(&a.is_dir)
                .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });
        self.entries = entries;
        self.path = match (self.picks(), self.suggested_name()) {
            (Picks::Folder, _) => dir.display().to_string(),
            (Picks::Save, Some(name)) => dir.join(name).display().to_string(),
            _ => dir.display().to_string() + std::path::MAIN_SEPARATOR_STR,
        };
        self.dir = dir;
        self.problem = None;
    }

    /// The path OK would deliver, or why it cannot (in the current language).
    pub fn checked(&self) -> Result<PathBuf, String> {
        let text = self.path.trim();
        let path = PathBuf::from(text);
        let named = |key: &str| tr_args(key, &[("path", text.into())]);
        match self.picks() {
            _ if text.is_empty() => Err(tr("chooser-empty")),
            Picks::Folder if path.is_dir() => Ok(path),
            Picks::Folder => Err(named("chooser-no-folder")),
            Picks::Open if path.is_file() => Ok(path),
            Picks::Open => Err(named("chooser-no-file")),
            Picks::Save if path.is_dir() => Err(named("chooser-is-folder")),
            Picks::Save => match path.parent() {
                Some(parent) if parent.as_os_str().is_empty() || parent.is_dir() => Ok(path),
                _ => Err(named("chooser-no-folder")),
            },
        }
    }
}

/// The folders a planner is likely to want: the open file's, the recent
/// files', the shipped scenarios, home; each once, in that order.
fn places(app: &SeatplanApp) -> Vec<(String, PathBuf)> {
    let mut dirs: Vec<PathBuf> = Vec::new();
    let doc = app.doc.path().and_then(Path::parent).map(Path::to_path_buf);
    let recent = app
        .settings
        .recent_files
        .iter()
        .filter_map(|p| p.parent().map(Path::to_path_buf));
    let scenarios = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|d| d.join("scenarios")))
        .into_iter()
        .chain(std::env::current_dir().ok().map(|d| d.join("scenarios")));
    let home = std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map(PathBuf::from);
    for d in doc.into_iter().chain(recent).chain(scenarios).chain(home) {
        if d.is_dir() && !dirs.contains(&d) {
            dirs.push(d);
        }
    }
    dirs.into_iter()
        .map(|d| {
            let name = d.file_name().map_or_else(
                || d.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            (name, d)
        })
        .collect()
}

impl SeatplanApp {
    /// The system could not show a file dialog: open the window's own
    /// chooser on the most likely folder (it says why it is there).
    pub(super) fn open_chooser(&mut self, kind: DialogKind) {
        let places = places(self);
        let start = places
            .first()
            .map(|(_, d)| d.clone())
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        self.modals
            .open(Modal::Chooser(Box::new(Chooser::new(kind, start, places))));
    }

    pub(super) fn apply_chooser(&mut self, command: ChooserCommand) {
        let Some(mut chooser) = self.modals.take_chooser() else {
            return;
        };
        match command {
            ChooserCommand::Cancel => {
                // As a cancelled system dialog: a Save As that was to be
                // followed by another action is dropped with it.
                self.on_dialog_answer(chooser.kind, Vec::new());
                return;
            }
            ChooserCommand::Enter(dir) => chooser.enter(dir),
            ChooserCommand::Pick(name) => {
                chooser.path = chooser.dir.join(name).display().to_string();
                chooser.problem = None;
            }
            ChooserCommand::Path(text) => {
                chooser.path = text;
                chooser.problem = None;
            }
            ChooserCommand::Confirm => match chooser.checked() {
                Ok(path) => {
                    self.on_dialog_answer(chooser.kind, vec![path]);
                    return;
                }
                Err(problem) => chooser.problem = Some(problem),
            },
        }
        self.modals.open(Modal::Chooser(chooser));
    }
}

//! Following the open file on disk: reload it when it changes and there are
//! no local edits, ask when there are, and never save over someone else's
//! changes without asking.

use std::path::{Path, PathBuf};
use std::time::Instant;

use std::time::Duration;

use super::FilePrompt;
use crate::app::{Modal, NoticeLevel, SeatplanApp};
use crate::i18n::tr_args;
use crate::io::watch::{DiskChange, DiskState, FileWatcher, disk_changed};
use crate::io::{self, SaveError, StdFs};

/// Other programs often write a file in several steps: wait for the events to
/// settle before reading it.
const DISK_SETTLE: Duration = Duration::from_millis(250);

/// The open file as it was when loaded or last saved.
pub(super) struct Tracked {
    pub(super) path: PathBuf,
    /// `None`: there was no file.
    pub(super) disk: Option<DiskState>,
}

/// What the window knows about the open file on disk.
#[derive(Default)]
pub(super) struct WatchState {
    pub(super) tracked: Option<Tracked>,
    pub(super) watcher: Option<FileWatcher>,
    /// The path the watcher was made for (also when making it failed).
    pub(super) watch_target: Option<PathBuf>,
    /// When the first unhandled watcher event came.
    pub(super) event_at: Option<Instant>,
    /// The disk state already reacted to (`Some(None)`: the file was gone), so
    /// one change is reported once.
    pub(super) reacted: Option<Option<DiskState>>,
    /// The next save goes ahead even though the file changed on disk.
    pub(super) overwrite_confirmed: bool,
}

impl SeatplanApp {
    /// The document now stands for `path` as it was (`disk`), or for no file.
    pub(super) fn track(&mut self, path: Option<PathBuf>, disk: Option<DiskState>) {
        self.files.watch.tracked = path.map(|path| Tracked { path, disk });
        self.files.watch.reacted = None;
    }

    /// Follows the open file and reacts to its changes once they settle.
    pub(super) fn watch_frame(&mut self, ctx: &egui::Context, now: Instant) {
        self.follow_open_file(ctx);
        if let Some(w) = &self.files.watch.watcher
            && w.take_events()
            && self.files.watch.event_at.is_none()
        {
            self.files.watch.event_at = Some(now);
        }
        if let Some(t) = self.files.watch.event_at {
            let waited = now.saturating_duration_since(t);
            if waited >= DISK_SETTLE {
                self.files.watch.event_at = None;
                self.check_disk_now();
            } else {
                ctx.request_repaint_after(DISK_SETTLE - waited);
            }
        }
    }

    /// Watches the document's file (a new watcher when the path changes).
    fn follow_open_file(&mut self, ctx: &egui::Context) {
        let path = self.doc.path();
        if self.files.watch.watch_target.as_deref() == path {
            return;
        }
        self.files.watch.watch_target = path.map(Path::to_path_buf);
        self.files.watch.event_at = None;
        self.files.watch.watcher = path.and_then(|p| {
            let ctx = ctx.clone();
            // Without a watcher, the check before saving still protects the
            // file; only the live reload is lost.
            FileWatcher::new(p, move || ctx.request_repaint()).ok()
        });
    }

    /// The state of `path` before it is loaded (see [`Self::files_loaded`]).
    pub(crate) fn disk_before_load(path: &Path) -> Option<DiskState> {
        DiskState::read(path).ok().flatten()
    }

    /// The document was just loaded from `path`, which was `disk` just before.
    pub(crate) fn files_loaded(&mut self, path: &Path, disk: Option<DiskState>) {
        self.files.watch.tracked = Some(Tracked {
            path: path.to_path_buf(),
            disk,
        });
        self.files.watch.reacted = None;
    }

    /// The baseline for the document's file, if it is the tracked one.
    pub(super) fn tracked_disk(&self) -> Option<(PathBuf, Option<DiskState>)> {
        let path = self.doc.path()?;
        let disk = self
            .files
            .watch
            .tracked
            .as_ref()
            .filter(|t| t.path == path)
            .and_then(|t| t.disk.clone());
        Some((path.to_path_buf(), disk))
    }

    /// Compares the open file with what was loaded or saved, and acts: reload
    /// when there are no local edits, ask when there are. (The watcher calls
    /// this; tests call it directly.)
    pub fn check_disk_now(&mut self) {
        let Some((path, known)) = self.tracked_disk() else {
            return;
        };
        let now = match disk_changed(&path, known.as_ref()) {
            Ok(DiskChange::Same) | Err(_) => {
                self.files.watch.reacted = None;
                return;
            }
            Ok(DiskChange::Removed) => None,
            Ok(DiskChange::Changed(state)) => Some(state),
        };
        let seen = self
            .files
            .watch
            .reacted
            .as_ref()
            .is_some_and(|r| match (r, &now) {
                (Some(a), Some(b)) => a.same_content(b),
                (None, None) => true,
                _ => false,
            });
        if seen {
            return;
        }
        self.files.watch.reacted = Some(now.clone());
        let name = self.doc.display_name();
        if now.is_none() {
            self.notify(
                NoticeLevel::Info,
                tr_args("disk-deleted", &[("name", name.as_str().into())]),
            );
        } else if self.doc.is_dirty() {
            self.modals
                .open(Modal::File(FilePrompt::ChangedOnDisk { path }));
        } else if self.reload_from_disk(&path) {
            self.notify(
                NoticeLevel::Info,
                tr_args("disk-reloaded", &[("name", name.as_str().into())]),
            );
        }
    }

    /// Loads the open file again, keeping the selected region.
    pub(super) fn reload_from_disk(&mut self, path: &Path) -> bool {
        let selection = self.view.selection;
        let loaded = self.open_path(path);
        if loaded {
            self.view.selection = selection;
        }
        loaded
    }

    /// Whether saving to `path` must wait for the user, because it is the open
    /// file and it changed on disk since it was loaded or saved (then the
    /// question is put). Never saves over someone else's changes silently.
    pub(crate) fn hold_save(&mut self, path: &Path) -> bool {
        if std::mem::take(&mut self.files.watch.overwrite_confirmed) {
            return false;
        }
        let Some((open, known)) = self.tracked_disk() else {
            return false;
        };
        if open != path {
            return false;
        }
        match disk_changed(path, known.as_ref()) {
            Ok(DiskChange::Changed(state)) => {
                // The user is asked about this change now: the watcher must
                // not ask again about it (and replace this question) when its
                // events settle a moment later.
                self.files.watch.reacted = Some(Some(state));
                self.modals.open(Modal::File(FilePrompt::SaveOverChanged {
                    path: path.to_path_buf(),
                }));
                true
            }
            Ok(DiskChange::Same | DiskChange::Removed) | Err(_) => false,
        }
    }

    /// Writes the document to `path` (atomically, keeping `NAME.ron.bak`) and
    /// remembers what the file now holds; returns the text written.
    pub(crate) fn write_scenario(&mut self, path: &Path) -> Result<String, SaveError> {
        let text = io::scenario_text(self.doc.scenario(), path)?;
        io::write_atomic(&mut StdFs, path, text.as_bytes(), true)?;
        self.files.watch.tracked = Some(Tracked {
            path: path.to_path_buf(),
            disk: Some(DiskState::written(path, text.as_bytes())),
        });
        self.files.watch.reacted = None;
        Ok(text)
    }
}

//! Files that never lose a planner's work: the open file is watched and
//! compared with what was loaded before it is saved over; unsaved work is
//! copied to a recovery file and offered back after a crash.

use std::path::{Path, PathBuf};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::{Document, NoticeLevel, SeatplanApp, ViewState};
use crate::i18n::{tr, tr_args};
use crate::io::recovery::{
    Due, RecoveryStore, Snapshot, Throttle, discard_recovery, format_utc, read_recovery, set_aside,
    write_recovery,
};
use crate::io::watch::{DiskChange, DiskState, FileWatcher, disk_changed};
use crate::io::{self, SaveError, StdFs};
use crate::model::Scenario;

/// Recovery copies are written at most this often while edits go on…
const RECOVERY_INTERVAL: Duration = Duration::from_secs(3);
/// …and once edits have paused this long.
const RECOVERY_QUIET: Duration = Duration::from_secs(1);
/// Other programs often write a file in several steps: wait for the events to
/// settle before reading it.
const DISK_SETTLE: Duration = Duration::from_millis(250);

/// The answers to the prompts of [`FilePrompt`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileCommand {
    /// Restore the work offered from a recovery file.
    Restore,
    /// Delete the offered recovery file.
    DiscardRecovery,
    /// The file changed on disk and there are local edits: load the file.
    ReloadFromDisk,
    /// …keep the local edits (saving over the file will ask again).
    KeepMine,
    /// …save the local edits as a new file.
    SaveMineAs,
    /// Saving over a file that changed on disk: go ahead.
    Overwrite,
    /// …save under another name instead.
    SaveAsInstead,
    /// …do not save.
    CancelSave,
}

/// A question about files the window is waiting on.
#[derive(Debug, Clone)]
pub enum FilePrompt {
    /// Unsaved work from a window that did not close cleanly.
    Restore(Box<RestoreOffer>),
    /// The open file changed on disk while there are unsaved edits.
    ChangedOnDisk { path: PathBuf },
    /// Save was asked for, but the file changed on disk since it was loaded.
    SaveOverChanged { path: PathBuf },
}

#[derive(Debug, Clone)]
pub struct RestoreOffer {
    /// The recovery file.
    pub file: PathBuf,
    /// When it was written, e.g. "2026-05-02 14:03 UTC".
    pub written: String,
    /// The scenario's own file, if it had one.
    pub path: Option<PathBuf>,
    /// The scenario's name.
    pub name: String,
    scenario: Scenario,
    disk: Option<DiskState>,
}

/// The open file as it was when loaded or last saved.
struct Tracked {
    path: PathBuf,
    /// `None`: there was no file.
    disk: Option<DiskState>,
}

struct Autosave {
    store: RecoveryStore,
    throttle: Throttle,
    writing: Option<JoinHandle<Result<(), SaveError>>>,
    /// A recovery file may exist (written or being written).
    has_file: bool,
    /// A write failure was already reported; reported again only after a
    /// success.
    failure_shown: bool,
}

/// Runtime file state of the window (never saved).
#[derive(Default)]
pub struct FileState {
    tracked: Option<Tracked>,
    watcher: Option<FileWatcher>,
    /// The path the watcher was made for (also when making it failed).
    watch_target: Option<PathBuf>,
    /// When the first unhandled watcher event came.
    event_at: Option<Instant>,
    /// The disk state already reacted to (`Some(None)`: the file was gone), so
    /// one change is reported once.
    reacted: Option<Option<DiskState>>,
    autosave: Option<Autosave>,
    prompt: Option<FilePrompt>,
    /// Recovery files still to offer after the current one.
    offers: Vec<PathBuf>,
    /// The next save goes ahead even though the file changed on disk.
    overwrite_confirmed: bool,
}

/// Where recovery files go: the given folder, else the app's data folder when
/// the app uses its storage (never in tests that did not ask for it).
fn recovery_dir(dir: Option<PathBuf>, use_storage: bool) -> Option<PathBuf> {
    dir.or_else(|| {
        use_storage
            .then(|| eframe::storage_dir("seatplan"))
            .flatten()
            .map(|d| d.join("recovery"))
    })
}

impl SeatplanApp {
    // ---- start and exit ----------------------------------------------------

    /// Claims this window's recovery file and offers the work left by windows
    /// that did not close cleanly.
    pub(crate) fn start_files(&mut self, dir: Option<PathBuf>, use_storage: bool) {
        let Some(dir) = recovery_dir(dir, use_storage) else {
            return;
        };
        match RecoveryStore::open(&dir) {
            Ok(store) => {
                self.files.offers = store.orphans();
                self.files.offers.reverse();
                self.files.autosave = Some(Autosave {
                    store,
                    throttle: Throttle::new(RECOVERY_INTERVAL, RECOVERY_QUIET),
                    writing: None,
                    has_file: false,
                    failure_shown: false,
                });
                self.offer_next_recovery();
            }
            Err(e) => self.notify(
                NoticeLevel::Error,
                tr_args(
                    "recovery-dir-failed",
                    &[
                        ("dir", dir.display().to_string().into()),
                        ("reason", e.to_string().into()),
                    ],
                ),
            ),
        }
    }

    fn offer_next_recovery(&mut self) {
        while let Some(file) = self.files.offers.pop() {
            let offer = read_recovery(&file).and_then(|r| {
                let loaded = io::load_str(&r.text).map_err(|d| {
                    d.first()
                        .map_or_else(|| tr("recovery-damaged-short"), |d| d.message.clone())
                })?;
                Ok(RestoreOffer {
                    file: r.file,
                    written: format_utc(r.written),
                    path: r.path,
                    name: loaded
                        .scenario
                        .name
                        .get(crate::i18n::lang().code())
                        .to_owned(),
                    scenario: loaded.scenario,
                    disk: r.disk,
                })
            });
            match offer {
                Ok(offer) => {
                    self.files.prompt = Some(FilePrompt::Restore(Box::new(offer)));
                    return;
                }
                Err(reason) => {
                    let kept = set_aside(&file).unwrap_or(file);
                    self.notify(
                        NoticeLevel::Error,
                        tr_args(
                            "recovery-unreadable",
                            &[
                                ("reason", reason.to_string().into()),
                                ("path", kept.display().to_string().into()),
                            ],
                        ),
                    );
                }
            }
        }
    }

    /// A clean exit: the recovery file goes.
    pub(crate) fn files_on_exit(&mut self) {
        if let Some(mut a) = self.files.autosave.take() {
            if let Some(h) = a.writing.take() {
                let _ = h.join();
            }
            let _ = a.store.close();
        }
    }

    // ---- each frame ----------------------------------------------------------

    /// Called once a frame after the commands are applied: follows the open
    /// file, reacts to changes on disk and keeps the recovery copy current.
    pub(crate) fn files_frame(&mut self, ctx: &egui::Context) {
        let now = Instant::now();
        self.follow_open_file(ctx);
        if let Some(w) = &self.files.watcher
            && w.take_events()
            && self.files.event_at.is_none()
        {
            self.files.event_at = Some(now);
        }
        if let Some(t) = self.files.event_at {
            let waited = now.saturating_duration_since(t);
            if waited >= DISK_SETTLE {
                self.files.event_at = None;
                self.check_disk_now();
            } else {
                ctx.request_repaint_after(DISK_SETTLE - waited);
            }
        }
        if let Some(wait) = self.autosave_tick(now) {
            ctx.request_repaint_after(wait);
        }
    }

    /// Watches the document's file (a new watcher when the path changes).
    fn follow_open_file(&mut self, ctx: &egui::Context) {
        let path = self.doc.path();
        if self.files.watch_target.as_deref() == path {
            return;
        }
        self.files.watch_target = path.map(Path::to_path_buf);
        self.files.event_at = None;
        self.files.watcher = path.and_then(|p| {
            let ctx = ctx.clone();
            // Without a watcher, the check before saving still protects the
            // file; only the live reload is lost.
            FileWatcher::new(p, move || ctx.request_repaint()).ok()
        });
    }

    // ---- changes on disk ---------------------------------------------------

    /// The state of `path` before it is loaded (see [`Self::files_loaded`]).
    pub(crate) fn disk_before_load(path: &Path) -> Option<DiskState> {
        DiskState::read(path).ok().flatten()
    }

    /// The document was just loaded from `path`, which was `disk` just before.
    pub(crate) fn files_loaded(&mut self, path: &Path, disk: Option<DiskState>) {
        self.files.tracked = Some(Tracked {
            path: path.to_path_buf(),
            disk,
        });
        self.files.reacted = None;
    }

    /// The baseline for the document's file, if it is the tracked one.
    fn tracked_disk(&self) -> Option<(PathBuf, Option<DiskState>)> {
        let path = self.doc.path()?;
        let disk = self
            .files
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
                self.files.reacted = None;
                return;
            }
            Ok(DiskChange::Removed) => None,
            Ok(DiskChange::Changed(state)) => Some(state),
        };
        let seen = self
            .files
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
        self.files.reacted = Some(now.clone());
        let name = self.doc.display_name();
        if now.is_none() {
            self.notify(
                NoticeLevel::Info,
                tr_args("disk-deleted", &[("name", name.as_str().into())]),
            );
        } else if self.doc.is_dirty() {
            self.files.prompt = Some(FilePrompt::ChangedOnDisk { path });
        } else if self.reload_from_disk(&path) {
            self.notify(
                NoticeLevel::Info,
                tr_args("disk-reloaded", &[("name", name.as_str().into())]),
            );
        }
    }

    /// Loads the open file again, keeping the selected region.
    fn reload_from_disk(&mut self, path: &Path) -> bool {
        let selection = self.view.selection;
        let loaded = self.open_path(path);
        if loaded {
            self.view.selection = selection;
        }
        loaded
    }

    // ---- saving --------------------------------------------------------------

    /// Whether saving to `path` must wait for the user, because it is the open
    /// file and it changed on disk since it was loaded or saved (then the
    /// question is put). Never saves over someone else's changes silently.
    pub(crate) fn hold_save(&mut self, path: &Path) -> bool {
        if std::mem::take(&mut self.files.overwrite_confirmed) {
            return false;
        }
        let Some((open, known)) = self.tracked_disk() else {
            return false;
        };
        if open != path {
            return false;
        }
        match disk_changed(path, known.as_ref()) {
            Ok(DiskChange::Changed(_)) => {
                self.files.prompt = Some(FilePrompt::SaveOverChanged {
                    path: path.to_path_buf(),
                });
                true
            }
            Ok(DiskChange::Same | DiskChange::Removed) | Err(_) => false,
        }
    }

    /// Writes the document to `path` (atomically, keeping `NAME.ron.bak`) and
    /// remembers what the file now holds.
    pub(crate) fn write_scenario(&mut self, path: &Path) -> Result<(), SaveError> {
        let text = io::to_ron_string(self.doc.scenario());
        io::write_atomic(&mut StdFs, path, text.as_bytes(), true)?;
        self.files.tracked = Some(Tracked {
            path: path.to_path_buf(),
            disk: Some(DiskState::written(path, text.as_bytes())),
        });
        self.files.reacted = None;
        Ok(())
    }

    // ---- prompts ---------------------------------------------------------------

    pub fn file_prompt(&self) -> Option<&FilePrompt> {
        self.files.prompt.as_ref()
    }

    pub(crate) fn file_prompt_open(&self) -> bool {
        self.files.prompt.is_some()
    }

    pub(crate) fn apply_file_command(&mut self, command: FileCommand) {
        let Some(prompt) = self.files.prompt.take() else {
            return;
        };
        match (prompt, command) {
            (FilePrompt::Restore(offer), FileCommand::Restore) => self.restore(*offer),
            (FilePrompt::Restore(offer), FileCommand::DiscardRecovery) => {
                self.discard_offered(&offer.file);
                self.offer_next_recovery();
            }
            (FilePrompt::ChangedOnDisk { path }, FileCommand::ReloadFromDisk) => {
                self.reload_from_disk(&path);
            }
            (
                FilePrompt::ChangedOnDisk { .. },
                FileCommand::SaveMineAs | FileCommand::SaveAsInstead,
            )
            | (FilePrompt::SaveOverChanged { .. }, FileCommand::SaveAsInstead) => {
                self.request_save_as();
            }
            (FilePrompt::SaveOverChanged { path }, FileCommand::Overwrite) => {
                self.files.overwrite_confirmed = true;
                if self.save_to(&path)
                    && let Some(action) = self.after_save.take()
                {
                    self.proceed(action);
                }
            }
            (FilePrompt::SaveOverChanged { .. }, FileCommand::CancelSave) => {
                self.after_save = None;
            }
            // KeepMine, or an answer to another question: nothing to do.
            (prompt @ FilePrompt::Restore(_), _) => self.files.prompt = Some(prompt),
            _ => {}
        }
    }

    /// Removes a recovery copy that was offered; says so if it cannot.
    fn discard_offered(&mut self, file: &Path) {
        if let Err(e) = discard_recovery(file) {
            self.notify(
                NoticeLevel::Error,
                tr_args(
                    "delete-failed",
                    &[
                        ("path", file.display().to_string().into()),
                        ("reason", e.to_string().into()),
                    ],
                ),
            );
        }
    }

    fn restore(&mut self, offer: RestoreOffer) {
        let mut doc = Document::new(offer.scenario, offer.path.clone());
        doc.mark_unsaved();
        self.doc = doc;
        self.view = ViewState::default();
        self.restore_last_region();
        self.files.tracked = offer.path.map(|path| Tracked {
            path,
            disk: offer.disk,
        });
        self.files.reacted = None;
        // Our own copy first, then the old one goes.
        self.flush_recovery();
        self.discard_offered(&offer.file);
        self.notify(
            NoticeLevel::Info,
            tr_args("restored", &[("name", self.doc.display_name().into())]),
        );
        self.offer_next_recovery();
    }

    // ---- recovery copies ---------------------------------------------------

    /// This window's recovery file, while it has one.
    pub fn recovery_file(&self) -> Option<&Path> {
        self.files
            .autosave
            .as_ref()
            .filter(|a| a.has_file)
            .map(|a| a.store.file())
    }

    /// Writes the recovery copy now if the document has unsaved changes not
    /// yet in it, and waits until it is on disk.
    pub fn flush_recovery(&mut self) {
        self.finish_recovery_write();
        if let Some(a) = &mut self.files.autosave {
            a.throttle.reset();
        }
        let _ = self.autosave_tick(Instant::now());
        self.finish_recovery_write();
    }

    fn finish_recovery_write(&mut self) {
        let Some(a) = &mut self.files.autosave else {
            return;
        };
        let Some(h) = a.writing.take() else {
            return;
        };
        let result = h
            .join()
            .unwrap_or_else(|_| Err(io_failure(a.store.file(), &tr("recovery-writer-stopped"))));
        match result {
            Ok(()) => a.failure_shown = false,
            Err(e) if !a.failure_shown => {
                a.failure_shown = true;
                a.throttle.retry();
                let text = tr_args(
                    "recovery-write-failed",
                    &[
                        ("dir", a.store.dir().display().to_string().into()),
                        ("reason", e.to_string().into()),
                    ],
                );
                self.notify(NoticeLevel::Error, text);
            }
            Err(_) => a.throttle.retry(),
        }
    }

    /// Writes or removes the recovery copy as due; returns when to look again.
    fn autosave_tick(&mut self, now: Instant) -> Option<Duration> {
        if self
            .files
            .autosave
            .as_ref()
            .and_then(|a| a.writing.as_ref())
            .is_some_and(JoinHandle::is_finished)
        {
            self.finish_recovery_write();
        }
        let keep = self.doc.is_dirty()
            && (self.doc.path().is_some() || *self.doc.scenario() != Scenario::new_empty());
        let revision = self.doc.revision();
        let a = self.files.autosave.as_mut()?;
        if !keep {
            if a.has_file {
                if let Some(h) = a.writing.take() {
                    let _ = h.join();
                }
                let _ = a.store.remove();
                a.has_file = false;
                a.throttle.reset();
            }
            return None;
        }
        match a.throttle.check(now, revision) {
            Due::Idle => return None,
            Due::In(wait) => return Some(wait),
            Due::Now if a.writing.is_some() => return Some(Duration::from_millis(100)),
            Due::Now => {}
        }
        let snapshot = self.snapshot();
        let a = self.files.autosave.as_mut()?;
        let file = a.store.file().to_path_buf();
        let spawned = std::thread::Builder::new()
            .name("recovery-writer".into())
            .spawn(move || write_recovery(&file, &snapshot));
        a.throttle.wrote(now, revision);
        match spawned {
            Ok(h) => {
                a.writing = Some(h);
                a.has_file = true;
                None
            }
            Err(_) => {
                a.throttle.retry();
                Some(RECOVERY_INTERVAL)
            }
        }
    }

    fn snapshot(&self) -> Snapshot {
        let (path, disk) = self.tracked_disk().unzip();
        Snapshot {
            scenario: self.doc.scenario().clone(),
            path,
            disk: disk.flatten(),
        }
    }
}

fn io_failure(path: &Path, reason: &str) -> SaveError {
    SaveError {
        step: io::SaveStep::Write,
        path: path.to_path_buf(),
        source: std::io::Error::other(reason.to_owned()),
    }
}

//! Crash recovery: unsaved work is copied to a recovery file now and then,
//! and the copies left by windows that did not close cleanly are offered
//! back at start.

use std::path::{Path, PathBuf};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::FilePrompt;
use crate::app::{Document, Modal, NoticeLevel, SeatplanApp, ViewState};
use crate::i18n::{tr, tr_args};
use crate::io::recovery::{
    Due, RecoveryStore, Snapshot, Throttle, discard_recovery, format_utc, read_recovery, set_aside,
    write_recovery,
};
use crate::io::watch::DiskState;
use crate::io::{self, SaveError};
use crate::model::Scenario;

/// Recovery copies are written at most this often while edits go on…
const RECOVERY_INTERVAL: Duration = Duration::from_secs(3);
/// …and once edits have paused this long.
const RECOVERY_QUIET: Duration = Duration::from_secs(1);
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
    pub(super) scenario: Scenario,
    pub(super) disk: Option<DiskState>,
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

/// This window's recovery file and the copies still to offer.
#[derive(Default)]
pub(super) struct RecoveryState {
    autosave: Option<Autosave>,
    /// Recovery files still to offer after the current one.
    offers: Vec<PathBuf>,
}

/// Where recovery files go: the given folder, else the system's folder for
/// them ([`crate::app::platform`]) when the app uses its storage (never in
/// tests that did not ask for it).
fn recovery_dir(dir: Option<PathBuf>, use_storage: bool) -> Option<PathBuf> {
    dir.or_else(|| {
        use_storage
            .then(crate::app::platform::recovery_dir)
            .flatten()
    })
}

impl SeatplanApp {
    /// Claims this window's recovery file and offers the work left by windows
    /// that did not close cleanly.
    pub(crate) fn start_files(&mut self, dir: Option<PathBuf>, use_storage: bool) {
        let Some(dir) = recovery_dir(dir, use_storage) else {
            return;
        };
        match RecoveryStore::open(&dir) {
            Ok(store) => {
                self.files.recovery.offers = store.orphans();
                self.files.recovery.offers.reverse();
                self.files.recovery.autosave = Some(Autosave {
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

    pub(super) fn offer_next_recovery(&mut self) {
        while let Some(file) = self.files.recovery.offers.pop() {
            let lang = crate::i18n::lang();
            let offer = read_recovery(&file)
                .map_err(|e| e.message(lang))
                .and_then(|r| {
                    let loaded = io::load_str(&r.text).map_err(|d| {
                        d.first().map_or_else(
                            || tr("recovery-damaged-short"),
                            |d| crate::i18n::DiagnosticText::text(d, lang),
                        )
                    })?;
                    Ok(RestoreOffer {
                        file: r.file,
                        written: format_utc(r.written),
                        path: r.path,
                        name: loaded.scenario.name.get(lang.code()).to_owned(),
                        scenario: loaded.scenario,
                        disk: r.disk,
                    })
                });
            match offer {
                Ok(offer) => {
                    self.modals
                        .open(Modal::File(FilePrompt::Restore(Box::new(offer))));
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
        if let Some(mut a) = self.files.recovery.autosave.take() {
            if let Some(h) = a.writing.take() {
                let _ = h.join();
            }
            let _ = a.store.close();
        }
    }

    /// Removes a recovery copy that was offered; says so if it cannot.
    pub(super) fn discard_offered(&mut self, file: &Path) {
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

    pub(super) fn restore(&mut self, offer: RestoreOffer) {
        let mut doc = Document::new(offer.scenario, offer.path.clone());
        doc.mark_unsaved();
        self.doc = doc;
        // Restored work is its own document: any consolidation's sources are not its.
        self.consolidation = None;
        self.view = ViewState::default();
        self.restore_last_region();
        self.track(offer.path, offer.disk);
        // Our own copy first, then the old one goes.
        self.flush_recovery();
        self.discard_offered(&offer.file);
        self.notify(
            NoticeLevel::Info,
            tr_args("restored", &[("name", self.doc.display_name().into())]),
        );
        self.offer_next_recovery();
    }

    /// This window's recovery file, while it has one.
    pub fn recovery_file(&self) -> Option<&Path> {
        self.files
            .recovery
            .autosave
            .as_ref()
            .filter(|a| a.has_file)
            .map(|a| a.store.file())
    }

    /// Writes the recovery copy now if the document has unsaved changes not
    /// yet in it, and waits until it is on disk.
    pub fn flush_recovery(&mut self) {
        self.finish_recovery_write();
        if let Some(a) = &mut self.files.recovery.autosave {
            a.throttle.reset();
        }
        let _ = self.autosave_tick(Instant::now());
        self.finish_recovery_write();
    }

    fn finish_recovery_write(&mut self) {
        let Some(a) = &mut self.files.recovery.autosave else {
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
                        ("reason", e.message(crate::i18n::lang()).into()),
                    ],
                );
                self.notify(NoticeLevel::Error, text);
            }
            Err(_) => a.throttle.retry(),
        }
    }

    /// Writes or removes the recovery copy as due; returns when to look again.
    pub(super) fn autosave_tick(&mut self, now: Instant) -> Option<Duration> {
        if self
            .files
            .recovery
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
        let a = self.files.recovery.autosave.as_mut()?;
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
        let a = self.files.recovery.autosave.as_mut()?;
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

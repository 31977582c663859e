//! Reading a spreadsheet for the import dialog on a worker thread: a sheet
//! of a million rows takes seconds, and the window must keep drawing, show
//! how far the read got and let the planner stop it. A sheet over the file
//! limits is refused here, in place of the preview.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};

use super::{ImportDialog, Modal, NoticeLevel, SeatplanApp};
use crate::i18n::tr;
use crate::io::import::{self, ImportError, ReadProgress, Workbook};

/// Files up to this size are waited for at once (a CSV of 20 000 schools);
/// larger ones read while the window shows their progress.
const READ_INLINE_BYTES: u64 = 2 * 1024 * 1024;

/// What the reading modal shows: the file and how far its read got.
#[derive(Debug, Clone)]
pub struct Reading {
    pub file: String,
    pub progress: Arc<ReadProgress>,
}

/// A read running on its thread, and what to do with the sheet it gives.
pub(super) struct ReadJob {
    progress: Arc<ReadProgress>,
    rx: Receiver<Result<Workbook, ImportError>>,
    then: AfterRead,
}

enum AfterRead {
    /// A new import dialog, for this region.
    Open { path: PathBuf, region: String },
    /// Another sheet of the dialog that asked.
    Sheet(Box<ImportDialog>),
}

impl SeatplanApp {
    /// Starts reading `sheet` of `path` off the UI thread; the import
    /// dialog opens (or shows the sheet) once it is read.
    pub(super) fn start_read(&mut self, path: PathBuf, sheet: Option<String>, then: ReadThen) {
        let progress = Arc::new(ReadProgress::default());
        let (tx, rx) = channel();
        let worker = Arc::clone(&progress);
        let file = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let read_path = path.clone();
        let small = std::fs::metadata(&path).is_ok_and(|m| m.len() <= READ_INLINE_BYTES);
        let spawned = std::thread::Builder::new()
            .name("import-read".into())
            .spawn(move || {
                let _ = tx.send(import::read_with(&read_path, sheet.as_deref(), &worker));
            });
        if let Err(e) = spawned {
            self.notify(NoticeLevel::Error, e.to_string());
            return;
        }
        let then = match then {
            ReadThen::Open(region) => AfterRead::Open { path, region },
            ReadThen::Sheet(dialog) => AfterRead::Sheet(dialog),
        };
        self.import_read = Some(ReadJob {
            progress: Arc::clone(&progress),
            rx,
            then,
        });
        self.modals.open(Modal::Reading(Reading { file, progress }));
        // A sheet of the usual size is read in milliseconds: take it now, so
        // the dialog opens with no flash of a progress bar.
        if small {
            self.poll_read(true);
        }
    }

    /// Stops the read (the worker sees it at its next block of rows).
    pub(super) fn cancel_read(&mut self) {
        if let Some(job) = &self.import_read {
            job.progress.cancel();
        }
    }

    /// Takes the sheet when its read is done; `wait` blocks for it (tests,
    /// never a frame). Returns whether a read finished.
    pub fn poll_read(&mut self, wait: bool) -> bool {
        let Some(job) = &self.import_read else {
            return false;
        };
        let result = if wait {
            job.rx.recv().ok()
        } else {
            job.rx.try_recv().ok()
        };
        let Some(result) = result else {
            return false;
        };
        let Some(job) = self.import_read.take() else {
            return false;
        };
        self.modals.close_reading();
        match (result, job.then) {
            (Ok(workbook), AfterRead::Open { path, region }) => {
                let mut dialog = ImportDialog::new(path, workbook, region);
                dialog.replan(self.doc.scenario());
                self.modals.open(Modal::Import(Box::new(dialog)));
            }
            (Ok(workbook), AfterRead::Sheet(mut dialog)) => {
                dialog.workbook = workbook;
                dialog.replan(self.doc.scenario());
                self.modals.open(Modal::Import(dialog));
            }
            (Err(ImportError::Cancelled), then) => {
                self.notify(NoticeLevel::Info, tr("import-cancelled"));
                self.reopen(then);
            }
            (Err(e), then) => {
                self.notify(NoticeLevel::Error, e.message(crate::i18n::lang()));
                self.reopen(then);
            }
        }
        true
    }

    /// A sheet that could not be read leaves the dialog it was asked from
    /// as it was.
    fn reopen(&mut self, then: AfterRead) {
        if let AfterRead::Sheet(dialog) = then {
            self.modals.open(Modal::Import(dialog));
        }
    }
}

/// What a read is for.
pub(super) enum ReadThen {
    /// A new import dialog for the region with this id.
    Open(String),
    /// Another sheet of this dialog.
    Sheet(Box<ImportDialog>),
}

//! Files that never lose a planner's work: the open file is watched and
//! compared with what was loaded before it is saved over; unsaved work is
//! copied to a recovery file and offered back after a crash.
//!
//! Two parts that share only the modal slot for file questions: [`watch`] (the file on disk)
//! and [`recovery`] (copies of unsaved work).

mod recovery;
mod watch;

use std::path::PathBuf;
use std::time::Instant;

pub use recovery::RestoreOffer;

use super::{Modal, SeatplanApp};

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

/// Runtime file state of the window (never saved).
#[derive(Default)]
pub struct FileState {
    watch: watch::WatchState,
    recovery: recovery::RecoveryState,
}

impl SeatplanApp {
    /// Called once a frame after the commands are applied: follows the open
    /// file, reacts to changes on disk and keeps the recovery copy current.
    pub(crate) fn files_frame(&mut self, ctx: &egui::Context) {
        let now = Instant::now();
        self.watch_frame(ctx, now);
        if let Some(wait) = self.autosave_tick(now) {
            ctx.request_repaint_after(wait);
        }
    }

    pub fn file_prompt(&self) -> Option<&FilePrompt> {
        self.modals.file()
    }

    pub(crate) fn file_prompt_open(&self) -> bool {
        self.modals.file().is_some()
    }

    pub(crate) fn apply_file_command(&mut self, command: FileCommand) {
        let Some(prompt) = self.modals.take_file() else {
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
                self.files.watch.overwrite_confirmed = true;
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
            (prompt @ FilePrompt::Restore(_), _) => self.modals.open(Modal::File(prompt)),
            _ => {}
        }
    }
}

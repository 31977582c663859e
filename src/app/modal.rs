//! The one modal type: every question or report the window waits on. While
//! any is up, keyboard shortcuts pause. At most one of each kind is open; a
//! new one replaces the old of its kind (they have different lifetimes: a
//! recovery offer outlives a file that failed to open), and they stack in
//! the order of [`Modal`]'s kinds, the file questions on top.

use super::files::FilePrompt;
use super::{Guarded, ImportDialog, LoadFailure};

#[derive(Debug, Clone)]
pub enum Modal {
    /// The first run: a choice of shipped scenarios (`welcome.rs`). Lowest,
    /// so a question about a file is answered first.
    Welcome,
    /// Help → About: version, licence, where the data and the map come from.
    About,
    /// Unsaved changes must be settled before this action.
    Unsaved(Guarded),
    /// A file could not be opened (or compared); the document stays.
    LoadFailure(LoadFailure),
    /// File → Import schools…: the preview of a spreadsheet's schools.
    Import(Box<ImportDialog>),
    /// The spreadsheet being read for the import dialog, with Cancel.
    Reading(super::import_read::Reading),
    /// The window's own file chooser, when the system shows no dialog.
    Chooser(Box<super::chooser::Chooser>),
    /// Restoring work after a crash, or a file that changed on disk.
    File(FilePrompt),
}

// Stacking order, bottom first; one modal of each kind at most.
const WELCOME: u8 = 0;
const ABOUT: u8 = 1;
const UNSAVED: u8 = 2;
const LOAD_FAILURE: u8 = 3;
const IMPORT: u8 = 4;
const READING: u8 = 5;
const CHOOSER: u8 = 6;
const FILE: u8 = 7;

impl Modal {
    fn rank(&self) -> u8 {
        match self {
            Modal::Welcome => WELCOME,
            Modal::About => ABOUT,
            Modal::Unsaved(_) => UNSAVED,
            Modal::LoadFailure(_) => LOAD_FAILURE,
            Modal::Import(_) => IMPORT,
            Modal::Reading(_) => READING,
            Modal::Chooser(_) => CHOOSER,
            Modal::File(_) => FILE,
        }
    }
}

/// The open modals, bottom first.
#[derive(Debug, Default)]
pub struct Modals(Vec<Modal>);

impl Modals {
    /// Opens `modal`, replacing one of its kind.
    pub fn open(&mut self, modal: Modal) {
        let rank = modal.rank();
        self.0.retain(|m| m.rank() != rank);
        let at = self.0.partition_point(|m| m.rank() < rank);
        self.0.insert(at, modal);
    }

    pub fn any(&self) -> bool {
        !self.0.is_empty()
    }

    /// Every open modal, bottom first (the order they are drawn in).
    pub fn iter(&self) -> impl Iterator<Item = &Modal> {
        self.0.iter()
    }

    fn take(&mut self, rank: u8) -> Option<Modal> {
        let i = self.0.iter().position(|m| m.rank() == rank)?;
        Some(self.0.remove(i))
    }

    pub fn unsaved(&self) -> Option<&Guarded> {
        self.0.iter().find_map(|m| match m {
            Modal::Unsaved(g) => Some(g),
            _ => None,
        })
    }

    pub fn take_unsaved(&mut self) -> Option<Guarded> {
        match self.take(UNSAVED)? {
            Modal::Unsaved(g) => Some(g),
            _ => None,
        }
    }

    pub fn import(&self) -> Option<&ImportDialog> {
        self.0.iter().find_map(|m| match m {
            Modal::Import(d) => Some(d.as_ref()),
            _ => None,
        })
    }

    pub fn take_import(&mut self) -> Option<Box<ImportDialog>> {
        match self.take(IMPORT)? {
            Modal::Import(d) => Some(d),
            _ => None,
        }
    }

    pub fn take_chooser(&mut self) -> Option<Box<super::chooser::Chooser>> {
        match self.take(CHOOSER)? {
            Modal::Chooser(c) => Some(c),
            _ => None,
        }
    }

    pub fn close_reading(&mut self) {
        self.take(READING);
    }

    pub fn close_load_failure(&mut self) {
        self.take(LOAD_FAILURE);
    }

    pub fn close_about(&mut self) {
        self.take(ABOUT);
    }

    pub fn welcome(&self) -> bool {
        self.0.iter().any(|m| matches!(m, Modal::Welcome))
    }

    pub fn close_welcome(&mut self) {
        self.take(WELCOME);
    }

    pub fn file(&self) -> Option<&FilePrompt> {
        self.0.iter().find_map(|m| match m {
            Modal::File(p) => Some(p),
            _ => None,
        })
    }

    pub fn take_file(&mut self) -> Option<FilePrompt> {
        match self.take(FILE)? {
            Modal::File(p) => Some(p),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_of_each_kind_stacked_in_kind_order() {
        let mut m = Modals::default();
        let failure = |reason: &str| {
            Modal::LoadFailure(LoadFailure {
                path: "a.ron".into(),
                reason: reason.into(),
                diagnostics: Vec::new(),
            })
        };
        m.open(failure("first"));
        m.open(Modal::Unsaved(Guarded::Quit));
        m.open(failure("second"));
        let kinds: Vec<String> = m
            .iter()
            .map(|x| match x {
                Modal::Unsaved(_) => "unsaved".to_owned(),
                Modal::LoadFailure(f) => f.reason.clone(),
                Modal::Import(_) => "import".to_owned(),
                Modal::Reading(_) => "reading".to_owned(),
                Modal::Chooser(_) => "chooser".to_owned(),
                Modal::File(_) => "file".to_owned(),
                Modal::Welcome => "welcome".to_owned(),
                Modal::About => "about".to_owned(),
            })
            .collect();
        assert_eq!(kinds, ["unsaved", "second"]);
        assert_eq!(m.take_unsaved(), Some(Guarded::Quit));
        assert!(m.unsaved().is_none() && m.any());
        m.close_load_failure();
        assert!(!m.any());
    }
}

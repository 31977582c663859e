//! Opening and saving the document, and the actions that must settle unsaved
//! changes first (new, open, quit).

use std::path::{Path, PathBuf};

use super::{
    DialogKind, Document, Guarded, LoadFailure, Modal, NoticeLevel, PromptAnswer, SeatplanApp,
    ViewState,
};
use crate::i18n::{Arg, num, tr_args};
use crate::io;
use crate::model::Scenario;

impl SeatplanApp {
    // ---- files -------------------------------------------------------------

    /// Opens `path`, replacing the document; on failure keeps the current one
    /// and reports why.
    pub fn open_path(&mut self, path: &Path) -> bool {
        let disk = Self::disk_before_load(path);
        match io::load_path(path) {
            Ok(loaded) => {
                let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
                self.doc = Document::new(loaded.scenario, Some(path.to_path_buf()));
                self.consolidation = None;
                // A file with problems opens with the list of them in front.
                if !loaded.diagnostics.is_empty() {
                    self.workspace.show(super::Pane::Problems);
                }
                self.on_disk = Some((self.doc.revision(), loaded.diagnostics));
                self.files_loaded(path, disk);
                self.view = ViewState::default();
                self.restore_last_region();
                self.settings.add_recent(path.to_path_buf());
                self.modals.close_load_failure();
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
                self.modals
                    .open(Modal::LoadFailure(LoadFailure::from_error(path, &e)));
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
            Ok(text) => {
                self.doc.mark_saved(path.clone());
                self.position_diagnostics(&text);
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
                            ("reason", e.message(crate::i18n::lang()).into()),
                        ],
                    ),
                );
                false
            }
        }
    }

    pub(super) fn save(&mut self) -> bool {
        match self.doc.path().map(Path::to_path_buf) {
            Some(path) => self.save_to(&path),
            None => {
                self.request_save_as();
                false
            }
        }
    }

    pub(super) fn request_save_as(&mut self) {
        let suggested_name = self.doc.path().and_then(|p| p.file_name()).map_or_else(
            || "scenario.ron".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        self.pending_dialog = Some(DialogKind::SaveAs { suggested_name });
    }

    pub(super) fn run_guarded(&mut self, action: Guarded) {
        if self.doc.is_dirty() && action != Guarded::Open {
            self.modals.open(Modal::Unsaved(action));
            return;
        }
        self.proceed(action);
    }

    pub(super) fn proceed(&mut self, action: Guarded) {
        match action {
            Guarded::New => {
                let mut doc = Document::new(Scenario::new_empty(), None);
                doc.mark_unsaved();
                self.doc = doc;
                self.view = ViewState::default();
                self.consolidation = None;
            }
            // The prompt comes after the file is picked, so cancelling the
            // dialog never asks about unsaved changes.
            Guarded::Open => self.pending_dialog = Some(DialogKind::Open),
            Guarded::OpenPath(path) => {
                self.open_path(&path);
            }
            Guarded::Consolidate(paths) => self.consolidate(paths),
            Guarded::Quit => {
                self.allow_close = true;
                self.quit_requested = true;
            }
        }
    }

    pub(super) fn answer_prompt(&mut self, answer: PromptAnswer) {
        let Some(action) = self.modals.take_unsaved() else {
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

    pub(super) fn on_dialog_answer(&mut self, kind: DialogKind, paths: Vec<PathBuf>) {
        if matches!(
            kind,
            DialogKind::ConsolidateFiles | DialogKind::ConsolidateFolder
        ) {
            if !paths.is_empty() {
                self.run_guarded(Guarded::Consolidate(paths));
            }
            return;
        }
        match (kind, paths.into_iter().next()) {
            (DialogKind::Open, Some(path)) => self.run_guarded(Guarded::OpenPath(path)),
            (DialogKind::CompareWith, Some(path)) => self.compare_with_path(&path),
            // Answered above, with every path picked.
            (DialogKind::ConsolidateFiles | DialogKind::ConsolidateFolder, Some(_)) => {}
            (DialogKind::ImportSheet, Some(path)) => self.open_import(&path),
            (
                kind @ (DialogKind::ExportChart { .. }
                | DialogKind::ExportSlides
                | DialogKind::ExportWebPage
                | DialogKind::ExportWorkbook { .. }
                | DialogKind::ExportPdf { .. }),
                Some(path),
            ) => {
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

    /// The file on disk now holds `text`, the current revision: its
    /// diagnostics get their line and column in it.
    fn position_diagnostics(&mut self, text: &str) {
        self.refresh();
        let mut diagnostics = self.derived.diagnostics.clone();
        for d in &mut diagnostics {
            d.position = None;
        }
        io::locate(text, &mut diagnostics);
        self.derived.diagnostics.clone_from(&diagnostics);
        self.on_disk = Some((self.doc.revision(), diagnostics));
    }
}

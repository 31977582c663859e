//! File dialogs behind a trait: the real one runs `rfd` on its own thread so
//! the window never freezes; tests answer with a scripted fake.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Mutex};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogKind {
    Open,
    SaveAs {
        suggested_name: String,
    },
    /// Where to write the current chart (`.png` or `.svg`).
    ExportChart {
        svg: bool,
        suggested_name: String,
    },
    /// A folder for every slide as a PNG.
    ExportSlides,
    /// A second scenario to compare with.
    CompareWith,
}

pub trait FileDialogs {
    /// Opens a dialog unless one is already up (then does nothing).
    fn request(&mut self, kind: DialogKind, ctx: &egui::Context);
    /// The answer, once: `Some((kind, None))` when the user cancelled.
    fn poll(&mut self) -> Option<(DialogKind, Option<PathBuf>)>;
    fn is_open(&self) -> bool;
}

/// Native dialogs (xdg portal on Linux) on a background thread.
#[derive(Default)]
pub struct NativeDialogs {
    pending: Option<(DialogKind, Receiver<Option<PathBuf>>)>,
}

impl FileDialogs for NativeDialogs {
    fn request(&mut self, kind: DialogKind, ctx: &egui::Context) {
        if self.pending.is_some() {
            return;
        }
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let dialog_kind = kind.clone();
        // Translated here: the language is per thread, the dialog runs on its own.
        let filter_name = crate::i18n::tr("dialog-filter");
        let spawned = std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(move || {
                let dialog = rfd::FileDialog::new().add_filter(filter_name, &["ron"]);
                let picked = match dialog_kind {
                    DialogKind::Open | DialogKind::CompareWith => dialog.pick_file(),
                    DialogKind::ExportChart {
                        svg,
                        suggested_name,
                    } => {
                        let (name, ext) = if svg { ("SVG", "svg") } else { ("PNG", "png") };
                        rfd::FileDialog::new()
                            .add_filter(name, &[ext])
                            .set_file_name(suggested_name)
                            .save_file()
                    }
                    DialogKind::ExportSlides => rfd::FileDialog::new().pick_folder(),
                    DialogKind::SaveAs { suggested_name } => {
                        dialog.set_file_name(suggested_name).save_file()
                    }
                };
                let _ = tx.send(picked);
                ctx.request_repaint();
            });
        if spawned.is_ok() {
            self.pending = Some((kind, rx));
        }
    }

    fn poll(&mut self) -> Option<(DialogKind, Option<PathBuf>)> {
        let (_, rx) = self.pending.as_ref()?;
        let answer = match rx.try_recv() {
            Ok(path) => path,
            Err(TryRecvError::Empty) => return None,
            // The dialog thread died (no portal, no display): treat as cancelled.
            Err(TryRecvError::Disconnected) => None,
        };
        self.pending.take().map(|(kind, _)| (kind, answer))
    }

    fn is_open(&self) -> bool {
        self.pending.is_some()
    }
}

/// Answers dialogs from a queue the test fills; records what was asked.
#[derive(Clone, Default)]
pub struct FakeDialogs {
    pub answers: Arc<Mutex<VecDeque<Option<PathBuf>>>>,
    pub asked: Arc<Mutex<Vec<DialogKind>>>,
    pending: Option<DialogKind>,
}

impl FakeDialogs {
    pub fn answer(&self, path: Option<PathBuf>) {
        if let Ok(mut a) = self.answers.lock() {
            a.push_back(path);
        }
    }
}

impl FileDialogs for FakeDialogs {
    fn request(&mut self, kind: DialogKind, _ctx: &egui::Context) {
        if self.pending.is_none() {
            if let Ok(mut asked) = self.asked.lock() {
                asked.push(kind.clone());
            }
            self.pending = Some(kind);
        }
    }

    fn poll(&mut self) -> Option<(DialogKind, Option<PathBuf>)> {
        let kind = self.pending.take()?;
        let answer = self
            .answers
            .lock()
            .ok()
            .and_then(|mut a| a.pop_front())
            .flatten();
        Some((kind, answer))
    }

    fn is_open(&self) -> bool {
        self.pending.is_some()
    }
}

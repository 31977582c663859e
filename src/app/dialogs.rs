//! File dialogs behind a trait: the real one runs `rfd` on its own thread so
//! the window never freezes; tests answer with a scripted fake.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

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
    /// A folder for the web page, `index.html`.
    ExportWebPage,
    /// Where to write the slides as one PDF.
    ExportPdf {
        suggested_name: String,
    },
    /// A second scenario to compare with.
    CompareWith,
    /// Regional scenario files to consolidate (several may be picked).
    ConsolidateFiles,
    /// A folder whose scenario files are consolidated.
    ConsolidateFolder,
    /// A spreadsheet of schools to import (.xlsx, .xls, .ods, .csv).
    ImportSheet,
    /// Where to write the projection as a workbook (or CSV for Excel).
    ExportWorkbook {
        csv: bool,
        suggested_name: String,
    },
}

/// What a file dialog answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// The paths picked (one, except for [`DialogKind::ConsolidateFiles`]);
    /// none when the planner cancelled.
    Picked(Vec<PathBuf>),
    /// The system could not show a dialog (no desktop portal, no zenity):
    /// the window offers its own chooser rather than doing nothing.
    Unavailable,
}

pub trait FileDialogs {
    /// Opens a dialog unless one is already up (then does nothing).
    fn request(&mut self, kind: DialogKind, ctx: &egui::Context);
    /// The answer, once.
    fn poll(&mut self) -> Option<(DialogKind, Answer)>;
    fn is_open(&self) -> bool;
}

/// A dialog "cancelled" sooner than this was never shown: no one answers a
/// file dialog in a few tenths of a second, but rfd returns at once when it
/// finds neither the desktop portal nor zenity.
const TOO_QUICK: Duration = Duration::from_millis(400);

/// `SEATPLAN_FILE_CHOOSER=builtin` always uses the window's own chooser (a
/// desktop whose portal hangs rather than fails).
fn builtin_forced() -> bool {
    std::env::var("SEATPLAN_FILE_CHOOSER").is_ok_and(|v| v == "builtin")
}

fn one(path: PathBuf) -> Vec<PathBuf> {
    vec![path]
}

/// Native dialogs (xdg portal on Linux) on a background thread.
#[derive(Default)]
pub struct NativeDialogs {
    pending: Option<(DialogKind, Receiver<Answer>)>,
}

impl FileDialogs for NativeDialogs {
    fn request(&mut self, kind: DialogKind, ctx: &egui::Context) {
        if self.pending.is_some() {
            return;
        }
        let (tx, rx) = channel();
        if builtin_forced() {
            let _ = tx.send(Answer::Unavailable);
            self.pending = Some((kind, rx));
            return;
        }
        let ctx = ctx.clone();
        let dialog_kind = kind.clone();
        // Translated here: the language is per thread, the dialog runs on its own.
        let filter_name = crate::i18n::tr("dialog-filter");
        let sheets_name = crate::i18n::tr("dialog-filter-sheets");
        let spawned = std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(move || {
                let started = Instant::now();
                let dialog = rfd::FileDialog::new().add_filter(filter_name, &["ron"]);
                let picked = match dialog_kind {
                    DialogKind::ConsolidateFiles => dialog.pick_files(),
                    DialogKind::Open | DialogKind::CompareWith => dialog.pick_file().map(one),
                    DialogKind::ExportChart {
                        svg,
                        suggested_name,
                    } => {
                        let (name, ext) = if svg { ("SVG", "svg") } else { ("PNG", "png") };
                        rfd::FileDialog::new()
                            .add_filter(name, &[ext])
                            .set_file_name(suggested_name)
                            .save_file()
                            .map(one)
                    }
                    DialogKind::ExportPdf { suggested_name } => rfd::FileDialog::new()
                        .add_filter("PDF", &["pdf"])
                        .set_file_name(suggested_name)
                        .save_file()
                        .map(one),
                    DialogKind::ExportSlides
                    | DialogKind::ExportWebPage
                    | DialogKind::ConsolidateFolder => {
                        rfd::FileDialog::new().pick_folder().map(one)
                    }
                    DialogKind::SaveAs { suggested_name } => {
                        dialog.set_file_name(suggested_name).save_file().map(one)
                    }
                    DialogKind::ImportSheet => rfd::FileDialog::new()
                        .add_filter(sheets_name, &["xlsx", "xls", "ods", "csv"])
                        .pick_file()
                        .map(one),
                    DialogKind::ExportWorkbook {
                        csv,
                        suggested_name,
                    } => {
                        let (name, ext) = if csv {
                            ("CSV", "csv")
                        } else {
                            ("Excel", "xlsx")
                        };
                        rfd::FileDialog::new()
                            .add_filter(name, &[ext])
                            .set_file_name(suggested_name)
                            .save_file()
                            .map(one)
                    }
                };
                let answer = match picked {
                    Some(paths) => Answer::Picked(paths),
                    None if started.elapsed() < TOO_QUICK => Answer::Unavailable,
                    None => Answer::Picked(Vec::new()),
                };
                let _ = tx.send(answer);
                ctx.request_repaint();
            });
        if spawned.is_ok() {
            self.pending = Some((kind, rx));
        }
    }

    fn poll(&mut self) -> Option<(DialogKind, Answer)> {
        let (_, rx) = self.pending.as_ref()?;
        let answer = match rx.try_recv() {
            Ok(answer) => answer,
            Err(TryRecvError::Empty) => return None,
            // The dialog thread died (no portal, no display).
            Err(TryRecvError::Disconnected) => Answer::Unavailable,
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
    pub answers: Arc<Mutex<VecDeque<Answer>>>,
    pub asked: Arc<Mutex<Vec<DialogKind>>>,
    pending: Option<DialogKind>,
}

impl FakeDialogs {
    /// The next dialog picks `path`; `None`: it is cancelled.
    pub fn answer(&self, path: Option<PathBuf>) {
        self.answer_many(path.into_iter().collect());
    }

    /// The next dialog picks all of `paths` (several files at once).
    pub fn answer_many(&self, paths: Vec<PathBuf>) {
        if let Ok(mut a) = self.answers.lock() {
            a.push_back(Answer::Picked(paths));
        }
    }

    /// The next dialog cannot be shown, as on a desktop without a portal.
    pub fn unavailable(&self) {
        if let Ok(mut a) = self.answers.lock() {
            a.push_back(Answer::Unavailable);
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

    fn poll(&mut self) -> Option<(DialogKind, Answer)> {
        let kind = self.pending.take()?;
        let answer = self
            .answers
            .lock()
            .ok()
            .and_then(|mut a| a.pop_front())
            .unwrap_or(Answer::Picked(Vec::new()));
        Some((kind, answer))
    }

    fn is_open(&self) -> bool {
        self.pending.is_some()
    }
}

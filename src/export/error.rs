//! Why an export did not happen. Keeps the error it came from; the text a
//! planner reads is made where it is shown, in that view's language
//! ([`ExportError::message`]), as `io/save.rs` does for a save. The causes
//! from the drawing and file libraries speak English in every language: only
//! the sentence around them is translated.

use std::io;
use std::path::PathBuf;

use crate::i18n::{Lang, tr_in};

/// An export that did not happen. `Display` is the English text (logs, the
/// CLI); the window calls [`ExportError::message`] with its language.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub enum ExportError {
    /// Writing a file, or making the folder for it, failed.
    Write {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// The CSV for Excel could not be written.
    Csv {
        path: PathBuf,
        #[source]
        source: csv::Error,
    },
    /// An SVG could not be drawn as an image or a page.
    Render(#[source] RenderError),
    /// The Excel workbook could not be made.
    Workbook(#[source] rust_xlsxwriter::XlsxError),
    /// The PDF could not be made.
    Pdf(#[source] PdfError),
}

/// Why an SVG could not be drawn.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error(transparent)]
    Svg(#[from] resvg::usvg::Error),
    /// The SVG as the PDF writer's SVG reader (`usvg_pdf`) sees it.
    #[error(transparent)]
    PdfSvg(#[from] usvg_pdf::Error),
    #[error("empty image")]
    Empty,
    #[error("image too large")]
    TooLarge,
    #[error(transparent)]
    Png(Box<dyn std::error::Error + Send + Sync>),
}

/// Why the PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// `page` counts from 1.
    #[error("page {page} has no size")]
    NoSize { page: usize },
    #[error("page {page} could not be drawn")]
    NotDrawn { page: usize },
    #[error(transparent)]
    Write(#[from] krilla::error::KrillaError),
}

impl ExportError {
    pub(super) fn write(path: &std::path::Path, source: io::Error) -> Self {
        ExportError::Write {
            path: path.to_path_buf(),
            source,
        }
    }

    /// What went wrong, in `lang` (keys in `assets/i18n`). Explicit rather
    /// than the thread's language, so an export that fails on a worker
    /// thread still reads in the window's language.
    pub fn message(&self, lang: Lang) -> String {
        let (key, path, reason) = match self {
            ExportError::Write { path, source } => {
                ("export-error-write", Some(path), source.to_string())
            }
            ExportError::Csv { path, source } => {
                ("export-error-write", Some(path), source.to_string())
            }
            ExportError::Render(e) => ("export-error-render", None, e.to_string()),
            ExportError::Workbook(e) => ("export-error-workbook", None, e.to_string()),
            ExportError::Pdf(e) => ("export-error-pdf", None, e.to_string()),
        };
        let mut args = vec![("reason", reason.into())];
        if let Some(p) = path {
            args.push(("path", p.display().to_string().into()));
        }
        tr_in(lang, key, &args)
    }
}

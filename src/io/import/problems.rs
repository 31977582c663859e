//! Problems found while importing, each at its cell.

use super::column_name;
use super::fields::Field;
use crate::i18n::{DiagnosticText, Lang};
use crate::model::{DiagArg, Diagnostic, Severity, Subject};

/// One problem, at a cell (0-based row and column) or with the sheet as a
/// whole. The diagnostic carries the translation key; the CLI prints its
/// English text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub cell: Option<(usize, usize)>,
    pub diagnostic: Diagnostic,
}

impl Problem {
    pub fn is_error(&self) -> bool {
        self.diagnostic.is_error()
    }

    /// `B5`, or empty for the sheet as a whole.
    pub fn address(&self) -> String {
        self.cell
            .map(|(r, c)| format!("{}{}", column_name(c), r + 1))
            .unwrap_or_default()
    }

    /// `FILE:SHEET!B5: error: message` (`FILE:SHEET: …` without a cell).
    pub fn display(&self, file: &str, sheet: &str) -> String {
        let at = match self.cell {
            Some(_) => format!("{file}:{sheet}!{}", self.address()),
            None => format!("{file}:{sheet}"),
        };
        format!(
            "{at}: {}: {}",
            self.diagnostic.severity.as_str(),
            self.diagnostic.english()
        )
    }

    /// The message in `lang` (numbers grouped), for the window.
    pub fn text(&self, lang: Lang) -> String {
        self.diagnostic.text(lang)
    }
}

pub(super) fn problem(
    severity: Severity,
    cell: Option<(usize, usize)>,
    field: Option<Field>,
    code: &'static str,
    args: Vec<(&'static str, DiagArg)>,
) -> Problem {
    let d = Diagnostic::error(Subject::Scenario, field.map(Field::key), code, args);
    let d = Diagnostic { severity, ..d };
    Problem {
        cell,
        diagnostic: d,
    }
}

pub(super) fn text(s: impl Into<String>) -> DiagArg {
    DiagArg::Text(s.into())
}

/// Whether `problems` hold an error that stops the whole import, even with
/// `--skip-bad`: one with no cell (no header row, a required column missing)
/// or one in the header row.
pub(super) fn has_sheet_errors(problems: &[Problem], header_row: Option<usize>) -> bool {
    problems
        .iter()
        .any(|p| p.is_error() && p.cell.is_none_or(|(r, _)| Some(r) == header_row))
}

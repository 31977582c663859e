//! Problems found while importing, each at its cell.

use super::column_name;
use super::fields::Field;
use crate::i18n::{Lang, diagnostic_text};
use crate::model::{DiagArg, Diagnostic, Severity, Subject};

/// One problem, at a cell (0-based row and column) or with the sheet as a
/// whole. The diagnostic carries the translation key; its `message` is the
/// English text the CLI prints.
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
            self.diagnostic.message
        )
    }

    /// The message in `lang` (numbers grouped), for the window.
    pub fn text(&self, lang: Lang) -> String {
        match self.diagnostic.code {
            Some(code) => diagnostic_text(code, &self.diagnostic.args, lang, true),
            None => self.diagnostic.message.clone(),
        }
    }
}

pub(super) fn problem(
    severity: Severity,
    cell: Option<(usize, usize)>,
    field: Option<Field>,
    code: &'static str,
    args: Vec<(&'static str, DiagArg)>,
) -> Problem {
    let message = diagnostic_text(code, &args, Lang::En, false);
    let d = Diagnostic::error(Subject::Scenario, field.map(Field::key), message);
    let d = Diagnostic { severity, ..d }.with_code(code, args);
    Problem {
        cell,
        diagnostic: d,
    }
}

pub(super) fn text(s: impl Into<String>) -> DiagArg {
    DiagArg::Text(s.into())
}

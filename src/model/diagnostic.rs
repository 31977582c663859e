//! What a problem in a scenario is: its severity, where it is, and its
//! sentence as a translation key with arguments (never the text itself).

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A 1-based line and column in the scenario text (columns count characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// What a diagnostic is about, so the UI can select it when the planner clicks.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Subject {
    /// The file as a whole (syntax errors, scenario-level fields).
    Scenario,
    Region {
        index: usize,
        id: String,
    },
    School {
        index: usize,
        id: String,
    },
    /// An existing school (`Scenario::existing`).
    Existing {
        index: usize,
        id: String,
    },
    /// A district of a region planned by district.
    District {
        /// Index of the region in `Scenario::regions`.
        region: usize,
        /// Index of the district in the region's `districts`.
        index: usize,
        id: String,
    },
}

/// A problem found in a scenario: what it is about, where, and its sentence
/// as a translation key with arguments. The sentence itself is written once,
/// in `assets/i18n/<lang>/main.ftl`; `model` never holds an English copy.
/// The text is made at the edge (`i18n::DiagnosticText`): in English for
/// `seatplan check`, in the chosen language for the window.
///
/// To add a rule (docs/architecture.md, "Errors are values"):
/// 1. push `Diagnostic::error(subject, field, key, args)` (or `warning`)
///    from the check in `model/validate*.rs`, with a new `diag-` key; or add
///    a variant to a typed problem list such as `model/demand`'s `Problem`;
/// 2. write the sentence under that key in the `en`, `ru` and `kk`
///    `main.ftl` files, naming its arguments `{ $name }`;
/// 3. make a test file break the rule: `tests/it/i18n.rs` fails while a
///    `diag-` key is never produced or reads the same in English and Russian.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Where in the file, when known (always for syntax errors; for semantic
    /// problems when the file text is available to locate the field).
    pub position: Option<Position>,
    pub subject: Subject,
    /// The field concerned, e.g. `opens`, when the problem is one field's value.
    pub field: Option<&'static str>,
    /// Where inside the subject, finer than `field`, as a dotted path of field
    /// names, map keys and list indices (`demand.births.2015`,
    /// `districts.0.demand.shifts`); the locator falls back to shorter
    /// prefixes, then to `field`.
    pub path: Option<String>,
    /// The translation key of the sentence (`assets/i18n`), a complete
    /// sentence a planner can act on that names the region or school.
    pub code: &'static str,
    /// The values the sentence names, by argument name.
    pub args: Vec<(&'static str, DiagArg)>,
}

/// An argument of a diagnostic: the text is made by language at the edge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiagArg {
    Text(String),
    /// An id or name from the file, which the sentence writes between
    /// quotes. The English of `seatplan check` escapes quotes, backslashes
    /// and control characters in it (as Rust's `{:?}` does), so a hostile id
    /// reads unambiguously and cannot steer the terminal; the window shows it
    /// as written.
    Name(String),
    /// A year or an ordinal: never grouped.
    Year(i64),
    /// A count or an amount: grouped as the language writes numbers in the
    /// window, plain in the CLI.
    Number(i64),
    /// A phrase that is itself translated (`outer-school-status`, …).
    Key(&'static str),
}

impl DiagArg {
    pub fn text(s: impl Into<String>) -> Self {
        DiagArg::Text(s.into())
    }

    pub fn name(s: impl Into<String>) -> Self {
        DiagArg::Name(s.into())
    }

    pub fn year(y: impl Into<i64>) -> Self {
        DiagArg::Year(y.into())
    }
}

impl Diagnostic {
    pub fn error(
        subject: Subject,
        field: Option<&'static str>,
        code: &'static str,
        args: Vec<(&'static str, DiagArg)>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Error,
            position: None,
            subject,
            field,
            path: None,
            code,
            args,
        }
    }

    pub fn warning(
        subject: Subject,
        field: Option<&'static str>,
        code: &'static str,
        args: Vec<(&'static str, DiagArg)>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(subject, field, code, args)
        }
    }

    /// Points at a nested value (see [`Diagnostic::path`]).
    pub fn in_path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    pub fn at(mut self, position: Position) -> Self {
        self.position = Some(position);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

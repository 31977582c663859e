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
    /// A complete sentence a planner can act on; names the region or school.
    /// English: the `seatplan check` output and the fallback.
    pub message: String,
    /// The translation key of the message (`assets/i18n`), when it has one,
    /// and its arguments; the window shows the message in the chosen language.
    pub code: Option<&'static str>,
    pub args: Vec<(&'static str, DiagArg)>,
}

/// An argument of a translated diagnostic: the UI formats numbers by language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiagArg {
    Text(String),
    Year(i64),
    Number(i64),
    /// A phrase that is itself translated (`outer-school-status`, …).
    Key(&'static str),
}

impl Diagnostic {
    pub fn error(
        subject: Subject,
        field: Option<&'static str>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Error,
            position: None,
            subject,
            field,
            path: None,
            message: message.into(),
            code: None,
            args: Vec::new(),
        }
    }

    pub fn warning(
        subject: Subject,
        field: Option<&'static str>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(subject, field, message)
        }
    }

    /// Attaches the translation key and arguments of the message.
    pub fn with_code(mut self, code: &'static str, args: Vec<(&'static str, DiagArg)>) -> Self {
        self.code = Some(code);
        self.args = args;
        self
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

    /// `FILE:LINE:COL: error: message`, or `FILE: error: message` when the
    /// position is unknown (the `seatplan check` format).
    pub fn display_with_file(&self, file: &str) -> String {
        match self.position {
            Some(p) => format!("{file}:{p}: {}: {}", self.severity.as_str(), self.message),
            None => format!("{file}: {}: {}", self.severity.as_str(), self.message),
        }
    }
}

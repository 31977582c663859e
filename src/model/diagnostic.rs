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
    /// A complete sentence a planner can act on; names the region or school.
    pub message: String,
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
            message: message.into(),
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

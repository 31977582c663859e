use std::path::{Path, PathBuf};

use ron::extensions::Extensions;

use super::locate::Locator;
use crate::model::{Diagnostic, Position, Scenario, Subject, has_errors, validate};

/// Larger files are refused before parsing: a real scenario (100 000 schools)
/// is about 30 MB.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// A parsed scenario with its validation warnings and errors. The scenario is
/// shown even with errors, but no projection of it should be trusted.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub scenario: Scenario,
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    pub fn has_errors(&self) -> bool {
        has_errors(&self.diagnostics)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read at all (missing, unreadable, too large).
    #[error("cannot read {}: {reason}", path.display())]
    Read { path: PathBuf, reason: String },
    /// The file was read but is not a scenario: syntax or type errors.
    #[error("{} is not a valid scenario file", path.display())]
    Invalid {
        path: PathBuf,
        diagnostics: Vec<Diagnostic>,
    },
}

impl LoadError {
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            LoadError::Read { .. } => &[],
            LoadError::Invalid { diagnostics, .. } => diagnostics,
        }
    }
}

pub fn load_path(path: &Path) -> Result<Loaded, LoadError> {
    let read_error = |reason: String| LoadError::Read {
        path: path.to_path_buf(),
        reason,
    };
    let meta = std::fs::metadata(path).map_err(|e| read_error(e.to_string()))?;
    if meta.is_dir() {
        return Err(read_error("it is a folder, not a scenario file".into()));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(read_error(too_large(meta.len())));
    }
    let bytes = std::fs::read(path).map_err(|e| read_error(e.to_string()))?;
    load_bytes(&bytes).map_err(|diagnostics| LoadError::Invalid {
        path: path.to_path_buf(),
        diagnostics,
    })
}

fn too_large(len: u64) -> String {
    format!(
        "the file is {} MB, over the {} MB limit for scenario files; is it really a scenario?",
        len / (1024 * 1024),
        MAX_FILE_BYTES / (1024 * 1024)
    )
}

/// Loads from raw bytes: refuses oversized input, strips a UTF-8 byte-order
/// mark, and reports invalid UTF-8 with its position.
pub fn load_bytes(bytes: &[u8]) -> Result<Loaded, Vec<Diagnostic>> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(vec![Diagnostic::error(
            Subject::Scenario,
            None,
            too_large(bytes.len() as u64),
        )]);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => load_str(text),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            // The prefix is valid UTF-8 by construction.
            let prefix = std::str::from_utf8(valid).unwrap_or_default();
            Err(vec![
                Diagnostic::error(
                    Subject::Scenario,
                    None,
                    "the file is not UTF-8 text: save it as UTF-8 (scenario files are plain \
                     text; this looks like another encoding or a binary file)",
                )
                .at(end_position(prefix)),
            ])
        }
    }
}

/// Parses and validates scenario text.
///
/// `Ok` carries the scenario and every diagnostic (errors included: the file is
/// shown, its projection is not trusted); `Err` means the text is not a scenario.
pub fn load_str(text: &str) -> Result<Loaded, Vec<Diagnostic>> {
    let options = ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(RECURSION_LIMIT);
    match options.from_str::<Scenario>(text) {
        Ok(scenario) => {
            let mut diagnostics = validate(&scenario);
            if !diagnostics.is_empty() {
                Locator::scan(text).attach(&mut diagnostics);
            }
            Ok(Loaded {
                scenario,
                diagnostics,
            })
        }
        Err(e) => Err(vec![syntax_diagnostic(text, &e)]),
    }
}

/// A scenario nests five levels deep; anything far beyond is a damaged or
/// hostile file, refused before it can exhaust the stack.
const RECURSION_LIMIT: usize = 32;

fn end_position(prefix: &str) -> Position {
    let line = 1 + prefix.matches('\n').count();
    let column = 1 + prefix.rsplit('\n').next().map_or(0, |l| l.chars().count());
    Position { line, column }
}

fn syntax_diagnostic(text: &str, e: &ron::error::SpannedError) -> Diagnostic {
    let start = e.span.start;
    let position = if text.trim().is_empty() {
        Position { line: 1, column: 1 }
    } else {
        Position {
            line: start.line.max(1),
            column: start.col.max(1),
        }
    };
    Diagnostic::error(Subject::Scenario, None, describe(&e.code, text)).at(position)
}

fn one_of(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn type_name(expected: &str) -> String {
    match expected {
        "u32" => "a whole number from 0 to 4294967295".into(),
        "i32" => "a whole number (a year)".into(),
        "i64" => "a whole number".into(),
        "a string" | "a borrowed string" | "string" => "text in double quotes".into(),
        "a boolean" => "`true` or `false`".into(),
        other => other.to_string(),
    }
}

/// ron's messages name Rust types; a planner needs to know what to type.
fn describe(code: &ron::Error, text: &str) -> String {
    use ron::Error as E;
    match code {
        E::Eof if text.trim().is_empty() => {
            "the file is empty: a scenario starts with `Scenario(` (see the files in \
             scenarios/ for examples)"
                .into()
        }
        E::Eof => "the file ends too early: a closing bracket `)`, `]` or `}`, or the end of \
                   a text in quotes, is missing"
            .into(),
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => format!(
            "unknown field `{found}`{}: check the spelling; the fields are {}",
            outer
                .as_ref()
                .map(|o| format!(" in {o}"))
                .unwrap_or_default(),
            one_of(expected)
        ),
        E::MissingStructField { field, outer } => format!(
            "{} is missing the field `{field}`: add `{field}: …`",
            outer.as_deref().unwrap_or("a value")
        ),
        E::DuplicateStructField { field, outer } => format!(
            "the field `{field}` is given twice{}: keep one",
            outer
                .as_ref()
                .map(|o| format!(" in {o}"))
                .unwrap_or_default(),
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => format!(
            "`{found}` is not a valid {}: use one of {}",
            outer.as_deref().unwrap_or("value"),
            one_of(expected)
        ),
        E::InvalidValueForType { expected, found } => {
            format!("expected {} but found {found}", type_name(expected))
        }
        E::IntegerOutOfBounds => {
            "this number is too large (or too small) for the field: check the value".into()
        }
        E::ExpectedInteger => "expected a whole number here".into(),
        E::ExpectedString | E::ExpectedStringEnd => {
            "expected text in double quotes here, for example \"Almaty\"".into()
        }
        E::ExpectedDifferentStructName { expected, found } => {
            format!("found `{found}(` where `{expected}(` was expected")
        }
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            "expected an opening `(` here".into()
        }
        E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => {
            "expected a closing `)` here (or a comma before the next field)".into()
        }
        E::ExpectedArray => "expected a list in square brackets `[ … ]` here".into(),
        E::ExpectedArrayEnd => {
            "expected a closing `]` here (or a comma before the next item)".into()
        }
        E::ExpectedMap => "expected `{` here, as in `deficit: {2023: 33000}`".into(),
        E::ExpectedMapEnd => "expected a closing `}` here (or a comma before the next year)".into(),
        E::ExpectedMapColon => "expected `:` between the year and its value".into(),
        E::ExpectedComma => "expected a comma here".into(),
        E::ExceededRecursionLimit => format!(
            "brackets are nested more than {RECURSION_LIMIT} levels deep: a scenario never \
             needs this; the file is probably damaged"
        ),
        E::TrailingCharacters => {
            "there is text after the end of the scenario: remove everything after its \
             closing `)`"
                .into()
        }
        E::UnexpectedChar(c) if *c == '\0' => {
            "the file contains a NUL byte: it is probably binary or damaged".into()
        }
        E::UnexpectedChar(c) => format!("unexpected character {c:?} here"),
        E::UnclosedBlockComment => "a `/*` comment is never closed with `*/`".into(),
        other => other.to_string(),
    }
}

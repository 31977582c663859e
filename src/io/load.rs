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
        len.div_ceil(1024 * 1024),
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
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(vec![
            Diagnostic::error(
                Subject::Scenario,
                None,
                "the file is UTF-16 text (\"Unicode\" in some editors): save it as UTF-8",
            )
            .at(Position { line: 1, column: 1 }),
        ]);
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
                     text; this looks like another encoding, such as Windows-1251, or a \
                     binary file)",
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
    if text.trim().is_empty() {
        return Diagnostic::error(Subject::Scenario, None, EMPTY_FILE)
            .at(Position { line: 1, column: 1 });
    }
    // ron's span starts before the whitespace that precedes the offending
    // token; point at the token itself.
    let start = byte_offset(text, e.span.start);
    let at = start + (text[start..].len() - text[start..].trim_start().len());
    let end = byte_offset(text, e.span.end).max(at);
    let (offset, message) = explain(&e.code, text, at, end);
    Diagnostic::error(Subject::Scenario, None, message).at(end_position(&text[..offset]))
}

const EMPTY_FILE: &str = "the file is empty: a scenario starts with `Scenario(` (see the files \
                          in scenarios/ for examples)";

const ENDS_EARLY: &str = "the file ends too early: it looks cut off here; restore the rest \
                          (the remaining fields and the closing brackets `)`, `]` or `}`)";

/// The byte offset of a ron position (1-based line, column in characters),
/// clamped to the text.
fn byte_offset(text: &str, p: ron::error::Position) -> usize {
    let mut line_start = 0;
    for _ in 1..p.line {
        match text[line_start..].find('\n') {
            Some(i) => line_start += i + 1,
            None => return text.len(),
        }
    }
    text[line_start..]
        .char_indices()
        .nth(p.col.saturating_sub(1))
        .map_or(text.len(), |(i, _)| line_start + i)
}

/// The message for a parse error whose offending token starts at byte `at`
/// (the parser stopped at `end`), and the offset it should point at. Looks at
/// the text itself where ron's error code alone would mislead.
fn explain(code: &ron::Error, text: &str, at: usize, end: usize) -> (usize, String) {
    use ron::Error as E;
    let here = text[at..].chars().next();
    match here {
        Some('\0') => {
            return (
                at,
                "the file contains a NUL byte here: it is probably binary or damaged".into(),
            );
        }
        Some(c) if c.is_control() && !c.is_whitespace() => {
            return (
                at,
                format!(
                    "the file contains the control character U+{:04X} here: it is probably \
                     damaged; delete the character",
                    u32::from(c)
                ),
            );
        }
        _ => {}
    }
    let cut_off = text[end..].trim().is_empty()
        && !matches!(
            code,
            E::UnclosedBlockComment | E::ExpectedStringEnd | E::TrailingCharacters
        );
    if cut_off {
        return (text.trim_end().len(), ENDS_EARLY.into());
    }
    let after_digit = text[..at].ends_with(|c: char| c.is_ascii_digit());
    let message = match code {
        E::ExpectedComma
        | E::ExpectedStructLikeEnd
        | E::ExpectedArrayEnd
        | E::ExpectedMapEnd
        | E::ExpectedMapColon
            if here == Some('.') && after_digit =>
        {
            let start = text[..at]
                .trim_end_matches(|c: char| c.is_ascii_digit() || c == '_')
                .len();
            let number = token(&text[start..]);
            return (
                start,
                format!(
                    "`{number}` has a fraction: seats, years and deficits are whole numbers \
                     (for example {})",
                    &text[start..at]
                ),
            );
        }
        E::ExpectedIdentifier if here == Some('"') => {
            "expected a name without quotes here: values such as `Planned`, `City` or \
             `Design` are written without quotes"
                .into()
        }
        E::ExpectedString | E::ExpectedStringEnd if here == Some('"') => {
            "this text in quotes is never closed: add the closing `\"`".into()
        }
        E::InvalidEscape(_) => return (bad_escape(text, at), describe(code, text)),
        E::IntegerOutOfBounds => return out_of_range(text, at),
        E::UnclosedBlockComment => {
            // ron points inside the comment; point at its `/*`.
            let before = text[..at].trim_end();
            let open = before
                .strip_suffix("/*")
                .map_or_else(|| before.rfind("/*").unwrap_or(at), str::len);
            return (open, describe(code, text));
        }
        other => describe(other, text),
    };
    (at, message)
}

/// The first backslash in the quoted text at `at` that starts no valid RON
/// escape (`C:\data` in a Windows path), or `at` if there is none.
fn bad_escape(text: &str, at: usize) -> usize {
    let mut chars = text[at..].char_indices().skip(1);
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => break,
            '\\' => match chars.next() {
                Some((_, '\\' | '"' | '\'' | 'n' | 'r' | 't' | '0' | 'x' | 'u')) => {}
                _ => return at + i,
            },
            _ => {}
        }
    }
    at
}

/// The number or word at the start of `s`.
fn token(s: &str) -> &str {
    let len = s
        .find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '-' | '+' | '.')))
        .unwrap_or(s.len());
    s.get(..len.min(40)).unwrap_or(&s[..len])
}

/// An integer that does not fit its field: names the field and its range.
fn out_of_range(text: &str, at: usize) -> (usize, String) {
    let start = if text[..at].ends_with(['-', '+']) {
        at - 1
    } else {
        at
    };
    let number = token(&text[start..]);
    let before = text[..start].trim_end();
    let rule = match before.strip_suffix(':').map(str::trim_end) {
        Some(key) => {
            let name_start = key
                .trim_end_matches(|c: char| c.is_ascii_alphanumeric() || c == '_')
                .len();
            match &key[name_start..] {
                name @ ("seats" | "replaces") => {
                    format!("`{name}` is a whole number from 0 to {}", u32::MAX)
                }
                "format" => "`format` must be 1".into(),
                name @ ("base_year" | "horizon" | "opens") => {
                    format!("`{name}` is a year, such as 2025")
                }
                name if name.starts_with(|c: char| c.is_ascii_digit()) => format!(
                    "a deficit is a number of seats from {} to {}",
                    i64::MIN,
                    i64::MAX
                ),
                _ => "check the value".into(),
            }
        }
        None if before.ends_with(['{', ',']) => {
            "the years of a `deficit` estimate are years, such as 2025".into()
        }
        None => "check the value".into(),
    };
    (
        start,
        format!("the number {number} is out of range: {rule}"),
    )
}

fn one_of(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a planner calls the thing ron names by its Rust type.
fn outer_name(outer: &str) -> &str {
    match outer {
        "SchoolStatus" => "school status",
        "RegionKind" => "region kind",
        "SeatUnit" => "seat unit",
        "Funding" => "funding source",
        "LocalizedName" => "a region name",
        other => other,
    }
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
        E::Eof if text.trim().is_empty() => EMPTY_FILE.into(),
        E::Eof => ENDS_EARLY.into(),
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => format!(
            "unknown field `{found}`{}: check the spelling; the fields are {}",
            outer
                .as_deref()
                .map(|o| format!(" in {}", outer_name(o)))
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
                .as_deref()
                .map(|o| format!(" in {}", outer_name(o)))
                .unwrap_or_default(),
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => format!(
            "`{found}` is not a valid {}: use one of {}",
            outer.as_deref().map_or("value", outer_name),
            one_of(expected)
        ),
        E::InvalidValueForType { expected, found } => {
            format!("expected {} but found {found}", type_name(expected))
        }
        E::IntegerOutOfBounds => {
            "this number is too large (or too small) for the field: check the value".into()
        }
        E::ExpectedInteger => {
            "expected a whole number here, written without quotes (for example 1200)".into()
        }
        E::ExpectedBoolean => "expected `true` or `false` here (without quotes)".into(),
        E::ExpectedIdentifier => {
            "expected a field name here (such as `seats`), or a closing bracket".into()
        }
        E::InvalidEscape(_) => "inside double quotes a backslash `\\` starts an escape such as \
                                `\\n`, and this one is not valid: write `\\\\` for a backslash \
                                itself (\"C:\\\\data\"), or use `/`"
            .into(),
        E::ExpectedString | E::ExpectedStringEnd => {
            "expected text in double quotes here, for example \"Almaty\"".into()
        }
        E::ExpectedDifferentStructName { expected, found } => {
            format!("found `{found}(` where `{expected}(` was expected")
        }
        E::ExpectedNamedStructLike("Scenario") => {
            "expected `Scenario(` here: a scenario file starts with `Scenario(` (see the files \
             in scenarios/ for examples)"
                .into()
        }
        E::ExpectedNamedStructLike(name) => format!("expected `{name}(` here"),
        E::ExpectedStructLike => "expected an opening `(` here".into(),
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
        E::ExpectedComma => "expected a comma here, between two fields or items (check the \
                              end of the previous one, and that every text in quotes is closed)"
            .into(),
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

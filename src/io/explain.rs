//! Explains a RON parse error to a planner: what is wrong, in the words of
//! the scenario format, and where the offending token starts. ron's own
//! messages name Rust types and often point at the whitespace before the
//! token; this turns them into translated messages (keys in `assets/i18n`).

use crate::i18n::Lang;
use crate::model::{DiagArg, Diagnostic, Position, Subject};

/// A message of the file reader: a translation key and its arguments. The
/// English text (`seatplan check`) comes from the English translation file.
pub(super) struct Msg {
    code: &'static str,
    args: Vec<(&'static str, DiagArg)>,
}

impl Msg {
    pub(super) fn new(code: &'static str, args: Vec<(&'static str, DiagArg)>) -> Self {
        Msg { code, args }
    }

    pub(super) fn plain(code: &'static str) -> Self {
        Msg::new(code, Vec::new())
    }

    pub(super) fn text_in(&self, lang: Lang) -> String {
        crate::i18n::diagnostic_text(self.code, &self.args, lang, false)
    }

    pub(super) fn error(self) -> Diagnostic {
        Diagnostic::error(Subject::Scenario, None, self.code, self.args)
    }
}

fn text(s: impl Into<String>) -> DiagArg {
    DiagArg::Text(s.into())
}

pub(super) fn syntax_diagnostic(text: &str, e: &ron::error::SpannedError) -> Diagnostic {
    if text.trim().is_empty() {
        return Msg::plain("parse-empty")
            .error()
            .at(Position { line: 1, column: 1 });
    }
    // ron's span starts before the whitespace that precedes the offending
    // token; point at the token itself.
    let start = byte_offset(text, e.span.start);
    let at = start + (text[start..].len() - text[start..].trim_start().len());
    let end = byte_offset(text, e.span.end).max(at);
    let (offset, message) = explain(&e.code, text, at, end);
    message.error().at(end_position(&text[..offset]))
}

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
fn explain(code: &ron::Error, text: &str, at: usize, end: usize) -> (usize, Msg) {
    use ron::Error as E;
    let here = text[at..].chars().next();
    match here {
        Some('\0') => return (at, Msg::plain("parse-nul-here")),
        Some(c) if c.is_control() && !c.is_whitespace() => {
            let char = self::text(format!("U+{:04X}", u32::from(c)));
            return (at, Msg::new("parse-control-char", vec![("char", char)]));
        }
        _ => {}
    }
    let cut_off = text[end..].trim().is_empty()
        && !matches!(
            code,
            E::UnclosedBlockComment | E::ExpectedStringEnd | E::TrailingCharacters
        );
    if cut_off {
        return (text.trim_end().len(), Msg::plain("parse-ends-early"));
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
            let whole = self::text(&text[start..at]);
            return (
                start,
                Msg::new(
                    "parse-fraction",
                    vec![("number", self::text(number)), ("whole", whole)],
                ),
            );
        }
        E::ExpectedIdentifier if here == Some('"') => Msg::plain("parse-quoted-name"),
        E::ExpectedString | E::ExpectedStringEnd if here == Some('"') => {
            Msg::plain("parse-unclosed-quote")
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
fn out_of_range(text: &str, at: usize) -> (usize, Msg) {
    let start = if text[..at].ends_with(['-', '+']) {
        at - 1
    } else {
        at
    };
    let number = token(&text[start..]);
    let before = text[..start].trim_end();
    let n = self::text(number);
    let msg = match before.strip_suffix(':').map(str::trim_end) {
        Some(key) => {
            let name_start = key
                .trim_end_matches(|c: char| c.is_ascii_alphanumeric() || c == '_')
                .len();
            match &key[name_start..] {
                name @ ("seats" | "replaces") => Msg::new(
                    "parse-range-seats",
                    vec![
                        ("number", n),
                        ("name", self::text(name)),
                        ("max", DiagArg::Year(i64::from(u32::MAX))),
                    ],
                ),
                "format" => Msg::new("parse-range-format", vec![("number", n)]),
                name @ ("base_year" | "horizon" | "opens") => Msg::new(
                    "parse-range-year",
                    vec![("number", n), ("name", self::text(name))],
                ),
                name if name.starts_with(|c: char| c.is_ascii_digit()) => Msg::new(
                    "parse-range-deficit",
                    vec![
                        ("number", n),
                        ("min", DiagArg::Year(i64::MIN)),
                        ("max", DiagArg::Year(i64::MAX)),
                    ],
                ),
                _ => Msg::new("parse-range-other", vec![("number", n)]),
            }
        }
        None if before.ends_with(['{', ',']) => {
            Msg::new("parse-range-deficit-year", vec![("number", n)])
        }
        None => Msg::new("parse-range-other", vec![("number", n)]),
    };
    (start, msg)
}

fn one_of(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a planner calls the thing ron names by its Rust type.
fn outer_name(outer: &str) -> DiagArg {
    match outer {
        "SchoolStatus" => DiagArg::Key("outer-school-status"),
        "RegionKind" => DiagArg::Key("outer-region-kind"),
        "SeatUnit" => DiagArg::Key("outer-seat-unit"),
        "Funding" => DiagArg::Key("outer-funding"),
        "LocalizedName" => DiagArg::Key("outer-region-name"),
        other => text(other),
    }
}

fn type_name(expected: &str) -> DiagArg {
    match expected {
        "u32" => DiagArg::Key("type-u32"),
        "i32" => DiagArg::Key("type-i32"),
        "i64" => DiagArg::Key("type-i64"),
        "a string" | "a borrowed string" | "string" => DiagArg::Key("type-string"),
        "a boolean" => DiagArg::Key("type-bool"),
        crate::model::TEXT_EXPECTED => DiagArg::Key("type-text-or-names"),
        other => text(other),
    }
}

/// Fields and values that do not match the format: unknown, missing or
/// repeated fields, an unknown enum value, a value of the wrong type.
fn describe_mismatch(code: &ron::Error) -> Option<Msg> {
    use ron::Error as E;
    Some(match code {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => match outer {
            Some(o) => Msg::new(
                "parse-unknown-field-in",
                vec![
                    ("found", self::text(found.as_str())),
                    ("outer", outer_name(o)),
                    ("fields", self::text(one_of(expected))),
                ],
            ),
            None => Msg::new(
                "parse-unknown-field",
                vec![
                    ("found", self::text(found.as_str())),
                    ("fields", self::text(one_of(expected))),
                ],
            ),
        },
        E::MissingStructField { field, outer } => Msg::new(
            "parse-missing-field",
            vec![
                (
                    "outer",
                    outer
                        .as_deref()
                        .map_or(DiagArg::Key("parse-a-value"), self::text),
                ),
                ("field", self::text(*field)),
            ],
        ),
        E::DuplicateStructField { field, outer } => match outer {
            Some(o) => Msg::new(
                "parse-duplicate-field-in",
                vec![("field", self::text(*field)), ("outer", outer_name(o))],
            ),
            None => Msg::new("parse-duplicate-field", vec![("field", self::text(*field))]),
        },
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => Msg::new(
            "parse-bad-variant",
            vec![
                ("found", self::text(found.as_str())),
                (
                    "outer",
                    outer
                        .as_deref()
                        .map_or(DiagArg::Key("parse-value"), outer_name),
                ),
                ("values", self::text(one_of(expected))),
            ],
        ),
        E::InvalidValueForType { expected, found } => Msg::new(
            "parse-wrong-type",
            vec![
                ("expected", type_name(expected)),
                ("found", self::text(found.as_str())),
            ],
        ),
        _ => return None,
    })
}

/// ron's messages name Rust types; a planner needs to know what to type.
fn describe(code: &ron::Error, text: &str) -> Msg {
    use ron::Error as E;
    if let Some(m) = describe_mismatch(code) {
        return m;
    }
    let plain = Msg::plain;
    match code {
        E::Eof if text.trim().is_empty() => plain("parse-empty"),
        E::Eof => plain("parse-ends-early"),
        E::IntegerOutOfBounds => plain("parse-out-of-bounds"),
        E::ExpectedInteger => plain("parse-expected-integer"),
        E::ExpectedBoolean => plain("parse-expected-bool"),
        E::ExpectedIdentifier => plain("parse-expected-identifier"),
        E::InvalidEscape(_) => plain("parse-bad-escape"),
        E::ExpectedString | E::ExpectedStringEnd => plain("parse-expected-string"),
        E::ExpectedDifferentStructName { expected, found } => Msg::new(
            "parse-struct-name",
            vec![
                ("found", self::text(found.as_str())),
                ("expected", self::text(*expected)),
            ],
        ),
        E::ExpectedNamedStructLike("Scenario") => plain("parse-expected-scenario"),
        E::ExpectedNamedStructLike(name) => {
            Msg::new("parse-expected-named", vec![("name", self::text(*name))])
        }
        E::ExpectedStructLike => plain("parse-expected-paren"),
        E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => plain("parse-expected-paren-end"),
        E::ExpectedArray => plain("parse-expected-list"),
        E::ExpectedArrayEnd => plain("parse-expected-list-end"),
        E::ExpectedMap => plain("parse-expected-map"),
        E::ExpectedMapEnd => plain("parse-expected-map-end"),
        E::ExpectedMapColon => plain("parse-expected-colon"),
        E::ExpectedComma => plain("parse-expected-comma"),
        E::ExceededRecursionLimit => Msg::new(
            "parse-too-deep",
            vec![(
                "limit",
                DiagArg::Year(i64::try_from(RECURSION_LIMIT).unwrap_or(0)),
            )],
        ),
        E::TrailingCharacters => plain("parse-trailing"),
        E::UnexpectedChar(c) if *c == '\0' => plain("parse-nul"),
        E::UnexpectedChar(c) => Msg::new(
            "parse-unexpected-char",
            vec![("char", self::text(format!("{c:?}")))],
        ),
        E::UnclosedBlockComment => plain("parse-unclosed-comment"),
        other => Msg::new(
            "parse-other",
            vec![("detail", self::text(other.to_string()))],
        ),
    }
}

/// A scenario nests five levels deep; anything far beyond is a damaged or
/// hostile file, refused before it can exhaust the stack.
pub(super) const RECURSION_LIMIT: usize = 32;

/// The line and column (1-based) just past `prefix`.
pub(super) fn end_position(prefix: &str) -> Position {
    let line = 1 + prefix.matches('\n').count();
    let column = 1 + prefix.rsplit('\n').next().map_or(0, |l| l.chars().count());
    Position { line, column }
}

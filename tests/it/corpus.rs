//! Malformed and hostile scenario files: each one must give the diagnostic a
//! planner can act on (severity, line and column, a distinctive message),
//! through the library and through `seatplan check`, and nothing may panic.
//!
//! The files are in `tests/corpus/`; most are `valid-base.ron` with one thing
//! changed. Adding a file is one line in [`CASES`]. Inputs too large to commit
//! (deep nesting, a 10 MB name, a file over 50 MB) are generated at run time.

use crate::common::{root, seatplan};
use seatplan::i18n::DiagnosticText;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use seatplan::io::{LoadError, MAX_FILE_BYTES, load_bytes, load_path, load_str};
use seatplan::model::{Diagnostic, Position, Severity};

/// Whether the file parses (validation may still report errors) or is not a
/// scenario at all (`load_*` returns `Err`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Loaded,
    Rejected,
}
use Outcome::{Loaded, Rejected};

struct Expected {
    severity: Severity,
    line: usize,
    column: usize,
    text: &'static str,
}

const fn error(line: usize, column: usize, text: &'static str) -> Expected {
    Expected {
        severity: Severity::Error,
        line,
        column,
        text,
    }
}

const fn warning(line: usize, column: usize, text: &'static str) -> Expected {
    Expected {
        severity: Severity::Warning,
        ..error(line, column, text)
    }
}

struct Case {
    file: &'static str,
    outcome: Outcome,
    /// Every diagnostic, in order; empty means the file is accepted clean.
    diagnostics: &'static [Expected],
}

const fn case(file: &'static str, outcome: Outcome, diagnostics: &'static [Expected]) -> Case {
    Case {
        file,
        outcome,
        diagnostics,
    }
}

const NOT_UTF8: &str = "the file is not UTF-8 text: save it as UTF-8";
const CUT_OFF: &str = "the file ends too early: it looks cut off here";

#[rustfmt::skip]
const CASES: &[Case] = &[
    // Accepted.
    case("valid-base.ron", Loaded, &[]),
    case("bom.ron", Loaded, &[]), // UTF-8 byte-order mark before a valid scenario
    case("crlf-unknown-region.ron", Loaded, &[error(19, 13, "school \"n1\" is in region \"nrth\"")]), // Windows line ends
    case("crlf-unknown-field.ron", Rejected, &[error(20, 13, "unknown field `seets` in School")]),
    case("no-struct-names.ron", Loaded, &[]), // `(` for `Scenario(`, `Region(`, `School(`
    case("warnings-only.ron", Loaded, &[
        warning(21, 13, "opens in 2031, after horizon 2029: it is not counted"),
        warning(20, 13, "has 12000 seats, unusually large (over 5000): check the unit"),
    ]),
    // Not text, or not UTF-8.
    case("empty.ron", Rejected, &[error(1, 1, "the file is empty: a scenario starts with `Scenario(`")]),
    case("whitespace-only.ron", Rejected, &[error(1, 1, "the file is empty")]),
    case("random-bytes.ron", Rejected, &[error(1, 1, NOT_UTF8)]),
    case("png-header.ron", Rejected, &[error(1, 1, NOT_UTF8)]),
    case("invalid-utf8-in-name.ron", Rejected, &[error(18, 36, NOT_UTF8)]), // 0xFF inside "School for 600 s?eats"
    case("windows-1251.ron", Rejected, &[error(10, 25, "another encoding, such as Windows-1251")]),
    case("utf16.ron", Rejected, &[error(1, 1, "the file is UTF-16 text (\"Unicode\" in some editors): save it as UTF-8")]),
    case("nul-byte.ron", Rejected, &[error(20, 24, "the file contains a NUL byte here")]),
    // Cut off.
    case("truncated-mid-school.ron", Rejected, &[error(21, 16, CUT_OFF)]), // ends in `ope`
    case("truncated-in-string.ron", Rejected, &[error(18, 19, "this text in quotes is never closed: add the closing `\"`")]),
    case("unclosed-comment.ron", Rejected, &[error(7, 5, "a `/*` comment is never closed with `*/`")]),
    // Wrong types.
    case("seats-as-text.ron", Rejected, &[error(20, 20, "expected a whole number here, written without quotes")]),
    case("opens-fraction.ron", Rejected, &[error(21, 20, "`2024.5` has a fraction: seats, years and deficits are whole numbers (for example 2024)")]),
    case("name-as-number.ron", Rejected, &[error(18, 19, "expected a text or (kk: …, ru: …, en: …) but found the unsigned integer `5`")]),
    case("illustrative-yes.ron", Rejected, &[error(12, 27, "expected `true` or `false` here (without quotes)")]),
    case("status-in-quotes.ron", Rejected, &[error(22, 21, "expected a name without quotes here")]),
    // Numbers out of range: the message names the field and its range.
    case("seats-negative.ron", Rejected, &[error(20, 20, "the number -600 is out of range: `seats` is a whole number from 0 to 4294967295")]),
    case("seats-overflow.ron", Rejected, &[error(20, 20, "the number 99999999999 is out of range: `seats` is a whole number from 0")]),
    case("deficit-overflow.ron", Rejected, &[error(12, 41, "the number 99999999999999999999 is out of range: a deficit is a number of seats")]),
    case("year-overflow.ron", Rejected, &[error(21, 20, "the number 99999999999 is out of range: `opens` is a year, such as 2025")]),
    // Unknown names.
    case("unknown-field-seets.ron", Rejected, &[error(20, 13, "unknown field `seets` in School: check the spelling; the fields are `id`, `name`, `region`")]),
    case("region-name-kz.ron", Rejected, &[error(10, 20, "unknown field `kz` in a region name: check the spelling; the fields are `kk`, `ru`, `en`")]),
    case("status-opened.ron", Rejected, &[error(22, 21, "`Opened` is not a valid school status: use one of `Planned`, `UnderConstruction`, `Commissioned`")]),
    case("kind-town.ron", Rejected, &[error(11, 19, "`Town` is not a valid region kind: use one of `City`, `Oblast`")]),
    case("funding-bank.ron", Rejected, &[error(23, 22, "`Bank` is not a valid funding source: use one of `Republican`")]),
    case("seat-unit-triple.ron", Rejected, &[error(7, 16, "`Triple` is not a valid seat unit: use one of `Design`, `TwoShift`")]),
    case("wrong-struct-name.ron", Rejected, &[error(16, 9, "found `Schol(` where `School(` was expected")]),
    // Structure.
    case("missing-opens.ron", Rejected, &[error(23, 9, "School is missing the field `opens`: add `opens: …`")]),
    case("missing-regions.ron", Rejected, &[error(18, 1, "Scenario is missing the field `regions`")]),
    case("missing-comma.ron", Rejected, &[error(21, 13, "expected a comma here")]),
    case("trailing-text.ron", Rejected, &[error(28, 1, "there is text after the end of the scenario")]),
    case("windows-path-escape.ron", Rejected, &[error(24, 24, "write `\\\\` for a backslash itself")]), // "C:\data\plan.xlsx"
    // Parsed, but invalid (validation).
    case("duplicate-region-id.ron", Loaded, &[error(15, 13, "region id \"north\" is used twice (regions 1 and 2)")]),
    case("duplicate-school-id.ron", Loaded, &[error(26, 13, "school id \"n1\" is used twice (schools 1 and 2)")]),
    case("unknown-region.ron", Loaded, &[error(19, 13, "school \"n1\" is in region \"nrth\", which is not in this file")]),
    case("base-after-horizon.ron", Loaded, &[
        error(6, 5, "base_year 2030 is after horizon 2029"),
        warning(21, 13, "opens in 2025, before base_year 2030: it is not counted"),
    ]),
    case("horizon-2100.ron", Loaded, &[
        error(6, 5, "horizon 2100 is more than 50 years after base_year 2023: choose a horizon up to 2073"),
        warning(12, 13, "held flat at the 2029 value (2000) from 2030 to 2100"),
    ]),
    case("format-2.ron", Loaded, &[error(3, 5, "format 2 is not supported")]),
    case("region-id-with-space.ron", Loaded, &[error(9, 13, "region id \"Almaty City\" may contain only lowercase latin letters, digits and hyphens")]),
    case("empty-deficit.ron", Loaded, &[error(12, 13, "region \"north\" has an empty deficit estimate")]),
];

fn corpus_path(file: &str) -> PathBuf {
    root().join("tests/corpus").join(file)
}

/// Compares diagnostics with a table row; returns what differs.
fn mismatches(file: &str, expected: &[Expected], actual: &[Diagnostic]) -> Vec<String> {
    let mut out = Vec::new();
    if expected.len() != actual.len() {
        out.push(format!(
            "{file}: expected {} diagnostics, got {}: {actual:#?}",
            expected.len(),
            actual.len()
        ));
        return out;
    }
    for (e, a) in expected.iter().zip(actual) {
        let want = Position {
            line: e.line,
            column: e.column,
        };
        if a.severity != e.severity || a.position != Some(want) || !a.english().contains(e.text) {
            out.push(format!(
                "{file}: expected {:?} at {want} containing {:?}, got {:?} at {:?}: {}",
                e.severity,
                e.text,
                a.severity,
                a.position,
                a.english()
            ));
        }
    }
    out
}

/// What the library says about a file: parsed or not, and the diagnostics.
fn load_file(path: &Path) -> (Outcome, Vec<Diagnostic>) {
    match load_path(path) {
        Ok(loaded) => (Loaded, loaded.diagnostics),
        Err(LoadError::Invalid { diagnostics, .. }) => (Rejected, diagnostics),
        Err(e @ LoadError::Read { .. }) => panic!("{}: unreadable: {e}", path.display()),
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("seatplan prints UTF-8")
}

/// `FILE:LINE:COL: error|warning: message`, parsed; `None` if malformed.
fn parse_check_line<'a>(file: &str, line: &'a str) -> Option<(usize, usize, &'a str, &'a str)> {
    let rest = line.strip_prefix(file)?.strip_prefix(':')?;
    let (l, rest) = rest.split_once(':')?;
    let (c, rest) = rest.split_once(": ")?;
    let (severity, message) = rest.split_once(": ")?;
    if !matches!(severity, "error" | "warning") || message.trim().is_empty() {
        return None;
    }
    Some((l.parse().ok()?, c.parse().ok()?, severity, message))
}

#[test]
fn every_corpus_file_has_a_row_in_the_table() {
    let on_disk: BTreeSet<String> = std::fs::read_dir(root().join("tests/corpus"))
        .expect("tests/corpus is readable")
        .map(|e| {
            e.expect("a directory entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| !name.starts_with('.')) // .gitattributes
        .collect();
    let in_table: BTreeSet<String> = CASES.iter().map(|c| c.file.to_owned()).collect();
    assert_eq!(in_table.len(), CASES.len(), "a file is listed twice");
    assert_eq!(on_disk, in_table, "tests/corpus and CASES differ");
    assert!(CASES.len() >= 24);
}

#[test]
fn the_library_gives_each_file_its_diagnostic() {
    let mut failures = Vec::new();
    for case in CASES {
        let path = corpus_path(case.file);
        let (outcome, diagnostics) = load_file(&path);
        if outcome != case.outcome {
            failures.push(format!(
                "{}: expected {:?}, got {outcome:?}: {diagnostics:#?}",
                case.file, case.outcome
            ));
            continue;
        }
        failures.extend(mismatches(case.file, case.diagnostics, &diagnostics));
        // load_bytes (the GUI's path for dropped files) agrees with load_path.
        let bytes = std::fs::read(&path).expect("corpus file is readable");
        let from_bytes = match load_bytes(&bytes) {
            Ok(l) => l.diagnostics,
            Err(d) => d,
        };
        if from_bytes != diagnostics {
            failures.push(format!("{}: load_bytes differs from load_path", case.file));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn seatplan_check_reports_each_file_with_its_exit_code() {
    let mut failures = Vec::new();
    for case in CASES {
        let file = format!("tests/corpus/{}", case.file);
        let out = seatplan(&["check", &file]);
        let has_errors = case
            .diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error);
        let want_code = i32::from(has_errors);
        if out.status.code() != Some(want_code) {
            failures.push(format!(
                "{file}: exit {:?}, expected {want_code}",
                out.status.code()
            ));
        }
        if !out.stderr.is_empty() {
            failures.push(format!("{file}: stderr: {}", text(&out.stderr)));
        }
        let stdout = text(&out.stdout);
        let lines: Vec<&str> = stdout.lines().collect();
        if lines.len() != case.diagnostics.len() {
            failures.push(format!(
                "{file}: stdout has {} lines:\n{stdout}",
                lines.len()
            ));
            continue;
        }
        for (line, e) in lines.iter().zip(case.diagnostics) {
            match parse_check_line(&file, line) {
                Some((l, c, severity, message))
                    if (l, c) == (e.line, e.column)
                        && severity == e.severity.as_str()
                        && message.contains(e.text) => {}
                _ => failures.push(format!(
                    "{file}: line {line:?} is not `{file}:{}:{}: {}: …{}…`",
                    e.line,
                    e.column,
                    e.severity.as_str(),
                    e.text
                )),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn seatplan_check_on_the_whole_corpus_at_once_prints_every_diagnostic_and_exits_1() {
    let files: Vec<String> = CASES
        .iter()
        .map(|c| format!("tests/corpus/{}", c.file))
        .collect();
    let mut args = vec!["check"];
    args.extend(files.iter().map(String::as_str));
    let out = seatplan(&args);
    assert_eq!(out.status.code(), Some(1));
    let expected: usize = CASES.iter().map(|c| c.diagnostics.len()).sum();
    assert_eq!(text(&out.stdout).lines().count(), expected);
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
}

/// A valid scenario text with `field` (a line such as `description: …,`)
/// inserted before `base_year`.
fn base_with(field: &str) -> String {
    let base = std::fs::read_to_string(corpus_path("valid-base.ron")).expect("base is readable");
    base.replacen("    base_year:", &format!("    {field}\n    base_year:"), 1)
}

fn deep_nesting_inputs() -> Vec<(&'static str, String)> {
    const DEPTH: usize = 100_000;
    let base = std::fs::read_to_string(corpus_path("valid-base.ron")).expect("base is readable");
    vec![
        ("square brackets at the top", "[".repeat(DEPTH)),
        ("parentheses at the top", "(".repeat(DEPTH)),
        (
            "closed parentheses",
            format!("{}{}", "(".repeat(DEPTH), ")".repeat(DEPTH)),
        ),
        ("Scenario( repeated", "Scenario(".repeat(DEPTH)),
        (
            "inside `regions`",
            base.replacen("regions: [", &format!("regions: {}", "[".repeat(DEPTH)), 1),
        ),
        (
            "inside `deficit`",
            base.replacen("deficit: {", &format!("deficit: {}", "{".repeat(DEPTH)), 1),
        ),
        (
            "Some( inside `description`",
            base_with(&format!("description: {}", "Some(".repeat(DEPTH))),
        ),
        (
            "inside a region name",
            base.replacen("name: (kk", &format!("name: {}(kk", "(".repeat(DEPTH)), 1),
        ),
    ]
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    for (what, input) in deep_nesting_inputs() {
        let d = load_str(&input).expect_err(what);
        assert_eq!(d.len(), 1, "{what}: {d:#?}");
        assert!(d[0].is_error(), "{what}");
        let p = d[0].position.expect("a syntax error has a position");
        assert!(
            p.line <= input.lines().count() + 1 && p.column <= input.chars().count() + 1,
            "{what}: {p} is outside the text"
        );
    }
    // The top-level cases say what a scenario file starts with.
    let top = load_str(&"[".repeat(100_000)).expect_err("brackets");
    assert_eq!(top[0].position, Some(Position { line: 1, column: 1 }));
    assert!(
        top[0].english().contains("expected `Scenario(` here"),
        "{}",
        top[0].english()
    );
}

#[test]
fn deep_nesting_through_seatplan_check_exits_1_with_a_position() {
    let dir = tempfile::tempdir().expect("a temp dir");
    for (i, (what, input)) in deep_nesting_inputs().into_iter().enumerate() {
        let path = dir.path().join(format!("deep-{i}.ron"));
        std::fs::write(&path, input).expect("write the deep file");
        let file = path.to_str().expect("temp path is UTF-8");
        let out = seatplan(&["check", file]);
        assert_eq!(out.status.code(), Some(1), "{what}: {out:?}");
        let stdout = text(&out.stdout);
        let line = stdout.lines().next().expect("one diagnostic");
        assert!(
            parse_check_line(file, line).is_some_and(|(_, _, s, _)| s == "error"),
            "{what}: {line}"
        );
    }
}

#[test]
fn a_ten_megabyte_school_name_is_accepted() {
    let name = "Ш".repeat(5 * 1024 * 1024); // 2 bytes each: 10 MB
    let base = std::fs::read_to_string(corpus_path("valid-base.ron")).expect("base is readable");
    let input = base.replacen("\"School for 600 seats\"", &format!("\"{name}\""), 1);
    assert!(input.len() > 10 * 1024 * 1024);
    let loaded = load_str(&input).expect("a long name is still a scenario");
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
    assert_eq!(loaded.scenario.schools[0].name.len(), name.len());

    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("long-name.ron");
    std::fs::write(&path, &input).expect("write the file");
    let out = seatplan(&["check", path.to_str().expect("temp path is UTF-8")]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(out.stdout.is_empty() && out.stderr.is_empty(), "{out:?}");
}

#[test]
fn a_file_over_50_mb_is_refused_before_parsing() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("huge.ron");
    // A sparse file: its size is over the limit without writing 50 MB. It is
    // all NUL bytes, so had it been parsed the message would be about NUL.
    let f = std::fs::File::create(&path).expect("create the file");
    f.set_len(MAX_FILE_BYTES + 1).expect("size the file");
    drop(f);

    let err = load_path(&path).expect_err("too large");
    assert!(matches!(err, LoadError::Read { .. }), "{err:?}");
    let message = err.to_string();
    assert!(message.contains("huge.ron"), "{message}");
    assert!(
        message.contains("the file is 51 MB, over the 50 MB limit for scenario files"),
        "{message}"
    );

    // The same limit holds for bytes that come from elsewhere (drag and drop).
    let bytes = vec![b' '; usize::try_from(MAX_FILE_BYTES).expect("fits") + 1];
    let d = load_bytes(&bytes).expect_err("too large");
    assert!(
        d[0].english().contains("over the 50 MB limit"),
        "{}",
        d[0].english()
    );

    let file = path.to_str().expect("temp path is UTF-8");
    let out = seatplan(&["check", file]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(out.stdout.is_empty(), "{out:?}");
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with(&format!(
            "{file}: error: cannot read {file}: the file is 51 MB"
        )),
        "{stderr}"
    );
}

/// Every prefix of a valid file, and the file with any one character
/// deleted, gives diagnostics pointing inside the text, never a panic.
#[test]
fn every_prefix_and_every_one_character_deletion_is_handled() {
    let base = std::fs::read_to_string(corpus_path("valid-base.ron")).expect("base is readable");
    let cuts: Vec<usize> = base.char_indices().map(|(i, _)| i).collect();
    let mut inputs: Vec<String> = cuts.iter().map(|&i| base[..i].to_owned()).collect();
    for (&i, c) in cuts.iter().zip(base.chars()) {
        inputs.push(format!("{}{}", &base[..i], &base[i + c.len_utf8()..]));
    }
    for input in &inputs {
        let diagnostics = match load_str(input) {
            Ok(l) => l.diagnostics,
            Err(d) => {
                assert_eq!(d.len(), 1, "{input}");
                d
            }
        };
        let lines: Vec<&str> = input.split('\n').collect();
        for d in diagnostics {
            let p = d
                .position
                .unwrap_or_else(|| panic!("no position: {d:?}\n{input}"));
            let line = lines
                .get(p.line - 1)
                .unwrap_or_else(|| panic!("{p} past the end: {d:?}\n{input}"));
            assert!(
                p.column <= line.chars().count() + 1,
                "{p} past the line end: {d:?}\n{input}"
            );
        }
    }
}

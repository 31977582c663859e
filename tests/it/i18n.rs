//! Translations: every key in every language, plural rules, number formats,
//! and no UI string that bypasses the translation files.

use seatplan::i18n::DiagnosticText;
use std::collections::BTreeSet;

use seatplan::i18n::{Arg, Lang, SOURCES, diagnostic_text, message_ids, num_in, tr_in};

fn ids(lang: Lang) -> BTreeSet<String> {
    let (_, source) = SOURCES.iter().find(|(l, _)| *l == lang).expect("source");
    let ids = message_ids(source).unwrap_or_else(|e| panic!("{lang:?}: parse error {e}"));
    let set: BTreeSet<String> = ids.iter().cloned().collect();
    assert_eq!(set.len(), ids.len(), "{lang:?}: a message is defined twice");
    set
}

#[test]
fn every_key_exists_in_every_language() {
    let en = ids(Lang::En);
    for lang in [Lang::Kk, Lang::Ru] {
        let other = ids(lang);
        let missing: Vec<_> = en.difference(&other).collect();
        let extra: Vec<_> = other.difference(&en).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang:?} has keys English lacks: {extra:?}"
        );
    }
}

/// Every `tr("…")` / `tr_args("…"` key written in the source exists in English
/// (and so, by the test above, everywhere).
#[test]
fn every_key_used_in_the_code_is_defined() {
    let en = ids(Lang::En);
    let mut used = BTreeSet::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("read file");
                // A diagnostic's key is a `"diag-…"` literal (`Diagnostic::error`).
                for (call, keep) in [
                    ("tr(\"", ""),
                    ("tr_args(\"", ""),
                    ("tr_in(lang, \"", ""),
                    ("\"diag-", "diag-"),
                ] {
                    for (i, _) in text.match_indices(call) {
                        // A call, not the tail of `push_str("`.
                        let before = text[..i].chars().next_back();
                        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                            continue;
                        }
                        let rest = &text[i + call.len()..];
                        if let Some(end) = rest.find('"') {
                            let key = format!("{keep}{}", &rest[..end]);
                            used.insert((key, path.display().to_string()));
                        }
                    }
                }
            }
        }
    }
    assert!(
        used.len() > 50,
        "the scan found too few keys: {}",
        used.len()
    );
    let missing: Vec<_> = used.iter().filter(|(k, _)| !en.contains(k)).collect();
    assert!(missing.is_empty(), "keys used but not defined: {missing:?}");
}

fn count(lang: Lang, n: i64) -> String {
    tr_in(
        lang,
        "school-count",
        &[("count", Arg::Count(n)), ("n", num_in(lang, n).into())],
    )
}

#[test]
fn russian_and_kazakh_plurals() {
    assert_eq!(count(Lang::Ru, 1), "1 школа");
    assert_eq!(count(Lang::Ru, 2), "2 школы");
    assert_eq!(count(Lang::Ru, 5), "5 школ");
    assert_eq!(count(Lang::Ru, 21), "21 школа");
    assert_eq!(count(Lang::Ru, 22), "22 школы");
    assert_eq!(count(Lang::Ru, 11), "11 школ");
    assert_eq!(count(Lang::Ru, 1_000), "1\u{202F}000 школ");
    assert_eq!(count(Lang::Kk, 1), "1 мектеп");
    assert_eq!(count(Lang::Kk, 5), "5 мектеп");
    assert_eq!(count(Lang::En, 1), "1 school");
    assert_eq!(count(Lang::En, 2), "2 schools");
    assert_eq!(count(Lang::En, 1_000), "1,000 schools");
}

#[test]
fn numbers_are_grouped_by_language_and_years_never() {
    assert_eq!(num_in(Lang::Kk, 23_000), "23\u{202F}000");
    assert_eq!(num_in(Lang::Ru, 23_000), "23\u{202F}000");
    assert_eq!(num_in(Lang::En, 23_000), "23,000");
    for lang in Lang::ALL {
        let text = tr_in(lang, "headline-horizon", &[("year", Arg::from(2029))]);
        assert!(text.contains("2029"), "{lang:?}: {text}");
        let text = tr_in(lang, "not-closed-by", &[("year", Arg::from(2029))]);
        assert!(
            text.contains("2029") && !text.contains('\u{2068}'),
            "{lang:?}: {text}"
        );
    }
}

#[test]
fn translations_differ_where_they_should() {
    assert_eq!(tr_in(Lang::Kk, "whole-country", &[]), "Бүкіл ел");
    assert_eq!(tr_in(Lang::Ru, "whole-country", &[]), "Вся страна");
    assert_eq!(tr_in(Lang::En, "whole-country", &[]), "Whole country");
    // Kazakh text uses the Kazakh letters, not look-alikes.
    assert!(tr_in(Lang::Kk, "regions-heading", &[]).contains('Ө'));
}

/// A scenario with every validation problem the engine reports.
const EVERY_PROBLEM: &str = r#"Scenario(format: 2, name: "x", base_year: 2023, horizon: 2029,
    regions: [
        (id: "North", name: (), kind: Oblast, deficit: {2025: 700, 2027: 900}),
        (id: "North", name: (en: "n"), kind: Oblast, deficit: {}),
    ],
    schools: [
        (id: "a", name: "a", region: "nowhere", seats: 0, opens: 2022, status: Planned),
        (id: "a", name: "b", region: "North", seats: 6000, opens: 2031, status: Planned),
        (id: "c", name: "c", region: "North", seats: 300, replaces: 400, opens: 2024, status: Planned),
    ])"#;

/// Every problem of a region planned by district (docs/scenario-format.md,
/// "Districts").
const EVERY_DISTRICT_PROBLEM: &str = r#"Scenario(format: 1, name: "x", base_year: 2023, horizon: 2029,
    regions: [
        (id: "a", name: (en: "a"), kind: City, districts: []),
        (id: "b", name: (en: "b"), kind: City, districts: [
            (id: "B 1", name: (), deficit: {2025: 700, 2027: 900}),
            (id: "B 1", name: (en: "x"), deficit: {}),
            (id: "c", name: (en: "c")),
            (id: "d", name: (en: "d"), deficit: {2023: 1},
                demand: (capacity: 1, shifts: 1, births: {2017: 1}, pupils: {2023: 1})),
        ]),
    ],
    schools: [
        (id: "s1", name: "s", region: "b", seats: 1, opens: 2024, status: Planned),
        (id: "s2", name: "s", region: "b", district: "zz", seats: 1, opens: 2024, status: Planned),
    ])"#;

/// Every `assumptions` problem: planned shares out of range (1.5 and -0.5),
/// under-construction shares adding up to 0.5 + 0.3 + 0.1 = 0.9, a school
/// size of 0, a price of 0 tenge, and negative forecast errors.
const BAD_ASSUMPTIONS: &str = r#"Scenario(format: 1, name: "x", base_year: 2023, horizon: 2029,
    assumptions: (
        delay: (
            planned: (on_time: 1.5, one_year: -0.5),
            under_construction: (on_time: 0.5, one_year: 0.3, two_years: 0.1),
        ),
        cost_per_seat: {0: 5000, 1200: 0},
        demand_error: [2, -1],
        deficit_error: -5,
    ),
    regions: [], schools: [])"#;

const EMPTY_PRICES: &str = r#"Scenario(format: 1, name: "x", base_year: 2023, horizon: 2029,
    assumptions: (cost_per_seat: {}), regions: [], schools: [])"#;

/// Every validation message is produced by some file and reads differently
/// in Russian: a new `diag-` key without a test file or a translation fails
/// here.
#[test]
fn every_diagnostic_is_exercised_and_translated() {
    let mut codes = BTreeSet::new();
    for text in [
        EVERY_PROBLEM,
        EVERY_DISTRICT_PROBLEM,
        BAD_ASSUMPTIONS,
        EMPTY_PRICES,
        r#"Scenario(format: 1, name: "x", base_year: 2023, horizon: 2080, regions: [], schools: [])"#,
        r#"Scenario(format: 1, name: "x", base_year: 2030, horizon: 2029, regions: [], schools: [])"#,
        r#"Scenario(format: 1, name: "x", base_year: 2023, horizon: 2029, regions: [], schools: [],
            review: (approved: (by: "Deputy akim", on: "2026-11-25", digest: "sha256:00")))"#,
        r#"Scenario(format: 1, name: "x", base_year: 2023, horizon: 2029, schools: [],
            regions: [(id: "a", name: (en: "A"), kind: City, deficit: {2023: 1},
                review: (approved: (by: "Deputy akim", on: "2026-11-25", digest: "sha256:00")))])"#,
    ] {
        let loaded = seatplan::io::load_str(text).expect("parses");
        for d in &loaded.diagnostics {
            let code = d.code;
            codes.insert(code);
            let english = d.english();
            let russian = diagnostic_text(code, &d.args, Lang::Ru, false);
            assert_ne!(russian, english, "{code} is translated");
        }
    }
    // The one rule that asks the date (the window adds it, `check` does not).
    let commissioned = seatplan::io::load_str(
        r#"Scenario(format: 1, name: "x", base_year: 2023, horizon: 2029,
            regions: [(id: "a", name: (en: "A"), kind: City, deficit: {2023: 1})],
            schools: [(id: "s", name: "S", region: "a", seats: 10, opens: 2028,
                status: Commissioned)])"#,
    )
    .expect("parses");
    for d in seatplan::model::validate_on(&commissioned.scenario, 2026) {
        codes.insert(d.code);
        let russian = diagnostic_text(d.code, &d.args, Lang::Ru, false);
        assert_ne!(russian, d.english(), "{} is translated", d.code);
    }
    codes.extend(crate::demand::every_demand_problem_codes());
    codes.extend(crate::stock::every_stock_problem_codes());
    codes.extend(crate::housing::every_housing_problem_codes());
    let defined: BTreeSet<String> = ids(Lang::En)
        .into_iter()
        .filter(|k| k.starts_with("diag-"))
        .collect();
    let seen: BTreeSet<String> = codes.iter().map(|c| (*c).to_owned()).collect();
    assert_eq!(seen, defined, "every validation message is exercised");
}

/// The `assumptions` messages read in kk and ru with every argument filled
/// in; the figures of the file appear as written.
#[test]
fn assumption_messages_are_translated() {
    let mut diagnostics = seatplan::io::load_str(BAD_ASSUMPTIONS)
        .expect("parses")
        .diagnostics;
    diagnostics.extend(
        seatplan::io::load_str(EMPTY_PRICES)
            .expect("parses")
            .diagnostics,
    );
    let codes: Vec<&str> = diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(
        codes,
        [
            "diag-assumptions-share-range",
            "diag-assumptions-share-range",
            "diag-assumptions-share-sum",
            "diag-assumptions-size-range",
            "diag-assumptions-price-range",
            "diag-assumptions-error-negative",
            "diag-assumptions-error-negative",
            "diag-assumptions-cost-empty",
        ]
    );
    for d in &diagnostics {
        let code = d.code;
        for lang in [Lang::Kk, Lang::Ru] {
            let text = diagnostic_text(code, &d.args, lang, false);
            assert!(
                !text.contains("{$") && !text.contains("{ $") && !text.contains(code),
                "{code} in {lang:?}: {text}"
            );
            assert_ne!(text, d.english(), "{code} is not translated into {lang:?}");
        }
    }
    // The sum: 0.5 + 0.3 + 0.1 is 0.9000000000000001 in f64, shown as 0.9.
    let sum = &diagnostics[2];
    assert_eq!(
        diagnostic_text("diag-assumptions-share-sum", &sum.args, Lang::Ru, false),
        "assumptions.delay.under_construction: on_time 0.5 + one_year 0.3 + two_years 0.1 = \
         0.9, а сумма трёх долей должна быть равна 1 (доли школ со статусом \
         UnderConstruction, которые открываются вовремя, на год позже и на два года позже); \
         исправьте их или удалите `under_construction`, чтобы взять значения по умолчанию"
    );
    let range = &diagnostics[0];
    assert_eq!(
        diagnostic_text("diag-assumptions-share-range", &range.args, Lang::Kk, false),
        "assumptions.delay.planned.on_time мәні 1.5: мектептердің үлесі — 0 мен 1 \
         аралығындағы сан, мысалы 0.25"
    );
    // In the window numbers are grouped: the 1 000 000-seat limit.
    let size = &diagnostics[3];
    assert!(
        diagnostic_text("diag-assumptions-size-range", &size.args, Lang::Ru, true)
            .contains("от 1 до 1\u{202F}000\u{202F}000"),
    );
}

/// Every message of the file reader renders in kk and ru with all its
/// arguments filled in, for every file of the hostile corpus.
#[test]
fn file_reader_messages_are_translated() {
    let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus"));
    let mut seen = BTreeSet::new();
    for entry in std::fs::read_dir(dir).expect("corpus") {
        let path = entry.expect("entry").path();
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let diagnostics = match seatplan::io::load_bytes(&bytes) {
            Ok(l) => l.diagnostics,
            Err(d) => d,
        };
        for d in diagnostics {
            // Every diagnostic has a translation key: `code` is not optional.
            let code = d.code;
            seen.insert(code);
            for lang in [Lang::Kk, Lang::Ru] {
                let text = diagnostic_text(code, &d.args, lang, false);
                assert!(
                    !text.contains("{$") && !text.contains("{ $"),
                    "{code}: {text}"
                );
                assert_ne!(text, d.english(), "{code} is not translated into {lang:?}");
            }
        }
    }
    assert!(
        seen.len() > 25,
        "the corpus exercised only {} messages",
        seen.len()
    );
}

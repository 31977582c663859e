//! The fast reader for seatplan's own layout (`seatplan::io::fast_parse`)
//! against the RON parser (`seatplan::io::ron_parse`): whatever the fast
//! reader accepts, RON reads to the same value; whatever differs from the
//! writer's layout, it refuses, and the loader's answer is RON's.

use std::collections::BTreeMap;
use std::path::Path;

use proptest::prelude::*;
use seatplan::io::{fast_parse, load_str, ron_parse, to_ron_string};
use seatplan::model::{
    Funding, LocalizedName, Region, RegionKind, Scenario, School, SchoolStatus, SeatUnit,
};

use crate::common::root;
use crate::properties::{Mutation, apply, config, mutation, scenario};

/// The fast reader's answer must be RON's, or no answer.
fn assert_agrees(text: &str, what: &str) {
    if let Some(fast) = fast_parse(text) {
        match ron_parse(text) {
            Ok(ron) => assert_eq!(fast, ron, "{what}: the two readers differ"),
            Err(e) => panic!("{what}: the fast reader accepts what RON refuses ({e})\n{text}"),
        }
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn writer_output_reads_the_same_fast_and_with_ron(s in scenario()) {
        let text = to_ron_string(&s);
        let ron = ron_parse(&text);
        prop_assert_eq!(ron.as_ref().ok(), Some(&s), "RON reads the writer's text back\n{}", text);
        let fast = fast_parse(&text);
        // What the fast reader leaves to RON on purpose: assumptions (floats)
        // and anything the writer gained after it (demand, districts).
        let plain = s.assumptions.is_none()
            && s.regions.iter().all(|r| r.demand.is_none() && r.districts.is_none());
        if plain {
            prop_assert_eq!(fast.as_ref(), Some(&s), "the fast reader reads it back\n{}", text);
        } else {
            prop_assert!(fast.is_none());
        }
    }
}

/// Damage aimed at the fast reader's rules: numbers RON writes other ways,
/// escapes the writer never uses, whitespace and line endings.
const FAST_TOKENS: &[&str] = &[
    "-0",
    "00",
    "0",
    "1_0",
    "+1",
    "0x1",
    "0b1",
    "1.",
    ".5",
    "e5",
    "\\u{41}",
    "\\u{D800}",
    "\\u{110000}",
    "\\u{0000041}",
    "\\u{}",
    "\\x41",
    "\\'",
    "\\\n",
    "\\\"",
    "\\\\",
    "\\0",
    "\u{1b}",
    "\n",
    "\r",
    "\t",
    " ",
    ", ",
    ": ",
    ",\n",
    "Some(",
    "None",
    "r#",
    "r\"",
    "#",
    "/*",
    "//",
    "{}",
    "()",
    "kk: \"x\"",
    "ru: \"\", ",
    "    ",
    "        ),\n",
    "true",
    "false",
    "illustrative: true,\n",
    "replaces: 0,\n",
    "Other",
    "Ppp",
    "2023: 1, ",
];

/// Where damage lands most often unnoticed: just after a field's colon (the
/// start of a value), a quote (inside a string), a brace or a separator.
const ANCHORS: &[&str] = &[": ", "\"", "{", ", ", "("];

#[derive(Debug, Clone)]
enum Damage {
    Anywhere(Mutation),
    /// `token` after the `nth` occurrence (modulo their count) of `anchor`.
    After {
        anchor: usize,
        nth: usize,
        token: usize,
    },
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        1 => mutation().prop_map(Damage::Anywhere),
        1 => (any::<usize>(), 0..FAST_TOKENS.len()).prop_map(|(at, t)| {
            Damage::Anywhere(Mutation::InsertBytes { at, bytes: FAST_TOKENS[t].as_bytes().to_vec() })
        }),
        4 => (0..ANCHORS.len(), any::<usize>(), 0..FAST_TOKENS.len())
            .prop_map(|(anchor, nth, token)| Damage::After { anchor, nth, token }),
    ]
}

fn inflict(bytes: &mut Vec<u8>, d: &Damage) {
    match d {
        Damage::Anywhere(m) => apply(bytes, m),
        Damage::After { anchor, nth, token } => {
            let anchor = ANCHORS[*anchor].as_bytes();
            let ends: Vec<usize> = bytes
                .windows(anchor.len())
                .enumerate()
                .filter(|(_, w)| *w == anchor)
                .map(|(i, _)| i + anchor.len())
                .collect();
            if let Some(&at) = ends.get(nth % ends.len().max(1)) {
                bytes.splice(at..at, FAST_TOKENS[*token].bytes());
            }
        }
    }
}

proptest! {
    #![proptest_config(config(2048))]

    #[test]
    fn damaged_writer_output_is_refused_or_read_as_ron_reads_it(
        s in scenario(),
        keep_assumptions in prop::bool::weighted(0.2),
        damages in prop::collection::vec(damage(), 1..3),
    ) {
        let mut s = s;
        if !keep_assumptions {
            s.assumptions = None;
        }
        let mut bytes = to_ron_string(&s).into_bytes();
        for d in &damages {
            inflict(&mut bytes, d);
        }
        if let Ok(text) = std::str::from_utf8(&bytes) {
            assert_agrees(text, "damaged writer output");
        }
    }
}

fn ron_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("the folder exists")
        .map(|e| e.expect("a readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_corpus_and_shipped_file_is_refused_or_read_as_ron_reads_it() {
    let mut files = ron_files(&root().join("tests/corpus"));
    files.extend(ron_files(&root().join("scenarios")));
    assert!(files.len() > 40, "the corpus is found: {files:?}");
    for path in &files {
        let bytes = std::fs::read(path).expect("readable");
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        if let Ok(text) = std::str::from_utf8(bytes) {
            assert_agrees(text, &path.display().to_string());
        }
    }
}

#[test]
fn shipped_scenarios_saved_by_seatplan_take_the_fast_path() {
    // The shipped files carry comments, so RON reads them; once saved by the
    // app they are in the writer's layout and the fast reader takes them.
    // Demand, districts and assumptions are left to RON on purpose.
    let mut fast = Vec::new();
    for path in ron_files(&root().join("scenarios")) {
        let text = std::fs::read_to_string(&path).expect("readable");
        assert_eq!(fast_parse(&text), None, "{} has comments", path.display());
        let scenario = ron_parse(&text).expect("a shipped scenario parses");
        let plain = scenario.assumptions.is_none()
            && (scenario.regions.iter()).all(|r| r.demand.is_none() && r.districts.is_none());
        let saved = to_ron_string(&scenario);
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        if plain {
            assert_eq!(fast_parse(&saved), Some(scenario), "{name:?}");
            fast.extend(name);
        } else {
            assert_eq!(fast_parse(&saved), None, "{name:?}");
        }
    }
    // The national file; the city files are planned by district.
    assert_eq!(fast, ["kazakhstan-2023-2029.ron"]);
}

/// Every kind of value the writer emits, at the edges of its type; the
/// expected scenario is written out by hand from the text.
const EDGES: &str = r#"Scenario(
    format: 1,
    name: "Quote \" backslash \\ tab \t nul \0 esc \u{1b} del \u{7f} қала",
    description: "line one\nline two\r",
    base_year: 2023,
    horizon: 2029,
    seat_unit: TwoShift,
    regions: [
        Region(
            id: "a",
            name: (ru: "Алматы"),
            kind: City,
            deficit: {-1: -5, 2029: 9223372036854775807},
            illustrative: true,
        ),
        Region(
            id: "b",
            name: (),
            kind: Oblast,
            deficit: {},
            source: "",
        ),
    ],
    schools: [
        School(
            id: "s1",
            name: "S",
            region: "a",
            district: "D",
            seats: 4294967295,
            replaces: 300,
            opens: -2147483648,
            status: UnderConstruction,
            funding: ComfortableSchool,
            source: "roadmap",
        ),
        School(
            id: "s2",
            name: "",
            region: "b",
            seats: 0,
            opens: 0,
            status: Commissioned,
        ),
    ],
)
"#;

fn edges_expected() -> Scenario {
    let school = |id: &str, region: &str, status| School {
        id: id.into(),
        name: String::new(),
        region: region.into(),
        district: None,
        seats: 0,
        replaces: 0,
        opens: 0,
        status,
        funding: None,
        source: None,
        replaces_existing: None,
    };
    Scenario {
        format: 1,
        name: "Quote \" backslash \\ tab \t nul \0 esc \u{1b} del \u{7f} қала".into(),
        description: Some("line one\nline two\r".into()),
        base_year: 2023,
        horizon: 2029,
        seat_unit: SeatUnit::TwoShift,
        assumptions: None,
        regions: vec![
            Region {
                id: "a".into(),
                name: LocalizedName {
                    kk: None,
                    ru: Some("Алматы".into()),
                    en: None,
                },
                kind: RegionKind::City,
                deficit: Some(BTreeMap::from([(-1, -5), (2029, i64::MAX)])),
                demand: None,
                districts: None,
                illustrative: true,
                source: None,
            },
            Region {
                id: "b".into(),
                name: LocalizedName::default(),
                kind: RegionKind::Oblast,
                deficit: Some(BTreeMap::new()),
                demand: None,
                districts: None,
                illustrative: false,
                source: Some(String::new()),
            },
        ],
        schools: vec![
            School {
                name: "S".into(),
                district: Some("D".into()),
                seats: u32::MAX,
                replaces: 300,
                opens: i32::MIN,
                funding: Some(Funding::ComfortableSchool),
                source: Some("roadmap".into()),
                ..school("s1", "a", SchoolStatus::UnderConstruction)
            },
            school("s2", "b", SchoolStatus::Commissioned),
        ],
        existing: Vec::new(),
    }
}

#[test]
fn the_writers_values_at_their_edges_read_the_same_both_ways() {
    let expected = edges_expected();
    assert_eq!(ron_parse(EDGES).ok(), Some(expected.clone()));
    assert_eq!(fast_parse(EDGES), Some(expected.clone()));
    // The text is the writer's own: saving the value gives it back.
    assert_eq!(to_ron_string(&expected), EDGES);
    // Not the writer's choice, but read the same way by both: U+0053 is "S".
    let escaped = EDGES.replacen("name: \"S\",", "name: \"\\u{53}\",", 1);
    assert_eq!(fast_parse(&escaped), Some(expected.clone()));
    assert_eq!(ron_parse(&escaped).ok(), Some(expected));
}

#[test]
fn anything_but_the_writers_layout_is_left_to_ron() {
    let edits: &[(&str, &str)] = &[
        ("Scenario(", "// a comment\nScenario("),
        ("\n", "\r\n"),
        ("    format: 1,", "\tformat: 1,"),
        ("format: 1,", "format: 1 ,"),
        ("format: 1,", "format:1,"),
        ("format: 1,", "format: +1,"),
        ("format: 1,", "format: 0x1,"),
        ("format: 1,", "format: 01,"),
        ("opens: 0,", "opens: -0,"),
        ("seats: 0,", "seats: 1_000,"),
        ("seats: 4294967295,", "seats: 4294967296,"),
        ("description: \"line one", "description: Some(\"line one"),
        ("name: \"S\",", "name: r\"S\","),
        ("name: \"S\",", "name: \"\\x53\","),
        ("name: \"S\",", "name: \"\\u{5A}\","),
        ("name: \"S\",", "name: \"S\\\n   \","),
        ("name: \"S\",", "name: \"S\nS\","),
        (
            "name: (ru: \"Алматы\")",
            "name: LocalizedName(ru: \"Алматы\")",
        ),
        ("name: (ru: \"Алматы\")", "name: (ru: \"Алматы\",)"),
        ("{-1: -5, 2029:", "{2029: 1, -1: -5, 2029:"),
        ("{-1: -5, 2029:", "{-1: -5, -1: 7, 2029:"),
        ("            kind: City,\n", ""),
        ("            seats: 0,\n", "            seets: 0,\n"),
        (
            "            kind: Oblast,\n",
            "            kind: Oblast,\n            demand: (capacity: 1, shifts: 1, births: {}),\n",
        ),
        (
            "    seat_unit: TwoShift,\n",
            "    seat_unit: TwoShift,\n    assumptions: (),\n",
        ),
        ("    horizon: 2029,\n    seat_unit", "    seat_unit"),
        ("status: Commissioned,", "status: r#Commissioned,"),
        (
            "funding: ComfortableSchool,",
            "funding: Some(ComfortableSchool),",
        ),
        ("illustrative: true,", "illustrative: false ,"),
        ("],\n)\n", "],\n)"),
        ("],\n)\n", "],\n)\n\n"),
        ("],\n)\n", "],\n) // end\n"),
    ];
    for (from, to) in edits {
        assert!(EDGES.contains(from), "{from:?} is in the base text");
        let text = EDGES.replacen(from, to, 1);
        assert_eq!(fast_parse(&text), None, "{to:?} is refused");
        // The loader's answer is RON's: the same scenario, or RON's error.
        match (load_str(&text), ron_parse(&text)) {
            (Ok(loaded), Ok(ron)) => assert_eq!(loaded.scenario, ron, "{to:?}"),
            (Err(diags), Err(_)) => assert!(!diags.is_empty(), "{to:?}"),
            (l, r) => panic!("{to:?}: loader {:?} but RON {:?}", l.is_ok(), r.is_ok()),
        }
    }
}

#[test]
fn problems_in_a_file_read_fast_keep_their_line_and_column() {
    // The corpus file has a comment (RON reads it); saved by seatplan, the
    // same scenario is read fast. `region: "nrth"` is on line 19 of both
    // (the comment line there, the `seat_unit` line here), so every
    // diagnostic, position included, is the same.
    let corpus =
        std::fs::read_to_string(root().join("tests/corpus/unknown-region.ron")).expect("readable");
    assert_eq!(fast_parse(&corpus), None);
    let by_ron = load_str(&corpus).expect("parses");
    let saved = to_ron_string(&by_ron.scenario);
    assert!(fast_parse(&saved).is_some());
    let by_fast = load_str(&saved).expect("parses");
    assert_eq!(by_fast.scenario, by_ron.scenario);
    assert!(!by_fast.diagnostics.is_empty());
    assert_eq!(
        by_fast
            .diagnostics
            .first()
            .and_then(|d| d.position)
            .map(|p| p.line),
        Some(19)
    );
    assert_eq!(by_fast.diagnostics, by_ron.diagnostics);
}

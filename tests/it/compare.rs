//! `compare` worked out by hand: regions matched by id, the union of the
//! years, regions in only one file, and the Design / TwoShift conversion.

use crate::common::seatplan;

use seatplan::io::load_str;
use seatplan::model::{
    ComparisonRow, Scenario, SeatUnit, WhatIf, compare, compare_projections, compare_with, project,
};

/// A: 2023–2026, Design.
/// - x: deficit 1 000; 400 seats in 2024 → shortfall 1000, 600, 600, 600
/// - y: deficit 500; 600 seats in 2025 → shortfall 500, 500, 0, 0
/// - only-a: deficit 300, no schools → 300 every year
const A: &str = r#"Scenario(format: 1, name: "A", base_year: 2023, horizon: 2026,
    regions: [
        (id: "x", name: (en: "X"), kind: Oblast, deficit: {2023: 1000}),
        (id: "y", name: (en: "Y"), kind: Oblast, deficit: {2023: 500}),
        (id: "only-a", name: (en: "A only"), kind: City, deficit: {2023: 300}),
    ],
    schools: [
        (id: "x1", name: "x1", region: "x", seats: 400, opens: 2024, status: Commissioned),
        (id: "y1", name: "y1", region: "y", seats: 600, opens: 2025, status: Planned),
    ],
)"#;

/// B: 2024–2027, Design, regions in another order.
/// - y: deficit 500; 200 seats in 2024 → shortfall 300 every year
/// - only-b: deficit 100, no schools → 100 every year
/// - x: deficit 1 000; 1 000 seats in 2026 → shortfall 1000, 1000, 0, 0
const B: &str = r#"Scenario(format: 1, name: "B", base_year: 2024, horizon: 2027,
    regions: [
        (id: "y", name: (en: "Y"), kind: Oblast, deficit: {2024: 500}),
        (id: "only-b", name: (en: "B only"), kind: City, deficit: {2024: 100}),
        (id: "x", name: (en: "X"), kind: Oblast, deficit: {2024: 1000}),
    ],
    schools: [
        (id: "y1", name: "y1", region: "y", seats: 200, opens: 2024, status: Commissioned),
        (id: "x1", name: "x1", region: "x", seats: 1000, opens: 2026, status: UnderConstruction),
    ],
)"#;

fn load(text: &str) -> Scenario {
    let loaded = load_str(text).expect("parses");
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    loaded.scenario
}

fn row(year: i32, a: Option<i64>, b: Option<i64>) -> ComparisonRow {
    ComparisonRow {
        year,
        shortfall_a: a,
        shortfall_b: b,
    }
}

#[test]
fn regions_by_id_years_over_the_union_and_zero_for_a_missing_region() {
    let c = compare(&load(A), &load(B));
    assert_eq!(c.years, [2023, 2024, 2025, 2026, 2027]);
    let ids: Vec<_> = c.regions.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        ["x", "y", "only-a", "only-b"],
        "A's order, then B-only"
    );
    assert_eq!(c.only_in_a, ["only-a"]);
    assert_eq!(c.only_in_b, ["only-b"]);
    assert_eq!((c.unit, c.converted()), (SeatUnit::Design, false));

    let x = c.region("x").expect("x");
    assert_eq!((x.in_a, x.in_b), (Some(0), Some(2)));
    assert_eq!(
        x.rows,
        [
            row(2023, Some(1000), None), // 2023 is not one of B's years
            row(2024, Some(600), Some(1000)),
            row(2025, Some(600), Some(1000)),
            row(2026, Some(600), Some(0)),
            row(2027, None, Some(0)), // nor 2027 one of A's
        ]
    );
    let diffs: Vec<_> = x.rows.iter().map(ComparisonRow::difference).collect();
    assert_eq!(diffs, [None, Some(400), Some(400), Some(-600), None]);

    let only_b = c.region("only-b").expect("only-b");
    assert_eq!((only_b.in_a, only_b.in_b), (None, Some(1)));
    assert_eq!(
        only_b.rows,
        [
            row(2023, Some(0), None),
            row(2024, Some(0), Some(100)),
            row(2025, Some(0), Some(100)),
            row(2026, Some(0), Some(100)),
            row(2027, None, Some(100)),
        ]
    );
    // Totals: A = x + y + only-a (+ 0 for only-b): 1800, 1400, 900, 900;
    // B = 300 + 100 + x: 1400, 1400, 400, 400 (2024–2027).
    assert_eq!(
        c.total,
        [
            row(2023, Some(1800), None),
            row(2024, Some(1400), Some(1400)),
            row(2025, Some(900), Some(1400)),
            row(2026, Some(900), Some(400)),
            row(2027, None, Some(400)),
        ]
    );
}

#[test]
fn a_file_compared_with_itself_differs_by_zero() {
    let c = compare(&load(A), &load(A));
    assert!(c.only_in_a.is_empty() && c.only_in_b.is_empty());
    for r in &c.regions {
        assert!(
            r.rows.iter().all(|row| row.difference() == Some(0)),
            "{r:?}"
        );
    }
}

/// A (Design) 2023–2024: r deficit 1 000, 400 seats in 2024 → 1000, 600;
/// s deficit 0 → 0, 0.
/// B (TwoShift): r deficit 2 001 places, 1 000 places in 2024 → 2001, 1001
/// places → halved: 1000.5 → 1001, 500.5 → 501 design seats (halves away from
/// zero); s deficit 3 places → 1.5 → 2.
const DESIGN: &str = r#"Scenario(format: 1, name: "D", base_year: 2023, horizon: 2024,
    regions: [
        (id: "r", name: (en: "R"), kind: Oblast, deficit: {2023: 1000}),
        (id: "s", name: (en: "S"), kind: Oblast, deficit: {2023: 0}),
    ],
    schools: [(id: "r1", name: "r1", region: "r", seats: 400, opens: 2024, status: Planned)],
)"#;
const TWO_SHIFT: &str = r#"Scenario(format: 1, name: "T", base_year: 2023, horizon: 2024,
    seat_unit: TwoShift,
    regions: [
        (id: "r", name: (en: "R"), kind: Oblast, deficit: {2023: 2001}),
        (id: "s", name: (en: "S"), kind: Oblast, deficit: {2023: 3}),
    ],
    schools: [(id: "r1", name: "r1", region: "r", seats: 1000, opens: 2024, status: Planned)],
)"#;

#[test]
fn two_shift_places_are_halved_to_design_seats() {
    let c = compare(&load(DESIGN), &load(TWO_SHIFT));
    assert_eq!(c.unit, SeatUnit::Design);
    assert_eq!((c.unit_a, c.unit_b), (SeatUnit::Design, SeatUnit::TwoShift));
    assert!(c.converted());
    let r = c.region("r").expect("r");
    assert_eq!(
        r.rows,
        [
            row(2023, Some(1000), Some(1001)),
            row(2024, Some(600), Some(501))
        ]
    );
    let s = c.region("s").expect("s");
    assert_eq!(
        s.rows,
        [row(2023, Some(0), Some(2)), row(2024, Some(0), Some(2))]
    );
    // Totals add the converted regions: 1001 + 2, 501 + 2.
    assert_eq!(
        c.total,
        [
            row(2023, Some(1000), Some(1003)),
            row(2024, Some(600), Some(503))
        ]
    );
    // Either way round: A is the converted one now.
    let back = compare(&load(TWO_SHIFT), &load(DESIGN));
    assert_eq!(
        back.region("r").expect("r").rows[1],
        row(2024, Some(501), Some(600))
    );
}

#[test]
fn two_files_in_two_shift_places_stay_in_two_shift_places() {
    let c = compare(&load(TWO_SHIFT), &load(TWO_SHIFT));
    assert_eq!((c.unit, c.converted()), (SeatUnit::TwoShift, false));
    assert_eq!(
        c.region("r").expect("r").rows,
        [
            row(2023, Some(2001), Some(2001)),
            row(2024, Some(1001), Some(1001))
        ]
    );
}

#[test]
fn compare_with_applies_the_what_if_to_both_files() {
    // Only started: y1 of A (Planned) is left out → y: 500 every year.
    let c = compare_with(
        &load(A),
        &load(B),
        &WhatIf {
            delay_planned: 0,
            only_started: true,
            ..WhatIf::NONE
        },
    );
    let y = c.region("y").expect("y");
    assert_eq!(y.rows[2], row(2025, Some(500), Some(300)));
    // compare = compare_projections of the plain projections.
    let (a, b) = (load(A), load(B));
    assert_eq!(
        compare(&a, &b),
        compare_projections(&project(&a), a.seat_unit, &project(&b), b.seat_unit)
    );
}

fn files(texts: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in texts {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    dir
}

#[test]
fn cli_compare_prints_the_csv_and_warns_about_one_sided_regions() {
    let dir = files(&[("a.ron", A), ("b.ron", B)]);
    let a = dir.path().join("a.ron");
    let b = dir.path().join("b.ron");
    let out = seatplan(&[
        "compare",
        a.to_str().expect("path"),
        b.to_str().expect("path"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        String::from_utf8(out.stdout).expect("UTF-8"),
        "region,year,shortfall_a,shortfall_b,difference
x,2023,1000,,
x,2024,600,1000,400
x,2025,600,1000,400
x,2026,600,0,-600
x,2027,,0,
y,2023,500,,
y,2024,500,300,-200
y,2025,0,300,300
y,2026,0,300,300
y,2027,,300,
only-a,2023,300,,
only-a,2024,300,0,-300
only-a,2025,300,0,-300
only-a,2026,300,0,-300
only-a,2027,,0,
only-b,2023,0,,
only-b,2024,0,100,100
only-b,2025,0,100,100
only-b,2026,0,100,100
only-b,2027,,100,
"
    );
    let err = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(
        err.contains("warning: region \"only-a\" is only in")
            && err.contains("warning: region \"only-b\" is only in"),
        "{err}"
    );
    assert!(err.contains("covers 2023–2026"), "{err}");
}

#[test]
fn cli_compare_says_when_it_converts_units() {
    let dir = files(&[("d.ron", DESIGN), ("t.ron", TWO_SHIFT)]);
    let d = dir.path().join("d.ron");
    let t = dir.path().join("t.ron");
    let out = seatplan(&[
        "compare",
        d.to_str().expect("path"),
        t.to_str().expect("path"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        String::from_utf8(out.stdout).expect("UTF-8"),
        "region,year,shortfall_a,shortfall_b,difference
r,2023,1000,1001,1
r,2024,600,501,-99
s,2023,0,2,2
s,2024,0,2,2
"
    );
    let err = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(err.contains("TwoShift") && err.contains("halved"), "{err}");
    assert!(
        !err.contains("seatplan: warning"),
        "same regions and years: {err}"
    );
}

#[test]
fn cli_compare_exit_codes() {
    let broken = A.replace("format: 1", "format: 2");
    let dir = files(&[("a.ron", A), ("broken.ron", &broken)]);
    let a = dir.path().join("a.ron");
    let a = a.to_str().expect("path");
    let broken = dir.path().join("broken.ron");
    let out = seatplan(&["compare", a, broken.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1), "a file with errors: {out:?}");
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("format 2 is not supported"));
    let missing = dir.path().join("missing.ron");
    let out = seatplan(&["compare", missing.to_str().expect("path"), a]);
    assert_eq!(out.status.code(), Some(2), "an unreadable file: {out:?}");
    let out = seatplan(&["compare", a]);
    assert_eq!(out.status.code(), Some(2), "B missing: usage error");
}

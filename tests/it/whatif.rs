//! What-if views worked out by hand: `--delay N` (Planned schools open N
//! years later) and `--only-started` (Planned schools left out).

use crate::common::seatplan;

use seatplan::io::load_str;
use seatplan::model::{Projection, Scenario, WhatIf, project, project_with};

/// Base year 2023, horizon 2027.
/// - `a`: deficit 5 000 every year. Schools: c1 1 000 Commissioned 2023;
///   u1 1 500 UnderConstruction 2024; p1 2 000 Planned 2025; p2 800 replacing
///   300 (net 500) Planned 2026; p3 700 Planned 2022 (before base_year: not
///   counted as written).
/// - `b`: deficit 1 000 (2023) → 3 000 (2027), +500 a year. Schools: ub 600
///   UnderConstruction 2025; pb 1 200 Planned 2027.
pub const SMALL: &str = r#"Scenario(
    format: 1,
    name: "what-if, worked by hand",
    base_year: 2023,
    horizon: 2027,
    regions: [
        Region(id: "a", name: (en: "A"), kind: Oblast, deficit: {2023: 5000}),
        Region(id: "b", name: (en: "B"), kind: City, deficit: {2023: 1000, 2027: 3000}),
    ],
    schools: [
        School(id: "c1", name: "c1", region: "a", seats: 1000, opens: 2023, status: Commissioned),
        School(id: "u1", name: "u1", region: "a", seats: 1500, opens: 2024, status: UnderConstruction),
        School(id: "p1", name: "p1", region: "a", seats: 2000, opens: 2025, status: Planned),
        School(id: "p2", name: "p2", region: "a", seats: 800, replaces: 300, opens: 2026, status: Planned),
        School(id: "p3", name: "p3", region: "a", seats: 700, opens: 2022, status: Planned),
        School(id: "ub", name: "ub", region: "b", seats: 600, opens: 2025, status: UnderConstruction),
        School(id: "pb", name: "pb", region: "b", seats: 1200, opens: 2027, status: Planned),
    ],
)
"#;

fn small() -> Scenario {
    let loaded = load_str(SMALL).expect("parses");
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    loaded.scenario
}

fn shortfalls(p: &Projection, id: &str) -> Vec<i64> {
    p.region(id)
        .expect("region")
        .rows
        .iter()
        .map(|r| r.shortfall)
        .collect()
}

fn total_shortfalls(p: &Projection) -> Vec<i64> {
    p.total.iter().map(|r| r.shortfall).collect()
}

#[test]
fn as_written() {
    // a: opened 1000 (2023), 1500, 2000, 500, 0 → cumulative 1000, 2500, 4500, 5000, 5000
    //    shortfall 5000 − cumulative = 4000, 2500, 500, 0, 0
    // b: deficit 1000, 1500, 2000, 2500, 3000; opened 600 (2025), 1200 (2027)
    //    → cumulative 0, 0, 600, 600, 1800 → shortfall 1000, 1500, 1400, 1900, 1200
    let p = project(&small());
    assert_eq!(shortfalls(&p, "a"), [4000, 2500, 500, 0, 0]);
    assert_eq!(shortfalls(&p, "b"), [1000, 1500, 1400, 1900, 1200]);
    assert_eq!(p, project_with(&small(), &WhatIf::default()));
    assert!(WhatIf::default().is_none());
}

#[test]
fn delay_one_year_moves_planned_schools_only() {
    // Planned: p1 2025 → 2026, p2 2026 → 2027, p3 2022 → 2023 (now inside the
    // years: counted), pb 2027 → 2028 (after the horizon: not counted).
    // a: opened 1000 + 700 = 1700 (2023), 1500, 0, 2000, 500
    //    → cumulative 1700, 3200, 3200, 5200, 5700 → shortfall 3300, 1800, 1800, 0, 0
    //    (surplus 200 in 2026, 700 in 2027)
    // b: opened 600 (2025) only → shortfall 1000, 1500, 1400, 1900, 2400
    let p = project_with(
        &small(),
        &WhatIf {
            delay_planned: 1,
            only_started: false,
            ..WhatIf::NONE
        },
    );
    assert_eq!(shortfalls(&p, "a"), [3300, 1800, 1800, 0, 0]);
    let a = p.region("a").expect("a");
    assert_eq!(a.rows[3].surplus, 200);
    assert_eq!(a.rows[4].surplus, 700);
    assert_eq!(a.closing_year, Some(2026));
    assert_eq!(shortfalls(&p, "b"), [1000, 1500, 1400, 1900, 2400]);
    assert_eq!(total_shortfalls(&p), [4300, 3300, 3200, 1900, 2400]);
}

#[test]
fn delay_two_years() {
    // p1 → 2027, p2 → 2028 (out), p3 → 2024, pb → 2029 (out).
    // a: opened 1000, 1500 + 700 = 2200, 0, 0, 2000 → cumulative 1000, 3200, 3200, 3200, 5200
    //    → shortfall 4000, 1800, 1800, 1800, 0
    let p = project_with(
        &small(),
        &WhatIf {
            delay_planned: 2,
            only_started: false,
            ..WhatIf::NONE
        },
    );
    assert_eq!(shortfalls(&p, "a"), [4000, 1800, 1800, 1800, 0]);
    assert_eq!(shortfalls(&p, "b"), [1000, 1500, 1400, 1900, 2400]);
}

#[test]
fn only_started_leaves_planned_schools_out() {
    // a: c1 1000 (2023), u1 1500 (2024) → cumulative 1000, 2500, 2500, 2500, 2500
    //    → shortfall 4000, 2500, 2500, 2500, 2500
    // b: ub 600 (2025) → shortfall 1000, 1500, 1400, 1900, 2400
    let only = WhatIf {
        delay_planned: 0,
        only_started: true,
        ..WhatIf::NONE
    };
    let p = project_with(&small(), &only);
    assert_eq!(shortfalls(&p, "a"), [4000, 2500, 2500, 2500, 2500]);
    assert_eq!(shortfalls(&p, "b"), [1000, 1500, 1400, 1900, 2400]);
    assert_eq!(total_shortfalls(&p), [5000, 4000, 3900, 4400, 4900]);
    // A delay changes nothing once Planned schools are out.
    let both = WhatIf {
        delay_planned: 3,
        only_started: true,
        ..WhatIf::NONE
    };
    assert_eq!(project_with(&small(), &both), p);
}

#[test]
fn a_huge_delay_pushes_every_planned_school_past_the_horizon_without_overflow() {
    let p = project_with(
        &small(),
        &WhatIf {
            delay_planned: u32::MAX,
            only_started: false,
            ..WhatIf::NONE
        },
    );
    let only = project_with(
        &small(),
        &WhatIf {
            delay_planned: 0,
            only_started: true,
            ..WhatIf::NONE
        },
    );
    assert_eq!(p, only);
}

fn small_file() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("small.ron");
    std::fs::write(&path, SMALL).expect("write");
    let path = path.to_str().expect("UTF-8 path").to_owned();
    (dir, path)
}

#[test]
fn cli_report_delay_one() {
    let (_dir, path) = small_file();
    let out = seatplan(&["report", &path, "--delay", "1"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    // Rows of `delay_one_year_moves_planned_schools_only`; TOTAL sums the
    // columns: deficit 6000, 6500, 7000, 7500, 8000; opened 1700, 1500, 600,
    // 2000, 500; cumulative 1700, 3200, 3800, 5800, 6300.
    assert_eq!(
        String::from_utf8(out.stdout).expect("UTF-8"),
        "region,year,deficit,opened,cumulative,shortfall,surplus
a,2023,5000,1700,1700,3300,0
a,2024,5000,1500,3200,1800,0
a,2025,5000,0,3200,1800,0
a,2026,5000,2000,5200,0,200
a,2027,5000,500,5700,0,700
b,2023,1000,0,0,1000,0
b,2024,1500,0,0,1500,0
b,2025,2000,600,600,1400,0
b,2026,2500,0,600,1900,0
b,2027,3000,0,600,2400,0
TOTAL,2023,6000,1700,1700,4300,0
TOTAL,2024,6500,1500,3200,3300,0
TOTAL,2025,7000,600,3800,3200,0
TOTAL,2026,7500,2000,5800,1900,200
TOTAL,2027,8000,500,6300,2400,700
"
    );
    // p3 opens before base_year: a warning on stderr, still exit 0.
    let err = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(err.contains("warning") && err.contains("p3"), "{err}");
}

#[test]
fn cli_report_only_started() {
    let (_dir, path) = small_file();
    let out = seatplan(&["report", "--only-started", &path]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        String::from_utf8(out.stdout).expect("UTF-8"),
        "region,year,deficit,opened,cumulative,shortfall,surplus
a,2023,5000,1000,1000,4000,0
a,2024,5000,1500,2500,2500,0
a,2025,5000,0,2500,2500,0
a,2026,5000,0,2500,2500,0
a,2027,5000,0,2500,2500,0
b,2023,1000,0,0,1000,0
b,2024,1500,0,0,1500,0
b,2025,2000,600,600,1400,0
b,2026,2500,0,600,1900,0
b,2027,3000,0,600,2400,0
TOTAL,2023,6000,1000,1000,5000,0
TOTAL,2024,6500,1500,2500,4000,0
TOTAL,2025,7000,600,3100,3900,0
TOTAL,2026,7500,0,3100,4400,0
TOTAL,2027,8000,0,3100,4900,0
"
    );
}

#[test]
fn cli_report_rejects_a_bad_delay() {
    let (_dir, path) = small_file();
    for bad in ["-1", "one", "1.5"] {
        let out = seatplan(&["report", &path, "--delay", bad]);
        assert_eq!(out.status.code(), Some(2), "--delay {bad}: {out:?}");
    }
}

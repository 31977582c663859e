//! The delay-risk simulation against cases with a known answer, its
//! reproducibility, the `assumptions.delay` format, and `seatplan risk`.

use crate::common::seatplan;
use seatplan::i18n::DiagnosticText;
use std::path::Path;

use seatplan::io::{load_path, load_str, to_ron_string};
use seatplan::model::{
    Band, DelayOdds, PLANNED_ON_TIME, Risk, RiskOptions, Scenario, SchoolStatus, WhatIf, project,
    project_with, simulate,
};

/// The scenario of tests/whatif.rs (worked by hand there), with a delay
/// block spliced in after `horizon`.
const SMALL: &str = r#"Scenario(
    format: 1,
    name: "risk, worked by hand",
    base_year: 2023,
    horizon: 2027,
    DELAY
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

fn with_delay(delay: &str) -> String {
    SMALL.replace("DELAY", delay)
}

fn load(text: &str) -> Scenario {
    let loaded = load_str(text).expect("parses");
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    loaded.scenario
}

fn national() -> Scenario {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/kazakhstan-2023-2029.ron");
    load_path(&path).expect("loads").scenario
}

/// Every band collapsed onto the projection's shortfall, `closed` all or none.
fn assert_collapsed(risk: &Risk, p: &seatplan::model::Projection) {
    let draws = risk.draws;
    let collapsed = |v: i64, year| Band {
        year,
        p10: v,
        p25: v,
        p50: v,
        p75: v,
        p90: v,
        closed: if v == 0 { draws } else { 0 },
        draws,
    };
    for (r, pr) in risk.regions.iter().zip(&p.regions) {
        assert_eq!(r.id, pr.id);
        let expected: Vec<_> = pr
            .rows
            .iter()
            .map(|row| collapsed(row.shortfall, row.year))
            .collect();
        assert_eq!(r.rows, expected, "{}", r.id);
    }
    let expected: Vec<_> = p
        .total
        .iter()
        .map(|row| collapsed(row.shortfall, row.year))
        .collect();
    assert_eq!(risk.total, expected, "TOTAL");
}

const ALL_ON_TIME: &str = "assumptions: (delay: (planned: (on_time: 1.0), \
                           under_construction: (on_time: 1.0))),";

#[test]
fn all_on_time_collapses_the_band_onto_the_plan() {
    let s = load(&with_delay(ALL_ON_TIME));
    let risk = simulate(&s, &RiskOptions::default());
    assert_eq!(risk.draws, 10_000);
    assert_collapsed(&risk, &project(&s));
    // a closes in 2026 (shortfall 4000, 2500, 500, 0, 0): p_closed 0, 0, 0, 1, 1
    let a: Vec<f64> = risk.regions[0].rows.iter().map(Band::p_closed).collect();
    assert_eq!(a, [0.0, 0.0, 0.0, 1.0, 1.0]);
    assert_eq!(risk.p_closed_at_horizon(), Some(0.0));
}

#[test]
fn the_national_scenario_all_on_time_is_its_projection() {
    let mut s = national();
    s.assumptions = Some(seatplan::model::Assumptions {
        delay: Some(seatplan::model::DelayAssumptions {
            planned: Some(DelayOdds::ON_TIME),
            under_construction: Some(DelayOdds::ON_TIME),
            commissioned: None,
        }),
        cost_per_seat: None,
        ..Default::default()
    });
    assert_collapsed(&simulate(&s, &RiskOptions::default()), &project(&s));
}

#[test]
fn a_certain_one_year_delay_equals_delay_1() {
    // Planned: always one year late; the others on time (Commissioned by default).
    let s = load(&with_delay(
        "assumptions: (delay: (planned: (one_year: 1.0), under_construction: (on_time: 1.0))),",
    ));
    let delayed = project_with(
        &s,
        &WhatIf {
            delay_planned: 1,
            only_started: false,
            ..WhatIf::NONE
        },
    );
    assert_collapsed(&simulate(&s, &RiskOptions::default()), &delayed);
    // By hand (tests/whatif.rs): a 3300, 1800, 1800, 0, 0; TOTAL 4300, 3300, 3200, 1900, 2400
    let p50: Vec<_> = delayed.total.iter().map(|r| r.shortfall).collect();
    assert_eq!(p50, [4300, 3300, 3200, 1900, 2400]);
}

#[test]
fn a_certain_two_year_delay_equals_delay_2_and_stacks_on_a_what_if() {
    let s = load(&with_delay(
        "assumptions: (delay: (planned: (two_years: 1.0), under_construction: (on_time: 1.0))),",
    ));
    let two = |delay_planned| WhatIf {
        delay_planned,
        only_started: false,
        ..WhatIf::NONE
    };
    assert_collapsed(
        &simulate(&s, &RiskOptions::default()),
        &project_with(&s, &two(2)),
    );
    // A what-if delay of 1 plus a certain 2 = a delay of 3.
    let options = RiskOptions {
        what_if: two(1),
        ..RiskOptions::default()
    };
    assert_collapsed(&simulate(&s, &options), &project_with(&s, &two(3)));
    // Only started: no Planned school left, nothing uncertain.
    let only = WhatIf {
        delay_planned: 0,
        only_started: true,
        ..WhatIf::NONE
    };
    let options = RiskOptions {
        what_if: only,
        ..RiskOptions::default()
    };
    assert_collapsed(&simulate(&s, &options), &project_with(&s, &only));
}

/// One region, one school: deficit 1 000, a 1 000-seat Planned school due in
/// 2024, odds on time 0.6, one year 0.25, two years 0.15. The shortfall is
/// 1 000 in 2023 (always), 0 in 2024 with probability 0.6, 0 in 2025 with
/// probability 0.85, and 0 in 2026 (always). A second, identical region
/// draws independently: the national shortfall in 2025 is 0 with probability
/// 0.85² = 0.7225.
const ONE_SCHOOL: &str = r#"Scenario(format: 1, name: "one school", base_year: 2023, horizon: 2026,
    assumptions: (delay: (planned: (on_time: 0.6, one_year: 0.25, two_years: 0.15))),
    regions: [
        (id: "r", name: (en: "R"), kind: Oblast, deficit: {2023: 1000}),
        (id: "q", name: (en: "Q"), kind: Oblast, deficit: {2023: 1000}),
    ],
    schools: [
        (id: "r1", name: "r1", region: "r", seats: 1000, opens: 2024, status: Planned),
        (id: "q1", name: "q1", region: "q", seats: 1000, opens: 2024, status: Planned),
    ],
)"#;

#[test]
fn one_uncertain_school_gives_the_expected_shares_and_nearest_rank_percentiles() {
    let risk = simulate(&load(ONE_SCHOOL), &RiskOptions::default());
    // 10 000 draws: the standard error of a share near 0.6–0.85 is below
    // 0.005; allow four of them.
    let near = |got: f64, want: f64| (got - want).abs() < 0.02;
    for r in &risk.regions {
        let [y23, y24, y25, y26] = [r.rows[0], r.rows[1], r.rows[2], r.rows[3]];
        assert_eq!(
            (y23.p10, y23.p50, y23.p90, y23.closed),
            (1000, 1000, 1000, 0)
        );
        // ~60 % zeros: rank 1 000 and 5 000 are 0, rank 9 000 is 1 000
        assert_eq!((y24.p10, y24.p50, y24.p90), (0, 0, 1000), "{}", r.id);
        assert!(near(y24.p_closed(), 0.6), "{}: {}", r.id, y24.p_closed());
        // ~85 % zeros: rank 9 000 is still 1 000
        assert_eq!((y25.p10, y25.p50, y25.p90), (0, 0, 1000), "{}", r.id);
        assert!(near(y25.p_closed(), 0.85), "{}: {}", r.id, y25.p_closed());
        assert_eq!((y26.p90, y26.closed), (0, 10_000));
    }
    // The two regions draw independently (their own streams).
    assert_ne!(
        risk.regions[0].rows[1].closed,
        risk.regions[1].rows[1].closed
    );
    let total_2025 = risk.total[2];
    assert!(
        near(total_2025.p_closed(), 0.7225),
        "{}",
        total_2025.p_closed()
    );
    // TOTAL 2025 is 0, 1 000 or 2 000: P(2 000) = 0.15² = 2.25 % < 10 %, so P90 = 1 000
    assert_eq!(
        (total_2025.p10, total_2025.p50, total_2025.p90),
        (0, 0, 1000)
    );
    assert_eq!(risk.p_closed_at_horizon(), Some(1.0));
}

#[test]
fn the_same_seed_gives_the_same_figures_and_another_seed_others() {
    let s = national();
    let options = RiskOptions {
        seed: 7,
        ..RiskOptions::default()
    };
    let first = simulate(&s, &options);
    assert_eq!(first, simulate(&s, &options));
    assert_eq!(first.seed, 7);
    let other = simulate(&s, &RiskOptions { seed: 8, ..options });
    assert_ne!(
        first.total, other.total,
        "90 Planned schools: another seed moves some band"
    );
    // The default odds spread the national shortfall in 2026–2027, when the
    // Planned schools are due.
    let y2026 = first.total[3];
    assert!(y2026.p10 < y2026.p90, "{y2026:?}");
}

#[test]
fn editing_one_region_never_moves_another_regions_band() {
    let s = national();
    let before = simulate(&s, &RiskOptions::default());
    let mut edited = s.clone();
    let school = edited
        .schools
        .iter_mut()
        .find(|x| x.region == "astana" && x.status == SchoolStatus::Planned)
        .expect("a planned Astana school");
    school.seats += 100;
    let after = simulate(&edited, &RiskOptions::default());
    assert_eq!(before.region("shymkent"), after.region("shymkent"));
    assert_ne!(before.region("astana"), after.region("astana"));
}

#[test]
fn draws_are_clamped_to_at_least_one() {
    let s = load(&with_delay(""));
    let risk = simulate(
        &s,
        &RiskOptions {
            draws: 0,
            ..RiskOptions::default()
        },
    );
    assert_eq!(risk.draws, 1);
    // One draw: the three percentiles are that draw.
    for b in risk.regions.iter().flat_map(|r| &r.rows) {
        assert!(b.p10 == b.p50 && b.p50 == b.p90, "{b:?}");
    }
}

#[test]
fn the_defaults_come_from_the_published_record() {
    // 20 of 98 Comfortable Schools ready for 1 September 2024.
    assert!((PLANNED_ON_TIME - 20.0 / 98.0).abs() < 1e-15);
    let s = load(&with_delay(""));
    for status in SchoolStatus::ALL {
        let o = s.delay_odds(status);
        assert!((o.sum() - 1.0).abs() < 1e-12, "{status:?}: {o:?}");
    }
    assert_eq!(s.delay_odds(SchoolStatus::Commissioned), DelayOdds::ON_TIME);
    let planned = s.delay_odds(SchoolStatus::Planned);
    assert!((planned.on_time - 0.2041).abs() < 1e-4, "{planned:?}");
    assert!(planned.one_year > planned.two_years);
}

#[test]
fn delay_odds_are_validated_with_the_field_named() {
    for (delay, expect) in [
        (
            "assumptions: (delay: (planned: (on_time: 0.2, one_year: 0.5, two_years: 0.2))),",
            "assumptions.delay.planned: on_time 0.2 + one_year 0.5 + two_years 0.2 = 0.9",
        ),
        (
            "assumptions: (delay: (under_construction: (on_time: 1.2, one_year: -0.2))),",
            "assumptions.delay.under_construction.on_time is 1.2",
        ),
        (
            "assumptions: (delay: (commissioned: (on_time: NaN))),",
            "assumptions.delay.commissioned.on_time is NaN",
        ),
    ] {
        let loaded = load_str(&with_delay(delay)).expect("parses");
        let errors: Vec<_> = loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
        assert!(!errors.is_empty(), "{delay}");
        assert!(
            errors[0].english().contains(expect),
            "{}",
            errors[0].english()
        );
        assert_eq!(errors[0].position.map(|p| p.line), Some(6), "{delay}");
    }
    // Within 1e-9 of 1 is fine: thirds written to 10 decimals.
    let thirds = "assumptions: (delay: (planned: (on_time: 0.3333333333, one_year: \
                  0.3333333333, two_years: 0.3333333334))),";
    load(&with_delay(thirds));
    // A misspelt share is a parse error naming the allowed fields.
    let typo = with_delay("assumptions: (delay: (planned: (ontime: 1.0))),");
    let d = load_str(&typo).expect_err("unknown field");
    assert!(d[0].english().contains("`on_time`"), "{}", d[0].english());
}

#[test]
fn the_delay_block_round_trips_exactly() {
    let text = with_delay(
        "assumptions: (delay: (planned: (on_time: 0.20408163265306123, one_year: \
         0.5969387755102041, two_years: 0.19897959183673464), commissioned: (on_time: 1)),),",
    );
    let s = load(&text);
    let saved = to_ron_string(&s);
    assert!(
        saved.contains(
            "    assumptions: (\n        delay: (\n            planned: (on_time: \
             0.20408163265306123, one_year: 0.5969387755102041, two_years: \
             0.19897959183673464),\n            commissioned: (on_time: 1.0, one_year: 0.0, \
             two_years: 0.0),\n        ),\n    ),\n    regions: ["
        ),
        "{saved}"
    );
    let again = load(&saved);
    assert_eq!(again, s);
    assert_eq!(to_ron_string(&again), saved);
    // No block written when there is none.
    assert!(!to_ron_string(&load(&with_delay(""))).contains("assumptions"));
}

#[test]
fn cli_risk_with_a_certain_one_year_delay_prints_the_delay_1_figures() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("small.ron");
    std::fs::write(
        &path,
        with_delay(
            "assumptions: (delay: (planned: (one_year: 1.0), under_construction: (on_time: 1.0))),",
        ),
    )
    .expect("write");
    let out = seatplan(&[
        "risk",
        path.to_str().expect("path"),
        "--draws",
        "50",
        "--seed",
        "1",
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    // The shortfalls of `report --delay 1` (tests/whatif.rs), worked by hand.
    assert_eq!(
        String::from_utf8(out.stdout).expect("UTF-8"),
        "region,year,p10,p50,p90,p_closed
a,2023,3300,3300,3300,0.0000
a,2024,1800,1800,1800,0.0000
a,2025,1800,1800,1800,0.0000
a,2026,0,0,0,1.0000
a,2027,0,0,0,1.0000
b,2023,1000,1000,1000,0.0000
b,2024,1500,1500,1500,0.0000
b,2025,1400,1400,1400,0.0000
b,2026,1900,1900,1900,0.0000
b,2027,2400,2400,2400,0.0000
TOTAL,2023,4300,4300,4300,0.0000
TOTAL,2024,3300,3300,3300,0.0000
TOTAL,2025,3200,3200,3200,0.0000
TOTAL,2026,1900,1900,1900,0.0000
TOTAL,2027,2400,2400,2400,0.0000
"
    );
}

#[test]
fn cli_risk_is_reproducible_and_checks_its_arguments() {
    let file = "scenarios/kazakhstan-2023-2029.ron";
    let a = seatplan(&["risk", file, "--seed", "42"]);
    let b = seatplan(&["risk", file, "--seed", "42"]);
    assert_eq!(a.status.code(), Some(0), "{a:?}");
    assert_eq!(a.stdout, b.stdout);
    let text = String::from_utf8(a.stdout).expect("UTF-8");
    // 20 regions × 7 years + 7 TOTAL rows + the header
    assert_eq!(text.lines().count(), 1 + 20 * 7 + 7);
    assert!(
        text.lines()
            .last()
            .is_some_and(|l| l.starts_with("TOTAL,2029,"))
    );
    // The default seed and draws are those of the library.
    let default = seatplan(&["risk", file]);
    let library = seatplan::cli::risk_csv(&simulate(&national(), &RiskOptions::default()));
    assert_eq!(String::from_utf8(default.stdout).expect("UTF-8"), library);
    for bad in [["--draws", "0"], ["--draws", "100001"], ["--seed", "-1"]] {
        let out = seatplan(&["risk", file, bad[0], bad[1]]);
        assert_eq!(out.status.code(), Some(2), "{bad:?}: {out:?}");
    }
    let out = seatplan(&["risk", "no-such-file.ron"]);
    assert_eq!(out.status.code(), Some(2));
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("broken.ron");
    std::fs::write(
        &broken,
        with_delay("assumptions: (delay: (planned: (on_time: 0.5))),"),
    )
    .expect("write");
    let out = seatplan(&["risk", broken.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("must add up to 1"));
}

//! Projection figures worked out by hand (see the comments), not produced by
//! the code and pasted back.

use std::collections::BTreeMap;

use seatplan::io::load_str;
use seatplan::model::{Projection, YearRow, interpolate_deficit, project};

fn points(p: &[(i32, i64)]) -> BTreeMap<i32, i64> {
    p.iter().copied().collect()
}

#[test]
fn interpolation_rounds_halves_away_from_zero_both_signs() {
    // 1000 + (2001 − 1000)·1/2 = 1500.5 → 1501
    assert_eq!(
        interpolate_deficit(&points(&[(2023, 1000), (2025, 2001)]), 2024),
        Some(1501)
    );
    // −1000 + (−2001 + 1000)·1/2 = −1500.5 → −1501
    assert_eq!(
        interpolate_deficit(&points(&[(2023, -1000), (2025, -2001)]), 2024),
        Some(-1501)
    );
    // The rounding applies to the whole value: −1 + 1/2 = −0.5 → −1 (not −1 + round(0.5) = 0)
    assert_eq!(
        interpolate_deficit(&points(&[(2023, -1), (2025, 0)]), 2024),
        Some(-1)
    );
    // 0 + 1/2 = 0.5 → 1;  1 − 1/2 = 0.5 → 1;  0 − 1/2 = −0.5 → −1
    assert_eq!(
        interpolate_deficit(&points(&[(2023, 0), (2025, 1)]), 2024),
        Some(1)
    );
    assert_eq!(
        interpolate_deficit(&points(&[(2023, 1), (2025, 0)]), 2024),
        Some(1)
    );
    assert_eq!(
        interpolate_deficit(&points(&[(2023, 0), (2025, -1)]), 2024),
        Some(-1)
    );
}

#[test]
fn interpolation_between_distant_points_rounds_to_nearest() {
    // 0 → 100 over three years: 33.33 → 33, 66.67 → 67
    let p = points(&[(2023, 0), (2026, 100)]);
    let got: Vec<_> = (2023..=2026).map(|y| interpolate_deficit(&p, y)).collect();
    assert_eq!(got, [Some(0), Some(33), Some(67), Some(100)]);
    // 33 000 (2023) → 38 000 (2025) → 46 000 (2029): +2 500 a year, then +2 000
    let p = points(&[(2023, 33_000), (2025, 38_000), (2029, 46_000)]);
    let got: Vec<_> = (2023..=2029)
        .filter_map(|y| interpolate_deficit(&p, y))
        .collect();
    assert_eq!(
        got,
        [33_000, 35_500, 38_000, 40_000, 42_000, 44_000, 46_000]
    );
}

#[test]
fn deficit_is_flat_before_the_first_and_after_the_last_point() {
    let p = points(&[(2025, 500), (2027, 700)]);
    let got: Vec<_> = (2021..=2030)
        .filter_map(|y| interpolate_deficit(&p, y))
        .collect();
    assert_eq!(got, [500, 500, 500, 500, 500, 600, 700, 700, 700, 700]);
    assert_eq!(interpolate_deficit(&BTreeMap::new(), 2025), None);
    // A single point holds everywhere.
    assert_eq!(
        interpolate_deficit(&points(&[(2024, -200)]), 2029),
        Some(-200)
    );
}

#[test]
fn interpolation_of_extreme_values_does_not_overflow() {
    let p = points(&[(2023, i64::MIN), (2025, i64::MAX)]);
    // (MIN + MAX)/2 = −0.5 → −1
    assert_eq!(interpolate_deficit(&p, 2024), Some(-1));
}

/// Four regions worked by hand:
/// - `a`: deficit 10 000 (2023) → 16 000 (2029), +1 000 a year. Schools: 3 000 in
///   2024; 2 000 replacing 500 in 2026 (net 1 500); 1 200 in 2022 (before
///   base_year: not counted); 900 in 2030 (after horizon: not counted);
///   4 000 + 2 000 in 2028; 3 000 + 3 000 in 2029.
/// - `b`: deficit −200 every year (spare seats), no schools.
/// - `c`: deficit 1 000 (2023), 500 (2025), 2 000 (2027, held to 2029); 800 seats in 2023.
/// - `d`: deficit 500 flat; 500 seats in 2025.
const FOUR_REGIONS: &str = r#"
Scenario(
    format: 1,
    name: "hand-worked",
    base_year: 2023,
    horizon: 2029,
    regions: [
        (id: "a", name: (en: "A"), kind: Oblast, deficit: {2023: 10000, 2029: 16000}),
        (id: "b", name: (en: "B"), kind: Oblast, deficit: {2023: -200}),
        (id: "c", name: (en: "C"), kind: City, deficit: {2023: 1000, 2025: 500, 2027: 2000}),
        (id: "d", name: (ru: "Д"), kind: City, deficit: {2023: 500}),
    ],
    schools: [
        (id: "a1", name: "a1", region: "a", seats: 3000, opens: 2024, status: Commissioned),
        (id: "a2", name: "a2", region: "a", seats: 2000, replaces: 500, opens: 2026, status: Planned),
        (id: "a3", name: "a3", region: "a", seats: 1200, opens: 2022, status: Commissioned),
        (id: "a4", name: "a4", region: "a", seats: 900, opens: 2030, status: Planned),
        (id: "a5", name: "a5", region: "a", seats: 4000, opens: 2028, status: Planned),
        (id: "a6", name: "a6", region: "a", seats: 2000, opens: 2028, status: Planned),
        (id: "a7", name: "a7", region: "a", seats: 3000, opens: 2029, status: Planned),
        (id: "a8", name: "a8", region: "a", seats: 3000, opens: 2029, status: Planned),
        (id: "c1", name: "c1", region: "c", seats: 800, opens: 2023, status: Commissioned),
        (id: "d1", name: "d1", region: "d", seats: 500, opens: 2025, status: UnderConstruction),
    ],
)
"#;

fn four_regions() -> Projection {
    let loaded = load_str(FOUR_REGIONS).expect("the hand-worked scenario parses");
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    project(&loaded.scenario)
}

/// (year, deficit, opened, cumulative, shortfall, surplus)
fn rows(expected: &[(i32, i64, i64, i64, i64, i64)]) -> Vec<YearRow> {
    expected
        .iter()
        .map(
            |&(year, deficit, opened, cumulative, shortfall, surplus)| YearRow {
                year,
                deficit,
                opened,
                cumulative,
                shortfall,
                surplus,
            },
        )
        .collect()
}

#[test]
fn region_rows_count_replacements_and_skip_schools_outside_the_years() {
    let p = four_regions();
    let a = p.region("a").expect("region a");
    assert_eq!(
        a.rows,
        rows(&[
            (2023, 10_000, 0, 0, 10_000, 0),
            (2024, 11_000, 3_000, 3_000, 8_000, 0),
            (2025, 12_000, 0, 3_000, 9_000, 0),
            (2026, 13_000, 1_500, 4_500, 8_500, 0),
            (2027, 14_000, 0, 4_500, 9_500, 0),
            (2028, 15_000, 6_000, 10_500, 4_500, 0),
            (2029, 16_000, 6_000, 16_500, 0, 500),
        ])
    );
    assert_eq!(a.closing_year, Some(2029));
}

#[test]
fn negative_deficit_is_a_surplus_and_closed_from_the_start() {
    let p = four_regions();
    let b = p.region("b").expect("region b");
    assert!(
        b.rows
            .iter()
            .all(|r| r.deficit == -200 && r.shortfall == 0 && r.surplus == 200)
    );
    assert_eq!(b.closing_year, Some(2023));
}

#[test]
fn closing_year_needs_zero_shortfall_through_the_horizon() {
    let p = four_regions();
    let c = p.region("c").expect("region c");
    // 2023: 1000−800 = 200; 2024: 750−800 = −50; 2025: 500−800 = −300;
    // 2026: 1250−800 = 450; 2027–2029: 2000−800 = 1200
    assert_eq!(
        c.rows,
        rows(&[
            (2023, 1_000, 800, 800, 200, 0),
            (2024, 750, 0, 800, 0, 50),
            (2025, 500, 0, 800, 0, 300),
            (2026, 1_250, 0, 800, 450, 0),
            (2027, 2_000, 0, 800, 1_200, 0),
            (2028, 2_000, 0, 800, 1_200, 0),
            (2029, 2_000, 0, 800, 1_200, 0),
        ])
    );
    assert_eq!(c.closing_year, None, "shortfall returns after 2025");
    let d = p.region("d").expect("region d");
    let shortfall: Vec<i64> = d.rows.iter().map(|r| r.shortfall).collect();
    assert_eq!(shortfall, [500, 500, 0, 0, 0, 0, 0]);
    assert_eq!(d.closing_year, Some(2025));
}

#[test]
fn totals_never_let_one_regions_surplus_cover_anothers_shortfall() {
    let p = four_regions();
    assert_eq!(
        p.total,
        rows(&[
            // 10000−200+1000+500; 800; 800; 10000+200+500; 200
            (2023, 11_300, 800, 800, 10_700, 200),
            (2024, 12_050, 3_000, 3_800, 8_500, 250),
            (2025, 12_800, 500, 4_300, 9_000, 500),
            (2026, 14_550, 1_500, 5_800, 8_950, 200),
            (2027, 16_300, 0, 5_800, 10_700, 200),
            (2028, 17_300, 6_000, 11_800, 5_700, 200),
            // a's 500 surplus does not reduce c's 1 200 shortfall
            (2029, 18_300, 6_000, 17_800, 1_200, 700),
        ])
    );
    assert_eq!(p.total_closing_year, None);
}

#[test]
fn report_csv_has_the_contract_layout() {
    let text = r#"Scenario(format: 1, name: "t", base_year: 2024, horizon: 2025,
        regions: [Region(id: "x", name: (kk: "Х"), kind: City, deficit: {2024: 100, 2025: 300})],
        schools: [School(id: "s", name: "s", region: "x", seats: 250, opens: 2025, status: Planned)])"#;
    let loaded = load_str(text).expect("parses");
    let csv = seatplan::cli::report_csv(&project(&loaded.scenario));
    assert_eq!(
        csv,
        "region,year,deficit,opened,cumulative,shortfall,surplus\n\
         x,2024,100,0,0,100,0\n\
         x,2025,300,250,250,50,0\n\
         TOTAL,2024,100,0,0,100,0\n\
         TOTAL,2025,300,250,250,50,0\n"
    );
}

#[test]
fn invalid_year_spans_project_to_nothing_instead_of_panicking() {
    let text = r#"Scenario(format: 1, name: "t", base_year: -2147483648, horizon: 2147483647,
        regions: [(id: "x", name: (en: "x"), kind: City, deficit: {0: 1})],
        schools: [(id: "s", name: "s", region: "x", seats: 1, opens: 0, status: Planned)])"#;
    let loaded = load_str(text).expect("parses");
    assert!(loaded.has_errors());
    let p = project(&loaded.scenario);
    assert!(p.total.is_empty() && p.regions[0].rows.is_empty());
}

//! Cost figures worked out by hand from the Comfortable School prices (2022
//! prices, tenge per design seat): 300 seats 8.3M, 600: 6.8M, 900: 5.3M,
//! 1 200: 4.8M, 1 500–2 000: 4.2M, 2 500: 3.6M; linear between, flat outside.

use seatplan::i18n::DiagnosticText;
use std::collections::BTreeMap;

use seatplan::i18n::{Lang, format_money};
use seatplan::io::{load_str, to_ron_string};
use seatplan::model::{
    CostRow, DEFAULT_COST_PER_SEAT, Scenario, SeatUnit, WhatIf, closing_cost, cost_per_seat,
    plan_cost, project, school_cost,
};

fn defaults() -> BTreeMap<i64, i64> {
    DEFAULT_COST_PER_SEAT.into_iter().collect()
}

#[test]
fn price_per_seat_is_interpolated_by_size_and_flat_outside() {
    let t = defaults();
    let price = |seats| cost_per_seat(&t, seats);
    assert_eq!(price(300), Some(8_300_000));
    assert_eq!(price(1200), Some(4_800_000));
    // 1 500–2 000 both 4.2M: flat between them
    assert_eq!(price(1750), Some(4_200_000));
    // below the smallest and above the largest size: flat
    assert_eq!(price(100), Some(8_300_000));
    assert_eq!(price(3000), Some(3_600_000));
    // 450: 8.3M − 1.5M · 150/300 = 7.55M
    assert_eq!(price(450), Some(7_550_000));
    // 1 000: 5.3M − 0.5M · 100/300 = 5 133 333.33 → 5 133 333
    assert_eq!(price(1000), Some(5_133_333));
    // 2 250: 4.2M − 0.6M · 250/500 = 3.9M
    assert_eq!(price(2250), Some(3_900_000));
    assert_eq!(cost_per_seat(&BTreeMap::new(), 1000), None);
}

#[test]
fn a_school_costs_its_seats_times_the_price_rounded_once() {
    let t = defaults();
    let cost = |seats| school_cost(&t, SeatUnit::Design, seats);
    assert_eq!(cost(1200), Some(5_760_000_000)); // 1 200 × 4.8M
    assert_eq!(cost(600), Some(4_080_000_000)); // 600 × 6.8M
    assert_eq!(cost(2000), Some(8_400_000_000)); // 2 000 × 4.2M
    assert_eq!(cost(2250), Some(8_775_000_000)); // 2 250 × 3.9M
    // 1 000 × 5 133 333.33… = 5 133 333 333.3 → 5 133 333 333 (not 1 000 × 5 133 333)
    assert_eq!(cost(1000), Some(5_133_333_333));
}

#[test]
fn two_shift_places_are_priced_as_half_as_many_design_seats() {
    let t = defaults();
    // 2 400 places in two shifts = 1 200 design seats × 4.8M
    assert_eq!(
        school_cost(&t, SeatUnit::TwoShift, 2400),
        Some(5_760_000_000)
    );
    // 1 201 places = 600.5 design seats; price 6.8M − 1.5M · 0.5/300 = 6 797 500;
    // 600.5 × 6 797 500 = 4 081 898 750
    assert_eq!(
        school_cost(&t, SeatUnit::TwoShift, 1201),
        Some(4_081_898_750)
    );
}

/// Base year 2023, horizon 2025.
/// - n: deficit 3 000 (2023) → 5 000 (2025). Schools: 1 200 Commissioned 2023
///   (5.76 bn); 600 replacing 200 Planned 2024 (4.08 bn: `replaces` does not
///   reduce the cost); 300 Planned 2026 (after the horizon: not counted);
///   900 UnderConstruction 2025 (900 × 5.3M = 4.77 bn).
/// - s: deficit 1 000. School: 2 000 Planned 2025 (8.4 bn).
const PLAN: &str = r#"Scenario(format: 1, name: "cost", base_year: 2023, horizon: 2025,
    regions: [
        (id: "n", name: (en: "N"), kind: Oblast, deficit: {2023: 3000, 2025: 5000}),
        (id: "s", name: (en: "S"), kind: City, deficit: {2023: 1000}),
    ],
    schools: [
        (id: "n1", name: "n1", region: "n", seats: 1200, opens: 2023, status: Commissioned),
        (id: "n2", name: "n2", region: "n", seats: 600, replaces: 200, opens: 2024, status: Planned),
        (id: "n3", name: "n3", region: "n", seats: 300, opens: 2026, status: Planned),
        (id: "n4", name: "n4", region: "n", seats: 900, opens: 2025, status: UnderConstruction),
        (id: "s1", name: "s1", region: "s", seats: 2000, opens: 2025, status: Planned),
    ],
)"#;

fn plan() -> Scenario {
    let loaded = load_str(PLAN).expect("parses");
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    loaded.scenario
}

fn cost_row(year: i32, schools: u32, seats: i64, cost: i64) -> CostRow {
    CostRow {
        year,
        schools,
        seats,
        cost,
    }
}

#[test]
fn the_plan_costs_per_region_and_year() {
    let c = plan_cost(&plan(), &WhatIf::default());
    let n = &c.regions[0];
    assert_eq!(n.id, "n");
    assert_eq!(
        n.rows,
        [
            cost_row(2023, 1, 1200, 5_760_000_000),
            cost_row(2024, 1, 600, 4_080_000_000),
            cost_row(2025, 1, 900, 4_770_000_000),
        ]
    );
    // 5.76 + 4.08 + 4.77 = 14.61 bn for 2 700 seats
    assert_eq!(n.total, cost_row(2025, 3, 2700, 14_610_000_000));
    assert_eq!(c.regions[1].rows[2], cost_row(2025, 1, 2000, 8_400_000_000));
    assert_eq!(
        c.total,
        [
            cost_row(2023, 1, 1200, 5_760_000_000),
            cost_row(2024, 1, 600, 4_080_000_000),
            cost_row(2025, 2, 2900, 13_170_000_000),
        ]
    );
    // 14.61 + 8.4 = 23.01 bn
    assert_eq!(c.grand_total, cost_row(2025, 4, 4700, 23_010_000_000));
    assert_eq!(
        format_money(c.grand_total.cost, Lang::Ru),
        "23,0\u{A0}млрд\u{A0}₸"
    );
    assert_eq!(
        format_money(c.grand_total.cost, Lang::En),
        "23.0\u{A0}bn\u{A0}₸"
    );
}

#[test]
fn the_cost_follows_the_what_if() {
    // Only started: n1 (5.76) + n4 (4.77) = 10.53 bn
    let only = plan_cost(
        &plan(),
        &WhatIf {
            delay_planned: 0,
            only_started: true,
            ..WhatIf::NONE
        },
    );
    assert_eq!(only.grand_total, cost_row(2025, 2, 2100, 10_530_000_000));
    // Delay 1: n2 → 2025, n3 → 2027 (out), s1 → 2026 (out).
    // 2023: 5.76; 2024: 0; 2025: 4.08 + 4.77 = 8.85 → 14.61 bn
    let delayed = plan_cost(
        &plan(),
        &WhatIf {
            delay_planned: 1,
            only_started: false,
            ..WhatIf::NONE
        },
    );
    assert_eq!(
        delayed.total,
        [
            cost_row(2023, 1, 1200, 5_760_000_000),
            cost_row(2024, 0, 0, 0),
            cost_row(2025, 2, 1500, 8_850_000_000),
        ]
    );
}

#[test]
fn a_price_list_in_the_file_replaces_the_default() {
    let text = PLAN.replace(
        "base_year: 2023,",
        "base_year: 2023, assumptions: (cost_per_seat: {1000: 5000000}),",
    );
    let s = load_str(&text).expect("parses").scenario;
    // One point: 5M a seat whatever the size. 4 700 seats × 5M = 23.5 bn
    assert_eq!(
        plan_cost(&s, &WhatIf::default()).grand_total.cost,
        23_500_000_000
    );
    // load → save → load keeps it, written as a map on one line
    let saved = to_ron_string(&s);
    assert!(
        saved.contains("    assumptions: (\n        cost_per_seat: {1000: 5000000},\n    ),\n"),
        "{saved}"
    );
    assert_eq!(load_str(&saved).expect("reloads").scenario, s);
}

#[test]
fn closing_the_shortfall_at_the_horizon() {
    // n: deficit 3000, 4000, 5000; opened 1200, 400 (net), 900 → cumulative
    //    1200, 1600, 2500 → shortfall at 2025: 2 500.
    // s: deficit 1000, opened 2000 in 2025 → shortfall 0 (surplus 1 000).
    let s = plan();
    let p = project(&s);
    // 1 200-seat schools: ⌈2500 / 1200⌉ = 3 schools, 3 600 seats, 3 × 5.76 = 17.28 bn
    let c = closing_cost(&s, &p, 1200).expect("size above 0");
    assert_eq!(c.school_cost, 5_760_000_000);
    assert_eq!(
        (
            c.regions[0].shortfall,
            c.regions[0].schools,
            c.regions[0].seats,
            c.regions[0].cost
        ),
        (2500, 3, 3600, 17_280_000_000)
    );
    assert_eq!(
        (
            c.regions[1].shortfall,
            c.regions[1].schools,
            c.regions[1].cost
        ),
        (0, 0, 0)
    );
    assert_eq!((c.total.schools, c.total.cost), (3, 17_280_000_000));
    // 600-seat schools: ⌈2500 / 600⌉ = 5 × 4.08 = 20.4 bn
    let c = closing_cost(&s, &p, 600).expect("size above 0");
    assert_eq!((c.total.schools, c.total.cost), (5, 20_400_000_000));
    assert!(closing_cost(&s, &p, 0).is_none());
}

#[test]
fn schools_are_counted_per_region_not_from_the_national_total() {
    // Two regions each short of 100 seats: one 1 200-seat school would cover
    // the national 200, but each region needs its own: 2 schools.
    let text = r#"Scenario(format: 1, name: "t", base_year: 2023, horizon: 2023,
        regions: [
            (id: "a", name: (en: "A"), kind: Oblast, deficit: {2023: 100}),
            (id: "b", name: (en: "B"), kind: Oblast, deficit: {2023: 100}),
        ],
        schools: [])"#;
    let s = load_str(text).expect("parses").scenario;
    let c = closing_cost(&s, &project(&s), 1200).expect("size");
    assert_eq!((c.total.shortfall, c.total.schools), (200, 2));
}

#[test]
fn invalid_price_lists_are_errors_naming_the_field() {
    for (list, expect) in [
        ("{}", "assumptions.cost_per_seat is empty"),
        ("{0: 5000000}", "school size of 0 seats"),
        ("{1200: -5}", "gives -5 tenge a seat for 1200-seat schools"),
    ] {
        let text = PLAN.replace(
            "base_year: 2023,",
            &format!("base_year: 2023, assumptions: (cost_per_seat: {list}),"),
        );
        let loaded = load_str(&text).expect("parses");
        let errors: Vec<_> = loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
        assert_eq!(errors.len(), 1, "{list}: {errors:?}");
        assert!(
            errors[0].english().contains(expect),
            "{}",
            errors[0].english()
        );
        assert_eq!(errors[0].field, Some("assumptions"));
        assert_eq!(
            errors[0].position.map(|p| p.line),
            Some(1),
            "points at the field"
        );
    }
}

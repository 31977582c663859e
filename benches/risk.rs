//! The delay-risk simulation on the national scenario: 10 000 draws of the
//! 212 schools of `scenarios/kazakhstan-2023-2029.ron` (20 regions, 7 years),
//! band and `p_closed` included.
//!
//! Also the forecast error drawn with the delays (docs/scenario-format.md,
//! "Demand error") over the same file planned by 211 districts (the
//! country's district education departments), every other one a demand by
//! grade with a 5-year backtest, the others deficit estimates.
//!
//! Run: `cargo bench --bench risk -- --warm-up-time 1 --measurement-time 5`.
//! Target: under 200 ms for the delays alone, so the band can follow edits
//! interactively; under 500 ms with the forecast error over 211 districts.
//!
//! Measured 2026-12-03 on the 2-core build machine (another engineer's build
//! sharing it): national 4.06 ms, all Planned 9.20 ms, all Planned with a
//! delay of 1 9.79 ms; 211 districts with the forecast error 328 ms
//! (criterion's range 316–340 ms).

use std::collections::BTreeMap;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use seatplan::io::{DEFAULT_SCENARIO, load_str};
use seatplan::model::{
    DelayAssumptions, DelayOdds, Demand, District, LocalizedName, RiskOptions, Scenario,
    SchoolStatus, WhatIf, has_errors, simulate, validate,
};

/// A district-sized demand by grade (as benches/demand.rs): 11 grades,
/// observed 2019–2023, births 2005–2023, varied by `u`. Deterministic.
fn demand(u: usize, capacity: i64) -> Demand {
    let scale = 1_000 + i64::try_from(u % 37).unwrap_or(0) * 30;
    let step = 10 + i64::try_from(u % 7).unwrap_or(0);
    let births: BTreeMap<i32, i64> = (2005..=2023)
        .map(|y| (y, scale + i64::from(y - 2005) * step))
        .collect();
    // A wobble by year so that the backtest measures some error.
    let wobble = |t: i32| 100 + i64::from((t + i32::try_from(u).unwrap_or(0)) % 3) - 1;
    let grades: BTreeMap<i32, Vec<i64>> = (2019..=2023)
        .map(|t| {
            let list = (0..11)
                .map(|g| {
                    let born = t - 6 - g;
                    births.get(&born).copied().unwrap_or(scale) * (97 - i64::from(g) / 2) / 100
                        * wobble(t)
                        / 100
                })
                .collect();
            (t, list)
        })
        .collect();
    Demand {
        capacity: Some(capacity),
        shifts: 2,
        births,
        grades: Some(grades),
        ..Demand::default()
    }
}

/// The national file planned by 211 districts: 11 in each of the first 11
/// regions, 10 in the other 9; each school in one of its region's.
fn by_district(national: &Scenario) -> Scenario {
    let mut s = national.clone();
    let per_region = |r: usize| if r < 11 { 11 } else { 10 };
    let mut u = 0;
    for (r, region) in s.regions.iter_mut().enumerate() {
        let deficit = region.deficit.take().unwrap_or_default();
        let n = per_region(r);
        let share = |v: i64| v / i64::try_from(n).unwrap_or(1);
        let districts = (0..n)
            .map(|d| {
                u += 1;
                let points: BTreeMap<i32, i64> =
                    deficit.iter().map(|(&y, &v)| (y, share(v))).collect();
                let (deficit, demand) = if d % 2 == 0 {
                    (None, Some(demand(u, 5_500)))
                } else {
                    (Some(points), None)
                };
                District {
                    id: format!("d-{d:02}"),
                    name: LocalizedName {
                        en: Some(format!("District {d}")),
                        ..LocalizedName::default()
                    },
                    deficit,
                    demand,
                    illustrative: true,
                    source: None,
                }
            })
            .collect();
        region.districts = Some(districts);
    }
    let counts: Vec<(String, usize)> = s
        .regions
        .iter()
        .enumerate()
        .map(|(r, x)| (x.id.clone(), per_region(r)))
        .collect();
    for (i, school) in s.schools.iter_mut().enumerate() {
        let n = counts
            .iter()
            .find(|(id, _)| *id == school.region)
            .map_or(1, |c| c.1);
        school.district = Some(format!("d-{:02}", i % n));
    }
    s
}

fn risk(c: &mut Criterion) {
    let national = load_str(DEFAULT_SCENARIO)
        .expect("the national scenario parses")
        .scenario;
    let options = RiskOptions::default();
    c.bench_function("risk/national/10000 draws", |b| {
        b.iter(|| simulate(black_box(&national), black_box(&options)));
    });

    // The harder case: every school uncertain (the national file has no
    // Planned schools and its Commissioned ones are certain), so all 212
    // schools are drawn in every draw.
    let mut uncertain = national.clone();
    for school in &mut uncertain.schools {
        school.status = SchoolStatus::Planned;
    }
    uncertain.assumptions = Some(seatplan::model::Assumptions {
        delay: Some(DelayAssumptions {
            planned: Some(DelayOdds::DEFAULT_PLANNED),
            ..DelayAssumptions::default()
        }),
        cost_per_seat: None,
        ..Default::default()
    });
    c.bench_function("risk/national all Planned/10000 draws", |b| {
        b.iter(|| simulate(black_box(&uncertain), black_box(&options)));
    });

    let delayed = RiskOptions {
        what_if: WhatIf {
            delay_planned: 1,
            only_started: false,
            ..WhatIf::NONE
        },
        ..options
    };
    c.bench_function("risk/national all Planned, delay 1/10000 draws", |b| {
        b.iter(|| simulate(black_box(&uncertain), black_box(&delayed)));
    });

    let districts = by_district(&national);
    let count: usize = districts
        .regions
        .iter()
        .map(|r| r.districts.as_ref().map_or(0, Vec::len))
        .sum();
    assert_eq!(count, 211);
    assert!(
        !has_errors(&validate(&districts)),
        "the district file is clean"
    );
    let with_error = RiskOptions {
        forecast_error: true,
        ..options
    };
    c.bench_function(
        "risk/national 211 districts, demand error/10000 draws",
        |b| {
            b.iter(|| simulate(black_box(&districts), black_box(&with_error)));
        },
    );
}

criterion_group!(benches, risk);
criterion_main!(benches);

//! The deficit from demand at district scale: 211 units (Kazakhstan has
//! about 211 districts and cities of regional significance), each a demand
//! by grade (11 grades, 5 observed school years, births 2005–2023), with a
//! school a unit; `project` derives every deficit through the demand engine.
//!
//! The same 211 with a housing programme each (dwellings completed 2023–2029,
//! a four-year yield curve; docs/scenario-format.md, "Housing"), and the
//! `seatplan housing` table of them (two projections, without and with).
//!
//! Run: `cargo bench --bench demand -- --warm-up-time 1 --measurement-time 5`.
//! Goal: under 5 ms for demand + projection of all 211, housing included.

use std::collections::BTreeMap;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use seatplan::model::{
    Demand, Housing, LocalizedName, Region, RegionKind, Scenario, School, SchoolStatus, SeatUnit,
    WhatIf, evaluate_demand, housing_table, project,
};

const UNITS: usize = 211;

/// A district-sized demand (about 1 500 births a year), varied by unit so no
/// two are the same. Deterministic.
fn demand(u: usize) -> Demand {
    let scale = 1_000 + i64::try_from(u % 37).unwrap_or(0) * 30;
    let births: BTreeMap<i32, i64> = (2005..=2023)
        .map(|y| {
            (
                y,
                scale + i64::from(y - 2005) * (10 + i64::try_from(u % 7).unwrap_or(0)),
            )
        })
        .collect();
    let grades: BTreeMap<i32, Vec<i64>> = (2019..=2023)
        .map(|t| {
            let list = (0..11)
                .map(|g| {
                    let born = t - 6 - g;
                    births.get(&born).copied().unwrap_or(scale) * (97 - i64::from(g) / 2) / 100
                })
                .collect();
            (t, list)
        })
        .collect();
    Demand {
        capacity: Some(scale * 6),
        shifts: 2,
        margin: Some(5),
        births,
        entry_age: None,
        window: None,
        grades: Some(grades),
        pupils: None,
        grade_count: None,
        housing: None,
    }
}

fn scenario() -> Scenario {
    let regions = (0..UNITS)
        .map(|u| Region {
            id: format!("district-{u:03}"),
            name: LocalizedName {
                en: Some(format!("District {u}")),
                ..LocalizedName::default()
            },
            kind: RegionKind::Oblast,
            deficit: None,
            demand: Some(demand(u)),
            districts: None,
            illustrative: true,
            source: None,
            review: None,
        })
        .collect();
    let schools = (0..UNITS)
        .map(|u| School {
            id: format!("s-{u:03}"),
            name: format!("School {u}").into(),
            region: format!("district-{u:03}"),
            district: None,
            seats: 600,
            replaces: 0,
            opens: 2025 + i32::try_from(u % 4).unwrap_or(0),
            status: SchoolStatus::Planned,
            funding: None,
            source: None,
            replaces_existing: None,
        })
        .collect();
    Scenario {
        format: 1,
        name: "211 district demands".into(),
        description: None,
        base_year: 2023,
        horizon: 2029,
        seat_unit: SeatUnit::Design,
        assumptions: None,
        regions,
        schools,
        existing: Vec::new(),
        review: None,
    }
}

/// A district's housing programme: 300–660 dwellings a year from the last
/// observed year, varied by unit. Deterministic.
fn housing(u: usize) -> Housing {
    let base = 300 + i64::try_from(u % 13).unwrap_or(0) * 30;
    Housing {
        dwellings: (2023..=2029)
            .map(|y| (y, base + i64::from(y - 2023) * 20))
            .collect(),
        yields: vec![0.10, 0.20, 0.28, 0.32],
        source: None,
    }
}

fn with_housing() -> Scenario {
    let mut s = scenario();
    for (u, r) in s.regions.iter_mut().enumerate() {
        if let Some(d) = r.demand.as_mut() {
            d.housing = Some(housing(u));
        }
    }
    s
}

fn bench(c: &mut Criterion) {
    let s = scenario();
    // Every unit forecasts without errors, so the figure measures real work.
    for r in &s.regions {
        let d = r.demand.as_ref().map(|d| evaluate_demand(&s, d));
        assert!(d.is_some_and(|o| !o.has_errors() && o.rows.len() == 7));
    }
    c.bench_function("demand + projection, 211 districts by grade", |b| {
        b.iter(|| project(black_box(&s)));
    });
    let h = with_housing();
    // Housing adds pupils in every unit: the figure measures the sum of H.
    assert!(
        project(&h).total.last().map(|r| r.deficit) > project(&s).total.last().map(|r| r.deficit)
    );
    c.bench_function("demand + projection, 211 districts with housing", |b| {
        b.iter(|| project(black_box(&h)));
    });
    c.bench_function("housing table, 211 districts", |b| {
        b.iter(|| housing_table(black_box(&h), &WhatIf::NONE));
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! The national school stock: 8 000 existing schools in 211 districts (17
//! regions planned by district) with 400 planned schools, relief for the 7
//! years 2023–2029. Every district takes its demand's capacity and observed
//! pupils from its schools and grows them by births (the costliest case);
//! one school in eight of the planned ones replaces an existing school.
//!
//! Run: `cargo bench --bench stock -- --warm-up-time 1 --measurement-time 5`.
//! Goal: under 20 ms for `stock` (pupils, relief, shifts, summary).
//! Measured on 2026-12-03 (2-core build machine, another build running):
//! 8.71 ms with every district's demand taken from the stock, 4.01 ms held
//! flat (criterion medians).

use std::collections::BTreeMap;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use seatplan::model::{
    Condition, Demand, District, Existing, LocalizedName, Region, RegionKind, Scenario, School,
    SchoolStatus, SeatUnit, stock,
};

const DISTRICTS: usize = 211;
const REGIONS: usize = 17;
const EXISTING: usize = 8_000;
const PLANNED: usize = 400;

fn name(text: String) -> LocalizedName {
    LocalizedName {
        en: Some(text),
        ..LocalizedName::default()
    }
}

/// A district's demand with neither capacity nor pupils: both come from its
/// existing schools (census 2022 and 2023).
fn demand(d: usize) -> Demand {
    let scale = 1_500 + i64::try_from(d % 29).unwrap_or(0) * 40;
    Demand {
        capacity: None,
        shifts: 2,
        births: (2005..=2023)
            .map(|y| (y, scale + i64::from(y - 2005) * 15))
            .collect(),
        ..Demand::default()
    }
}

/// `(region, district)` of district number `d`: regions take 12 or 13.
fn place(d: usize) -> (String, String) {
    (format!("region-{:02}", d % REGIONS), format!("d-{d:03}"))
}

fn scenario(with_demand: bool) -> Scenario {
    let mut regions: Vec<Region> = (0..REGIONS)
        .map(|r| Region {
            id: format!("region-{r:02}"),
            name: name(format!("Region {r}")),
            kind: RegionKind::Oblast,
            deficit: None,
            demand: None,
            districts: Some(Vec::new()),
            illustrative: true,
            source: None,
        })
        .collect();
    for d in 0..DISTRICTS {
        let district = District {
            id: place(d).1,
            name: name(format!("District {d}")),
            deficit: (!with_demand).then(|| BTreeMap::from([(2023, 500), (2029, 900)])),
            demand: with_demand.then(|| demand(d)),
            illustrative: true,
            source: None,
        };
        if let Some(ds) = &mut regions[d % REGIONS].districts {
            ds.push(district);
        }
    }
    let existing: Vec<Existing> = (0..EXISTING)
        .map(|i| {
            let (region, district) = place(i % DISTRICTS);
            let capacity = 300 + i64::try_from(i * 37 % 1_700).unwrap_or(0);
            // Loads from 0.8 to 3.4 pupils a seat.
            let load_pct = 80 + i64::try_from(i * 53 % 260).unwrap_or(0);
            let pupils = capacity * load_pct / 100;
            Existing {
                id: format!("e-{i:05}"),
                name: format!("School {i}"),
                region,
                district: Some(district),
                capacity,
                pupils: BTreeMap::from([(2022, pupils * 97 / 100), (2023, pupils)]),
                condition: (i % 25 == 0).then_some(Condition::Emergency),
                source: None,
            }
        })
        .collect();
    let schools = (0..PLANNED)
        .map(|i| {
            let d = i % DISTRICTS;
            let (region, district) = place(d);
            School {
                id: format!("p-{i:03}"),
                name: format!("New school {i}"),
                region,
                district: Some(district),
                seats: 600 + u32::try_from(i * 97 % 900).unwrap_or(0),
                replaces: 0,
                opens: 2023 + i32::try_from(i % 7).unwrap_or(0),
                status: SchoolStatus::Planned,
                funding: None,
                source: None,
                // Existing school j is in district j % 211: take the one
                // numbered d + 211·k, a different k for each replacer.
                replaces_existing: (i % 8 == 0)
                    .then(|| format!("e-{:05}", d + DISTRICTS * (i / DISTRICTS + 1))),
            }
        })
        .collect();
    Scenario {
        format: 1,
        name: "national stock".into(),
        description: None,
        base_year: 2023,
        horizon: 2029,
        seat_unit: SeatUnit::Design,
        assumptions: None,
        regions,
        schools,
        existing,
    }
}

fn bench(c: &mut Criterion) {
    for (label, with_demand) in [
        (
            "stock: 8 000 schools, 211 districts, 400 planned, 7 years, demands from the stock",
            true,
        ),
        (
            "stock: 8 000 schools, 211 districts, 400 planned, 7 years, held flat",
            false,
        ),
    ] {
        let s = scenario(with_demand);
        let diagnostics = seatplan::model::validate(&s);
        assert!(
            !seatplan::model::has_errors(&diagnostics),
            "{:?}",
            diagnostics.iter().find(|d| d.is_error())
        );
        c.bench_function(label, |b| b.iter(|| black_box(stock(black_box(&s)))));
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);

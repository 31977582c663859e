//! The national school stock: 8 000 existing schools in 211 districts (17
//! regions planned by district) with 400 planned schools, relief for the 7
//! years 2023–2029. Every district takes its demand's capacity and observed
//! pupils from its schools and grows them by births (the costliest case);
//! one school in eight of the planned ones replaces an existing school.
//!
//! Also the import of a 10 000-row census table (xlsx with Russian headers,
//! grouped numbers, two census years, emergency and adobe flags): read and
//! plan, goal under 1 s.
//!
//! Run: `cargo bench --bench stock -- --warm-up-time 1 --measurement-time 5`.
//! Goal: under 20 ms for `stock` (pupils, relief, shifts, summary).
//! Measured on 2026-12-03 on the 2-core build machine with another build
//! running (load average near 2.8), criterion medians over three runs:
//! stock with every district's demand taken from the stock 8.71, 12.5 and
//! 9.59 ms; held flat 4.01, 4.47 and 4.67 ms; the census import 51.6 ms
//! (one run).

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
            review: None,
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
                name: format!("School {i}").into(),
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
                name: format!("New school {i}").into(),
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
        review: None,
    }
}

/// A census table of `n` schools as the education database exports it.
fn census(path: &std::path::Path, n: usize) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.write_string(0, 0, "Сведения о школах").expect("write");
    let headers = [
        "Наименование организации образования",
        "Проектная мощность",
        "Контингент 2023",
        "Контингент 2024",
        "Аварийное состояние",
        "Саманное",
        "Район",
    ];
    for (c, h) in (0u16..).zip(headers) {
        ws.write_string(2, c, h).expect("write");
    }
    for i in 0..n {
        let r = u32::try_from(i).expect("row") + 3;
        let capacity = 300 + i * 37 % 1_700;
        ws.write_string(r, 0, format!("СОШ № {i}")).expect("write");
        ws.write_string(r, 1, format!("{} мест", group(capacity)))
            .expect("write");
        ws.write_string(r, 2, group(capacity * 2 * 97 / 100))
            .expect("write");
        ws.write_number(r, 3, (capacity * 2) as f64).expect("write");
        ws.write_string(r, 4, if i % 25 == 0 { "да" } else { "нет" })
            .expect("write");
        ws.write_string(r, 5, if i % 40 == 0 { "да" } else { "" })
            .expect("write");
        // The districts of region-00: d-000, d-017, … d-204.
        ws.write_string(r, 6, format!("d-{:03}", i % 13 * 17))
            .expect("write");
    }
    book.save(path).expect("save");
}

/// `1 250` with a no-break space, as the tables group thousands.
fn group(n: usize) -> String {
    if n >= 1_000 {
        format!("{}\u{a0}{:03}", n / 1_000, n % 1_000)
    } else {
        n.to_string()
    }
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let sheet = dir.path().join("census.xlsx");
    census(&sheet, 10_000);
    let target = scenario(false);
    c.bench_function("import 10 000-row census table (xlsx read + plan)", |b| {
        b.iter(|| {
            let wb = seatplan::io::import::read(black_box(&sheet), None).expect("read");
            let plan = seatplan::io::import::plan_existing(&wb, &target, "region-00", None, &[])
                .expect("plan");
            assert!(!plan.has_errors(), "{:?}", plan.problems.first());
            assert_eq!(plan.schools.len(), 10_000);
            plan
        });
    });

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

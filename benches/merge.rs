//! Consolidating the country: 20 regional files of 500 schools each, as the
//! ministry receives them from the akimats.
//!
//! Run: `cargo bench --bench merge -- --warm-up-time 1 --measurement-time 5`.
//! Two figures: `merge` alone (the scenarios already loaded), and the whole
//! `seatplan merge` path without the disk (parse and validate 20 texts, merge,
//! write the merged text).

use std::collections::BTreeMap;
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use seatplan::io::{load_str, to_ron_string};
use seatplan::model::{
    Funding, LocalizedName, MergeInput, Region, RegionKind, Scenario, School, SchoolStatus,
    SeatUnit, merge,
};

const FILES: usize = 20;
const SCHOOLS: usize = 500;

/// Region `r`'s file. Every file numbers its schools from `sch-000`, as
/// akimats do, so every school after the first file is renamed (the slow
/// path), and every other file counts places in two shifts (halved).
fn regional(r: usize) -> Scenario {
    let region = format!("region-{r:02}");
    let schools = (0..SCHOOLS)
        .map(|i| {
            let seats = 300 + 100 * u32::try_from(i % 28).unwrap_or(0);
            School {
                id: format!("sch-{i:03}"),
                name: format!("School for {seats} seats, microdistrict {}", i % 97).into(),
                region: region.clone(),
                district: (i % 3 != 0).then(|| format!("District {}", i % 11)),
                seats,
                replaces: if i.is_multiple_of(5) { seats / 4 } else { 0 },
                opens: 2023 + i32::try_from(i % 7).unwrap_or(0),
                status: SchoolStatus::ALL[i % 3],
                funding: (i % 4 != 0).then_some(Funding::ALL[i % 6]),
                source: Some(format!(
                    "Regional roadmap 2023–2029, item {}.{}",
                    i % 40,
                    i % 9
                )),
                replaces_existing: None,
            }
        })
        .collect();
    let r64 = i64::try_from(r).unwrap_or(0);
    Scenario {
        format: 1,
        name: format!("Region {r}, akimat plan").into(),
        description: None,
        base_year: 2023,
        horizon: 2029,
        seat_unit: if r.is_multiple_of(2) {
            SeatUnit::Design
        } else {
            SeatUnit::TwoShift
        },
        assumptions: None,
        regions: vec![Region {
            id: region,
            name: LocalizedName {
                kk: Some(format!("Облыс {r}")),
                ru: Some(format!("Область {r}")),
                en: Some(format!("Region {r}")),
            },
            kind: RegionKind::Oblast,
            deficit: Some(BTreeMap::from([
                (2023, 10_000 + 1_000 * r64),
                (2025, 14_000 + 900 * r64),
                (2029, 22_000 + 1_500 * r64),
            ])),
            demand: None,
            districts: None,
            illustrative: true,
            source: Some(format!("Akimat estimate for region {r}, October 2025")),
            review: None,
        }],
        schools,
        existing: Vec::new(),
        review: None,
    }
}

fn bench_merge(c: &mut Criterion) {
    let inputs: Vec<MergeInput> = (0..FILES)
        .map(|r| MergeInput {
            source: format!("region-{r:02}.ron"),
            scenario: regional(r),
        })
        .collect();
    let texts: Vec<(String, String)> = inputs
        .iter()
        .map(|i| (i.source.clone(), to_ron_string(&i.scenario)))
        .collect();
    let merged = merge(&inputs, None).expect("the generated files merge");
    assert_eq!(merged.scenario.schools.len(), FILES * SCHOOLS);
    assert_eq!(merged.notices.len(), (FILES - 1) * SCHOOLS + FILES / 2);

    let mut group = c.benchmark_group("merge");
    group.throughput(Throughput::Elements((FILES * SCHOOLS) as u64));
    group.bench_function("merge_20x500", |b| {
        b.iter(|| merge(black_box(&inputs), None));
    });
    group.bench_function("load_merge_write_20x500", |b| {
        b.iter(|| {
            let inputs: Vec<MergeInput> = texts
                .iter()
                .map(|(source, text)| MergeInput {
                    source: source.clone(),
                    scenario: load_str(black_box(text)).expect("loads").scenario,
                })
                .collect();
            let merged = merge(&inputs, None).expect("merges");
            to_ron_string(&merged.scenario)
        });
    });
    group.finish();
}

criterion_group!(benches, bench_merge);
criterion_main!(benches);

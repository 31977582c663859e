//! The scenario engine at national scale: parse + validate (`load_str`) and
//! `project`, on generated scenarios of 20 regions and N schools.
//!
//! Also the same 10 000 schools planned by 211 districts.
//!
//! Run: `cargo bench --bench engine -- --warm-up-time 1 --measurement-time 5`.
//! Target: under 30 ms for 10 000 schools, parse to projection.

use std::collections::BTreeMap;
use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use seatplan::io::{load_str, to_ron_string};
use seatplan::model::{
    District, Funding, LocalizedName, Region, RegionKind, Scenario, School, SchoolStatus, SeatUnit,
    project,
};

const SIZES: [usize; 2] = [10_000, 100_000];

const STATUSES: [SchoolStatus; 3] = SchoolStatus::ALL;
const FUNDING: [Funding; 6] = Funding::ALL;

/// 20 regions and `n` schools spread over them, with every optional
/// field used by some schools, so the text looks like a real national file
/// (about 300 bytes a school). Deterministic.
fn scenario(n: usize) -> Scenario {
    let regions: Vec<Region> = (0..20)
        .map(|r| Region {
            id: format!("region-{r:02}"),
            name: LocalizedName {
                kk: Some(format!("Облыс {r}")),
                ru: Some(format!("Область {r}")),
                en: Some(format!("Region {r}")),
            },
            kind: if r < 3 {
                RegionKind::City
            } else {
                RegionKind::Oblast
            },
            deficit: Some(BTreeMap::from([
                (2023, 10_000 + 1_000 * r),
                (2025, 14_000 + 900 * r),
                (2029, 22_000 + 1_500 * r),
            ])),
            demand: None,
            districts: None,
            illustrative: r % 2 == 0,
            source: Some(format!("Akimat estimate for region {r}, October 2025")),
        })
        .collect();
    let schools = (0..n)
        .map(|i| {
            let seats = 300 + 100 * u32::try_from(i % 28).unwrap_or(0);
            School {
                id: format!("sch-{i:06}"),
                name: format!("School for {seats} seats, microdistrict {}", i % 97),
                region: format!("region-{:02}", i % 20),
                district: (i % 3 != 0).then(|| format!("District {}", i % 11)),
                seats,
                replaces: if i % 5 == 0 { seats / 4 } else { 0 },
                opens: 2023 + i32::try_from(i % 7).unwrap_or(0),
                status: STATUSES[i % 3],
                funding: (i % 4 != 0).then_some(FUNDING[i % 6]),
                source: Some(format!(
                    "Regional roadmap 2023–2029, item {}.{}; design seats",
                    i % 40,
                    i % 9
                )),
            }
        })
        .collect();
    Scenario {
        format: 1,
        name: format!("Generated national scenario, {n} schools"),
        description: Some("Generated for the engine benchmark.".into()),
        base_year: 2023,
        horizon: 2029,
        seat_unit: SeatUnit::Design,
        assumptions: None,
        regions,
        schools,
    }
}

/// The same scenario planned by district: 211 districts (the country's
/// number of district education departments), 11 in each of the first 11
/// regions and 10 in the other 9, every school in one of its region's.
fn by_district(n: usize) -> Scenario {
    let mut s = scenario(n);
    let per_region = |r: usize| if r < 11 { 11 } else { 10 };
    for (r, region) in s.regions.iter_mut().enumerate() {
        let deficit = region.deficit.take().unwrap_or_default();
        region.districts = Some(
            (0..per_region(r))
                .map(|d| District {
                    id: format!("d-{d:02}"),
                    name: LocalizedName {
                        en: Some(format!("District {d}")),
                        ..LocalizedName::default()
                    },
                    deficit: Some(
                        deficit
                            .iter()
                            .map(|(&y, &v)| (y, v / 10 + 7 * d as i64))
                            .collect(),
                    ),
                    demand: None,
                    illustrative: true,
                    source: None,
                })
                .collect(),
        );
    }
    for (i, school) in s.schools.iter_mut().enumerate() {
        let r = i % 20;
        school.district = Some(format!("d-{:02}", (i / 20) % per_region(r)));
    }
    s
}

fn districts(c: &mut Criterion) {
    let n = 10_000;
    let s = by_district(n);
    let text = to_ron_string(&s);
    let loaded = load_str(&text).expect("the generated scenario parses");
    assert!(
        loaded.diagnostics.is_empty(),
        "the generated scenario is clean: {:?}",
        loaded.diagnostics.first()
    );
    let mut group = c.benchmark_group("engine, 211 districts");
    group.throughput(Throughput::Elements(n as u64));
    group.bench_with_input(BenchmarkId::new("load_and_project", n), &text, |b, text| {
        b.iter(|| {
            let loaded = load_str(black_box(text)).expect("parses");
            project(&loaded.scenario)
        });
    });
    group.bench_with_input(BenchmarkId::new("project", n), &s, |b, s| {
        b.iter(|| project(black_box(s)))
    });
    group.finish();
}

fn engine(c: &mut Criterion) {
    for n in SIZES {
        let text = to_ron_string(&scenario(n));
        let loaded = load_str(&text).expect("the generated scenario parses");
        assert!(
            loaded.diagnostics.is_empty(),
            "the generated scenario is clean: {:?}",
            loaded.diagnostics.first()
        );
        eprintln!(
            "{n} schools: {:.1} MB of RON",
            text.len() as f64 / (1024.0 * 1024.0)
        );

        let mut group = c.benchmark_group("engine");
        group.throughput(Throughput::Elements(n as u64));
        if n >= 100_000 {
            group.sample_size(10);
        }
        group.bench_with_input(BenchmarkId::new("load_and_project", n), &text, |b, text| {
            b.iter(|| {
                let loaded = load_str(black_box(text)).expect("parses");
                project(&loaded.scenario)
            });
        });
        group.bench_with_input(
            BenchmarkId::new("parse_and_validate", n),
            &text,
            |b, text| b.iter(|| load_str(black_box(text)).expect("parses")),
        );
        group.bench_with_input(
            BenchmarkId::new("project", n),
            &loaded.scenario,
            |b, scenario| b.iter(|| project(black_box(scenario))),
        );
        group.finish();
    }
}

criterion_group!(benches, engine, districts);
criterion_main!(benches);

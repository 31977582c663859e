//! The scenario engine at national scale: parse + validate (`load_str`) and
//! `project`, on generated scenarios of 20 regions and N schools. The text is
//! the writer's own, so `load_str` takes the fast reader; `ron_parse` is the
//! general parser on the same text.
//!
//! Also the same 10 000 schools planned by 211 districts, and each shipped
//! scenario (`scenarios/*.ron`) read by the fast reader and by RON.
//!
//! Run: `cargo bench --bench engine -- --warm-up-time 1 --measurement-time 5`
//! (add `shipped` after `--` for the shipped files alone).
//! Target: under 30 ms for 10 000 schools, parse to projection.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use seatplan::io::{fast_parse, load_str, ron_parse, to_ron_string};
use seatplan::model::{District, LocalizedName, Scenario, project};

#[path = "common/national.rs"]
mod national;
use national::scenario;

const SIZES: [usize; 2] = [10_000, 100_000];

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
        // The general parser alone, which the loader uses for any file not
        // in the writer's own layout (comments, hand edits): the figure
        // before the fast reader.
        group.bench_with_input(BenchmarkId::new("ron_parse", n), &text, |b, text| {
            b.iter(|| ron_parse(black_box(text)).expect("parses"))
        });
        group.bench_with_input(
            BenchmarkId::new("project", n),
            &loaded.scenario,
            |b, scenario| b.iter(|| project(black_box(scenario))),
        );
        group.finish();
    }
}

/// Each shipped scenario read by the fast reader (which the loader takes for
/// them) and by RON (what it took before the reader skipped comment lines).
fn shipped(c: &mut Criterion) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("the scenarios folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    let mut group = c.benchmark_group("shipped");
    for path in files {
        let text = std::fs::read_to_string(&path).expect("readable");
        let name = path
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("fast_parse", &name), &text, |b, text| {
            b.iter(|| fast_parse(black_box(text)).expect("takes the fast path"))
        });
        group.bench_with_input(BenchmarkId::new("ron_parse", &name), &text, |b, text| {
            b.iter(|| ron_parse(black_box(text)).expect("parses"))
        });
    }
    group.finish();
}

criterion_group!(benches, engine, districts, shipped);
criterion_main!(benches);

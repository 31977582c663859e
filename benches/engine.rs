//! The scenario engine at national scale: parse + validate (`load_str`) and
//! `project`, on generated scenarios of 20 regions and N schools. The text is
//! the writer's own, so `load_str` takes the fast reader; `ron_parse` is the
//! general parser on the same text.
//!
//! Run: `cargo bench --bench engine -- --warm-up-time 1 --measurement-time 5`.
//! Target: under 30 ms for 10 000 schools, parse to projection.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use seatplan::io::{load_str, ron_parse, to_ron_string};
use seatplan::model::project;

#[path = "common/national.rs"]
mod national;
use national::scenario;

const SIZES: [usize; 2] = [10_000, 100_000];

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

criterion_group!(benches, engine);
criterion_main!(benches);

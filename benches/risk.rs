//! The delay-risk simulation on the national scenario: 10 000 draws of the
//! 212 schools of `scenarios/kazakhstan-2023-2029.ron` (20 regions, 7 years),
//! band and `p_closed` included.
//!
//! Run: `cargo bench --bench risk -- --warm-up-time 1 --measurement-time 5`.
//! Target: under 200 ms, so the band can follow edits interactively.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use seatplan::io::{DEFAULT_SCENARIO, load_str};
use seatplan::model::{DelayAssumptions, DelayOdds, RiskOptions, SchoolStatus, WhatIf, simulate};

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
        },
        ..options
    };
    c.bench_function("risk/national all Planned, delay 1/10000 draws", |b| {
        b.iter(|| simulate(black_box(&uncertain), black_box(&delayed)));
    });
}

criterion_group!(benches, risk);
criterion_main!(benches);

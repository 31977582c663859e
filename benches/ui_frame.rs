//! One UI frame (kittest harness step, no rendering) on a scenario with
//! 10 000 schools in one region: the schools table must lay out only the
//! visible rows. Run: `cargo bench --bench ui_frame`.

use std::collections::BTreeMap;

#[path = "../tests/it/harness.rs"]
#[allow(dead_code)]
mod harness;

use criterion::{Criterion, criterion_group, criterion_main};
use seatplan::app::Selection;
use seatplan::model::{
    LocalizedName, Region, RegionKind, Scenario, School, SchoolStatus, SeatUnit,
};

fn scenario(schools: usize) -> Scenario {
    Scenario {
        format: 1,
        name: "bench".into(),
        description: None,
        base_year: 2023,
        horizon: 2029,
        seat_unit: SeatUnit::Design,
        assumptions: None,
        regions: vec![Region {
            id: "big".into(),
            name: LocalizedName {
                en: Some("Big region".into()),
                ..LocalizedName::default()
            },
            kind: RegionKind::Oblast,
            deficit: Some(BTreeMap::from([(2023, 1_000_000), (2029, 3_000_000)])),
            demand: None,
            districts: None,
            illustrative: true,
            source: None,
        }],
        schools: (0..schools)
            .map(|i| School {
                id: format!("s-{i}"),
                name: format!("School {i}"),
                region: "big".into(),
                district: Some(format!("District {}", i % 11)),
                seats: 300 + (i % 10) as u32 * 150,
                replaces: 0,
                opens: 2023 + (i % 7) as i32,
                status: SchoolStatus::Planned,
                funding: None,
                source: None,
            })
            .collect(),
    }
}

fn frame(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("big.ron");
    seatplan::io::save_path(&scenario(10_000), &path).expect("write scenario");
    let mut h = harness::app()
        .file(Some(path.clone()))
        .max_steps(50)
        .build();
    h.state_mut().view.selection = Some(Selection::Region(0));
    h.run();
    c.bench_function("ui frame, 10 000 schools in one region", |b| {
        b.iter(|| h.step())
    });
}

criterion_group!(benches, frame);
criterion_main!(benches);

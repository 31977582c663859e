//! Spreadsheets at national scale: importing a 10 000-row school list and
//! exporting the workbook of 10 000 schools (goal: each under 1 s), and
//! `seatplan report` against LibreOffice recalculating the exported workbook
//! of the same scenario, side by side.
//!
//! Run: `cargo bench --bench sheets -- --warm-up-time 1 --measurement-time 5`.
//! The LibreOffice pair runs only when `soffice` is on PATH.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::Path;
use std::process::Command;

use criterion::{Criterion, criterion_group, criterion_main};
use rust_xlsxwriter::Workbook;
use seatplan::export::{XlsxOptions, xlsx_bytes};
use seatplan::i18n::Lang;
use seatplan::io::import::{self, ImportOptions};
use seatplan::model::{
    Funding, LocalizedName, Region, RegionKind, Scenario, School, SchoolStatus, SeatUnit, project,
};

const N: usize = 10_000;

fn scenario(n: usize) -> Scenario {
    let regions = (0..20)
        .map(|r| Region {
            id: format!("region-{r:02}"),
            name: LocalizedName {
                kk: Some(format!("Облыс {r}")),
                ru: Some(format!("Область {r}")),
                en: Some(format!("Region {r}")),
            },
            kind: RegionKind::Oblast,
            deficit: Some(BTreeMap::from([
                (2023, 10_000 + 1_000 * r),
                (2029, 22_000 + 1_500 * r),
            ])),
            demand: None,
            districts: None,
            illustrative: false,
            source: None,
            review: None,
        })
        .collect();
    let schools = (0..n)
        .map(|i| School {
            id: format!("sch-{i:06}"),
            name: format!("Школа на {} мест, мкр. {}", 300 + 100 * (i % 28), i % 97).into(),
            region: format!("region-{:02}", i % 20),
            district: None,
            seats: 300 + 100 * u32::try_from(i % 28).unwrap_or(0),
            replaces: if i % 5 == 0 { 100 } else { 0 },
            opens: 2023 + i32::try_from(i % 7).unwrap_or(0),
            status: SchoolStatus::ALL[i % 3],
            funding: Some(Funding::ALL[i % 6]),
            source: None,
            replaces_existing: None,
        })
        .collect();
    Scenario {
        format: 1,
        name: "Bench".into(),
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

/// A planner's sheet of `n` rows: title row, Russian headers, grouped
/// numbers with unit words, years with "г.", statuses in words.
fn school_list(path: &Path, n: usize) {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    let header = [
        "Наименование",
        "Район",
        "Мощность (мест)",
        "Год ввода",
        "Статус",
        "Финансирование",
    ];
    ws.write_string(0, 0, "Перечень школ").expect("write");
    for (c, h) in (0u16..).zip(header) {
        ws.write_string(2, c, h).expect("write");
    }
    let statuses = ["планируется", "строится", "введена"];
    let funding = ["республиканский бюджет", "местный бюджет", "ГЧП"];
    for i in 0..n {
        let r = u32::try_from(i).expect("row") + 3;
        ws.write_string(r, 0, format!("Школа № {i}"))
            .expect("write");
        ws.write_string(r, 1, format!("Район {}", i % 11))
            .expect("write");
        ws.write_string(r, 2, format!("1 {:03} мест", i % 1000))
            .expect("write");
        ws.write_string(r, 3, format!("{} г.", 2023 + i % 7))
            .expect("write");
        ws.write_string(r, 4, statuses[i % 3]).expect("write");
        ws.write_string(r, 5, funding[i % 3]).expect("write");
    }
    book.save(path).expect("save");
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let sheet = dir.path().join("schools.xlsx");
    school_list(&sheet, N);
    let target = scenario(0);
    let options = ImportOptions {
        region: "region-03".into(),
        overrides: vec![],
    };
    c.bench_function("import 10 000 rows (xlsx read + plan)", |b| {
        b.iter(|| {
            let wb = import::read(black_box(&sheet), None).expect("read");
            let plan = import::plan(&wb, &target, &options).expect("plan");
            assert_eq!(plan.good_schools().count(), N);
            plan
        });
    });

    let big = scenario(N);
    let p = project(&big);
    c.bench_function("export workbook of 10 000 schools", |b| {
        b.iter(|| xlsx_bytes(black_box(&big), &p, XlsxOptions::new(Lang::Ru)).expect("xlsx"));
    });

    report_vs_libreoffice(c, dir.path());
}

/// The national scenario: `seatplan report` (a process: read, validate,
/// project, print) against LibreOffice recalculating that scenario's
/// exported workbook on load and writing its projection sheet.
fn report_vs_libreoffice(c: &mut Criterion, dir: &Path) {
    let national = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/kazakhstan-2023-2029.ron");
    let bin = env!("CARGO_BIN_EXE_seatplan");
    let mut group = c.benchmark_group("national: report vs LibreOffice");
    group.sample_size(10);
    group.bench_function("seatplan report", |b| {
        b.iter(|| {
            let out = Command::new(bin)
                .arg("report")
                .arg(&national)
                .output()
                .expect("run");
            assert!(out.status.success());
        });
    });
    let soffice = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|p| p.join("soffice").is_file()));
    if soffice {
        let book = dir.join("projection.xlsx");
        let run = Command::new(bin)
            .args(["report"])
            .arg(&national)
            .arg("--xlsx")
            .arg(&book)
            .output()
            .expect("export");
        assert!(run.status.success());
        let profile = dir.join("profile");
        std::fs::create_dir_all(profile.join("user")).expect("profile");
        std::fs::write(
            profile.join("user/registrymodifications.xcu"),
            include_str!("../scripts/recalc-profile.xcu"),
        )
        .expect("profile");
        let out = dir.join("out");
        group.bench_function("LibreOffice recalculation", |b| {
            b.iter(|| {
                let status = Command::new("soffice")
                    .env("LC_ALL", "C.UTF-8")
                    .arg(format!("-env:UserInstallation=file://{}", profile.display()))
                    .args(["--headless", "--norestore", "--convert-to"])
                    .arg("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,0")
                    .arg("--outdir")
                    .arg(&out)
                    .arg(&book)
                    .output()
                    .expect("soffice");
                assert!(status.status.success() && out.join("projection.csv").is_file());
            });
        });
    } else {
        eprintln!("LibreOffice pair skipped: soffice is not on PATH");
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);

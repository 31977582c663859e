//! `seatplan merge` and `seatplan split` end to end on the binary, and the
//! merge rules on the library (docs/merge.md).

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output};

use crate::common::root;
use seatplan::io::load_path;
use seatplan::model::{
    Demand, District, LocalizedName, MergeError, MergeInput, MergeNotice, Region, RegionKind,
    Scenario, SeatUnit, merge,
};

/// Runs the binary in `dir`, so that messages name the files as given.
fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_seatplan"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the seatplan binary runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).expect("write input");
}

/// The names in `dir`, sorted: proves that nothing else (no output, no
/// temporary file) was written.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Region "a", Design; deficit 1000 in 2023 rising 100 a year to 1600 in 2029;
/// one school of 500 seats in 2024, with id "s1".
const A: &str = r#"Scenario(format: 1, name: "Region A", base_year: 2023, horizon: 2029,
    assumptions: (cost_per_seat: {1200: 5000000}),
    regions: [Region(id: "a", name: (en: "A"), kind: Oblast, deficit: {2023: 1000, 2029: 1600})],
    schools: [School(id: "s1", name: "a school", region: "a", seats: 500, opens: 2024, status: Planned)],
)"#;

/// Region "b" in places in two shifts, with values whose halves differ from
/// halving the interpolated or net figures (see `twoshift_input_is_halved`).
const B_TWO_SHIFT: &str = r#"Scenario(format: 1, name: "Region B", base_year: 2023, horizon: 2029,
    seat_unit: TwoShift,
    assumptions: (cost_per_seat: {1200: 6000000}),
    regions: [Region(id: "b", name: (en: "B"), kind: City,
        deficit: {2023: 3001, 2026: -5, 2029: 4001})],
    schools: [
        School(id: "s1", name: "b one", region: "b", seats: 1500, replaces: 301, opens: 2025, status: Planned),
        School(id: "b2", name: "b two", region: "b", seats: 1201, opens: 2027, status: UnderConstruction),
    ],
)"#;

#[test]
fn twoshift_input_is_halved_and_ids_and_assumptions_are_noticed() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.ron", A);
    write(dir.path(), "b.ron", B_TWO_SHIFT);
    let out = run_in(dir.path(), &["merge", "a.ron", "b.ron", "-o", "all.ron"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(out.stdout.is_empty());
    let notes: Vec<&str> = err
        .lines()
        .filter_map(|l| l.strip_prefix("seatplan: note: "))
        .collect();
    assert_eq!(
        notes,
        [
            "the assumptions of b.ron differ from those of a.ron: the merged scenario keeps \
             those of a.ron",
            "b.ron counts places in two shifts (seat_unit: TwoShift): its seats, replaces, \
             deficit values and capacities are halved to design seats (rounded)",
            "school \"s1\" of b.ron is renamed \"b.s1\": a.ron already has a school with that id",
        ]
    );

    let merged = load_path(&dir.path().join("all.ron")).expect("the output loads");
    assert!(merged.diagnostics.is_empty(), "{:?}", merged.diagnostics);
    let s = merged.scenario;
    assert_eq!(s.name, "Region A + 1 more");
    assert_eq!(s.seat_unit, SeatUnit::Design);
    assert_eq!(
        s.assumptions.and_then(|a| a.cost_per_seat),
        Some(BTreeMap::from([(1200, 5_000_000)]))
    );
    // Every written value halved on its own, halves away from zero:
    // 3001 → 1501, −5 → −3, 4001 → 2001.
    assert_eq!(
        s.regions[1].deficit,
        Some(BTreeMap::from([(2023, 1501), (2026, -3), (2029, 2001)]))
    );
    let schools: Vec<(&str, u32, u32)> = s
        .schools
        .iter()
        .map(|x| (x.id.as_str(), x.seats, x.replaces))
        .collect();
    // 1500 → 750 and 301 → 151 (net 599; halving the net 1199 would give 600).
    assert_eq!(
        schools,
        [("s1", 500, 0), ("b.s1", 750, 151), ("b2", 601, 0)]
    );

    // Worked by hand. a: 1000 + 100 a year; 500 open in 2024.
    // b: interpolated from the halved points 1501 (2023), −3 (2026), 2001 (2029):
    // 2024 = 1501 − 1504/3 = 999.67 → 1000; 2025 = 1501 − 2·1504/3 = 498.33 → 498
    // (halving the two-shift 2025 value, 997, would give 499); 2027 = −3 + 2004/3
    // = 665; 2028 = −3 + 2·2004/3 = 1333. Opened 599 in 2025, 601 in 2027.
    let expected = "region,year,deficit,opened,cumulative,shortfall,surplus
a,2023,1000,0,0,1000,0
a,2024,1100,500,500,600,0
a,2025,1200,0,500,700,0
a,2026,1300,0,500,800,0
a,2027,1400,0,500,900,0
a,2028,1500,0,500,1000,0
a,2029,1600,0,500,1100,0
b,2023,1501,0,0,1501,0
b,2024,1000,0,0,1000,0
b,2025,498,599,599,0,101
b,2026,-3,0,599,0,602
b,2027,665,601,1200,0,535
b,2028,1333,0,1200,133,0
b,2029,2001,0,1200,801,0
TOTAL,2023,2501,0,0,2501,0
TOTAL,2024,2100,500,500,1600,0
TOTAL,2025,1698,599,1099,700,101
TOTAL,2026,1297,0,1099,800,602
TOTAL,2027,2065,601,1700,900,535
TOTAL,2028,2833,0,1700,1133,0
TOTAL,2029,3601,0,1700,1901,0
";
    let report = run_in(dir.path(), &["report", "all.ron"]);
    assert_eq!(stdout(&report), expected);
}

#[test]
fn only_twoshift_inputs_stay_in_two_shifts() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "b.ron", B_TWO_SHIFT);
    write(
        dir.path(),
        "c.ron",
        &B_TWO_SHIFT
            .replace("id: \"b\"", "id: \"c\"")
            .replace("region: \"b\"", "region: \"c\"")
            .replace("\"s1\"", "\"c1\"")
            .replace("\"b2\"", "\"c2\""),
    );
    let out = run_in(dir.path(), &["merge", "b.ron", "c.ron", "-o", "bc.ron"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stderr(&out).contains("note:"), "{}", stderr(&out));
    let s = load_path(&dir.path().join("bc.ron"))
        .expect("loads")
        .scenario;
    assert_eq!(s.seat_unit, SeatUnit::TwoShift);
    assert_eq!(s.schools[0].seats, 1500, "nothing halved");
    assert_eq!(
        s.regions[1].deficit,
        Some(BTreeMap::from([(2023, 3001), (2026, -5), (2029, 4001)]))
    );
}

/// `region: "R"` and the given school ids; one region, Design, no assumptions.
fn region_file(region: &str, school_ids: &[&str]) -> String {
    let schools: Vec<String> = school_ids
        .iter()
        .map(|id| {
            format!(
                "School(id: \"{id}\", name: \"x\", region: \"{region}\", seats: 100, opens: 2025, \
                 status: Planned)"
            )
        })
        .collect();
    format!(
        "Scenario(format: 1, name: \"Region {region}\", base_year: 2023, horizon: 2029,
        regions: [Region(id: \"{region}\", name: (en: \"{region}\"), kind: Oblast, deficit: {{2023: 10, 2029: 10}})],
        schools: [{}])",
        schools.join(", ")
    )
}

#[test]
fn clashing_school_ids_become_region_dot_id_then_numbered() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.ron", &region_file("a", &["s1", "s2"]));
    // "b.s1" is free when its own school comes; then "s1" finds both "s1" and
    // "b.s1" taken and becomes "b.s1-2".
    write(dir.path(), "b.ron", &region_file("b", &["b.s1", "s1"]));
    write(
        dir.path(),
        "c.ron",
        &region_file("c", &["c.s1", "c.s1-2", "s1", "s2"]),
    );
    let out = run_in(
        dir.path(),
        &["merge", "a.ron", "b.ron", "c.ron", "-o", "abc.ron"],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let s = load_path(&dir.path().join("abc.ron")).expect("loads");
    assert!(s.diagnostics.is_empty(), "{:?}", s.diagnostics);
    let ids: Vec<&str> = s.scenario.schools.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "s1", "s2", "b.s1", "b.s1-2", "c.s1", "c.s1-2", "c.s1-3", "c.s2"
        ]
    );
    let regions: Vec<&str> = s.scenario.regions.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(regions, ["a", "b", "c"], "input order");
    assert_eq!(s.scenario.name, "Region a + 2 more");
    for line in [
        "seatplan: note: school \"s1\" of b.ron is renamed \"b.s1-2\": a.ron already has a \
         school with that id",
        "seatplan: note: school \"s1\" of c.ron is renamed \"c.s1-3\": a.ron already has a \
         school with that id",
        "seatplan: note: school \"s2\" of c.ron is renamed \"c.s2\": a.ron already has a \
         school with that id",
    ] {
        assert!(err.lines().any(|l| l == line), "missing {line:?} in\n{err}");
    }
    assert_eq!(err.matches("note:").count(), 3, "{err}");
}

#[test]
fn name_option_replaces_the_default_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.ron", &region_file("a", &["s1"]));
    write(dir.path(), "b.ron", &region_file("b", &["s2"]));
    let out = run_in(
        dir.path(),
        &[
            "merge",
            "a.ron",
            "b.ron",
            "-o",
            "ab.ron",
            "--name",
            "Kazakhstan, akimat files",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let s = load_path(&dir.path().join("ab.ron"))
        .expect("loads")
        .scenario;
    assert_eq!(s.name, "Kazakhstan, akimat files");
    assert!(s.assumptions.is_none(), "no input has assumptions");
}

#[test]
fn assumptions_come_from_the_first_input_that_has_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "x.ron", &region_file("x", &["x1"]));
    write(dir.path(), "b.ron", B_TWO_SHIFT);
    write(dir.path(), "a.ron", A);
    let out = run_in(
        dir.path(),
        &["merge", "x.ron", "b.ron", "a.ron", "-o", "m.ron"],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let s = load_path(&dir.path().join("m.ron"))
        .expect("loads")
        .scenario;
    assert_eq!(
        s.assumptions.and_then(|a| a.cost_per_seat),
        Some(BTreeMap::from([(1200, 6_000_000)])),
        "x.ron has none, b.ron is the first with them"
    );
    assert!(
        err.contains(
            "seatplan: note: the assumptions of a.ron differ from those of b.ron: the merged \
             scenario keeps those of b.ron\n"
        ),
        "{err}"
    );
}

#[test]
fn a_region_in_two_files_is_refused_naming_both() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.ron", &region_file("a", &["s1"]));
    write(dir.path(), "again.ron", &region_file("a", &["s9"]));
    let out = run_in(dir.path(), &["merge", "a.ron", "again.ron", "-o", "m.ron"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(
            "seatplan: error: region \"a\" is in both a.ron and again.ron: a region may come \
             from one file only; remove it from one of them\n"
        ),
        "{}",
        stderr(&out)
    );
    assert_eq!(names(dir.path()), ["a.ron", "again.ron"], "nothing written");
}

#[test]
fn different_years_are_refused_naming_the_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.ron", &region_file("a", &["s1"]));
    write(
        dir.path(),
        "late.ron",
        &region_file("b", &["s2"]).replace("horizon: 2029", "horizon: 2030"),
    );
    let out = run_in(dir.path(), &["merge", "a.ron", "late.ron", "-o", "m.ron"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(
            "seatplan: error: late.ron covers 2023–2030 but a.ron covers 2023–2029: files \
             merged together need the same base_year and horizon\n"
        ),
        "{}",
        stderr(&out)
    );
    assert_eq!(names(dir.path()), ["a.ron", "late.ron"], "nothing written");
}

#[test]
fn an_input_with_errors_is_refused_with_its_diagnostics() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.ron", &region_file("a", &["s1"]));
    // The school names a region the file does not have (an error), and the
    // second file's school has 0 seats (a warning only).
    write(
        dir.path(),
        "bad.ron",
        &region_file("b", &["s2"]).replace("region: \"b\", seats", "region: \"q\", seats"),
    );
    write(
        dir.path(),
        "warn.ron",
        &region_file("w", &["s3"]).replace("seats: 100", "seats: 0"),
    );
    let out = run_in(
        dir.path(),
        &["merge", "a.ron", "bad.ron", "warn.ron", "-o", "m.ron"],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("bad.ron:3:") && err.contains(": error: school \"s2\" is in region \"q\""),
        "{err}"
    );
    assert!(err.contains("warn.ron:3:"), "{err}");
    assert!(err.contains("seatplan: nothing written to m.ron"), "{err}");
    assert_eq!(names(dir.path()), ["a.ron", "bad.ron", "warn.ron"]);
}

#[test]
fn an_unreadable_input_is_a_usage_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.ron", &region_file("a", &["s1"]));
    let out = run_in(
        dir.path(),
        &["merge", "a.ron", "missing.ron", "-o", "m.ron"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("missing.ron: error: cannot read missing.ron"),
        "{}",
        stderr(&out)
    );
    assert_eq!(names(dir.path()), ["a.ron"]);
}

#[test]
fn an_existing_output_needs_force_and_is_then_kept_as_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.ron", &region_file("a", &["s1"]));
    write(dir.path(), "b.ron", &region_file("b", &["s2"]));
    write(dir.path(), "m.ron", "the planner's own notes");
    let args = ["merge", "a.ron", "b.ron", "-o", "m.ron"];
    let out = run_in(dir.path(), &args);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(
            "seatplan: error: m.ron already exists: add --force to replace it (the old file is \
             kept as m.ron.bak)"
        ),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("m.ron")).expect("read"),
        "the planner's own notes"
    );
    assert_eq!(names(dir.path()), ["a.ron", "b.ron", "m.ron"]);

    let out = run_in(dir.path(), &[&args[..], &["--force"]].concat());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("m.ron.bak")).expect("backup"),
        "the planner's own notes"
    );
    let s = load_path(&dir.path().join("m.ron"))
        .expect("loads")
        .scenario;
    assert_eq!(s.regions.len(), 2);
    assert_eq!(names(dir.path()), ["a.ron", "b.ron", "m.ron", "m.ron.bak"]);
}

#[test]
fn a_folder_as_output_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.ron", &region_file("a", &["s1"]));
    std::fs::create_dir(dir.path().join("out")).expect("mkdir");
    let out = run_in(dir.path(), &["merge", "a.ron", "-o", "out", "--force"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("out is a folder"), "{}", stderr(&out));
    assert!(names(&dir.path().join("out")).is_empty());
}

#[test]
fn a_single_input_keeps_its_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.ron", &region_file("a", &["s1"]));
    let out = run_in(dir.path(), &["merge", "a.ron", "-o", "m.ron"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let s = load_path(&dir.path().join("m.ron"))
        .expect("loads")
        .scenario;
    assert_eq!(s.name, "Region a");
}

/// Every shipped scenario, split into regional files and merged back in the
/// same order, reports exactly what the original reports.
#[test]
fn split_then_merge_reproduces_every_shipped_report() {
    let scenarios = root().join("scenarios");
    let mut checked = 0;
    for entry in std::fs::read_dir(&scenarios).expect("scenarios/") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        let original = load_path(&path).expect("shipped file loads").scenario;
        let dir = tempfile::tempdir().expect("temp dir");
        let file = path.to_str().expect("utf-8 path");
        let out = run_in(dir.path(), &["split", file, "-o", "parts"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let mut expected_names: Vec<String> = original
            .regions
            .iter()
            .map(|r| format!("{}.ron", r.id))
            .collect();
        expected_names.sort();
        assert_eq!(names(&dir.path().join("parts")), expected_names);

        let parts: Vec<String> = original
            .regions
            .iter()
            .map(|r| format!("parts/{}.ron", r.id))
            .collect();
        for (part, region) in parts.iter().zip(&original.regions) {
            let loaded = load_path(&dir.path().join(part)).expect("part loads");
            assert!(!loaded.has_errors(), "{part}: {:?}", loaded.diagnostics);
            let s = loaded.scenario;
            assert_eq!(s.regions, std::slice::from_ref(region));
            assert!(s.schools.iter().all(|x| x.region == region.id));
            assert_eq!(
                s.schools.len(),
                original
                    .schools
                    .iter()
                    .filter(|x| x.region == region.id)
                    .count()
            );
            assert_eq!(
                (s.base_year, s.horizon, s.seat_unit, &s.assumptions),
                (
                    original.base_year,
                    original.horizon,
                    original.seat_unit,
                    &original.assumptions
                )
            );
        }
        let mut args = vec!["merge"];
        args.extend(parts.iter().map(String::as_str));
        args.extend(["-o", "merged.ron"]);
        let out = run_in(dir.path(), &args);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(
            !stderr(&out).contains("note:"),
            "one file's parts need no conversion or renaming: {}",
            stderr(&out)
        );
        let before = run_in(dir.path(), &["report", file]);
        let after = run_in(dir.path(), &["report", "merged.ron"]);
        assert_eq!(after.status.code(), Some(0), "{}", stderr(&after));
        assert!(before.stdout.len() > 100);
        assert_eq!(stdout(&after), stdout(&before), "{}", path.display());
        checked += 1;
    }
    assert!(checked >= 4, "the four shipped scenarios");
}

#[test]
fn split_refuses_to_replace_files_without_force() {
    let dir = tempfile::tempdir().expect("temp dir");
    let national = root().join("scenarios/kazakhstan-2023-2029.ron");
    let file = national.to_str().expect("utf-8 path");
    std::fs::create_dir(dir.path().join("parts")).expect("mkdir");
    write(&dir.path().join("parts"), "astana.ron", "kept");
    let out = run_in(dir.path(), &["split", file, "-o", "parts"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("parts/astana.ron already exists: add --force"),
        "{}",
        stderr(&out)
    );
    assert_eq!(names(&dir.path().join("parts")), ["astana.ron"]);
    let out = run_in(dir.path(), &["split", file, "-o", "parts", "--force"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        names(&dir.path().join("parts")).len(),
        20 + 1,
        "and the .bak"
    );
    assert!(stderr(&out).contains("wrote 20 files to parts"));
}

fn region(id: &str) -> Region {
    Region {
        id: id.to_owned(),
        name: LocalizedName {
            en: Some(id.to_owned()),
            ..LocalizedName::default()
        },
        kind: RegionKind::Oblast,
        deficit: None,
        demand: None,
        districts: None,
        illustrative: false,
        source: None,
        review: None,
    }
}

fn scenario(unit: SeatUnit, regions: Vec<Region>) -> Scenario {
    Scenario {
        seat_unit: unit,
        regions,
        ..Scenario::new_empty()
    }
}

fn input(source: &str, scenario: Scenario) -> MergeInput {
    MergeInput {
        source: source.to_owned(),
        scenario,
    }
}

/// Capacities of demands, in regions and districts alike, and district
/// deficit maps are halved; births and pupils are people and stay.
#[test]
fn twoshift_capacities_and_district_deficits_are_halved() {
    let demand = |capacity| Demand {
        capacity: Some(capacity),
        shifts: 2,
        births: BTreeMap::from([(2017, 30_001)]),
        pupils: Some(BTreeMap::from([(2023, 320_601)])),
        ..Demand::default()
    };
    let mut by_demand = region("by-demand");
    by_demand.demand = Some(demand(182_001));
    let mut by_districts = region("by-districts");
    by_districts.districts = Some(vec![
        District {
            id: "one".to_owned(),
            name: LocalizedName::default(),
            deficit: Some(BTreeMap::from([(2023, 9_001), (2029, -21_001)])),
            demand: None,
            illustrative: false,
            source: None,
        },
        District {
            id: "two".to_owned(),
            name: LocalizedName::default(),
            deficit: None,
            demand: Some(demand(-7)),
            illustrative: false,
            source: None,
        },
    ]);
    let design = scenario(SeatUnit::Design, vec![region("plain")]);
    let two_shift = scenario(SeatUnit::TwoShift, vec![by_demand, by_districts]);
    let merged = merge(
        &[input("design.ron", design), input("two.ron", two_shift)],
        None,
    )
    .expect("merges");
    assert_eq!(merged.origins, [0, 1, 1]);
    assert_eq!(
        merged.notices,
        [MergeNotice::Halved {
            source: "two.ron".to_owned()
        }]
    );
    let r = &merged.scenario.regions;
    let d = r[1].demand.as_ref().expect("demand kept");
    assert_eq!(
        d.capacity,
        Some(91_001),
        "182 001 / 2 = 91 000.5, away from zero"
    );
    assert_eq!(d.births[&2017], 30_001, "births are not seats");
    assert_eq!(d.pupils.as_ref().map(|p| p[&2023]), Some(320_601));
    let districts = r[2].districts.as_ref().expect("districts kept");
    assert_eq!(
        districts[0].deficit,
        Some(BTreeMap::from([(2023, 4_501), (2029, -10_501)]))
    );
    assert_eq!(
        districts[1].demand.as_ref().and_then(|d| d.capacity),
        Some(-4),
        "−3.5 away from zero"
    );
}

#[test]
fn merge_errors_are_all_reported_at_once() {
    let mut late = scenario(SeatUnit::Design, vec![region("b")]);
    late.horizon = 2031;
    let errors = merge(
        &[
            input("a.ron", scenario(SeatUnit::Design, vec![region("a")])),
            input("late.ron", late),
            input("again.ron", scenario(SeatUnit::Design, vec![region("a")])),
        ],
        None,
    )
    .expect_err("refused");
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(matches!(&errors[0], MergeError::Years { source, .. } if source == "late.ron"));
    assert_eq!(
        errors[1],
        MergeError::RegionTwice {
            id: "a".to_owned(),
            first: "a.ron".to_owned(),
            second: "again.ron".to_owned()
        }
    );
    assert_eq!(merge(&[], None).expect_err("empty"), [MergeError::NoInputs]);
}

/// Every merge message (whose English `seatplan merge` prints from the
/// English translation) is translated into kk and ru with every argument.
#[test]
fn merge_messages_are_translated() {
    use seatplan::i18n::{Lang, diagnostic_text};
    let text = |s: &str| s.to_owned();
    let notices = [
        MergeNotice::Halved {
            source: text("b.ron"),
        },
        MergeNotice::Renamed {
            source: text("b.ron"),
            old_id: text("s1"),
            new_id: text("b.s1"),
            taken_by: text("a.ron"),
        },
        MergeNotice::AssumptionsDiffer {
            source: text("b.ron"),
            used_from: text("a.ron"),
        },
    ];
    let errors = [
        MergeError::NoInputs,
        MergeError::Years {
            source: text("b.ron"),
            base: 2024,
            horizon: 2030,
            first: text("a.ron"),
            first_base: 2023,
            first_horizon: 2029,
        },
        MergeError::RegionTwice {
            id: text("a"),
            first: text("a.ron"),
            second: text("b.ron"),
        },
    ];
    let all: Vec<(&str, Vec<_>, String)> = notices
        .iter()
        .map(|n| (n.code(), n.args(), n.to_string()))
        .chain(errors.iter().map(|e| (e.code(), e.args(), e.to_string())))
        .collect();
    for (code, args, english) in &all {
        for lang in [Lang::Kk, Lang::Ru] {
            let t = diagnostic_text(code, args, lang, false);
            assert!(!t.contains('{') && !t.contains(code), "{code}: {t}");
            assert_ne!(&t, english, "{code} in {lang:?}");
            for (_, arg) in args {
                if let seatplan::model::DiagArg::Text(s) = arg {
                    assert!(t.contains(s.as_str()), "{code} in {lang:?} lacks {s}: {t}");
                }
            }
        }
    }
}

/// A demand region counted in places in two shifts: births-lag pupils of
/// docs/examples/demand-totals.ron (P = 270, 270, 320, 336, 392, 421 for
/// 2020–2025) with capacity 801 places.
const SOUTH_DEMAND_TWO_SHIFT: &str = r#"Scenario(format: 1, name: "South", base_year: 2020, horizon: 2025,
    seat_unit: TwoShift,
    regions: [Region(id: "south", name: (en: "South"), kind: Oblast,
        demand: Demand(capacity: 801, shifts: 1,
            births: {2014: 100, 2015: 100, 2016: 120, 2017: 130, 2018: 150},
            pupils: {2021: 270, 2022: 320, 2023: 336}, grade_count: 3))],
    schools: [])"#;

#[test]
fn a_twoshift_demand_is_merged_with_its_capacity_halved() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "north.ron",
        r#"Scenario(format: 1, name: "North", base_year: 2020, horizon: 2025,
        regions: [Region(id: "north", name: (en: "North"), kind: Oblast, deficit: {2020: 100, 2025: 100})],
        schools: [])"#,
    );
    write(dir.path(), "south.ron", SOUTH_DEMAND_TWO_SHIFT);
    let out = run_in(
        dir.path(),
        &["merge", "north.ron", "south.ron", "-o", "m.ron"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("seatplan: note: south.ron counts places in two shifts"));
    let s = load_path(&dir.path().join("m.ron"))
        .expect("loads")
        .scenario;
    let demand = s.regions[1].demand.as_ref().expect("the demand is kept");
    assert_eq!(
        demand.capacity,
        Some(401),
        "801 / 2 = 400.5, away from zero"
    );
    assert_eq!(demand.births[&2018], 150, "births are people, not seats");
    // In design seats need = P (u = 1, one shift, no margin), so the deficit
    // is P − 401: −131, −131, −81, −65, −9, 20. North: 100 a year.
    let expected = "region,year,deficit,opened,cumulative,shortfall,surplus
north,2020,100,0,0,100,0
north,2021,100,0,0,100,0
north,2022,100,0,0,100,0
north,2023,100,0,0,100,0
north,2024,100,0,0,100,0
north,2025,100,0,0,100,0
south,2020,-131,0,0,0,131
south,2021,-131,0,0,0,131
south,2022,-81,0,0,0,81
south,2023,-65,0,0,0,65
south,2024,-9,0,0,0,9
south,2025,20,0,0,20,0
TOTAL,2020,-31,0,0,100,131
TOTAL,2021,-31,0,0,100,131
TOTAL,2022,19,0,0,100,81
TOTAL,2023,35,0,0,100,65
TOTAL,2024,91,0,0,100,9
TOTAL,2025,120,0,0,120,0
";
    let report = run_in(dir.path(), &["report", "m.ron"]);
    assert_eq!(stdout(&report), expected, "{}", stderr(&report));
}

#[test]
fn twoshift_districts_are_halved_each_written_value_on_its_own() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "north.ron",
        r#"Scenario(format: 1, name: "North", base_year: 2020, horizon: 2025,
        regions: [Region(id: "north", name: (en: "North"), kind: Oblast, deficit: {2020: 100, 2025: 100})],
        schools: [])"#,
    );
    write(
        dir.path(),
        "east.ron",
        r#"Scenario(format: 1, name: "East", base_year: 2020, horizon: 2025, seat_unit: TwoShift,
        regions: [Region(id: "east", name: (en: "East"), kind: City, districts: [
            District(id: "one", name: (en: "One"), deficit: {2020: 3001, 2025: 3001}),
            District(id: "two", name: (en: "Two"), deficit: {2020: -5, 2025: 1001}),
        ])],
        schools: [School(id: "e1", name: "e1", region: "east", district: "one", seats: 1500,
            replaces: 301, opens: 2022, status: Planned)])"#,
    );
    let out = run_in(
        dir.path(),
        &["merge", "north.ron", "east.ron", "-o", "m.ron"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // One: 3001 → 1501 flat; the school 1500 − 301 places → 750 − 151 = 599.
    // Two: −5 → −3 and 1001 → 501, interpolated afterwards: −3 + 504·k/5 for
    // k = 1..4 is 97.8, 198.6, 299.4, 400.2 → 98, 199, 299, 400.
    let expected = "region,district,year,deficit,opened,cumulative,shortfall,surplus
east,one,2020,1501,0,0,1501,0
east,one,2021,1501,0,0,1501,0
east,one,2022,1501,599,599,902,0
east,one,2023,1501,0,599,902,0
east,one,2024,1501,0,599,902,0
east,one,2025,1501,0,599,902,0
east,two,2020,-3,0,0,0,3
east,two,2021,98,0,0,98,0
east,two,2022,199,0,0,199,0
east,two,2023,299,0,0,299,0
east,two,2024,400,0,0,400,0
east,two,2025,501,0,0,501,0
";
    let report = run_in(dir.path(), &["report", "m.ron", "--districts"]);
    assert_eq!(stdout(&report), expected, "{}", stderr(&report));
}

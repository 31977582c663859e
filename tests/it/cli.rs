//! `seatplan check` and `seatplan report` end to end, on the built binary
//! (`docs/scenario-format.md`, "Command line").

use crate::common::{root, seatplan};
use std::path::PathBuf;
use std::process::Output;

use seatplan::io::load_path;

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

/// Two regions, four years, five schools; no warnings. The expected report is
/// worked out by hand in `SMALL_REPORT`.
const SMALL: &str = r#"Scenario(
    format: 1,
    name: "Two regions, worked by hand",
    base_year: 2023,
    horizon: 2026,
    regions: [
        Region(
            id: "east",
            name: (en: "East"),
            kind: Oblast,
            deficit: {2023: 1000, 2025: 2001, 2026: 3000},
        ),
        Region(
            id: "west",
            name: (ru: "Запад"),
            kind: City,
            deficit: {2022: -10, 2026: -5},
        ),
    ],
    schools: [
        School(id: "e1", name: "e1", region: "east", seats: 800, opens: 2023, status: Commissioned),
        School(id: "e2", name: "e2", region: "east", seats: 1200, replaces: 300, opens: 2024, status: Commissioned),
        School(id: "e3", name: "e3", region: "east", seats: 600, opens: 2024, status: UnderConstruction),
        School(id: "e4", name: "e4", region: "east", seats: 300, opens: 2026, status: Planned),
        School(id: "w1", name: "w1", region: "west", seats: 100, opens: 2025, status: Planned),
    ],
)
"#;

// east deficit: 2023 1000 (given); 2024 1000 + (2001 − 1000)·1/2 = 1500.5 → 1501
//   (half away from zero); 2025 2001 (given); 2026 3000 (given).
// east opened: 2023 e1 800; 2024 e2 (1200 − 300 = 900) + e3 600 = 1500; 2025 0;
//   2026 e4 300. cumulative: 800, 2300, 2300, 2600.
// east gap = deficit − cumulative: 200, −799, −299, 400
//   → shortfall 200, 0, 0, 400; surplus 0, 799, 299, 0.
// west deficit, from −10 in 2022 to −5 in 2026 (+5 over 4 years):
//   2023 −10 + 5·1/4 = −8.75 → −9; 2024 −10 + 5·2/4 = −7.5 → −8 (half away from
//   zero); 2025 −10 + 5·3/4 = −6.25 → −6; 2026 −5 (given).
// west opened: 2025 w1 100. cumulative: 0, 0, 100, 100.
// west gap: −9, −8, −106, −105 → shortfall 0; surplus 9, 8, 106, 105.
// TOTAL, each column summed separately:
//   deficit 1000 − 9 = 991, 1501 − 8 = 1493, 2001 − 6 = 1995, 3000 − 5 = 2995;
//   opened 800, 1500, 100, 300; cumulative 800, 2300, 2400, 2700;
//   shortfall 200, 0, 0, 400; surplus 9, 807, 405, 105
//   (in 2023 west's surplus of 9 does not reduce east's shortfall of 200).
const SMALL_REPORT: &str = "\
region,year,deficit,opened,cumulative,shortfall,surplus
east,2023,1000,800,800,200,0
east,2024,1501,1500,2300,0,799
east,2025,2001,0,2300,0,299
east,2026,3000,300,2600,400,0
west,2023,-9,0,0,0,9
west,2024,-8,0,0,0,8
west,2025,-6,100,100,0,106
west,2026,-5,0,100,0,105
TOTAL,2023,991,800,800,200,9
TOTAL,2024,1493,1500,2300,0,807
TOTAL,2025,1995,100,2400,0,405
TOTAL,2026,2995,300,2700,400,105
";

/// SMALL with two schools outside the years: warnings only.
fn with_warnings() -> String {
    SMALL
        .replace("seats: 800, opens: 2023", "seats: 800, opens: 2020")
        .replace("seats: 100, opens: 2025", "seats: 100, opens: 2031")
}

/// SMALL with a school in a region that does not exist: an error.
fn with_error() -> String {
    SMALL.replace(
        r#"id: "w1", name: "w1", region: "west""#,
        r#"id: "w1", name: "w1", region: "wset""#,
    )
}

struct Files {
    dir: tempfile::TempDir,
}

impl Files {
    fn new() -> Self {
        Files {
            dir: tempfile::tempdir().expect("a temp dir"),
        }
    }

    fn write(&self, name: &str, text: &str) -> String {
        let path: PathBuf = self.dir.path().join(name);
        std::fs::write(&path, text).expect("write the scenario");
        path.to_str().expect("temp path is UTF-8").to_owned()
    }

    fn missing(&self, name: &str) -> String {
        let path = self.dir.path().join(name);
        path.to_str().expect("temp path is UTF-8").to_owned()
    }
}

#[test]
fn check_on_a_good_file_exits_0_and_prints_nothing() {
    let files = Files::new();
    let good = files.write("good.ron", SMALL);
    let out = seatplan(&["check", &good]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(out.stdout.is_empty() && out.stderr.is_empty(), "{out:?}");
}

#[test]
fn check_with_warnings_only_exits_0_and_prints_warning_lines() {
    let files = Files::new();
    let warn = files.write("warn.ron", &with_warnings());
    let out = seatplan(&["check", &warn]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        stdout(&out),
        format!(
            "{warn}:21:66: warning: school \"e1\" opens in 2020, before base_year 2023: it is not \
             counted, since its seats are already reflected in the base-year deficit\n\
             {warn}:25:66: warning: school \"w1\" opens in 2031, after horizon 2026: it is not \
             counted\n"
        )
    );
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
}

/// `check` prints the same lines whatever the day: a Commissioned school
/// opening in 2070 is the window's warning (it knows the date), not check's.
#[test]
fn check_does_not_ask_the_clock() {
    let files = Files::new();
    let file = files.write(
        "future.ron",
        r#"Scenario(format: 1, name: "x", base_year: 2023, horizon: 2070,
            regions: [(id: "a", name: (en: "A"), kind: City, deficit: {2023: 1, 2070: 1})],
            schools: [(id: "s", name: "S", region: "a", seats: 10, opens: 2070,
                status: Commissioned)])"#,
    );
    let out = seatplan(&["check", &file]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(out.stdout.is_empty() && out.stderr.is_empty(), "{out:?}");
}

#[test]
fn check_with_an_error_exits_1() {
    let files = Files::new();
    let bad = files.write("bad.ron", &with_error());
    let out = seatplan(&["check", &bad]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert_eq!(
        stdout(&out),
        format!(
            "{bad}:25:38: error: school \"w1\" is in region \"wset\", which is not in this file: \
             use one of the region ids listed under `regions`\n"
        )
    );
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
}

#[test]
fn check_on_several_files_exits_with_the_worst() {
    let files = Files::new();
    let good = files.write("good.ron", SMALL);
    let warn = files.write("warn.ron", &with_warnings());
    let bad = files.write("bad.ron", &with_error());
    let missing = files.missing("missing.ron");

    let out = seatplan(&["check", &good, &warn]);
    assert_eq!(out.status.code(), Some(0), "good + warnings: {out:?}");
    assert_eq!(stdout(&out).lines().count(), 2);

    let out = seatplan(&["check", &good, &warn, &bad]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "good + warnings + errors: {out:?}"
    );
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(
        lines[0].starts_with(&format!("{warn}:21:66: warning: ")),
        "{text}"
    );
    assert!(
        lines[1].starts_with(&format!("{warn}:25:66: warning: ")),
        "{text}"
    );
    assert!(
        lines[2].starts_with(&format!("{bad}:25:38: error: ")),
        "{text}"
    );

    // An unreadable file is the worst, whichever order the files come in;
    // the readable ones are still checked.
    for args in [
        ["check", &bad, &missing, &good],
        ["check", &missing, &bad, &good],
    ] {
        let out = seatplan(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
        assert!(
            stdout(&out).starts_with(&format!("{bad}:25:38: error: ")),
            "{args:?}: {}",
            stdout(&out)
        );
        let err = stderr(&out);
        assert!(
            err.starts_with(&format!("{missing}: error: cannot read {missing}: ")),
            "{args:?}: {err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}

#[test]
fn check_on_a_folder_exits_2_and_says_so() {
    let files = Files::new();
    let dir = files.dir.path().to_str().expect("temp path is UTF-8");
    let out = seatplan(&["check", dir]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(
        stderr(&out).contains("it is a folder, not a scenario file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn check_without_files_is_a_usage_error() {
    let out = seatplan(&["check"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(err.contains("Usage: seatplan check <FILE>..."), "{err}");
}

#[test]
fn report_of_a_small_scenario_is_exactly_the_hand_worked_csv() {
    let files = Files::new();
    let small = files.write("small.ron", SMALL);
    let out = seatplan(&["report", &small]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(stdout(&out), SMALL_REPORT);
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
}

#[test]
fn report_with_warnings_prints_the_csv_and_the_warnings_on_stderr() {
    let files = Files::new();
    let warn = files.write("warn.ron", &with_warnings());
    let out = seatplan(&["report", &warn]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    // e1 (800, 2020) and w1 (100, 2031) are not counted.
    let csv = stdout(&out);
    assert!(csv.contains("\neast,2023,1000,0,0,1000,0\n"), "{csv}");
    assert!(csv.contains("\nwest,2025,-6,0,0,0,6\n"), "{csv}");
    assert_eq!(stderr(&out).lines().count(), 2, "{}", stderr(&out));
}

#[test]
fn report_of_a_file_with_errors_exits_1_with_diagnostics_on_stderr_only() {
    let files = Files::new();
    let bad = files.write("bad.ron", &with_error());
    let out = seatplan(&["report", &bad]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(out.stdout.is_empty(), "{}", stdout(&out));
    assert_eq!(
        stderr(&out),
        format!(
            "{bad}:25:38: error: school \"w1\" is in region \"wset\", which is not in this file: \
             use one of the region ids listed under `regions`\n"
        )
    );

    // A file that does not parse at all: the same.
    let broken = files.write("broken.ron", "Scenario(format: 1,");
    let out = seatplan(&["report", &broken]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(out.stdout.is_empty());
    assert!(
        stderr(&out).starts_with(&format!("{broken}:1:20: error: the file ends too early")),
        "{}",
        stderr(&out)
    );
}

#[test]
fn report_of_a_missing_file_exits_2() {
    let files = Files::new();
    let missing = files.missing("missing.ron");
    let out = seatplan(&["report", &missing]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(out.stdout.is_empty());
    assert!(
        stderr(&out).starts_with(&format!("{missing}: error: cannot read {missing}: ")),
        "{}",
        stderr(&out)
    );
}

const NATIONAL: &str = "scenarios/kazakhstan-2023-2029.ron";

#[test]
fn report_of_the_national_scenario_has_twenty_regions_then_totals_that_add_up() {
    let out = seatplan(&["report", NATIONAL]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let csv = stdout(&out);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("region,year,deficit,opened,cumulative,shortfall,surplus")
    );
    let rows: Vec<(String, i32, [i64; 5])> = lines
        .map(|line| {
            let cells: Vec<&str> = line.split(',').collect();
            assert_eq!(cells.len(), 7, "{line}");
            let n = |i: usize| -> i64 { cells[i].parse().expect("plain integer") };
            (
                cells[0].to_owned(),
                cells[1].parse().expect("a year"),
                [n(2), n(3), n(4), n(5), n(6)],
            )
        })
        .collect();
    assert_eq!(rows.len(), 20 * 7 + 7);
    let (regions, totals) = rows.split_at(20 * 7);

    // Regions in file order, each with 2023..=2029 ascending.
    let loaded = load_path(&root().join(NATIONAL)).expect("national scenario loads");
    let ids: Vec<&str> = loaded
        .scenario
        .regions
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(ids.len(), 20);
    for (block, id) in regions.chunks(7).zip(&ids) {
        for (row, year) in block.iter().zip(2023..=2029) {
            assert_eq!((row.0.as_str(), row.1), (*id, year));
        }
    }

    for (total, year) in totals.iter().zip(2023..=2029) {
        assert_eq!((total.0.as_str(), total.1), ("TOTAL", year));
        let mut sums = [0i64; 5];
        for row in regions.iter().filter(|r| r.1 == year) {
            for (sum, value) in sums.iter_mut().zip(row.2) {
                *sum += value;
            }
        }
        // deficit, opened, cumulative, shortfall, surplus: each summed on its
        // own, so shortfall and surplus are not netted against each other.
        assert_eq!(total.2, sums, "TOTAL {year}");
        for row in regions.iter().filter(|r| r.1 == year) {
            let [deficit, _, cumulative, shortfall, surplus] = row.2;
            assert_eq!(
                shortfall - surplus,
                deficit - cumulative,
                "{} {year}",
                row.0
            );
            assert!(shortfall == 0 || surplus == 0, "{} {year}", row.0);
        }
    }
    // The country as a whole has both: regions short of seats and regions
    // with spare ones (otherwise the separate sums would prove nothing).
    assert!(
        totals.iter().any(|t| t.2[3] > 0 && t.2[4] > 0),
        "{totals:?}"
    );
}

#[test]
fn check_of_every_shipped_scenario_exits_0_without_errors() {
    let mut files: Vec<String> = std::fs::read_dir(root().join("scenarios"))
        .expect("scenarios/ is readable")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .map(|p| {
            format!(
                "scenarios/{}",
                p.file_name().expect("a file name").to_string_lossy()
            )
        })
        .collect();
    files.sort();
    assert!(files.len() >= 4, "{files:?}");
    let mut args = vec!["check"];
    args.extend(files.iter().map(String::as_str));
    let out = seatplan(&args);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(!stdout(&out).contains(": error: "), "{}", stdout(&out));
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
}

//! `seatplan report FILE --out DIR [--lang kk|ru|en]` end to end on the binary.

use std::path::Path;
use std::process::Command;

const NATIONAL: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/scenarios/kazakhstan-2023-2029.ron"
);

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_seatplan"))
        .args(args)
        .output()
        .expect("run seatplan")
}

fn report_in(lang: &str, dir: &Path) -> std::process::Output {
    let out = dir.to_str().expect("utf-8 path");
    run(&["report", NATIONAL, "--out", out, "--lang", lang])
}

#[test]
fn report_out_writes_the_csv_and_a_chart_per_region_in_each_language() {
    let stdout_csv = run(&["report", NATIONAL]).stdout;
    for (lang, shymkent, country, shortfall_2029) in [
        ("kk", "Шымкент қаласы", "Бүкіл ел", "39\u{202F}113"),
        ("ru", "город Шымкент", "Вся страна", "39\u{202F}113"),
        ("en", "Shymkent city", "Whole country", "39,113"),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("out");
        let output = report_in(lang, &target);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{lang}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(output.stdout.is_empty(), "{lang}: the CSV goes to the file");
        assert_eq!(
            std::fs::read(target.join("summary.csv")).expect("summary.csv"),
            stdout_csv
        );
        let names: Vec<String> = std::fs::read_dir(&target)
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        // The CSV, 20 region charts, country.svg and map.svg.
        assert_eq!(names.len(), 1 + 20 + 1 + 1, "{lang}: {names:?}");
        for id in [
            "astana",
            "almaty-city",
            "shymkent",
            "turkistan",
            "ulytau",
            "country",
        ] {
            assert!(
                names.contains(&format!("{id}.svg")),
                "{lang}: {id}.svg missing"
            );
        }
        let svg = std::fs::read_to_string(target.join("shymkent.svg")).expect("shymkent.svg");
        assert!(
            svg.contains(&format!(">{shymkent}</text>")),
            "{lang}: region name as text"
        );
        // 2029: 67 113 − 28 000 = 39 113 short, labelled on its bar.
        assert!(
            svg.contains(r#"data-year="2029" data-value="39113""#),
            "{lang}"
        );
        assert!(
            svg.contains(&format!(">{shortfall_2029}</text>")),
            "{lang}: grouped by language"
        );
        let national = std::fs::read_to_string(target.join("country.svg")).expect("country.svg");
        assert!(national.contains(&format!(">{country}</text>")), "{lang}");
        assert!(
            national.contains(r#"data-year="2029" data-value="592357""#),
            "{lang}"
        );
    }
}

#[test]
fn report_out_rejects_an_unknown_language_and_a_file_with_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = report_in("de", dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("use kk, ru or en"));

    let bad = dir.path().join("bad.ron");
    std::fs::write(
        &bad,
        "Scenario(format: 2, name: \"x\", base_year: 2023, horizon: 2029, regions: [], schools: [])",
    )
    .expect("write");
    let target = dir.path().join("never");
    let out = run(&[
        "report",
        bad.to_str().expect("utf-8"),
        "--out",
        target.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!target.exists(), "nothing written for a file with errors");
}

//! The file limits (issue 25): at each limit a scenario is written, one over
//! it is refused with a message naming the limit and the count, and nothing
//! is written, by every writer: save, `import`, `merge`, `split`, the window.

use std::collections::BTreeMap;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use seatplan::i18n::Lang;
use seatplan::io::{load_str, save_path, scenario_text};
use seatplan::model::{
    Existing, Limit, LocalizedName, MAX_DISTRICTS, MAX_EXISTING, MAX_FILE_BYTES, MAX_NAME_CHARS,
    MAX_SCHOOLS, MAX_SOURCE_CHARS, Scenario, Text, check_file_bytes, check_limits,
};

use crate::common::seatplan;

const BASE: &str = r#"Scenario(format: 1, name: "limits", base_year: 2024, horizon: 2026,
    regions: [Region(id: "a", name: (en: "A"), kind: Oblast, deficit: {2024: 1000})],
    schools: [School(id: "s", name: "S", region: "a", seats: 100, opens: 2025, status: Planned)])"#;

fn base() -> Scenario {
    match load_str(BASE) {
        Ok(l) => l.scenario,
        Err(d) => panic!("{d:?}"),
    }
}

fn refused(s: &Scenario) -> Limit {
    check_limits(s).expect_err("over a limit").limit
}

#[test]
fn each_count_limit_takes_the_limit_and_refuses_one_more() {
    let mut s = base();
    let school = s.schools[0].clone();
    s.schools = (0..MAX_SCHOOLS)
        .map(|i| {
            let mut x = school.clone();
            x.id = format!("s{i}");
            x
        })
        .collect();
    assert_eq!(check_limits(&s), Ok(()));
    s.schools.push(school.clone());
    let e = check_limits(&s).expect_err("one over");
    assert_eq!(
        (e.limit, e.count, e.max),
        (Limit::Schools, 100_001, 100_000)
    );
    assert_eq!(
        seatplan::i18n::limit_text(&check_limits(&s).expect_err("over"), Lang::En),
        "100,001 planned schools: a file holds at most 100,000."
    );

    let mut s = base();
    let existing = load_str(&BASE.replace(
        "schools: [",
        r#"existing: [Existing(id: "e", name: "E", region: "a", capacity: 100, pupils: {2024: 90})], schools: ["#,
    ))
    .expect("loads")
    .scenario
    .existing[0]
        .clone();
    s.existing = vec![existing; MAX_EXISTING];
    assert_eq!(check_limits(&s), Ok(()));
    s.existing.push(s.existing[0].clone());
    assert_eq!(refused(&s), Limit::Existing);

    let with_districts = BASE.replace(
        r#"deficit: {2024: 1000})"#,
        r#"districts: [District(id: "d", name: (en: "D"), deficit: {2024: 1000})])"#,
    );
    let mut s = load_str(&with_districts).expect("loads").scenario;
    let d = s.regions[0].districts.as_ref().expect("districts")[0].clone();
    s.regions[0].districts = Some(vec![d.clone(); MAX_DISTRICTS]);
    assert_eq!(check_limits(&s), Ok(()));
    s.regions[0].districts = Some(vec![d; MAX_DISTRICTS + 1]);
    assert_eq!(refused(&s), Limit::Districts { region: "a".into() });
}

#[test]
fn names_and_sources_count_characters_not_bytes() {
    let mut s = base();
    // 500 Kazakh letters are 1 000 bytes and within the limit.
    s.schools[0].name = "ә".repeat(MAX_NAME_CHARS).into();
    assert_eq!(check_limits(&s), Ok(()));
    s.schools[0].name = "ә".repeat(MAX_NAME_CHARS + 1).into();
    assert_eq!(refused(&s), Limit::Name { item: "s".into() });
    let mut s = base();
    s.regions[0].source = Some("x".repeat(MAX_SOURCE_CHARS));
    assert_eq!(check_limits(&s), Ok(()));
    s.regions[0].source = Some("x".repeat(MAX_SOURCE_CHARS + 1));
    assert_eq!(refused(&s), Limit::Source { item: "a".into() });
    let mut s = base();
    s.regions[0].name.ru = Some("я".repeat(MAX_NAME_CHARS + 1));
    assert_eq!(refused(&s), Limit::Name { item: "a".into() });
}

#[test]
fn each_language_of_a_translated_school_name_is_held_to_the_limit() {
    for lang in ["kk", "ru", "en"] {
        let mut s = base();
        let mut name = Text::Translated(LocalizedName {
            kk: Some("Мектеп".into()),
            ru: Some("Школа".into()),
            en: Some("School".into()),
        });
        // Three names of 500 letters each: every one within the limit.
        for l in ["kk", "ru", "en"] {
            name.set(l, "ш".repeat(MAX_NAME_CHARS));
        }
        s.schools[0].name = name.clone();
        s.existing = vec![existing_named(name.clone())];
        assert_eq!(check_limits(&s), Ok(()), "{lang}");
        name.set(lang, "ш".repeat(MAX_NAME_CHARS + 1));
        s.schools[0].name = name.clone();
        assert_eq!(refused(&s), Limit::Name { item: "s".into() }, "{lang}");
        s.schools[0].name = "S".into();
        s.existing = vec![existing_named(name)];
        assert_eq!(refused(&s), Limit::Name { item: "e".into() }, "{lang}");
    }
}

fn existing_named(name: Text) -> Existing {
    Existing {
        id: "e".into(),
        name,
        region: "a".into(),
        district: None,
        capacity: 100,
        pupils: BTreeMap::from([(2024, 90)]),
        condition: None,
        source: None,
    }
}

#[test]
fn the_file_size_limit_is_the_loaders() {
    let max = usize::try_from(MAX_FILE_BYTES).expect("fits");
    assert_eq!(check_file_bytes(max), Ok(()));
    let e = check_file_bytes(max + 1).expect_err("one byte over");
    assert_eq!(e.limit, Limit::FileBytes);
    assert_eq!(
        seatplan::i18n::limit_text(&e, Lang::En),
        "The file would be 51 MB: seatplan opens files up to 50 MB."
    );
}

#[test]
fn a_save_over_a_limit_writes_nothing_and_says_why_in_each_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plan.ron");
    std::fs::write(&file, BASE).expect("write");
    let mut s = base();
    s.schools[0].name = "x".repeat(MAX_NAME_CHARS + 1).into();
    let e = save_path(&s, &file).expect_err("refused");
    assert!(e.over_limit().is_some());
    assert_eq!(
        e.message(Lang::En),
        "Not saved: The name of s is 501 characters long: at most 500. Nothing was written."
    );
    assert!(
        e.message(Lang::Ru)
            .starts_with("Не сохранено: Название s длиной 501")
    );
    assert!(e.message(Lang::Kk).starts_with("Сақталмады: s атауы"));
    assert_eq!(std::fs::read_to_string(&file).expect("read"), BASE);
    assert!(!seatplan::io::backup_path(&file).exists());
    assert!(scenario_text(&base(), &file).is_ok());
}

fn csv_with_name(name: &str) -> String {
    format!("Name,Seats,Opens,Status\n{name},300,2025,Planned\n")
}

#[test]
fn cli_import_at_the_limit_writes_and_one_over_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plan.ron");
    let csv = dir.path().join("schools.csv");
    let import = |name: &str| {
        std::fs::write(&file, BASE).expect("write");
        std::fs::write(&csv, csv_with_name(name)).expect("write");
        seatplan(&[
            "import",
            csv.to_str().expect("utf-8"),
            "--into",
            file.to_str().expect("utf-8"),
            "--region",
            "a",
        ])
    };
    let at = import(&"n".repeat(MAX_NAME_CHARS));
    assert_eq!(
        at.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&at.stderr)
    );
    assert_ne!(std::fs::read_to_string(&file).expect("read"), BASE);

    let over = import(&"n".repeat(MAX_NAME_CHARS + 1));
    let stderr = String::from_utf8_lossy(&over.stderr);
    assert_eq!(over.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("is 501 characters long: at most 500"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&file).expect("read"), BASE);
}

#[test]
fn cli_merge_and_split_over_a_limit_write_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let long = BASE.replace(r#"name: "S""#, &format!("name: {:?}", "n".repeat(501)));
    let a = dir.path().join("a.ron");
    std::fs::write(&a, &long).expect("write");
    let b = dir.path().join("b.ron");
    std::fs::write(
        &b,
        BASE.replace(r#"id: "a""#, r#"id: "b""#)
            .replace(r#"region: "a""#, r#"region: "b""#)
            .replace(r#"id: "s""#, r#"id: "t""#),
    )
    .expect("write");
    let out = dir.path().join("merged.ron");
    let merged = seatplan(&[
        "merge",
        a.to_str().expect("utf-8"),
        b.to_str().expect("utf-8"),
        "-o",
        out.to_str().expect("utf-8"),
    ]);
    let stderr = String::from_utf8_lossy(&merged.stderr);
    assert_eq!(merged.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("at most 500"), "{stderr}");
    assert!(!out.exists());

    let parts = dir.path().join("parts");
    let split = seatplan(&[
        "split",
        a.to_str().expect("utf-8"),
        "--out",
        parts.to_str().expect("utf-8"),
    ]);
    let stderr = String::from_utf8_lossy(&split.stderr);
    assert_eq!(split.status.code(), Some(1), "{stderr}");
    assert!(
        std::fs::read_dir(&parts).map_or(0, Iterator::count) == 0,
        "no part written"
    );
}

/// The window: saving a plan whose school name is over the limit says so and
/// leaves the file as it was.
#[test]
fn the_window_refuses_to_save_over_a_limit() {
    use crate::harness::{app, shows_text_containing};
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plan.ron");
    let long = BASE.replace(r#"name: "S""#, &format!("name: {:?}", "n".repeat(501)));
    std::fs::write(&file, &long).expect("write");
    let mut h = app()
        .file(Some(file.clone()))
        .lang(Lang::En)
        .max_steps(30)
        .build();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(
        shows_text_containing(&h, "s is 501 characters long: at most 500"),
        "the refusal is shown"
    );
    assert!(h.query_by_label_contains("Nothing was written").is_some());
    assert_eq!(std::fs::read_to_string(&file).expect("read"), long);
}

/// A CSV of more rows than a file holds schools (with title rows): reading
/// stops there and nothing is imported, on the command line (exit 1) and in
/// the window (refused in place of the preview, the document unchanged).
#[test]
fn a_sheet_over_the_row_limit_is_refused_before_the_preview() {
    use crate::harness::{app, shows_text_containing};
    use seatplan::app::FakeDialogs;
    use seatplan::io::import::MAX_SHEET_ROWS;
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plan.ron");
    std::fs::write(&file, BASE).expect("write");
    let csv = dir.path().join("whole-database.csv");
    let mut text = String::from("Name,Seats,Opens,Status\n");
    for i in 0..MAX_SHEET_ROWS {
        text.push_str(&format!("School {i},300,2025,Planned\n"));
    }
    std::fs::write(&csv, &text).expect("write");
    let out = seatplan(&[
        "import",
        csv.to_str().expect("utf-8"),
        "--into",
        file.to_str().expect("utf-8"),
        "--region",
        "a",
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr
            .contains("the sheet has more than 100,020 rows: a file holds at most 100,000 schools"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&file).expect("read"), BASE);

    let dialogs = FakeDialogs::default();
    dialogs.answer(Some(csv.clone()));
    let mut h = app()
        .file(Some(file.clone()))
        .dialogs(&dialogs)
        .lang(Lang::En)
        .max_steps(30)
        .build();
    h.run();
    h.state_mut().send(seatplan::app::Command::ImportSchools);
    // One frame: the dialog answers and the read starts on its thread (a
    // file this size is not waited for); then wait for it here, not by
    // counting frames.
    h.step();
    h.state_mut().poll_read(true);
    h.run();
    assert!(shows_text_containing(
        &h,
        "the sheet has more than 100,020 rows"
    ));
    assert!(h.state().modals.import().is_none(), "no preview");
    assert_eq!(h.state().doc.scenario(), &base());
}

/// Stop reading: the worker stops at its next block of rows and nothing is
/// read.
#[test]
fn a_cancelled_read_reads_nothing() {
    use seatplan::io::import::{ImportError, ReadProgress, read_with};
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = dir.path().join("schools.csv");
    std::fs::write(&csv, csv_with_name("A")).expect("write");
    let progress = ReadProgress::default();
    assert_eq!(progress.fraction(), None);
    let read = read_with(&csv, None, &progress).expect("reads");
    assert_eq!(read.grid.rows.len(), 2);
    assert_eq!(progress.fraction(), Some(1.0));
    let stopped = ReadProgress::default();
    stopped.cancel();
    assert!(matches!(
        read_with(&csv, None, &stopped),
        Err(ImportError::Cancelled)
    ));
}

/// A row wider than a spreadsheet can be (Excel's 16 384 columns) is refused
/// as soon as it is read (a fuzzed 6 MB one-row CSV took seconds otherwise).
#[test]
fn a_row_wider_than_a_spreadsheet_is_refused() {
    use seatplan::io::import::{ImportError, MAX_SHEET_COLUMNS, read_csv};
    let row = |n: usize| vec!["x"; n].join(",") + "\n";
    assert!(read_csv(row(MAX_SHEET_COLUMNS).as_bytes(), "wide").is_ok());
    let wide = read_csv(row(MAX_SHEET_COLUMNS + 1).as_bytes(), "wide");
    assert!(matches!(
        wide,
        Err(ImportError::TooManyColumns { max: 16_384 })
    ));
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plan.ron");
    std::fs::write(&file, BASE).expect("write");
    let csv = dir.path().join("wide.csv");
    std::fs::write(&csv, row(MAX_SHEET_COLUMNS + 1)).expect("write");
    let out = seatplan(&[
        "import",
        csv.to_str().expect("utf-8"),
        "--into",
        file.to_str().expect("utf-8"),
        "--region",
        "a",
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("a row has more than 16,384 cells"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&file).expect("read"), BASE);
}

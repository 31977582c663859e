//! Loading good files and saving them back.

use seatplan::i18n::DiagnosticText;
use std::path::Path;

use seatplan::io::{LoadError, load_path, load_str, to_ron_string};
use seatplan::model::{Position, SeatUnit};

const SHIPPED: &[&str] = &[
    "scenarios/kazakhstan-2023-2029.ron",
    "scenarios/astana.ron",
    "scenarios/almaty-city.ron",
    "scenarios/shymkent.ron",
    "scenarios/kazakhstan-demand.ron",
    "scenarios/mangystau.ron",
];

#[test]
fn every_shipped_scenario_loads_without_errors() {
    for file in SHIPPED {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        let loaded =
            load_path(&path).unwrap_or_else(|e| panic!("{file}: {e} {:?}", e.diagnostics()));
        let errors: Vec<_> = loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
        assert!(errors.is_empty(), "{file}: {errors:#?}");
    }
}

#[test]
fn the_embedded_default_is_the_national_scenario_with_all_twenty_regions() {
    let loaded = load_str(seatplan::io::DEFAULT_SCENARIO).expect("default parses");
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    let ids: Vec<_> = loaded
        .scenario
        .regions
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(ids.len(), 20, "{ids:?}");
    for id in [
        "astana",
        "almaty-city",
        "shymkent",
        "turkistan",
        "ulytau",
        "abai",
        "jetisu",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    for r in &loaded.scenario.regions {
        assert!(
            r.name.kk.is_some() && r.name.ru.is_some() && r.name.en.is_some(),
            "{}",
            r.id
        );
        assert!(r.source.is_some(), "{} has no source", r.id);
    }
}

#[test]
fn saving_is_stable_and_round_trips() {
    for file in SHIPPED {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        let loaded = load_path(&path).expect("loads");
        let once = to_ron_string(&loaded.scenario);
        let reloaded = load_str(&once).expect("saved text parses");
        assert_eq!(
            reloaded.scenario, loaded.scenario,
            "{file}: load → save → load changed it"
        );
        assert_eq!(
            to_ron_string(&reloaded.scenario),
            once,
            "{file}: saving twice differs"
        );
    }
}

#[test]
fn saved_files_use_struct_names_and_bare_optionals() {
    let text = r#"(format: 1, name: "Ä \"q\"\n", base_year: 2023, horizon: 2024,
        regions: [(id: "x", name: (kk: "Қызылорда"), kind: City, deficit: {2023: -5})],
        schools: [(id: "s", name: "s", region: "x", district: "Әйтеке би", seats: 1, opens: 2023,
                   status: Planned, funding: Ppp)])"#;
    let loaded = load_str(text).expect("parses without struct names");
    assert_eq!(
        loaded.scenario.seat_unit,
        SeatUnit::Design,
        "seat_unit defaults to Design"
    );
    let saved = to_ron_string(&loaded.scenario);
    assert!(saved.starts_with("Scenario(\n    format: 1,\n"), "{saved}");
    assert!(saved.contains("        Region(\n"), "{saved}");
    assert!(saved.contains("        School(\n"), "{saved}");
    assert!(
        saved.contains(r#"            district: "Әйтеке би","#),
        "{saved}"
    );
    assert!(saved.contains("            funding: Ppp,"), "{saved}");
    assert!(
        saved.contains(r#"            name: (kk: "Қызылорда"),"#),
        "{saved}"
    );
    assert!(
        saved.contains("            deficit: {2023: -5},"),
        "{saved}"
    );
    assert!(
        !saved.contains("Some("),
        "optional fields are written bare: {saved}"
    );
    assert!(
        !saved.contains("replaces"),
        "a zero `replaces` is left out: {saved}"
    );
    assert_eq!(load_str(&saved).expect("reloads").scenario, loaded.scenario);
}

#[test]
fn explicit_some_and_the_enable_attribute_are_accepted_too() {
    let text = r#"#![enable(implicit_some)]
Scenario(format: 1, name: "t", description: Some("d"), base_year: 2023, horizon: 2023,
    seat_unit: TwoShift, regions: [], schools: [])"#;
    let loaded = load_str(text).expect("parses");
    assert_eq!(loaded.scenario.description, Some("d".into()));
    assert_eq!(loaded.scenario.seat_unit, SeatUnit::TwoShift);
}

#[test]
fn syntax_errors_carry_line_and_column() {
    let text = "Scenario(\n    format: 1,\n    nmae: \"t\",\n)";
    let d = load_str(text).expect_err("unknown field");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].position, Some(Position { line: 3, column: 5 }));
    assert!(
        d[0].english().contains("unknown field `nmae`"),
        "{}",
        d[0].english()
    );
    assert!(
        d[0].english().contains("`name`"),
        "lists the valid fields: {}",
        d[0].english()
    );
}

#[test]
fn a_missing_file_is_a_read_error_not_a_diagnostic() {
    let err = load_path(Path::new("/nonexistent/seatplan.ron")).expect_err("missing");
    assert!(matches!(err, LoadError::Read { .. }), "{err:?}");
    assert!(err.to_string().contains("/nonexistent/seatplan.ron"));
}

#[test]
fn saving_replaces_the_file_keeps_a_backup_and_leaves_no_temporary_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, "old content").expect("write");
    let loaded = load_str(seatplan::io::DEFAULT_SCENARIO).expect("default parses");
    seatplan::io::save_path(&loaded.scenario, &path).expect("saves");
    let mut names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    names.sort();
    assert_eq!(names, ["plan.ron", "plan.ron.bak"]);
    let backup = std::fs::read_to_string(dir.path().join("plan.ron.bak")).expect("backup");
    assert_eq!(backup, "old content", "the previous version is kept");
    assert_eq!(load_path(&path).expect("reloads").scenario, loaded.scenario);
    // A save that cannot happen leaves the old file as it was.
    let in_missing_dir = dir.path().join("missing").join("plan.ron");
    assert!(seatplan::io::save_path(&loaded.scenario, &in_missing_dir).is_err());
}

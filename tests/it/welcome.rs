//! The first run: with no recent files the window offers the shipped
//! scenarios and the user's own file, instead of a table nobody chose.

use seatplan::app::{FakeDialogs, Settings};
use seatplan::i18n::Lang;
use seatplan::io::{DEFAULT_SCENARIO, load_str};
use seatplan::model::Scenario;

use crate::harness::{app, click, shows_exactly};
use egui_kittest::kittest::{NodeT, Queryable};

fn scenario(text: &str) -> Scenario {
    load_str(text).expect("a shipped scenario loads").scenario
}

#[test]
fn a_first_run_offers_every_shipped_scenario_and_opens_the_one_chosen() {
    let mut h = app().welcome().lang(Lang::En).build();
    h.run();
    assert!(shows_exactly(&h, "Welcome to seatplan"));
    for title in [
        "Kazakhstan: all 20 regions, 2023–2029",
        "Kazakhstan: the deficit from births and pupils (no schools yet)",
        "Astana, by district",
        "Almaty city, by district",
        "Shymkent, by district",
        "Mangystau: existing schools and shifts, 2023–2025",
        "Open my own file…",
    ] {
        assert!(shows_exactly(&h, title), "{title} is not offered");
    }

    click(&mut h, "Astana, by district");
    assert!(!shows_exactly(&h, "Welcome to seatplan"));
    assert_eq!(
        h.state().doc.scenario(),
        &scenario(include_str!("../../scenarios/astana.ron"))
    );
    // An untitled copy: saving asks where, the example stays as shipped.
    assert_eq!(h.state().doc.path(), None);
    // Astana alone: one region, its 88 schools (scenarios/README.md).
    assert_eq!(h.state().doc.scenario().regions.len(), 1);
    assert_eq!(h.state().doc.scenario().schools.len(), 88);
    // The closing line is Astana's, not the national file's shown before.
    h.run();
    let astana = h.state().doc.scenario().clone();
    let closing = seatplan::model::closing_cost(&astana, &seatplan::model::project(&astana), 1_200)
        .expect("Astana is short at the horizon");
    let expected = format!(
        "Closing the 2029 shortfall with 1,200-seat schools: {} schools",
        closing.total.schools
    );
    let shown = h
        .query_by_label_contains("Closing the 2029 shortfall")
        .and_then(|n| {
            let n = n.accesskit_node();
            n.value().or_else(|| n.label())
        });
    assert!(
        shown.as_deref().is_some_and(|t| t.starts_with(&expected)),
        "{shown:?}, expected {expected}"
    );
}

#[test]
fn the_choice_reads_in_russian_and_kazakh() {
    let mut h = app().welcome().lang(Lang::Ru).build();
    h.run();
    assert!(shows_exactly(&h, "Добро пожаловать в seatplan"));
    click(&mut h, "Шымкент, по районам");
    assert_eq!(
        h.state().doc.scenario(),
        &scenario(include_str!("../../scenarios/shymkent.ron"))
    );

    let mut h = app().welcome().lang(Lang::Kk).build();
    h.run();
    click(&mut h, "Алматы қаласы, аудандар бойынша");
    assert_eq!(
        h.state().doc.scenario(),
        &scenario(include_str!("../../scenarios/almaty-city.ron"))
    );
}

#[test]
fn the_demand_scenario_opens_with_its_demand_and_no_schools() {
    let mut h = app().welcome().lang(Lang::En).build();
    h.run();
    click(
        &mut h,
        "Kazakhstan: the deficit from births and pupils (no schools yet)",
    );
    let doc = h.state().doc.scenario();
    assert_eq!(
        doc,
        &scenario(include_str!("../../scenarios/kazakhstan-demand.ron"))
    );
    // The country as one unit, its deficit from a demand block, no schools
    // (scenarios/README.md).
    assert_eq!(doc.regions.len(), 1);
    assert!(doc.regions[0].demand.is_some());
    assert!(doc.schools.is_empty());
}

#[test]
fn closing_the_choice_keeps_the_national_scenario() {
    let mut h = app().welcome().lang(Lang::En).build();
    h.run();
    click(&mut h, "Close");
    assert!(!shows_exactly(&h, "Welcome to seatplan"));
    assert_eq!(h.state().doc.scenario(), &scenario(DEFAULT_SCENARIO));
    assert!(!h.state().doc.is_dirty());
}

#[test]
fn open_my_own_file_asks_for_it_and_opens_it() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let own = tmp.path().join("наш план.ron");
    std::fs::write(&own, include_str!("../../scenarios/shymkent.ron")).expect("write");
    let dialogs = FakeDialogs::default();
    dialogs.answer(Some(own.clone()));
    let mut h = app().welcome().dialogs(&dialogs).lang(Lang::En).build();
    h.run();
    click(&mut h, "Open my own file…");
    h.run();
    assert_eq!(h.state().doc.path(), Some(own.as_path()));
    assert!(!shows_exactly(&h, "Welcome to seatplan"));
}

#[test]
fn with_a_recent_file_or_a_file_given_there_is_no_welcome() {
    let settings = Settings {
        recent_files: vec!["/tmp/plan.ron".into()],
        ..Settings::default()
    };
    let mut h = app().welcome().settings(settings).lang(Lang::En).build();
    h.run();
    assert!(!shows_exactly(&h, "Welcome to seatplan"));
    assert!(!h.state().modals.any());

    let tmp = tempfile::tempdir().expect("temp dir");
    let file = tmp.path().join("plan.ron");
    std::fs::write(&file, include_str!("../../scenarios/shymkent.ron")).expect("write");
    let mut h = app().welcome().file(Some(file)).lang(Lang::En).build();
    h.run();
    assert!(!shows_exactly(&h, "Welcome to seatplan"));
    assert!(!h.state().modals.any());
}

#[test]
fn import_schools_from_a_spreadsheet_opens_the_import_dialog_on_the_file_chosen() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let sheet = tmp.path().join("школы.csv");
    std::fs::write(
        &sheet,
        "Наименование;Мест;Год ввода\nШкола на 1 200 мест;1 200 мест;2026 г.\n",
    )
    .expect("write");
    let dialogs = FakeDialogs::default();
    dialogs.answer(Some(sheet));
    let mut h = app().welcome().dialogs(&dialogs).lang(Lang::En).build();
    h.run();
    click(&mut h, "Import schools from a spreadsheet…");
    h.run();
    assert!(!shows_exactly(&h, "Welcome to seatplan"));
    assert!(shows_exactly(&h, "Import schools"));
    assert!(shows_exactly(&h, "File: школы.csv"));
}

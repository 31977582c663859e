//! The planner's window driven through its UI with egui_kittest (no GPU):
//! click by label, read what is shown.

use std::path::{Path, PathBuf};

use crate::harness::{MemoryStorage, app, shows_exactly};
use egui::accesskit::Role;
use egui::{Key, Modifiers, ViewportCommand, ViewportEvent, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use seatplan::app::{FakeDialogs, SeatplanApp, Selection};
use seatplan::i18n::{Arg, Lang, num_in, tr, tr_args};

/// 17 946 is the published-method estimate for Shymkent in 2024 and 17 300 the
/// seats of its 12 schools opening in 2024: 17 946 − 17 300 = 646.
const SHYMKENT_2024_BEFORE: &str = "Shortfall 2024: 646";
/// Moving the 2 000-seat school shy-2024-01 from 2024 to 2026 leaves
/// 17 946 − (17 300 − 2 000) = 2 646 short in 2024.
const SHYMKENT_2024_AFTER: &str = "Shortfall 2024: 2,646";
const SHY_01_OPENS: &str = "Opening year of School for 2 000 seats [shy-2024-01]";

fn harness_with(file: Option<PathBuf>, dialogs: &FakeDialogs) -> Harness<'static, SeatplanApp> {
    let mut h = app()
        .file(file)
        .dialogs(dialogs)
        .lang(Lang::En)
        .max_steps(30)
        .build();
    h.run();
    h
}

fn harness() -> (Harness<'static, SeatplanApp>, FakeDialogs) {
    let dialogs = FakeDialogs::default();
    (harness_with(None, &dialogs), dialogs)
}

fn select_region(h: &mut Harness<'_, SeatplanApp>, name: &str) {
    h.get_by_role_and_label(Role::Button, name).click();
    h.run();
}

#[test]
fn opens_on_the_national_scenario_with_every_region_listed() {
    let (h, _) = harness();
    assert!(
        h.query_by_role_and_label(Role::Button, "Whole country")
            .is_some()
    );
    for name in [
        "Astana city",
        "Almaty city",
        "Shymkent city",
        "Turkistan region",
        "Ulytau region",
    ] {
        assert!(
            h.query_by_role_and_label(Role::Button, name).is_some(),
            "{name} missing"
        );
    }
    assert!(h.query_by_label_contains("not closed by 2029").is_some());
    assert_eq!(h.state().selection(), Selection::Country);
    assert!(!h.state().doc.is_dirty());
}

#[test]
fn editing_an_opening_year_changes_the_shortfall_at_once_and_undo_restores_it() {
    let (mut h, _) = harness();
    select_region(&mut h, "Shymkent city");
    assert!(shows_exactly(&h, SHYMKENT_2024_BEFORE));
    assert!(shows_exactly(&h, "Shortfall in 2029"));

    let opens = h.get_by_label_contains(SHY_01_OPENS);
    opens.increment_accesskit();
    h.run();
    h.get_by_label_contains(SHY_01_OPENS).increment_accesskit();
    h.run();

    assert!(
        shows_exactly(&h, SHYMKENT_2024_AFTER),
        "2024 shortfall did not follow the edit"
    );
    assert!(!shows_exactly(&h, SHYMKENT_2024_BEFORE));
    assert!(h.state().doc.is_dirty());
    assert!(
        h.state().window_title().starts_with("● "),
        "{}",
        h.state().window_title()
    );

    // Two steps in one cell are one undo step.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(
        shows_exactly(&h, SHYMKENT_2024_BEFORE),
        "undo did not restore the shortfall"
    );
    assert!(!h.state().doc.is_dirty());

    h.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
    h.run();
    assert!(
        shows_exactly(&h, SHYMKENT_2024_AFTER),
        "redo did not re-apply the edit"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert!(shows_exactly(&h, SHYMKENT_2024_AFTER), "Ctrl+Y redoes too");
}

#[test]
fn save_as_through_the_dialog_then_reopen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("shymkent-plan.ron");
    let (mut h, dialogs) = harness();
    select_region(&mut h, "Shymkent city");
    h.get_by_label_contains(SHY_01_OPENS).increment_accesskit();
    h.run();

    // The built-in scenario has no file yet: Save asks where.
    dialogs.answer(Some(target.clone()));
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(target.exists(), "nothing written");
    assert!(!h.state().doc.is_dirty());
    assert_eq!(h.state().doc.path(), Some(target.as_path()));
    assert_eq!(h.state().window_title(), "shymkent-plan.ron — seatplan");
    let saved = seatplan::io::load_path(&target).expect("saved file loads");
    assert_eq!(&saved.scenario, h.state().doc.scenario());

    // Reopen it through File → Open (recent files remember it).
    dialogs.answer(Some(target.clone()));
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    assert_eq!(h.state().doc.path(), Some(target.as_path()));
    assert_eq!(h.state().settings.recent_files.first(), Some(&target));
    select_region(&mut h, "Shymkent city");
    assert!(
        shows_exactly(&h, SHYMKENT_2024_AFTER),
        "the saved edit (the 2 000-seat school a year later) is back"
    );
}

fn request_close(h: &mut Harness<'_, SeatplanApp>) {
    h.input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(ViewportEvent::Close);
    h.step();
}

fn sent_cancel_close(h: &Harness<'_, SeatplanApp>) -> bool {
    h.output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(&ViewportCommand::CancelClose))
}

#[test]
fn closing_with_unsaved_changes_asks_and_cancel_keeps_the_window() {
    let (mut h, _) = harness();
    select_region(&mut h, "Shymkent city");
    h.get_by_label_contains(SHY_01_OPENS).increment_accesskit();
    h.run();

    request_close(&mut h);
    assert!(sent_cancel_close(&h), "the close was not held back");
    h.run();
    assert!(shows_exactly(&h, "Unsaved changes"));
    h.get_by_role_and_label(Role::Button, "Cancel").click();
    h.run();
    assert!(!shows_exactly(&h, "Unsaved changes"));
    assert!(h.state().doc.is_dirty(), "the edit is still there");

    // New with unsaved changes asks too; Discard goes ahead.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    assert!(shows_exactly(&h, "Unsaved changes"));
    h.get_by_role_and_label(Role::Button, "Discard").click();
    h.run();
    assert!(
        h.state().doc.scenario().regions.is_empty(),
        "a new, empty scenario"
    );
}

#[test]
fn closing_without_changes_does_not_ask() {
    let (mut h, _) = harness();
    request_close(&mut h);
    assert!(!sent_cancel_close(&h));
    h.run();
    assert!(!shows_exactly(&h, "Unsaved changes"));
}

#[test]
fn a_broken_file_shows_its_diagnostic_and_keeps_the_open_document() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("broken.ron");
    std::fs::write(
        &broken,
        "Scenario(\n    format: 1,\n    name: \"x\",\n    base_year: 2023,\n    horizon: 2029,\n    regions: [],\n    schools: [(id: \"a\", name: \"a\", region: \"r\", seets: 5)],\n)\n",
    )
    .expect("write");
    let (mut h, dialogs) = harness();
    let before = h.state().doc.scenario().clone();
    dialogs.answer(Some(broken.clone()));
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    assert!(shows_exactly(&h, "Could not open the file"));
    assert!(
        h.query_by_label_contains("unknown field `seets`").is_some(),
        "the engine's diagnostic is shown"
    );
    // Line 7: `    schools: [(id: "a", name: "a", region: "r", seets: 5)],`
    assert!(shows_exactly(&h, "7:49"), "with its line and column");
    assert_eq!(
        h.state().doc.scenario(),
        &before,
        "the open document is untouched"
    );
    assert_eq!(h.state().doc.path(), None);
    h.get_by_role_and_label(Role::Button, "OK").click();
    h.run();
    assert!(!shows_exactly(&h, "Could not open the file"));
}

#[test]
fn clicking_a_problem_selects_the_school_it_concerns() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("late.ron");
    std::fs::write(
        &file,
        r#"Scenario(format: 1, name: "late", base_year: 2023, horizon: 2029,
    regions: [
        (id: "north", name: (en: "North"), kind: Oblast, deficit: {2023: 1000, 2029: 1000}),
        (id: "south", name: (en: "South"), kind: Oblast, deficit: {2023: 500, 2029: 900}),
    ],
    schools: [
        (id: "n1", name: "North school", region: "north", seats: 600, opens: 2025, status: Planned),
        (id: "s1", name: "South school", region: "south", seats: 400, opens: 2031, status: Planned),
    ])"#,
    )
    .expect("write");
    let dialogs = FakeDialogs::default();
    let mut h = harness_with(Some(file.clone()), &dialogs);
    assert_eq!(h.state().doc.path(), Some(Path::new(&file)));
    select_region(&mut h, "North");
    assert!(
        shows_exactly(&h, "Problems (1)"),
        "{:?}",
        h.state().computed_diagnostics()
    );
    h.get_by_label_contains("after horizon 2029: it is not counted")
        .click();
    h.run();
    assert_eq!(h.state().selection(), Selection::Region(1));
    assert_eq!(h.state().view.selected_school, Some(1));
    assert!(h.query_by_label_contains("Schools — South").is_some());
}

/// A school marked Commissioned that opens after today's school year has not
/// opened: the window says so (its clock reads 3 December 2026), and names
/// the school by its name, its id after it.
#[test]
fn a_commissioned_school_opening_after_this_school_year_is_flagged_by_name() {
    let (mut h, _dir) = crate::harness::open_text(
        r#"Scenario(format: 1, name: "early", base_year: 2023, horizon: 2029,
    regions: [(id: "north", name: (en: "North"), kind: Oblast, deficit: {2023: 1000, 2029: 1000})],
    schools: [
        (id: "n1", name: "Gymnasium No. 5", region: "north", seats: 600, opens: 2026, status: Commissioned),
        (id: "n2", name: (en: "Lyceum No. 9", ru: "Лицей № 9"), region: "north", seats: 900,
            opens: 2028, status: Commissioned),
        (id: "n3", name: "School for 300 seats", region: "north", seats: 300, opens: 2028, status: UnderConstruction),
    ])"#,
    );
    h.state_mut().workspace.show(seatplan::app::Pane::Problems);
    h.run();
    assert!(
        shows_exactly(&h, "Problems (1)"),
        "only n2 is wrong: {:?}",
        h.state().computed_diagnostics()
    );
    let warning = "school \"Lyceum No. 9 (n2)\" is marked Commissioned but opens in 2028, after \
                   the current school year (2026): set its status to Under construction or \
                   Planned, or correct the year";
    assert!(shows_exactly(&h, warning));
    h.get_by_label(warning).click();
    h.run();
    assert_eq!(h.state().view.selected_school, Some(1));
    // Set right, the warning goes.
    h.state_mut().doc.edit(None, |s| {
        s.schools[1].status = seatplan::model::SchoolStatus::UnderConstruction;
    });
    h.run();
    assert!(
        shows_exactly(&h, "No problems: the file is valid."),
        "{:?}",
        h.state().computed_diagnostics()
    );
}

#[test]
fn problems_show_line_and_column_while_the_file_is_unchanged() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("late.ron");
    // Line 8 holds school s1; its `opens` field starts at column 71
    // (8 spaces, then 62 characters up to "opens").
    std::fs::write(
        &file,
        r#"Scenario(format: 1, name: "late", base_year: 2023, horizon: 2029,
    regions: [
        (id: "north", name: (en: "North"), kind: Oblast, deficit: {2023: 1000, 2029: 1000}),
        (id: "south", name: (en: "South"), kind: Oblast, deficit: {2023: 500, 2029: 900}),
    ],
    schools: [
        (id: "n1", name: "North school", region: "north", seats: 600, opens: 2025, status: Planned),
        (id: "s1", name: "South school", region: "south", seats: 400, opens: 2031, status: Planned),
    ])"#,
    )
    .expect("write");
    let dialogs = FakeDialogs::default();
    let mut h = harness_with(Some(file), &dialogs);
    assert!(
        shows_exactly(&h, "8:71"),
        "the loaded file's position is shown"
    );
    // An edit elsewhere: positions no longer match the text on disk.
    h.state_mut().doc.edit(None, |s| s.schools[0].seats = 700);
    h.run();
    assert!(!shows_exactly(&h, "8:71"));
    assert!(
        h.query_by_label_contains("after horizon 2029: it is not counted")
            .is_some(),
        "the problem itself is still listed"
    );
    // Undo returns to the revision on disk, and to its positions.
    h.state_mut().send(seatplan::app::Command::Undo);
    h.run();
    assert!(shows_exactly(&h, "8:71"));
}

#[test]
fn add_duplicate_and_delete_schools_follow_the_chart() {
    let (mut h, _) = harness();
    select_region(&mut h, "Shymkent city");
    let schools = |h: &Harness<'_, SeatplanApp>| h.state().doc.scenario().schools.len();
    let n = schools(&h);
    h.get_by_label("Duplicate School for 2 000 seats [shy-2024-01]")
        .click();
    h.run();
    assert_eq!(schools(&h), n + 1);
    // 2 000 more seats from 2024: 17 946 − 19 300 < 0, and in 2026
    // 35 809 − 30 000 = 5 809.
    assert!(shows_exactly(&h, "Shortfall 2024: 0"));
    assert!(shows_exactly(&h, "Shortfall 2026: 5,809"));

    h.get_by_role_and_label(Role::Button, "+ Add school")
        .click();
    h.run();
    assert_eq!(schools(&h), n + 2);
    // A 600-seat school opening now (2026): 35 809 − 30 600 = 5 209.
    assert!(shows_exactly(&h, "Shortfall 2026: 5,209"));
    h.get_by_label("Delete New school [shymkent-new-2]").click();
    h.run();
    assert_eq!(schools(&h), n + 1);
    assert!(shows_exactly(&h, "Shortfall 2026: 5,809"));
}

#[test]
fn recent_files_and_the_last_region_survive_a_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plan.ron");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/kazakhstan-2023-2029.ron"),
        &file,
    )
    .expect("copy");
    let dialogs = FakeDialogs::default();
    let mut h = harness_with(Some(file.clone()), &dialogs);
    select_region(&mut h, "Shymkent city");
    let mut storage = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);

    let settings: seatplan::app::Settings =
        eframe::get_value(&storage, eframe::APP_KEY).expect("settings were stored");
    assert_eq!(settings.last_region.as_deref(), Some("shymkent"));
    assert_eq!(settings.recent_files, vec![file.clone()]);

    let mut h = app()
        .dialogs(&dialogs)
        .settings(settings)
        .lang(Lang::En)
        .build();
    h.run();
    assert_eq!(
        h.state().selection(),
        Selection::Region(2),
        "Shymkent is selected again"
    );
    assert!(shows_exactly(&h, SHYMKENT_2024_BEFORE));
    // File → Open recent lists the file.
    h.get_by_role_and_label(Role::Button, "File").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Open recent").click();
    h.run();
    assert!(shows_exactly(&h, &file.display().to_string()));
}

#[test]
fn a_failed_save_is_reported_and_the_document_stays_dirty() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, dialogs) = harness();
    select_region(&mut h, "Shymkent city");
    h.get_by_label_contains(SHY_01_OPENS).increment_accesskit();
    h.run();
    let missing = dir.path().join("no-such-folder").join("plan.ron");
    dialogs.answer(Some(missing.clone()));
    h.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
    h.run();
    assert!(
        h.query_by_label_contains("Could not save to").is_some(),
        "the failure is shown"
    );
    assert!(h.state().doc.is_dirty());
    assert_eq!(h.state().doc.path(), None);
    assert!(!missing.exists());
    assert_eq!(
        std::fs::read_dir(dir.path()).expect("list").count(),
        0,
        "no stray files"
    );
}

fn harness_in(lang: Lang) -> Harness<'static, SeatplanApp> {
    let mut h = app().lang(lang).max_steps(30).build();
    h.run();
    h
}

fn shortfall_cell(lang: Lang, year: i32, value: i64) -> String {
    tr_args(
        "a11y-cell",
        &[
            ("column", tr("col-shortfall").into()),
            ("year", Arg::from(year)),
            ("value", num_in(lang, value).into()),
        ],
    )
}

#[test]
fn the_planner_edits_in_every_language() {
    for lang in Lang::ALL {
        let mut h = harness_in(lang);
        // The shipped school names are translated too: each table shows its own.
        let (shymkent, school) = match lang {
            Lang::Kk => ("Шымкент қаласы", "2 000 орындық мектеп [shy-2024-01]"),
            Lang::Ru => ("город Шымкент", "Школа на 2 000 мест [shy-2024-01]"),
            Lang::En => ("Shymkent city", "School for 2 000 seats [shy-2024-01]"),
        };
        assert!(
            h.query_by_role_and_label(Role::Button, &tr("whole-country"))
                .is_some(),
            "{lang:?}"
        );
        select_region(&mut h, shymkent);
        assert!(
            shows_exactly(&h, &shortfall_cell(lang, 2024, 646)),
            "{lang:?}"
        );
        let opens = tr_args("a11y-opens", &[("school", school.into())]);
        h.get_by_label_contains(&opens).increment_accesskit();
        h.run();
        // 17 946 − (17 300 − 2 000) = 2 646, grouped as the language writes it.
        assert!(
            shows_exactly(&h, &shortfall_cell(lang, 2024, 2_646)),
            "{lang:?}"
        );
        let schools = tr_args(
            "school-count",
            &[("count", Arg::Count(18)), ("n", "18".into())],
        );
        assert!(
            h.query_all_by_label_contains(&schools).next().is_some(),
            "{lang:?}: {schools}"
        );
    }
}

#[test]
fn the_language_menu_switches_and_remembers() {
    let mut h = harness_in(Lang::En);
    h.get_by_role_and_label(Role::Button, "Language").click();
    h.run();
    h.get_by_label("Русский").click();
    h.run();
    assert!(
        h.query_by_role_and_label(Role::Button, "Вся страна")
            .is_some()
    );
    assert!(shows_exactly(&h, "Регионы"));
    assert_eq!(h.state().settings.lang, Some(Lang::Ru));
}

/// With the pseudo-locale every translated string is wrapped in ‹ ›: any text
/// on screen without them, that is not data from the scenario, a number or a
/// language's own name, bypassed the translation.
#[test]
fn no_ui_string_bypasses_the_translation() {
    seatplan::i18n::set_pseudo(true);
    let mut h = harness_in(Lang::En);
    select_region(&mut h, "‹Shymkent city›".trim_matches(['‹', '›']));
    let s = h.state().doc.scenario().clone();
    let mut data: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    for l in ["kk", "ru", "en"] {
        data.insert(s.name.get(l).to_owned());
    }
    for r in &s.regions {
        for n in [&r.name.kk, &r.name.ru, &r.name.en].into_iter().flatten() {
            data.insert(n.clone());
        }
        data.extend(r.source.clone());
    }
    for sc in &s.schools {
        for lang in ["kk", "ru", "en"] {
            data.insert(sc.name.get(lang).to_owned());
        }
        data.extend(sc.district.clone());
    }
    for l in Lang::ALL {
        data.insert(l.native_name().to_owned());
    }
    // egui's own accessible name for panel resize handles: not ours to translate.
    data.insert("Resize panel".to_owned());
    let is_number = |t: &str| {
        t.chars().all(|c| {
            c.is_ascii_digit()
                || matches!(
                    c,
                    ' ' | ','
                        | '\u{202F}'
                        | '−'
                        | '-'
                        | '—'
                        | '✖'
                        | ':'
                        | 'Δ'
                        | '+'
                        | '%'
                        | '.'
                        | '₸'
                        | '\u{A0}'
                )
        })
    };
    let mut bypassed = Vec::new();
    let mut seen = 0;
    for node in h.root().children_recursive() {
        let Some(label) = text_of(&node) else {
            continue;
        };
        seen += 1;
        let label = label.trim().to_owned();
        if label.is_empty() || label.contains('‹') || is_number(&label) || data.contains(&label) {
            continue;
        }
        bypassed.push(label);
    }
    seatplan::i18n::set_pseudo(false);
    assert!(seen > 100, "the check saw only {seen} texts");
    assert!(
        bypassed.is_empty(),
        "untranslated text on screen: {bypassed:?}"
    );
}

#[test]
fn presentation_mode_in_every_language() {
    let fullscreen = |h: &Harness<'_, SeatplanApp>, on: bool| {
        h.output()
            .viewport_output
            .get(&ViewportId::ROOT)
            .is_some_and(|v| v.commands.contains(&ViewportCommand::Fullscreen(on)))
    };
    for lang in Lang::ALL {
        let mut h = harness_in(lang);
        // One event a step, so the step's output is the frame that handled it.
        h.key_down(Key::F5);
        h.step();
        assert!(fullscreen(&h, true), "{lang:?}: F5 goes full screen");
        h.key_up(Key::F5);
        h.run();
        assert_eq!(
            h.state().view.presentation,
            Some(0),
            "{lang:?}: opens on the title slide"
        );
        h.key_press(Key::ArrowRight);
        h.run();
        assert!(shows_exactly(&h, &tr("slide-overview")), "{lang:?}");
        // Right arrow: the map, then the first region's slide, with its three
        // headline numbers.
        h.key_press(Key::ArrowRight);
        h.run();
        assert!(
            shows_exactly(&h, &tr_args("map-title", &[("year", Arg::from(2029))])),
            "{lang:?}: the map follows the overview"
        );
        h.key_press(Key::ArrowRight);
        h.run();
        let astana = match lang {
            Lang::Kk => "Астана қаласы",
            Lang::Ru => "город Астана",
            Lang::En => "Astana city",
        };
        assert!(shows_exactly(&h, astana), "{lang:?}");
        assert!(shows_exactly(
            &h,
            &tr_args("headline-now", &[("year", Arg::from(2026))])
        ));
        assert!(shows_exactly(
            &h,
            &tr_args("not-closed-by", &[("year", Arg::from(2029))])
        ));
        assert!(
            shows_exactly(&h, &tr("slide-illustrative")),
            "{lang:?}: illustrative figures are labelled"
        );
        h.key_press(Key::PageDown);
        h.run();
        assert_eq!(h.state().view.presentation, Some(4));
        h.key_press(Key::PageUp);
        h.key_press(Key::ArrowLeft);
        h.run();
        assert_eq!(h.state().view.presentation, Some(2));
        h.key_press(Key::ArrowLeft);
        h.key_press(Key::ArrowLeft);
        h.run();
        let title = match lang {
            Lang::Kk => "Қазақстан — өңірлік жол карталары 2023–2029",
            Lang::Ru => "Казахстан — региональные дорожные карты 2023–2029",
            Lang::En => "Kazakhstan — regional roadmaps 2023–2029",
        };
        assert!(
            shows_exactly(&h, title),
            "{lang:?}: the title slide, in the language"
        );
        h.key_down(Key::Escape);
        h.step();
        assert!(fullscreen(&h, false), "{lang:?}: Esc leaves full screen");
        h.key_up(Key::Escape);
        h.run();
        assert_eq!(h.state().view.presentation, None);
        assert!(
            h.query_by_role_and_label(Role::Button, &tr("whole-country"))
                .is_some()
        );
    }
}

#[test]
fn export_the_chart_and_the_slides_from_the_window() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, dialogs) = harness();
    select_region(&mut h, "Shymkent city");
    let png = dir.path().join("shymkent.png");
    dialogs.answer(Some(png.clone()));
    h.state_mut()
        .send(seatplan::app::Command::ExportChart { svg: false });
    h.run();
    let bytes = std::fs::read(&png).expect("png written");
    assert_eq!(&bytes[1..4], b"PNG");
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    assert_eq!(
        (be(&bytes[16..20]), be(&bytes[20..24])),
        (2400, 1400),
        "2× density"
    );

    let svg = dir.path().join("shymkent.svg");
    dialogs.answer(Some(svg.clone()));
    h.state_mut()
        .send(seatplan::app::Command::ExportChart { svg: true });
    h.run();
    let text = std::fs::read_to_string(&svg).expect("svg written");
    assert!(text.contains(">Shymkent city</text>"));
    assert!(text.contains(r#"data-year="2024" data-value="646""#));

    let slides = dir.path().join("slides");
    std::fs::create_dir(&slides).expect("mkdir");
    dialogs.answer(Some(slides.clone()));
    h.state_mut().send(seatplan::app::Command::ExportSlides);
    h.run();
    // Title, overview, map and the 20 regions.
    assert_eq!(std::fs::read_dir(&slides).expect("list").count(), 23);
    let told: Vec<String> = h
        .get_all_by_label_contains("Saved")
        .filter_map(|n| text_of(&n))
        .collect();
    assert!(
        told.iter()
            .any(|t| t.contains(&slides.display().to_string())),
        "the user is told where: {told:?}"
    );
}

#[test]
fn file_menu_exports_the_slides_as_one_pdf() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, dialogs) = harness();
    // The dialog's answer has no extension: the file gets `.pdf`.
    let answer = dir.path().join("handout");
    dialogs.answer(Some(answer.clone()));
    h.get_by_role_and_label(Role::Button, &tr("menu-file"))
        .click();
    h.run();
    h.get_by_label(&tr("menu-export-pdf")).click();
    h.run();
    let pdf = std::fs::read(answer.with_extension("pdf")).expect("pdf written");
    assert!(pdf.starts_with(b"%PDF-"));
    // The national file: title, overview, map and 20 regions, each 16:9.
    let raw = String::from_utf8_lossy(&pdf);
    assert_eq!(raw.matches("/MediaBox[0 0 1920 1080]").count(), 23);
    let told: Vec<String> = h
        .get_all_by_label_contains("Saved")
        .filter_map(|n| text_of(&n))
        .collect();
    assert!(told.iter().any(|t| t.contains("handout.pdf")), "{told:?}");
}

/// What a node shows: AccessKit keeps a label's text in its value.
fn text_of(node: &egui_kittest::Node<'_>) -> Option<String> {
    let n = node.accesskit_node();
    if n.role() == Role::Label {
        n.value()
    } else {
        n.label()
    }
}

/// One region, deficit 900 throughout: a 300-seat school under construction
/// opens in 2024 and a 600-seat planned one in 2025.
const WHATIF: &str = r#"Scenario(format: 1, name: "what-if", base_year: 2023, horizon: 2029,
    regions: [(id: "north", name: (en: "North"), kind: Oblast, deficit: {2023: 900, 2029: 900})],
    schools: [
        (id: "n1", name: "Planned school", region: "north", seats: 600, opens: 2025, status: Planned),
        (id: "n2", name: "Started school", region: "north", seats: 300, opens: 2024, status: UnderConstruction),
    ])"#;

fn whatif_harness(dir: &Path) -> (Harness<'static, SeatplanApp>, FakeDialogs) {
    let file = dir.join("whatif.ron");
    std::fs::write(&file, WHATIF).expect("write");
    let dialogs = FakeDialogs::default();
    let mut h = harness_with(Some(file), &dialogs);
    select_region(&mut h, "North");
    (h, dialogs)
}

/// On a file with no Planned school (Almaty city, Shymkent, Mangystau) the what-if
/// changes no figure: the window says so instead of announcing a what-if view.
#[test]
fn a_what_if_that_changes_nothing_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("started.ron");
    std::fs::write(
        &file,
        WHATIF.replace("status: Planned", "status: UnderConstruction"),
    )
    .expect("write");
    let dialogs = FakeDialogs::default();
    let mut h = harness_with(Some(file), &dialogs);
    select_region(&mut h, "North");
    let delay = "What if every school still Planned opens this many school years later (the file is not changed)";
    h.get_by_label(delay).increment_accesskit();
    h.run();
    assert!(shows_exactly(&h, "Shortfall 2025: 0"), "nothing moved");
    assert!(shows_exactly(
        &h,
        "No school in this file is Planned: the what-if changes no figure"
    ));
    assert!(!shows_exactly(
        &h,
        "What-if view: the figures are not the plan as written"
    ));
}

/// The shipped national file lists as Planned what its sources publish as
/// planned (Astana's 2026–2027 roadmap schools, Turkistan's 63): the what-if
/// moves its figures. Astana in 2027: 73 500 short at the horizon either way,
/// but its 2026 schools (14) open a year late.
#[test]
fn the_what_if_acts_on_the_shipped_national_file() {
    let (mut h, _) = harness();
    let s = h.state().doc.scenario().clone();
    let astana = s.region_index("astana").expect("astana");
    let short_2026 = |p: &seatplan::model::Projection| {
        p.regions[astana]
            .rows
            .iter()
            .find(|r| r.year == 2026)
            .map(|r| r.shortfall)
            .expect("2026")
    };
    let before = short_2026(&seatplan::model::project(&s));
    // The 2026 schools' seats are missing in 2026.
    let seats_2026: i64 = s
        .schools
        .iter()
        .filter(|x| x.region == "astana" && x.opens == 2026)
        .map(|x| i64::from(x.seats) - i64::from(x.replaces))
        .sum();
    assert!(before > 0 && seats_2026 > 0, "{before} {seats_2026}");
    select_region(&mut h, "Astana city");
    let label = |n: i64| format!("Shortfall 2026: {}", num_in(Lang::En, n));
    assert!(shows_exactly(&h, &label(before)));
    let delay = "What if every school still Planned opens this many school years later (the file is not changed)";
    h.get_by_label(delay).increment_accesskit();
    h.run();
    assert!(shows_exactly(
        &h,
        "What-if view: the figures are not the plan as written"
    ));
    assert!(!shows_exactly(
        &h,
        "No school in this file is Planned: the what-if changes no figure"
    ));
    assert!(shows_exactly(&h, &label(before + seats_2026)));
}

#[test]
fn what_if_toggles_redraw_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, _) = whatif_harness(dir.path());
    // As planned: 2024 900 − 300 = 600; 2025 900 − 900 = 0.
    assert!(shows_exactly(&h, "Shortfall 2024: 600"));
    assert!(shows_exactly(&h, "Shortfall 2025: 0"));
    let delay = "What if every school still Planned opens this many school years later (the file is not changed)";
    h.get_by_label(delay).increment_accesskit();
    h.run();
    // Planned school a year late: 2025 still 600 short, closed from 2026.
    assert!(shows_exactly(&h, "Shortfall 2025: 600"));
    assert!(shows_exactly(&h, "Shortfall 2026: 0"));
    assert!(shows_exactly(
        &h,
        "What-if view: the figures are not the plan as written"
    ));
    assert!(!h.state().doc.is_dirty(), "a what-if never edits the file");
    h.get_by_label(delay).decrement_accesskit();
    h.run();
    assert!(shows_exactly(&h, "Shortfall 2025: 0"));
    // Only started schools: the planned 600 never come, 600 short to 2029.
    h.get_by_label("Only schools already started").click();
    h.run();
    assert!(shows_exactly(&h, "Shortfall 2029: 600"));
    assert!(shows_exactly(&h, "Deficit closed"), "not closed any more");
}

fn p_closed(h: &Harness<'_, SeatplanApp>) -> f64 {
    let label = text_of(&h.get_by_label_contains("Probability the deficit is closed by 2029"))
        .expect("text");
    let p = label
        .rsplit(": ")
        .next()
        .expect("value")
        .trim_end_matches(" %");
    p.parse().expect("a percentage")
}

#[test]
fn the_delay_risk_band_shows_the_chance_of_closing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, _) = whatif_harness(dir.path());
    // The spinner repaints while a simulation runs: step, wait for it, settle.
    h.get_by_label("Delay risk band").click();
    h.step();
    h.step();
    h.state_mut().finish_risk();
    h.run();
    // Any draw opens both schools by 2027 at the latest: closed by 2029 for sure.
    assert_eq!(p_closed(&h), 100.0);
    // Planned schools 3 years late (2028) plus the simulated delay: closed by
    // 2029 only with no or one year's delay: 0.204 + 0.597 = 0.801.
    let delay = "What if every school still Planned opens this many school years later (the file is not changed)";
    for _ in 0..3 {
        h.get_by_label(delay).increment_accesskit();
        h.step();
        h.step();
        h.state_mut().finish_risk();
    }
    h.step();
    h.state_mut().finish_risk();
    h.run();
    let p = p_closed(&h);
    assert!((78.0..=82.0).contains(&p), "{p}");
}

#[test]
fn comparing_with_a_second_scenario_in_two_shift_places() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, dialogs) = whatif_harness(dir.path());
    // The same region counted in two-shift places (twice the design figures),
    // without the school under construction.
    let other = dir.path().join("other.ron");
    std::fs::write(
        &other,
        r#"Scenario(format: 1, name: "other", base_year: 2023, horizon: 2029, seat_unit: TwoShift,
    regions: [(id: "north", name: (en: "North"), kind: Oblast, deficit: {2023: 1800, 2029: 1800})],
    schools: [(id: "n1", name: "Planned school", region: "north", seats: 1200, opens: 2025, status: Planned)])"#,
    )
    .expect("write");
    dialogs.answer(Some(other));
    h.get_by_role_and_label(Role::Button, "File").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Compare with…")
        .click();
    h.run();
    // Converted to design seats: 900 deficit, 600 seats → 300 short from 2025;
    // this plan is closed from 2025, so B − A = +300.
    assert!(shows_exactly(&h, "Difference in 2029: +300"));
    assert!(
        shows_exactly(&h, "Difference in 2024: +300"),
        "2024: 900 − 600"
    );
    assert_eq!(
        h.get_all_by_label("Δ +300").count(),
        2,
        "the region list shows the difference, for North and the whole country"
    );
    assert!(
        shows_exactly(&h, "Shortfall — other.ron"),
        "named in the legend"
    );
    assert!(
        h.query_by_label_contains("counts places in two shifts: its figures are converted")
            .is_some()
    );
    h.get_by_label("Stop comparing").click();
    h.run();
    assert!(!shows_exactly(&h, "Difference in 2029: +300"));
}

/// The chart and numbers change in the same frame as the edit, not the next.
#[test]
fn an_edit_shows_in_the_same_frame() {
    let (mut h, _) = harness();
    select_region(&mut h, "Shymkent city");
    assert!(shows_exactly(&h, SHYMKENT_2024_BEFORE));
    h.get_by_label_contains(SHY_01_OPENS).increment_accesskit();
    // Exactly one frame: the table edits the document, the chart drawn after
    // it in that frame already shows the new shortfall.
    h.step();
    assert!(
        shows_exactly(&h, SHYMKENT_2024_AFTER),
        "the chart lagged a frame behind the edit"
    );
}

#[test]
fn a_broken_file_is_explained_in_the_chosen_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("broken.ron");
    std::fs::write(
        &broken,
        "Scenario(format: 1, name: \"x\", base_year: 2023, horizon: 2029, regions: [],\n    schools: [(id: \"a\", seets: 5)])\n",
    )
    .expect("write");
    let dialogs = FakeDialogs::default();
    let fake = dialogs.clone();
    let mut h = app().dialogs(&fake).lang(Lang::Ru).max_steps(30).build();
    h.run();
    dialogs.answer(Some(broken));
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    assert!(shows_exactly(&h, "Не удалось открыть файл"));
    assert!(
        h.query_by_label_contains("неизвестное поле `seets` в School")
            .is_some()
            || h.query_by_label_contains("неизвестное поле `seets`")
                .is_some(),
        "the reader's message in Russian"
    );
}

#[test]
fn clicking_a_region_on_the_map_selects_it() {
    let (mut h, _) = harness();
    // The map is a tab beside the schools.
    h.get_by_role_and_label(Role::Button, "Map").click();
    h.run();
    assert!(h.state().workspace.is_showing(seatplan::app::Pane::Map));
    let (fit, rect): (seatplan::map::Fit, egui::Rect) = h
        .ctx
        .data(|d| d.get_temp(egui::Id::unique(seatplan::map::MAP_FIT_ID)))
        .expect("the map was drawn");
    let g = seatplan::map::kazakhstan().expect("map");
    let at = |id: &str| {
        let [x, y] = fit.to_screen(g.shape(id).expect(id).label);
        egui::pos2(x, y)
    };
    // Karaganda's label point lies inside it, well inside the map.
    let karaganda = at("karaganda");
    assert!(rect.contains(karaganda));
    h.hover_at(karaganda);
    h.run();
    // 2029: Karaganda's illustrative series leaves 21 024 seats short.
    assert!(
        h.query_all_by_label("Karaganda region: 21,024 seats short in 2029")
            .next()
            .is_some(),
        "hover tells the region and its gap"
    );
    h.drag_at(karaganda);
    h.drop_at(karaganda);
    h.run();
    // Karaganda is the 12th region of the file (index 11).
    assert_eq!(h.state().selection(), Selection::Region(11));
    // A click on Almaty's marker picks the city, not the oblast around it.
    let almaty = at("almaty-city");
    h.drag_at(almaty);
    h.drop_at(almaty);
    h.run();
    assert_eq!(h.state().selection(), Selection::Region(1));
}

#[test]
fn every_slide_lays_out_inside_its_16_9_box_at_three_window_sizes() {
    use egui_kittest::kittest::By;
    for (w, h_px) in [(1280.0, 720.0), (1600.0, 1000.0), (1920.0, 1080.0)] {
        let mut h = app().lang(Lang::Kk).max_steps(30).build();
        h.set_size(egui::vec2(w, h_px));
        h.run();
        h.key_press(Key::F5);
        h.run();
        // Back to the title slide, then through every slide.
        for _ in 0..3 {
            h.key_press(Key::ArrowLeft);
        }
        h.run();
        assert_eq!(h.state().view.presentation, Some(0));
        // The panel keeps a 48-point margin; the slide is the largest 16:9
        // box inside it, centred.
        let inner =
            egui::Rect::from_min_size(egui::pos2(0.0, 0.0), egui::vec2(w, h_px)).shrink(48.0);
        let sw = inner.width().min(inner.height() * 16.0 / 9.0);
        let slide = egui::Rect::from_center_size(inner.center(), egui::vec2(sw, sw * 9.0 / 16.0))
            .expand(1.0);
        let count = seatplan::export::slides(h.state().doc.scenario(), None).len();
        for n in 0..count {
            assert_eq!(h.state().view.presentation, Some(n));
            let mut labels = 0;
            for node in h.query_all(By::new().role(Role::Label)) {
                let r = node.rect();
                let text = text_of(&node).unwrap_or_default();
                assert!(
                    slide.contains_rect(r),
                    "{w}×{h_px}, slide {}: {text:?} at {r:?} is outside {slide:?}",
                    n + 1
                );
                labels += 1;
            }
            assert!(labels > 0, "slide {} shows text", n + 1);
            h.key_press(Key::ArrowRight);
            h.run();
        }
    }
}

/// The scenario's name is a sentence: its field spans the pane and wraps,
/// and keeps the name on one line (Enter adds nothing).
#[test]
fn the_scenario_name_field_wraps_and_keeps_one_line() {
    let (mut h, _) = harness();
    let shown = "Kazakhstan — regional roadmaps 2023–2029";
    assert_eq!(h.state().doc.scenario().name.get("en"), shown);
    let field = || By::new().role(Role::MultilineTextInput).value(shown);
    h.get(field()).focus();
    h.run();
    h.key_press(Key::End);
    h.run();
    h.get(field()).type_text("\nv2");
    h.run();
    assert_eq!(
        h.state().doc.scenario().name.get("en"),
        "Kazakhstan — regional roadmaps 2023–2029v2"
    );
}

/// Every shipped region is illustrative: the badge is said once, over the
/// list, and not on each row; a file mixing published and illustrative
/// regions marks the illustrative rows.
#[test]
fn the_illustrative_badge_is_said_once_when_every_region_is_illustrative() {
    let (h, _) = harness();
    let badges = h.query_all_by_label("illustrative").count();
    // The list's heading and the chart's title.
    assert_eq!(badges, 2);
    let (h, _dir) = crate::harness::open_text(
        r#"Scenario(format: 1, name: "mixed", base_year: 2023, horizon: 2029,
    regions: [
        (id: "a", name: (en: "Published"), kind: City, deficit: {2023: 10, 2029: 10}),
        (id: "b", name: (en: "Estimated"), kind: City, deficit: {2023: 10, 2029: 10},
            illustrative: true),
    ],
    schools: [])"#,
    );
    // Row "Estimated" and the country's row (it holds an illustrative region),
    // and the chart's title: not the heading.
    assert_eq!(h.query_all_by_label("illustrative").count(), 3);
}

/// The schools table's name column takes the room the window has: after the
/// window grows from 1366 to 1920 px, the names get the new width (they
/// kept their first width, cut beside empty room).
#[test]
fn the_school_name_column_grows_with_the_window() {
    let (mut h, _) = harness();
    select_region(&mut h, "Astana city");
    let name_width = |h: &Harness<'_, SeatplanApp>| {
        h.get_all(
            By::new()
                .role(Role::TextInput)
                .value("School for 2 000 seats"),
        )
        .next()
        .expect("a school's name")
        .rect()
        .width()
    };
    h.set_size(egui::vec2(1366.0, 768.0));
    h.run();
    let narrow = name_width(&h);
    h.set_size(egui::vec2(1920.0, 1080.0));
    h.run();
    let wide = name_width(&h);
    // The window grew by 554 px; the chart's share of it is 73 %, and the
    // name column takes all of the table's growth.
    assert!(wide > narrow + 300.0, "{narrow} → {wide}");
}

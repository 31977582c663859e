//! The review in the window, and File → Export web page (egui_kittest).

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use seatplan::app::{Command, FakeDialogs, Pane};
use seatplan::i18n::{Lang, tr};
use seatplan::model::About;

use crate::harness::{app, click, open_text, shows_exactly, shows_text_containing};

#[test]
fn file_menu_exports_the_web_page_into_a_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dialogs = FakeDialogs::default();
    let mut h = app().dialogs(&dialogs).lang(Lang::En).max_steps(30).build();
    h.run();
    dialogs.answer(Some(dir.path().to_path_buf()));
    h.get_by_role_and_label(Role::Button, &tr("menu-file"))
        .click();
    h.run();
    h.get_by_label(&tr("menu-export-web")).click();
    h.run();
    let page = dir.path().join("index.html");
    let html = std::fs::read_to_string(&page).expect("index.html written");
    // The national file in the window's language: its contents and a
    // section for Shymkent.
    assert!(html.contains("<h2>Contents</h2>"));
    assert!(html.contains("id=\"region-shymkent\""));
    assert!(html.contains(">Shymkent city</h2>"));
    assert!(
        shows_text_containing(&h, &page.display().to_string()),
        "the user is told where"
    );
}

/// One region with two schools (deficit 900 throughout).
const PLAN: &str = r#"Scenario(format: 1, name: "review", base_year: 2023, horizon: 2029,
    regions: [(id: "north", name: (en: "North"), kind: Oblast, deficit: {2023: 900})],
    schools: [
        (id: "a1", name: "School A", region: "north", seats: 600, opens: 2025, status: Planned),
        (id: "b2", name: "School B", region: "north", seats: 300, opens: 2024, status: Planned),
    ])"#;

fn show(h: &mut egui_kittest::Harness<'_, seatplan::app::SeatplanApp>, pane: Pane) {
    h.state_mut().workspace.show(pane);
    h.run();
}

fn type_into(
    h: &mut egui_kittest::Harness<'_, seatplan::app::SeatplanApp>,
    role: Role,
    label: &str,
    text: &str,
) {
    h.get_by_role_and_label(role, label).focus();
    h.run();
    h.get_by_role_and_label(role, label).type_text(text);
    h.run();
}

fn undo(h: &mut egui_kittest::Harness<'_, seatplan::app::SeatplanApp>) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
}

#[test]
fn approving_then_editing_a_school_shows_changed_since_approval_and_undo_restores_each() {
    let (mut h, _dir) = open_text(PLAN);
    show(&mut h, Pane::Review);
    assert!(shows_exactly(&h, "Not approved"));
    type_into(&mut h, Role::TextInput, "Your name or post", "Deputy akim");
    click(&mut h, "Approve");
    // The harness's clock reads 3 December 2026.
    let approved = "Approved by \"Deputy akim\" on 2026-12-03";
    assert!(shows_exactly(&h, approved));
    let review = h.state().doc.scenario().review.clone().expect("a review");
    let digest = review.approved.and_then(|s| s.digest).expect("a digest");
    assert_eq!(digest, seatplan::io::digest(h.state().doc.scenario()));

    // School A opens a year later.
    show(&mut h, Pane::Schools);
    h.get_by_label_contains("Opening year of School A [a1]")
        .increment_accesskit();
    h.run();
    assert_eq!(h.state().doc.scenario().schools[0].opens, 2026);
    show(&mut h, Pane::Review);
    assert!(shows_text_containing(&h, "Changed since approval"));
    assert!(!shows_exactly(&h, approved));

    undo(&mut h);
    assert!(
        shows_exactly(&h, approved),
        "the edit undone: approved again"
    );
    undo(&mut h);
    assert!(shows_exactly(&h, "Not approved"), "the approval undone");
    assert_eq!(h.state().doc.scenario().review, None);
}

#[test]
fn a_note_on_a_school_is_found_from_its_row_and_undo_removes_it() {
    let (mut h, _dir) = open_text(PLAN);
    h.state_mut().send(Command::SelectSchool(1));
    h.run();
    show(&mut h, Pane::Review);
    type_into(&mut h, Role::TextInput, "Your name or post", "Ministry");
    type_into(
        &mut h,
        Role::MultilineTextInput,
        "New note on School B [b2]",
        "Site not allocated",
    );
    click(&mut h, "Add note");
    let note = &h
        .state()
        .doc
        .scenario()
        .review
        .as_ref()
        .expect("a review")
        .notes[0];
    assert_eq!(note.about, About::School("b2".into()));
    assert_eq!(note.by, "Ministry");

    // From the school's row: its note icon brings the Review pane up.
    h.state_mut().send(Command::SelectSchool(0));
    show(&mut h, Pane::Schools);
    assert!(
        !shows_text_containing(&h, "Notes on School A"),
        "no note, no icon"
    );
    assert_eq!(h.state().view.selected_school, Some(0));
    click(&mut h, "Notes on School B [b2]: 1");
    assert!(h.state().workspace.is_showing(Pane::Review));
    assert_eq!(h.state().view.selected_school, Some(1));
    // The note's text, under its school's heading.
    let text = h.get_by_role_and_label(Role::MultilineTextInput, "School B [b2]");
    assert_eq!(text.value().as_deref(), Some("Site not allocated"));

    // Edited in place, one undo step.
    type_into(&mut h, Role::MultilineTextInput, "School B [b2]", " yet");
    let text_now = |h: &egui_kittest::Harness<'_, seatplan::app::SeatplanApp>| {
        h.state()
            .doc
            .scenario()
            .review
            .as_ref()
            .map(|r| r.notes[0].text.clone())
    };
    assert_eq!(text_now(&h).as_deref(), Some("Site not allocated yet"));
    h.key_press(Key::Escape);
    h.run();
    undo(&mut h);
    assert_eq!(text_now(&h).as_deref(), Some("Site not allocated"));

    // Resolving is one step, and undo takes it back, then the note itself.
    h.get_by_role_and_label(Role::CheckBox, "Resolved").click();
    h.run();
    let resolved = |h: &egui_kittest::Harness<'_, seatplan::app::SeatplanApp>| {
        h.state()
            .doc
            .scenario()
            .review
            .as_ref()
            .map(|r| r.notes[0].resolved)
    };
    assert_eq!(resolved(&h), Some(true));
    undo(&mut h);
    assert_eq!(resolved(&h), Some(false));
    undo(&mut h);
    assert_eq!(h.state().doc.scenario().review, None);
    show(&mut h, Pane::Schools);
    assert!(!shows_text_containing(&h, "Notes on School B"));
}

#[test]
fn compare_changes_lists_the_schools_by_region_and_a_row_selects_its_school() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plan.ron");
    std::fs::write(&file, PLAN).expect("written");
    let dialogs = FakeDialogs::default();
    let mut h = app()
        .file(Some(file))
        .dialogs(&dialogs)
        .lang(Lang::En)
        .max_steps(30)
        .build();
    h.run();
    // The earlier version: School A a year sooner, School B not yet in it,
    // and a school since dropped.
    let earlier = PLAN
        .replace("seats: 600, opens: 2025", "seats: 600, opens: 2024")
        .replace(
            r#"(id: "b2", name: "School B", region: "north", seats: 300, opens: 2024, status: Planned),"#,
            r#"(id: "c3", name: "School C", region: "north", seats: 100, opens: 2026, status: Planned),"#,
        );
    let path = dir.path().join("earlier.ron");
    std::fs::write(&path, earlier).expect("written");
    dialogs.answer(Some(path));
    h.state_mut().send(Command::CompareWith);
    h.run();
    show(&mut h, Pane::Comparison);
    let norths = |h: &egui_kittest::Harness<'_, seatplan::app::SeatplanApp>| {
        h.get_all_by_label("North").count()
    };
    let before = norths(&h);
    h.get_by_label(&tr("compare-tab-changes")).click();
    h.run();
    assert_eq!(norths(&h), before + 1, "grouped under the region's name");
    assert!(
        shows_exactly(&h, "School C [c3]: removed"),
        "named from the earlier file"
    );
    assert!(shows_exactly(&h, "School B [b2]: added"));
    click_label(&mut h, "School A [a1]: Opens 2024 → 2025");
    assert_eq!(h.state().view.selected_school, Some(0));
}

fn click_label(h: &mut egui_kittest::Harness<'_, seatplan::app::SeatplanApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// A region with notes shows "✎ N" in the region list, as a school's row
/// does; a click selects the region and brings the Review pane with them.
#[test]
fn a_region_with_notes_shows_them_from_its_row() {
    let text = r#"Scenario(format: 1, name: "notes", base_year: 2024, horizon: 2026,
    regions: [
        Region(id: "north", name: (en: "North"), kind: Oblast, deficit: {2024: 100}),
        Region(id: "south", name: (en: "South"), kind: Oblast, deficit: {2024: 100}),
    ],
    schools: [],
    review: Review(notes: [Note(on: Region("south"), by: "Planner", on: "2026-11-21", text: "Check the 2025 estimate")]),
)"#;
    let (mut h, _dir) = open_text(text);
    h.run();
    assert!(h.query_by_label("Notes on North: 1").is_none());
    h.get_by_role_and_label(Role::Button, "Notes on South: 1")
        .click();
    h.run();
    assert_eq!(h.state().selection(), seatplan::app::Selection::Region(1));
    assert!(h.state().workspace.is_showing(Pane::Review));
    let note = h.get_by_role_and_label(Role::MultilineTextInput, "South");
    assert_eq!(note.value().as_deref(), Some("Check the 2025 estimate"));
}

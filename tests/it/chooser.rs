//! When the system cannot show a file dialog (no desktop portal, no
//! zenity), the window says so and offers its own chooser: no action ends in
//! silence (issue 24).

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{By, Queryable};
use seatplan::app::{Chooser, DialogKind, FakeDialogs, Modal, Picks};
use seatplan::i18n::Lang;

use crate::harness::{app, click, shows_exactly};

fn chooser(h: &egui_kittest::Harness<'_, seatplan::app::SeatplanApp>) -> Option<Chooser> {
    h.state().modals.iter().find_map(|m| match m {
        Modal::Chooser(c) => Some((**c).clone()),
        _ => None,
    })
}

fn type_path(h: &mut egui_kittest::Harness<'_, seatplan::app::SeatplanApp>, path: &str) {
    let field = h.get(By::new().role(Role::TextInput).label("File"));
    field.focus();
    field.type_text("");
    h.run();
    // Replace the field's text: select all, then type.
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get(By::new().role(Role::TextInput).label("File"))
        .type_text(path);
    h.run();
}

#[test]
fn open_without_a_system_dialog_offers_the_built_in_chooser() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = dir.path().join("shymkent.ron");
    std::fs::write(&plan, include_str!("../../scenarios/shymkent.ron")).expect("write");
    std::fs::write(dir.path().join("notes.txt"), "not a scenario").expect("write");
    std::fs::create_dir(dir.path().join("older")).expect("dir");
    let dialogs = FakeDialogs::default();
    dialogs.unavailable();
    let mut h = app().dialogs(&dialogs).lang(Lang::En).max_steps(30).build();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    let c = chooser(&h).expect("the chooser opens instead of nothing");
    assert_eq!(c.picks(), Picks::Open);
    assert!(shows_exactly(&h, "Open a file"));
    assert!(
        h.query_by_label_contains("The system's file dialog could not be shown")
            .is_some()
    );
    // The folder of the file: only folders and scenario files are listed.
    h.state_mut().send(seatplan::app::Command::Chooser(
        seatplan::app::ChooserCommand::Enter(dir.path().to_path_buf()),
    ));
    h.run();
    let names: Vec<String> = chooser(&h)
        .expect("open")
        .entries
        .iter()
        .map(|e| e.name.clone())
        .collect();
    assert_eq!(names, ["older", "shymkent.ron"]);
    assert!(shows_exactly(&h, "older/"));
    // A folder opens on a click; the one above is a click away.
    click(&mut h, "older/");
    assert_eq!(chooser(&h).expect("open").dir, dir.path().join("older"));
    click(&mut h, "⬆");
    assert_eq!(chooser(&h).expect("open").dir, dir.path());
    click(&mut h, "shymkent.ron");
    assert_eq!(
        chooser(&h).expect("open").path,
        plan.display().to_string(),
        "a click on a file puts its path in the field"
    );
    click(&mut h, "Open");
    assert_eq!(chooser(&h), None);
    assert_eq!(h.state().doc.path(), Some(plan.as_path()));
}

#[test]
fn a_save_without_a_system_dialog_checks_the_folder_then_writes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dialogs = FakeDialogs::default();
    dialogs.unavailable();
    let mut h = app().dialogs(&dialogs).lang(Lang::En).max_steps(30).build();
    h.run();
    h.state_mut().send(seatplan::app::Command::ExportPdf);
    h.run();
    let c = chooser(&h).expect("the chooser");
    assert_eq!(c.picks(), Picks::Save);
    assert!(matches!(c.kind, DialogKind::ExportPdf { .. }));
    assert!(c.path.ends_with(".pdf"), "the suggested name: {}", c.path);
    let missing = dir.path().join("no-such-folder").join("slides.pdf");
    type_path(&mut h, missing.to_str().expect("utf-8"));
    click(&mut h, "Save");
    assert!(
        h.query_by_label_contains("There is no folder").is_some(),
        "a wrong folder is said, not ignored"
    );
    let target = dir.path().join("slides.pdf");
    type_path(&mut h, target.to_str().expect("utf-8"));
    click(&mut h, "Save");
    assert!(chooser(&h).is_none());
    let bytes = std::fs::read(&target).expect("the PDF is written");
    assert!(bytes.starts_with(b"%PDF-"));
}

#[test]
fn cancelling_the_built_in_chooser_does_nothing() {
    let dialogs = FakeDialogs::default();
    dialogs.unavailable();
    let mut h = app().dialogs(&dialogs).lang(Lang::En).max_steps(30).build();
    h.run();
    let before = h.state().doc.scenario().clone();
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    assert!(chooser(&h).is_some());
    click(&mut h, "Cancel");
    assert!(chooser(&h).is_none());
    assert_eq!(h.state().doc.scenario(), &before);
}

//! The review in the window, and File → Export web page (egui_kittest).

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use seatplan::app::FakeDialogs;
use seatplan::i18n::{Lang, tr};

use crate::harness::{app, shows_text_containing};

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

//! File → Import schools… with "Table by year" (issue 23, egui_kittest,
//! English pinned): the statistics bureau's capacity table goes into the
//! demand scenario's country region; the preview shows the matched and the
//! unmatched rows, Import moves the chart, and one undo brings it back.

use std::path::Path;

use crate::harness::{app, shows_exactly, shows_text_containing};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rust_xlsxwriter::Workbook;
use seatplan::app::{FakeDialogs, SeatplanApp};
use seatplan::i18n::Lang;

/// The bureau's layout: title, units, years, the country and a region the
/// one-region file does not have.
fn write_table(path: &Path) {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Мощность").expect("name");
    ws.write_string(0, 0, "Проектная мощность дневных общеобразовательных школ")
        .expect("write");
    ws.write_string(1, 0, "мест").expect("write");
    ws.write_string(2, 1, "2022 г.").expect("write");
    ws.write_string(2, 2, "2023 г.").expect("write");
    ws.write_string(3, 0, "Республика Казахстан")
        .expect("write");
    ws.write_number(3, 1, 1_650_000.0).expect("write");
    ws.write_number(3, 2, 1_700_000.0).expect("write");
    ws.write_string(4, 0, "Байконыр").expect("write");
    ws.write_string(4, 1, "…").expect("write");
    ws.write_number(4, 2, 3_000.0).expect("write");
    book.save(path).expect("save");
}

fn click(h: &mut Harness<'_, SeatplanApp>, role: Role, label: &str) {
    h.get_by_role_and_label(role, label).click();
    h.run();
}

fn capacity(h: &Harness<'_, SeatplanApp>) -> Option<i64> {
    h.state().doc.scenario().regions[0]
        .demand
        .as_ref()
        .and_then(|d| d.capacity)
}

#[test]
fn a_table_by_year_goes_into_the_demand_and_undo_takes_it_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ron = dir.path().join("demand.ron");
    std::fs::copy(
        crate::common::root().join("scenarios/kazakhstan-demand.ron"),
        &ron,
    )
    .expect("copy");
    let sheet = dir.path().join("capacity.xlsx");
    write_table(&sheet);
    let dialogs = FakeDialogs::default();
    let mut h = app()
        .file(Some(ron))
        .dialogs(&dialogs)
        .lang(Lang::En)
        .max_steps(30)
        .build();
    h.run();
    click(&mut h, Role::Button, "Republic of Kazakhstan");
    // 2029: need 2 098 923 − capacity 1 661 000 = 436 923 short.
    assert!(shows_exactly(&h, "Shortfall 2029: 436,923"));

    dialogs.answer(Some(sheet));
    click(&mut h, Role::Button, "File");
    click(&mut h, Role::Button, "Import schools…");
    click(&mut h, Role::CheckBox, "Table by year (statistics bureau)");
    click(&mut h, Role::ComboBox, "Series");
    click(&mut h, Role::Button, "Capacity (demand, base year)");
    assert!(shows_exactly(&h, "Import a table by year"));
    assert!(shows_exactly(&h, "Years in row 3: 2022–2023"));
    assert!(shows_exactly(&h, "4: Республика Казахстан"));
    assert!(shows_exactly(&h, "1,700,000"));
    assert!(shows_exactly(&h, "5: Байконыр"), "listed as not matched");
    assert!(shows_text_containing(
        &h,
        "A5: \"Байконыр\" is not a region of the file"
    ));
    assert!(shows_exactly(&h, "1 value ready; regions matched: 1"));
    click(&mut h, Role::Button, "Import");

    // Capacity of the base year 2023: 1 700 000, 39 000 more seats.
    assert_eq!(capacity(&h), Some(1_700_000));
    assert!(shows_text_containing(
        &h,
        "Wrote 1 value from capacity.xlsx; regions: 1"
    ));
    assert!(shows_exactly(&h, "Shortfall 2029: 397,923"));

    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(capacity(&h), Some(1_661_000));
    assert!(shows_exactly(&h, "Shortfall 2029: 436,923"));
}

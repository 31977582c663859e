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

/// The window (English) on a copy of the shipped `file` in `dir`.
fn window_on_copy(dir: &Path, file: &str, dialogs: &FakeDialogs) -> Harness<'static, SeatplanApp> {
    let ron = dir.join(file);
    std::fs::copy(crate::common::root().join("scenarios").join(file), &ron).expect("copy");
    let mut h = app()
        .file(Some(ron))
        .dialogs(dialogs)
        .lang(Lang::En)
        .max_steps(30)
        .build();
    h.run();
    h
}

/// File → Import schools…, "Table by year", the series `series`.
fn import_series(h: &mut Harness<'_, SeatplanApp>, series: &str) {
    click(h, Role::Button, "File");
    click(h, Role::Button, "Import schools…");
    click(h, Role::CheckBox, "Table by year (statistics bureau)");
    click(h, Role::ComboBox, "Series");
    click(h, Role::Button, series);
}

#[test]
fn a_table_by_year_goes_into_the_demand_and_undo_takes_it_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sheet = dir.path().join("capacity.xlsx");
    write_table(&sheet);
    let dialogs = FakeDialogs::default();
    let mut h = window_on_copy(dir.path(), "kazakhstan-demand.ron", &dialogs);
    click(&mut h, Role::Button, "Republic of Kazakhstan");
    // 2029: need 2 098 923 − capacity 1 661 000 = 436 923 short.
    assert!(shows_exactly(&h, "Shortfall 2029: 436,923"));

    dialogs.answer(Some(sheet));
    import_series(&mut h, "Capacity (demand, base year)");
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

/// A table of Shymkent's districts: the city's row is its total, a
/// district the file does not have is listed, Abai district's 2029 value
/// replaces the file's.
fn write_district_table(path: &Path) {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.write_string(0, 0, "Дефицит ученических мест по районам")
        .expect("write");
    ws.write_string(1, 1, "2028").expect("write");
    ws.write_string(1, 2, "2029").expect("write");
    let rows: [(&str, f64, f64); 3] = [
        ("город Шымкент", 60_000.0, 70_000.0),
        ("Абайский район", 7_003.0, 10_389.0),
        ("Сайрамский район", 1.0, 2.0),
    ];
    for (r, (name, a, b)) in (2u32..).zip(rows) {
        ws.write_string(r, 0, name).expect("write");
        ws.write_number(r, 1, a).expect("write");
        ws.write_number(r, 2, b).expect("write");
    }
    book.save(path).expect("save");
}

#[test]
fn a_table_of_districts_goes_into_the_districts_of_the_region_chosen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sheet = dir.path().join("districts.xlsx");
    write_district_table(&sheet);
    let dialogs = FakeDialogs::default();
    let mut h = window_on_copy(dir.path(), "shymkent.ron", &dialogs);
    click(&mut h, Role::Button, "Shymkent city");
    // 2029: the districts' deficits add up to 67 113; 28 000 seats open.
    assert!(shows_exactly(&h, "Shortfall 2029: 39,113"));

    dialogs.answer(Some(sheet));
    import_series(&mut h, "Deficit");
    click(&mut h, Role::ComboBox, "Districts of");
    // The drop-down's entry, drawn over the region list's button.
    h.query_all_by_role_and_label(Role::Button, "Shymkent city")
        .last()
        .expect("the drop-down lists Shymkent city")
        .click();
    h.run();
    assert!(shows_exactly(&h, "4: Абайский район"));
    assert!(shows_exactly(&h, "10,389"), "its 2029 value in the preview");
    assert!(
        shows_exactly(&h, "5: Сайрамский район"),
        "listed as not matched"
    );
    assert!(shows_exactly(&h, "2 values ready; regions matched: 1"));
    click(&mut h, Role::Button, "Import");

    // Abai district 2029: 8 389 → 10 389, so the city is 2 000 seats shorter.
    assert!(shows_exactly(&h, "Shortfall 2029: 41,113"));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(shows_exactly(&h, "Shortfall 2029: 39,113"));
}

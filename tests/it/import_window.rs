//! File → Import schools… in the window (egui_kittest, English pinned): the
//! dialog finds the header row under a title, lets the planner give the
//! seats column its drop-down when the header is not recognised, shows the
//! problems at their cells, and Import adds the good schools as one undo
//! step.

use std::path::Path;

use crate::harness::{app, shows_exactly, shows_text_containing};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rust_xlsxwriter::Workbook;
use seatplan::app::{DialogKind, FakeDialogs, SeatplanApp};
use seatplan::i18n::Lang;
use seatplan::model::SchoolStatus;

/// One region, "North", and one school already planned.
const NORTH: &str = r#"Scenario(format: 1, name: "North akimat", base_year: 2023, horizon: 2029,
    regions: [Region(id: "north", name: (en: "North"), kind: Oblast, deficit: {2023: 5000})],
    schools: [School(id: "s1", name: "North school", region: "north", seats: 400, opens: 2025, status: Planned)],
)"#;

/// A title row, then headers; "Кол." (the seats) names no field. Row 4 has
/// no status (a warning), row 5 seats that are no number (an error).
fn write_sheet(path: &Path) {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Лист1").expect("name");
    ws.write_string(0, 0, "Школы к вводу, 2025–2027")
        .expect("write");
    for (c, h) in (0u16..).zip(["Наименование", "Кол.", "Год ввода", "Статус"])
    {
        ws.write_string(1, c, h).expect("write");
    }
    let rows: [(&str, &str, f64, &str); 3] = [
        ("Школа 1", "600", 2025.0, "строится"),
        ("Школа 2", "800 мест", 2026.0, ""),
        ("Школа 3", "много", 2027.0, "планируется"),
    ];
    for (r, (name, seats, opens, status)) in (2u32..).zip(rows) {
        ws.write_string(r, 0, name).expect("write");
        ws.write_string(r, 1, seats).expect("write");
        ws.write_number(r, 2, opens).expect("write");
        if !status.is_empty() {
            ws.write_string(r, 3, status).expect("write");
        }
    }
    book.save(path).expect("save");
}

fn click(h: &mut Harness<'_, SeatplanApp>, role: Role, label: &str) {
    h.get_by_role_and_label(role, label).click();
    h.run();
}

#[test]
fn the_import_dialog_maps_previews_and_imports_as_one_undo_step() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ron = dir.path().join("north.ron");
    std::fs::write(&ron, NORTH).expect("write");
    let sheet = dir.path().join("schools.xlsx");
    write_sheet(&sheet);
    let dialogs = FakeDialogs::default();
    let mut h = app()
        .file(Some(ron))
        .dialogs(&dialogs)
        .lang(Lang::En)
        .max_steps(30)
        .build();
    h.run();
    dialogs.answer(Some(sheet));
    click(&mut h, Role::Button, "File");
    click(&mut h, Role::Button, "Import schools…");
    assert_eq!(
        dialogs
            .asked
            .lock()
            .map(|a| a.last().cloned())
            .ok()
            .flatten(),
        Some(DialogKind::ImportSheet)
    );

    // The title row is skipped: the headers are row 2. Without a seats
    // column nothing can be imported.
    assert!(shows_exactly(&h, "Import schools"));
    assert!(shows_exactly(&h, "File: schools.xlsx"));
    assert!(shows_exactly(&h, "Header row: 2"));
    assert!(shows_text_containing(&h, "no column for seats"));
    assert!(shows_exactly(&h, "0 schools ready; rows with errors: 0"));

    // The Seats drop-down: column B.
    click(&mut h, Role::ComboBox, "Seats");
    click(&mut h, Role::Button, "B — Кол.");
    assert!(!shows_text_containing(&h, "no column for seats"));
    // Problems at their cells: B5's seats (error), D4's missing status (warning).
    assert!(shows_exactly(
        &h,
        "B5: \"много\" is not a whole number of seats: write it like 1200, 1 200 or 1 200 мест"
    ));
    assert!(shows_exactly(
        &h,
        "D4: no status: the school is imported as Planned"
    ));
    assert!(shows_exactly(&h, "2 schools ready; rows with errors: 1"));

    // With an error, Import does nothing until the bad rows are left out.
    click(&mut h, Role::Button, "Import");
    assert_eq!(h.state().doc.scenario().schools.len(), 1);
    click(&mut h, Role::CheckBox, "Leave out the rows with errors");
    click(&mut h, Role::Button, "Import");
    let schools = &h.state().doc.scenario().schools;
    assert_eq!(schools.len(), 3);
    let new: Vec<(&str, &str, u32, i32, SchoolStatus)> = schools[1..]
        .iter()
        .map(|s| (s.id.as_str(), s.name.get("en"), s.seats, s.opens, s.status))
        .collect();
    assert_eq!(
        new,
        [
            (
                "north-2025-01",
                "Школа 1",
                600,
                2025,
                SchoolStatus::UnderConstruction
            ),
            ("north-2026-01", "Школа 2", 800, 2026, SchoolStatus::Planned),
        ]
    );
    assert!(!shows_exactly(&h, "Import schools"), "the dialog closed");
    assert!(shows_exactly(&h, "2 schools imported from schools.xlsx"));

    // One undo step takes both schools away.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().doc.scenario().schools.len(), 1);
}

#[test]
fn export_writes_the_workbook_and_the_excel_csv() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ron = dir.path().join("north.ron");
    std::fs::write(&ron, NORTH).expect("write");
    let dialogs = FakeDialogs::default();
    let mut h = app()
        .file(Some(ron))
        .dialogs(&dialogs)
        .lang(Lang::En)
        .max_steps(30)
        .build();
    h.run();
    let xlsx = dir.path().join("out.xlsx");
    dialogs.answer(Some(xlsx.clone()));
    click(&mut h, Role::Button, "File");
    click(&mut h, Role::Button, "Export Excel workbook…");
    let csv = dir.path().join("out.csv");
    dialogs.answer(Some(csv.clone()));
    click(&mut h, Role::Button, "File");
    click(&mut h, Role::Button, "Export CSV for Excel…");

    // The same bytes the CLI writes for this scenario in English.
    let scenario = seatplan::io::load_path(&dir.path().join("north.ron"))
        .expect("loads")
        .scenario;
    let p = seatplan::model::project(&scenario);
    let want_csv = seatplan::export::excel_csv_bytes(&scenario, &p, Lang::En).expect("csv");
    assert_eq!(std::fs::read(&csv).expect("csv written"), want_csv);
    // North: 5 000 short, the 400-seat school opens in 2025: 4 600 from 2025.
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).expect("xlsx written");
    use calamine::Reader;
    let projection = book.worksheet_range("Projection").expect("sheet");
    assert_eq!(
        projection.get_value((3, 6)),
        Some(&calamine::Data::Float(4600.0)),
        "North 2025 shortfall"
    );
    assert!(shows_text_containing(&h, "out.csv"));
}

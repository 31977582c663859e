//! The import dialog: file, sheet, region, the detected header row, a
//! drop-down per field (planned schools) or per column (a census table of
//! existing schools) to fix the column mapping, the first rows with their
//! problems highlighted, then Import.

use egui::{Color32, RichText};

use super::theme::{ERROR, WARNING};
use crate::app::{Command, ImportCommand, ImportDialog, ViewCtx};
use crate::i18n::{Arg, lang, num, tr, tr_args};
use crate::io::import::{CellValue, Field, Problem, StockColumn, column_name};

/// Rows of the sheet shown under the header row.
const PREVIEW_ROWS: usize = 12;
/// Longest cell text in the preview, in characters.
const CELL_CHARS: usize = 40;
/// Columns shown in the preview, and given a drop-down in a census table.
const SHOWN_COLUMNS: usize = 16;

pub(super) fn import_dialog(app: &ViewCtx, ctx: &egui::Context, d: &ImportDialog) {
    let send = |c: ImportCommand| app.send(Command::Import(c));
    let modal = egui::Modal::new(egui::Id::unique("import-schools")).show(ctx, |ui| {
        ui.set_max_width(1100.0);
        ui.heading(tr(if d.by_year {
            "import-series-heading"
        } else {
            "import-heading"
        }));
        ui.label(tr_args("import-file", &[("file", d.file_name().into())]));
        ui.horizontal(|ui| {
            choose_sheet(ui, d, &send);
            if !d.by_year {
                ui.add_space(16.0);
                choose_region(app, ui, d, &send);
            }
        });
        let mut by_year = d.by_year;
        if ui
            .checkbox(&mut by_year, tr("import-by-year"))
            .on_hover_text(tr("import-by-year-tip"))
            .changed()
        {
            send(ImportCommand::ByYear(by_year));
        }
        if d.by_year {
            super::import_series::series_part(app, ui, d, &send);
            return;
        }
        let mut existing = d.existing;
        if ui
            .checkbox(&mut existing, tr("import-existing"))
            .on_hover_text(tr("import-existing-tip"))
            .changed()
        {
            send(ImportCommand::Existing(existing));
        }
        if d.existing {
            existing_part(app, ui, d, &send);
            return;
        }
        header_row(ui, d.plan.header_row);
        ui.add_space(4.0);
        mapping(ui, d, &send);
        ui.add_space(6.0);
        let width = d.workbook.grid.width().min(SHOWN_COLUMNS);
        let fields: Vec<_> = (0..width)
            .map(|c| d.plan.field_of(c).map(|f| tr(f.label_key())))
            .collect();
        preview(ui, d, d.plan.header_row, &d.plan.problems, &fields);
        ui.add_space(6.0);
        super::import_problems::problems(ui, &d.plan.problems);
        ui.add_space(6.0);
        let ready = d.plan.good_schools().count();
        footer(ui, d, (ready, d.plan.bad_rows()), &send);
    });
    if modal.should_close() {
        send(ImportCommand::Cancel);
    }
}

fn header_row(ui: &mut egui::Ui, row: Option<usize>) {
    let header = match row {
        Some(r) => tr_args("import-header-row", &[("row", (r as i32 + 1).into())]),
        None => tr("import-header-none"),
    };
    ui.label(header);
}

fn choose_sheet(ui: &mut egui::Ui, d: &ImportDialog, send: &impl Fn(ImportCommand)) {
    egui::ComboBox::from_label(tr("import-sheet"))
        .selected_text(&d.plan.sheet)
        .show_ui(ui, |ui| {
            for name in &d.workbook.sheets {
                if ui.selectable_label(*name == d.plan.sheet, name).clicked()
                    && *name != d.plan.sheet
                {
                    send(ImportCommand::Sheet(name.clone()));
                }
            }
        });
}

fn choose_region(
    app: &ViewCtx,
    ui: &mut egui::Ui,
    d: &ImportDialog,
    send: &impl Fn(ImportCommand),
) {
    let code = lang().code();
    let name_of = |id: &str| {
        app.scenario
            .regions
            .iter()
            .find(|r| r.id == id)
            .map_or_else(|| id.to_owned(), |r| r.name.get(code).to_owned())
    };
    egui::ComboBox::from_label(tr("import-region"))
        .selected_text(name_of(&d.region))
        .show_ui(ui, |ui| {
            for r in &app.scenario.regions {
                if ui
                    .selectable_label(r.id == d.region, r.name.get(code))
                    .clicked()
                    && r.id != d.region
                {
                    send(ImportCommand::Region(r.id.clone()));
                }
            }
        });
}

/// `C — Мест`: a column by its letter and header.
fn column_text(d: &ImportDialog, col: usize) -> String {
    column_with_header(col, d.plan.headers.get(col).map_or("", String::as_str))
}

fn column_with_header(col: usize, header: &str) -> String {
    if header.is_empty() {
        column_name(col)
    } else {
        format!("{} — {}", column_name(col), shorten(header))
    }
}

fn shorten(text: &str) -> String {
    if text.chars().count() > CELL_CHARS {
        let mut s: String = text.chars().take(CELL_CHARS - 1).collect();
        s.push('…');
        s
    } else {
        text.to_owned()
    }
}

fn mapping(ui: &mut egui::Ui, d: &ImportDialog, send: &impl Fn(ImportCommand)) {
    ui.label(RichText::new(tr("import-columns")).strong());
    let columns = d.plan.headers.len().max(d.workbook.grid.width());
    egui::Grid::new("import-mapping")
        .num_columns(4)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for (i, field) in Field::ALL.into_iter().enumerate() {
                let current = d.plan.mapping.get(field);
                let label = tr(field.label_key());
                let selected =
                    current.map_or_else(|| tr("import-column-none"), |c| column_text(d, c));
                egui::ComboBox::from_label(label)
                    .selected_text(selected)
                    .width(220.0)
                    .show_ui(ui, |ui| {
                        if ui
                            .selectable_label(current.is_none(), tr("import-column-none"))
                            .clicked()
                            && current.is_some()
                        {
                            send(ImportCommand::Map(field, None));
                        }
                        for col in 0..columns {
                            if ui
                                .selectable_label(current == Some(col), column_text(d, col))
                                .clicked()
                                && current != Some(col)
                            {
                                send(ImportCommand::Map(field, Some(col)));
                            }
                        }
                    });
                if i % 2 == 1 {
                    ui.end_row();
                }
            }
        });
}

/// The header row and the rows under it, each cell coloured by its worst
/// problem; hovering a cell shows its problems. `fields` names what each
/// shown column is read as.
fn preview(
    ui: &mut egui::Ui,
    d: &ImportDialog,
    header_row: Option<usize>,
    problems: &[Problem],
    fields: &[Option<String>],
) {
    ui.label(RichText::new(tr("import-preview")).strong());
    let grid = &d.workbook.grid;
    let first = header_row.unwrap_or(0);
    egui::ScrollArea::both()
        .id_salt("import-preview")
        .max_height(260.0)
        .show(ui, |ui| {
            egui::Grid::new("import-preview-grid")
                .striped(true)
                .spacing([10.0, 2.0])
                .show(ui, |ui| {
                    ui.label("");
                    for (col, field) in fields.iter().enumerate() {
                        let text = match field {
                            Some(f) => format!("{} ({f})", column_name(col)),
                            None => column_name(col),
                        };
                        ui.label(RichText::new(text).weak());
                    }
                    ui.end_row();
                    for row in first..(first + 1 + PREVIEW_ROWS).min(grid.rows.len()) {
                        ui.label(RichText::new((row + 1).to_string()).weak());
                        for col in 0..fields.len() {
                            let here: Vec<&Problem> = problems
                                .iter()
                                .filter(|p| p.cell == Some((row, col)))
                                .collect();
                            cell(ui, d, (row, col), Some(row) == header_row, &here);
                        }
                        ui.end_row();
                    }
                });
        });
}

fn cell(
    ui: &mut egui::Ui,
    d: &ImportDialog,
    (row, col): (usize, usize),
    is_header: bool,
    problems: &[&Problem],
) {
    let value = d.workbook.grid.cell(row, col);
    let text = match value {
        CellValue::Empty => String::new(),
        v => shorten(&v.display()),
    };
    let colour: Option<Color32> = if problems.iter().any(|p| p.is_error()) {
        Some(ERROR)
    } else if problems.is_empty() {
        None
    } else {
        Some(WARNING)
    };
    let mut rich = RichText::new(text);
    if is_header {
        rich = rich.strong();
    }
    match colour {
        Some(c) => {
            let shown = if rich.text().is_empty() {
                RichText::new("—").color(c)
            } else {
                rich.color(c).underline()
            };
            let hover: Vec<String> = problems.iter().map(|p| p.text(lang())).collect();
            ui.label(shown).on_hover_text(hover.join("\n"));
        }
        None => {
            ui.label(rich);
        }
    }
}

/// A census field as the drop-downs and the preview name it: "Pupils 2024".
fn stock_field_text(field: StockColumn) -> String {
    match field {
        StockColumn::Pupils(Some(y)) => format!("{} {y}", tr(field.label_key())),
        _ => tr(field.label_key()),
    }
}

/// The fields a census column can be given: pupils for the year its header
/// holds, the years other columns hold, and the base year and the two
/// before it (the census years a plan starts from).
fn stock_choices(app: &ViewCtx, d: &ImportDialog, header: &str) -> Vec<StockColumn> {
    let mut years: Vec<i32> = d
        .stock_plan
        .columns
        .iter()
        .filter_map(|(_, f)| match f {
            StockColumn::Pupils(y) => *y,
            _ => None,
        })
        .chain((0..3).map(|back| app.scenario.base_year - back))
        .collect();
    if let Some(StockColumn::Pupils(Some(y))) = crate::io::import::stock_column(header) {
        years.push(y);
    }
    years.sort_unstable();
    years.dedup();
    StockColumn::ALL
        .into_iter()
        .flat_map(|f| match f {
            StockColumn::Pupils(_) => years
                .iter()
                .map(|&y| StockColumn::Pupils(Some(y)))
                .collect(),
            other => vec![other],
        })
        .collect()
}

/// A census table's columns, each with a drop-down of the field it is read
/// as, or "not imported": a header seatplan does not know is fixed here.
fn stock_mapping(
    app: &ViewCtx,
    ui: &mut egui::Ui,
    d: &ImportDialog,
    send: &impl Fn(ImportCommand),
) {
    ui.label(RichText::new(tr("import-columns")).strong());
    let p = &d.stock_plan;
    let grid = &d.workbook.grid;
    let header = |col: usize| {
        p.header_row
            .map(|r| grid.cell(r, col).display())
            .unwrap_or_default()
    };
    egui::Grid::new("import-stock-mapping")
        .num_columns(4)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for col in 0..grid.width().min(SHOWN_COLUMNS) {
                let current = p.field_of(col);
                let text_of = |f: Option<StockColumn>| {
                    f.map_or_else(|| tr("import-field-none"), stock_field_text)
                };
                let h = header(col);
                egui::ComboBox::from_label(column_with_header(col, &shorten(&h)))
                    .selected_text(text_of(current))
                    .width(180.0)
                    .show_ui(ui, |ui| {
                        let choices = stock_choices(app, d, &h).into_iter().map(Some);
                        for choice in std::iter::once(None).chain(choices) {
                            if ui
                                .selectable_label(current == choice, text_of(choice))
                                .clicked()
                                && current != choice
                            {
                                send(ImportCommand::StockMap(col, choice));
                            }
                        }
                    });
                if col % 2 == 1 {
                    ui.end_row();
                }
            }
        });
}

/// The dialog's lower part for a census table: the header row, a
/// drop-down per column, the preview, its problems, how many schools are
/// ready, skip-bad, Import and Cancel.
fn existing_part(
    app: &ViewCtx,
    ui: &mut egui::Ui,
    d: &ImportDialog,
    send: &impl Fn(ImportCommand),
) {
    let p = &d.stock_plan;
    header_row(ui, p.header_row);
    ui.add_space(4.0);
    stock_mapping(app, ui, d, send);
    ui.add_space(6.0);
    let width = d.workbook.grid.width().min(SHOWN_COLUMNS);
    let fields: Vec<_> = (0..width)
        .map(|c| p.field_of(c).map(stock_field_text))
        .collect();
    preview(ui, d, p.header_row, &p.problems, &fields);
    ui.add_space(6.0);
    super::import_problems::problems(ui, &p.problems);
    ui.add_space(6.0);
    footer(ui, d, (p.schools.len(), p.bad_rows), send);
}

/// How many schools are ready and how many rows have errors, skip-bad,
/// Import and Cancel: the same for both kinds of import.
fn footer(
    ui: &mut egui::Ui,
    d: &ImportDialog,
    (ready, bad): (usize, usize),
    send: &impl Fn(ImportCommand),
) {
    let ready = ready as i64;
    ui.label(tr_args(
        "import-summary",
        &[
            ("count", Arg::Count(ready)),
            ("ready", num(ready).into()),
            ("bad", num(bad as i64).into()),
        ],
    ));
    let mut skip = d.skip_bad;
    if ui.checkbox(&mut skip, tr("import-skip-bad")).changed() {
        send(ImportCommand::SkipBad(skip));
    }
    super::import_problems::import_buttons(ui, d, send);
}

/// The spreadsheet being read for the import dialog: how far, and Cancel.
/// A workbook is opened whole, so its bar only says it is working.
pub(super) fn reading(app: &ViewCtx, ctx: &egui::Context, reading: &crate::app::Reading) {
    egui::Modal::new(egui::Id::unique("import-reading")).show(ctx, |ui| {
        ui.set_width(420.0);
        ui.label(tr_args(
            "import-reading",
            &[("file", reading.file.as_str().into())],
        ));
        ui.add_space(6.0);
        let bar = match reading.progress.fraction() {
            Some(f) => egui::ProgressBar::new(f).show_percentage(),
            None => egui::ProgressBar::new(0.0).animate(true),
        };
        ui.add(bar);
        ui.add_space(6.0);
        if ui.button(tr("import-reading-cancel")).clicked() {
            app.send(Command::Import(ImportCommand::CancelRead));
        }
    });
}

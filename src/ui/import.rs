//! The import dialog: file, sheet, region, the detected header row, a
//! drop-down per field to fix the column mapping, the first rows with their
//! problems highlighted, then Import.

use egui::{Color32, RichText};

use super::theme::{ERROR, WARNING};
use crate::app::{Command, ImportCommand, ImportDialog, ViewCtx};
use crate::i18n::{Arg, lang, num, tr, tr_args};
use crate::io::import::{CellValue, Field, column_name};

/// Rows of the sheet shown under the header row.
const PREVIEW_ROWS: usize = 12;
/// Problems listed under the preview (the rest are counted).
const LISTED_PROBLEMS: usize = 20;
/// Longest cell text in the preview, in characters.
const CELL_CHARS: usize = 40;

pub(super) fn import_dialog(app: &ViewCtx, ctx: &egui::Context, d: &ImportDialog) {
    let send = |c: ImportCommand| app.send(Command::Import(c));
    let modal = egui::Modal::new(egui::Id::unique("import-schools")).show(ctx, |ui| {
        ui.set_max_width(1100.0);
        ui.heading(tr("import-heading"));
        ui.label(tr_args("import-file", &[("file", d.file_name().into())]));
        ui.horizontal(|ui| {
            choose_sheet(ui, d, &send);
            ui.add_space(16.0);
            choose_region(app, ui, d, &send);
        });
        let mut existing = d.existing;
        if ui
            .checkbox(&mut existing, tr("import-existing"))
            .on_hover_text(tr("import-existing-tip"))
            .changed()
        {
            send(ImportCommand::Existing(existing));
        }
        if d.existing {
            existing_part(ui, d, &send);
            return;
        }
        let header = match d.plan.header_row {
            Some(r) => tr_args("import-header-row", &[("row", (r as i32 + 1).into())]),
            None => tr("import-header-none"),
        };
        ui.label(header);
        ui.add_space(4.0);
        mapping(ui, d, &send);
        ui.add_space(6.0);
        preview(ui, d);
        ui.add_space(6.0);
        problems(ui, d);
        ui.add_space(6.0);
        let ready = d.plan.good_schools().count() as i64;
        let bad = d.plan.bad_rows() as i64;
        ui.label(tr_args(
            "import-summary",
            &[
                ("count", Arg::Count(ready)),
                ("ready", num(ready).into()),
                ("bad", num(bad).into()),
            ],
        ));
        let mut skip = d.skip_bad;
        if ui.checkbox(&mut skip, tr("import-skip-bad")).changed() {
            send(ImportCommand::SkipBad(skip));
        }
        ui.horizontal(|ui| {
            if ui
                .add_enabled(d.can_import(), egui::Button::new(tr("import-button")))
                .clicked()
            {
                send(ImportCommand::Confirm);
            }
            if ui.button(tr("cancel")).clicked() {
                send(ImportCommand::Cancel);
            }
        });
    });
    if modal.should_close() {
        send(ImportCommand::Cancel);
    }
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
    let header = d.plan.headers.get(col).map_or("", String::as_str);
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
/// problem; hovering a cell shows its problems.
fn preview(ui: &mut egui::Ui, d: &ImportDialog) {
    ui.label(RichText::new(tr("import-preview")).strong());
    let grid = &d.workbook.grid;
    let first = d.plan.header_row.unwrap_or(0);
    let width = grid.width().min(16);
    egui::ScrollArea::both()
        .id_salt("import-preview")
        .max_height(260.0)
        .show(ui, |ui| {
            egui::Grid::new("import-preview-grid")
                .striped(true)
                .spacing([10.0, 2.0])
                .show(ui, |ui| {
                    ui.label("");
                    for col in 0..width {
                        let field = d.plan.field_of(col).map(|f| tr(f.label_key()));
                        let text = match field {
                            Some(f) => format!("{} ({f})", column_name(col)),
                            None => column_name(col),
                        };
                        ui.label(RichText::new(text).weak());
                    }
                    ui.end_row();
                    for row in first..(first + 1 + PREVIEW_ROWS).min(grid.rows.len()) {
                        ui.label(RichText::new((row + 1).to_string()).weak());
                        for col in 0..width {
                            cell(ui, d, row, col);
                        }
                        ui.end_row();
                    }
                });
        });
}

fn cell(ui: &mut egui::Ui, d: &ImportDialog, row: usize, col: usize) {
    let value = d.workbook.grid.cell(row, col);
    let text = match value {
        CellValue::Empty => String::new(),
        v => shorten(&v.display()),
    };
    let problems: Vec<_> = d.plan.problems_at(row, col).collect();
    let colour: Option<Color32> = if problems.iter().any(|p| p.is_error()) {
        Some(ERROR)
    } else if problems.is_empty() {
        None
    } else {
        Some(WARNING)
    };
    let mut rich = RichText::new(text);
    if Some(row) == d.plan.header_row {
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

fn problems(ui: &mut egui::Ui, d: &ImportDialog) {
    if d.plan.problems.is_empty() {
        return;
    }
    ui.label(RichText::new(tr("import-problems")).strong());
    egui::ScrollArea::vertical()
        .id_salt("import-problems")
        .max_height(160.0)
        .show(ui, |ui| {
            for p in d.plan.problems.iter().take(LISTED_PROBLEMS) {
                let colour = if p.is_error() { ERROR } else { WARNING };
                let at = p.address();
                let text = if at.is_empty() {
                    p.text(lang())
                } else {
                    format!("{at}: {}", p.text(lang()))
                };
                ui.add(egui::Label::new(RichText::new(text).color(colour)).wrap());
            }
            let more = d.plan.problems.len().saturating_sub(LISTED_PROBLEMS) as i64;
            if more > 0 {
                ui.label(tr_args(
                    "import-more-problems",
                    &[("count", Arg::Count(more)), ("n", num(more).into())],
                ));
            }
        });
}

/// The dialog's lower part for a census table: its problems, how many
/// schools are ready, skip-bad, Import and Cancel.
fn existing_part(ui: &mut egui::Ui, d: &ImportDialog, send: &impl Fn(ImportCommand)) {
    let p = &d.stock_plan;
    if !p.problems.is_empty() {
        ui.label(RichText::new(tr("import-problems")).strong());
        egui::ScrollArea::vertical()
            .id_salt("import-existing-problems")
            .max_height(240.0)
            .show(ui, |ui| {
                for problem in p.problems.iter().take(LISTED_PROBLEMS) {
                    let colour = if problem.is_error() { ERROR } else { WARNING };
                    let at = problem.address();
                    let text = if at.is_empty() {
                        problem.text(lang())
                    } else {
                        format!("{at}: {}", problem.text(lang()))
                    };
                    ui.add(egui::Label::new(RichText::new(text).color(colour)).wrap());
                }
            });
    }
    let ready = p.schools.len() as i64;
    ui.label(tr_args(
        "import-summary",
        &[
            ("count", Arg::Count(ready)),
            ("ready", num(ready).into()),
            ("bad", num(p.bad_rows as i64).into()),
        ],
    ));
    let mut skip = d.skip_bad;
    if ui.checkbox(&mut skip, tr("import-skip-bad")).changed() {
        send(ImportCommand::SkipBad(skip));
    }
    ui.horizontal(|ui| {
        if ui
            .add_enabled(d.can_import(), egui::Button::new(tr("import-button")))
            .clicked()
        {
            send(ImportCommand::Confirm);
        }
        if ui.button(tr("cancel")).clicked() {
            send(ImportCommand::Cancel);
        }
    });
}

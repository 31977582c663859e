//! The import dialog's "table by year" part: which series the table gives,
//! its section, the years found, each matched row with its region and
//! values, the rows that match no region, the problems, then Import.

use egui::RichText;

use super::theme::WARNING;
use crate::app::{ImportCommand, ImportDialog, ViewCtx};
use crate::i18n::{Arg, lang, num, tr, tr_args};
use crate::io::import::{Series, SeriesImport};

/// Matched rows listed in the preview.
const LISTED_ROWS: usize = 40;
/// Years shown per row (the latest ones when there are more).
const SHOWN_YEARS: usize = 8;

fn series_key(s: Series) -> &'static str {
    match s {
        Series::Pupils => "import-series-pupils",
        Series::Births => "import-series-births",
        Series::Deficit => "import-series-deficit",
        Series::Capacity => "import-series-capacity",
    }
}

pub(super) fn series_part(
    app: &ViewCtx,
    ui: &mut egui::Ui,
    d: &ImportDialog,
    send: &impl Fn(ImportCommand),
) {
    ui.horizontal(|ui| {
        egui::ComboBox::from_label(tr("import-series"))
            .selected_text(tr(series_key(d.series)))
            .show_ui(ui, |ui| {
                for s in Series::ALL {
                    if ui
                        .selectable_label(s == d.series, tr(series_key(s)))
                        .clicked()
                        && s != d.series
                    {
                        send(ImportCommand::Series(s));
                    }
                }
            })
            .response
            .on_hover_text(tr("import-series-tip"));
        district_of(app, ui, d, send);
        ui.add_space(16.0);
        let label = ui.label(tr("import-section"));
        let mut section = d.section.clone();
        let resp = ui
            .add(
                egui::TextEdit::singleline(&mut section)
                    .hint_text(tr("import-section-hint"))
                    .desired_width(260.0),
            )
            .labelled_by(label.id)
            .on_hover_text(tr("import-section-tip"));
        if resp.changed() {
            send(ImportCommand::Section(section));
        }
    });
    let Some(p) = &d.series_plan else {
        return;
    };
    years_line(ui, p);
    ui.add_space(4.0);
    matched(app, ui, p);
    if !p.unmatched.is_empty() {
        ui.add_space(4.0);
        ui.label(RichText::new(tr("import-series-unmatched-rows")).strong());
        for (row, label) in &p.unmatched {
            ui.label(RichText::new(format!("{}: {label}", row + 1)).color(WARNING));
        }
    }
    ui.add_space(6.0);
    super::import_problems::problems(ui, &p.problems);
    ui.add_space(6.0);
    let values = p.value_count() as i64;
    ui.label(tr_args(
        "import-series-summary",
        &[
            ("count", Arg::Count(values)),
            ("n", num(values).into()),
            ("regions", num(p.rows.len() as i64).into()),
        ],
    ));
    super::import_problems::import_buttons(ui, d, send);
}

/// The name of the region (or district, in a table of districts) a row
/// goes to, in the dialog's language.
fn target_name(app: &ViewCtx, p: &SeriesImport, id: &str, code: &str) -> String {
    let regions = &app.scenario.regions;
    let name = match &p.district_of {
        Some(parent) => regions
            .iter()
            .find(|x| x.id == *parent)
            .and_then(|x| x.districts.as_deref())
            .and_then(|ds| ds.iter().find(|x| x.id == id))
            .map(|x| &x.name),
        None => regions.iter().find(|x| x.id == id).map(|x| &x.name),
    };
    name.map_or_else(|| id.to_owned(), |n| n.get(code).to_owned())
}

/// "Districts of": shown when a region of the file is planned by
/// district; the table's rows are then that region's districts.
fn district_of(app: &ViewCtx, ui: &mut egui::Ui, d: &ImportDialog, send: &impl Fn(ImportCommand)) {
    let planned: Vec<_> = app
        .scenario
        .regions
        .iter()
        .filter(|r| r.districts.is_some())
        .collect();
    if planned.is_empty() {
        return;
    }
    let code = lang().code();
    let name_of = |id: &Option<String>| match id {
        Some(id) => planned
            .iter()
            .find(|r| r.id == *id)
            .map_or_else(|| id.clone(), |r| r.name.get(code).to_owned()),
        None => tr("import-district-of-none"),
    };
    ui.add_space(16.0);
    egui::ComboBox::from_label(tr("import-district-of"))
        .selected_text(name_of(&d.district_of))
        .show_ui(ui, |ui| {
            let choices = std::iter::once(None).chain(planned.iter().map(|r| Some(r.id.clone())));
            for choice in choices {
                if ui
                    .selectable_label(choice == d.district_of, name_of(&choice))
                    .clicked()
                    && choice != d.district_of
                {
                    send(ImportCommand::DistrictOf(choice));
                }
            }
        })
        .response
        .on_hover_text(tr("import-district-of-tip"));
}

fn years_line(ui: &mut egui::Ui, p: &SeriesImport) {
    let (Some(row), Some((_, first)), Some((_, last))) =
        (p.year_row, p.years.first(), p.years.last())
    else {
        return;
    };
    ui.label(tr_args(
        "import-series-years",
        &[
            ("row", (row as i32 + 1).into()),
            ("from", first.to_string().into()),
            ("to", last.to_string().into()),
        ],
    ));
}

/// Each matched row: the sheet's label, the region it goes to, and its
/// values by year (the latest [`SHOWN_YEARS`]).
fn matched(app: &ViewCtx, ui: &mut egui::Ui, p: &SeriesImport) {
    ui.label(RichText::new(tr("import-series-matched")).strong());
    let years: Vec<i32> = p.years.iter().map(|(_, y)| *y).collect();
    let shown = &years[years.len().saturating_sub(SHOWN_YEARS)..];
    let code = lang().code();
    egui::ScrollArea::both()
        .id_salt("import-series-rows")
        .max_height(240.0)
        .show(ui, |ui| {
            egui::Grid::new("import-series-grid")
                .striped(true)
                .spacing([10.0, 2.0])
                .show(ui, |ui| {
                    ui.label(RichText::new(tr("import-series-row")).weak());
                    ui.label(RichText::new(tr("import-region")).weak());
                    for y in shown {
                        ui.label(RichText::new(y.to_string()).weak());
                    }
                    ui.end_row();
                    for r in p.rows.iter().take(LISTED_ROWS) {
                        ui.label(format!("{}: {}", r.row + 1, r.label));
                        let name = target_name(app, p, &r.id, code);
                        ui.label(name);
                        for y in shown {
                            match r.values.get(y) {
                                Some(v) => ui.label(num(*v)),
                                None => ui.label(RichText::new("—").weak()),
                            };
                        }
                        ui.end_row();
                    }
                });
        });
}

//! A region's demand in the region editor: its inputs (capacity, shifts,
//! margin, window, entry age; births, pupils or grades, with a paste box
//! for a spreadsheet column) and its basis: pupils observed and forecast,
//! seats needed against capacity, the ratios used and the backtest. The
//! figures come from `Derived`; nothing is computed here.

use egui::RichText;
use egui_plot::{Line, LineStyle, Plot};

use super::demand_tables::{next_year, paste_box, prefix, year_table};
use super::fields::{Changes, number_field};
use crate::app::{DemandBasis, DemandTable, EditKey, Unit, ViewCtx};
use crate::i18n::{Arg, num, tr, tr_args};
use crate::model::{Demand, Ratios};

/// The demand inputs of a region or district; changes go into `d`.
pub(super) fn demand_inputs(
    app: &ViewCtx,
    ui: &mut egui::Ui,
    unit: Unit,
    d: &mut Demand,
    ch: &mut Changes,
) {
    let p = prefix(unit);
    ui.strong(tr("demand-heading"));
    ui.weak(tr("demand-help"));
    ui.add_space(4.0);
    demand_fields(ui, &p, d, ch);
    ui.add_space(6.0);
    ui.strong(tr("demand-births"));
    year_table(ui, "births", &p, &mut d.births, ch);
    paste_box(
        app,
        ui,
        unit,
        DemandTable::Births,
        next_year(d.births.keys().next_back(), app),
    );
    if let Some(pupils) = d.pupils.as_mut() {
        ui.add_space(6.0);
        ui.strong(tr("demand-pupils"));
        year_table(ui, "pupils", &p, pupils, ch);
        let next = next_year(pupils.keys().next_back(), app);
        paste_box(app, ui, unit, DemandTable::Pupils, next);
    }
    if let Some(grades) = d.grades.as_mut() {
        ui.add_space(6.0);
        ui.strong(tr("demand-grades"));
        grade_table(ui, &p, grades, ch);
        let next = next_year(grades.keys().next_back(), app);
        paste_box(app, ui, unit, DemandTable::Grades, next);
    }
    ui.add_space(8.0);
    super::housing::housing_inputs(app, ui, unit, d, ch);
}

/// Capacity, shifts, margin, window and entry age. The last three are
/// optional in the file: shown with their default, written once edited.
fn demand_fields(ui: &mut egui::Ui, prefix: &EditKey, d: &mut Demand, ch: &mut Changes) {
    egui::Grid::new(("demand-fields", &prefix.0))
        .num_columns(2)
        .spacing(egui::vec2(8.0, 4.0))
        .show(ui, |ui| {
            let mut field = |text: [&str; 3], value: &mut i64, range| {
                demand_field(ui, prefix, text, value, range, ch)
            };
            // Left out, the capacity comes from the area's existing schools;
            // editing it writes a value.
            let mut capacity = d.capacity.unwrap_or(0);
            if field(
                ["capacity", "demand-capacity", "demand-capacity-tip"],
                &mut capacity,
                0..=i64::MAX / 4,
            ) {
                d.capacity = Some(capacity);
            }
            field(
                ["shifts", "demand-shifts", "demand-shifts-tip"],
                &mut d.shifts,
                1..=3,
            );
            let mut margin = d.margin();
            if field(
                ["margin", "demand-margin", "demand-margin-tip"],
                &mut margin,
                0..=20,
            ) {
                d.margin = Some(margin);
            }
            let mut window = d.window();
            if field(
                ["window", "demand-window", "demand-window-tip"],
                &mut window,
                1..=20,
            ) {
                d.window = Some(window);
            }
            let mut entry_age = d.entry_age();
            let entry = ["entry_age", "demand-entry-age", "demand-entry-age-tip"];
            if field(entry, &mut entry_age, 3..=10) {
                d.entry_age = Some(entry_age);
            }
        });
}

/// One row of the demand's fields: `[field, caption key, tip key]`, the
/// number and its undo key. True when it changed.
fn demand_field(
    ui: &mut egui::Ui,
    prefix: &EditKey,
    [name, caption, tip]: [&str; 3],
    value: &mut i64,
    range: std::ops::RangeInclusive<i64>,
    ch: &mut Changes,
) -> bool {
    ui.label(tr(caption));
    let resp = ui
        .add(number_field(value, range).speed(1.0))
        .on_hover_text(tr(tip));
    let changed = ch.track(&resp, || prefix.at(name));
    ui.end_row();
    changed
}

/// Pupils by grade: one row a school year, scrolled sideways.
fn grade_table(
    ui: &mut egui::Ui,
    prefix: &EditKey,
    grades: &mut std::collections::BTreeMap<i32, Vec<i64>>,
    ch: &mut Changes,
) {
    egui::ScrollArea::horizontal()
        .id_salt(("demand-grades", &prefix.0))
        .show(ui, |ui| {
            egui::Grid::new(("demand-grade-table", &prefix.0))
                .spacing(egui::vec2(4.0, 2.0))
                .show(ui, |ui| {
                    let years: Vec<i32> = grades.keys().copied().collect();
                    for year in years {
                        ui.label(year.to_string());
                        let Some(list) = grades.get_mut(&year) else {
                            continue;
                        };
                        for (g, v) in list.iter_mut().enumerate() {
                            let resp = ui
                                .push_id(("grade", year, g), |ui| {
                                    ui.add(number_field(v, 0..=i64::MAX / 4))
                                })
                                .inner
                                .on_hover_text(tr_args(
                                    "a11y-demand-grade",
                                    &[
                                        ("grade", Arg::from((g + 1).to_string())),
                                        ("year", Arg::from(year)),
                                    ],
                                ));
                            ch.track(&resp, || prefix.at("grades").at(year).at(g));
                        }
                        ui.end_row();
                    }
                });
        });
}

/// What the demand derives, as a planner reads it.
pub(super) fn demand_basis(ui: &mut egui::Ui, basis: &DemandBasis, demand: &Demand) {
    ui.strong(tr("basis-heading"));
    let o = &basis.outcome;
    if o.has_errors() {
        ui.label(RichText::new(tr("basis-errors")).weak());
        return;
    }
    let line = |points: Vec<[f64; 2]>| egui_plot::PlotPoints::from(points);
    let observed: Vec<[f64; 2]> = o
        .observed
        .iter()
        .map(|&(y, p)| [f64::from(y), p as f64])
        .collect();
    let mut forecast: Vec<[f64; 2]> = o
        .observed
        .last()
        .map(|&(y, p)| vec![[f64::from(y), p as f64]])
        .unwrap_or_default();
    forecast.extend(o.forecast.iter().map(|&(y, p)| [f64::from(y), p as f64]));
    let need: Vec<[f64; 2]> = o
        .rows
        .iter()
        .map(|r| [f64::from(r.year), r.need as f64])
        .collect();
    let capacity: Vec<[f64; 2]> = o
        .rows
        .iter()
        .map(|r| [f64::from(r.year), r.capacity as f64])
        .collect();
    // Colours of their own, named in a legend row above the plot: egui_plot's
    // legend sits on the lines in a plot this small.
    let ink = ui.visuals().strong_text_color();
    let (pupils_c, need_c, capacity_c) = (
        ink,
        super::theme::rgb(crate::chart::ADDED_COLOR),
        super::theme::rgb(crate::chart::SHORTFALL_COLOR),
    );
    basis_legend(
        ui,
        &[
            (pupils_c, "basis-observed"),
            (pupils_c, "basis-forecast"),
            (need_c, "basis-need"),
            (capacity_c, "basis-capacity"),
        ],
    );
    let x_axis = egui_plot::AxisHints::new_x()
        .formatter(|mark: egui_plot::GridMark, _| super::chart::year_axis_label(mark.value));
    let y_axis = egui_plot::AxisHints::new_y()
        .formatter(|mark: egui_plot::GridMark, _| num(mark.value.round() as i64));
    Plot::new("demand-basis")
        .height(140.0)
        .custom_x_axes(vec![x_axis])
        .custom_y_axes(vec![y_axis])
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 5.0, 10.0]))
        .y_grid_spacer(super::chart::value_grid)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .show(ui, |p| {
            p.line(
                Line::new(tr("basis-observed"), line(observed))
                    .color(pupils_c)
                    .width(2.0),
            );
            p.line(
                Line::new(tr("basis-forecast"), line(forecast))
                    .color(pupils_c)
                    .width(2.0)
                    .style(LineStyle::dashed_loose()),
            );
            p.line(Line::new(tr("basis-need"), line(need)).color(need_c));
            p.line(Line::new(tr("basis-capacity"), line(capacity)).color(capacity_c));
        });
    egui::Grid::new("demand-basis-rows")
        .num_columns(4)
        .spacing(egui::vec2(10.0, 2.0))
        .show(ui, |ui| {
            for caption in ["basis-year", "basis-pupils", "basis-need", "basis-deficit"] {
                ui.strong(tr(caption));
            }
            ui.end_row();
            for r in &o.rows {
                let year = if r.observed {
                    r.year.to_string()
                } else {
                    tr_args("basis-year-forecast", &[("year", Arg::from(r.year))])
                };
                ui.label(year);
                ui.label(num(r.pupils));
                ui.label(num(r.need));
                ui.label(num(r.deficit));
                ui.end_row();
            }
        });
    basis_reading(ui, basis, demand);
}

/// The mini-chart's legend, a row above it: (colour, caption key), the
/// forecast dashed.
fn basis_legend(ui: &mut egui::Ui, entries: &[(egui::Color32, &str)]) {
    ui.horizontal_wrapped(|ui| {
        for &(color, key) in entries {
            // A painted swatch: a glyph would be read out as text.
            let (rect, _) = ui.allocate_exact_size(egui::vec2(18.0, 10.0), egui::Sense::hover());
            let y = rect.center().y;
            let stroke = egui::Stroke::new(2.0, color);
            if key == "basis-forecast" {
                for k in 0..3 {
                    let x = rect.left() + k as f32 * 7.0;
                    ui.painter()
                        .line_segment([egui::pos2(x, y), egui::pos2(x + 4.0, y)], stroke);
                }
            } else {
                ui.painter()
                    .line_segment([rect.left_center(), rect.right_center()], stroke);
            }
            ui.label(RichText::new(tr(key)).small());
        }
    });
}

/// The ratios used and the backtest, in words.
fn basis_reading(ui: &mut egui::Ui, basis: &DemandBasis, demand: &Demand) {
    let o = &basis.outcome;
    match &o.ratios {
        Some(Ratios::Grades {
            entry,
            entry_years,
            progression,
        }) => {
            ui.label(tr_args(
                "basis-entry",
                &[
                    ("ratio", Arg::from(ratio(*entry))),
                    ("years", Arg::Count(*entry_years as i64)),
                    ("age", Arg::from(demand.entry_age().to_string())),
                ],
            ));
            let list: Vec<String> = progression
                .iter()
                .map(|p| format!("{}: {}", p.grade, ratio(p.ratio)))
                .collect();
            ui.label(tr_args(
                "basis-progression",
                &[("list", Arg::from(list.join(", ")))],
            ));
        }
        Some(Ratios::Totals {
            k,
            years,
            grade_count,
        }) => {
            ui.label(tr_args(
                "basis-k",
                &[
                    ("ratio", Arg::from(ratio(*k))),
                    ("years", Arg::Count(*years as i64)),
                    ("grades", Arg::from(grade_count.to_string())),
                ],
            ));
        }
        None => {}
    }
    if basis.accuracy.is_empty() {
        ui.label(RichText::new(tr("basis-no-backtest")).weak());
    }
    for &(ahead, error, n) in &basis.accuracy {
        ui.label(tr_args(
            "basis-accuracy",
            &[
                ("ahead", Arg::Count(i64::from(ahead))),
                ("error", Arg::from(percent(error))),
                ("count", Arg::Count(n as i64)),
            ],
        ));
    }
}

/// A ratio with three decimals, the decimal sign of the language.
fn ratio(r: f64) -> String {
    decimal(format!("{r:.3}"))
}

fn percent(p: f64) -> String {
    decimal(format!("{p:.1}"))
}

fn decimal(text: String) -> String {
    match crate::i18n::lang() {
        crate::i18n::Lang::En => text,
        _ => text.replace('.', ","),
    }
}

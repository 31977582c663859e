//! A demand's housing programme in the region and district editors
//! (docs/scenario-format.md, "Housing"): dwellings completed per year, with
//! a paste box for a spreadsheet row or column, the yield by school year
//! after completion with a small plot of it, and the source. Every change
//! goes through the editor's `Changes`, one undo step each.

use egui_plot::{Line, Plot, PlotPoints};

use super::demand_tables::{next_year, paste_box, prefix, year_table};
use super::fields::{Changes, source_field};
use super::theme::HOUSING;
use crate::app::{DemandTable, Unit, ViewCtx};
use crate::i18n::{Arg, tr, tr_args};
use crate::model::{Demand, Housing};

/// The highest yield the field offers: far above any published yield, so a
/// typing slip shows (validation warns above 1).
const MAX_YIELD: f64 = 5.0;

pub(super) fn housing_inputs(
    app: &ViewCtx,
    ui: &mut egui::Ui,
    unit: Unit,
    d: &mut Demand,
    ch: &mut Changes,
) {
    let key = prefix(unit).at("housing");
    ui.strong(tr("housing-heading"));
    ui.add(egui::Label::new(egui::RichText::new(tr("housing-help")).weak()).wrap());
    let Some(h) = d.housing.as_mut() else {
        if ui.button(tr("housing-add")).clicked() {
            d.housing = Some(Housing::starter());
            ch.set(key.at("add"));
        }
        // Pasting dwellings begins a programme too (with the illustrative yield).
        paste_box(
            app,
            ui,
            unit,
            DemandTable::Dwellings,
            app.scenario.base_year,
        );
        return;
    };
    ui.add_space(4.0);
    ui.label(tr("housing-dwellings"));
    year_table(ui, "dwellings", &key, &mut h.dwellings, ch);
    let next = next_year(h.dwellings.keys().next_back(), app);
    paste_box(app, ui, unit, DemandTable::Dwellings, next);
    ui.add_space(6.0);
    ui.label(tr("housing-yield"));
    ui.add(egui::Label::new(egui::RichText::new(tr("housing-yield-help")).weak()).wrap());
    yield_table(ui, &key, &mut h.yields, ch);
    yield_plot(ui, &key, &h.yields);
    ui.add_space(6.0);
    source_field(ui, &mut h.source, &key, ch);
    if ui.button(tr("housing-remove")).clicked() {
        d.housing = None;
        ch.set(key.at("remove"));
    }
}

/// The yield by school year after completion: a number a row, a button that
/// adds a year (holding the last value) and one that removes the last.
fn yield_table(
    ui: &mut egui::Ui,
    key: &crate::app::EditKey,
    yields: &mut Vec<f64>,
    ch: &mut Changes,
) {
    egui::Grid::new(("housing-yield", &key.0))
        .num_columns(2)
        .spacing(egui::vec2(8.0, 2.0))
        .show(ui, |ui| {
            for (i, y) in yields.iter_mut().enumerate() {
                let year = i + 1;
                ui.label(tr_args(
                    "housing-yield-year",
                    &[("year", Arg::from(year.to_string()))],
                ));
                let resp = ui
                    .push_id(("yield", i), |ui| {
                        ui.add(
                            egui::DragValue::new(y)
                                .range(0.0..=MAX_YIELD)
                                .clamp_existing_to_range(false)
                                .speed(0.01)
                                .fixed_decimals(2),
                        )
                    })
                    .inner
                    .on_hover_text(tr_args(
                        "a11y-housing-yield",
                        &[("year", Arg::from(year.to_string()))],
                    ));
                ch.track(&resp, || key.at("yield").at(i));
                ui.end_row();
            }
        });
    ui.horizontal(|ui| {
        if ui.small_button(tr("housing-yield-add")).clicked() {
            let last = yields.last().copied().unwrap_or(0.0);
            yields.push(last);
            // The length in the key: two clicks are two undo steps.
            ch.set(key.at("yield").at("add").at(yields.len()));
        }
        if !yields.is_empty() && ui.small_button(tr("housing-yield-remove")).clicked() {
            yields.pop();
            ch.set(key.at("yield").at("remove").at(yields.len()));
        }
    });
}

/// The curve as a small line: school year after completion → pupils per
/// dwelling, the last value carried one year on to show that it holds.
fn yield_plot(ui: &mut egui::Ui, key: &crate::app::EditKey, yields: &[f64]) {
    let mut points: Vec<[f64; 2]> = yields
        .iter()
        .enumerate()
        .map(|(i, &y)| [(i + 1) as f64, y])
        .collect();
    if let Some(&last) = yields.last() {
        points.push([(yields.len() + 1) as f64, last]);
    }
    Plot::new(("housing-yield-plot", &key.0))
        .width(ui.available_width().clamp(120.0, 260.0))
        .height(80.0)
        .include_y(0.0)
        .include_x(1.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .show_x(false)
        .show_y(false)
        .show(ui, |plot_ui| {
            plot_ui.line(
                Line::new(tr("housing-yield"), PlotPoints::from(points))
                    .color(HOUSING)
                    .allow_hover(false),
            );
        });
}

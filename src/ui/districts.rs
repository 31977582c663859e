//! What drives a region's shortfall when it is planned by district: each
//! district's shortfall at the horizon side by side, and year by year.

use egui::RichText;

use super::region_name;
use crate::app::{Command, Selection, ViewCtx};
use crate::i18n::{Arg, num, tr, tr_args};

/// Each district's shortfall at the horizon, largest first, as a bar and a
/// figure (the presentation slide of a region planned by district).
pub(super) fn drivers_at_horizon(v: &ViewCtx, r: usize, ui: &mut egui::Ui, size: f32) {
    let Some(p) = v.derived.projection.regions.get(r) else {
        return;
    };
    let mut ranked: Vec<(usize, i64)> = p
        .districts
        .iter()
        .map(|d| (d.district, d.rows.last().map_or(0, |x| x.shortfall)))
        .collect();
    ranked.sort_by_key(|&(d, value)| (std::cmp::Reverse(value), d));
    let largest = ranked.first().map_or(1, |x| x.1.max(1));
    egui::Grid::new("presentation-districts")
        .num_columns(3)
        .spacing(egui::vec2(10.0, 6.0))
        .show(ui, |ui| {
            for (d, value) in ranked {
                ui.label(
                    RichText::new(region_name(v.scenario, Selection::District(r, d))).size(size),
                );
                let width = size * 9.0;
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(width, size * 0.8), egui::Sense::hover());
                let mut bar = rect;
                bar.set_width(width * value.max(0) as f32 / largest as f32);
                ui.painter()
                    .rect_filled(bar, 2.0, super::theme::shortfall_color(value));
                ui.label(RichText::new(num(value)).size(size).strong());
                ui.end_row();
            }
        });
}

/// Below the year table of a region planned by district; nothing otherwise.
pub(super) fn drivers(v: &ViewCtx, r: usize, ui: &mut egui::Ui) {
    let Some(p) = v.derived.projection.regions.get(r) else {
        return;
    };
    if p.districts.is_empty() {
        return;
    }
    let s = v.scenario;
    ui.add_space(10.0);
    ui.strong(tr("districts-drivers"));
    ui.weak(tr_args(
        "districts-drivers-horizon",
        &[("year", Arg::from(s.horizon))],
    ));
    let at_horizon = |rows: &[crate::model::YearRow]| rows.last().map_or(0, |x| x.shortfall);
    let largest = p
        .districts
        .iter()
        .map(|d| at_horizon(&d.rows))
        .max()
        .unwrap_or(0)
        .max(1);
    let bar_width = 160.0;
    egui::Grid::new("district-drivers")
        .num_columns(3)
        .spacing(egui::vec2(8.0, 3.0))
        .show(ui, |ui| {
            for d in &p.districts {
                let sel = Selection::District(r, d.district);
                let name = region_name(s, sel);
                if ui.link(&name).clicked() {
                    v.send(Command::Select(sel));
                }
                let value = at_horizon(&d.rows);
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(bar_width, 12.0), egui::Sense::hover());
                let share = value.max(0) as f32 / largest as f32;
                let mut bar = rect;
                bar.set_width(bar_width * share);
                ui.painter()
                    .rect_filled(bar, 2.0, super::theme::shortfall_color(value));
                ui.label(
                    RichText::new(num(value))
                        .monospace()
                        .color(super::theme::shortfall_color(value)),
                );
                ui.end_row();
            }
        });
    ui.add_space(6.0);
    egui::ScrollArea::horizontal()
        .id_salt("district-years")
        .show(ui, |ui| {
            egui::Grid::new("district-years-grid")
                .striped(true)
                .num_columns(1 + p.rows.len())
                .spacing(egui::vec2(10.0, 3.0))
                .show(ui, |ui| {
                    ui.strong(tr("district-heading"));
                    for row in &p.rows {
                        ui.strong(row.year.to_string());
                    }
                    ui.end_row();
                    for d in &p.districts {
                        ui.label(region_name(s, Selection::District(r, d.district)));
                        for row in &d.rows {
                            ui.label(
                                RichText::new(num(row.shortfall))
                                    .monospace()
                                    .color(super::theme::shortfall_color(row.shortfall)),
                            );
                        }
                        ui.end_row();
                    }
                });
        });
}

//! The legends: the plan's series, and what is drawn over them.

use egui::{Color32, RichText, Stroke};

use super::Overlay;
use crate::chart::{ChartData, FAN_ALPHA, FAN_INNER_SHOWN, HOUSING_ALPHA, SeriesKind};
use crate::i18n::{tr, tr_args};
use crate::ui::theme::{BAND, COMPARE, HOUSING, series_color};

/// The chart's legend as its own row, so it never covers a bar; it wraps
/// where the column is narrow (a slide's half at 1280×720).
pub(in crate::ui) fn legend(ui: &mut egui::Ui, data: &ChartData, size: f32) {
    ui.horizontal_wrapped(|ui| {
        for series in &data.series {
            // A swatch never ends a row without its label: an entry that does
            // not fit starts the next row whole.
            let label = egui::WidgetText::from(RichText::new(&series.label).size(size))
                .into_galley(
                    ui,
                    Some(egui::TextWrapMode::Extend),
                    f32::INFINITY,
                    egui::TextStyle::Body,
                );
            let width = size * 1.8 + 2.0 * ui.spacing().item_spacing.x + label.size().x + 4.0;
            // (In a wrapping layout `available_width` is the whole row's.)
            let left = ui.max_rect().right() - ui.cursor().min.x;
            let at_row_start = ui.cursor().min.x <= ui.max_rect().left() + 1.0;
            if left < width && !at_row_start {
                ui.end_row();
            }
            entry(ui, series, size);
            ui.add_space(size * 1.2);
        }
        // The housing layer, where the chart carries one (the slides).
        if !data.housing.is_empty() {
            let (rect, _) =
                ui.allocate_exact_size(egui::vec2(size * 1.8, size), egui::Sense::hover());
            ui.painter().rect_filled(
                rect.shrink2(egui::vec2(0.0, size * 0.2)),
                2.0,
                HOUSING.gamma_multiply(HOUSING_ALPHA),
            );
            ui.label(RichText::new(tr("housing-band")).size(size));
        }
    });
}

/// The legend as a column, one series a line (beside the headline figures).
pub(in crate::ui) fn legend_column(ui: &mut egui::Ui, data: &ChartData, size: f32) {
    ui.vertical(|ui| {
        ui.spacing_mut().item_spacing.y = 1.0;
        for series in &data.series {
            ui.horizontal(|ui| entry(ui, series, size));
        }
    });
}

fn entry(ui: &mut egui::Ui, series: &crate::chart::Series, size: f32) {
    let c = series_color(series.color, ui);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(size * 1.8, size), egui::Sense::hover());
    match series.kind {
        SeriesKind::Shortfall => {
            ui.painter()
                .rect_filled(rect.shrink2(egui::vec2(size * 0.4, 0.0)), 2.0, c);
        }
        _ => {
            ui.painter().line_segment(
                [rect.left_center(), rect.right_center()],
                Stroke::new(size * 0.2, c),
            );
        }
    }
    ui.add(egui::Label::new(RichText::new(&series.label).size(size)).extend());
}

/// The width the legends take as a column at text `size`: the widest entry
/// and its swatch. Beside the headline figures only where this fits.
pub(in crate::ui) fn column_width(
    ui: &egui::Ui,
    data: &ChartData,
    overlay: &Overlay,
    size: f32,
) -> f32 {
    let font = egui::FontId::proportional(size);
    let widest = data
        .series
        .iter()
        .map(|s| s.label.clone())
        .chain(overlay_entries(data, overlay).into_iter().map(|e| e.2))
        .map(|text| {
            ui.painter()
                .layout_no_wrap(text, font.clone(), Color32::WHITE)
                .size()
                .x
        })
        .fold(0.0, f32::max);
    widest + size * 1.8 + 3.0 * ui.spacing().item_spacing.x
}

/// (colour, fill, text) of each overlay entry: `fill` is the alpha of a
/// filled swatch, as the plot fills it; 0 for a dashed line.
fn overlay_entries(data: &ChartData, overlay: &Overlay) -> Vec<(Color32, f32, String)> {
    let mut entries: Vec<(Color32, f32, String)> = Vec::new();
    if !data.housing.is_empty() {
        entries.push((HOUSING, HOUSING_ALPHA, tr("housing-band")));
    }
    if !data.fan.is_empty() {
        entries.push((BAND, FAN_ALPHA, tr("risk-band")));
        entries.push((BAND, FAN_INNER_SHOWN, tr("risk-band-inner")));
        entries.push((BAND, 0.0, tr("risk-median")));
    }
    if let Some((name, _)) = &overlay.compare {
        entries.push((
            COMPARE,
            0.0,
            tr_args("compare-series", &[("name", name.into())]),
        ));
    }
    entries
}

/// The housing layer and the risk band's fan (from the chart's data) and
/// the compared scenario: in a row that wraps between entries, never inside
/// one, or (`column`, beside the headline figures) one entry a line, so a
/// long Kazakh entry never widens the pane.
pub(in crate::ui) fn overlay_legend(
    ui: &mut egui::Ui,
    data: &ChartData,
    overlay: &Overlay,
    size: f32,
    column: bool,
) {
    let entries = overlay_entries(data, overlay);
    if entries.is_empty() {
        return;
    }
    let entry = |ui: &mut egui::Ui, (color, fill, text): &(Color32, f32, String)| {
        ui.horizontal(|ui| {
            overlay_swatch(ui, *color, *fill, size);
            ui.label(RichText::new(text).size(size));
        });
    };
    if column {
        ui.vertical(|ui| {
            ui.spacing_mut().item_spacing.y = 1.0;
            for e in &entries {
                entry(ui, e);
            }
        });
    } else {
        ui.horizontal_wrapped(|ui| {
            for e in &entries {
                entry(ui, e);
                ui.add_space(size);
            }
        });
    }
}

fn overlay_swatch(ui: &mut egui::Ui, color: Color32, fill: f32, size: f32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(size * 1.8, size), egui::Sense::hover());
    if fill == 0.0 {
        let y = rect.center().y;
        for k in 0..3 {
            let x = rect.left() + k as f32 * size * 0.65;
            ui.painter().line_segment(
                [egui::pos2(x, y), egui::pos2(x + size * 0.4, y)],
                Stroke::new(size * 0.2, color),
            );
        }
    } else {
        ui.painter().rect_filled(
            rect.shrink2(egui::vec2(0.0, size * 0.2)),
            2.0,
            color.gamma_multiply(fill),
        );
    }
}

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

/// The housing layer and the risk band's fan (from the chart's data) and
/// the compared scenario:
/// a row of its own that wraps, so a long Kazakh entry never widens the pane.
pub(in crate::ui) fn overlay_legend(
    ui: &mut egui::Ui,
    data: &ChartData,
    overlay: &Overlay,
    size: f32,
) {
    if data.fan.is_empty() && data.housing.is_empty() && overlay.compare.is_none() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        // `fill`: the alpha of a filled swatch (as the plot fills it); 0 for a dashed line.
        let swatch = |ui: &mut egui::Ui, color: Color32, fill: f32| {
            let dashed = fill == 0.0;
            let (rect, _) =
                ui.allocate_exact_size(egui::vec2(size * 1.8, size), egui::Sense::hover());
            if dashed {
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
        };
        if !data.housing.is_empty() {
            swatch(ui, HOUSING, HOUSING_ALPHA);
            ui.label(RichText::new(tr("housing-band")).size(size));
            ui.add_space(size);
        }
        if !data.fan.is_empty() {
            swatch(ui, BAND, FAN_ALPHA);
            ui.label(RichText::new(tr("risk-band")).size(size));
            ui.add_space(size);
            swatch(ui, BAND, FAN_INNER_SHOWN);
            ui.label(RichText::new(tr("risk-band-inner")).size(size));
            ui.add_space(size);
            swatch(ui, BAND, 0.0);
            ui.label(RichText::new(tr("risk-median")).size(size));
            ui.add_space(size);
        }
        if let Some((name, _)) = &overlay.compare {
            swatch(ui, COMPARE, 0.0);
            ui.label(RichText::new(tr_args("compare-series", &[("name", name.into())])).size(size));
        }
    });
}

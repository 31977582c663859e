//! The central view: title, headline figures, the chart with its legend, and
//! the year table. The plot, the legends and the table live apart.

mod legend;
mod plot;
mod year_table;

use egui::{Color32, RichText};

pub(super) use legend::legend;
pub(super) use plot::plot;
pub use plot::year_axis_label;

use super::region_name;
use super::regions::illustrative_badge;
use super::theme::{CLOSED_TEXT, ERROR, SHORTFALL_TEXT, bold, shortfall_color};
use crate::app::{Slice, ViewCtx};
use crate::chart::ChartData;
use crate::export::headline_texts;
use crate::i18n::tr;
use crate::model::Headline;

/// What is drawn over the plan: the delay-risk band and a compared scenario.
#[derive(Default)]
pub(super) struct Overlay {
    /// (year, p10, p50, p90) of the shortfall with simulated delays.
    pub band: Vec<(i32, i64, i64, i64)>,
    /// The other scenario's name and shortfall by year (dashed).
    pub compare: Option<(String, Vec<(i32, i64)>)>,
}

/// The three headline figures as shown: (caption, value, colour). The
/// colours come from the numbers, never from the formatted text.
pub(super) fn headlines(h: &Headline, first_key: &str) -> [(String, String, Color32); 3] {
    let [first, horizon, closed] = headline_texts(h, first_key);
    let closed_color = if h.closing_year.is_some() {
        CLOSED_TEXT
    } else {
        SHORTFALL_TEXT
    };
    [
        (first.0, first.1, shortfall_color(h.first)),
        (horizon.0, horizon.1, shortfall_color(h.at_horizon)),
        (closed.0, closed.1, closed_color),
    ]
}

fn headline(ui: &mut egui::Ui, caption: &str, value: &str, color: Color32, size: f32) {
    ui.vertical(|ui| {
        ui.label(RichText::new(caption).size(size * 0.42).weak());
        ui.label(RichText::new(value).font(bold(size)).color(color));
    });
}

fn headline_row(ui: &mut egui::Ui, figures: &[(String, String, Color32); 3], size: f32) {
    ui.horizontal(|ui| {
        for (i, (caption, value, color)) in figures.iter().enumerate() {
            if i > 0 {
                ui.add_space(size * 1.2);
            }
            headline(ui, caption, value, *color, size);
        }
    });
}

pub(super) fn chart_view(v: &ViewCtx, ui: &mut egui::Ui) {
    super::analysis::whatif_bar(v, ui);
    let s = v.scenario;
    let slice = v.selected();
    let title = match v.selection {
        crate::app::Selection::District(r, d) => crate::export::district_title(s, r, d),
        sel => region_name(s, sel),
    };

    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.label(RichText::new(&title).font(bold(26.0)));
        if slice.illustrative {
            illustrative_badge(ui);
        }
    });
    if !s.name.is_empty() {
        ui.weak(super::shown(&s.name));
    }
    if v.derived.has_errors {
        ui.label(RichText::new(tr("errors-banner")).color(ERROR).strong());
    }
    if slice.rows.is_empty() {
        ui.label(tr("no-years"));
        return;
    }

    if let Some(h) = &slice.headlines {
        ui.add_space(6.0);
        headline_row(ui, &headlines(&h.now, "headline-now"), 34.0);
    }
    super::analysis::figures_line(v, &slice, ui);
    ui.add_space(6.0);

    let overlay = overlay_for(v, &slice);
    let data = ChartData::from_rows(title, slice.rows);
    legend(ui, &data, 15.0);
    legend::overlay_legend(ui, &overlay, 15.0);
    // The year table with its cost column is about 560 points wide in
    // Russian; the chart gets the rest, at least enough for every year's label.
    let table_width = 560.0;
    ui.horizontal_top(|ui| {
        let plot_width = (ui.available_width() - table_width - 16.0).max(360.0);
        let plot_height = ui.available_height().max(220.0);
        ui.allocate_ui(egui::vec2(plot_width, plot_height), |ui| {
            plot::plot_with(ui, "shortfall-chart", &data, slice.rows, 14.0, &overlay);
        });
        ui.add_space(12.0);
        ui.vertical(|ui| {
            egui::ScrollArea::vertical()
                .id_salt("year-tables")
                .show(ui, |ui| {
                    year_table::year_table(ui, slice.rows, slice.cost_rows);
                    if let Some(rows) = slice.comparison {
                        super::analysis::comparison_table(ui, rows);
                    }
                    if let crate::app::Selection::Region(r) = v.selection {
                        super::districts::drivers(v, r, ui);
                    }
                });
        });
    });
}

/// The risk band and the compared scenario's shortfall for the selection.
fn overlay_for(v: &ViewCtx, slice: &Slice<'_>) -> Overlay {
    let band = slice
        .risk
        .map(|rows| rows.iter().map(|b| (b.year, b.p10, b.p50, b.p90)).collect())
        .unwrap_or_default();
    let compare = v.analysis.compare.as_ref().and_then(|b| {
        let rows = slice.comparison?;
        let name = b.path.file_name().map_or_else(
            || b.scenario.name.clone(),
            |n| n.to_string_lossy().into_owned(),
        );
        let points = rows
            .iter()
            .filter_map(|r| r.shortfall_b.map(|v| (r.year, v)))
            .collect();
        Some((name, points))
    });
    Overlay { band, compare }
}

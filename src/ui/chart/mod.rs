//! The central view: title, headline figures, the chart with its legend, and
//! the year table. The plot, the legends and the table live apart.

mod legend;
mod plot;
mod year_table;

use egui::{Color32, RichText};

pub(super) use legend::{legend, overlay_legend};
pub(super) use plot::plot;
pub(super) use plot::value_grid;
pub use plot::year_axis_label;

use super::region_name;
use super::regions::illustrative_badge;
use super::theme::{CLOSED_TEXT, ERROR, SHORTFALL_TEXT, bold, shortfall_color};
use crate::app::{Slice, ViewCtx};
use crate::chart::ChartData;
use crate::deck::headline_texts;
use crate::i18n::tr;
use crate::model::Headline;

/// What is drawn over the plan besides the housing layer and the risk band
/// (the chart's own, `ChartData::housing` and `ChartData::fan`): a compared
/// scenario.
#[derive(Default)]
pub(super) struct Overlay {
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
    // A laptop's window: smaller headings, so the plot keeps its height.
    let compact = ui.available_height() < 600.0;
    let (title_size, figure_size) = if compact { (22.0, 27.0) } else { (26.0, 32.0) };
    super::analysis::whatif_bar(v, ui);
    let s = v.scenario;
    let slice = v.selected();
    let title = match v.selection {
        crate::app::Selection::District(r, d) => crate::deck::district_title(s, r, d),
        sel => region_name(s, sel),
    };

    ui.add_space(2.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(&title).font(bold(title_size)));
        if slice.illustrative {
            illustrative_badge(ui);
        }
        let name = s.name.get(crate::i18n::lang().code());
        if !name.is_empty() {
            ui.add_space(8.0);
            ui.weak(super::shown(name));
        }
    });
    if v.derived.has_errors {
        ui.label(RichText::new(tr("errors-banner")).color(ERROR).strong());
    }
    if !s.existing.is_empty() {
        super::existing::targets_strip(v, ui);
    }
    if slice.rows.is_empty() {
        ui.label(tr("no-years"));
        return;
    }

    let overlay = overlay_for(v, &slice);
    let data = ChartData::from_rows(title, slice.rows)
        .with_fan(slice.risk.unwrap_or_default())
        .with_housing(crate::chart::housing_band(
            slice.rows,
            slice.without_housing,
        ));
    // The legend sits beside the headline figures where it fits, else under
    // them: every line of text above the plot is height the plot does not get.
    let legend_width = legend::column_width(ui, &data, &overlay, 14.0);
    let mut beside = false;
    ui.horizontal(|ui| {
        if let Some(h) = &slice.headlines {
            headline_row(ui, &headlines(h, "headline-now"), figure_size);
            ui.add_space(24.0);
        }
        if ui.available_width() >= legend_width {
            beside = true;
            ui.vertical(|ui| {
                legend::legend_column(ui, &data, 14.0);
                legend::overlay_legend(ui, &data, &overlay, 14.0, true);
            });
        }
    });
    if !beside {
        legend(ui, &data, 15.0);
        legend::overlay_legend(ui, &data, &overlay, 15.0, false);
    }
    if let Some(text) = crate::chart::housing_headline(slice.rows, slice.without_housing) {
        ui.label(RichText::new(text).strong());
    }
    super::analysis::figures_line(v, &slice, ui);
    ui.add_space(2.0);
    // The plot takes all the pane has left: the chart is what the app is for.
    let size = ui.available_size().max(egui::vec2(240.0, 160.0));
    ui.allocate_ui(size, |ui| {
        plot::plot_with(ui, CHART_PLOT_ID, &data, slice.rows, 14.0, &overlay);
    });
}

/// The plot's id in the window: its memory (`egui_plot::PlotMemory`) tells
/// where the plot area is, which the layout tests measure.
pub const CHART_PLOT_ID: &str = "shortfall-chart";

/// The Year-by-year pane: the year table with its cost column, and which
/// districts drive a region's shortfall (the comparison has its own pane).
pub(super) fn year_pane(v: &ViewCtx, ui: &mut egui::Ui) {
    let slice = v.selected();
    egui::ScrollArea::both()
        .id_salt("year-tables")
        .auto_shrink(false)
        .show(ui, |ui| {
            if slice.rows.is_empty() {
                ui.label(tr("no-years"));
                return;
            }
            year_table::year_table(ui, slice.rows, slice.cost_rows);
            if let crate::app::Selection::Region(r) = v.selection {
                let by_district = v
                    .scenario
                    .regions
                    .get(r)
                    .is_some_and(|x| x.districts.as_ref().is_some_and(|d| !d.is_empty()));
                if by_district {
                    // "54 000 − 54 000 = 1 419" is right, and says why here.
                    ui.add(
                        egui::Label::new(RichText::new(tr("year-table-by-district")).weak()).wrap(),
                    );
                }
                super::districts::drivers(v, r, ui);
            }
        });
}

/// The compared scenario's shortfall for the selection.
fn overlay_for(v: &ViewCtx, slice: &Slice<'_>) -> Overlay {
    let compare = v.analysis.compare.as_ref().and_then(|b| {
        let rows = slice.comparison?;
        let name = b.path.file_name().map_or_else(
            || b.scenario.name.get(crate::i18n::lang().code()).to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        let points = rows
            .iter()
            .filter_map(|r| r.shortfall_b.map(|v| (r.year, v)))
            .collect();
        Some((name, points))
    });
    Overlay { compare }
}

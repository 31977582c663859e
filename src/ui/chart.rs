use egui::{Color32, RichText, Stroke};
use egui_plot::{
    AxisHints, Bar, BarChart, GridMark, Line, LineStyle, Plot, PlotPoints, Polygon,
    uniform_grid_spacer,
};

use super::regions::illustrative_badge;
use super::{bold, region_name};
use crate::app::{SeatplanApp, Selection};
use crate::chart::{ChartData, Rgb, SeriesKind};
use crate::i18n::{Arg, num, tr, tr_args};
use crate::model::YearRow;

pub(super) const SHORTFALL_TEXT: Color32 = Color32::from_rgb(0xB8, 0x4A, 0x00);
pub(super) const CLOSED_TEXT: Color32 = Color32::from_rgb(0x1A, 0x7F, 0x37);

pub(super) fn color(c: Rgb, ui: &egui::Ui) -> Color32 {
    let Rgb(r, g, b) = c;
    // The deficit line is black; on a dark background draw it light.
    if (r, g, b) == (0, 0, 0) && ui.visuals().dark_mode {
        Color32::from_gray(230)
    } else {
        Color32::from_rgb(r, g, b)
    }
}

/// Axis labels for whole years only; years are never digit-grouped.
pub fn year_axis_label(value: f64) -> String {
    if (value - value.round()).abs() < 1e-6 {
        format!("{}", value.round() as i64)
    } else {
        String::new()
    }
}

pub(super) fn shortfall_color(v: i64) -> Color32 {
    if v > 0 { SHORTFALL_TEXT } else { CLOSED_TEXT }
}

/// The three headline figures: (caption, value, colour).
pub(super) fn headlines(
    rows: &[YearRow],
    closing: Option<i32>,
    first_year: i32,
    horizon: i32,
) -> [(String, String, Color32); 3] {
    let at = |year: i32| {
        rows.iter()
            .find(|r| r.year == year)
            .map_or(0, |r| r.shortfall)
    };
    let (first, end) = (at(first_year), at(horizon));
    let closed = match closing {
        Some(y) => (tr("headline-closed-from"), y.to_string(), CLOSED_TEXT),
        None => (
            tr("headline-closed"),
            tr_args("not-closed-by", &[("year", Arg::from(horizon))]),
            SHORTFALL_TEXT,
        ),
    };
    [
        (String::new(), num(first), shortfall_color(first)),
        (
            tr_args("headline-horizon", &[("year", Arg::from(horizon))]),
            num(end),
            shortfall_color(end),
        ),
        closed,
    ]
}

fn headline(ui: &mut egui::Ui, caption: &str, value: &str, color: Color32, size: f32) {
    ui.vertical(|ui| {
        ui.label(RichText::new(caption).size(size * 0.42).weak());
        ui.label(RichText::new(value).font(bold(size)).color(color));
    });
}

pub(super) fn headline_row(ui: &mut egui::Ui, figures: &[(String, String, Color32); 3], size: f32) {
    ui.horizontal(|ui| {
        for (i, (caption, value, color)) in figures.iter().enumerate() {
            if i > 0 {
                ui.add_space(size * 1.2);
            }
            headline(ui, caption, value, *color, size);
        }
    });
}

pub(super) fn chart_view(app: &mut SeatplanApp, ui: &mut egui::Ui) {
    super::analysis::whatif_bar(app, ui);
    let selection = app.selection();
    let s = app.doc.scenario();
    let p = &app.computed.projection;
    let title = region_name(s, selection);
    let (rows, closing, illustrative): (Vec<YearRow>, Option<i32>, bool) = match selection {
        Selection::Region(i) => (
            p.regions.get(i).map_or_else(Vec::new, |r| r.rows.clone()),
            p.regions.get(i).and_then(|r| r.closing_year),
            s.regions.get(i).is_some_and(|r| r.illustrative),
        ),
        Selection::Country => (
            p.total.clone(),
            p.total_closing_year,
            s.regions.iter().any(|r| r.illustrative),
        ),
    };
    let (scenario_name, base_year, horizon) = (
        s.name.get(crate::i18n::lang().code()).to_owned(),
        s.base_year,
        s.horizon,
    );

    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.label(RichText::new(&title).font(bold(26.0)));
        if illustrative {
            illustrative_badge(ui);
        }
    });
    if !scenario_name.is_empty() {
        ui.weak(super::shown(&scenario_name));
    }
    if app.computed.has_errors {
        ui.label(
            RichText::new(tr("errors-banner"))
                .color(super::diagnostics::ERROR_COLOR)
                .strong(),
        );
    }
    if rows.is_empty() {
        ui.label(tr("no-years"));
        return;
    }

    let now = app.school_year_now.clamp(base_year, horizon);
    let mut figures = headlines(&rows, closing, now, horizon);
    figures[0].0 = tr_args("headline-now", &[("year", Arg::from(now))]);
    ui.add_space(6.0);
    headline_row(ui, &figures, 34.0);
    super::analysis::figures_line(app, ui);
    ui.add_space(6.0);

    let overlay = overlay_for(app);
    let compare_rows = super::analysis::comparison_rows(app);
    let cost_rows = super::analysis::cost_rows(app);
    let data = ChartData::from_rows(title, &rows);
    legend(ui, &data, 15.0);
    overlay_legend(ui, &overlay, 15.0);
    // The year table with its cost column is about 560 points wide in
    // Russian; the chart gets the rest, at least enough for every year's label.
    let table_width = 560.0;
    ui.horizontal_top(|ui| {
        let plot_width = (ui.available_width() - table_width - 16.0).max(360.0);
        let plot_height = ui.available_height().max(220.0);
        ui.allocate_ui(egui::vec2(plot_width, plot_height), |ui| {
            plot_with(ui, "shortfall-chart", &data, &rows, 14.0, &overlay);
        });
        ui.add_space(12.0);
        ui.vertical(|ui| {
            egui::ScrollArea::vertical()
                .id_salt("year-tables")
                .show(ui, |ui| {
                    year_table(ui, &rows, &cost_rows);
                    if let Some(rows) = &compare_rows {
                        super::analysis::comparison_table(ui, rows);
                    }
                });
        });
    });
}

/// The chart's legend as its own row, so it never covers a bar.
pub(super) fn legend(ui: &mut egui::Ui, data: &ChartData, size: f32) {
    ui.horizontal(|ui| {
        for series in &data.series {
            let c = color(series.color, ui);
            let (rect, _) =
                ui.allocate_exact_size(egui::vec2(size * 1.8, size), egui::Sense::hover());
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
            ui.label(RichText::new(&series.label).size(size));
            ui.add_space(size * 1.2);
        }
    });
}

/// What is drawn over the plan: the delay-risk band and a compared scenario.
#[derive(Default)]
pub(super) struct Overlay {
    /// (year, p10, p50, p90) of the shortfall with simulated delays.
    pub band: Vec<(i32, i64, i64, i64)>,
    /// The other scenario's name and shortfall by year (dashed).
    pub compare: Option<(String, Vec<(i32, i64)>)>,
}

const BAND_COLOR: Color32 = Color32::from_rgb(0xCC, 0x79, 0xA7);
const COMPARE_COLOR: Color32 = Color32::from_rgb(0x56, 0xB4, 0xE9);

fn overlay_legend(ui: &mut egui::Ui, overlay: &Overlay, size: f32) {
    if overlay.band.is_empty() && overlay.compare.is_none() {
        return;
    }
    ui.horizontal(|ui| {
        let swatch = |ui: &mut egui::Ui, color: Color32, dashed: bool| {
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
                    color.gamma_multiply(0.4),
                );
            }
        };
        if !overlay.band.is_empty() {
            swatch(ui, BAND_COLOR, false);
            ui.label(RichText::new(tr("risk-band")).size(size));
            ui.add_space(size);
            swatch(ui, BAND_COLOR, true);
            ui.label(RichText::new(tr("risk-median")).size(size));
            ui.add_space(size);
        }
        if let Some((name, _)) = &overlay.compare {
            swatch(ui, COMPARE_COLOR, true);
            ui.label(RichText::new(tr_args("compare-series", &[("name", name.into())])).size(size));
        }
    });
}

fn draw_overlay(plot_ui: &mut egui_plot::PlotUi<'_>, overlay: &Overlay, width: f32) {
    if !overlay.band.is_empty() {
        // One trapezoid a year: each is convex, which egui's fill needs; the
        // band as a whole need not be.
        for pair in overlay.band.windows(2) {
            let (y0, lo0, _, hi0) = pair[0];
            let (y1, lo1, _, hi1) = pair[1];
            let quad = vec![
                [f64::from(y0), lo0 as f64],
                [f64::from(y1), lo1 as f64],
                [f64::from(y1), hi1 as f64],
                [f64::from(y0), hi0 as f64],
            ];
            plot_ui.polygon(
                Polygon::new(tr("risk-band"), PlotPoints::from(quad))
                    .fill_color(BAND_COLOR.gamma_multiply(0.3))
                    .stroke(Stroke::NONE)
                    .allow_hover(false),
            );
        }
        let median: PlotPoints = overlay
            .band
            .iter()
            .map(|&(y, _, p50, _)| [f64::from(y), p50 as f64])
            .collect();
        plot_ui.line(
            Line::new(tr("risk-median"), median)
                .color(BAND_COLOR)
                .width(width)
                .style(LineStyle::dashed_loose())
                .allow_hover(false),
        );
    }
    if let Some((name, points)) = &overlay.compare {
        let line: PlotPoints = points
            .iter()
            .map(|&(y, v)| [f64::from(y), v as f64])
            .collect();
        plot_ui.line(
            Line::new(tr_args("compare-series", &[("name", name.into())]), line)
                .color(COMPARE_COLOR)
                .width(width)
                .style(LineStyle::dashed_dense())
                .allow_hover(false),
        );
    }
}

pub(super) fn plot(ui: &mut egui::Ui, id: &str, data: &ChartData, rows: &[YearRow], font: f32) {
    plot_with(ui, id, data, rows, font, &Overlay::default());
}

pub(super) fn plot_with(
    ui: &mut egui::Ui,
    id: &str,
    data: &ChartData,
    rows: &[YearRow],
    font: f32,
    overlay: &Overlay,
) {
    let (first, last) = match (data.years.first(), data.years.last()) {
        (Some(&a), Some(&b)) => (f64::from(a), f64::from(b)),
        _ => return,
    };
    let hover_rows = rows.to_vec();
    let colors: Vec<Color32> = data.series.iter().map(|s| color(s.color, ui)).collect();
    let tick_font = egui::FontId::proportional(font);
    let x_axis = AxisHints::new_x()
        .label_spacing(20.0..=30.0)
        .tick_label_font(tick_font.clone())
        .formatter(|mark: GridMark, _range| year_axis_label(mark.value));
    let y_axis = AxisHints::new_y()
        .tick_label_font(tick_font)
        .formatter(|mark: GridMark, _range| num(mark.value.round() as i64));
    // Explicit size: the plot fills the space its caller gave it.
    Plot::new(id)
        .width(ui.available_width())
        .height(ui.available_height())
        .custom_x_axes(vec![x_axis])
        .custom_y_axes(vec![y_axis])
        .x_grid_spacer(uniform_grid_spacer(|_| [1.0, 5.0, 10.0]))
        .include_x(first - 0.6)
        .include_x(last + 0.6)
        .include_y(0.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .label_formatter(move |pos| {
            let year = match pos {
                egui_plot::HoverPosition::NearDataPoint { position, .. }
                | egui_plot::HoverPosition::Elsewhere { position } => position.x.round() as i32,
            };
            hover_rows.iter().find(|r| r.year == year).map(|r| {
                let line = |key: &str, v: i64| tr_args(key, &[("n", num(v).into())]);
                format!(
                    "{year}\n{}\n{}\n{}",
                    line("hover-deficit", r.deficit),
                    line("hover-added", r.cumulative),
                    line("hover-shortfall", r.shortfall)
                )
            })
        })
        .show(ui, |plot_ui| {
            for (series, &col) in data.series.iter().zip(&colors) {
                match series.kind {
                    SeriesKind::Shortfall => {
                        let bars = series
                            .points
                            .iter()
                            .map(|&(y, v)| Bar::new(f64::from(y), v as f64).width(0.55).fill(col))
                            .collect();
                        plot_ui.bar_chart(
                            BarChart::new(series.label.clone(), bars)
                                .color(col)
                                .allow_hover(false),
                        );
                    }
                    _ => {
                        let points: PlotPoints = series
                            .points
                            .iter()
                            .map(|&(y, v)| [f64::from(y), v as f64])
                            .collect();
                        plot_ui.line(
                            Line::new(series.label.clone(), points)
                                .color(col)
                                .width(font * 0.22)
                                .allow_hover(false),
                        );
                    }
                }
            }
            draw_overlay(plot_ui, overlay, font * 0.2);
        });
}

/// Year by year: deficit, seats opened and added, shortfall, and the cost of
/// the schools opening that year.
fn year_table(ui: &mut egui::Ui, rows: &[YearRow], cost: &[crate::model::CostRow]) {
    let money = |year: i32| {
        cost.iter().find(|c| c.year == year).map_or_else(
            || "—".to_owned(),
            |c| crate::i18n::format_money(c.cost, crate::i18n::lang()),
        )
    };
    egui::Grid::new("year-table")
        .striped(true)
        .spacing(egui::vec2(14.0, 6.0))
        .show(ui, |ui| {
            for h in [
                "col-year",
                "col-deficit",
                "col-opened",
                "col-added",
                "col-shortfall",
                "col-cost",
            ] {
                ui.strong(tr(h));
            }
            ui.end_row();
            for r in rows {
                ui.label(r.year.to_string());
                for (column, value) in [
                    ("col-deficit", r.deficit),
                    ("col-opened", r.opened),
                    ("col-added", r.cumulative),
                    ("col-shortfall", r.shortfall),
                ] {
                    let text = num(value);
                    let rich = if column == "col-shortfall" {
                        RichText::new(&text).strong().color(shortfall_color(value))
                    } else {
                        RichText::new(&text)
                    };
                    let response = ui
                        .with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            ui.label(rich)
                        })
                        .inner;
                    // A screen reader (and a test) reads the cell with its row and column.
                    let name = tr_args(
                        "a11y-cell",
                        &[
                            ("column", tr(column).into()),
                            ("year", Arg::from(r.year)),
                            ("value", text.clone().into()),
                        ],
                    );
                    response
                        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(money(r.year));
                });
                ui.end_row();
            }
        });
}

/// The risk band and the compared scenario's shortfall for the selection.
fn overlay_for(app: &SeatplanApp) -> Overlay {
    let region = match app.selection() {
        Selection::Country => None,
        Selection::Region(i) => Some(i),
    };
    let band = app
        .current_risk()
        .and_then(|risk| match region {
            Some(i) => risk
                .regions
                .iter()
                .find(|r| r.region == i)
                .map(|r| r.rows.clone()),
            None => Some(risk.total.clone()),
        })
        .map(|rows| rows.iter().map(|b| (b.year, b.p10, b.p50, b.p90)).collect())
        .unwrap_or_default();
    let compare = app.analysis.compare.as_ref().and_then(|b| {
        let rows = super::analysis::comparison_rows(app)?;
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
    Overlay { band, compare }
}

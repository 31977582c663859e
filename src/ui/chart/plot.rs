//! The shortfall chart itself (egui_plot): bars, lines, and the overlay.

use egui::{Color32, Stroke};
use egui_plot::{
    AxisHints, Bar, BarChart, GridMark, Line, LineStyle, Plot, PlotPoints, Polygon,
    uniform_grid_spacer,
};

use super::Overlay;
use crate::chart::{ChartData, SeriesKind};
use crate::chart::{FAN_ALPHA, HOUSING_ALPHA};
use crate::i18n::{num, tr, tr_args};
use crate::model::{Band, YearRow};
use crate::ui::theme::{BAND, COMPARE, HOUSING, series_color};

/// Axis labels for whole years only; years are never digit-grouped.
pub fn year_axis_label(value: f64) -> String {
    if (value - value.round()).abs() < 1e-6 {
        format!("{}", value.round() as i64)
    } else {
        String::new()
    }
}

/// One band (of the fan, or the housing layer) between `range`'s low and high, as one trapezoid a
/// year: each is convex, which egui's fill needs; the band as a whole need
/// not be.
fn trapezoids(
    plot_ui: &mut egui_plot::PlotUi<'_>,
    bands: &[Band],
    name: &str,
    color: Color32,
    alpha: f32,
    range: impl Fn(&Band) -> (i64, i64),
) {
    // An end narrower than two pixels is widened to two: the fill's
    // anti-aliasing draws a thin tip as a spike running on past the plot.
    let min = plot_ui.transform().dvalue_dpos()[1].abs() * 2.0;
    let widen = |(lo, hi): (i64, i64)| {
        let (lo, hi) = (lo as f64, hi as f64);
        if hi - lo < min {
            let mid = (lo + hi) / 2.0;
            (mid - min / 2.0, mid + min / 2.0)
        } else {
            (lo, hi)
        }
    };
    for pair in bands.windows(2) {
        let (r0, r1) = (range(&pair[0]), range(&pair[1]));
        if r0.0 == r0.1 && r1.0 == r1.1 {
            // No spread in these two years: nothing to shade.
            continue;
        }
        let ((lo0, hi0), (lo1, hi1)) = (widen(r0), widen(r1));
        let (y0, y1) = (f64::from(pair[0].year), f64::from(pair[1].year));
        let quad = vec![[y0, lo0], [y1, lo1], [y1, hi1], [y0, hi0]];
        plot_ui.polygon(
            Polygon::new(name, PlotPoints::from(quad))
                .fill_color(color.gamma_multiply(alpha))
                .stroke(Stroke::NONE)
                .allow_hover(false),
        );
    }
}

/// The housing layer (the chart's own, `ChartData::housing`), drawn first
/// so the bars and lines sit over it: between the deficit without housing
/// and the deficit line (with it), the seats the new dwellings' pupils call
/// for.
fn draw_housing(plot_ui: &mut egui_plot::PlotUi<'_>, housing: &[(i32, i64, i64)]) {
    if housing.is_empty() {
        return;
    }
    let band: Vec<Band> = housing
        .iter()
        .map(|&(year, without, with)| Band {
            year,
            p10: without,
            p90: with,
            ..Band::default()
        })
        .collect();
    trapezoids(
        plot_ui,
        &band,
        &tr("housing-band"),
        HOUSING,
        HOUSING_ALPHA,
        |b| (b.p10, b.p90),
    );
}

/// The risk band's fan (the chart's own, `ChartData::fan`): 10–90 % light,
/// 25–75 % darker over it, the median dashed.
fn draw_fan(plot_ui: &mut egui_plot::PlotUi<'_>, bands: &[Band], width: f32) {
    if bands.is_empty() {
        return;
    }
    trapezoids(plot_ui, bands, &tr("risk-band"), BAND, FAN_ALPHA, |b| {
        (b.p10, b.p90)
    });
    trapezoids(
        plot_ui,
        bands,
        &tr("risk-band-inner"),
        BAND,
        FAN_ALPHA,
        |b| (b.p25, b.p75),
    );
    let median: PlotPoints = bands
        .iter()
        .map(|b| [f64::from(b.year), b.p50 as f64])
        .collect();
    plot_ui.line(
        Line::new(tr("risk-median"), median)
            .color(BAND)
            .width(width)
            .style(LineStyle::dashed_loose())
            .allow_hover(false),
    );
}

fn draw_overlay(plot_ui: &mut egui_plot::PlotUi<'_>, overlay: &Overlay, width: f32) {
    if let Some((name, points)) = &overlay.compare {
        let line: PlotPoints = points
            .iter()
            .map(|&(y, v)| [f64::from(y), v as f64])
            .collect();
        plot_ui.line(
            Line::new(tr_args("compare-series", &[("name", name.into())]), line)
                .color(COMPARE)
                .width(width)
                .style(LineStyle::dashed_dense())
                .allow_hover(false),
        );
    }
}

/// The value axis's lines: a round step for about five labelled lines, as
/// the exported charts have, and nothing finer (egui_plot's default draws
/// powers of ten, which leaves "0" and "100 000" alone on a laptop).
pub(in crate::ui) fn value_grid(input: egui_plot::GridInput) -> Vec<GridMark> {
    let (lo, hi) = input.bounds;
    let span = (hi - lo).max(1.0).min(i64::MAX as f64) as i64;
    grid_marks(input.bounds, crate::chart::nice_step(span, 5))
}

/// A line every `step` between the bounds.
fn grid_marks((lo, hi): (f64, f64), step: i64) -> Vec<GridMark> {
    let step = step.max(1) as f64;
    let mut marks = Vec::new();
    let mut v = (lo / step).ceil() * step;
    while v <= hi && marks.len() < 50 {
        marks.push(GridMark {
            value: v,
            step_size: step,
        });
        v += step;
    }
    marks
}

pub(in crate::ui) fn plot(
    ui: &mut egui::Ui,
    id: &str,
    data: &ChartData,
    rows: &[YearRow],
    font: f32,
) {
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
    // The axis is set each frame from what is drawn, to round steps: left to
    // egui_plot, it ends wherever the data does, between labels.
    let compared = overlay
        .compare
        .iter()
        .flat_map(|(_, p)| p.iter().map(|&(_, v)| v));
    let axis = data.value_axis(compared);
    // A little room past both ends, so their labels and the bars' feet show.
    let pad = (axis.hi as f64 - axis.lo as f64) * 0.03;
    let y_range = axis.lo as f64 - pad..=axis.hi as f64 + pad;
    let hover_rows = rows.to_vec();
    let colors: Vec<Color32> = data
        .series
        .iter()
        .map(|s| series_color(s.color, ui))
        .collect();
    let tick_font = egui::FontId::proportional(font);
    let x_axis = AxisHints::new_x()
        .label_spacing(20.0..=30.0)
        .tick_label_font(tick_font.clone())
        .formatter(|mark: GridMark, _range| year_axis_label(mark.value));
    let y_axis = AxisHints::new_y()
        .tick_label_font(tick_font)
        .formatter(|mark: GridMark, _range| num(mark.value.round() as i64));
    // Explicit size: the plot fills the space its caller gave it.
    // A fixed id, wherever the plot sits in the workspace.
    Plot::new(id)
        .id(egui::Id::unique(id))
        .width(ui.available_width())
        .height(ui.available_height())
        .custom_x_axes(vec![x_axis])
        .custom_y_axes(vec![y_axis])
        .x_grid_spacer(uniform_grid_spacer(|_| [1.0, 5.0, 10.0]))
        .y_grid_spacer(move |input| grid_marks(input.bounds, axis.step))
        .include_x(first - 0.6)
        .include_x(last + 0.6)
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
            plot_ui.set_plot_bounds_y(y_range);
            draw_housing(plot_ui, &data.housing);
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
            draw_fan(plot_ui, &data.fan, font * 0.2);
            draw_overlay(plot_ui, overlay, font * 0.2);
        });
}

#[cfg(test)]
mod tests {
    use super::value_grid;

    #[test]
    fn the_value_axis_has_about_five_round_lines() {
        // Astana at 1366×768: 0 to about 190 000 (egui_plot's powers of ten
        // labelled only 0 and 100 000).
        let marks: Vec<f64> = value_grid(egui_plot::GridInput {
            bounds: (-9_000.0, 190_000.0),
            base_step_size: 500.0,
        })
        .iter()
        .map(|m| m.value)
        .collect();
        assert_eq!(marks, [0.0, 50_000.0, 100_000.0, 150_000.0]);
    }
}

use egui::{Color32, RichText, Stroke};
use egui_plot::{AxisHints, Bar, BarChart, GridMark, Line, Plot, PlotPoints, uniform_grid_spacer};

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
    let selection = app.selection();
    let s = app.doc.scenario();
    let p = &app.computed.projection;
    let title = region_name(s, selection);
    let (rows, closing, illustrative): (&[YearRow], Option<i32>, bool) = match selection {
        Selection::Region(i) => (
            p.regions.get(i).map_or(&[], |r| r.rows.as_slice()),
            p.regions.get(i).and_then(|r| r.closing_year),
            s.regions.get(i).is_some_and(|r| r.illustrative),
        ),
        Selection::Country => (
            &p.total,
            p.total_closing_year,
            s.regions.iter().any(|r| r.illustrative),
        ),
    };

    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.label(RichText::new(&title).font(bold(26.0)));
        if illustrative {
            illustrative_badge(ui);
        }
    });
    if !s.name.is_empty() {
        ui.weak(&s.name);
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

    let now = app.school_year_now.clamp(s.base_year, s.horizon);
    let mut figures = headlines(rows, closing, now, s.horizon);
    figures[0].0 = tr_args("headline-now", &[("year", Arg::from(now))]);
    ui.add_space(6.0);
    headline_row(ui, &figures, 34.0);
    ui.add_space(6.0);

    let data = ChartData::from_rows(title, rows);
    legend(ui, &data, 15.0);
    let table_width = 430.0;
    let rows_owned = rows.to_vec();
    ui.horizontal_top(|ui| {
        let plot_width = (ui.available_width() - table_width - 16.0).max(300.0);
        let plot_height = ui.available_height().max(220.0);
        ui.allocate_ui(egui::vec2(plot_width, plot_height), |ui| {
            plot(ui, "shortfall-chart", &data, &rows_owned, 14.0);
        });
        ui.add_space(12.0);
        ui.vertical(|ui| year_table(ui, &rows_owned));
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

pub(super) fn plot(ui: &mut egui::Ui, id: &str, data: &ChartData, rows: &[YearRow], font: f32) {
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
    Plot::new(id)
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
        });
}

fn year_table(ui: &mut egui::Ui, rows: &[YearRow]) {
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
                ui.end_row();
            }
        });
}

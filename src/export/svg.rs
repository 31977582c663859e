//! Charts and slides as SVG: the same series, colours and labels as the
//! window (from [`ChartData`]), with real text so titles and region names can
//! be searched and copied. Rendered to PNG by `png.rs`.

use std::fmt::Write as _;

use super::values::{Line, place_value, value_box};
use crate::chart::{
    BAND_COLOR, ChartData, FAN_ALPHA, FAN_INNER_SHOWN, HOUSING_ALPHA, HOUSING_COLOR, Rgb,
    SeriesKind,
};
use crate::i18n::{num, tr};
use crate::model::Band;

pub const FONT_FAMILY: &str = "DejaVu Sans";

pub(super) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

pub(super) fn hex(Rgb(r, g, b): Rgb) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// A rectangle on the canvas: x, y, width, height.
#[derive(Debug, Clone, Copy)]
pub struct Area {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

/// Draws the chart (legend, axes, bars, lines, value labels) into `area` of
/// an SVG being built in `out`. `font` is the base text size in pixels.
pub fn draw_chart(out: &mut String, data: &ChartData, area: Area, font: f32) {
    let rows = draw_legend(out, data, area, font);
    let legend_h = font * (0.8 + 1.4 * rows as f32);
    let crate::chart::ValueAxis { lo, hi, step } = data.value_axis([]);
    let label_w = font * 5.5;
    let plot = Area {
        x: area.x + label_w,
        y: area.y + legend_h,
        w: area.w - label_w - font,
        h: area.h - legend_h - font * 2.2,
    };
    let n = data.years.len().max(1) as f32;
    let slot = plot.w / n;
    let x_of = |i: usize| plot.x + slot * (i as f32 + 0.5);
    let y_of = |v: i64| plot.y + plot.h * (1.0 - (v - lo) as f32 / (hi - lo) as f32);

    draw_axes(out, data, plot, (lo, hi, step), font, &x_of, &y_of);
    draw_housing(out, data, &x_of, &y_of);
    if !data.fan.is_empty() {
        let x_of_year = |year: i32| data.years.iter().position(|&y| y == year).map(&x_of);
        draw_fan(out, &data.fan, &x_of_year, &y_of, font);
    }
    // The bars' value labels go on top of everything, where no line
    // crosses them (`values.rs`): the lines and the fan's median first.
    let mut values: Vec<(f32, f32, i64, String)> = Vec::new();
    let mut lines: Vec<Line> = Vec::new();
    if !data.fan.is_empty() {
        lines.push(median_line(data, x_of, y_of, font));
    }
    for series in &data.series {
        let color = hex(series.color);
        match series.kind {
            SeriesKind::Shortfall => {
                for (i, &(year, value)) in series.points.iter().enumerate() {
                    let (y0, y1) = (y_of(0), y_of(value));
                    let (top, h) = (y0.min(y1), (y0 - y1).abs());
                    let w = slot * 0.55;
                    let _ = writeln!(
                        out,
                        r#"<rect class="shortfall" data-year="{year}" data-value="{value}" x="{:.1}" y="{top:.1}" width="{w:.1}" height="{h:.1}" fill="{color}"><title>{year}: {}</title></rect>"#,
                        x_of(i) - w / 2.0,
                        esc(&num(value))
                    );
                    if value > 0 {
                        values.push((x_of(i), top, value, color.clone()));
                    }
                }
            }
            SeriesKind::Deficit | SeriesKind::Added => {
                let points: Vec<String> = series
                    .points
                    .iter()
                    .enumerate()
                    .map(|(i, &(_, v))| format!("{:.1},{:.1}", x_of(i), y_of(v)))
                    .collect();
                let data_values: Vec<String> =
                    series.points.iter().map(|(_, v)| v.to_string()).collect();
                let class = if series.kind == SeriesKind::Deficit {
                    "deficit"
                } else {
                    "added"
                };
                let _ = writeln!(
                    out,
                    r#"<polyline class="{class}" data-values="{}" points="{}" fill="none" stroke="{color}" stroke-width="{:.1}" stroke-linejoin="round"/>"#,
                    data_values.join(","),
                    points.join(" "),
                    font * 0.22
                );
                lines.push(Line {
                    points: series
                        .points
                        .iter()
                        .enumerate()
                        .map(|(i, &(_, v))| [x_of(i), y_of(v)])
                        .collect(),
                    width: font * 0.22,
                });
            }
        }
    }
    draw_values(out, values, &lines, plot.y - font * 0.5, font);
}

/// Draws the bars' value labels, `(x, bar top, value, colour)` each, over
/// the chart: size 0.8 `font`, bold, 0.35 `font` above the bar unless a line
/// is there; never above `ceiling` (the legend).
pub(super) fn draw_values(
    out: &mut String,
    values: Vec<(f32, f32, i64, String)>,
    lines: &[Line],
    ceiling: f32,
    font: f32,
) {
    for (x, top, value, color) in values {
        let text = num(value);
        let size = font * 0.8;
        let at = place_value(&text, (x, top), (size, font * 0.35), ceiling, lines);
        if at.plate {
            let [x0, y0, x1, y1] = value_box(&text, x, at.baseline, size);
            let pad = size * 0.15;
            let _ = writeln!(
                out,
                r##"<rect class="value-plate" x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="#ffffff"/>"##,
                x0 - pad,
                y0 - pad,
                x1 - x0 + 2.0 * pad,
                y1 - y0 + 2.0 * pad
            );
        }
        let _ = writeln!(
            out,
            r#"<text x="{x:.1}" y="{:.1}" font-size="{size:.1}" font-weight="bold" text-anchor="middle" fill="{color}">{}</text>"#,
            at.baseline,
            esc(&text)
        );
    }
}

/// The fan's median as a line the value labels keep clear of.
fn median_line(
    data: &ChartData,
    x_of: impl Fn(usize) -> f32,
    y_of: impl Fn(i64) -> f32,
    font: f32,
) -> Line {
    Line {
        points: data
            .fan
            .iter()
            .filter_map(|b| {
                let i = data.years.iter().position(|&y| y == b.year)?;
                Some([x_of(i), y_of(b.p50)])
            })
            .collect(),
        width: font * 0.18,
    }
}

/// The grid with the value axis, every `step` from `lo` to `hi`, and the
/// year axis: every year labelled, never grouped.
fn draw_axes(
    out: &mut String,
    data: &ChartData,
    plot: Area,
    (lo, hi, step): (i64, i64, i64),
    font: f32,
    x_of: &dyn Fn(usize) -> f32,
    y_of: &dyn Fn(i64) -> f32,
) {
    let mut v = lo;
    while v <= hi {
        let y = y_of(v);
        let stroke = if v == 0 { "#555555" } else { "#dddddd" };
        let _ = writeln!(
            out,
            r#"<line x1="{:.1}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="{stroke}" stroke-width="1"/>"#,
            plot.x,
            plot.x + plot.w
        );
        let _ = writeln!(
            out,
            r##"<text x="{:.1}" y="{:.1}" font-size="{:.1}" text-anchor="end" fill="#333333">{}</text>"##,
            plot.x - font * 0.4,
            y + font * 0.35,
            font * 0.85,
            esc(&num(v))
        );
        v += step;
    }
    for (i, year) in data.years.iter().enumerate() {
        let _ = writeln!(
            out,
            r##"<text x="{:.1}" y="{:.1}" font-size="{:.1}" text-anchor="middle" fill="#333333">{year}</text>"##,
            x_of(i),
            plot.y + plot.h + font * 1.4,
            font * 0.9
        );
    }
}

/// The fan as the window draws it: 10–90 % light, 25–75 % darker over it,
/// the median dashed; each band one polygon over the years the chart shows.
fn draw_fan(
    out: &mut String,
    fan: &[Band],
    x_of_year: &dyn Fn(i32) -> Option<f32>,
    y_of: &dyn Fn(i64) -> f32,
    font: f32,
) {
    let color = hex(BAND_COLOR);
    let shown: Vec<(f32, &Band)> = fan
        .iter()
        .filter_map(|b| x_of_year(b.year).map(|x| (x, b)))
        .collect();
    for (class, range) in [
        (
            "fan-outer",
            (|b: &Band| (b.p10, b.p90)) as fn(&Band) -> (i64, i64),
        ),
        ("fan-inner", |b: &Band| (b.p25, b.p75)),
    ] {
        let lower = shown.iter().map(|&(x, b)| (x, y_of(range(b).0)));
        let upper = shown.iter().rev().map(|&(x, b)| (x, y_of(range(b).1)));
        let points: Vec<String> = lower
            .chain(upper)
            .map(|(x, y)| format!("{x:.1},{y:.1}"))
            .collect();
        let _ = writeln!(
            out,
            r#"<polygon class="{class}" points="{}" fill="{color}" fill-opacity="{FAN_ALPHA}" stroke="none"/>"#,
            points.join(" ")
        );
    }
    let median: Vec<String> = shown
        .iter()
        .map(|&(x, b)| format!("{x:.1},{:.1}", y_of(b.p50)))
        .collect();
    let values: Vec<String> = shown.iter().map(|(_, b)| b.p50.to_string()).collect();
    let _ = writeln!(
        out,
        r#"<polyline class="fan-median" data-values="{}" points="{}" fill="none" stroke="{color}" stroke-width="{:.1}" stroke-dasharray="{:.1} {:.1}"/>"#,
        values.join(","),
        median.join(" "),
        font * 0.18,
        font * 0.5,
        font * 0.4
    );
}

/// The housing band between the deficit without housing and with it, under
/// the bars and lines: the seats the new dwellings' pupils call for.
fn draw_housing(
    out: &mut String,
    data: &ChartData,
    x_of: &dyn Fn(usize) -> f32,
    y_of: &dyn Fn(i64) -> f32,
) {
    if data.housing.is_empty() {
        return;
    }
    let index = |year: i32| data.years.iter().position(|&y| y == year);
    let upper = data
        .housing
        .iter()
        .filter_map(|&(y, _, with)| Some(format!("{:.1},{:.1}", x_of(index(y)?), y_of(with))));
    let lower = data.housing.iter().rev().filter_map(|&(y, without, _)| {
        Some(format!("{:.1},{:.1}", x_of(index(y)?), y_of(without)))
    });
    let points: Vec<String> = upper.chain(lower).collect();
    let seats: Vec<String> = data
        .housing
        .iter()
        .map(|&(_, without, with)| (with - without).to_string())
        .collect();
    let _ = writeln!(
        out,
        r#"<polygon class="housing" data-values="{}" points="{}" fill="{}" fill-opacity="{HOUSING_ALPHA}" stroke="none"/>"#,
        seats.join(","),
        points.join(" "),
        hex(HOUSING_COLOR)
    );
}

/// A legend entry's swatch.
enum Swatch {
    /// A filled square at this opacity (bars, the housing layer, the fan's
    /// bands).
    Fill(f32),
    Line,
    Dashed,
}

/// Draws the legend above the plot, wrapping to a new row when an entry
/// would pass the right edge; returns the number of rows.
fn draw_legend(out: &mut String, data: &ChartData, area: Area, font: f32) -> usize {
    let mut entries: Vec<(Swatch, Rgb, &str)> = data
        .series
        .iter()
        .map(|series| {
            let swatch = match series.kind {
                SeriesKind::Shortfall => Swatch::Fill(1.0),
                SeriesKind::Deficit | SeriesKind::Added => Swatch::Line,
            };
            (swatch, series.color, series.label.as_str())
        })
        .collect();
    let housing_label = tr("housing-band");
    if !data.housing.is_empty() {
        entries.push((Swatch::Fill(HOUSING_ALPHA), HOUSING_COLOR, &housing_label));
    }
    let fan_labels = [tr("risk-band"), tr("risk-band-inner"), tr("risk-median")];
    if !data.fan.is_empty() {
        let [outer, inner, median] = &fan_labels;
        entries.push((Swatch::Fill(FAN_ALPHA), BAND_COLOR, outer));
        entries.push((Swatch::Fill(FAN_INNER_SHOWN), BAND_COLOR, inner));
        entries.push((Swatch::Dashed, BAND_COLOR, median));
    }
    let (x, mut y) = (area.x, area.y + font);
    let mut cx = x;
    let mut rows = 1;
    for (swatch, color, label) in entries {
        // DejaVu Sans averages ~0.6 em a character.
        let width = font * 2.0 + label.chars().count() as f32 * font * 0.9 * 0.62;
        if cx > x && cx + width > area.x + area.w {
            cx = x;
            y += font * 1.4;
            rows += 1;
        }
        let color = hex(color);
        match swatch {
            Swatch::Fill(opacity) => {
                // Bars are opaque: their swatch stays as it always was.
                let opacity = if opacity < 1.0 {
                    format!(r#" fill-opacity="{opacity:.2}""#)
                } else {
                    String::new()
                };
                let _ = writeln!(
                    out,
                    r#"<rect x="{cx:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{color}"{opacity}/>"#,
                    y - font * 0.75,
                    font * 0.9,
                    font * 0.9
                );
            }
            Swatch::Line | Swatch::Dashed => {
                let dash = if matches!(swatch, Swatch::Dashed) {
                    format!(r#" stroke-dasharray="{:.1} {:.1}""#, font * 0.5, font * 0.4)
                } else {
                    String::new()
                };
                let _ = writeln!(
                    out,
                    r#"<line x1="{cx:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{color}" stroke-width="{:.1}"{dash}/>"#,
                    y - font * 0.3,
                    cx + font * 1.6,
                    y - font * 0.3,
                    font * 0.22
                );
            }
        }
        cx += font * 2.0;
        let _ = writeln!(
            out,
            r##"<text x="{cx:.1}" y="{y:.1}" font-size="{:.1}" fill="#222222">{}</text>"##,
            font * 0.9,
            esc(label)
        );
        // Past the label (the swatch is already counted), then a gap.
        cx += width - font * 2.0 + font * 1.5;
    }
    rows
}

/// A whole SVG document of `w`×`h` with a white background.
pub fn document(w: f32, h: f32, body: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{FONT_FAMILY}\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n{body}</svg>\n"
    )
}

/// A standalone chart with its title (and an "illustrative" note if given).
pub fn chart_svg(data: &ChartData, subtitle: Option<&str>, note: Option<&str>) -> String {
    let (w, h, font) = (1200.0, 700.0, 18.0);
    let mut body = String::new();
    let _ = writeln!(
        body,
        r##"<text x="24" y="44" font-size="30" font-weight="bold" fill="#111111">{}</text>"##,
        esc(&data.title)
    );
    let mut top = 60.0;
    if let Some(sub) = subtitle {
        let _ = writeln!(
            body,
            r##"<text x="24" y="76" font-size="17" fill="#555555">{}</text>"##,
            esc(sub)
        );
        top = 86.0;
    }
    if let Some(note) = note {
        let _ = writeln!(
            body,
            r##"<text x="{}" y="44" font-size="17" font-weight="bold" text-anchor="end" fill="#b06a00">{}</text>"##,
            w - 24.0,
            esc(note)
        );
    }
    draw_chart(
        &mut body,
        data,
        Area {
            x: 24.0,
            y: top + 10.0,
            w: w - 48.0,
            h: h - top - 30.0,
        },
        font,
    );
    document(w, h, &body)
}

/// The slide's size: 1920×1080, a projector's full HD.
pub const SLIDE_W: f32 = 1920.0;
pub const SLIDE_H: f32 = 1080.0;

/// Text style: size, bold, colour, anchor (`start`, `middle`, `end`).
pub(super) type Style<'a> = (f32, bool, &'a str, &'a str);

pub(super) fn text(
    out: &mut String,
    x: f32,
    y: f32,
    (size, bold, color, anchor): Style<'_>,
    s: &str,
) {
    let weight = if bold { r#" font-weight="bold""# } else { "" };
    let _ = writeln!(
        out,
        r#"<text x="{x:.1}" y="{y:.1}" font-size="{size:.1}"{weight} fill="{color}" text-anchor="{anchor}">{}</text>"#,
        esc(s)
    );
}

//! The map as SVG: regions filled by their shortfall class, short names and
//! numbers, the three cities as marked circles, and the legend. Used for
//! `map.svg` in `report --out` and for the map slide.

use std::fmt::Write as _;

use super::metrics::text_width;
use super::svg::{Area, document, esc, hex};
use crate::i18n::{Arg, num, tr, tr_args};
use crate::map::labels::{LabelSize, Placed, Rect, place};
use crate::map::{BORDER_COLOR, DARK_TEXT, Fit, HALO, LIGHT_TEXT, MapData, MapRegion};

fn text_w(s: &str, size: f32, bold: bool) -> f32 {
    text_width(s, size, bold)
}

fn label(out: &mut String, x: f32, y: f32, size: f32, bold: bool, fill: &str, s: &str) {
    let weight = if bold { r#" font-weight="bold""# } else { "" };
    // White labels sit on the darkest classes; a dark halo keeps the part of
    // a long name that runs onto a lighter neighbour readable.
    let halo = if fill == hex(LIGHT_TEXT) {
        format!(
            r#" stroke="{}" stroke-width="{:.1}" stroke-linejoin="round" paint-order="stroke""#,
            hex(HALO),
            size * 0.16
        )
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        r#"<text x="{x:.1}" y="{y:.1}" font-size="{size:.1}"{weight}{halo} fill="{fill}" text-anchor="middle">{}</text>"#,
        esc(s)
    );
}

fn path_d(fit: &Fit, rings: &[Vec<[f32; 2]>]) -> String {
    let mut d = String::with_capacity(rings.iter().map(Vec::len).sum::<usize>() * 14);
    for ring in rings {
        for (k, p) in ring.iter().enumerate() {
            let [x, y] = fit.to_screen(*p);
            let _ = write!(d, "{}{x:.1},{y:.1}", if k == 0 { "M" } else { "L" });
        }
        d.push('Z');
    }
    d
}

/// The number a region's label shows: its shortfall, or a dash when the file
/// does not plan it.
fn figure(r: &MapRegion<'_>) -> String {
    r.shortfall.map_or_else(|| "–".to_owned(), num)
}

/// Draws the map and its legend into `area`; `font` is the label size.
pub fn draw_map(out: &mut String, data: &MapData<'_>, area: Area, font: f32) {
    let legend_w = legend_width(data, font);
    let fit = Fit::new(
        data.geometry,
        area.x,
        area.y,
        area.w - legend_w - font,
        area.h,
    );
    let border = hex(BORDER_COLOR);
    for r in &data.regions {
        let _ = writeln!(
            out,
            r#"<path id="map-{}" d="{}" fill="{}" fill-rule="evenodd" stroke="{border}" stroke-width="{:.1}" stroke-linejoin="round"><title>{}</title></path>"#,
            r.shape.id,
            path_d(&fit, &r.shape.rings),
            hex(r.fill(&data.classes)),
            (font * 0.08).max(1.0),
            esc(&r.label),
        );
    }
    let placed = place_labels(data, &fit, area, legend_w, font);
    for (r, p) in data.regions.iter().zip(&placed) {
        if r.shape.city {
            marker(out, &fit, r, data, font);
        }
        if let Some(p) = p {
            leader(out, p, font, !r.shape.city);
        }
    }
    for (r, p) in data.regions.iter().zip(&placed) {
        if let Some(p) = p {
            block(out, r, p, data, font);
        }
    }
    legend(out, data, area.x + area.w - legend_w, area.y, font);
}

/// A city's marker is this many label sizes across, halved.
const CITY_RADIUS: f32 = 0.75;

/// Where every label goes (`crate::map::labels`), measured with the
/// fonts the SVG is drawn in. Oblast blocks: the bold name over the figure,
/// 2.1 label sizes tall, a little wider than the longer line for the halo;
/// a city's plate as before.
fn place_labels(
    data: &MapData<'_>,
    fit: &Fit,
    area: Area,
    legend_w: f32,
    font: f32,
) -> Vec<Option<Placed>> {
    let entries = data.legend().1.len() as f32;
    let legend = Rect {
        x: area.x + area.w - legend_w,
        y: area.y,
        w: legend_w,
        h: font * (1.8 + 1.8 * entries),
    };
    let bounds = Rect {
        x: area.x,
        y: area.y,
        w: area.w,
        h: area.h,
    };
    let size = |i: usize| {
        let r = data.regions.get(i)?;
        let name = text_w(&r.label, font, true);
        let value = text_w(&figure(r), font * 0.95, false);
        Some(if r.shape.city {
            let plate = [name.max(value) + font * 0.6, font * 2.45];
            LabelSize {
                full: plate,
                figure: plate,
            }
        } else {
            LabelSize {
                full: [name.max(value) + font * 0.3, font * 2.1],
                figure: [value + font * 0.3, font * 0.95],
            }
        })
    };
    place(
        data,
        fit,
        font,
        (bounds, &[legend]),
        font * CITY_RADIUS,
        &size,
    )
}

/// The line from a moved label back to its region (from a dot on its label
/// point) or to its city's marker.
fn leader(out: &mut String, p: &Placed, font: f32, dot: bool) {
    let Some(([x1, y1], [x2, y2])) = p.leader else {
        return;
    };
    let dark = hex(DARK_TEXT);
    let _ = writeln!(
        out,
        r#"<line class="map-leader" x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" stroke="{dark}" stroke-width="{:.1}"/>"#,
        (font * 0.08).max(1.0)
    );
    if dot {
        let _ = writeln!(
            out,
            r#"<circle cx="{x1:.1}" cy="{y1:.1}" r="{:.1}" fill="{dark}"/>"#,
            font * 0.15
        );
    }
}

/// A label block where it was placed. A city's, and an oblast's moved off
/// its region, sit on a pale plate in dark text, so they read over any
/// region's colour; an oblast's at home is in its class's text colour.
fn block(out: &mut String, r: &MapRegion<'_>, p: &Placed, data: &MapData<'_>, font: f32) {
    let rect = p.rect;
    let dark = hex(DARK_TEXT);
    let plate = r.shape.city || p.leader.is_some();
    if plate {
        let _ = writeln!(
            out,
            r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="{:.1}" fill="#ffffff" fill-opacity="0.88" stroke="{dark}" stroke-width="1"/>"##,
            rect.x,
            rect.y,
            rect.w,
            rect.h,
            font * 0.25,
        );
    }
    let color = if plate {
        dark
    } else {
        hex(r.text_color(&data.classes))
    };
    let cx = rect.x + rect.w / 2.0;
    let value = figure(r);
    // Baselines: the name's capitals fill the top, the figure's digits end
    // at the bottom (a plate has a little more room around both).
    let (name_y, value_y) = if r.shape.city {
        (rect.y + font * 1.0, rect.y + font * 2.1)
    } else if p.name {
        (rect.y + font * 0.85, rect.y + font * 2.0)
    } else {
        (rect.y, rect.y + font * 0.8)
    };
    if p.name {
        label(out, cx, name_y, font, true, &color, &r.label);
    }
    label(out, cx, value_y, font * 0.95, false, &color, &value);
}

/// A city: a circle in its class colour with a dark ring and a centre dot
/// (the city itself is a few pixels); its label is a plate beside it.
fn marker(out: &mut String, fit: &Fit, r: &MapRegion<'_>, data: &MapData<'_>, font: f32) {
    let [x, y] = fit.to_screen(r.shape.label);
    let radius = font * CITY_RADIUS;
    let _ = writeln!(
        out,
        r#"<circle cx="{x:.1}" cy="{y:.1}" r="{radius:.1}" fill="{}" stroke="{}" stroke-width="{:.1}"/><circle cx="{x:.1}" cy="{y:.1}" r="{:.1}" fill="{}"/>"#,
        hex(r.fill(&data.classes)),
        hex(DARK_TEXT),
        (font * 0.12).max(1.5),
        radius * 0.28,
        hex(DARK_TEXT),
    );
}

/// The legend's width: its longest line (the heading is bold) plus the
/// swatch, so a long heading never runs off the page.
fn legend_width(data: &MapData<'_>, font: f32) -> f32 {
    let (heading, entries) = data.legend();
    let entries = entries
        .iter()
        .map(|(_, t)| text_w(t, font * 0.9, false) + font * 1.8)
        .fold(0.0, f32::max);
    text_w(&heading, font, true).max(entries) + font * 0.5
}

fn legend(out: &mut String, data: &MapData<'_>, x: f32, y: f32, font: f32) {
    let dark = hex(DARK_TEXT);
    let (heading, entries) = data.legend();
    let _ = writeln!(
        out,
        r#"<text x="{x:.1}" y="{:.1}" font-size="{font:.1}" font-weight="bold" fill="{dark}">{}</text>"#,
        y + font,
        esc(&heading)
    );
    let sw = font * 1.3;
    let mut row = y + font * 1.8;
    for (color, text) in entries {
        let _ = writeln!(
            out,
            r##"<rect x="{x:.1}" y="{row:.1}" width="{sw:.1}" height="{sw:.1}" fill="{}" stroke="#999999" stroke-width="1"/><text x="{:.1}" y="{:.1}" font-size="{:.1}" fill="{dark}">{}</text>"##,
            hex(color),
            x + sw + font * 0.5,
            row + sw * 0.78,
            font * 0.9,
            esc(&text)
        );
        row += sw + font * 0.5;
    }
}

/// `map.svg`: title, the map with its legend, and the boundaries' credit.
pub fn map_svg(data: &MapData<'_>, scenario_name: &str) -> String {
    let (w, h) = (1920.0, 1080.0);
    let mut out = String::new();
    let dark = hex(DARK_TEXT);
    let title = tr_args("map-title", &[("year", Arg::from(data.year))]);
    let _ = writeln!(
        out,
        r#"<text x="60" y="80" font-size="44" font-weight="bold" fill="{dark}">{}</text>"#,
        esc(&title)
    );
    let _ = writeln!(
        out,
        r##"<text x="60" y="124" font-size="24" fill="#555555">{}</text>"##,
        esc(scenario_name)
    );
    draw_map(
        &mut out,
        data,
        Area {
            x: 60.0,
            y: 160.0,
            w: w - 120.0,
            h: h - 240.0,
        },
        24.0,
    );
    let _ = writeln!(
        out,
        r##"<text x="60" y="{:.1}" font-size="18" fill="#666666">{}</text>"##,
        h - 30.0,
        esc(&tr("map-credit"))
    );
    document(w, h, &out)
}

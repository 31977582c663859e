//! The map as SVG: regions filled by their shortfall class, short names and
//! numbers, the three cities as marked circles, and the legend. Used for
//! `map.svg` in `report --out` and for the map slide.

use std::fmt::Write as _;

use super::svg::{Area, document, esc, hex};
use crate::i18n::{Arg, num, tr, tr_args};
use crate::map::{BORDER_COLOR, DARK_TEXT, Fit, HALO, LIGHT_TEXT, MapData, MapRegion};

/// Text width estimate for DejaVu Sans: about 0.6 em per character.
fn text_w(s: &str, size: f32) -> f32 {
    s.chars().count() as f32 * size * 0.6
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
    for r in data.regions.iter().filter(|r| !r.shape.city) {
        let [x, y] = fit.to_screen(r.shape.label);
        let color = hex(r.text_color(&data.classes));
        label(out, x, y - font * 0.1, font, true, &color, &r.label);
        label(
            out,
            x,
            y + font * 1.05,
            font * 0.95,
            false,
            &color,
            &figure(r),
        );
    }
    for r in data.regions.iter().filter(|r| r.shape.city) {
        city(out, &fit, r, data, font);
    }
    legend(out, data, area.x + area.w - legend_w, area.y, font);
}

/// A city: a circle in its class colour with a dark ring and a centre dot
/// (the city itself is a few pixels), and its name and number on a pale
/// plate beside it, so they read over any oblast colour.
fn city(out: &mut String, fit: &Fit, r: &MapRegion<'_>, data: &MapData<'_>, font: f32) {
    let [x, y] = fit.to_screen(r.shape.label);
    let radius = font * 0.75;
    let _ = writeln!(
        out,
        r#"<circle cx="{x:.1}" cy="{y:.1}" r="{radius:.1}" fill="{}" stroke="{}" stroke-width="{:.1}"/><circle cx="{x:.1}" cy="{y:.1}" r="{:.1}" fill="{}"/>"#,
        hex(r.fill(&data.classes)),
        hex(DARK_TEXT),
        (font * 0.12).max(1.5),
        radius * 0.28,
        hex(DARK_TEXT),
    );
    let name = &r.label;
    let value = figure(r);
    let w = text_w(name, font).max(text_w(&value, font)) + font * 0.6;
    let h = font * 2.45;
    // Almaty sits at the south-east corner: its plate goes to the left there.
    let left = r.shape.id == "almaty-city";
    let px = if left {
        x - radius - font * 0.3 - w
    } else {
        x + radius + font * 0.3
    };
    let py = y - h / 2.0;
    let _ = writeln!(
        out,
        r##"<rect x="{px:.1}" y="{py:.1}" width="{w:.1}" height="{h:.1}" rx="{:.1}" fill="#ffffff" fill-opacity="0.88" stroke="{}" stroke-width="1"/>"##,
        font * 0.25,
        hex(DARK_TEXT),
    );
    let cx = px + w / 2.0;
    let dark = hex(DARK_TEXT);
    label(out, cx, py + font * 1.0, font, true, &dark, name);
    label(out, cx, py + font * 2.1, font * 0.95, false, &dark, &value);
}

/// The legend's width: its longest line (the heading is bold) plus the
/// swatch, so a long heading never runs off the page.
fn legend_width(data: &MapData<'_>, font: f32) -> f32 {
    let (heading, entries) = data.legend();
    let entries = entries
        .iter()
        .map(|(_, t)| text_w(t, font * 0.9) + font * 1.8)
        .fold(0.0, f32::max);
    (text_w(&heading, font) * 1.08).max(entries) + font * 0.5
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

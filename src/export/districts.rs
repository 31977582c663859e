//! The districts of one region at the horizon as labelled bars, largest
//! first: the right third of a region slide, and for a file that plans one
//! region by district the page that stands in for the map (the slide after
//! the overview, its page of `slides.pdf`, and `map.svg` in `report --out`).
//! A map of the whole country with one city coloured tells a city's planners
//! nothing; which of their districts drives the shortfall does.

use std::fmt::Write as _;

use super::svg::{Area, SLIDE_H, SLIDE_W, document, hex, text};
use crate::chart::SHORTFALL_COLOR;
use crate::deck::{district_name, district_ranking, region_title};
use crate::i18n::{Arg, lang, num, tr, tr_args};
use crate::model::{Projection, Scenario};

/// Text width estimate for DejaVu Sans: about 0.6 em a character (0.65 bold).
fn text_w(s: &str, size: f32, bold: bool) -> f32 {
    s.chars().count() as f32 * size * if bold { 0.65 } else { 0.6 }
}

/// Draws the bars of `district_ranking` into `area`: name (right-aligned),
/// bar, grouped number. Rows share the height, the text is at most `font`.
pub(super) fn draw_district_bars(
    out: &mut String,
    s: &Scenario,
    p: &Projection,
    region: usize,
    area: Area,
    font: f32,
) {
    let ranked = district_ranking(p, region);
    let row_h = (area.h / ranked.len().max(1) as f32).min(font * 2.33);
    let font = (row_h * 0.5).clamp(12.0, font);
    let rows: Vec<(String, String, i64)> = ranked
        .iter()
        .map(|&(d, v)| (district_name(s, region, d), num(v), v))
        .collect();
    // The name column is as wide as the longest name, the bars take what
    // the numbers leave, so the page never cuts a label.
    let name_w = rows
        .iter()
        .map(|(name, _, _)| text_w(name, font, false))
        .fold(0.0, f32::max)
        .min(area.w * 0.45);
    let num_w = rows
        .iter()
        .map(|(_, value, _)| text_w(value, font, true))
        .fold(0.0, f32::max);
    let bar_w = (area.w - name_w - 20.0 - num_w).max(area.w * 0.2);
    let max = ranked.first().map_or(1, |r| r.1.max(1));
    let color = hex(SHORTFALL_COLOR);
    for (k, (name, value, shortfall)) in rows.iter().enumerate() {
        let y = area.y + row_h * k as f32;
        text(
            out,
            area.x + name_w,
            y + row_h * 0.68,
            (font, false, "#222222", "end"),
            name,
        );
        let w = bar_w * (*shortfall).max(0) as f32 / max as f32;
        let _ = writeln!(
            out,
            r#"<rect class="district" x="{:.1}" y="{:.1}" width="{w:.1}" height="{:.1}" fill="{color}"/>"#,
            area.x + name_w + 12.0,
            y + row_h * 0.15,
            row_h * 0.7
        );
        text(
            out,
            area.x + name_w + 20.0 + w,
            y + row_h * 0.68,
            (font, true, "#222222", "start"),
            value,
        );
    }
}

fn illustrative(s: &Scenario, region: usize) -> bool {
    s.regions
        .get(region)
        .is_some_and(|r| r.illustrative || r.districts.iter().flatten().any(|d| d.illustrative))
}

/// The page standing in for the map, drawn into a 1920×1080 canvas: the
/// title with the horizon year, the region's name, the bars and, where the
/// figures are illustrative, a note saying so. Leaves the bottom 90 px free.
pub(super) fn districts_page(out: &mut String, s: &Scenario, p: &Projection, region: usize) {
    text(
        out,
        60.0,
        100.0,
        (52.0, true, "#111111", "start"),
        &tr_args("slide-districts", &[("year", Arg::from(s.horizon))]),
    );
    text(
        out,
        60.0,
        160.0,
        (34.0, false, "#444444", "start"),
        &region_title(s, region),
    );
    if illustrative(s, region) {
        text(
            out,
            SLIDE_W - 60.0,
            160.0,
            (28.0, true, "#b06a00", "end"),
            &tr("slide-illustrative"),
        );
    }
    draw_district_bars(
        out,
        s,
        p,
        region,
        Area {
            x: 60.0,
            y: 210.0,
            w: SLIDE_W - 120.0,
            h: SLIDE_H - 210.0 - 110.0,
        },
        36.0,
    );
}

/// `map.svg` for a file whose district chart stands in for the map: the
/// district page with the scenario's name at the foot.
pub fn districts_svg(s: &Scenario, p: &Projection, region: usize) -> String {
    let mut out = String::new();
    districts_page(&mut out, s, p, region);
    text(
        &mut out,
        60.0,
        SLIDE_H - 36.0,
        (22.0, false, "#666666", "start"),
        s.name.get(lang().code()),
    );
    document(SLIDE_W, SLIDE_H, &out)
}

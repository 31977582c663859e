//! The collegium slides: a title, a national overview, then one slide per
//! region. The window's presentation mode shows the same sequence; export
//! writes each as a 1920×1080 image.

use std::fmt::Write as _;

use super::svg::{Area, document, draw_chart, esc, hex};
use crate::chart::{ChartData, SHORTFALL_COLOR};
use crate::i18n::{Arg, lang, num, tr, tr_args};
use crate::model::{Headline, Projection, Scenario};

pub const SLIDE_W: f32 = 1920.0;
pub const SLIDE_H: f32 = 1080.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    Title,
    Overview,
    /// Index into `Scenario::regions`.
    Region(usize),
}

pub fn slides(s: &Scenario) -> Vec<Slide> {
    let mut v = vec![Slide::Title, Slide::Overview];
    v.extend((0..s.regions.len()).map(Slide::Region));
    v
}

/// A region's name in the current language (fallback kk → ru → en).
pub fn region_title(s: &Scenario, i: usize) -> String {
    s.regions.get(i).map_or_else(String::new, |r| {
        let name = r.name.get(lang().code());
        if name.is_empty() {
            r.id.clone()
        } else {
            name.to_owned()
        }
    })
}

/// Regions ranked by shortfall at the horizon, largest first: (index, shortfall).
pub fn ranking(p: &Projection) -> Vec<(usize, i64)> {
    let mut v: Vec<(usize, i64)> = p
        .regions
        .iter()
        .map(|r| (r.region, r.last().map_or(0, |row| row.shortfall)))
        .collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v
}

/// The three headline figures of a region slide (or the country for `None`):
/// shortfall in the base year, at the horizon, and the closing year.
pub fn headline_figures(
    s: &Scenario,
    p: &Projection,
    region: Option<usize>,
) -> [(String, String); 3] {
    let (rows, closing) = match region.and_then(|i| p.regions.get(i)) {
        Some(r) => (&r.rows, r.closing_year),
        None => (&p.total, p.total_closing_year),
    };
    headline_texts(
        &Headline::of(rows, closing, s.base_year, s.horizon),
        "headline-base",
    )
}

/// Captions and values of the headline figures, as shown on slides and in
/// the window; `first_key` captions the first figure (with its year).
pub fn headline_texts(h: &Headline, first_key: &str) -> [(String, String); 3] {
    [
        (
            tr_args(first_key, &[("year", Arg::from(h.first_year))]),
            num(h.first),
        ),
        (
            tr_args("headline-horizon", &[("year", Arg::from(h.horizon))]),
            num(h.at_horizon),
        ),
        match h.closing_year {
            Some(y) => (tr("headline-closed-from"), y.to_string()),
            None => (
                tr("headline-closed"),
                tr_args("not-closed-by", &[("year", Arg::from(h.horizon))]),
            ),
        },
    ]
}

/// Text style: size, bold, colour, anchor (`start`, `middle`, `end`).
type Style<'a> = (f32, bool, &'a str, &'a str);

fn text(out: &mut String, x: f32, y: f32, (size, bold, color, anchor): Style<'_>, s: &str) {
    let weight = if bold { r#" font-weight="bold""# } else { "" };
    let _ = writeln!(
        out,
        r#"<text x="{x:.1}" y="{y:.1}" font-size="{size:.1}"{weight} fill="{color}" text-anchor="{anchor}">{}</text>"#,
        esc(s)
    );
}

fn footer(out: &mut String, s: &Scenario, n: usize, total: usize) {
    text(
        out,
        60.0,
        SLIDE_H - 36.0,
        (22.0, false, "#666666", "start"),
        &s.name,
    );
    let of = tr_args(
        "slide-of",
        &[
            ("n", (n + 1).to_string().into()),
            ("total", total.to_string().into()),
        ],
    );
    text(
        out,
        SLIDE_W - 60.0,
        SLIDE_H - 36.0,
        (22.0, false, "#666666", "end"),
        &of,
    );
}

/// Slide `n` of `all` as a 1920×1080 SVG. `date` is printed on the title slide.
pub fn slide_svg(s: &Scenario, p: &Projection, all: &[Slide], n: usize, date: &str) -> String {
    let mut out = String::new();
    match all.get(n).copied().unwrap_or(Slide::Title) {
        Slide::Title => {
            text(
                &mut out,
                SLIDE_W / 2.0,
                470.0,
                (72.0, true, "#111111", "middle"),
                &s.name,
            );
            if let Some(d) = &s.description {
                text(
                    &mut out,
                    SLIDE_W / 2.0,
                    560.0,
                    (34.0, false, "#444444", "middle"),
                    d,
                );
            }
            text(
                &mut out,
                SLIDE_W / 2.0,
                660.0,
                (36.0, false, "#444444", "middle"),
                date,
            );
        }
        Slide::Overview => overview(&mut out, s, p),
        Slide::Region(i) => region_slide(&mut out, s, p, i),
    }
    footer(&mut out, s, n, all.len());
    document(SLIDE_W, SLIDE_H, &out)
}

fn overview(out: &mut String, s: &Scenario, p: &Projection) {
    text(
        out,
        60.0,
        100.0,
        (52.0, true, "#111111", "start"),
        &tr("slide-overview"),
    );
    let ranked = ranking(p);
    let max = ranked.first().map_or(1, |r| r.1.max(1));
    let row_h = ((SLIDE_H - 170.0 - 140.0) / ranked.len().max(1) as f32).min(48.0);
    let font = (row_h * 0.6).clamp(14.0, 26.0);
    let (name_w, bar_w) = (420.0, 380.0);
    let color = hex(SHORTFALL_COLOR);
    for (k, (i, shortfall)) in ranked.iter().enumerate() {
        let y = 170.0 + row_h * k as f32;
        let illustrative = s.regions.get(*i).is_some_and(|r| r.illustrative);
        let name = if illustrative {
            format!("{} *", region_title(s, *i))
        } else {
            region_title(s, *i)
        };
        text(
            out,
            60.0 + name_w,
            y + row_h * 0.68,
            (font, false, "#222222", "end"),
            &name,
        );
        let w = bar_w * (*shortfall).max(0) as f32 / max as f32;
        let _ = writeln!(
            out,
            r#"<rect x="{:.1}" y="{:.1}" width="{w:.1}" height="{:.1}" fill="{color}"/>"#,
            80.0 + name_w,
            y + row_h * 0.15,
            row_h * 0.7
        );
        text(
            out,
            90.0 + name_w + w,
            y + row_h * 0.68,
            (font, true, "#222222", "start"),
            &num(*shortfall),
        );
    }
    if s.regions.iter().any(|r| r.illustrative) {
        text(
            out,
            60.0,
            SLIDE_H - 80.0,
            (22.0, true, "#b06a00", "start"),
            &format!("* {}", tr("slide-illustrative")),
        );
    }
    let data = ChartData::for_selection(p, None, tr("slide-national-line"));
    text(
        out,
        1000.0,
        190.0,
        (28.0, true, "#111111", "start"),
        &data.title,
    );
    draw_chart(
        out,
        &data,
        Area {
            x: 980.0,
            y: 215.0,
            w: 880.0,
            h: 720.0,
        },
        19.0,
    );
}

fn region_slide(out: &mut String, s: &Scenario, p: &Projection, i: usize) {
    text(
        out,
        60.0,
        100.0,
        (60.0, true, "#111111", "start"),
        &region_title(s, i),
    );
    if s.regions.get(i).is_some_and(|r| r.illustrative) {
        text(
            out,
            SLIDE_W - 60.0,
            100.0,
            (30.0, true, "#b06a00", "end"),
            &tr("slide-illustrative"),
        );
    }
    for (k, (caption, value)) in headline_figures(s, p, Some(i)).iter().enumerate() {
        let x = 60.0 + 610.0 * k as f32;
        text(out, x, 180.0, (30.0, false, "#555555", "start"), caption);
        // "not closed by 2029" is long in Kazakh: shrink it to its column.
        let size = (570.0 / (value.chars().count() as f32 * 0.7)).clamp(28.0, 84.0);
        text(out, x, 270.0, (size, true, "#b84a00", "start"), value);
    }
    let data = ChartData::for_selection(p, Some(i), region_title(s, i));
    let breakdown = p.regions.get(i).is_some_and(|r| !r.districts.is_empty());
    // A region planned by district gives the right third to its districts.
    let chart_w = if breakdown {
        SLIDE_W - 120.0 - 620.0
    } else {
        SLIDE_W - 120.0
    };
    draw_chart(
        out,
        &data,
        Area {
            x: 60.0,
            y: 320.0,
            w: chart_w,
            h: 660.0,
        },
        26.0,
    );
    if breakdown {
        district_breakdown(out, s, p, i, SLIDE_W - 640.0);
    }
}

/// The districts' shortfall at the horizon, largest first, as bars: which
/// district drives the region's shortfall.
fn district_breakdown(out: &mut String, s: &Scenario, p: &Projection, i: usize, x: f32) {
    let Some(region) = p.regions.get(i) else {
        return;
    };
    let mut ranked: Vec<(usize, i64)> = region
        .districts
        .iter()
        .map(|d| (d.district, d.rows.last().map_or(0, |r| r.shortfall)))
        .collect();
    ranked.sort_by_key(|&(d, v)| (std::cmp::Reverse(v), d));
    text(
        out,
        x,
        350.0,
        (28.0, true, "#111111", "start"),
        &tr_args("slide-districts", &[("year", Arg::from(s.horizon))]),
    );
    let max = ranked.first().map_or(1, |r| r.1.max(1));
    let row_h = (600.0 / ranked.len().max(1) as f32).min(56.0);
    let font = (row_h * 0.5).clamp(12.0, 24.0);
    let (name_w, bar_w) = (260.0, 220.0);
    let color = hex(SHORTFALL_COLOR);
    let names = s.regions.get(i).and_then(|r| r.districts.as_ref());
    for (k, (d, shortfall)) in ranked.iter().enumerate() {
        let y = 380.0 + row_h * k as f32;
        let name = names.and_then(|n| n.get(*d)).map_or_else(String::new, |d| {
            let n = d.name.get(lang().code());
            if n.is_empty() {
                d.id.clone()
            } else {
                n.to_owned()
            }
        });
        text(
            out,
            x + name_w,
            y + row_h * 0.68,
            (font, false, "#222222", "end"),
            &name,
        );
        let w = bar_w * (*shortfall).max(0) as f32 / max as f32;
        let _ = writeln!(
            out,
            r#"<rect class="district" x="{:.1}" y="{:.1}" width="{w:.1}" height="{:.1}" fill="{color}"/>"#,
            x + name_w + 12.0,
            y + row_h * 0.15,
            row_h * 0.7
        );
        text(
            out,
            x + name_w + 20.0 + w,
            y + row_h * 0.68,
            (font, true, "#222222", "start"),
            &num(*shortfall),
        );
    }
}

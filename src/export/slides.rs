//! The collegium slides: a title, a national overview, the map (for a file
//! that plans one region by district, its district chart instead), then one
//! slide per region. The window's presentation mode shows the same sequence;
//! export writes each as a 1920×1080 image or as a page of `slides.pdf`.

use crate::calendar::Day;
use std::fmt::Write as _;

use super::districts::{districts_page, draw_district_bars};
use super::map::draw_map;
use super::probability::probability_slide;
use super::svg::{Area, SLIDE_H, SLIDE_W, document, draw_chart, hex, text};
use crate::chart::{ChartData, SHORTFALL_COLOR, target_figures};
use crate::deck::{Slide, district_ranking, headline_figures, ranking, region_title};
use crate::i18n::{Arg, lang, num, tr, tr_args};
use crate::map::{MapData, kazakhstan};
use crate::model::{Projection, Risk, Scenario, stock, stock_without_plan};

fn footer(out: &mut String, s: &Scenario, n: usize, total: usize) {
    text(
        out,
        60.0,
        SLIDE_H - 36.0,
        (22.0, false, "#666666", "start"),
        s.name.get(lang().code()),
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

/// Slide `n` of `all` as a 1920×1080 SVG, with the risk band's fan and
/// probabilities when `risk` is given. `date` is printed on the title slide,
/// and its school year is the "now" of the region slides' headline.
pub fn slide_svg(
    s: &Scenario,
    p: &Projection,
    risk: Option<&Risk>,
    all: &[Slide],
    n: usize,
    date: Day,
) -> String {
    let mut out = String::new();
    match all.get(n).copied().unwrap_or(Slide::Title) {
        Slide::Title => title_slide(&mut out, s, date),
        Slide::Overview => overview(&mut out, s, p),
        Slide::Map => map_slide(&mut out, s, p),
        Slide::Districts(i) => districts_page(&mut out, s, p, i),
        Slide::Probability => {
            if let Some(risk) = risk {
                probability_slide(&mut out, s, risk);
            }
        }
        Slide::Region(i) => region_slide(&mut out, s, p, risk, i, date.school_year()),
        Slide::Targets(i) => targets_slide(&mut out, s, i),
    }
    footer(&mut out, s, n, all.len());
    document(SLIDE_W, SLIDE_H, &out)
}

/// Greedy word wrap into lines at most `width` px wide at font `size`
/// (DejaVu Sans: about 0.6 em a character, 0.65 bold). A scenario's name and
/// description are free text, longest in Kazakh: one line would run off.
fn wrap(s: &str, width: f32, size: f32, bold: bool) -> Vec<String> {
    let per_char = size * if bold { 0.65 } else { 0.6 };
    let max = ((width / per_char) as usize).max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The scenario's name and description, wrapped, and the date, as one block
/// centred on the slide.
fn title_slide(out: &mut String, s: &Scenario, date: Day) {
    let width = SLIDE_W - 240.0;
    let name = wrap(s.name.get(lang().code()), width, 72.0, true);
    let description = s
        .description
        .as_ref()
        .map_or_else(Vec::new, |d| wrap(d.get(lang().code()), width, 34.0, false));
    let (name_h, desc_h) = (88.0, 46.0);
    let height = name_h * name.len() as f32 + desc_h * description.len() as f32 + 100.0;
    let mut y = ((SLIDE_H - height) / 2.0).max(80.0) + 72.0;
    for line in &name {
        text(
            out,
            SLIDE_W / 2.0,
            y,
            (72.0, true, "#111111", "middle"),
            line,
        );
        y += name_h;
    }
    for line in &description {
        text(
            out,
            SLIDE_W / 2.0,
            y,
            (34.0, false, "#444444", "middle"),
            line,
        );
        y += desc_h;
    }
    text(
        out,
        SLIDE_W / 2.0,
        y + 54.0,
        (36.0, false, "#444444", "middle"),
        &date.dmy(),
    );
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
    let data = ChartData::for_selection(p, None, crate::deck::total_line_title(s));
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

fn map_slide(out: &mut String, s: &Scenario, p: &Projection) {
    text(
        out,
        60.0,
        100.0,
        (52.0, true, "#111111", "start"),
        &tr_args("map-title", &[("year", Arg::from(s.horizon))]),
    );
    if let Ok(g) = kazakhstan() {
        let data = MapData::new(g, s, p);
        draw_map(
            out,
            &data,
            Area {
                x: 60.0,
                y: 150.0,
                w: SLIDE_W - 120.0,
                h: SLIDE_H - 150.0 - 90.0,
            },
            24.0,
        );
    }
}

fn region_slide(
    out: &mut String,
    s: &Scenario,
    p: &Projection,
    risk: Option<&Risk>,
    i: usize,
    school_year_now: i32,
) {
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
    for (k, (caption, value)) in headline_figures(s, p, Some(i), school_year_now)
        .iter()
        .enumerate()
    {
        let x = 60.0 + 610.0 * k as f32;
        text(out, x, 180.0, (30.0, false, "#555555", "start"), caption);
        // "not closed by 2029" is long in Kazakh: shrink it to its column.
        let size = (570.0 / (value.chars().count() as f32 * 0.7)).clamp(28.0, 84.0);
        text(out, x, 270.0, (size, true, "#b84a00", "start"), value);
    }
    let mut data = ChartData::for_selection(p, Some(i), region_title(s, i))
        .with_housing(crate::chart::housing_band_of(s, p, i, None));
    if let Some(r) = risk.and_then(|r| r.regions.iter().find(|r| r.region == i)) {
        data = data.with_fan(&r.rows);
    }
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
    let heading = tr_args("slide-districts", &[("year", Arg::from(s.horizon))]);
    // The Kazakh heading is longer than the column at 28 px: shrink to fit
    // (bold DejaVu Sans is about 0.65 em a character).
    let fit = (SLIDE_W - 60.0 - x) / (heading.chars().count().max(1) as f32 * 0.65);
    text(
        out,
        x,
        350.0,
        (fit.min(28.0), true, "#111111", "start"),
        &heading,
    );
    let rows = district_ranking(p, i).len().max(1) as f32;
    let area = Area {
        x,
        y: 380.0,
        w: SLIDE_W - 60.0 - x,
        h: (56.0 * rows).min(600.0),
    };
    draw_district_bars(out, s, p, i, area, 24.0);
}

/// Font size at which `s` fits `width` px, at most `max` (DejaVu Sans: about
/// 0.6 em a character, 0.65 bold).
fn fit(s: &str, width: f32, max: f32, bold: bool) -> f32 {
    let per = if bold { 0.65 } else { 0.6 };
    (width / (s.chars().count().max(1) as f32 * per)).min(max)
}

/// A region's three targets (three-shift schools, pupils beyond the norm,
/// emergency schools in use) with the plan and without it, and their chart
/// by year.
fn targets_slide(out: &mut String, s: &Scenario, i: usize) {
    let title = region_title(s, i);
    text(
        out,
        60.0,
        100.0,
        (
            fit(&title, SLIDE_W - 120.0, 60.0, true),
            true,
            "#111111",
            "start",
        ),
        &title,
    );
    text(
        out,
        60.0,
        150.0,
        (32.0, false, "#444444", "start"),
        &tr("targets-title"),
    );
    let with = stock(s).rows_for(Some(i), None);
    let without = stock_without_plan(s).rows_for(Some(i), None);
    let col = 570.0;
    for (k, f) in target_figures(s, &with, &without).iter().enumerate() {
        let x = 60.0 + 610.0 * k as f32;
        text(
            out,
            x,
            220.0,
            (fit(&f.caption, col, 30.0, false), false, "#555555", "start"),
            &f.caption,
        );
        let color = if f.reached { "#1a7f37" } else { "#b84a00" };
        text(
            out,
            x,
            295.0,
            (fit(&f.zero, col - 30.0, 60.0, true), true, color, "start"),
            &f.zero,
        );
        text(
            out,
            x,
            345.0,
            (fit(&f.values, col, 30.0, false), false, "#222222", "start"),
            &f.values,
        );
        text(
            out,
            x,
            385.0,
            (fit(&f.without, col, 26.0, false), false, "#666666", "start"),
            &f.without,
        );
    }
    let data = ChartData::targets(tr("targets-title"), &with, &without);
    draw_chart(
        out,
        &data,
        Area {
            x: 60.0,
            y: 420.0,
            w: SLIDE_W - 120.0,
            h: 560.0,
        },
        26.0,
    );
}

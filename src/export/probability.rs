//! The risk band's national slide: the probability that each region's
//! shortfall is closed by the horizon, as bars (for a file planning one
//! region by district, that region's districts). Shown only while the band
//! is on, in the window's presentation, the PNG slides and `slides.pdf`.

use std::fmt::Write as _;

use super::districts::{district_name, stands_in_for_map};
use super::slides::{SLIDE_H, SLIDE_W, region_title, text};
use super::svg::hex;
use crate::chart::{ADDED_COLOR, total_title};
use crate::i18n::{Arg, percent, tr_args};
use crate::model::{Band, LIKELY, Risk, Scenario, year_closed_with};

/// One bar of the slide: the area's name and its bands.
#[derive(Debug, Clone, PartialEq)]
pub struct ProbabilityRow {
    pub name: String,
    /// The share of draws with no shortfall at the horizon.
    pub p_closed: f64,
    /// The first year closed in at least 80 % of draws from then on.
    pub likely_year: Option<i32>,
}

/// The slide's rows: each region (or each district of the one region the
/// file plans by district), least likely to close first, ties in file order.
pub fn probability_rows(s: &Scenario, risk: &Risk) -> Vec<ProbabilityRow> {
    let row = |name: String, bands: &[Band]| ProbabilityRow {
        name,
        p_closed: bands.last().map_or(0.0, Band::p_closed),
        likely_year: year_closed_with(bands, LIKELY),
    };
    let mut rows: Vec<ProbabilityRow> = match stands_in_for_map(s) {
        Some(r) => risk
            .regions
            .iter()
            .find(|x| x.region == r)
            .map(|x| {
                x.districts
                    .iter()
                    .map(|d| row(district_name(s, r, d.district), &d.rows))
                    .collect()
            })
            .unwrap_or_default(),
        None => risk
            .regions
            .iter()
            .map(|x| row(region_title(s, x.region), &x.rows))
            .collect(),
    };
    // A stable sort keeps file order among equal probabilities.
    rows.sort_by(|a, b| a.p_closed.total_cmp(&b.p_closed));
    rows
}

/// The slide's subtitle: the whole file's probability and what was drawn.
pub fn probability_subtitle(s: &Scenario, risk: &Risk) -> String {
    let key = if risk.forecast_error {
        "slide-probability-drawn-error"
    } else {
        "slide-probability-drawn"
    };
    let p = risk.total.last().map_or(0.0, Band::p_closed);
    tr_args(
        key,
        &[
            ("name", total_title(s).into()),
            ("p", percent(p).into()),
            ("draws", crate::i18n::num(i64::from(risk.draws)).into()),
        ],
    )
}

pub(super) fn probability_slide(out: &mut String, s: &Scenario, risk: &Risk) {
    text(
        out,
        60.0,
        100.0,
        (52.0, true, "#111111", "start"),
        &tr_args(
            "slide-probability-title",
            &[("year", Arg::from(risk.horizon))],
        ),
    );
    text(
        out,
        60.0,
        150.0,
        (26.0, false, "#555555", "start"),
        &probability_subtitle(s, risk),
    );
    let rows = probability_rows(s, risk);
    let (top, bottom) = (200.0, SLIDE_H - 100.0);
    let row_h = ((bottom - top) / rows.len().max(1) as f32).min(60.0);
    let font = (row_h * 0.55).clamp(14.0, 28.0);
    let name_w = 560.0;
    let track_x = 60.0 + name_w + 20.0;
    let track_w = SLIDE_W - 60.0 - 160.0 - track_x;
    let bar = hex(ADDED_COLOR);
    for (k, row) in rows.iter().enumerate() {
        let y = top + row_h * k as f32;
        text(
            out,
            60.0 + name_w,
            y + row_h * 0.68,
            (font, false, "#222222", "end"),
            &row.name,
        );
        let _ = writeln!(
            out,
            r##"<rect x="{track_x:.1}" y="{:.1}" width="{track_w:.1}" height="{:.1}" fill="#eeeeee"/>"##,
            y + row_h * 0.15,
            row_h * 0.7
        );
        let w = track_w * row.p_closed as f32;
        let _ = writeln!(
            out,
            r#"<rect class="p-closed" data-p="{:.4}" x="{track_x:.1}" y="{:.1}" width="{w:.1}" height="{:.1}" fill="{bar}"/>"#,
            row.p_closed,
            y + row_h * 0.15,
            row_h * 0.7
        );
        text(
            out,
            track_x + track_w + 16.0,
            y + row_h * 0.68,
            (font, true, "#222222", "start"),
            &percent(row.p_closed),
        );
    }
    // The 80 % mark over the bars: a planner promises what closes in four
    // draws of five.
    let mark_x = track_x + track_w * LIKELY as f32;
    let _ = writeln!(
        out,
        r##"<line class="likely-mark" x1="{mark_x:.1}" y1="{:.1}" x2="{mark_x:.1}" y2="{:.1}" stroke="#555555" stroke-width="2" stroke-dasharray="8 6"/>"##,
        top - 6.0,
        top + row_h * rows.len() as f32
    );
    text(
        out,
        mark_x,
        top - 12.0,
        (font * 0.8, false, "#555555", "middle"),
        &percent(LIKELY),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RegionRisk;

    fn band(year: i32, closed: u32) -> Band {
        Band {
            year,
            closed,
            draws: 10,
            ..Band::default()
        }
    }

    #[test]
    fn least_likely_first_ties_in_file_order() {
        let text = r#"Scenario(format: 1, name: "t", base_year: 2028, horizon: 2029, regions: [
            Region(id: "a", name: (en: "A"), kind: Oblast, deficit: {2028: 1}),
            Region(id: "b", name: (en: "B"), kind: Oblast, deficit: {2028: 1}),
            Region(id: "c", name: (en: "C"), kind: Oblast, deficit: {2028: 1}),
        ], schools: [])"#;
        let s = match crate::io::load_str(text) {
            Ok(loaded) => loaded.scenario,
            Err(d) => panic!("{d:?}"),
        };
        let region = |i: usize, closed: [u32; 2]| RegionRisk {
            region: i,
            id: s.regions[i].id.clone(),
            rows: vec![band(2028, closed[0]), band(2029, closed[1])],
            districts: Vec::new(),
        };
        let risk = Risk {
            draws: 10,
            horizon: 2029,
            regions: vec![region(0, [9, 9]), region(1, [2, 5]), region(2, [8, 9])],
            ..Risk::default()
        };
        let rows = probability_rows(&s, &risk);
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["B", "A", "C"]);
        assert_eq!(rows[0].p_closed, 0.5);
        // A: 90 % in 2028 and 2029, so 80 % from 2028; B never reaches 80 %.
        assert_eq!(rows[1].likely_year, Some(2028));
        assert_eq!(rows[0].likely_year, None);
    }
}

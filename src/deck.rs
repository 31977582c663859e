//! What the collegium deck says, whoever draws it: the slide sequence, the
//! region, district and country titles, the headline figures' texts, the
//! rankings and the risk band's probabilities. Below both the window
//! (`ui/presentation.rs`, the chart pane, the map pane) and the exports
//! (`export/`: SVG, PNG, PDF, the web page), so each sentence is made once
//! and neither borrows from the other.

use crate::i18n::{Arg, lang, num, percent, tr, tr_args};
use crate::map::kazakhstan;
use crate::model::{Band, Headline, LIKELY, Projection, Risk, Scenario, year_closed_with};

/// The name of the sum of a file's regions: "Whole country" only when the
/// file plans every region on the map or the country as one unit; a city's
/// or an oblast's file reads "All regions", which is what its total is.
pub fn total_title(s: &Scenario) -> String {
    tr(if covers_country(s) {
        "whole-country"
    } else {
        "all-regions"
    })
}

/// The file plans the whole country: every region on the map, or the
/// country as one unit (`model::COUNTRY_ID`).
fn covers_country(s: &Scenario) -> bool {
    s.regions.iter().any(crate::model::Region::is_whole_country)
        || kazakhstan().is_ok_and(|g| {
            g.shapes
                .iter()
                .all(|shape| s.region_index(&shape.id).is_some())
        })
}

/// The title of the total's line chart on the overview: "National shortfall
/// by year" only for the whole country; a city's or an oblast's file names
/// what its total is.
pub fn total_line_title(s: &Scenario) -> String {
    if covers_country(s) {
        return tr("slide-national-line");
    }
    let name = match s.regions.as_slice() {
        [_] => region_title(s, 0),
        _ => total_title(s),
    };
    tr_args("slide-total-line", &[("name", name.into())])
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    Title,
    Overview,
    /// The regions coloured by their shortfall at the horizon.
    Map,
    /// In the map's place for a file planning one region by district: that
    /// region's districts (index into `Scenario::regions`) at the horizon.
    Districts(usize),
    /// The probability of closing by the horizon, by region (by district
    /// for a file planning one region by district): only with the risk band.
    Probability,
    /// Index into `Scenario::regions`.
    Region(usize),
    /// A region's three-shift and emergency schools (index into
    /// `Scenario::regions`): only for a region with existing schools, right
    /// after its own slide.
    Targets(usize),
}

/// The slide sequence, in order, with the risk band when it is on. The
/// window, the PNG export and the PDF all take it from here, so a new kind
/// of slide is added once.
pub fn slides(s: &Scenario, risk: Option<&Risk>) -> Vec<Slide> {
    let mut v = vec![Slide::Title, Slide::Overview];
    if let Some(region) = stands_in_for_map(s) {
        v.push(Slide::Districts(region));
    } else if has_map(s) {
        v.push(Slide::Map);
    }
    if risk.is_some() {
        v.push(Slide::Probability);
    }
    for i in 0..s.regions.len() {
        v.push(Slide::Region(i));
        if has_stock(s, i) {
            v.push(Slide::Targets(i));
        }
    }
    v
}

/// Whether region `i` (or one of its districts) has existing schools.
pub fn has_stock(s: &Scenario, i: usize) -> bool {
    s.regions
        .get(i)
        .is_some_and(|r| s.existing.iter().any(|e| e.region == r.id))
}

/// Whether the file plans any region the built-in map shows.
pub fn has_map(s: &Scenario) -> bool {
    kazakhstan().is_ok_and(|g| s.regions.iter().any(|r| g.shape(&r.id).is_some()))
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
/// shortfall now (in `school_year_now`, kept within the file's years), at
/// the horizon, and the closing year. The window's headline says the same.
pub fn headline_figures(
    s: &Scenario,
    p: &Projection,
    region: Option<usize>,
    school_year_now: i32,
) -> [(String, String); 3] {
    let (rows, closing) = match region.and_then(|i| p.regions.get(i)) {
        Some(r) => (&r.rows, r.closing_year),
        None => (&p.total, p.total_closing_year),
    };
    // A horizon before the base year is a validation error; never panic on it.
    let now = school_year_now.min(s.horizon).max(s.base_year);
    headline_texts(&Headline::of(rows, closing, now, s.horizon), "headline-now")
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

/// The region whose district chart stands in for the map: `Some` when the
/// file plans exactly one region and that region is planned by district.
/// Slides, the PDF, `report --out` and the window's map pane all ask here.
pub fn stands_in_for_map(s: &Scenario) -> Option<usize> {
    match s.regions.as_slice() {
        [only] if only.districts.as_ref().is_some_and(|d| !d.is_empty()) => Some(0),
        _ => None,
    }
}

/// The districts of region `region` with their shortfall at the horizon,
/// largest first (file order between equals): (district index, shortfall).
/// Empty for a region not planned by district.
pub fn district_ranking(p: &Projection, region: usize) -> Vec<(usize, i64)> {
    let Some(r) = p.regions.get(region) else {
        return Vec::new();
    };
    let mut ranked: Vec<(usize, i64)> = r
        .districts
        .iter()
        .map(|d| (d.district, d.rows.last().map_or(0, |row| row.shortfall)))
        .collect();
    ranked.sort_by_key(|&(d, v)| (std::cmp::Reverse(v), d));
    ranked
}

/// A district's name in the current language, its id where it has none.
pub fn district_name(s: &Scenario, region: usize, district: usize) -> String {
    s.regions
        .get(region)
        .and_then(|r| r.districts.as_ref())
        .and_then(|ds| ds.get(district))
        .map_or_else(String::new, |d| {
            let name = d.name.get(lang().code());
            if name.is_empty() {
                d.id.clone()
            } else {
                name.to_owned()
            }
        })
}

/// "District — Region" in the current language (ids where a name is missing).
pub fn district_title(s: &Scenario, region: usize, district: usize) -> String {
    let has = s
        .regions
        .get(region)
        .and_then(|r| r.districts.as_ref())
        .is_some_and(|ds| district < ds.len());
    if !has {
        return region_title(s, region);
    }
    crate::i18n::tr_args(
        "district-title",
        &[
            ("district", district_name(s, region, district).into()),
            ("region", region_title(s, region).into()),
        ],
    )
}

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

//! What a chart shows, built from a projection: the series, their colours and
//! labels. Drawn by `ui/` with egui_plot (and later by the exporters), so the
//! window and the exported images say the same thing.

use crate::i18n::tr;
use crate::model::{Projection, Scenario, StockSummary, YearRow};

/// The name of the sum of a file's regions: "Whole country" only when the
/// file plans every region on the map; a city's or an oblast's file reads
/// "All regions", which is what its total is.
pub fn total_title(s: &Scenario) -> String {
    let whole = crate::map::kazakhstan().is_ok_and(|g| {
        g.shapes
            .iter()
            .all(|shape| s.region_index(&shape.id).is_some())
    });
    tr(if whole {
        "whole-country"
    } else {
        "all-regions"
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// Colour-blind-safe (Okabe–Ito) and distinct in greyscale on a projector.
pub const DEFICIT_COLOR: Rgb = Rgb(0x00, 0x00, 0x00);
pub const ADDED_COLOR: Rgb = Rgb(0x00, 0x72, 0xB2);
pub const SHORTFALL_COLOR: Rgb = Rgb(0xD5, 0x5E, 0x00);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeriesKind {
    /// Estimated deficit without the plan's schools (line).
    Deficit,
    /// Seats the plan adds, cumulative (line).
    Added,
    /// Shortfall left (bars).
    Shortfall,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub kind: SeriesKind,
    /// In the current language (see `i18n::set_lang`).
    pub label: String,
    pub color: Rgb,
    /// (year, value), one per year from base to horizon.
    pub points: Vec<(i32, i64)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartData {
    pub title: String,
    pub years: Vec<i32>,
    pub series: Vec<Series>,
}

impl ChartData {
    pub fn from_rows(title: impl Into<String>, rows: &[YearRow]) -> Self {
        let pick = |f: fn(&YearRow) -> i64| rows.iter().map(|r| (r.year, f(r))).collect();
        ChartData {
            title: title.into(),
            years: rows.iter().map(|r| r.year).collect(),
            series: vec![
                Series {
                    kind: SeriesKind::Shortfall,
                    label: tr("series-shortfall"),
                    color: SHORTFALL_COLOR,
                    points: pick(|r| r.shortfall),
                },
                Series {
                    kind: SeriesKind::Deficit,
                    label: tr("series-deficit"),
                    color: DEFICIT_COLOR,
                    points: pick(|r| r.deficit),
                },
                Series {
                    kind: SeriesKind::Added,
                    label: tr("series-added"),
                    color: ADDED_COLOR,
                    points: pick(|r| r.cumulative),
                },
            ],
        }
    }

    /// The collegium's school counts by year (docs/scenario-format.md,
    /// "Existing schools"): three-shift schools with the plan as bars and
    /// without it as a line, and emergency schools in use with the plan.
    /// Pupils beyond the norm, on another scale, stay in the tables.
    pub fn targets(
        title: impl Into<String>,
        with: &[StockSummary],
        without: &[StockSummary],
    ) -> Self {
        let pick = |rows: &[StockSummary], f: fn(&StockSummary) -> i64| {
            rows.iter().map(|r| (r.year, f(r))).collect()
        };
        ChartData {
            title: title.into(),
            years: with.iter().map(|r| r.year).collect(),
            series: vec![
                Series {
                    kind: SeriesKind::Shortfall,
                    label: tr("series-three-shift"),
                    color: SHORTFALL_COLOR,
                    points: pick(with, |r| r.three_shift),
                },
                Series {
                    kind: SeriesKind::Deficit,
                    label: tr("series-three-shift-without"),
                    color: DEFICIT_COLOR,
                    points: pick(without, |r| r.three_shift),
                },
                Series {
                    kind: SeriesKind::Added,
                    label: tr("series-emergency"),
                    color: ADDED_COLOR,
                    points: pick(with, |r| r.emergency),
                },
            ],
        }
    }

    /// The whole country, or one region by index in the scenario.
    pub fn for_selection(p: &Projection, region: Option<usize>, title: impl Into<String>) -> Self {
        let rows = match region.and_then(|i| p.regions.get(i)) {
            Some(r) => &r.rows,
            None => &p.total,
        };
        Self::from_rows(title, rows)
    }
}

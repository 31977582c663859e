//! What a chart shows, built from a projection: the series, their colours and
//! labels. Drawn by `ui/` with egui_plot (and later by the exporters), so the
//! window and the exported images say the same thing.

use crate::i18n::{Arg, num, tr, tr_args};
use crate::model::{Band, Projection, Scenario, StockSummary, Target, Targets, YearRow};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// Colour-blind-safe (Okabe–Ito) and distinct in greyscale on a projector.
pub const DEFICIT_COLOR: Rgb = Rgb(0x00, 0x00, 0x00);
pub const ADDED_COLOR: Rgb = Rgb(0x00, 0x72, 0xB2);
pub const SHORTFALL_COLOR: Rgb = Rgb(0xD5, 0x5E, 0x00);
/// The risk band's fan and median (Okabe–Ito reddish purple).
pub const BAND_COLOR: Rgb = Rgb(0xCC, 0x79, 0xA7);
/// The alpha of each band of the fan; the 25–75 % band lies over the
/// 10–90 % one, so it shows darker.
pub const FAN_ALPHA: f32 = 0.3;
/// How opaque the 25–75 % band shows, lying over the 10–90 % one: the
/// legends' swatches.
pub const FAN_INNER_SHOWN: f32 = 1.0 - (1.0 - FAN_ALPHA) * (1.0 - FAN_ALPHA);
/// The housing layer: Okabe–Ito bluish green, apart from the series above
/// and the window's risk band (reddish purple) and compared line (sky blue).
pub const HOUSING_COLOR: Rgb = Rgb(0x00, 0x9E, 0x73);
/// The housing layer's fill: light, so the deficit line over it reads.
pub const HOUSING_ALPHA: f32 = 0.35;

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
    /// The shortfall's fan with simulated delays (and forecast error when
    /// asked), one band a year: drawn under the series; empty without the
    /// risk band.
    pub fan: Vec<Band>,
    /// The housing layer ([`housing_band`]): per year, the deficit without
    /// and with housing; empty where the selection has no housing.
    pub housing: Vec<(i32, i64, i64)>,
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
            fan: Vec::new(),
            housing: Vec::new(),
        }
    }

    /// The same chart with the risk band's fan over it.
    pub fn with_fan(mut self, bands: &[Band]) -> Self {
        self.fan = bands.to_vec();
        self
    }

    /// The same chart with its housing layer.
    pub fn with_housing(mut self, band: Vec<(i32, i64, i64)>) -> Self {
        self.housing = band;
        self
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
            fan: Vec::new(),
            housing: Vec::new(),
        }
    }

    /// The value axis that holds everything drawn (the series, the fan, the
    /// housing layer) and `extra` (the window's compared line), from and to
    /// round steps: the exported charts and the window's plot use the same
    /// one, and a district's chart fits the district, not its city.
    pub fn value_axis(&self, extra: impl IntoIterator<Item = i64>) -> ValueAxis {
        let fan = self.fan.iter().flat_map(|b| [b.p10, b.p90]);
        let housing = self.housing.iter().flat_map(|&(_, a, b)| [a, b]);
        let values = self
            .series
            .iter()
            .flat_map(|s| s.points.iter().map(|&(_, v)| v))
            .chain(fan)
            .chain(housing)
            .chain(extra);
        let (mut lo, mut hi) = (0i64, 0i64);
        for v in values {
            lo = lo.min(v);
            hi = hi.max(v);
        }
        let hi = hi.max(1);
        let step = nice_step(hi.saturating_sub(lo), 5).max(1);
        // In i128: a hostile file's figures near i64's ends must not
        // overflow when rounded outwards.
        let (s, clamp) = (i128::from(step), |v: i128| {
            v.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64
        });
        let lo = clamp(i128::from(lo).div_euclid(s) * s);
        let hi = clamp((-(-i128::from(hi)).div_euclid(s) * s).max(i128::from(lo) + s));
        ValueAxis { lo, hi, step }
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

/// The housing layer of a selection (docs/scenario-format.md, "Housing"):
/// per year, the deficit without housing and with it, the band between them
/// being the seats the new dwellings' pupils call for. Empty where the
/// selection has no housing programme.
pub fn housing_band(with: &[YearRow], without: Option<&[YearRow]>) -> Vec<(i32, i64, i64)> {
    let Some(without) = without else {
        return Vec::new();
    };
    with.iter()
        .zip(without)
        .filter(|(w, wo)| w.year == wo.year)
        .map(|(w, wo)| (w.year, wo.deficit, w.deficit))
        .collect()
}

/// The housing layer of region `region` (or one `district` of it) in `p`,
/// a projection of `s`: its deficits against those of `s` without housing.
/// Deficits do not depend on when schools open, so `p` may be under any
/// what-if view. Empty where the area has no housing.
pub fn housing_band_of(
    s: &Scenario,
    p: &Projection,
    region: usize,
    district: Option<usize>,
) -> Vec<(i32, i64, i64)> {
    let Some(r) = s.regions.get(region) else {
        return Vec::new();
    };
    let has = match district {
        None => crate::model::region_has_housing(r),
        Some(d) => r
            .districts
            .as_ref()
            .and_then(|ds| ds.get(d))
            .and_then(|d| d.demand.as_ref())
            .is_some_and(|d| d.housing.is_some()),
    };
    if !has {
        return Vec::new();
    }
    let without = crate::model::project(&crate::model::without_housing(s));
    let rows = |p: &Projection| -> Option<Vec<YearRow>> {
        let r = p.regions.get(region)?;
        Some(match district {
            None => r.rows.clone(),
            Some(d) => r.districts.get(d)?.rows.clone(),
        })
    };
    match (rows(p), rows(&without)) {
        (Some(with), Some(without)) => housing_band(&with, Some(&without)),
        _ => Vec::new(),
    }
}

/// The seats of the shortfall in `year` that come from new housing: the
/// shortfall with housing less the shortfall without it.
pub fn housing_seats(with: &[YearRow], without: &[YearRow], year: i32) -> Option<i64> {
    let at = |rows: &[YearRow]| rows.iter().find(|r| r.year == year).map(|r| r.shortfall);
    Some(at(with)?.saturating_sub(at(without)?))
}

/// "Of the shortfall in 2029, 1 200 seats come from new housing", at the
/// horizon; `None` where the selection has no housing programme.
pub fn housing_headline(with: &[YearRow], without: Option<&[YearRow]>) -> Option<String> {
    let year = with.last()?.year;
    let seats = housing_seats(with, without?, year)?;
    Some(tr_args(
        "housing-headline",
        &[
            ("year", Arg::from(year)),
            ("count", Arg::Count(seats)),
            ("seats", num(seats).into()),
        ],
    ))
}

/// One of the three targets as a targets slide shows it: its caption, the
/// year it reaches 0 (or "not by 2029"), its value in the base year and at
/// the horizon, and the same without the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetFigure {
    pub caption: String,
    pub zero: String,
    /// Whether the plan brings it to 0 by the horizon.
    pub reached: bool,
    pub values: String,
    pub without: String,
}

/// "0 from 2025", or "not by 2029".
pub fn target_zero_text(t: &Target, horizon: i32) -> String {
    match t.zero_from {
        Some(y) => tr_args("target-zero-from", &[("year", Arg::from(y))]),
        None => tr_args("target-not-by", &[("year", Arg::from(horizon))]),
    }
}

/// The targets slide's three figures for an area's summary rows with the
/// plan and without it, counted from the base year: decided here once, for
/// the window's presentation and the exported slides alike.
pub fn target_figures(
    s: &Scenario,
    with: &[StockSummary],
    without: &[StockSummary],
) -> [TargetFigure; 3] {
    let w = Targets::of(with, s.base_year);
    let wo = Targets::of(without, s.base_year);
    let first_year = with.first().map_or(s.base_year, |r| r.year);
    let figure = |key: &str, t: Target, t_without: Target| TargetFigure {
        caption: tr(key),
        zero: target_zero_text(&t, s.horizon),
        reached: t.zero_from.is_some(),
        values: tr_args(
            "slide-target-values",
            &[
                ("first_year", Arg::from(first_year)),
                ("first", num(t.now).into()),
                ("year", Arg::from(s.horizon)),
                ("horizon", num(t.horizon).into()),
            ],
        ),
        without: tr_args(
            "slide-target-without",
            &[
                ("year", Arg::from(s.horizon)),
                ("horizon", num(t_without.horizon).into()),
                ("zero", target_zero_text(&t_without, s.horizon).into()),
            ],
        ),
    };
    [
        figure("target-three-shift", w.three_shift, wo.three_shift),
        figure("target-over-norm", w.over_norm, wo.over_norm),
        figure("target-emergency", w.emergency, wo.emergency),
    ]
}

/// A chart's value axis ([`ChartData::value_axis`]): `lo` and `hi` are
/// multiples of `step`, and every value drawn lies between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ValueAxis {
    pub lo: i64,
    pub hi: i64,
    pub step: i64,
}

/// A round step (1, 2 or 5 times a power of ten) for about `target` ticks
/// over `span`: the value axis of the window's charts and the exported ones.
pub fn nice_step(span: i64, target: i64) -> i64 {
    let raw = (span.max(1) as f64 / target as f64).max(1.0);
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    step as i64
}

#[cfg(test)]
mod tests {
    use super::{ChartData, ValueAxis};
    use crate::model::{Band, YearRow};

    fn row(year: i32, deficit: i64, cumulative: i64) -> YearRow {
        YearRow {
            year,
            deficit,
            cumulative,
            shortfall: deficit - cumulative,
            ..YearRow::default()
        }
    }

    #[test]
    fn the_value_axis_holds_everything_drawn_to_round_steps() {
        // Nura: deficit 55 187 in 2029, 32 900 seats by then.
        let data =
            ChartData::from_rows("", &[row(2028, 47_606, 32_900), row(2029, 55_187, 32_900)]);
        assert_eq!(
            data.value_axis([]),
            ValueAxis {
                lo: 0,
                hi: 60_000,
                step: 20_000
            }
        );
        // A compared line at 130 000: 0–150 000 by 50 000.
        assert_eq!(data.value_axis([130_000]).hi, 150_000);
        // A fan reaching 61 000 and a surplus of 9 000 below zero:
        // span 70 000, steps of 20 000, −20 000 to 80 000.
        let fan = vec![Band {
            year: 2029,
            p10: -9_000,
            p90: 61_000,
            ..Band::default()
        }];
        let axis = data.with_fan(&fan).value_axis([]);
        assert_eq!((axis.lo, axis.hi, axis.step), (-20_000, 80_000, 20_000));
    }

    #[test]
    fn figures_near_the_ends_of_i64_give_an_axis_without_overflow() {
        let extreme = YearRow {
            year: 2029,
            deficit: i64::MAX,
            cumulative: i64::MIN,
            shortfall: i64::MAX,
            ..YearRow::default()
        };
        let data = ChartData::from_rows("", &[extreme]);
        let axis = data.value_axis([i64::MIN]);
        assert_eq!((axis.lo, axis.hi), (i64::MIN, i64::MAX));
    }
}

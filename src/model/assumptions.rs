//! Optional scenario-level planning assumptions (`assumptions: (…)` in a
//! format 1 file): the odds that a school opens late, by status, and the cost
//! of a seat by school size. A file without them uses the defaults below, which
//! come from the published record (see `docs/scenario-format.md`, "Assumptions").

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{DiagArg, Diagnostic, Scenario, SchoolStatus, Subject};

/// `assumptions: (delay: (…), cost_per_seat: {…})`; both parts optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Assumptions")]
pub struct Assumptions {
    /// Delay odds by status; a status left out takes its default.
    #[serde(default)]
    pub delay: Option<DelayAssumptions>,
    /// Tenge per **design** seat, by school size in design seats
    /// (`{300: 8300000, 1200: 4800000}`); piecewise-linear between the points,
    /// flat outside them. Absent: [`DEFAULT_COST_PER_SEAT`].
    #[serde(default)]
    pub cost_per_seat: Option<BTreeMap<i64, i64>>,
    /// Error of a demand forecast, percent, at 1, 2, 3, … years after the
    /// last observed year (the last value held), where the area's backtest has
    /// fewer than 2 errors at that lead. Absent: [`DEFAULT_DEMAND_ERROR`].
    #[serde(default)]
    pub demand_error: Option<Vec<Percent>>,
    /// Error of a deficit estimate, percent per year after base_year.
    /// Absent: [`DEFAULT_DEFICIT_ERROR`].
    #[serde(default)]
    pub deficit_error: Option<Percent>,
}

/// A percentage read from the file. Equal when the numbers are equal, all
/// NaNs counting as one value, so that `Scenario` stays `Eq` (as
/// [`DelayOdds`]).
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Percent(pub f64);

impl PartialEq for Percent {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0 || (self.0.is_nan() && other.0.is_nan())
    }
}

impl Eq for Percent {}

/// ASSUMPTION: the error of a pupil forecast grows about 2 points a year
/// ahead, [2, 4, 6, 8, 10, 12] %, used where the file's own backtest has too
/// few errors at a lead time (docs/scenario-format.md, "Demand error"). Several
/// times the US national enrollment projections' published error (0.3 % one
/// year ahead, 1.3 % five years; NCES, `docs/sources.md`, section 8): a
/// district errs more than a country.
pub const DEFAULT_DEMAND_ERROR: [f64; 6] = [2.0, 4.0, 6.0, 8.0, 10.0, 12.0];

/// ASSUMPTION: a deficit estimate without a demand errs 5 % more for every
/// year after base_year (docs/scenario-format.md, "Demand error").
pub const DEFAULT_DEFICIT_ERROR: f64 = 5.0;

/// `delay: (planned: (…), under_construction: (…), commissioned: (…))`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Delay")]
pub struct DelayAssumptions {
    #[serde(default)]
    pub planned: Option<DelayOdds>,
    #[serde(default)]
    pub under_construction: Option<DelayOdds>,
    #[serde(default)]
    pub commissioned: Option<DelayOdds>,
}

impl DelayAssumptions {
    /// The odds given in the file for `status`, if any.
    pub fn get(&self, status: SchoolStatus) -> Option<DelayOdds> {
        match status {
            SchoolStatus::Planned => self.planned,
            SchoolStatus::UnderConstruction => self.under_construction,
            SchoolStatus::Commissioned => self.commissioned,
        }
    }
}

/// Of the schools with one status, the shares that open on time, one year
/// late and two years late. Each in [0, 1]; the three add up to 1. A share
/// left out of the file is 0.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "DelayOdds")]
pub struct DelayOdds {
    #[serde(default)]
    pub on_time: f64,
    #[serde(default)]
    pub one_year: f64,
    #[serde(default)]
    pub two_years: f64,
}

/// Equal when every share is equal, all NaNs counting as one value, so that
/// `Scenario` stays `Eq` (an equivalence relation) even on a broken file.
impl PartialEq for DelayOdds {
    fn eq(&self, other: &Self) -> bool {
        let same = |a: f64, b: f64| a == b || (a.is_nan() && b.is_nan());
        same(self.on_time, other.on_time)
            && same(self.one_year, other.one_year)
            && same(self.two_years, other.two_years)
    }
}

impl Eq for DelayOdds {}

/// Share of Comfortable School buildings ready on time: 20 of the 98 due for
/// 1 September 2024 (vlast.kz; `docs/sources.md`, section 4).
pub const PLANNED_ON_TIME: f64 = 20.0 / 98.0;

/// Share of a year's national build plan open at the start of the school
/// year: 85 of the 154 schools planned for 2023 had opened by 1 November 2023
/// (Ministry of Education board, November 2023; `docs/sources.md`, section
/// 3.1). A proxy for schools already being built: it counts openings
/// two months into the school year, against a plan due by the year end.
pub const UNDER_CONSTRUCTION_ON_TIME: f64 = 85.0 / 154.0;

/// ASSUMPTION (no published split): of the Planned schools that miss their
/// September, three in four open the next school year and one in four a year
/// after that. A 2 000-seat school takes 25–28 months to build (normative,
/// vlast.kz), so a school whose building has not started can slip more than a year.
pub const PLANNED_LATE_ONE_YEAR: f64 = 0.75;

/// ASSUMPTION (no published split): of the UnderConstruction schools that
/// miss their September, nine in ten open the next school year (the building
/// is already rising; the fastest build on record took 11 months, vlast.kz).
pub const UNDER_CONSTRUCTION_LATE_ONE_YEAR: f64 = 0.9;

impl DelayOdds {
    /// Always on time: the default for `Commissioned` (the building is handed over).
    pub const ON_TIME: DelayOdds = DelayOdds {
        on_time: 1.0,
        one_year: 0.0,
        two_years: 0.0,
    };

    /// Planned: on time 20/98 ≈ 0.204, one year late ≈ 0.597, two years ≈ 0.199.
    pub const DEFAULT_PLANNED: DelayOdds =
        DelayOdds::late_split(PLANNED_ON_TIME, PLANNED_LATE_ONE_YEAR);

    /// UnderConstruction: on time 85/154 ≈ 0.552, one year ≈ 0.403, two years ≈ 0.045.
    pub const DEFAULT_UNDER_CONSTRUCTION: DelayOdds =
        DelayOdds::late_split(UNDER_CONSTRUCTION_ON_TIME, UNDER_CONSTRUCTION_LATE_ONE_YEAR);

    /// `on_time`, and the late rest split `one_year_share` : (1 − `one_year_share`).
    pub const fn late_split(on_time: f64, one_year_share: f64) -> DelayOdds {
        let late = 1.0 - on_time;
        DelayOdds {
            on_time,
            one_year: late * one_year_share,
            two_years: late * (1.0 - one_year_share),
        }
    }

    /// The documented default for a status.
    pub const fn default_for(status: SchoolStatus) -> DelayOdds {
        match status {
            SchoolStatus::Planned => DelayOdds::DEFAULT_PLANNED,
            SchoolStatus::UnderConstruction => DelayOdds::DEFAULT_UNDER_CONSTRUCTION,
            SchoolStatus::Commissioned => DelayOdds::ON_TIME,
        }
    }

    pub fn sum(&self) -> f64 {
        self.on_time + self.one_year + self.two_years
    }

    pub fn fields(&self) -> [(&'static str, f64); 3] {
        [
            ("on_time", self.on_time),
            ("one_year", self.one_year),
            ("two_years", self.two_years),
        ]
    }
}

/// The Comfortable School prices at 2022 prices, tenge per design seat by
/// school size (today-kz.com; `docs/sources.md`, section 4): 300 seats
/// 8.3M, 600: 6.8M, 900: 5.3M, 1 200: 4.8M, 1 500–2 000: 4.2M, 2 500: 3.6M.
pub const DEFAULT_COST_PER_SEAT: [(i64, i64); 7] = [
    (300, 8_300_000),
    (600, 6_800_000),
    (900, 5_300_000),
    (1_200, 4_800_000),
    (1_500, 4_200_000),
    (2_000, 4_200_000),
    (2_500, 3_600_000),
];

/// The largest tenge-per-seat price accepted: far above any real price, low
/// enough that no cost sum can overflow.
const MAX_PRICE: i64 = 1_000_000_000_000;

/// The largest school size accepted in a price list, in design seats.
const MAX_SIZE: i64 = 1_000_000;

impl Scenario {
    /// The delay odds the risk simulation uses for `status`: the file's, or
    /// the default.
    pub fn delay_odds(&self, status: SchoolStatus) -> DelayOdds {
        self.assumptions
            .as_ref()
            .and_then(|a| a.delay)
            .and_then(|d| d.get(status))
            .unwrap_or(DelayOdds::default_for(status))
    }

    /// The demand error, percent, `ahead` (≥ 1) years after the last
    /// observed year: the file's list or the default, the last value held.
    pub fn demand_error_pct(&self, ahead: i64) -> f64 {
        let list: Vec<f64> = self
            .assumptions
            .as_ref()
            .and_then(|a| a.demand_error.as_ref())
            .map(|l| l.iter().map(|p| p.0).collect())
            .unwrap_or_else(|| DEFAULT_DEMAND_ERROR.to_vec());
        let i = usize::try_from(ahead.max(1) - 1).unwrap_or(0);
        list.get(i).or(list.last()).copied().unwrap_or(0.0)
    }

    /// The deficit-estimate error, percent per year: the file's or the default.
    pub fn deficit_error_pct(&self) -> f64 {
        self.assumptions
            .as_ref()
            .and_then(|a| a.deficit_error)
            .map_or(DEFAULT_DEFICIT_ERROR, |p| p.0)
    }

    /// The price list the cost figures use: the file's, or the default.
    pub fn cost_table(&self) -> BTreeMap<i64, i64> {
        self.assumptions
            .as_ref()
            .and_then(|a| a.cost_per_seat.clone())
            .unwrap_or_else(|| DEFAULT_COST_PER_SEAT.into_iter().collect())
    }
}

const SUM_TOLERANCE: f64 = 1e-9;

fn status_field(status: SchoolStatus) -> &'static str {
    match status {
        SchoolStatus::Planned => "planned",
        SchoolStatus::UnderConstruction => "under_construction",
        SchoolStatus::Commissioned => "commissioned",
    }
}

fn status_words(status: SchoolStatus) -> &'static str {
    match status {
        SchoolStatus::Planned => "Planned",
        SchoolStatus::UnderConstruction => "UnderConstruction",
        SchoolStatus::Commissioned => "Commissioned",
    }
}

/// An error in `assumptions`: the sentence `code` of `assets/i18n`.
fn error(code: &'static str, args: Vec<(&'static str, DiagArg)>) -> Diagnostic {
    Diagnostic::error(Subject::Scenario, Some("assumptions"), code, args)
}

fn text(s: impl Into<String>) -> DiagArg {
    DiagArg::Text(s.into())
}

/// Errors in `assumptions`: shares outside [0, 1] or not adding up to 1, an
/// empty price list, a size or price that is not positive.
pub(super) fn validate_assumptions(s: &Scenario, out: &mut Vec<Diagnostic>) {
    let Some(a) = &s.assumptions else { return };
    if let Some(delay) = &a.delay {
        for status in SchoolStatus::ALL {
            if let Some(odds) = delay.get(status) {
                validate_odds(status, &odds, out);
            }
        }
    }
    if let Some(table) = &a.cost_per_seat {
        validate_prices(table, out);
    }
    let errors = a.demand_error.iter().flatten().enumerate();
    for (i, p) in errors {
        validate_error(&format!("assumptions.demand_error[{i}]"), p.0, out);
    }
    if let Some(p) = a.deficit_error {
        validate_error("assumptions.deficit_error", p.0, out);
    }
}

/// A forecast error is a percentage of 0 or more (NaN and infinity refused
/// too: they would poison every draw).
fn validate_error(field: &str, value: f64, out: &mut Vec<Diagnostic>) {
    if !(value.is_finite() && value >= 0.0) {
        out.push(error(
            "diag-assumptions-error-negative",
            vec![("field", text(field)), ("value", text(value.to_string()))],
        ));
    }
}

fn validate_odds(status: SchoolStatus, odds: &DelayOdds, out: &mut Vec<Diagnostic>) {
    let path = format!("assumptions.delay.{}", status_field(status));
    let mut in_range = true;
    for (field, value) in odds.fields() {
        if !(0.0..=1.0).contains(&value) {
            in_range = false;
            out.push(error(
                "diag-assumptions-share-range",
                vec![
                    ("field", text(format!("{path}.{field}"))),
                    ("value", text(value.to_string())),
                ],
            ));
        }
    }
    let sum = odds.sum();
    if in_range && (sum - 1.0).abs() > SUM_TOLERANCE {
        // 10 decimals show any miss above the tolerance, without 0.8999999999999999.
        let shown = format!("{sum:.10}");
        let shown = shown.trim_end_matches('0').trim_end_matches('.');
        out.push(error(
            "diag-assumptions-share-sum",
            vec![
                ("path", text(path.as_str())),
                ("on_time", text(odds.on_time.to_string())),
                ("one_year", text(odds.one_year.to_string())),
                ("two_years", text(odds.two_years.to_string())),
                ("sum", text(shown)),
                ("status", text(status_words(status))),
                ("name", text(status_field(status))),
            ],
        ));
    }
}

fn validate_prices(table: &BTreeMap<i64, i64>, out: &mut Vec<Diagnostic>) {
    if table.is_empty() {
        out.push(error("diag-assumptions-cost-empty", Vec::new()));
    }
    for (&seats, &price) in table {
        if !(1..=MAX_SIZE).contains(&seats) {
            out.push(error(
                "diag-assumptions-size-range",
                vec![
                    ("seats", DiagArg::Number(seats)),
                    ("max", DiagArg::Number(MAX_SIZE)),
                ],
            ));
        }
        if !(1..=MAX_PRICE).contains(&price) {
            out.push(error(
                "diag-assumptions-price-range",
                vec![
                    ("price", DiagArg::Number(price)),
                    ("seats", DiagArg::Number(seats)),
                    ("max", DiagArg::Number(MAX_PRICE)),
                ],
            ));
        }
    }
}

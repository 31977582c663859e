//! The deficit derived from demand: pupils forecast from births and grade
//! counts, compared with the seats in use (docs/scenario-format.md, "Demand").
//!
//! Two models share one shape: a fit on the observed school years (ratios
//! averaged over the last `window` years) and a forecast from the last
//! observed year to the horizon. The backtest refits on fewer years with the
//! same code, so what it measures is the method the deficit uses.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::projection::{div_round_half_away, saturate, years_of};
use super::{DiagArg, Diagnostic, Scenario, SeatUnit, Subject};

/// Inputs of a demand-derived deficit. Counts are signed so that a negative
/// value reaches validation (with its position) instead of failing to parse.
/// Optional fields stay `None` when absent so saving keeps the form read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Demand")]
pub struct Demand {
    /// Seats in use at the start of base_year, not counting the file's schools,
    /// in the file's seat unit.
    pub capacity: i64,
    /// Pupils one design seat serves in a school day: 1, 2 or 3.
    pub shifts: i64,
    /// Spare seats kept, percent of need, 0..=20 (default 0).
    #[serde(default)]
    pub margin: Option<i64>,
    /// Live births per calendar year.
    pub births: BTreeMap<i32, i64>,
    /// Grade 1 in school year y was born in y - entry_age (default 6).
    #[serde(default)]
    pub entry_age: Option<i64>,
    /// How many recent observed years (or year pairs) the ratios average (default 3).
    #[serde(default)]
    pub window: Option<i64>,
    /// Pupils by grade (grade 1 first) per observed school year.
    #[serde(default)]
    pub grades: Option<BTreeMap<i32, Vec<i64>>>,
    /// Pupil totals per observed school year.
    #[serde(default)]
    pub pupils: Option<BTreeMap<i32, i64>>,
    /// Grades counted in `pupils` (default 11); only with `pupils`.
    #[serde(default)]
    pub grade_count: Option<i64>,
}

pub const DEFAULT_ENTRY_AGE: i64 = 6;
pub const DEFAULT_WINDOW: i64 = 3;
pub const DEFAULT_GRADE_COUNT: i64 = 11;
/// The most grades a school year may list (Kazakhstan has 11; 12 leaves room
/// for a pre-school class counted with the school).
pub const MAX_GRADES: usize = 12;
pub const MAX_SHIFTS: i64 = 3;
pub const MAX_MARGIN: i64 = 20;
/// Ratios outside these bounds are computed but flagged: they usually mean a
/// typing error or a count with a different scope (check the data).
pub const PROGRESSION_RANGE: (f64, f64) = (0.8, 1.2);
pub const ENTRY_RANGE: (f64, f64) = (0.7, 1.3);

impl Demand {
    pub fn margin(&self) -> i64 {
        self.margin.unwrap_or(0)
    }
    pub fn entry_age(&self) -> i64 {
        self.entry_age.unwrap_or(DEFAULT_ENTRY_AGE)
    }
    pub fn window(&self) -> i64 {
        self.window.unwrap_or(DEFAULT_WINDOW)
    }
    pub fn grade_count(&self) -> i64 {
        self.grade_count.unwrap_or(DEFAULT_GRADE_COUNT)
    }

    /// The observed school years (keys of `grades`, else of `pupils`).
    pub fn observed_years(&self) -> Vec<i32> {
        match (&self.grades, &self.pupils) {
            (Some(g), _) => g.keys().copied().collect(),
            (None, Some(p)) => p.keys().copied().collect(),
            (None, None) => Vec::new(),
        }
    }

    /// The observed total of a school year: its grades summed, or its total.
    pub fn observed_total(&self, year: i32) -> Option<i64> {
        match (&self.grades, &self.pupils) {
            (Some(g), _) => g
                .get(&year)
                .map(|v| v.iter().fold(0i64, |a, &b| a.saturating_add(b))),
            (None, Some(p)) => p.get(&year).copied(),
            (None, None) => None,
        }
    }

    /// The name of the observed table in the file: `grades` or `pupils`.
    pub fn observed_field(&self) -> &'static str {
        if self.grades.is_some() {
            "grades"
        } else {
            "pupils"
        }
    }
}

/// One school year of a demand, as `seatplan demand` prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemandRow {
    pub year: i32,
    /// Observed total, or the rounded forecast (held flat before the first
    /// observed year).
    pub pupils: i64,
    /// Seats needed, in the file's seat unit.
    pub need: i64,
    pub capacity: i64,
    /// `need - capacity`; negative when seats are spare.
    pub deficit: i64,
    pub observed: bool,
}

/// The progression ratio into one grade and how many year pairs it averages
/// (0: no pair, 1.0 used).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progression {
    /// The grade entered, 2 and up.
    pub grade: usize,
    pub ratio: f64,
    pub pairs: usize,
}

/// The ratios a forecast used, for the planner to read and check.
#[derive(Debug, Clone, PartialEq)]
pub enum Ratios {
    /// Cohort survival: grade 1 from births, every other grade from the grade
    /// below a year earlier.
    Grades {
        entry: f64,
        /// Observed years the entry ratio averages.
        entry_years: usize,
        progression: Vec<Progression>,
    },
    /// Births-lag: total pupils as a multiple of the births of the cohorts
    /// in school.
    Totals {
        k: f64,
        /// Observed years `k` averages.
        years: usize,
        grade_count: i64,
    },
}

/// Something wrong or worth checking in a demand. Errors stop the forecast;
/// warnings say what was assumed. [`Problem::diagnostic`] words it.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    CapacityNegative(i64),
    Shifts(i64),
    Margin(i64),
    Window(i64),
    GradeCount(i64),
    GradeCountWithGrades,
    NegativeBirths {
        year: i32,
        value: i64,
    },
    NegativePupils {
        year: i32,
        value: i64,
    },
    NegativeGrade {
        year: i32,
        grade: usize,
        value: i64,
    },
    BirthsGap {
        missing: Vec<i32>,
        first: i32,
        last: i32,
    },
    BothObserved,
    NoObserved,
    ObservedEmpty,
    ObservedGap {
        missing: Vec<i32>,
    },
    GradesEmpty {
        year: i32,
    },
    GradesTooMany {
        year: i32,
        count: usize,
    },
    GradeLengths {
        year: i32,
        count: usize,
        first: i32,
        expected: usize,
    },
    /// No observed year has the births its grade 1 was born in.
    NoEntryRatio {
        births: Vec<i32>,
    },
    /// No observed year has every birth year of its grades.
    NoCohortRatio {
        births: Vec<i32>,
    },
    // Warnings.
    HeldBeforeObserved {
        first: i32,
        base: i32,
        until: i32,
        value: i64,
    },
    NoPair {
        grades: Vec<usize>,
    },
    BirthsHeld {
        years: Vec<i32>,
        last: i32,
        value: i64,
    },
    ProgressionRange {
        grade: usize,
        ratio: f64,
    },
    EntryRange {
        ratio: f64,
    },
}

impl Problem {
    pub fn is_error(&self) -> bool {
        !matches!(
            self,
            Problem::HeldBeforeObserved { .. }
                | Problem::NoPair { .. }
                | Problem::BirthsHeld { .. }
                | Problem::ProgressionRange { .. }
                | Problem::EntryRange { .. }
        )
    }
}

/// Everything a demand gives: the rows base_year..=horizon, the observed and
/// forecast pupils, the ratios, and the problems found on the way. With an
/// error among the problems, `rows` is empty and `ratios` may be `None`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DemandOutcome {
    pub rows: Vec<DemandRow>,
    /// Every observed school year and its total, ascending.
    pub observed: Vec<(i32, i64)>,
    /// The forecast after the last observed year through the horizon
    /// (rounded pupils), ascending.
    pub forecast: Vec<(i32, i64)>,
    pub ratios: Option<Ratios>,
    pub problems: Vec<Problem>,
}

impl DemandOutcome {
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }
}

/// One forecast of the backtest: from `origin`, the pupils of an observed
/// `year`, against what was observed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BacktestRow {
    pub origin: i32,
    pub year: i32,
    pub ahead: i32,
    pub forecast: i64,
    pub actual: i64,
    /// `100 * (forecast - actual) / actual` in tenths of a percent, rounded
    /// halves away from zero; `None` when `actual` is 0.
    pub error_tenths: Option<i64>,
}

/// The backtest of one demand: its rows, and the origins that could not be
/// refitted (with the reason).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Backtest {
    pub rows: Vec<BacktestRow>,
    pub skipped: Vec<(i32, Problem)>,
}

/// The mean absolute error of the backtest by years ahead, in percent:
/// `(ahead, mean |error_pct|, forecasts averaged)`, ahead ascending. This is
/// the figure a planner reads ("one year ahead, off by 1.2 % on average").
pub fn backtest_summary(rows: &[BacktestRow]) -> Vec<(i32, f64, usize)> {
    let mut by_ahead: BTreeMap<i32, (f64, usize)> = BTreeMap::new();
    for r in rows {
        if r.actual != 0 {
            let e = by_ahead.entry(r.ahead).or_default();
            e.0 += 100.0 * (r.forecast - r.actual).abs() as f64 / r.actual as f64;
            e.1 += 1;
        }
    }
    by_ahead
        .into_iter()
        .map(|(ahead, (sum, n))| (ahead, sum / n as f64, n))
        .collect()
}

/// The deficit the demand gives for each of `years`: need − capacity. A
/// demand with errors gives 0 (its file has errors, so no projection of it
/// is trusted); a year outside base_year..=horizon gives 0 too.
pub(crate) fn deficit_by_year(s: &Scenario, demand: &Demand, years: &[i32]) -> Vec<i64> {
    let outcome = evaluate(s, demand);
    years
        .iter()
        .map(|y| {
            outcome
                .rows
                .iter()
                .find(|r| r.year == *y)
                .map_or(0, |r| r.deficit)
        })
        .collect()
}

/// Seats needed for `pupils`: round(P * (100 + margin) * u / (100 * shifts)),
/// u = 2 when the file counts places in two shifts. `shifts` must be 1..=3.
pub fn seats_needed(pupils: i64, margin: i64, shifts: i64, unit: SeatUnit) -> i64 {
    let u: i128 = match unit {
        SeatUnit::Design => 1,
        SeatUnit::TwoShift => 2,
    };
    let num = i128::from(pupils) * (100 + i128::from(margin)) * u;
    saturate(div_round_half_away(num, 100 * i128::from(shifts.max(1))))
}

/// The demand's rows for the scenario's years, its ratios and every problem
/// (docs/scenario-format.md, "Demand").
pub fn evaluate(s: &Scenario, d: &Demand) -> DemandOutcome {
    let mut out = DemandOutcome {
        problems: check_inputs(d),
        ..DemandOutcome::default()
    };
    let Some(obs) = Observed::of(d) else {
        return out;
    };
    out.observed = obs.years().into_iter().map(|y| (y, obs.total(y))).collect();
    if out.has_errors() {
        return out;
    }
    let setup = Setup::of(d);
    let Some(&(last, _)) = out.observed.last() else {
        return out;
    };
    let fit = match setup.fit(&obs, last) {
        Ok(fit) => fit,
        Err(p) => {
            out.problems.push(p);
            return out;
        }
    };
    fit_warnings(&fit, &mut out.problems);
    let years = years_of(s);
    let until = years.last().copied().unwrap_or(last).max(last);
    let mut births = BirthUse::default();
    let forecast = setup.forecast(&obs, &fit, last, until, &mut births);
    out.ratios = Some(fit.ratios(setup.grade_count));
    if let Some(p) = births.held(d) {
        out.problems.push(p);
    }
    out.forecast = forecast.iter().map(|&(y, p)| (y, round(p))).collect();
    let first = out.observed[0];
    if let Some(&base) = years.first()
        && first.0 > base
    {
        out.problems.push(Problem::HeldBeforeObserved {
            first: first.0,
            base,
            until: (first.0 - 1).min(years.last().copied().unwrap_or(base)),
            value: first.1,
        });
    }
    out.rows = years
        .iter()
        .map(|&year| {
            let (pupils, observed) = if year < first.0 {
                (first.1, false)
            } else if year <= last {
                (obs.total(year), true)
            } else {
                let p = out
                    .forecast
                    .iter()
                    .find(|(y, _)| *y == year)
                    .map_or(0, |x| x.1);
                (p, false)
            };
            let need = seats_needed(pupils, d.margin(), d.shifts, s.seat_unit);
            DemandRow {
                year,
                pupils,
                need,
                capacity: d.capacity,
                deficit: need.saturating_sub(d.capacity),
                observed,
            }
        })
        .collect();
    out
}

/// The backtest of a demand with at least 3 observed years: for each origin
/// from the second observed year to the one before the last, refit on the
/// years up to the origin and forecast every later observed year. A demand
/// with errors, or fewer years, has no rows.
pub fn backtest(d: &Demand) -> Backtest {
    let mut bt = Backtest::default();
    if check_inputs(d).iter().any(Problem::is_error) {
        return bt;
    }
    let Some(obs) = Observed::of(d) else {
        return bt;
    };
    let years = obs.years();
    if years.len() < 3 {
        return bt;
    }
    let setup = Setup::of(d);
    let last = years[years.len() - 1];
    for &origin in &years[1..years.len() - 1] {
        let fit = match setup.fit(&obs, origin) {
            Ok(fit) => fit,
            Err(p) => {
                bt.skipped.push((origin, p));
                continue;
            }
        };
        let forecast = setup.forecast(&obs, &fit, origin, last, &mut BirthUse::default());
        for (year, p) in forecast {
            let forecast = round(p);
            let actual = obs.total(year);
            bt.rows.push(BacktestRow {
                origin,
                year,
                ahead: year - origin,
                forecast,
                actual,
                error_tenths: (actual != 0).then(|| {
                    let num = 1000 * (i128::from(forecast) - i128::from(actual));
                    let v = div_round_half_away(num.abs(), i128::from(actual).abs());
                    let negative = (num < 0) != (actual < 0);
                    saturate(if negative { -v } else { v })
                }),
            });
        }
    }
    bt
}

/// `-12` tenths as `-1.2`, `0` as `0.0`.
pub fn format_tenths(tenths: i64) -> String {
    let sign = if tenths < 0 { "-" } else { "" };
    let a = tenths.unsigned_abs();
    format!("{sign}{}.{}", a / 10, a % 10)
}

fn round(x: f64) -> i64 {
    // `as` saturates at the i64 limits; f64::round halves away from zero.
    x.round() as i64
}

/// The errors that need no fit: values out of range, negative counts, gaps,
/// the shape of the observed table.
fn check_inputs(d: &Demand) -> Vec<Problem> {
    let mut out = Vec::new();
    if d.capacity < 0 {
        out.push(Problem::CapacityNegative(d.capacity));
    }
    if !(1..=MAX_SHIFTS).contains(&d.shifts) {
        out.push(Problem::Shifts(d.shifts));
    }
    if !(0..=MAX_MARGIN).contains(&d.margin()) {
        out.push(Problem::Margin(d.margin()));
    }
    if d.window() < 1 {
        out.push(Problem::Window(d.window()));
    }
    for (&year, &value) in &d.births {
        if value < 0 {
            out.push(Problem::NegativeBirths { year, value });
        }
    }
    if let Some(missing) = gaps(d.births.keys().copied())
        && let (Some((&first, _)), Some((&last, _))) =
            (d.births.first_key_value(), d.births.last_key_value())
    {
        out.push(Problem::BirthsGap {
            missing,
            first,
            last,
        });
    }
    match (&d.grades, &d.pupils) {
        (Some(_), Some(_)) => out.push(Problem::BothObserved),
        (None, None) => out.push(Problem::NoObserved),
        (Some(g), None) => {
            if d.grade_count.is_some() {
                out.push(Problem::GradeCountWithGrades);
            }
            check_grades(g, &mut out);
        }
        (None, Some(p)) => {
            if !(1..=MAX_GRADES as i64).contains(&d.grade_count()) {
                out.push(Problem::GradeCount(d.grade_count()));
            }
            if p.is_empty() {
                out.push(Problem::ObservedEmpty);
            }
            if let Some(missing) = gaps(p.keys().copied()) {
                out.push(Problem::ObservedGap { missing });
            }
            for (&year, &value) in p {
                if value < 0 {
                    out.push(Problem::NegativePupils { year, value });
                }
            }
        }
    }
    out
}

fn check_grades(g: &BTreeMap<i32, Vec<i64>>, out: &mut Vec<Problem>) {
    if g.is_empty() {
        out.push(Problem::ObservedEmpty);
    }
    if let Some(missing) = gaps(g.keys().copied()) {
        out.push(Problem::ObservedGap { missing });
    }
    let mut shape: Option<(i32, usize)> = None;
    for (&year, list) in g {
        if list.is_empty() {
            out.push(Problem::GradesEmpty { year });
            continue;
        }
        if list.len() > MAX_GRADES {
            out.push(Problem::GradesTooMany {
                year,
                count: list.len(),
            });
            continue;
        }
        match shape {
            None => shape = Some((year, list.len())),
            Some((first, expected)) if expected != list.len() => {
                out.push(Problem::GradeLengths {
                    year,
                    count: list.len(),
                    first,
                    expected,
                });
            }
            Some(_) => {}
        }
        for (i, &value) in list.iter().enumerate() {
            if value < 0 {
                out.push(Problem::NegativeGrade {
                    year,
                    grade: i + 1,
                    value,
                });
            }
        }
    }
}

/// The years missing between the first and last of ascending `years`, if any.
fn gaps(years: impl Iterator<Item = i32>) -> Option<Vec<i32>> {
    let mut missing = Vec::new();
    let mut prev: Option<i32> = None;
    for y in years {
        if let Some(p) = prev {
            // A gap of more than a few hundred years is one mistake, not
            // hundreds of missing years to list.
            missing.extend((p + 1..y).take(200));
        }
        prev = Some(y);
    }
    (!missing.is_empty()).then_some(missing)
}

/// The observed table, whichever form the file gives.
enum Observed<'a> {
    Grades(&'a BTreeMap<i32, Vec<i64>>),
    Totals(&'a BTreeMap<i32, i64>),
}

impl<'a> Observed<'a> {
    fn of(d: &'a Demand) -> Option<Self> {
        match (&d.grades, &d.pupils) {
            (Some(g), _) => Some(Observed::Grades(g)),
            (None, Some(p)) => Some(Observed::Totals(p)),
            (None, None) => None,
        }
    }

    fn years(&self) -> Vec<i32> {
        match self {
            Observed::Grades(g) => g.keys().copied().collect(),
            Observed::Totals(p) => p.keys().copied().collect(),
        }
    }

    fn total(&self, year: i32) -> i64 {
        match self {
            Observed::Grades(g) => g
                .get(&year)
                .map_or(0, |v| v.iter().fold(0i64, |a, &b| a.saturating_add(b))),
            Observed::Totals(p) => p.get(&year).copied().unwrap_or(0),
        }
    }
}

/// The fitted ratios.
enum Fit {
    Grades {
        entry: f64,
        entry_years: usize,
        /// Index g - 2 for grade g; `(ratio, pairs)`, ratio 1.0 with 0 pairs.
        progression: Vec<(f64, usize)>,
    },
    Totals {
        k: f64,
        years: usize,
    },
}

impl Fit {
    fn ratios(&self, grade_count: i64) -> Ratios {
        match self {
            Fit::Grades {
                entry,
                entry_years,
                progression,
            } => Ratios::Grades {
                entry: *entry,
                entry_years: *entry_years,
                progression: progression
                    .iter()
                    .enumerate()
                    .map(|(i, &(ratio, pairs))| Progression {
                        grade: i + 2,
                        ratio,
                        pairs,
                    })
                    .collect(),
            },
            Fit::Totals { k, years } => Ratios::Totals {
                k: *k,
                years: *years,
                grade_count,
            },
        }
    }
}

fn fit_warnings(fit: &Fit, out: &mut Vec<Problem>) {
    let Fit::Grades {
        entry, progression, ..
    } = fit
    else {
        return;
    };
    let no_pair: Vec<usize> = progression
        .iter()
        .enumerate()
        .filter(|(_, (_, pairs))| *pairs == 0)
        .map(|(i, _)| i + 2)
        .collect();
    if !no_pair.is_empty() {
        out.push(Problem::NoPair { grades: no_pair });
    }
    for (i, &(ratio, pairs)) in progression.iter().enumerate() {
        if pairs > 0 && !(PROGRESSION_RANGE.0..=PROGRESSION_RANGE.1).contains(&ratio) {
            out.push(Problem::ProgressionRange {
                grade: i + 2,
                ratio,
            });
        }
    }
    if !(ENTRY_RANGE.0..=ENTRY_RANGE.1).contains(entry) {
        out.push(Problem::EntryRange { ratio: *entry });
    }
}

/// The birth years a forecast reached for after the last one given.
///
/// A forecast never needs a birth year before the first one given: the fit
/// needs, for some observed year t, the births of t − entry_age (and, by
/// totals, the grade_count − 1 years before); every forecast year is after
/// t, so each birth year it needs is later than one the fit found given,
/// and births have no gaps. DESIGN's error for that case cannot arise.
#[derive(Default)]
struct BirthUse {
    held: BTreeSet<i64>,
}

impl BirthUse {
    fn held(&self, d: &Demand) -> Option<Problem> {
        let (&last, &value) = d.births.last_key_value()?;
        (!self.held.is_empty()).then(|| Problem::BirthsHeld {
            years: to_years(&self.held),
            last,
            value,
        })
    }
}

fn to_years(set: &BTreeSet<i64>) -> Vec<i32> {
    set.iter().filter_map(|&y| i32::try_from(y).ok()).collect()
}

/// The parts of a demand every fit and forecast reads.
struct Setup<'a> {
    births: &'a BTreeMap<i32, i64>,
    entry_age: i64,
    window: usize,
    grade_count: i64,
}

impl<'a> Setup<'a> {
    fn of(d: &'a Demand) -> Self {
        Setup {
            births: &d.births,
            entry_age: d.entry_age(),
            window: usize::try_from(d.window()).unwrap_or(1).max(1),
            grade_count: d.grade_count().clamp(1, MAX_GRADES as i64),
        }
    }

    /// Births of `year` as written in the file.
    fn given(&self, year: i64) -> Option<i64> {
        i32::try_from(year)
            .ok()
            .and_then(|y| self.births.get(&y).copied())
    }

    /// Births of `year` for a forecast: the last given value after the last
    /// year (recorded as held). Never before the first (see [`BirthUse`]);
    /// 0 there keeps this total.
    fn births_for(&self, year: i64, used: &mut BirthUse) -> f64 {
        if let Some(b) = self.given(year) {
            return b as f64;
        }
        match self.births.last_key_value() {
            Some((&last, &value)) if year > i64::from(last) => {
                used.held.insert(year);
                value as f64
            }
            _ => 0.0,
        }
    }

    /// The birth years of the cohorts in school in `year`, grade 1 first.
    fn cohort_years(&self, year: i32) -> impl Iterator<Item = i64> + use<'_> {
        let entry = i64::from(year).saturating_sub(self.entry_age);
        (0..self.grade_count).map(move |g| entry - g)
    }

    /// The mean of the last `window` of `ratios` (already in ascending years).
    fn mean_last(&self, ratios: &[f64]) -> Option<(f64, usize)> {
        let take = &ratios[ratios.len().saturating_sub(self.window)..];
        (!take.is_empty()).then(|| (take.iter().sum::<f64>() / take.len() as f64, take.len()))
    }

    /// Fits the ratios on the observed years up to `upto`.
    fn fit(&self, obs: &Observed, upto: i32) -> Result<Fit, Problem> {
        match obs {
            Observed::Grades(g) => self.fit_grades(g, upto),
            Observed::Totals(p) => self.fit_totals(p, upto),
        }
    }

    fn fit_grades(&self, g: &BTreeMap<i32, Vec<i64>>, upto: i32) -> Result<Fit, Problem> {
        let seen: Vec<(i32, &Vec<i64>)> = g.range(..=upto).map(|(&y, v)| (y, v)).collect();
        let grades = seen.first().map_or(0, |(_, v)| v.len());
        let mut entry_ratios = Vec::new();
        let mut needed = Vec::new();
        for &(t, v) in &seen {
            let year = i64::from(t).saturating_sub(self.entry_age);
            match self.given(year) {
                Some(b) if b != 0 => entry_ratios.push(v[0] as f64 / b as f64),
                _ => needed.extend(i32::try_from(year).ok()),
            }
        }
        let Some((entry, entry_years)) = self.mean_last(&entry_ratios) else {
            return Err(Problem::NoEntryRatio { births: needed });
        };
        let progression = (1..grades)
            .map(|gi| {
                let ratios: Vec<f64> = seen
                    .windows(2)
                    .filter(|w| w[1].0 == w[0].0 + 1 && w[0].1[gi - 1] != 0)
                    .map(|w| w[1].1[gi] as f64 / w[0].1[gi - 1] as f64)
                    .collect();
                self.mean_last(&ratios).unwrap_or((1.0, 0))
            })
            .collect();
        Ok(Fit::Grades {
            entry,
            entry_years,
            progression,
        })
    }

    fn fit_totals(&self, p: &BTreeMap<i32, i64>, upto: i32) -> Result<Fit, Problem> {
        let mut ratios = Vec::new();
        let mut needed = BTreeSet::new();
        for (&t, &pupils) in p.range(..=upto) {
            let mut cohort = 0i64;
            let mut complete = true;
            for year in self.cohort_years(t) {
                match self.given(year) {
                    Some(b) => cohort = cohort.saturating_add(b),
                    None => {
                        complete = false;
                        needed.insert(year);
                    }
                }
            }
            if complete && cohort != 0 {
                ratios.push(pupils as f64 / cohort as f64);
            } else if complete {
                needed.extend(self.cohort_years(t));
            }
        }
        match self.mean_last(&ratios) {
            Some((k, years)) => Ok(Fit::Totals { k, years }),
            None => Err(Problem::NoCohortRatio {
                births: to_years(&needed),
            }),
        }
    }

    /// Pupils (unrounded totals) for `from + 1 ..= until`, starting from the
    /// observed year `from`.
    fn forecast(
        &self,
        obs: &Observed,
        fit: &Fit,
        from: i32,
        until: i32,
        used: &mut BirthUse,
    ) -> Vec<(i32, f64)> {
        let mut out = Vec::new();
        match (obs, fit) {
            (
                Observed::Grades(g),
                Fit::Grades {
                    entry, progression, ..
                },
            ) => {
                let mut p: Vec<f64> = g
                    .get(&from)
                    .map(|v| v.iter().map(|&x| x as f64).collect())
                    .unwrap_or_default();
                for y in from.saturating_add(1)..=until {
                    let mut next = Vec::with_capacity(p.len());
                    for gi in 0..p.len() {
                        next.push(if gi == 0 {
                            entry
                                * self.births_for(i64::from(y).saturating_sub(self.entry_age), used)
                        } else {
                            progression[gi - 1].0 * p[gi - 1]
                        });
                    }
                    p = next;
                    out.push((y, p.iter().sum()));
                }
            }
            (Observed::Totals(_), Fit::Totals { k, .. }) => {
                for y in from.saturating_add(1)..=until {
                    let cohort: f64 = self.cohort_years(y).map(|b| self.births_for(b, used)).sum();
                    out.push((y, k * cohort));
                }
            }
            _ => {}
        }
        out
    }
}

/// `2003–2005, 2010`: years as ranges.
pub fn year_list<T: Copy + Into<i64>>(years: &[T]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < years.len() {
        let start: i64 = years[i].into();
        let mut end = start;
        while i + 1 < years.len() && years[i + 1].into() == end + 1 {
            end += 1;
            i += 1;
        }
        parts.push(if end == start {
            start.to_string()
        } else {
            format!("{start}–{end}")
        });
        i += 1;
    }
    parts.join(", ")
}

fn ratio_text(r: f64) -> DiagArg {
    DiagArg::Text(format!("{r:.3}"))
}

impl Problem {
    /// The path of the value concerned, inside the demand block.
    fn path(&self, observed: &str) -> String {
        match self {
            Problem::CapacityNegative(_) => "capacity".into(),
            Problem::Shifts(_) => "shifts".into(),
            Problem::Margin(_) => "margin".into(),
            Problem::Window(_) => "window".into(),
            Problem::GradeCount(_) | Problem::GradeCountWithGrades => "grade_count".into(),
            Problem::NegativeBirths { year, .. } => format!("births.{year}"),
            Problem::NegativePupils { year, .. } => format!("pupils.{year}"),
            Problem::NegativeGrade { year, .. }
            | Problem::GradesEmpty { year }
            | Problem::GradesTooMany { year, .. }
            | Problem::GradeLengths { year, .. } => format!("grades.{year}"),
            Problem::BirthsGap { .. }
            | Problem::NoEntryRatio { .. }
            | Problem::NoCohortRatio { .. }
            | Problem::BirthsHeld { .. } => "births".into(),
            Problem::BothObserved => "pupils".into(),
            Problem::NoObserved => String::new(),
            Problem::ObservedEmpty | Problem::ObservedGap { .. } => observed.into(),
            Problem::HeldBeforeObserved { first, .. } => format!("{observed}.{first}"),
            Problem::NoPair { .. }
            | Problem::ProgressionRange { .. }
            | Problem::EntryRange { .. } => "grades".into(),
        }
    }

    /// The problem as a diagnostic about `subject`. `unit` names the demand's
    /// owner in the message (`almaty-city`, or `almaty-city/alatau` for a
    /// district); `prefix` is the demand block's path in the subject
    /// (`demand`, `districts.0.demand`).
    pub fn diagnostic(
        &self,
        subject: &Subject,
        unit: &str,
        prefix: &str,
        observed: &str,
    ) -> Diagnostic {
        let (code, message, mut args) = self.words(observed);
        args.insert(0, ("unit", DiagArg::Text(unit.to_owned())));
        let message = format!("demand of {unit:?}{message}");
        let d = if self.is_error() {
            Diagnostic::error(subject.clone(), Some("demand"), message)
        } else {
            Diagnostic::warning(subject.clone(), Some("demand"), message)
        };
        let path = self.path(observed);
        let path = if path.is_empty() {
            prefix.to_owned()
        } else {
            format!("{prefix}.{path}")
        };
        d.with_code(code, args).in_path(path)
    }

    /// Translation key, English text after `demand of "UNIT"`, arguments.
    #[allow(clippy::too_many_lines)]
    fn words(&self, observed: &str) -> (&'static str, String, Vec<(&'static str, DiagArg)>) {
        let n = DiagArg::Number;
        let y = |v: i32| DiagArg::Year(i64::from(v));
        let t = |s: String| DiagArg::Text(s);
        match self {
            Problem::CapacityNegative(v) => (
                "diag-demand-capacity",
                format!(": capacity is {v}; enter the seats in use at the start of base_year (0 or more)"),
                vec![("value", n(*v))],
            ),
            Problem::Shifts(v) => (
                "diag-demand-shifts",
                format!(": shifts is {v}; use 1, 2 or 3 (the pupils one design seat serves in a school day)"),
                vec![("value", n(*v))],
            ),
            Problem::Margin(v) => (
                "diag-demand-margin",
                format!(": margin is {v}; use a whole percent from 0 to {MAX_MARGIN}"),
                vec![("value", n(*v)), ("max", n(MAX_MARGIN))],
            ),
            Problem::Window(v) => (
                "diag-demand-window",
                format!(": window is {v}; the ratios average at least 1 observed year (default {DEFAULT_WINDOW})"),
                vec![("value", n(*v)), ("default", n(DEFAULT_WINDOW))],
            ),
            Problem::GradeCount(v) => (
                "diag-demand-grade-count",
                format!(": grade_count is {v}; use 1 to {MAX_GRADES} (default {DEFAULT_GRADE_COUNT})"),
                vec![
                    ("value", n(*v)),
                    ("max", n(MAX_GRADES as i64)),
                    ("default", n(DEFAULT_GRADE_COUNT)),
                ],
            ),
            Problem::GradeCountWithGrades => (
                "diag-demand-grade-count-with-grades",
                ": grade_count goes only with pupils totals; with grades each list gives the grades: remove grade_count".into(),
                vec![],
            ),
            Problem::NegativeBirths { year, value } => (
                "diag-demand-negative-births",
                format!(": births in {year} are {value}; a count cannot be negative"),
                vec![("year", y(*year)), ("value", n(*value))],
            ),
            Problem::NegativePupils { year, value } => (
                "diag-demand-negative-pupils",
                format!(": pupils in {year} are {value}; a count cannot be negative"),
                vec![("year", y(*year)), ("value", n(*value))],
            ),
            Problem::NegativeGrade { year, grade, value } => (
                "diag-demand-negative-grade",
                format!(": grade {grade} in {year} has {value} pupils; a count cannot be negative"),
                vec![
                    ("grade", n(*grade as i64)),
                    ("year", y(*year)),
                    ("value", n(*value)),
                ],
            ),
            Problem::BirthsGap {
                missing,
                first,
                last,
            } => (
                "diag-demand-births-gap",
                format!(
                    ": births are missing for {}; give every year from {first} to {last}",
                    year_list(missing)
                ),
                vec![
                    ("years", t(year_list(missing))),
                    ("first", y(*first)),
                    ("last", y(*last)),
                ],
            ),
            Problem::BothObserved => (
                "diag-demand-both",
                " has both grades and pupils; keep one: grades (pupils by grade) or pupils (totals only)".into(),
                vec![],
            ),
            Problem::NoObserved => (
                "diag-demand-neither",
                " has neither grades nor pupils; give pupils by grade (grades) or totals (pupils) for at least one school year".into(),
                vec![],
            ),
            Problem::ObservedEmpty => (
                "diag-demand-observed-empty",
                format!(": {observed} has no school year; give at least one"),
                vec![("field", t(observed.into()))],
            ),
            Problem::ObservedGap { missing } => (
                "diag-demand-observed-gap",
                format!(
                    ": the observed school years must follow each other; {observed} lacks {}",
                    year_list(missing)
                ),
                vec![
                    ("field", t(observed.into())),
                    ("years", t(year_list(missing))),
                ],
            ),
            Problem::GradesEmpty { year } => (
                "diag-demand-grades-empty",
                format!(": grades for {year} is an empty list; give the pupils of each grade, grade 1 first"),
                vec![("year", y(*year))],
            ),
            Problem::GradesTooMany { year, count } => (
                "diag-demand-grades-too-many",
                format!(": grades for {year} lists {count} grades; at most {MAX_GRADES}"),
                vec![
                    ("year", y(*year)),
                    ("count", n(*count as i64)),
                    ("max", n(MAX_GRADES as i64)),
                ],
            ),
            Problem::GradeLengths {
                year,
                count,
                first,
                expected,
            } => (
                "diag-demand-grade-lengths",
                format!(
                    ": grades for {year} lists {count} grades but {first} lists {expected}; give every year the same grades"
                ),
                vec![
                    ("year", y(*year)),
                    ("count", n(*count as i64)),
                    ("first", y(*first)),
                    ("expected", n(*expected as i64)),
                ],
            ),
            Problem::NoEntryRatio { births } => (
                "diag-demand-no-entry-ratio",
                format!(
                    ": no entry ratio; grade 1 of an observed year needs the births of entry_age years before, given and above 0: give births for {}",
                    year_list(births)
                ),
                vec![("years", t(year_list(births)))],
            ),
            Problem::NoCohortRatio { births } => (
                "diag-demand-no-cohort-ratio",
                format!(
                    ": no ratio of pupils to births; an observed year needs the births of all its grades, given and above 0: give births for {}",
                    year_list(births)
                ),
                vec![("years", t(year_list(births)))],
            ),
            Problem::HeldBeforeObserved {
                first,
                base,
                until,
                value,
            } => (
                "diag-demand-held-before",
                format!(
                    ": the first observed school year is {first}, after base_year {base}; {base}–{until} are held flat at the {first} pupils ({value})"
                ),
                vec![
                    ("first", y(*first)),
                    ("base", y(*base)),
                    ("until", y(*until)),
                    ("value", n(*value)),
                ],
            ),
            Problem::NoPair { grades } => {
                let list = grades
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                (
                    "diag-demand-no-pair",
                    format!(
                        ": no two consecutive observed years for grades {list}; their progression ratio is taken as 1.0 (give another school year)"
                    ),
                    vec![("grades", t(list))],
                )
            }
            Problem::BirthsHeld { years, last, value } => (
                "diag-demand-births-held",
                format!(
                    ": the forecast needs the births of {}, after the last year given ({last}); they are held at the {last} value ({value})",
                    year_list(years)
                ),
                vec![
                    ("years", t(year_list(years))),
                    ("last", y(*last)),
                    ("value", n(*value)),
                ],
            ),
            Problem::ProgressionRange { grade, ratio } => (
                "diag-demand-progression-range",
                format!(
                    ": the progression ratio into grade {grade} is {ratio:.3}, outside 0.8–1.2; check the grade counts"
                ),
                vec![("grade", n(*grade as i64)), ("ratio", ratio_text(*ratio))],
            ),
            Problem::EntryRange { ratio } => (
                "diag-demand-entry-range",
                format!(
                    ": the entry ratio (grade 1 to the births entry_age years before) is {ratio:.3}, outside 0.7–1.3; check births and grade 1"
                ),
                vec![("ratio", ratio_text(*ratio))],
            ),
        }
    }
}

/// Every problem of a demand as diagnostics (see [`Problem::diagnostic`]).
pub fn diagnostics(
    s: &Scenario,
    d: &Demand,
    subject: &Subject,
    unit: &str,
    prefix: &str,
) -> Vec<Diagnostic> {
    let observed = d.observed_field();
    evaluate(s, d)
        .problems
        .iter()
        .map(|p| p.diagnostic(subject, unit, prefix, observed))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scenario() -> Scenario {
        let mut s = Scenario::new_empty();
        s.base_year = 2023;
        s.horizon = 2029;
        s
    }

    /// A hostile file cannot make the engine overflow or hang: extreme
    /// entry ages, windows and capacities give problems or figures, never a
    /// panic.
    #[test]
    fn extreme_values_never_panic() {
        let s = scenario();
        for entry_age in [i64::MIN, -1, 0, 1_000, i64::MAX] {
            for window in [i64::MIN, 0, 1, i64::MAX] {
                let d = Demand {
                    capacity: i64::MAX,
                    shifts: 1,
                    entry_age: Some(entry_age),
                    window: Some(window),
                    births: BTreeMap::from([(i32::MIN, 1), (i32::MIN + 1, i64::MAX)]),
                    pupils: Some(BTreeMap::from([(2022, i64::MAX), (2023, 0)])),
                    grade_count: Some(12),
                    ..Demand::default()
                };
                let _ = evaluate(&s, &d);
                let _ = backtest(&d);
                let g = Demand {
                    grades: Some(BTreeMap::from([
                        (2022, vec![i64::MAX; 12]),
                        (2023, vec![0; 12]),
                    ])),
                    pupils: None,
                    grade_count: None,
                    ..d
                };
                let _ = evaluate(&s, &g);
            }
        }
    }

    #[test]
    fn year_lists_read_as_ranges() {
        assert_eq!(year_list(&[2003, 2004, 2005, 2010]), "2003–2005, 2010");
        assert_eq!(year_list(&[2016]), "2016");
        assert_eq!(year_list::<i32>(&[]), "");
    }
}

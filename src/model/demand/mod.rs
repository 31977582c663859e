//! The deficit derived from demand: pupils forecast from births and grade
//! counts, compared with the seats in use (docs/scenario-format.md, "Demand").
//!
//! Two models share one shape: a fit on the observed school years (ratios
//! averaged over the last `window` years) and a forecast from the last
//! observed year to the horizon. The backtest refits on fewer years with the
//! same code, so what it measures is the method the deficit uses.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

mod backtest;
mod checks;
mod evaluate;
mod forecast;
mod housing;
mod problems;
mod stock_fill;

pub use backtest::{Backtest, BacktestRow, backtest, backtest_summary};
pub(crate) use evaluate::deficit_by_year;
pub use evaluate::{evaluate, format_tenths, seats_needed};
pub use housing::{Housing, ILLUSTRATIVE_YIELD};
pub use problems::{diagnostics, year_list};
pub use stock_fill::with_stock;

/// Inputs of a demand-derived deficit. Counts are signed so that a negative
/// value reaches validation (with its position) instead of failing to parse.
/// Optional fields stay `None` when absent so saving keeps the form read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Demand")]
pub struct Demand {
    /// Seats in use at the start of base_year, not counting the file's schools,
    /// in the file's seat unit. May be left out where the area has existing
    /// schools: then their Sound capacity (see [`with_stock`]).
    #[serde(default)]
    pub capacity: Option<i64>,
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
    /// Pupils from new dwellings, added to the forecast (docs/scenario-format.md,
    /// "Housing").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub housing: Option<Housing>,
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
    /// No `capacity`, and no existing school in the area to take it from.
    NoCapacity,
    /// Pupils taken from the stock, but no census year every existing school
    /// of the area has.
    NoCommonCensus,
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
    // Housing (docs/scenario-format.md, "Housing").
    HousingYieldEmpty,
    HousingNegativeYield {
        index: usize,
        value: f64,
    },
    HousingNegativeDwellings {
        year: i32,
        value: i64,
    },
    /// Warning: more than one pupil per dwelling.
    HousingYieldHigh {
        index: usize,
        value: f64,
    },
    /// Warning: completions before the last observed year, not counted.
    HousingBeforeObserved {
        years: Vec<i32>,
        last: i32,
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
                | Problem::HousingYieldHigh { .. }
                | Problem::HousingBeforeObserved { .. }
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
    /// The same forecast before rounding: the school stock grows its
    /// schools' pupils by it (docs/scenario-format.md, "Existing schools").
    pub forecast_exact: Vec<(i32, f64)>,
    pub ratios: Option<Ratios>,
    pub problems: Vec<Problem>,
}

impl DemandOutcome {
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }

    /// The area's pupils P(t) for any school year, unrounded: an observed
    /// total, the first total before the first observed year, the forecast
    /// after the last. `None` for a demand with errors or beyond the
    /// forecast.
    pub fn pupils_exact(&self, t: i32) -> Option<f64> {
        if self.has_errors() {
            return None;
        }
        let &(first, first_total) = self.observed.first()?;
        if t < first {
            return Some(first_total as f64);
        }
        if let Some(&(_, v)) = self.observed.iter().find(|(y, _)| *y == t) {
            return Some(v as f64);
        }
        self.forecast_exact
            .iter()
            .find(|(y, _)| *y == t)
            .map(|&(_, p)| p)
    }
}

#[cfg(test)]
mod tests {
    use super::super::Scenario;
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
                    capacity: Some(i64::MAX),
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

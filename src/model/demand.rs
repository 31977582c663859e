//! The deficit derived from demand: pupils forecast from births and grade
//! counts, compared with the seats in use (docs/scenario-format.md, "Demand").

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Scenario;

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
}

/// The deficit the demand gives for each of `years`: need − capacity.
///
/// Integration seam: the demand engine fills this in; until then a demand
/// contributes no deficit.
pub(crate) fn deficit_by_year(_s: &Scenario, _demand: &Demand, years: &[i32]) -> Vec<i64> {
    vec![0; years.len()]
}

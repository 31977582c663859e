//! Pupils from new dwellings (docs/scenario-format.md, "Housing"): the
//! dwellings completed each calendar year times a yield by school years
//! since completion, added to a demand's forecast.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Problem;

/// `housing: Housing(dwellings: {…}, yield: […], source: "…")` inside a
/// demand. Counts are signed and yields unchecked so that a wrong value
/// reaches validation with its position instead of failing to parse.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Housing")]
pub struct Housing {
    /// Dwellings completed per calendar year.
    pub dwellings: BTreeMap<i32, i64>,
    /// Pupils per dwelling in the 1st, 2nd, … school year after completion;
    /// the last value holds after. `yield` is a Rust keyword, hence the name.
    #[serde(rename = "yield")]
    pub yields: Vec<f64>,
    #[serde(default)]
    pub source: Option<String>,
}

/// Equal when every yield is equal, all NaNs counting as one value, so that
/// `Scenario` stays `Eq` (as `DelayOdds`).
impl PartialEq for Housing {
    fn eq(&self, other: &Self) -> bool {
        let same = |a: &f64, b: &f64| a == b || (a.is_nan() && b.is_nan());
        self.dwellings == other.dwellings
            && self.source == other.source
            && self.yields.len() == other.yields.len()
            && self
                .yields
                .iter()
                .zip(&other.yields)
                .all(|(a, b)| same(a, b))
    }
}

impl Eq for Housing {}

/// ASSUMPTION (illustrative, no Kazakh yield study found): pupils per new
/// dwelling in the 1st to 4th school year after completion, rising as
/// families with young children move in and have them reach school age; the
/// last holds after. The shape follows the Department for Education's
/// published pupil yields from housing (docs/sources.md); the level is not
/// measured in Kazakhstan. A new programme in the window starts from it.
pub const ILLUSTRATIVE_YIELD: [f64; 4] = [0.10, 0.20, 0.28, 0.32];

impl Housing {
    /// A programme with no dwellings yet and the illustrative yield.
    pub fn starter() -> Housing {
        Housing {
            dwellings: BTreeMap::new(),
            yields: ILLUSTRATIVE_YIELD.to_vec(),
            source: None,
        }
    }
}

/// A yield above this is flagged: more than one pupil per dwelling usually
/// means a yield per 100 dwellings, or a percentage.
pub const MAX_PLAUSIBLE_YIELD: f64 = 1.0;

impl Housing {
    /// H(y): the pupils in school year `year` from dwellings completed in
    /// calendar years `last ..= year - 1`, `last` being the demand's last
    /// observed school year (earlier completions are in its counts). Summed
    /// over completion years ascending, unrounded.
    pub fn pupils(&self, last: i32, year: i32) -> f64 {
        let Some(&held) = self.yields.last() else {
            return 0.0;
        };
        self.dwellings
            .range(last..year.max(last))
            .map(|(&c, &n)| {
                // Lived in from school year c + 1: that is the first yield.
                let k = usize::try_from(i64::from(year) - i64::from(c) - 1).unwrap_or(0);
                n as f64 * self.yields.get(k).copied().unwrap_or(held)
            })
            .sum()
    }

    /// Dwellings written for calendar year `year` (0 when absent).
    pub fn dwellings_in(&self, year: i32) -> i64 {
        self.dwellings.get(&year).copied().unwrap_or(0)
    }

    /// The same programme at `percent` % (a what-if): every yield scaled, so
    /// the pupils H(y) scale with it and the file's dwellings stay as written.
    pub fn scaled(&self, percent: u32) -> Housing {
        let f = f64::from(percent) / 100.0;
        Housing {
            yields: self.yields.iter().map(|y| y * f).collect(),
            ..self.clone()
        }
    }
}

/// The housing rules that need no fit: an empty or negative yield, a
/// negative dwelling count (errors); a yield above 1 (warning).
pub(super) fn check(h: &Housing, out: &mut Vec<Problem>) {
    if h.yields.is_empty() {
        out.push(Problem::HousingYieldEmpty);
    }
    for (i, &value) in h.yields.iter().enumerate() {
        // NaN is not a yield either.
        if value.is_nan() || value < 0.0 {
            out.push(Problem::HousingNegativeYield { index: i, value });
        } else if value > MAX_PLAUSIBLE_YIELD {
            out.push(Problem::HousingYieldHigh { index: i, value });
        }
    }
    for (&year, &value) in &h.dwellings {
        if value < 0 {
            out.push(Problem::HousingNegativeDwellings { year, value });
        }
    }
}

/// The completion years before `last` with dwellings written: they are in
/// the observed pupils already, so they are not counted (one warning).
pub(super) fn before_observed(h: &Housing, last: i32) -> Option<Problem> {
    let years: Vec<i32> = h.dwellings.range(..last).map(|(&y, _)| y).collect();
    (!years.is_empty()).then_some(Problem::HousingBeforeObserved { years, last })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn housing() -> Housing {
        Housing {
            dwellings: BTreeMap::from([(2022, 900), (2023, 1000), (2024, 2000)]),
            yields: vec![0.1, 0.2, 0.3],
            source: None,
        }
    }

    /// L = 2023. 2022 is before L: never counted. 2023 completions live in
    /// from 2024; 2024 completions from 2025.
    /// 2023: nothing completed in 2023..2022 → 0.
    /// 2024: 1000 · y[0] = 100.
    /// 2025: 1000 · y[1] + 2000 · y[0] = 200 + 200 = 400.
    /// 2026: 1000 · y[2] + 2000 · y[1] = 300 + 400 = 700.
    /// 2028: 1000 · y[2] (held) + 2000 · y[2] (held) = 300 + 600 = 900.
    #[test]
    fn pupils_count_completions_from_the_last_observed_year_and_hold_the_last_yield() {
        let h = housing();
        let at = |y| h.pupils(2023, y);
        assert_eq!(at(2022), 0.0);
        assert_eq!(at(2023), 0.0);
        assert!((at(2024) - 100.0).abs() < 1e-9);
        assert!((at(2025) - 400.0).abs() < 1e-9);
        assert!((at(2026) - 700.0).abs() < 1e-9);
        assert!((at(2028) - 900.0).abs() < 1e-9);
    }

    #[test]
    fn rules_name_the_value() {
        let mut h = housing();
        h.yields = vec![0.2, -0.1, 1.5];
        h.dwellings.insert(2025, -5);
        let mut out = Vec::new();
        check(&h, &mut out);
        assert_eq!(
            out,
            vec![
                Problem::HousingNegativeYield {
                    index: 1,
                    value: -0.1
                },
                Problem::HousingYieldHigh {
                    index: 2,
                    value: 1.5
                },
                Problem::HousingNegativeDwellings {
                    year: 2025,
                    value: -5
                },
            ]
        );
        assert_eq!(
            before_observed(&h, 2024),
            Some(Problem::HousingBeforeObserved {
                years: vec![2022, 2023],
                last: 2024
            })
        );
        assert_eq!(before_observed(&h, 2022), None);
        let empty = Housing::default();
        let mut out = Vec::new();
        check(&empty, &mut out);
        assert_eq!(out, vec![Problem::HousingYieldEmpty]);
        assert_eq!(empty.pupils(2023, 2029), 0.0);
    }

    #[test]
    fn scaling_scales_the_pupils_not_the_dwellings() {
        let h = housing().scaled(50);
        assert_eq!(h.dwellings_in(2024), 2000);
        assert!((h.pupils(2023, 2025) - 200.0).abs() < 1e-9);
        assert_eq!(housing().scaled(0).pupils(2023, 2028), 0.0);
    }
}

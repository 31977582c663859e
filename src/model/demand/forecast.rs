//! The pupils models: the observed table, the fit and the forecast.

use std::collections::{BTreeMap, BTreeSet};

use super::{Demand, ENTRY_RANGE, MAX_GRADES, PROGRESSION_RANGE, Problem, Progression, Ratios};

/// The observed table, whichever form the file gives.
pub(super) enum Observed<'a> {
    Grades(&'a BTreeMap<i32, Vec<i64>>),
    Totals(&'a BTreeMap<i32, i64>),
}

impl<'a> Observed<'a> {
    pub(super) fn of(d: &'a Demand) -> Option<Self> {
        match (&d.grades, &d.pupils) {
            (Some(g), _) => Some(Observed::Grades(g)),
            (None, Some(p)) => Some(Observed::Totals(p)),
            (None, None) => None,
        }
    }

    pub(super) fn years(&self) -> Vec<i32> {
        match self {
            Observed::Grades(g) => g.keys().copied().collect(),
            Observed::Totals(p) => p.keys().copied().collect(),
        }
    }

    pub(super) fn total(&self, year: i32) -> i64 {
        match self {
            Observed::Grades(g) => g
                .get(&year)
                .map_or(0, |v| v.iter().fold(0i64, |a, &b| a.saturating_add(b))),
            Observed::Totals(p) => p.get(&year).copied().unwrap_or(0),
        }
    }
}

/// The fitted ratios.
pub(super) enum Fit {
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
    pub(super) fn ratios(&self, grade_count: i64) -> Ratios {
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

pub(super) fn fit_warnings(fit: &Fit, out: &mut Vec<Problem>) {
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
/// and births have no gaps. The error docs/scenario-format.md ("Demand")
/// gives for that case cannot arise.
#[derive(Default)]
pub(super) struct BirthUse {
    held: BTreeSet<i64>,
}

impl BirthUse {
    pub(super) fn held(&self, d: &Demand) -> Option<Problem> {
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
pub(super) struct Setup<'a> {
    births: &'a BTreeMap<i32, i64>,
    entry_age: i64,
    window: usize,
    pub(super) grade_count: i64,
}

impl<'a> Setup<'a> {
    pub(super) fn of(d: &'a Demand) -> Self {
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
    pub(super) fn fit(&self, obs: &Observed, upto: i32) -> Result<Fit, Problem> {
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
    pub(super) fn forecast(
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

//! Results derived from the document, computed once per revision (and
//! what-if), and the one place a [`Selection`] is cut out of them.

use std::collections::HashMap;

use super::analysis::Analysis;
use super::{Document, Selection};
use crate::model::{
    Band, ClosingRow, ComparisonRow, CostRow, Demand, DemandOutcome, Diagnostic, Headline,
    Projection, Risk, Scenario, WhatIf, YearRow, backtest, backtest_summary, evaluate_demand,
    has_errors, project_with, validate,
};

/// Derived from the document, recomputed only when its revision changes.
pub struct Derived {
    pub(super) revision: u64,
    pub(super) what_if: WhatIf,
    pub diagnostics: Vec<Diagnostic>,
    pub projection: Projection,
    pub has_errors: bool,
    /// Scenario indices of the schools in each region (by region index), and
    /// of all schools, so the table never filters per frame.
    schools_by_region: Vec<Vec<usize>>,
    all_schools: Vec<usize>,
    /// Headline figures of the country (first) and of each region.
    headlines: Vec<Headlines>,
    pub demand: Vec<Option<DemandBasis>>,
    /// Per region planned by district (empty otherwise), per district: the
    /// scenario indices of its schools and its headline figures.
    districts: Vec<Vec<DistrictDerived>>,
}

struct DistrictDerived {
    schools: Vec<usize>,
    headlines: Headlines,
    /// The basis of the district's demand, when it has one.
    demand: Option<DemandBasis>,
}

/// The basis of a region's demand-derived deficit, for the planner to read:
/// pupils observed and forecast, need and capacity, the ratios, warnings,
/// and the backtest's mean absolute error by years ahead.
#[derive(Debug, Clone, PartialEq)]
pub struct DemandBasis {
    pub outcome: DemandOutcome,
    /// `(years ahead, mean |error| in percent, forecasts averaged)`.
    pub accuracy: Vec<(i32, f64, usize)>,
}

/// A selection's headline figures, from "now" (the window) and from the base
/// year (the slides).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Headlines {
    pub now: Headline,
    pub base: Headline,
}

impl Derived {
    /// `diagnostics`: the document's validation, when already known for this
    /// revision (from the loader, with positions, or the previous results);
    /// otherwise the scenario is validated here.
    pub(super) fn new(
        doc: &Document,
        what_if: WhatIf,
        school_year_now: i32,
        diagnostics: Option<Vec<Diagnostic>>,
    ) -> Self {
        let s = doc.scenario();
        let diagnostics = diagnostics.unwrap_or_else(|| validate(s));
        let mut schools_by_region = vec![Vec::new(); s.regions.len()];
        let index: HashMap<&str, usize> = s
            .regions
            .iter()
            .enumerate()
            .rev()
            .map(|(i, r)| (r.id.as_str(), i))
            .collect();
        for (i, school) in s.schools.iter().enumerate() {
            if let Some(&r) = index.get(school.region.as_str()) {
                schools_by_region[r].push(i);
            }
        }
        let projection = project_with(s, &what_if);
        let headlines = headlines(s, &projection, school_year_now);
        let demand = s
            .regions
            .iter()
            .map(|r| r.demand.as_ref().map(|d| demand_basis(s, d)))
            .collect();
        let districts = districts(s, &projection, &schools_by_region, school_year_now);
        Derived {
            demand,
            revision: doc.revision(),
            what_if,
            has_errors: has_errors(&diagnostics),
            diagnostics,
            projection,
            schools_by_region,
            all_schools: (0..s.schools.len()).collect(),
            headlines,
            districts,
        }
    }
}

fn demand_basis(s: &Scenario, d: &Demand) -> DemandBasis {
    DemandBasis {
        outcome: evaluate_demand(s, d),
        accuracy: backtest_summary(&backtest(d).rows),
    }
}

impl Derived {
    /// The basis of the demand of district `d` of region `r`, if it has one.
    pub fn district_demand(&self, r: usize, d: usize) -> Option<&DemandBasis> {
        self.districts.get(r)?.get(d)?.demand.as_ref()
    }
}

fn headlines(s: &Scenario, p: &Projection, school_year_now: i32) -> Vec<Headlines> {
    // A horizon before the base year is a validation error; never panic on it.
    let now = school_year_now.min(s.horizon).max(s.base_year);
    let of = |rows: &[YearRow], closing| Headlines {
        now: Headline::of(rows, closing, now, s.horizon),
        base: Headline::of(rows, closing, s.base_year, s.horizon),
    };
    std::iter::once(of(&p.total, p.total_closing_year))
        .chain(p.regions.iter().map(|r| of(&r.rows, r.closing_year)))
        .collect()
}

/// Each district's schools (in file order) and headline figures.
fn districts(
    s: &Scenario,
    p: &Projection,
    schools_by_region: &[Vec<usize>],
    school_year_now: i32,
) -> Vec<Vec<DistrictDerived>> {
    let now = school_year_now.min(s.horizon).max(s.base_year);
    s.regions
        .iter()
        .enumerate()
        .map(|(r, region)| {
            let Some(ds) = &region.districts else {
                return Vec::new();
            };
            let projected = p.regions.get(r).map_or(&[][..], |x| x.districts.as_slice());
            ds.iter()
                .enumerate()
                .map(|(d, district)| {
                    let schools = schools_by_region
                        .get(r)
                        .into_iter()
                        .flatten()
                        .copied()
                        .filter(|&i| {
                            s.schools.get(i).and_then(|x| x.district.as_deref())
                                == Some(district.id.as_str())
                        })
                        .collect();
                    let (rows, closing) = projected
                        .get(d)
                        .map_or((&[][..], None), |x| (x.rows.as_slice(), x.closing_year));
                    DistrictDerived {
                        demand: district.demand.as_ref().map(|d| demand_basis(s, d)),
                        schools,
                        headlines: Headlines {
                            now: Headline::of(rows, closing, now, s.horizon),
                            base: Headline::of(rows, closing, s.base_year, s.horizon),
                        },
                    }
                })
                .collect()
        })
        .collect()
}

/// Everything the views show about one selection.
pub struct Slice<'a> {
    pub selection: Selection,
    /// Year by year, base to horizon; empty for a region without a projection.
    pub rows: &'a [YearRow],
    pub closing_year: Option<i32>,
    pub headlines: Option<Headlines>,
    /// The region is marked illustrative (the country: any region is).
    pub illustrative: bool,
    /// Scenario indices of the schools listed.
    pub schools: &'a [usize],
    /// The plan's cost by year, and in all.
    pub cost_rows: &'a [CostRow],
    pub cost_total: Option<CostRow>,
    /// What closing the shortfall left at the horizon would take.
    pub closing: Option<&'a ClosingRow>,
    /// This plan against the compared one, by year.
    pub comparison: Option<&'a [ComparisonRow]>,
    /// The delay-risk band by year.
    pub risk: Option<&'a [Band]>,
}

impl Slice<'_> {
    /// The shortfall at the horizon (the last row).
    pub fn shortfall_at_horizon(&self) -> Option<i64> {
        self.rows.last().map(|r| r.shortfall)
    }
}

/// Cuts `selection` out of the scenario, its derived results and the analysis.
pub fn slice<'a>(
    s: &'a Scenario,
    derived: &'a Derived,
    analysis: &'a Analysis,
    risk: Option<&'a Risk>,
    selection: Selection,
) -> Slice<'a> {
    let p = &derived.projection;
    match selection {
        Selection::Country => Slice {
            selection,
            rows: &p.total,
            closing_year: p.total_closing_year,
            headlines: derived.headlines.first().copied(),
            illustrative: s.regions.iter().any(|r| r.illustrative),
            schools: &derived.all_schools,
            cost_rows: analysis.cost.as_ref().map_or(&[], |c| &c.total),
            cost_total: analysis.cost.as_ref().map(|c| c.grand_total),
            closing: analysis.closing.as_ref().map(|c| &c.total),
            comparison: analysis.comparison.as_ref().map(|c| c.total.as_slice()),
            risk: risk.map(|r| r.total.as_slice()),
        },
        Selection::Region(i) => {
            let region = analysis.cost.as_ref().and_then(|c| c.regions.get(i));
            Slice {
                selection,
                rows: p.regions.get(i).map_or(&[], |r| &r.rows),
                closing_year: p.regions.get(i).and_then(|r| r.closing_year),
                headlines: derived.headlines.get(i + 1).copied(),
                illustrative: s.regions.get(i).is_some_and(|r| r.illustrative),
                schools: derived.schools_by_region.get(i).map_or(&[], |v| v),
                cost_rows: region.map_or(&[], |r| &r.rows),
                cost_total: region.map(|r| r.total),
                closing: analysis
                    .closing
                    .as_ref()
                    .and_then(|c| c.regions.iter().find(|r| r.region == i)),
                comparison: analysis.comparison.as_ref().and_then(|c| {
                    let id = &s.regions.get(i)?.id;
                    c.region(id).map(|r| r.rows.as_slice())
                }),
                risk: risk.and_then(|r| {
                    r.regions
                        .iter()
                        .find(|b| b.region == i)
                        .map(|b| b.rows.as_slice())
                }),
            }
        }
        Selection::District(i, d) => district_slice(s, derived, analysis, risk, i, d),
    }
}

/// District `d` of region `i`: the same cuts, one level down.
fn district_slice<'a>(
    s: &'a Scenario,
    derived: &'a Derived,
    analysis: &'a Analysis,
    risk: Option<&'a Risk>,
    i: usize,
    d: usize,
) -> Slice<'a> {
    let region = s.regions.get(i);
    let district = region.and_then(|r| r.districts.as_ref()?.get(d));
    let projected = derived
        .projection
        .regions
        .get(i)
        .and_then(|r| r.districts.get(d));
    let own = derived.districts.get(i).and_then(|x| x.get(d));
    let cost = analysis
        .cost
        .as_ref()
        .and_then(|c| c.regions.get(i)?.districts.get(d));
    Slice {
        selection: Selection::District(i, d),
        rows: projected.map_or(&[], |x| &x.rows),
        closing_year: projected.and_then(|x| x.closing_year),
        headlines: own.map(|x| x.headlines),
        illustrative: district.is_some_and(|x| x.illustrative)
            || region.is_some_and(|r| r.illustrative),
        schools: own.map_or(&[], |x| &x.schools),
        cost_rows: cost.map_or(&[], |c| &c.rows),
        cost_total: cost.map(|c| c.total),
        closing: analysis
            .closing
            .as_ref()
            .and_then(|c| c.regions.iter().find(|r| r.region == i)?.districts.get(d)),
        comparison: analysis.comparison.as_ref().and_then(|c| {
            let id = &district?.id;
            let rows = &c.region(&region?.id)?.district(id)?.rows;
            Some(rows.as_slice())
        }),
        risk: risk.and_then(|r| {
            let b = r.regions.iter().find(|b| b.region == i)?.districts.get(d)?;
            Some(b.rows.as_slice())
        }),
    }
}

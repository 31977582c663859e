//! Results derived from the document, computed once per revision (and
//! what-if), and the one place a [`Selection`] is cut out of them.

use std::collections::HashMap;

use super::analysis::Analysis;
use super::{Document, Selection};
use crate::model::{
    Band, ClosingRow, ComparisonRow, CostRow, Diagnostic, Headline, Projection, Risk, Scenario,
    WhatIf, YearRow, has_errors, project_with, validate,
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
        Derived {
            revision: doc.revision(),
            what_if,
            has_errors: has_errors(&diagnostics),
            diagnostics,
            projection,
            schools_by_region,
            all_schools: (0..s.schools.len()).collect(),
            headlines,
        }
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
    }
}

//! Two scenarios side by side: the shortfall each leaves, region by region and
//! year by year, in one seat unit.
//!
//! Rules (documented in `docs/scenario-format.md`, "Comparing scenarios"):
//! - Regions are matched by id. Rows follow A's region order, then the regions
//!   only in B in B's order. A region in only one file counts 0 for the other
//!   (and is listed in `only_in_a` / `only_in_b`, so the caller can warn).
//! - Years: the union of both files' `base_year..=horizon`, ascending. In a
//!   year outside one file's range that file's value is `None` (not 0: the
//!   file says nothing about that year).
//! - Units: two files in the same unit are compared in it. When one is
//!   `TwoShift` and the other `Design`, everything is shown in design seats:
//!   the TwoShift file's shortfalls (its seats and deficit are both in
//!   two-shift places, so its shortfall is too) are halved, rounded to the
//!   nearest seat with halves away from zero, region by region; totals add up
//!   the converted regions.

use std::collections::{BTreeSet, HashSet};

use super::projection::div_round_half_away;
use super::{Projection, RegionProjection, Scenario, SeatUnit, WhatIf, YearRow, project_with};

/// One year of one region (or of the country) in both files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ComparisonRow {
    pub year: i32,
    /// `None` when the year is outside file A's years.
    pub shortfall_a: Option<i64>,
    /// `None` when the year is outside file B's years.
    pub shortfall_b: Option<i64>,
}

impl ComparisonRow {
    /// b − a, when both files cover the year.
    pub fn difference(&self) -> Option<i64> {
        Some(self.shortfall_b?.saturating_sub(self.shortfall_a?))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionComparison {
    pub id: String,
    /// Index of the region in A's `regions`, if A has it.
    pub in_a: Option<usize>,
    /// Index of the region in B's `regions`, if B has it.
    pub in_b: Option<usize>,
    /// One row per year of [`Comparison::years`].
    pub rows: Vec<ComparisonRow>,
    /// The region's districts in either file, matched by id; empty when
    /// neither file plans it by district.
    pub districts: Vec<DistrictComparison>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DistrictComparison {
    pub id: String,
    /// One row per year of [`Comparison::years`].
    pub rows: Vec<ComparisonRow>,
}

impl RegionComparison {
    pub fn district(&self, id: &str) -> Option<&DistrictComparison> {
        self.districts.iter().find(|d| d.id == id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// The unit of every figure in the comparison.
    pub unit: SeatUnit,
    /// The units of the files as written; when they differ, the `TwoShift`
    /// one was converted to design seats (the chart should say so).
    pub unit_a: SeatUnit,
    pub unit_b: SeatUnit,
    /// `(base_year, horizon)` of each file.
    pub years_a: (i32, i32),
    pub years_b: (i32, i32),
    /// The union of both files' years, ascending.
    pub years: Vec<i32>,
    pub regions: Vec<RegionComparison>,
    /// Per year, the sum over regions of each side (`None` outside its years).
    pub total: Vec<ComparisonRow>,
    /// Ids of the regions only in A, in A's order (0 taken for B).
    pub only_in_a: Vec<String>,
    /// Ids of the regions only in B, in B's order (0 taken for A).
    pub only_in_b: Vec<String>,
}

impl Comparison {
    /// Whether one file's figures were converted to design seats.
    pub fn converted(&self) -> bool {
        self.unit_a != self.unit_b
    }

    pub fn region(&self, id: &str) -> Option<&RegionComparison> {
        self.regions.iter().find(|r| r.id == id)
    }
}

/// The shortfalls of `a` and `b`, as written.
pub fn compare(a: &Scenario, b: &Scenario) -> Comparison {
    compare_with(a, b, &WhatIf::NONE)
}

/// The shortfalls of `a` and `b` under the same what-if view.
pub fn compare_with(a: &Scenario, b: &Scenario, what_if: &WhatIf) -> Comparison {
    compare_projections(
        &project_with(a, what_if),
        a.seat_unit,
        &project_with(b, what_if),
        b.seat_unit,
    )
}

/// The comparison of two projections already computed (for a caller that
/// caches them), each with the unit of its file.
pub fn compare_projections(
    a: &Projection,
    unit_a: SeatUnit,
    b: &Projection,
    unit_b: SeatUnit,
) -> Comparison {
    let unit = if unit_a == unit_b {
        unit_a
    } else {
        SeatUnit::Design
    };
    let years: Vec<i32> = a
        .years()
        .chain(b.years())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let side_a = Side::new(a, unit_a, unit);
    let side_b = Side::new(b, unit_b, unit);

    let mut seen = HashSet::new();
    let mut regions = Vec::with_capacity(a.regions.len());
    let mut only_in_a = Vec::new();
    let mut only_in_b = Vec::new();
    for r in a.regions.iter().chain(&b.regions) {
        if !seen.insert(r.id.as_str()) {
            continue;
        }
        let ra = a.region(&r.id);
        let rb = b.region(&r.id);
        match (ra, rb) {
            (Some(_), None) => only_in_a.push(r.id.clone()),
            (None, Some(_)) => only_in_b.push(r.id.clone()),
            _ => {}
        }
        let rows = compare_rows(
            &years,
            (&side_a, ra.map(|r| r.rows.as_slice())),
            (&side_b, rb.map(|r| r.rows.as_slice())),
        );
        regions.push(RegionComparison {
            id: r.id.clone(),
            in_a: ra.map(|r| r.region),
            in_b: rb.map(|r| r.region),
            rows,
            districts: compare_districts(&years, (&side_a, ra), (&side_b, rb)),
        });
    }

    let total = years
        .iter()
        .enumerate()
        .map(|(i, &year)| {
            let sum = |pick: fn(&ComparisonRow) -> Option<i64>| {
                regions.iter().fold(0i64, |acc, r| {
                    acc.saturating_add(pick(&r.rows[i]).unwrap_or(0))
                })
            };
            ComparisonRow {
                year,
                shortfall_a: side_a.covers(year).then(|| sum(|r| r.shortfall_a)),
                shortfall_b: side_b.covers(year).then(|| sum(|r| r.shortfall_b)),
            }
        })
        .collect();

    Comparison {
        unit,
        unit_a,
        unit_b,
        years_a: (a.base_year, a.horizon),
        years_b: (b.base_year, b.horizon),
        years,
        regions,
        total,
        only_in_a,
        only_in_b,
    }
}

/// One row per year: the shortfall of a unit (region or district) in each
/// file; `None` for a unit the file does not have.
fn compare_rows(
    years: &[i32],
    (side_a, a): (&Side, Option<&[YearRow]>),
    (side_b, b): (&Side, Option<&[YearRow]>),
) -> Vec<ComparisonRow> {
    years
        .iter()
        .map(|&year| ComparisonRow {
            year,
            shortfall_a: side_a.shortfall(a, year),
            shortfall_b: side_b.shortfall(b, year),
        })
        .collect()
}

/// The districts of one region in both files, matched by id.
fn compare_districts(
    years: &[i32],
    (side_a, a): (&Side, Option<&RegionProjection>),
    (side_b, b): (&Side, Option<&RegionProjection>),
) -> Vec<DistrictComparison> {
    let da = a.map_or(&[][..], |r| r.districts.as_slice());
    let db = b.map_or(&[][..], |r| r.districts.as_slice());
    let mut seen = HashSet::new();
    da.iter()
        .chain(db)
        .filter(|d| seen.insert(d.id.as_str()))
        .map(|d| {
            let ra = a.and_then(|r| r.district(&d.id)).map(|d| d.rows.as_slice());
            let rb = b.and_then(|r| r.district(&d.id)).map(|d| d.rows.as_slice());
            DistrictComparison {
                id: d.id.clone(),
                rows: compare_rows(years, (side_a, ra), (side_b, rb)),
            }
        })
        .collect()
}

/// One file of the comparison: its projection and whether to halve it.
struct Side<'a> {
    p: &'a Projection,
    halve: bool,
}

impl<'a> Side<'a> {
    fn new(p: &'a Projection, unit: SeatUnit, shown: SeatUnit) -> Self {
        Side {
            p,
            halve: unit == SeatUnit::TwoShift && shown == SeatUnit::Design,
        }
    }

    /// Whether the file projects `year` (an invalid span projects nothing).
    fn covers(&self, year: i32) -> bool {
        !self.p.total.is_empty() && (self.p.base_year..=self.p.horizon).contains(&year)
    }

    /// A unit's (region's or district's) shortfall in `year` in the shown
    /// unit, from its rows; 0 for a unit the file does not have; `None`
    /// outside the file's years.
    fn shortfall(&self, rows: Option<&[YearRow]>, year: i32) -> Option<i64> {
        if !self.covers(year) {
            return None;
        }
        let Some(rows) = rows else {
            return Some(0);
        };
        let i = usize::try_from(i64::from(year) - i64::from(self.p.base_year)).ok()?;
        let v = rows.get(i)?.shortfall;
        Some(if self.halve {
            i64::try_from(div_round_half_away(i128::from(v), 2)).unwrap_or(v / 2)
        } else {
            v
        })
    }
}

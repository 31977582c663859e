//! Results derived from the document, computed once per revision (and
//! what-if), and the one place a [`Selection`] is cut out of them.

use std::cell::OnceCell;
use std::collections::HashMap;

use super::analysis::Analysis;
use super::{Document, Selection};
use crate::model::{
    Band, ClosingRow, ComparisonRow, CostRow, Demand, DemandOutcome, Diagnostic, Headline,
    Projection, Risk, Scenario, Stock, WhatIf, YearRow, backtest, backtest_summary,
    district_id_for, evaluate_demand, has_errors, has_housing, labels_replaced, project_with,
    region_has_housing, stock_with, stock_without_plan, validate, with_stock,
};

/// Derived from the document, recomputed only when its revision changes.
pub struct Derived {
    pub(super) revision: u64,
    pub(super) what_if: WhatIf,
    pub diagnostics: Vec<Diagnostic>,
    pub projection: Projection,
    /// The same projection with every housing programme left out; `None`
    /// when the file has none (docs/scenario-format.md, "Housing").
    pub without_housing: Option<Projection>,
    pub has_errors: bool,
    /// Whether the plan is still the one approved (read off the
    /// diagnostics, which carry "changed since approval", so the digest is
    /// worked out once a revision).
    pub approval: crate::model::Approval,
    /// In a consolidated file whose regions carry their files' reviews:
    /// (regions still approved, regions). `None` when no region has one.
    pub regions_approved: Option<(usize, usize)>,
    /// Each region's carried approval, by region index (empty when no
    /// region has a review of its own).
    pub region_approvals: Vec<crate::model::Approval>,
    /// Scenario indices of the schools in each region (by region index), and
    /// of all schools, so the table never filters per frame.
    schools_by_region: Vec<Vec<usize>>,
    all_schools: Vec<usize>,
    /// Net seats of those schools (the table's heading), by region and in all.
    seats_by_region: Vec<i64>,
    all_seats: i64,
    /// Headline figures "now" of the country (first) and of each region:
    /// the window's chart and its slides say the same.
    headlines: Vec<Headline>,
    pub demand: Vec<Option<DemandBasis>>,
    /// The school stock after the plan's relief, under the what-if view.
    pub stock: Stock,
    /// The same stock if no planned school opened (empty without a stock).
    pub stock_without: Stock,
    /// Indices of the existing schools of each region (by region index).
    existing_by_region: Vec<Vec<usize>>,
    /// Three-shift schools at the horizon with the plan, by region index;
    /// `None` for a region without existing schools (the map's switch).
    pub three_shift_by_region: Vec<Option<i64>>,
    /// Per region planned by district (empty otherwise), per district: the
    /// scenario indices of its schools and its headline figures.
    districts: Vec<Vec<DistrictDerived>>,
    /// Per region: what "Plan by district" would do. Both walk every school
    /// of the file, too slow for each frame the region editor draws; worked
    /// out the first time it is asked for in this revision.
    plan_by_district: Vec<OnceCell<PlanByDistrict>>,
}

/// What "Plan by district" would do to a region planned as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanByDistrict {
    /// The id its one district gets ([`district_id_for`]).
    pub id: String,
    /// The schools' free district labels that give way to `id`, and how
    /// many schools carry them ([`labels_replaced`]).
    pub labels: Vec<String>,
    pub schools: usize,
}

struct DistrictDerived {
    schools: Vec<usize>,
    seats: i64,
    headlines: Headline,
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

impl Derived {
    /// The existing schools of region `r` (indices into `Scenario::existing`).
    pub fn existing_in(&self, r: usize) -> &[usize] {
        self.existing_by_region.get(r).map_or(&[], Vec::as_slice)
    }

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
        let mut diagnostics = diagnostics.unwrap_or_else(|| {
            let mut d = validate(s);
            d.extend(crate::io::approval_diagnostic(s));
            d
        });
        // What today's date says is added here, once: the file's own
        // validation (the loader's, with positions) does not ask the clock.
        if !diagnostics
            .iter()
            .any(|d| d.code == crate::model::COMMISSIONED_FUTURE)
        {
            diagnostics.extend(crate::model::validate_on(s, school_year_now));
        }
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
        let without_housing =
            has_housing(s).then(|| project_with(&crate::model::without_housing(s), &what_if));
        let stock = stock_with(s, &what_if);
        let stock_without = if s.existing.is_empty() {
            Stock::default()
        } else {
            stock_without_plan(s)
        };
        let mut existing_by_region = vec![Vec::new(); s.regions.len()];
        for (i, school) in stock.schools.iter().enumerate() {
            if let Some(list) = school.area.and_then(|(r, _)| existing_by_region.get_mut(r)) {
                list.push(i);
            }
        }
        let three_shift_by_region = existing_by_region
            .iter()
            .enumerate()
            .map(|(i, list)| {
                (!list.is_empty())
                    .then(|| stock.rows_for(Some(i), None).last().map(|r| r.three_shift))
                    .flatten()
            })
            .collect();
        let headlines = headlines(s, &projection, school_year_now);
        let demand = s
            .regions
            .iter()
            .map(|r| r.demand.as_ref().map(|d| demand_basis(s, (&r.id, None), d)))
            .collect();
        let districts = districts(s, &projection, &schools_by_region, school_year_now);
        let seats_by_region = schools_by_region.iter().map(|v| net_seats(s, v)).collect();
        let region_approvals = if s.regions.iter().any(|r| r.review.is_some()) {
            (0..s.regions.len())
                .map(|i| crate::io::review::region_approval(s, i))
                .collect()
        } else {
            Vec::new()
        };
        Derived {
            demand,
            stock,
            stock_without,
            existing_by_region,
            three_shift_by_region,
            revision: doc.revision(),
            what_if,
            has_errors: has_errors(&diagnostics),
            approval: approval_of(s, &diagnostics),
            regions_approved: (!region_approvals.is_empty()).then(|| {
                let approved = region_approvals
                    .iter()
                    .filter(|a| **a == crate::model::Approval::Approved)
                    .count();
                (approved, s.regions.len())
            }),
            region_approvals,
            diagnostics,
            projection,
            without_housing,
            schools_by_region,
            all_schools: (0..s.schools.len()).collect(),
            seats_by_region,
            all_seats: s.schools.iter().map(|x| s.net_seats(x)).sum(),
            headlines,
            districts,
            plan_by_district: vec![OnceCell::new(); s.regions.len()],
        }
    }
}

fn approval_of(s: &Scenario, diagnostics: &[Diagnostic]) -> crate::model::Approval {
    use crate::model::Approval;
    if s.review.as_ref().is_none_or(|r| r.approved.is_none()) {
        Approval::None
    } else if diagnostics
        .iter()
        .any(|d| d.code == "diag-changed-since-approval")
    {
        Approval::Changed
    } else {
        Approval::Approved
    }
}

/// Net seats of the schools at `indices`.
fn net_seats(s: &Scenario, indices: &[usize]) -> i64 {
    indices
        .iter()
        .filter_map(|&i| s.schools.get(i))
        .map(|x| s.net_seats(x))
        .sum()
}

/// A demand's figures, with what it takes from the area's existing schools.
fn demand_basis(s: &Scenario, area: (&str, Option<&str>), d: &Demand) -> DemandBasis {
    let d = with_stock(s, area.0, area.1, d);
    DemandBasis {
        outcome: evaluate_demand(s, &d),
        accuracy: backtest_summary(&backtest(&d).rows),
    }
}

impl Derived {
    /// What "Plan by district" would do to region `r` of `s`, the scenario
    /// this was derived from.
    pub fn plan_by_district(&self, s: &Scenario, r: usize) -> Option<&PlanByDistrict> {
        let cell = self.plan_by_district.get(r)?;
        Some(cell.get_or_init(|| {
            let id = district_id_for(s, r);
            let (labels, schools) = labels_replaced(s, r, &id);
            PlanByDistrict {
                id,
                labels,
                schools,
            }
        }))
    }

    /// Scenario indices of the schools in district `d` of region `r`.
    pub fn district_schools(&self, r: usize, d: usize) -> &[usize] {
        self.districts
            .get(r)
            .and_then(|x| x.get(d))
            .map_or(&[], |x| &x.schools)
    }

    /// The basis of the demand of district `d` of region `r`, if it has one.
    pub fn district_demand(&self, r: usize, d: usize) -> Option<&DemandBasis> {
        self.districts.get(r)?.get(d)?.demand.as_ref()
    }
}

fn headlines(s: &Scenario, p: &Projection, school_year_now: i32) -> Vec<Headline> {
    // A horizon before the base year is a validation error; never panic on it.
    let now = school_year_now.min(s.horizon).max(s.base_year);
    let of = |rows: &[YearRow], closing| Headline::of(rows, closing, now, s.horizon);
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
                    let schools: Vec<usize> = schools_by_region
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
                        demand: district
                            .demand
                            .as_ref()
                            .map(|d| demand_basis(s, (&region.id, Some(&district.id)), d)),
                        seats: net_seats(s, &schools),
                        schools,
                        headlines: Headline::of(rows, closing, now, s.horizon),
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
    pub headlines: Option<Headline>,
    /// The region is marked illustrative (the country: any region is).
    pub illustrative: bool,
    /// Scenario indices of the schools listed.
    pub schools: &'a [usize],
    /// Their net seats (seats less those they replace).
    pub seats: i64,
    /// The plan's cost by year, and in all.
    pub cost_rows: &'a [CostRow],
    pub cost_total: Option<CostRow>,
    /// What closing the shortfall left at the horizon would take.
    pub closing: Option<&'a ClosingRow>,
    /// This plan against the compared one, by year.
    pub comparison: Option<&'a [ComparisonRow]>,
    /// The delay-risk band by year.
    pub risk: Option<&'a [Band]>,
    /// The same rows with housing left out, where the selection has a
    /// housing programme.
    pub without_housing: Option<&'a [YearRow]>,
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
            seats: derived.all_seats,
            cost_rows: analysis.cost.as_ref().map_or(&[], |c| &c.total),
            cost_total: analysis.cost.as_ref().map(|c| c.grand_total),
            closing: analysis.closing.as_ref().map(|c| &c.total),
            comparison: analysis.comparison.as_ref().map(|c| c.total.as_slice()),
            risk: risk.map(|r| r.total.as_slice()),
            without_housing: derived.without_housing.as_ref().map(|p| p.total.as_slice()),
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
                seats: derived.seats_by_region.get(i).copied().unwrap_or(0),
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
                without_housing: derived
                    .without_housing
                    .as_ref()
                    .filter(|_| s.regions.get(i).is_some_and(region_has_housing))
                    .and_then(|p| p.regions.get(i))
                    .map(|r| r.rows.as_slice()),
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
        seats: own.map_or(0, |x| x.seats),
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
        without_housing: derived
            .without_housing
            .as_ref()
            .filter(|_| {
                district.is_some_and(|x| x.demand.as_ref().is_some_and(|d| d.housing.is_some()))
            })
            .and_then(|p| p.regions.get(i)?.districts.get(d))
            .map(|x| x.rows.as_slice()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{District, LocalizedName, Region, RegionKind, School, SchoolStatus};

    fn region(id: &str, districts: Option<Vec<District>>) -> Region {
        Region {
            id: id.into(),
            name: LocalizedName::default(),
            kind: RegionKind::Oblast,
            deficit: districts.is_none().then(|| [(2023, 100)].into()),
            demand: None,
            districts,
            illustrative: false,
            source: None,
            review: None,
        }
    }

    fn district(id: &str) -> District {
        District {
            id: id.into(),
            name: LocalizedName::default(),
            deficit: Some([(2023, 50)].into()),
            demand: None,
            illustrative: false,
            source: None,
        }
    }

    fn school(id: &str, region: &str, district: Option<&str>) -> School {
        School {
            id: id.into(),
            name: id.into(),
            region: region.into(),
            district: district.map(Into::into),
            seats: 300,
            replaces: 0,
            opens: 2025,
            status: SchoolStatus::Planned,
            funding: None,
            source: None,
            replaces_existing: None,
        }
    }

    /// "north" is planned as a whole; its schools carry the free labels
    /// Left, Right, Left and none, so its one district takes the region's
    /// id and replaces two labels on three schools. "east" has districts
    /// d-a (no school) and d-b (school 4).
    #[test]
    fn plan_by_district_and_district_schools_match_the_model() {
        let mut s = Scenario::new_empty();
        s.regions = vec![
            region("north", None),
            region("east", Some(vec![district("d-a"), district("d-b")])),
        ];
        s.schools = vec![
            school("s0", "north", Some("Left")),
            school("s1", "north", Some("Right")),
            school("s2", "north", Some("Left")),
            school("s3", "north", None),
            school("s4", "east", Some("d-b")),
        ];
        let doc = Document::new(s, None);
        let d = Derived::new(&doc, WhatIf::NONE, 2026, None);
        let plan = d.plan_by_district(doc.scenario(), 0).expect("region 0");
        assert_eq!(
            plan,
            &PlanByDistrict {
                id: "north".into(),
                labels: vec!["Left".into(), "Right".into()],
                schools: 3,
            }
        );
        // Worked out once: the second call returns the same value.
        let again = d.plan_by_district(doc.scenario(), 0).expect("region 0");
        assert!(std::ptr::eq(plan, again));
        assert!(d.plan_by_district(doc.scenario(), 2).is_none());
        assert_eq!(d.district_schools(1, 0), &[] as &[usize]);
        assert_eq!(d.district_schools(1, 1), &[4]);
        assert_eq!(d.district_schools(0, 0), &[] as &[usize]);
        // 300 seats a school: five in all, four in north, one in d-b.
        let analysis = Analysis::default();
        let seats = |sel| slice(doc.scenario(), &d, &analysis, None, sel).seats;
        assert_eq!(seats(Selection::Country), 1500);
        assert_eq!(seats(Selection::Region(0)), 1200);
        assert_eq!(seats(Selection::District(1, 0)), 0);
        assert_eq!(seats(Selection::District(1, 1)), 300);
    }
}

//! What each housing programme calls for (docs/scenario-format.md,
//! "Housing"): per area with housing and year, the dwellings completed, the
//! pupils they bring and the shortfall with the plan without and with them.

use super::projection::years_of;
use super::{Demand, Projection, Scenario, WhatIf, YearRow, evaluate_demand, project_with};

/// One area with housing and one year, as `seatplan housing` prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HousingRow {
    pub region: String,
    /// Empty for a region's own demand.
    pub district: String,
    pub year: i32,
    /// Dwellings written for calendar year `year` (0 when absent), counted or not.
    pub dwellings: i64,
    /// round(H(year)).
    pub pupils: i64,
    pub shortfall_without: i64,
    pub shortfall_with: i64,
}

impl HousingRow {
    /// The seats the housing itself calls for: with − without.
    pub fn seats(&self) -> i64 {
        self.shortfall_with.saturating_sub(self.shortfall_without)
    }
}

/// The scenario with every housing programme left out: what the plan would
/// face from births and pupils alone.
pub fn without_housing(s: &Scenario) -> Scenario {
    let mut out = s.clone();
    for d in super::whatif::demands_mut(&mut out) {
        d.housing = None;
    }
    out
}

/// Both projections under `what_if`: without housing, then with it.
pub fn housing_projections(s: &Scenario, what_if: &WhatIf) -> (Projection, Projection) {
    let with = project_with(s, what_if);
    let without = project_with(&without_housing(s), what_if);
    (without, with)
}

/// Every area with housing, in file order (regions, then a region's
/// districts), years base_year..=horizon.
pub fn housing_table(s: &Scenario, what_if: &WhatIf) -> Vec<HousingRow> {
    let (without, with) = housing_projections(s, what_if);
    let view = what_if.scenario(s);
    let years = years_of(s);
    let mut out = Vec::new();
    for (ri, region) in view.regions.iter().enumerate() {
        let areas: Vec<(&str, Option<&Demand>, usize)> = match &region.districts {
            Some(ds) => ds
                .iter()
                .enumerate()
                .map(|(i, d)| (d.id.as_str(), d.demand.as_ref(), i))
                .collect(),
            None => vec![("", region.demand.as_ref(), 0)],
        };
        for (district, demand, di) in areas {
            let Some(demand) = demand else { continue };
            let Some(housing) = &demand.housing else {
                continue;
            };
            let filled = super::with_stock(
                &view,
                &region.id,
                Some(district).filter(|d| !d.is_empty()),
                demand,
            );
            let last = evaluate_demand(&view, &filled).observed.last().map(|o| o.0);
            let rows = |p: &Projection| -> Vec<YearRow> {
                let Some(r) = p.regions.get(ri) else {
                    return Vec::new();
                };
                if region.districts.is_some() {
                    r.districts
                        .get(di)
                        .map(|d| d.rows.clone())
                        .unwrap_or_default()
                } else {
                    r.rows.clone()
                }
            };
            let (rows_without, rows_with) = (rows(&without), rows(&with));
            let shortfall = |rows: &[YearRow], y: i32| {
                rows.iter().find(|r| r.year == y).map_or(0, |r| r.shortfall)
            };
            for &year in &years {
                let h = last.map_or(0.0, |l| housing.pupils(l, year));
                out.push(HousingRow {
                    region: region.id.clone(),
                    district: district.to_owned(),
                    year,
                    dwellings: housing.dwellings_in(year),
                    pupils: h.round() as i64,
                    shortfall_without: shortfall(&rows_without, year),
                    shortfall_with: shortfall(&rows_with, year),
                });
            }
        }
    }
    out
}

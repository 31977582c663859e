use std::collections::{BTreeMap, HashMap};

use super::{Demand, MAX_HORIZON_SPAN, Scenario, WhatIf};

/// One school year of a region (or of the whole country).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct YearRow {
    pub year: i32,
    /// Estimated deficit if none of the scenario's schools opened.
    pub deficit: i64,
    /// Net seats of the schools opening this year.
    pub opened: i64,
    /// Net seats opened from `base_year` through this year.
    pub cumulative: i64,
    pub shortfall: i64,
    pub surplus: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionProjection {
    /// Index of the region in `Scenario::regions`.
    pub region: usize,
    pub id: String,
    pub rows: Vec<YearRow>,
    /// First year from which the shortfall stays 0 through the horizon.
    pub closing_year: Option<i32>,
    /// A region planned by district: one projection per district, in file
    /// order; `rows` are then their column sums. Empty otherwise.
    pub districts: Vec<DistrictProjection>,
}

/// One district of a region, projected like a region from the region's
/// schools with that district.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DistrictProjection {
    /// Index of the district in its region's `districts`.
    pub district: usize,
    pub id: String,
    pub rows: Vec<YearRow>,
    pub closing_year: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Projection {
    pub base_year: i32,
    pub horizon: i32,
    /// In the scenario's region order.
    pub regions: Vec<RegionProjection>,
    /// Per year, each column summed over regions separately, so one region's
    /// surplus never covers another's shortfall.
    pub total: Vec<YearRow>,
    pub total_closing_year: Option<i32>,
}

impl Projection {
    pub fn years(&self) -> impl Iterator<Item = i32> + '_ {
        self.total.iter().map(|r| r.year)
    }

    pub fn region(&self, id: &str) -> Option<&RegionProjection> {
        self.regions.iter().find(|r| r.id == id)
    }
}

/// The three headline figures of a selection, as numbers: the shortfall in
/// a first year ("now" in the window, the base year on slides), at the
/// horizon, and the year it closes. Formatting is the viewer's business.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Headline {
    pub first_year: i32,
    pub first: i64,
    pub horizon: i32,
    pub at_horizon: i64,
    /// First year from which the shortfall stays 0; `None`: not by the horizon.
    pub closing_year: Option<i32>,
}

impl Headline {
    /// From a selection's rows; a year outside them counts as no shortfall.
    pub fn of(rows: &[YearRow], closing_year: Option<i32>, first_year: i32, horizon: i32) -> Self {
        let at = |year: i32| {
            rows.iter()
                .find(|r| r.year == year)
                .map_or(0, |r| r.shortfall)
        };
        Headline {
            first_year,
            first: at(first_year),
            horizon,
            at_horizon: at(horizon),
            closing_year,
        }
    }
}

impl RegionProjection {
    pub fn first(&self) -> Option<&YearRow> {
        self.rows.first()
    }

    pub fn district(&self, id: &str) -> Option<&DistrictProjection> {
        self.districts.iter().find(|d| d.id == id)
    }

    pub fn last(&self) -> Option<&YearRow> {
        self.rows.last()
    }
}

/// The deficit in `year` from a sparse estimate: linear between given years,
/// rounded to the nearest seat with halves away from zero; flat outside them.
/// `None` when the estimate is empty.
pub fn interpolate_deficit(points: &BTreeMap<i32, i64>, year: i32) -> Option<i64> {
    let before = points.range(..=year).next_back();
    let after = points.range(year..).next();
    match (before, after) {
        (Some((&y0, &d0)), Some((&y1, &d1))) if y0 != y1 => {
            // d0 + (d1 − d0)(y − y0)/(y1 − y0) as one fraction, so the rounding
            // applies to the whole value (−0.5 → −1, not d0 + round(·)).
            let den = i128::from(y1) - i128::from(y0);
            let num = i128::from(d0) * den
                + (i128::from(d1) - i128::from(d0)) * (i128::from(year) - i128::from(y0));
            Some(saturate(div_round_half_away(num, den)))
        }
        (Some((_, &d)), _) | (None, Some((_, &d))) => Some(d),
        (None, None) => None,
    }
}

/// `num / den` rounded to the nearest integer, halves away from zero; `den > 0`.
pub(crate) fn div_round_half_away(num: i128, den: i128) -> i128 {
    let half_up = (2 * num.abs() + den) / (2 * den);
    if num < 0 { -half_up } else { half_up }
}

pub(crate) fn saturate(v: i128) -> i64 {
    i64::try_from(v).unwrap_or(if v < 0 { i64::MIN } else { i64::MAX })
}

/// The school years a scenario shows, `base_year..=horizon`; empty for a span
/// that validation rejects (inverted, or over [`MAX_HORIZON_SPAN`]).
pub(crate) fn years_of(s: &Scenario) -> Vec<i32> {
    let span = i64::from(s.horizon) - i64::from(s.base_year);
    if (0..=i64::from(MAX_HORIZON_SPAN)).contains(&span) {
        (s.base_year..=s.horizon).collect()
    } else {
        Vec::new()
    }
}

/// Region index by id; the first of duplicate ids wins, as the file reads.
pub(crate) fn region_index(s: &Scenario) -> HashMap<&str, usize> {
    s.regions
        .iter()
        .enumerate()
        .rev()
        .map(|(i, r)| (r.id.as_str(), i))
        .collect()
}

/// The position of `year` among `n` years from `base_year`, if it is one of them.
pub(crate) fn year_offset(base_year: i32, n: usize, year: i64) -> Option<usize> {
    usize::try_from(year - i64::from(base_year))
        .ok()
        .filter(|&i| i < n)
}

/// The year-by-year projection of `docs/scenario-format.md`, "Projection":
/// [`project_with`] with no what-if.
///
/// Total on any scenario: a school whose region is unknown is skipped, and a
/// year span that validation rejects (inverted, or over [`MAX_HORIZON_SPAN`])
/// yields no rows, so a broken file can never make this panic or allocate
/// without bound. Arithmetic saturates at the i64 limits.
pub fn project(s: &Scenario) -> Projection {
    project_with(s, &WhatIf::NONE)
}

/// The projection under a what-if view: each school counts in the year
/// [`WhatIf::opening_year`] gives, if that year is within
/// `base_year..=horizon`. Same guarantees as [`project`]; linear in the
/// number of schools, so cheap enough to call on every edit or toggle.
pub fn project_with(s: &Scenario, what_if: &WhatIf) -> Projection {
    let s = &*what_if.scenario(s);
    let years = years_of(s);
    let n = years.len();
    let units = Units::new(s);
    let mut opened: Vec<Vec<Vec<i64>>> = (0..s.regions.len())
        .map(|r| vec![vec![0i64; n]; units.count(r)])
        .collect();
    if n > 0 {
        for school in &s.schools {
            let Some((r, u)) = units.of(school) else {
                continue;
            };
            if let Some(y) = what_if
                .opening_year(school)
                .and_then(|y| year_offset(s.base_year, n, y))
            {
                let slot = &mut opened[r][u][y];
                *slot = slot.saturating_add(s.net_seats(school));
            }
        }
    }
    from_opened(s, &years, opened)
}

/// Where a school's seats count: its region and, in a region planned by
/// district, its district there. The planning units of a region are its
/// districts, or the region itself (unit 0) when it has none.
pub(crate) struct Units<'a> {
    regions: HashMap<&'a str, usize>,
    /// Per region with districts: district index by id (the first of
    /// duplicate ids wins, as for regions).
    districts: Vec<Option<HashMap<&'a str, usize>>>,
    /// Planning units per region.
    counts: Vec<usize>,
}

impl<'a> Units<'a> {
    pub(crate) fn new(s: &'a Scenario) -> Self {
        let districts = s
            .regions
            .iter()
            .map(|r| {
                r.districts.as_ref().map(|ds| {
                    ds.iter()
                        .enumerate()
                        .rev()
                        .map(|(i, d)| (d.id.as_str(), i))
                        .collect()
                })
            })
            .collect();
        let counts = s
            .regions
            .iter()
            .map(|r| r.districts.as_ref().map_or(1, Vec::len))
            .collect();
        Units {
            regions: region_index(s),
            districts,
            counts,
        }
    }

    /// How many planning units region `r` has: its districts, or 1.
    pub(crate) fn count(&self, r: usize) -> usize {
        self.counts.get(r).copied().unwrap_or(1)
    }

    /// `(region, unit)` of a school; `None` when it counts nowhere (its
    /// region is unknown, or in a region planned by district it names no
    /// district of it: validation reports both).
    pub(crate) fn of(&self, school: &super::School) -> Option<(usize, usize)> {
        self.of_place(&school.region, school.district.as_deref())
    }

    /// `(region, unit)` of a school in `region` and `district` (planned or
    /// existing), as [`Units::of`].
    pub(crate) fn of_place(&self, region: &str, district: Option<&str>) -> Option<(usize, usize)> {
        let &r = self.regions.get(region)?;
        match self.districts.get(r) {
            Some(Some(d)) => {
                let &u = d.get(district?)?;
                Some((r, u))
            }
            _ => Some((r, 0)),
        }
    }
}

/// The deficit of each planning unit of region `r` (see [`Units`]) per year.
pub(crate) fn region_unit_deficits<'a>(s: &'a Scenario, r: usize, years: &[i32]) -> Vec<Vec<i64>> {
    let Some(region) = s.regions.get(r) else {
        return Vec::new();
    };
    // A demand may take its capacity or pupils from the area's existing
    // schools: filled in here, once, for every consumer of a deficit.
    let fill = |district: Option<&str>, d: Option<&'a Demand>| {
        d.map(|d| super::demand::with_stock(s, &region.id, district, d))
    };
    match &region.districts {
        Some(ds) => ds
            .iter()
            .map(|d| {
                let demand = fill(Some(&d.id), d.demand.as_ref());
                unit_deficits(s, d.deficit.as_ref(), demand.as_deref(), years)
            })
            .collect(),
        None => {
            let demand = fill(None, region.demand.as_ref());
            vec![unit_deficits(
                s,
                region.deficit.as_ref(),
                demand.as_deref(),
                years,
            )]
        }
    }
}

/// The deficit of one planning unit (a region, or a district of one) for each
/// of `years`: from its demand where it has one, else from its sparse
/// estimate (interpolated, flat outside). Every consumer of a deficit
/// (projection, what-if, risk, cost, export) goes through here, so a derived
/// deficit is used exactly like a typed one.
pub fn unit_deficits(
    s: &Scenario,
    deficit: Option<&BTreeMap<i32, i64>>,
    demand: Option<&Demand>,
    years: &[i32],
) -> Vec<i64> {
    if let Some(demand) = demand {
        return super::demand::deficit_by_year(s, demand, years);
    }
    years
        .iter()
        .map(|&y| deficit.and_then(|d| interpolate_deficit(d, y)).unwrap_or(0))
        .collect()
}

/// The rows of one planning unit from its deficit and seats opened per year.
fn unit_rows(years: &[i32], deficits: Vec<i64>, opened: Vec<i64>) -> Vec<YearRow> {
    let mut cumulative = 0i64;
    years
        .iter()
        .zip(opened)
        .zip(deficits)
        .map(|((&year, opened), deficit)| {
            cumulative = cumulative.saturating_add(opened);
            row(year, deficit, opened, cumulative)
        })
        .collect()
}

/// Adds each column of `row` into `into` separately: a surplus is never
/// netted against a shortfall.
fn add_row(into: &mut YearRow, row: &YearRow) {
    into.deficit = into.deficit.saturating_add(row.deficit);
    into.opened = into.opened.saturating_add(row.opened);
    into.cumulative = into.cumulative.saturating_add(row.cumulative);
    into.shortfall = into.shortfall.saturating_add(row.shortfall);
    into.surplus = into.surplus.saturating_add(row.surplus);
}

fn blank_rows(years: &[i32]) -> Vec<YearRow> {
    years
        .iter()
        .map(|&year| YearRow {
            year,
            ..YearRow::default()
        })
        .collect()
}

/// The projection from the seats opened per region (in file order), planning
/// unit (see [`Units`]) and year.
fn from_opened(s: &Scenario, years: &[i32], opened: Vec<Vec<Vec<i64>>>) -> Projection {
    let mut total = blank_rows(years);
    let regions = s
        .regions
        .iter()
        .zip(opened)
        .enumerate()
        .map(|(region, (r, opened))| {
            let deficits = region_unit_deficits(s, region, years);
            let mut units = deficits
                .into_iter()
                .zip(opened)
                .map(|(d, o)| unit_rows(years, d, o));
            let (rows, districts) = match &r.districts {
                None => (
                    units.next().unwrap_or_else(|| blank_rows(years)),
                    Vec::new(),
                ),
                Some(ds) => {
                    let districts: Vec<DistrictProjection> = ds
                        .iter()
                        .zip(units)
                        .enumerate()
                        .map(|(district, (d, rows))| DistrictProjection {
                            district,
                            id: d.id.clone(),
                            closing_year: closing_year(&rows),
                            rows,
                        })
                        .collect();
                    let mut rows = blank_rows(years);
                    for d in &districts {
                        for (sum, row) in rows.iter_mut().zip(&d.rows) {
                            add_row(sum, row);
                        }
                    }
                    (rows, districts)
                }
            };
            for (t, row) in total.iter_mut().zip(&rows) {
                add_row(t, row);
            }
            RegionProjection {
                region,
                id: r.id.clone(),
                closing_year: closing_year(&rows),
                rows,
                districts,
            }
        })
        .collect();
    let total_closing_year = closing_year(&total);
    Projection {
        base_year: s.base_year,
        horizon: s.horizon,
        regions,
        total,
        total_closing_year,
    }
}

pub(crate) fn row(year: i32, deficit: i64, opened: i64, cumulative: i64) -> YearRow {
    let gap = deficit.saturating_sub(cumulative);
    YearRow {
        year,
        deficit,
        opened,
        cumulative,
        shortfall: gap.max(0),
        surplus: gap.saturating_neg().max(0),
    }
}

/// The first year from which the shortfall is 0 through the last row.
fn closing_year(rows: &[YearRow]) -> Option<i32> {
    let mut closing = None;
    for r in rows.iter().rev() {
        if r.shortfall > 0 {
            break;
        }
        closing = Some(r.year);
    }
    closing
}

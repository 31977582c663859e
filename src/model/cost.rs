//! What the plan costs, and what closing the remaining shortfall would cost.
//!
//! Prices are tenge per **design** seat by school size in design seats
//! ([`Scenario::cost_table`]: the file's `assumptions.cost_per_seat`, or the
//! Comfortable School prices at 2022 prices). Between two sizes the price per
//! seat is interpolated linearly; below the smallest and above the largest size
//! it is held flat. A school costs `design seats × price(design seats)`,
//! rounded to the nearest tenge (halves away from zero). In a `TwoShift` file a
//! school of `seats` places has `seats / 2` design seats.
//!
//! `replaces` does not reduce the cost: the new building is built whole,
//! whatever it replaces.
//!
//! A region planned by district is costed district by district: the plan's
//! cost per district, and closing cost as schools built in each district for
//! its own shortfall (a school in one district does not seat another's
//! pupils), summed for the region.

use std::collections::BTreeMap;

use super::projection::{Units, div_round_half_away, saturate, year_offset, years_of};
use super::{Projection, Scenario, SeatUnit, WhatIf, YearRow};

/// Places per design seat in `unit` (1 for `Design`, 2 for `TwoShift`).
pub fn places_per_design_seat(unit: SeatUnit) -> i64 {
    match unit {
        SeatUnit::Design => 1,
        SeatUnit::TwoShift => 2,
    }
}

/// Tenge per design seat for a school of `design_seats`, rounded to the
/// nearest tenge; `None` when the price list is empty (or holds figures far
/// outside what validation accepts).
pub fn cost_per_seat(table: &BTreeMap<i64, i64>, design_seats: u32) -> Option<i64> {
    let (num, den) = price(table, 1, design_seats)?;
    Some(saturate(div_round_half_away(num, den)))
}

/// The cost in tenge of one school of `seats` places counted in `unit`,
/// priced from `table`; `None` when the price list is empty (or holds figures
/// far outside what validation accepts). Exact integer arithmetic, one
/// rounding at the end.
pub fn school_cost(table: &BTreeMap<i64, i64>, unit: SeatUnit, seats: u32) -> Option<i64> {
    let u = places_per_design_seat(unit);
    let (num, den) = price(table, u, seats)?;
    // seats/u design seats × num/den tenge a seat
    let num = i128::from(seats).checked_mul(num)?;
    Some(saturate(div_round_half_away(num, den * i128::from(u))))
}

/// Larger intermediate values mean a price list validation rejects; refusing
/// them keeps every product below the i128 limit.
const MAX_FRACTION: i128 = 1_000_000_000_000_000_000_000_000_000; // 1e27

/// The price per design seat, as a fraction num/den, of a school of `n`
/// places at `u` places per design seat, i.e. of x = n/u design seats.
/// Between sizes s0 < x < s1 with prices p0, p1:
/// p0 + (p1 − p0)(x − s0)/(s1 − s0) = (p0·(s1 − s0)·u + (p1 − p0)·(n − s0·u)) / ((s1 − s0)·u).
fn price(table: &BTreeMap<i64, i64>, u: i64, n: u32) -> Option<(i128, i128)> {
    let n = i64::from(n);
    let floor = n.div_euclid(u);
    let ceil = floor + i64::from(n.rem_euclid(u) != 0);
    let below = table.range(..=floor).next_back();
    let above = table.range(ceil..).next();
    let (num, den) = match (below, above) {
        (Some((&s0, &p0)), Some((&s1, &p1))) if s0 != s1 => {
            let (n, u, s0, s1, p0, p1) = (
                i128::from(n),
                i128::from(u),
                i128::from(s0),
                i128::from(s1),
                i128::from(p0),
                i128::from(p1),
            );
            let den = (s1 - s0).checked_mul(u)?;
            let num = p0
                .checked_mul(den)?
                .checked_add((p1 - p0).checked_mul(n - s0 * u)?)?;
            (num, den)
        }
        (Some((_, &p)), _) | (None, Some((_, &p))) => (i128::from(p), 1),
        (None, None) => return None,
    };
    (num.abs() <= MAX_FRACTION && den <= MAX_FRACTION).then_some((num, den))
}

/// One year of a region's (or the country's) plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CostRow {
    pub year: i32,
    /// Schools counted in this year.
    pub schools: u32,
    /// Their seats (gross: `replaces` not subtracted), in the file's unit.
    pub seats: i64,
    /// Their cost in tenge.
    pub cost: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionCost {
    /// Index of the region in `Scenario::regions`.
    pub region: usize,
    pub id: String,
    /// One row per year, `base_year..=horizon`.
    pub rows: Vec<CostRow>,
    /// The sum of `rows`.
    pub total: CostRow,
    /// A region planned by district: the cost per district (file order),
    /// which add up to `rows`. Empty otherwise.
    pub districts: Vec<DistrictCost>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DistrictCost {
    /// Index of the district in its region's `districts`.
    pub district: usize,
    pub id: String,
    /// One row per year, `base_year..=horizon`.
    pub rows: Vec<CostRow>,
    /// The sum of `rows`.
    pub total: CostRow,
}

/// The cost of the schools a view counts, per region and year.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PlanCost {
    pub regions: Vec<RegionCost>,
    /// Per year, summed over regions.
    pub total: Vec<CostRow>,
    /// Everything: the sum of `total`. Its `year` is the horizon.
    pub grand_total: CostRow,
}

fn add(into: &mut CostRow, schools: u32, seats: i64, cost: i64) {
    into.schools = into.schools.saturating_add(schools);
    into.seats = into.seats.saturating_add(seats);
    into.cost = into.cost.saturating_add(cost);
}

/// The cost of the plan per region and year: every school the view counts
/// (the same schools, in the same years, as [`super::project_with`]), at its
/// full size. Schools outside `base_year..=horizon` are not counted, as in the
/// projection. With an empty price list every cost is 0.
pub fn plan_cost(s: &Scenario, what_if: &WhatIf) -> PlanCost {
    let years = years_of(s);
    let n = years.len();
    let table = s.cost_table();
    let units = Units::new(s);
    let blank: Vec<CostRow> = years
        .iter()
        .map(|&year| CostRow {
            year,
            ..CostRow::default()
        })
        .collect();
    let zero = CostRow {
        year: s.horizon,
        ..CostRow::default()
    };
    let mut regions: Vec<RegionCost> = s
        .regions
        .iter()
        .enumerate()
        .map(|(region, r)| RegionCost {
            region,
            id: r.id.clone(),
            rows: blank.clone(),
            total: zero,
            districts: r
                .districts
                .iter()
                .flatten()
                .enumerate()
                .map(|(district, d)| DistrictCost {
                    district,
                    id: d.id.clone(),
                    rows: blank.clone(),
                    total: zero,
                })
                .collect(),
        })
        .collect();
    let mut total = blank;
    let mut grand_total = CostRow {
        year: s.horizon,
        ..CostRow::default()
    };
    for school in &s.schools {
        let Some((r, unit)) = units.of(school) else {
            continue;
        };
        let Some(y) = what_if
            .opening_year(school)
            .and_then(|y| year_offset(s.base_year, n, y))
        else {
            continue;
        };
        let seats = i64::from(school.seats);
        let cost = school_cost(&table, s.seat_unit, school.seats).unwrap_or(0);
        let region = &mut regions[r];
        add(&mut region.rows[y], 1, seats, cost);
        add(&mut region.total, 1, seats, cost);
        if let Some(d) = region.districts.get_mut(unit) {
            add(&mut d.rows[y], 1, seats, cost);
            add(&mut d.total, 1, seats, cost);
        }
        add(&mut total[y], 1, seats, cost);
        add(&mut grand_total, 1, seats, cost);
    }
    PlanCost {
        regions,
        total,
        grand_total,
    }
}

/// What closing one region's shortfall at the horizon would take.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ClosingRow {
    /// Index of the region in `Scenario::regions` (in the projection's order).
    pub region: usize,
    pub id: String,
    /// The shortfall left at the horizon, in the file's unit.
    pub shortfall: i64,
    /// ⌈shortfall / school size⌉.
    pub schools: i64,
    /// schools × school size.
    pub seats: i64,
    /// schools × cost of one school.
    pub cost: i64,
    /// A region planned by district: one row per district (its index in
    /// the region's `districts` as `region`), which this row sums. Empty
    /// otherwise.
    pub districts: Vec<ClosingRow>,
}

/// The cost of closing the shortfall left at the horizon with schools of one size.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ClosingCost {
    /// In the file's unit, as `seats` is.
    pub school_size: u32,
    /// The cost of one school of that size, in tenge.
    pub school_cost: i64,
    /// One row per region, in file order (regions already closed included, with 0).
    pub regions: Vec<ClosingRow>,
    /// The sum of the regions' rows: schools are built per region, so this is
    /// not ⌈total shortfall / size⌉.
    pub total: ClosingRow,
}

/// The cost of closing, region by region, the shortfall `projection` leaves
/// at the horizon, with new schools of `school_size` places (in the
/// scenario's unit): ⌈shortfall / size⌉ schools × the cost of one.
/// `None` for a school size of 0.
pub fn closing_cost(
    s: &Scenario,
    projection: &Projection,
    school_size: u32,
) -> Option<ClosingCost> {
    if school_size == 0 {
        return None;
    }
    let size = i64::from(school_size);
    let one = school_cost(&s.cost_table(), s.seat_unit, school_size).unwrap_or(0);
    let mut total = ClosingRow {
        region: usize::MAX,
        id: "TOTAL".into(),
        ..ClosingRow::default()
    };
    let close = |index: usize, id: &str, shortfall: i64| {
        let schools = shortfall.div_euclid(size) + i64::from(shortfall.rem_euclid(size) != 0);
        ClosingRow {
            region: index,
            id: id.to_owned(),
            shortfall,
            schools,
            seats: schools.saturating_mul(size),
            cost: schools.saturating_mul(one),
            districts: Vec::new(),
        }
    };
    let regions = projection
        .regions
        .iter()
        .map(|r| {
            let at_horizon = |rows: &[YearRow]| rows.last().map_or(0, |row| row.shortfall);
            let mut row = close(r.region, &r.id, at_horizon(&r.rows));
            if !r.districts.is_empty() {
                row.districts = r
                    .districts
                    .iter()
                    .map(|d| close(d.district, &d.id, at_horizon(&d.rows)))
                    .collect();
                // Schools are built per district: the region's are the sum.
                row.schools = 0;
                row.seats = 0;
                row.cost = 0;
                for d in &row.districts {
                    row.schools = row.schools.saturating_add(d.schools);
                    row.seats = row.seats.saturating_add(d.seats);
                    row.cost = row.cost.saturating_add(d.cost);
                }
            }
            total.shortfall = total.shortfall.saturating_add(row.shortfall);
            total.schools = total.schools.saturating_add(row.schools);
            total.seats = total.seats.saturating_add(row.seats);
            total.cost = total.cost.saturating_add(row.cost);
            row
        })
        .collect();
    Some(ClosingCost {
        school_size,
        school_cost: one,
        regions,
        total,
    })
}

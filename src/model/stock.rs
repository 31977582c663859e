//! The school stock: each existing school's pupils year by year, the relief
//! planned schools bring to overloaded ones, and the shifts that follow
//! (docs/scenario-format.md, "Existing schools").
//!
//! Computed once per scenario (and what-if view), never per frame: the CLI,
//! the window and the exports read the same [`Stock`]. Years are independent:
//! relief in one year carries no state into the next. Refuses nothing: a
//! broken file (unknown region, capacity 0) gives rows the validator has
//! already flagged, never a panic.

use super::projection::{Units, years_of};
use super::{Condition, Demand, Existing, Scenario, SeatUnit, WhatIf, evaluate_demand};

/// Shifts a design seat serves where the area has no demand to say.
pub const DEFAULT_NORM: i64 = 2;

/// A load this far below a whole number still counts as that number of
/// shifts (a load of 2.0000000001 from real arithmetic is two shifts).
const SHIFT_SLACK: f64 = 1e-9;

/// Every existing school year by year, and each area's figures.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Stock {
    /// base_year..=horizon.
    pub years: Vec<i32>,
    /// One per `Scenario::existing`, in file order.
    pub schools: Vec<SchoolStock>,
    /// Areas with existing schools, in file order (regions, then a region's
    /// districts); no region entry for a region with districts.
    pub areas: Vec<AreaStock>,
    /// Per year, the column sums of `areas`.
    pub total: Vec<StockSummary>,
}

/// One existing school over the years.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SchoolStock {
    /// `(region, unit)` as the projection counts planning units; `None` when
    /// its region or district is unknown (validation reports it).
    pub area: Option<(usize, usize)>,
    /// The area's norm: its demand's shifts, else [`DEFAULT_NORM`].
    pub norm: i64,
    /// Design seats: capacity / u.
    pub design_seats: f64,
    pub years: Vec<SchoolYear>,
}

/// One existing school in one school year.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct SchoolYear {
    pub year: i32,
    /// N_i(y) before relief.
    pub before: f64,
    /// N_i(y) after relief; 0 when closed.
    pub pupils: f64,
    pub open: bool,
    /// pupils / design seats; 0 when closed.
    pub load: f64,
    /// max(1, ceil(load)); 0 when closed.
    pub shifts: u32,
}

impl SchoolYear {
    pub fn three_shift(&self) -> bool {
        self.shifts >= 3
    }
}

/// An area with existing schools.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AreaStock {
    pub region: usize,
    /// The district's index in its region, for a region with districts.
    pub district: Option<usize>,
    pub norm: i64,
    pub rows: Vec<StockSummary>,
    /// Per year, the pupils that moved into planned schools (replaced
    /// schools' pupils included).
    pub moved: Vec<f64>,
}

/// The collegium's figures for an area (or the country) in one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StockSummary {
    pub year: i32,
    /// Open existing schools.
    pub schools: i64,
    /// Open schools working in three shifts or more.
    pub three_shift: i64,
    /// round(Σ max(0, N_i − norm · C_i)): pupils beyond the norm's shifts.
    pub over_norm: i64,
    /// Open Emergency or Adobe schools.
    pub emergency: i64,
    /// round(Σ N_i) of those.
    pub emergency_pupils: i64,
}

/// The stock with every planned school counted in its `opens` year.
pub fn stock(s: &Scenario) -> Stock {
    stock_with(s, &WhatIf::NONE)
}

/// The stock under a what-if view (planned schools relieve in the year the
/// view opens them; one the view leaves out neither relieves nor closes).
pub fn stock_with(s: &Scenario, what_if: &WhatIf) -> Stock {
    compute(s, what_if, true)
}

/// The stock as if no planned school opened: nothing relieves, nothing
/// closes. The "without the plan" of the targets.
pub fn stock_without_plan(s: &Scenario) -> Stock {
    compute(s, &WhatIf::NONE, false)
}

fn compute(s: &Scenario, what_if: &WhatIf, with_plan: bool) -> Stock {
    let s = &*what_if.scenario(s);
    let years = years_of(s);
    let units = Units::new(s);
    let u = unit_factor(s.seat_unit);
    let mut areas = area_list(s, &units);
    let mut schools: Vec<SchoolStock> = s
        .existing
        .iter()
        .map(|e| {
            let area = units.of_place(&e.region, e.district.as_deref());
            let model = area.and_then(|(r, d)| areas.iter().find(|a| a.key == (r, d)));
            let norm = model.map_or(DEFAULT_NORM, |a| a.norm);
            let design_seats = e.capacity as f64 / u;
            let years = years
                .iter()
                .map(|&year| {
                    let before = census_pupils(e, year, model.and_then(|a| a.pupils.as_ref()));
                    SchoolYear {
                        year,
                        before,
                        pupils: before,
                        open: true,
                        ..SchoolYear::default()
                    }
                })
                .collect();
            SchoolStock {
                area,
                norm,
                design_seats,
                years,
            }
        })
        .collect();
    let planned = if with_plan {
        planned_by_area(s, &units, what_if, &years)
    } else {
        Vec::new()
    };
    for area in &mut areas {
        area.moved = vec![0.0; years.len()];
    }
    for (yi, &year) in years.iter().enumerate() {
        close_replaced(&planned, &mut schools, yi, year);
        for area in &mut areas {
            area.moved[yi] = relieve(area, &planned, &mut schools, (yi, year, s.base_year), u);
        }
    }
    for school in &mut schools {
        for y in &mut school.years {
            if y.open {
                y.load = if school.design_seats > 0.0 {
                    y.pupils / school.design_seats
                } else {
                    0.0
                };
                y.shifts = shifts_of(y.load);
            } else {
                y.pupils = 0.0;
            }
        }
    }
    summarise(s, &years, &schools, areas)
}

/// How many shifts a school with `load` pupils per design seat works:
/// max(1, ceil(load)).
pub fn shifts_of(load: f64) -> u32 {
    let c = (load - SHIFT_SLACK).ceil();
    if c >= f64::from(u32::MAX) {
        u32::MAX
    } else if c > 1.0 {
        c as u32
    } else {
        1
    }
}

fn unit_factor(unit: SeatUnit) -> f64 {
    match unit {
        SeatUnit::Design => 1.0,
        SeatUnit::TwoShift => 2.0,
    }
}

/// What an area brings to its schools: the norm, its pupils model and which
/// existing schools it holds.
struct Area {
    key: (usize, usize),
    district: Option<usize>,
    norm: i64,
    pupils: Option<super::DemandOutcome>,
    members: Vec<usize>,
    moved: Vec<f64>,
}

/// Every planning unit that holds an existing school, in file order.
fn area_list(s: &Scenario, units: &Units) -> Vec<Area> {
    let mut members: std::collections::HashMap<(usize, usize), Vec<usize>> =
        std::collections::HashMap::new();
    for (i, e) in s.existing.iter().enumerate() {
        if let Some(key) = units.of_place(&e.region, e.district.as_deref()) {
            members.entry(key).or_default().push(i);
        }
    }
    let mut out = Vec::new();
    for (r, region) in s.regions.iter().enumerate() {
        let units_here: Vec<(usize, Option<usize>, Option<&Demand>)> = match &region.districts {
            Some(ds) => ds
                .iter()
                .enumerate()
                .map(|(d, x)| (d, Some(d), x.demand.as_ref()))
                .collect(),
            None => vec![(0, None, region.demand.as_ref())],
        };
        for (unit, district, demand) in units_here {
            let Some(list) = members.remove(&(r, unit)) else {
                continue;
            };
            let district_id = district
                .and_then(|d| region.districts.as_ref()?.get(d))
                .map(|d| d.id.as_str());
            let demand = demand.map(|d| super::with_stock(s, &region.id, district_id, d));
            let norm = demand
                .as_ref()
                .map(|d| d.shifts)
                .filter(|n| (1..=super::MAX_SHIFTS).contains(n))
                .unwrap_or(DEFAULT_NORM);
            out.push(Area {
                key: (r, unit),
                district,
                norm,
                pupils: demand.map(|d| evaluate_demand(s, &d)),
                members: list,
                moved: Vec::new(),
            });
        }
    }
    out
}

/// N_i(y) before relief: observed, interpolated, held before the first
/// census, and after the last grown by the area's pupils (or held flat).
fn census_pupils(e: &Existing, year: i32, model: Option<&super::DemandOutcome>) -> f64 {
    let Some((&first, &first_n)) = e.pupils.first_key_value() else {
        return 0.0;
    };
    let Some((&last, &last_n)) = e.pupils.last_key_value() else {
        return 0.0;
    };
    if let Some(&n) = e.pupils.get(&year) {
        return n as f64;
    }
    if year < first {
        return first_n as f64;
    }
    if year > last {
        let grown = model.and_then(|m| {
            let at_last = m.pupils_exact(last).filter(|p| *p > 0.0)?;
            Some(last_n as f64 * m.pupils_exact(year)? / at_last)
        });
        return grown.unwrap_or(last_n as f64);
    }
    // Strictly between two census years.
    let below = e.pupils.range(..year).next_back();
    let above = e.pupils.range(year..).next();
    match (below, above) {
        (Some((&y0, &n0)), Some((&y1, &n1))) => {
            // In i64 and f64: a hostile file's years and counts may span
            // the whole i32 and i64 ranges.
            let t =
                (i64::from(year) - i64::from(y0)) as f64 / (i64::from(y1) - i64::from(y0)) as f64;
            n0 as f64 + (n1 as f64 - n0 as f64) * t
        }
        _ => last_n as f64,
    }
}

/// A planned school that relieves or closes: where, from when, how big.
struct Planned {
    area: (usize, usize),
    /// The year it opens under the what-if view.
    opens: i64,
    /// Index in `Scenario::schools`: the file order.
    index: usize,
    /// Pupils it takes in at the norm: norm · seats / u.
    seats: f64,
    replaces: Option<usize>,
}

/// The planned schools that count in some year, by area, in relief order
/// (opening year, then file order).
fn planned_by_area(s: &Scenario, units: &Units, what_if: &WhatIf, years: &[i32]) -> Vec<Planned> {
    let Some(&horizon) = years.last() else {
        return Vec::new();
    };
    let mut out: Vec<Planned> = s
        .schools
        .iter()
        .enumerate()
        .filter_map(|(index, school)| {
            let opens = what_if.opening_year(school)?;
            if opens > i64::from(horizon) {
                return None;
            }
            let replaces = school
                .replaces_existing
                .as_deref()
                .and_then(|id| s.existing.iter().position(|e| e.id == id));
            Some(Planned {
                area: units.of(school)?,
                opens,
                index,
                seats: f64::from(school.seats),
                replaces,
            })
        })
        .collect();
    out.sort_by_key(|p| (p.opens, p.index));
    out
}

/// Closes, in year `yi`, every existing school whose replacer has opened.
fn close_replaced(planned: &[Planned], schools: &mut [SchoolStock], yi: usize, year: i32) {
    for p in planned {
        if p.opens > i64::from(year) {
            break;
        }
        if let Some(y) = p
            .replaces
            .and_then(|r| schools.get_mut(r))
            .and_then(|x| x.years.get_mut(yi))
        {
            y.open = false;
        }
    }
}

/// Relief of one area in year `year` (index `yi`); returns the pupils that
/// moved into its planned schools.
fn relieve(
    area: &Area,
    planned: &[Planned],
    schools: &mut [SchoolStock],
    (yi, year, base_year): (usize, i32, i32),
    u: f64,
) -> f64 {
    let norm = area.norm as f64;
    let mut moved = 0.0;
    for p in planned {
        if p.opens > i64::from(year) {
            break;
        }
        // A replacer from before base_year closes its school in every year
        // but relieves in none: the school's pupils are counted nowhere.
        if p.area != area.key || p.opens < i64::from(base_year) {
            continue;
        }
        let room = norm * p.seats / u;
        // The replaced school is closed: all its pupils move in, even
        // beyond the room.
        let moved_in = p
            .replaces
            .and_then(|r| schools.get(r))
            .and_then(|x| x.years.get(yi))
            .map_or(0.0, |y| y.before);
        let room_left = (room - moved_in).max(0.0);
        let mut pupils = Vec::with_capacity(area.members.len());
        let mut seats = Vec::with_capacity(area.members.len());
        let mut open = Vec::with_capacity(area.members.len());
        for &i in &area.members {
            if let Some(x) = schools.get(i)
                && let Some(y) = x.years.get(yi)
                && y.open
            {
                pupils.push(y.pupils);
                seats.push(x.design_seats);
                open.push(i);
            }
        }
        let filled = water_fill(&mut pupils, &seats, norm, room_left);
        for (&i, n) in open.iter().zip(pupils) {
            if let Some(y) = schools.get_mut(i).and_then(|x| x.years.get_mut(yi)) {
                y.pupils = n;
            }
        }
        moved += moved_in + filled;
    }
    moved
}

/// Moves up to `room` pupils out of the schools above `norm` pupils per
/// design seat, levelling the most loaded first: finds λ ≥ norm with
/// Σ max(0, N_i − λ·C_i) = M, M = min(room, Σ excess), and cuts every school
/// above λ·C_i down to it. Returns M. Solved exactly by sorting the loads:
/// between two neighbouring loads the moved total is linear in λ.
/// Schools with no seats (`C_i ≤ 0`) are left alone.
pub fn water_fill(pupils: &mut [f64], seats: &[f64], norm: f64, room: f64) -> f64 {
    let mut over: Vec<(f64, usize)> = pupils
        .iter()
        .zip(seats)
        .enumerate()
        .filter(|(_, (n, c))| **c > 0.0 && **n > norm * **c)
        .map(|(i, (n, c))| (n / c, i))
        .collect();
    let excess: f64 = over.iter().map(|&(_, i)| pupils[i] - norm * seats[i]).sum();
    let m = room.min(excess);
    if m.is_nan() || m <= 0.0 {
        return 0.0;
    }
    over.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    // With the j most loaded schools above λ: moved(λ) = SN − λ·SC.
    let (mut sn, mut sc) = (0.0, 0.0);
    let mut lambda = norm;
    for (j, &(_, i)) in over.iter().enumerate() {
        sn += pupils[i];
        sc += seats[i];
        let next = over.get(j + 1).map_or(norm, |x| x.0);
        if sn - next * sc >= m {
            lambda = (sn - m) / sc;
            break;
        }
    }
    let lambda = lambda.max(norm);
    for &(_, i) in &over {
        let cap = lambda * seats[i];
        if pupils[i] > cap {
            pupils[i] = cap;
        }
    }
    m
}

/// The per-area and total figures, after relief.
fn summarise(s: &Scenario, years: &[i32], schools: &[SchoolStock], areas: Vec<Area>) -> Stock {
    let blank = |&year: &i32| StockSummary {
        year,
        ..StockSummary::default()
    };
    let mut total: Vec<StockSummary> = years.iter().map(blank).collect();
    let mut out_areas = Vec::with_capacity(areas.len());
    for area in areas {
        let mut rows: Vec<StockSummary> = years.iter().map(blank).collect();
        let norm = area.norm as f64;
        let mut over = vec![0.0; years.len()];
        let mut emergency = vec![0.0; years.len()];
        for &i in &area.members {
            let (Some(x), Some(e)) = (schools.get(i), s.existing.get(i)) else {
                continue;
            };
            let bad = e.condition() != Condition::Sound;
            for (k, y) in x.years.iter().enumerate() {
                if !y.open {
                    continue;
                }
                let row = &mut rows[k];
                row.schools += 1;
                row.three_shift += i64::from(y.three_shift());
                over[k] += (y.pupils - norm * x.design_seats).max(0.0);
                if bad {
                    row.emergency += 1;
                    emergency[k] += y.pupils;
                }
            }
        }
        for (k, row) in rows.iter_mut().enumerate() {
            row.over_norm = round(over[k]);
            row.emergency_pupils = round(emergency[k]);
            let t = &mut total[k];
            t.schools += row.schools;
            t.three_shift += row.three_shift;
            t.over_norm += row.over_norm;
            t.emergency += row.emergency;
            t.emergency_pupils += row.emergency_pupils;
        }
        out_areas.push(AreaStock {
            region: area.key.0,
            district: area.district,
            norm: area.norm,
            rows,
            moved: area.moved,
        });
    }
    Stock {
        years: years.to_vec(),
        schools: schools.to_vec(),
        areas: out_areas,
        total,
    }
}

/// Halves away from zero; `as` saturates at the i64 limits.
pub fn round(x: f64) -> i64 {
    x.round() as i64
}

/// `load` with two decimals, halves away from zero (`2.375` → `2.38`; a
/// half that binary arithmetic puts a hair below, like 237.49999999999997
/// hundredths, still counts as a half).
pub fn format_load(load: f64) -> String {
    let x = load * 100.0;
    let nudged = x + x.signum() * 1e-9 * x.abs().max(1.0);
    let hundredths = round(nudged);
    let sign = if hundredths < 0 { "-" } else { "" };
    let a = hundredths.unsigned_abs();
    format!("{sign}{}.{:02}", a / 100, a % 100)
}

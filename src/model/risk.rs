//! Construction-delay risk: how the shortfall spreads when schools open late.
//!
//! Each draw gives every school a delay of 0, 1 or 2 school years, with the
//! odds of its status ([`Scenario::delay_odds`]: the file's
//! `assumptions.delay`, or the documented defaults), on top of any what-if
//! view. The delayed year is treated exactly like `opens`: counted only if it
//! falls within `base_year..=horizon`. Each draw gives a shortfall per region
//! and year; over all draws, the band is the 10th, 50th and 90th percentile
//! (nearest rank: the value at rank ⌈p·N/100⌉ of the N draws sorted
//! ascending), and `closed` counts the draws with a shortfall of 0. The
//! national (`total`) band is taken over the per-draw sum of the regions'
//! shortfalls, so a surplus in one region never covers another's shortfall.
//! A region planned by district is drawn the same way, each school counting in
//! its district: the region's shortfall in a draw is the sum of its
//! districts' shortfalls in that draw, and each district gets its own band.
//!
//! With the forecast error ([`RiskOptions::forecast_error`], `seatplan risk
//! --demand`), each draw also gives every planning unit (district, or region
//! without districts) one standard normal z, the same for all its years and
//! independent between units; its deficit in year y becomes
//! deficit(y) + round(z · σ(y) · Q(y)), the spread of `forecast_error.rs`.
//!
//! Reproducible: the random numbers come from SplitMix64 (Steele, Lea & Flood,
//! 2014), one stream per region seeded from the seed and the region's id, and
//! drawn in the order of the region's schools in the file; the forecast
//! errors come from a second stream per region (Box–Muller), one z per unit
//! in district order after each draw's delays. The same file and seed always
//! give the same result; editing one region's schools never moves another
//! region's band, and turning the error on never moves the delays drawn.
//!
//! Cost: draws × schools with uncertain opening + percentile selection; about
//! a few milliseconds for 10 000 draws of the national scenario. With the
//! forecast error, draws × areas × years more, and every area of a region
//! with an error is drawn: about a third of a second for 10 000 draws over
//! 211 districts (`benches/risk.rs`). Memory: two buffers of years × draws
//! numbers, and one per district of a region drawn by district.

use super::forecast_error::region_unit_scales;
use super::projection::{Units, region_unit_deficits, row, year_offset, years_of};
use super::{Scenario, WhatIf};

/// The number of draws the app and `seatplan risk` use by default.
pub const DEFAULT_DRAWS: u32 = 10_000;
/// More draws are capped to this (memory grows with draws × years).
pub const MAX_DRAWS: u32 = 100_000;
/// The default seed: 1 September 2024, the date of the published record.
pub const DEFAULT_SEED: u64 = 20_240_901;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RiskOptions {
    /// Number of draws, from 1 to [`MAX_DRAWS`] (values outside are clamped).
    pub draws: u32,
    pub seed: u64,
    /// A what-if view applied before the random delays.
    pub what_if: WhatIf,
    /// Also draw each area's forecast error (docs/scenario-format.md,
    /// "Demand error"); off, the delays alone, as before.
    pub forecast_error: bool,
}

impl Default for RiskOptions {
    fn default() -> Self {
        RiskOptions {
            draws: DEFAULT_DRAWS,
            seed: DEFAULT_SEED,
            what_if: WhatIf::NONE,
            forecast_error: false,
        }
    }
}

/// The spread of one region's (or the country's) shortfall in one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Band {
    pub year: i32,
    pub p10: i64,
    /// The inner fan (25–75 %) the window draws; not printed by the CLI.
    pub p25: i64,
    pub p50: i64,
    pub p75: i64,
    pub p90: i64,
    /// Draws in which the shortfall this year is 0.
    pub closed: u32,
    /// All draws.
    pub draws: u32,
}

impl Band {
    /// The share of draws in which the shortfall this year is 0.
    pub fn p_closed(&self) -> f64 {
        if self.draws == 0 {
            0.0
        } else {
            f64::from(self.closed) / f64::from(self.draws)
        }
    }

    /// The share of draws with a shortfall this year (above 0).
    pub fn p_short(&self) -> f64 {
        if self.draws == 0 {
            0.0
        } else {
            f64::from(self.draws.saturating_sub(self.closed)) / f64::from(self.draws)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionRisk {
    /// Index of the region in `Scenario::regions`.
    pub region: usize,
    pub id: String,
    /// One band per year, `base_year..=horizon`.
    pub rows: Vec<Band>,
    /// A region planned by district: each district's band, in file order;
    /// `rows` are then the bands of the per-draw sums. Empty otherwise.
    pub districts: Vec<DistrictRisk>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DistrictRisk {
    /// Index of the district in its region's `districts`.
    pub district: usize,
    pub id: String,
    /// One band per year, `base_year..=horizon`.
    pub rows: Vec<Band>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Risk {
    pub draws: u32,
    pub seed: u64,
    /// The draws include each area's forecast error, not only the delays.
    pub forecast_error: bool,
    pub base_year: i32,
    pub horizon: i32,
    /// In the scenario's region order.
    pub regions: Vec<RegionRisk>,
    /// The country: bands of the per-draw sum of the regions' shortfalls.
    pub total: Vec<Band>,
}

impl Risk {
    /// The probability that the national shortfall is 0 at the horizon.
    pub fn p_closed_at_horizon(&self) -> Option<f64> {
        self.total.last().map(Band::p_closed)
    }

    pub fn region(&self, id: &str) -> Option<&RegionRisk> {
        self.regions.iter().find(|r| r.id == id)
    }
}

/// The share of draws a planner can promise on: closed in four draws of
/// five (the headline's "closed by YEAR with 80 % probability").
pub const LIKELY: f64 = 0.8;

/// The first year from which the shortfall is 0 with at least
/// `probability` (0..=1) in every year through the last band: the closing
/// year of the projection, with a level of confidence. `None` when the last
/// band is below it.
pub fn year_closed_with(bands: &[Band], probability: f64) -> Option<i32> {
    let from = bands
        .iter()
        .rposition(|b| b.p_closed() < probability)
        .map_or(0, |i| i + 1);
    bands.get(from).map(|b| b.year)
}

impl RegionRisk {
    pub fn district(&self, id: &str) -> Option<&DistrictRisk> {
        self.districts.iter().find(|d| d.id == id)
    }
}

/// SplitMix64: tiny, fast, and good enough for drawing delays.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// FNV-1a of a region id, to give each region its own random stream.
fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xCBF2_9CE4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01B3)
    })
}

/// A stream of standard normal numbers (Box–Muller, the cosine half), the
/// one the forecast error is drawn from.
struct Normal(SplitMix64);

impl Normal {
    fn next(&mut self) -> f64 {
        // u1 in (0, 1] so that its logarithm is finite; u2 in [0, 1).
        let u1 = ((self.0.next() >> 11) + 1) as f64 / ONE as f64;
        let u2 = (self.0.next() >> 11) as f64 / ONE as f64;
        (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
    }
}

/// The forecast-error stream of a region: its own, so that turning the
/// error on never moves the delays drawn.
fn normal_stream(seed: u64, region: &str) -> Normal {
    Normal(SplitMix64(
        seed ^ fnv1a(&format!("forecast-error/{region}")),
    ))
}

/// `n` numbers of the normal stream the simulation draws a region's
/// forecast errors from (for checking its distribution).
pub fn normal_draws(seed: u64, region: &str, n: usize) -> Vec<f64> {
    let mut z = normal_stream(seed, region);
    (0..n).map(|_| z.next()).collect()
}

/// Uniform draws are 53-bit integers in `0..ONE`.
const ONE: u64 = 1 << 53;

/// `p` as a threshold on a 53-bit draw: 0 for p ≤ 0 (or NaN), `ONE` for p ≥ 1.
fn threshold(p: f64) -> u64 {
    if p >= 1.0 {
        ONE
    } else if p > 0.0 {
        // p·2^53 < 2^53, so the cast is exact enough and in range.
        (p * ONE as f64) as u64
    } else {
        0
    }
}

/// A school whose opening year is uncertain.
#[derive(Debug, Clone, Copy)]
struct Uncertain {
    /// Its planning unit in the region (see `Units`).
    unit: usize,
    /// Its year (after the what-if) minus `base_year`.
    offset: i64,
    seats: i64,
    /// Delay 0 below `on_time`, 1 below `one_year`, else 2.
    on_time: u64,
    one_year: u64,
}

impl Uncertain {
    fn delay(&self, u: u64) -> i64 {
        i64::from(u >= self.on_time) + i64::from(u >= self.one_year)
    }

    /// The delay when it is certain.
    fn certain(&self) -> Option<i64> {
        match (self.on_time, self.one_year) {
            (ONE, _) => Some(0),
            (0, ONE) => Some(1),
            (0, 0) => Some(2),
            _ => None,
        }
    }
}

/// A region's fixed openings and its schools with an uncertain year, per
/// planning unit (its districts, or the region itself).
struct RegionPlan {
    /// Per unit, seats opened per year by schools whose year is certain.
    fixed: Vec<Vec<i64>>,
    /// Per unit, the deficit per year.
    deficit: Vec<Vec<i64>>,
    uncertain: Vec<Uncertain>,
    /// The region is planned by district (its units are its districts).
    by_district: bool,
    /// Per unit, the spread σ·Q of its deficit per year; empty without the
    /// forecast error, or when every spread is 0.
    error: Vec<Vec<f64>>,
}

fn plans(s: &Scenario, options: &RiskOptions, years: &[i32]) -> Vec<RegionPlan> {
    let n = years.len();
    let what_if = &options.what_if;
    let units = Units::new(s);
    let mut plans: Vec<RegionPlan> = (0..s.regions.len())
        .map(|r| {
            let error = if options.forecast_error {
                region_unit_scales(s, r, years)
            } else {
                Vec::new()
            };
            let drawn = error.iter().flatten().any(|&e| e != 0.0);
            RegionPlan {
                fixed: vec![vec![0; n]; units.count(r)],
                deficit: region_unit_deficits(s, r, years),
                uncertain: Vec::new(),
                by_district: s.regions[r].districts.is_some(),
                error: if drawn { error } else { Vec::new() },
            }
        })
        .collect();
    if n == 0 {
        return plans;
    }
    let odds = super::SchoolStatus::ALL.map(|status| {
        let o = s.delay_odds(status);
        let on_time = threshold(o.on_time);
        // A share of 0 is never drawn, whatever the rounding of the sum.
        let one_year = if o.two_years > 0.0 {
            threshold(o.on_time + o.one_year)
        } else {
            ONE
        };
        let on_time = if o.one_year > 0.0 || o.two_years > 0.0 {
            on_time
        } else {
            ONE
        };
        (status, on_time, one_year)
    });
    for school in &s.schools {
        let (Some((r, unit)), Some(year)) = (units.of(school), what_if.opening_year(school)) else {
            continue;
        };
        let Some(&(_, on_time, one_year)) = odds.iter().find(|o| o.0 == school.status) else {
            continue;
        };
        let u = Uncertain {
            unit,
            offset: year - i64::from(s.base_year),
            seats: s.net_seats(school),
            on_time,
            one_year,
        };
        let plan = &mut plans[r];
        match u.certain() {
            Some(d) => {
                if let Some(y) = year_offset(s.base_year, n, year + d) {
                    let slot = &mut plan.fixed[unit][y];
                    *slot = slot.saturating_add(u.seats);
                }
            }
            // Counted in some year only if one of the three outcomes is in range.
            None if (0..=2).any(|d| year_offset(s.base_year, n, year + d).is_some()) => {
                plan.uncertain.push(u);
            }
            None => {}
        }
    }
    plans
}

/// The shortfall per year of `opened` seats against `deficit`, written to
/// `out[y]` (one slot per year).
fn shortfalls(deficit: &[i64], opened: &[i64], mut out: impl FnMut(usize, i64)) {
    let mut cumulative = 0i64;
    for (y, (&d, &o)) in deficit.iter().zip(opened).enumerate() {
        cumulative = cumulative.saturating_add(o);
        out(y, row(0, d, o, cumulative).shortfall);
    }
}

/// Nearest-rank percentile `p` of `values` (reorders them); `values` not empty.
fn percentile(values: &mut [i64], p: usize) -> i64 {
    let rank = (p * values.len()).div_ceil(100).max(1);
    *values.select_nth_unstable(rank - 1).1
}

fn band(year: i32, values: &mut [i64]) -> Band {
    let closed = values.iter().filter(|&&v| v == 0).count();
    Band {
        year,
        p10: percentile(values, 10),
        p25: percentile(values, 25),
        p50: percentile(values, 50),
        p75: percentile(values, 75),
        p90: percentile(values, 90),
        closed: u32::try_from(closed).unwrap_or(u32::MAX),
        draws: u32::try_from(values.len()).unwrap_or(u32::MAX),
    }
}

/// A band that is the same value in every draw.
fn constant_band(year: i32, v: i64, draws: u32) -> Band {
    Band {
        year,
        p10: v,
        p25: v,
        p50: v,
        p75: v,
        p90: v,
        closed: if v == 0 { draws } else { 0 },
        draws,
    }
}

/// The bands of a region whose every opening year is certain: one shortfall
/// per unit and year, the same in every draw; adds the region's to `total`.
/// Returns the region's bands and, when it has several units, each unit's.
fn certain_bands(
    plan: &RegionPlan,
    years: &[i32],
    draws: u32,
    total: &mut [i64],
    d: usize,
) -> (Vec<Band>, Vec<Vec<Band>>) {
    let n = years.len();
    let mut sum = vec![0i64; n];
    let mut units = Vec::with_capacity(plan.deficit.len());
    for (deficit, fixed) in plan.deficit.iter().zip(&plan.fixed) {
        let mut unit = vec![0i64; n];
        shortfalls(deficit, fixed, |y, v| {
            unit[y] = v;
            sum[y] = sum[y].saturating_add(v);
        });
        units.push(unit);
    }
    for (y, &v) in sum.iter().enumerate() {
        for t in &mut total[y * d..(y + 1) * d] {
            *t = t.saturating_add(v);
        }
    }
    let bands = |values: &[i64]| -> Vec<Band> {
        years
            .iter()
            .zip(values)
            .map(|(&year, &v)| constant_band(year, v, draws))
            .collect()
    };
    (
        bands(&sum),
        unit_bands(plan, units.iter().map(|u| bands(u))),
    )
}

/// Per-unit bands are reported only for a region planned by district.
fn unit_bands(plan: &RegionPlan, bands: impl Iterator<Item = Vec<Band>>) -> Vec<Vec<Band>> {
    if plan.is_by_district() {
        bands.collect()
    } else {
        Vec::new()
    }
}

/// The random streams of one region: the delays, and the forecast error.
struct Streams {
    delays: SplitMix64,
    error: Normal,
}

/// Draws every draw of a region with uncertain openings or a forecast error:
/// per draw, each unit's shortfall, and the region's as their sum (never
/// netted), added to `total`. `samples` is scratch of years × draws.
fn drawn_bands(
    plan: &RegionPlan,
    years: &[i32],
    streams: &mut Streams,
    samples: &mut [i64],
    total: &mut [i64],
    d: usize,
) -> (Vec<Band>, Vec<Vec<Band>>) {
    let rng = &mut streams.delays;
    let n = years.len();
    let by_district = plan.is_by_district();
    // Per unit, samples[y * d + draw]; only kept when the region has districts.
    let mut unit_samples = if by_district {
        vec![vec![0i64; n * d]; plan.fixed.len()]
    } else {
        Vec::new()
    };
    let mut opened = plan.fixed.clone();
    // Per unit, this draw's deficit (the file's plus its drawn error).
    let mut drawn_deficit = plan.deficit.clone();
    for draw in 0..d {
        for (o, f) in opened.iter_mut().zip(&plan.fixed) {
            o.copy_from_slice(f);
        }
        for u in &plan.uncertain {
            let delay = u.delay(rng.next() >> 11);
            if let Ok(y) = usize::try_from(u.offset + delay)
                && y < n
                && let Some(slot) = opened.get_mut(u.unit).and_then(|o| o.get_mut(y))
            {
                *slot = slot.saturating_add(u.seats);
            }
        }
        // One z per unit, units in order, after the delays: the same every
        // year of the unit.
        for ((out, deficit), scale) in drawn_deficit.iter_mut().zip(&plan.deficit).zip(&plan.error)
        {
            let z = streams.error.next();
            for ((o, &d), &sq) in out.iter_mut().zip(deficit).zip(scale) {
                // `as` saturates; f64::round halves away from zero.
                *o = d.saturating_add((z * sq).round() as i64);
            }
        }
        for y in 0..n {
            samples[y * d + draw] = 0;
        }
        for (unit, (deficit, o)) in drawn_deficit.iter().zip(&opened).enumerate() {
            shortfalls(deficit, o, |y, v| {
                let i = y * d + draw;
                samples[i] = samples[i].saturating_add(v);
                if let Some(us) = unit_samples.get_mut(unit) {
                    us[i] = v;
                }
            });
        }
        for y in 0..n {
            let i = y * d + draw;
            total[i] = total[i].saturating_add(samples[i]);
        }
    }
    let bands = |values: &mut [i64]| -> Vec<Band> {
        years
            .iter()
            .enumerate()
            .map(|(y, &year)| band(year, &mut values[y * d..(y + 1) * d]))
            .collect()
    };
    let region = bands(samples);
    let units = unit_samples.iter_mut().map(|u| bands(u)).collect();
    (region, units)
}

impl RegionPlan {
    fn is_by_district(&self) -> bool {
        self.by_district
    }
}

/// Simulates `options.draws` delay draws of the scenario (see the module
/// documentation). Total on any scenario, like [`super::project`]: no panic,
/// no unbounded allocation.
pub fn simulate(s: &Scenario, options: &RiskOptions) -> Risk {
    let s = &*options.what_if.scenario(s);
    let years = years_of(s);
    let n = years.len();
    let draws = options.draws.clamp(1, MAX_DRAWS);
    let d = draws as usize;
    let plans = plans(s, options, &years);

    // samples[y * d + draw]: this region's shortfall; total the same for the country.
    let mut samples = vec![0i64; n * d];
    let mut total = vec![0i64; n * d];
    let mut regions = Vec::with_capacity(s.regions.len());
    for ((index, region), plan) in s.regions.iter().enumerate().zip(&plans) {
        let (rows, unit_rows) = if plan.uncertain.is_empty() && plan.error.is_empty() {
            certain_bands(plan, &years, draws, &mut total, d)
        } else {
            let mut streams = Streams {
                delays: SplitMix64(options.seed ^ fnv1a(&region.id)),
                error: normal_stream(options.seed, &region.id),
            };
            drawn_bands(plan, &years, &mut streams, &mut samples, &mut total, d)
        };
        let districts = region
            .districts
            .iter()
            .flatten()
            .zip(unit_rows)
            .enumerate()
            .map(|(district, (x, rows))| DistrictRisk {
                district,
                id: x.id.clone(),
                rows,
            })
            .collect();
        regions.push(RegionRisk {
            region: index,
            id: region.id.clone(),
            rows,
            districts,
        });
    }
    let total = years
        .iter()
        .enumerate()
        .map(|(y, &year)| band(year, &mut total[y * d..(y + 1) * d]))
        .collect();
    Risk {
        draws,
        seed: options.seed,
        forecast_error: options.forecast_error,
        base_year: s.base_year,
        horizon: s.horizon,
        regions,
        total,
    }
}

//! How far an area's deficit may be off: the spread the risk simulation
//! draws around it when the forecast error is included
//! (docs/scenario-format.md, "Demand error").
//!
//! A demand area errs as its own backtest measured: σ(y) is the root mean
//! square of the backtest's `error_pct` at the lead time y − L (L its last
//! observed year), or `assumptions.demand_error` where the backtest has fewer
//! than 2 errors at that lead; σ = 0 for an observed year. The spread is then
//! σ(y) · need(y). An area with a deficit estimate errs
//! `assumptions.deficit_error` percent more every year after base_year, of
//! |deficit(y)|. This module only measures the spread; drawing from it is
//! `risk.rs`'s job.

use std::collections::BTreeMap;

use super::demand::{backtest, evaluate};
use super::projection::unit_deficits;
use super::{Demand, Scenario};

/// Backtest errors needed at one lead time before their root mean square is
/// trusted over the assumption.
const MIN_ERRORS: usize = 2;

/// σ(y) of a demand, as a fraction (0.02 = 2 %), for each of `years`.
pub fn demand_sigma(s: &Scenario, d: &Demand, years: &[i32]) -> Vec<f64> {
    let Some(&last) = d.observed_years().last() else {
        return vec![0.0; years.len()];
    };
    // error_pct as printed by `seatplan backtest` (one decimal), by lead time.
    let mut by_ahead: BTreeMap<i64, Vec<f64>> = BTreeMap::new();
    for row in backtest(d).rows {
        if let Some(tenths) = row.error_tenths {
            let pct = tenths as f64 / 10.0;
            by_ahead.entry(i64::from(row.ahead)).or_default().push(pct);
        }
    }
    years
        .iter()
        .map(|&y| {
            let ahead = i64::from(y) - i64::from(last);
            if ahead <= 0 {
                return 0.0;
            }
            match by_ahead.get(&ahead) {
                Some(errors) if errors.len() >= MIN_ERRORS => {
                    let mean_square =
                        errors.iter().map(|e| e * e).sum::<f64>() / errors.len() as f64;
                    mean_square.sqrt() / 100.0
                }
                _ => s.demand_error_pct(ahead) / 100.0,
            }
        })
        .collect()
}

/// The spread σ(y) · Q(y) of one planning unit, in seats, for each of
/// `years`: from its demand where it has one (Q = seats needed; a demand with
/// errors gives 0), else from its deficit estimate (Q = |deficit|).
pub fn unit_error_scales(
    s: &Scenario,
    deficit: Option<&BTreeMap<i32, i64>>,
    demand: Option<&Demand>,
    years: &[i32],
) -> Vec<f64> {
    if let Some(d) = demand {
        let outcome = evaluate(s, d);
        let sigma = demand_sigma(s, d, years);
        return years
            .iter()
            .zip(sigma)
            .map(|(&y, sigma)| {
                let need = outcome
                    .rows
                    .iter()
                    .find(|r| r.year == y)
                    .map_or(0, |r| r.need);
                sigma * need as f64
            })
            .collect();
    }
    let rate = s.deficit_error_pct() / 100.0;
    let deficits = unit_deficits(s, deficit, None, years);
    years
        .iter()
        .zip(deficits)
        .map(|(&y, d)| {
            let sigma = rate * f64::from(y.saturating_sub(s.base_year));
            sigma * d.unsigned_abs() as f64
        })
        .collect()
}

/// The spread of each planning unit of region `r` (its districts, or the
/// region itself), in the order of `projection::region_unit_deficits`.
pub(crate) fn region_unit_scales(s: &Scenario, r: usize, years: &[i32]) -> Vec<Vec<f64>> {
    let Some(region) = s.regions.get(r) else {
        return Vec::new();
    };
    match &region.districts {
        Some(ds) => ds
            .iter()
            .map(|d| unit_error_scales(s, d.deficit.as_ref(), d.demand.as_ref(), years))
            .collect(),
        None => vec![unit_error_scales(
            s,
            region.deficit.as_ref(),
            region.demand.as_ref(),
            years,
        )],
    }
}

//! The deficit a demand gives: rows, forecast and seats needed.

use super::super::projection::{div_round_half_away, saturate, years_of};
use super::super::{Scenario, SeatUnit};
use super::checks::check_inputs;
use super::forecast::{BirthUse, Observed, Setup, fit_warnings};
use super::{Demand, DemandOutcome, DemandRow, Problem};

/// The deficit the demand gives for each of `years`: need − capacity. A
/// demand with errors gives 0 (its file has errors, so no projection of it
/// is trusted); a year outside base_year..=horizon gives 0 too.
pub(crate) fn deficit_by_year(s: &Scenario, demand: &Demand, years: &[i32]) -> Vec<i64> {
    let outcome = evaluate(s, demand);
    years
        .iter()
        .map(|y| {
            outcome
                .rows
                .iter()
                .find(|r| r.year == *y)
                .map_or(0, |r| r.deficit)
        })
        .collect()
}

/// Seats needed for `pupils`: round(P * (100 + margin) * u / (100 * shifts)),
/// u = 2 when the file counts places in two shifts. `shifts` must be 1..=3.
pub fn seats_needed(pupils: i64, margin: i64, shifts: i64, unit: SeatUnit) -> i64 {
    let u: i128 = match unit {
        SeatUnit::Design => 1,
        SeatUnit::TwoShift => 2,
    };
    let num = i128::from(pupils) * (100 + i128::from(margin)) * u;
    saturate(div_round_half_away(num, 100 * i128::from(shifts.max(1))))
}

/// The demand's rows for the scenario's years, its ratios and every problem
/// (docs/scenario-format.md, "Demand").
pub fn evaluate(s: &Scenario, d: &Demand) -> DemandOutcome {
    let mut out = DemandOutcome {
        problems: check_inputs(d),
        ..DemandOutcome::default()
    };
    let Some(obs) = Observed::of(d) else {
        return out;
    };
    out.observed = obs.years().into_iter().map(|y| (y, obs.total(y))).collect();
    if out.has_errors() {
        return out;
    }
    let setup = Setup::of(d);
    let Some(&(last, _)) = out.observed.last() else {
        return out;
    };
    let fit = match setup.fit(&obs, last) {
        Ok(fit) => fit,
        Err(p) => {
            out.problems.push(p);
            return out;
        }
    };
    fit_warnings(&fit, &mut out.problems);
    let years = years_of(s);
    let until = years.last().copied().unwrap_or(last).max(last);
    let mut births = BirthUse::default();
    let mut forecast = setup.forecast(&obs, &fit, last, until, &mut births);
    if let Some(h) = &d.housing {
        if let Some(p) = super::housing::before_observed(h, last) {
            out.problems.push(p);
        }
        // Added before rounding: P(y) = round(P(y) + H(y)).
        for (y, p) in &mut forecast {
            *p += h.pupils(last, *y);
        }
    }
    out.ratios = Some(fit.ratios(setup.grade_count));
    if let Some(p) = births.held(d) {
        out.problems.push(p);
    }
    out.forecast = forecast.iter().map(|&(y, p)| (y, round(p))).collect();
    out.forecast_exact = forecast;
    let first = out.observed[0];
    if let Some(&base) = years.first()
        && first.0 > base
    {
        out.problems.push(Problem::HeldBeforeObserved {
            first: first.0,
            base,
            until: (first.0 - 1).min(years.last().copied().unwrap_or(base)),
            value: first.1,
        });
    }
    out.rows = years
        .iter()
        .map(|&year| {
            let (pupils, observed) = if year < first.0 {
                (first.1, false)
            } else if year <= last {
                (obs.total(year), true)
            } else {
                let p = out
                    .forecast
                    .iter()
                    .find(|(y, _)| *y == year)
                    .map_or(0, |x| x.1);
                (p, false)
            };
            let need = seats_needed(pupils, d.margin(), d.shifts, s.seat_unit);
            DemandRow {
                year,
                pupils,
                need,
                capacity: d.capacity.unwrap_or(0),
                deficit: need.saturating_sub(d.capacity.unwrap_or(0)),
                observed,
            }
        })
        .collect();
    out
}

/// `-12` tenths as `-1.2`, `0` as `0.0`.
pub fn format_tenths(tenths: i64) -> String {
    let sign = if tenths < 0 { "-" } else { "" };
    let a = tenths.unsigned_abs();
    format!("{sign}{}.{}", a / 10, a % 10)
}

pub(super) fn round(x: f64) -> i64 {
    // `as` saturates at the i64 limits; f64::round halves away from zero.
    x.round() as i64
}

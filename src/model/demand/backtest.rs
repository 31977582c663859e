//! The backtest: refit on fewer observed years and compare the forecast.

use std::collections::BTreeMap;

use super::super::projection::{div_round_half_away, saturate};
use super::checks::check_inputs;
use super::evaluate::round;
use super::forecast::{BirthUse, Observed, Setup};
use super::{Demand, Problem};

/// One forecast of the backtest: from `origin`, the pupils of an observed
/// `year`, against what was observed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BacktestRow {
    pub origin: i32,
    pub year: i32,
    pub ahead: i32,
    pub forecast: i64,
    pub actual: i64,
    /// `100 * (forecast - actual) / actual` in tenths of a percent, rounded
    /// halves away from zero; `None` when `actual` is 0.
    pub error_tenths: Option<i64>,
}

/// The backtest of one demand: its rows, and the origins that could not be
/// refitted (with the reason).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Backtest {
    pub rows: Vec<BacktestRow>,
    pub skipped: Vec<(i32, Problem)>,
}

/// The mean absolute error of the backtest by years ahead, in percent:
/// `(ahead, mean |error_pct|, forecasts averaged)`, ahead ascending. This is
/// the figure a planner reads ("one year ahead, off by 1.2 % on average").
pub fn backtest_summary(rows: &[BacktestRow]) -> Vec<(i32, f64, usize)> {
    let mut by_ahead: BTreeMap<i32, (f64, usize)> = BTreeMap::new();
    for r in rows {
        if r.actual != 0 {
            let e = by_ahead.entry(r.ahead).or_default();
            e.0 += 100.0 * (r.forecast - r.actual).abs() as f64 / r.actual as f64;
            e.1 += 1;
        }
    }
    by_ahead
        .into_iter()
        .map(|(ahead, (sum, n))| (ahead, sum / n as f64, n))
        .collect()
}

/// The backtest of a demand with at least 3 observed years: for each origin
/// from the second observed year to the one before the last, refit on the
/// years up to the origin and forecast every later observed year. A demand
/// with errors, or fewer years, has no rows.
pub fn backtest(d: &Demand) -> Backtest {
    let mut bt = Backtest::default();
    if check_inputs(d).iter().any(Problem::is_error) {
        return bt;
    }
    let Some(obs) = Observed::of(d) else {
        return bt;
    };
    let years = obs.years();
    if years.len() < 3 {
        return bt;
    }
    let setup = Setup::of(d);
    let last = years[years.len() - 1];
    for &origin in &years[1..years.len() - 1] {
        let fit = match setup.fit(&obs, origin) {
            Ok(fit) => fit,
            Err(p) => {
                bt.skipped.push((origin, p));
                continue;
            }
        };
        let forecast = setup.forecast(&obs, &fit, origin, last, &mut BirthUse::default());
        for (year, p) in forecast {
            let forecast = round(p);
            let actual = obs.total(year);
            bt.rows.push(BacktestRow {
                origin,
                year,
                ahead: year - origin,
                forecast,
                actual,
                error_tenths: (actual != 0).then(|| {
                    let num = 1000 * (i128::from(forecast) - i128::from(actual));
                    let v = div_round_half_away(num.abs(), i128::from(actual).abs());
                    let negative = (num < 0) != (actual < 0);
                    saturate(if negative { -v } else { v })
                }),
            });
        }
    }
    bt
}

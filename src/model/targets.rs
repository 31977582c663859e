//! The collegium's targets read from the stock (docs/scenario-format.md,
//! "Existing schools"): three-shift schools, pupils beyond the norm and
//! emergency schools in use, for an area or the country, now, at the
//! horizon, and the year each reaches 0.

use super::stock::{Stock, StockSummary};

/// One of the collegium's targets for an area: its value in the year
/// "now", at the horizon, and the first year from which it stays 0 through
/// the horizon (`None`: not by the horizon).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Target {
    pub now: i64,
    pub horizon: i64,
    pub zero_from: Option<i32>,
}

/// The three targets: three-shift schools, pupils beyond the norm, and
/// emergency (or adobe) schools in use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Targets {
    pub three_shift: Target,
    pub over_norm: Target,
    pub emergency: Target,
}

impl Targets {
    /// From an area's (or the country's) summary rows, years ascending;
    /// `now` is held to the years shown.
    pub fn of(rows: &[StockSummary], now: i32) -> Targets {
        let target = |value: fn(&StockSummary) -> i64| {
            let at_now = rows
                .iter()
                .rev()
                .find(|r| r.year <= now)
                .or_else(|| rows.first())
                .map_or(0, value);
            let horizon = rows.last().map_or(0, value);
            let zero_from = rows
                .iter()
                .rposition(|r| value(r) != 0)
                .map_or(rows.first().map(|r| r.year), |i| {
                    rows.get(i + 1).map(|r| r.year)
                });
            Target {
                now: at_now,
                horizon,
                zero_from,
            }
        };
        Targets {
            three_shift: target(|r| r.three_shift),
            over_norm: target(|r| r.over_norm),
            emergency: target(|r| r.emergency),
        }
    }
}

impl Stock {
    /// The summary rows of a region (its districts summed when it has
    /// them), of one district, or of the country (`region` `None`).
    pub fn rows_for(&self, region: Option<usize>, district: Option<usize>) -> Vec<StockSummary> {
        let Some(r) = region else {
            return self.total.clone();
        };
        let mut out: Vec<StockSummary> = self
            .years
            .iter()
            .map(|&year| StockSummary {
                year,
                ..StockSummary::default()
            })
            .collect();
        for area in self
            .areas
            .iter()
            .filter(|a| a.region == r && (district.is_none() || a.district == district))
        {
            for (o, x) in out.iter_mut().zip(&area.rows) {
                o.schools += x.schools;
                o.three_shift += x.three_shift;
                o.over_norm += x.over_norm;
                o.emergency += x.emergency;
                o.emergency_pupils += x.emergency_pupils;
            }
        }
        out
    }
}

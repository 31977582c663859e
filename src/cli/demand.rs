//! `seatplan demand`, `housing` and `backtest`: the derived deficits, what
//! housing calls for (its CSV is the report folder's too) and the forecasts'
//! accuracy.

use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;

use super::{emit, load_valid};
use crate::model::{Demand, Scenario};

pub const DEMAND_HEADER: &str = "region,district,year,pupils,need,capacity,deficit,observed";
pub use crate::export::{HOUSING_HEADER, housing_csv};
pub const BACKTEST_HEADER: &str = "region,district,origin,year,ahead,forecast,actual,error_pct";

/// Every demand of a scenario in file order: `(region id, district id or "",
/// demand)`; a region's own demand, or its districts' demands.
pub fn demands(s: &Scenario) -> Vec<(&str, &str, &Demand)> {
    let mut out = Vec::new();
    for r in &s.regions {
        if let Some(d) = &r.demand {
            out.push((r.id.as_str(), "", d));
        }
        for district in r.districts.iter().flatten() {
            if let Some(d) = &district.demand {
                out.push((r.id.as_str(), district.id.as_str(), d));
            }
        }
    }
    out
}

/// The `demand` CSV: one row per demand and year, base_year to horizon.
pub fn demand_csv(s: &Scenario) -> String {
    let mut out = String::from(DEMAND_HEADER);
    out.push('\n');
    for (region, district, d) in demands(s) {
        let d = crate::model::with_stock(s, region, Some(district).filter(|x| !x.is_empty()), d);
        for r in crate::model::evaluate_demand(s, &d).rows {
            let _ = writeln!(
                out,
                "{region},{district},{},{},{},{},{},{}",
                r.year,
                r.pupils,
                r.need,
                r.capacity,
                r.deficit,
                u8::from(r.observed)
            );
        }
    }
    out
}

/// The `backtest` CSV, and a note for each origin that could not be refitted.
pub fn backtest_csv(s: &Scenario) -> (String, Vec<String>) {
    let mut out = String::from(BACKTEST_HEADER);
    out.push('\n');
    let mut notes = Vec::new();
    for (region, district, d) in demands(s) {
        let d = crate::model::with_stock(s, region, Some(district).filter(|x| !x.is_empty()), d);
        let bt = crate::model::backtest(&d);
        for r in &bt.rows {
            let error = r
                .error_tenths
                .map(crate::model::format_tenths)
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "{region},{district},{},{},{},{},{},{error}",
                r.origin, r.year, r.ahead, r.forecast, r.actual
            );
        }
        let unit = if district.is_empty() {
            region.to_owned()
        } else {
            format!("{region}/{district}")
        };
        for (origin, problem) in &bt.skipped {
            let d = problem.diagnostic(
                &crate::model::Subject::Scenario,
                &unit,
                "demand",
                d.observed_field(),
            );
            notes.push(format!(
                "seatplan: note: no backtest from {origin}: {}",
                crate::i18n::DiagnosticText::english(&d)
            ));
        }
    }
    (out, notes)
}

/// Runs `demand FILE`: the derived deficits as CSV on `out`.
pub fn demand(file: &Path, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match load_valid(file, err) {
        Ok(scenario) => emit("demand table", &demand_csv(&scenario), out, err),
        Err(code) => code,
    }
}

/// Runs `housing FILE`: what each housing programme calls for, as CSV.
pub fn housing(file: &Path, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match load_valid(file, err) {
        Ok(scenario) => emit("housing table", &housing_csv(&scenario), out, err),
        Err(code) => code,
    }
}

/// Runs `backtest FILE`: each demand's forecast against its own past as CSV.
pub fn backtest(file: &Path, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match load_valid(file, err) {
        Ok(scenario) => {
            let (csv, notes) = backtest_csv(&scenario);
            for note in notes {
                let _ = writeln!(err, "{note}");
            }
            emit("backtest", &csv, out, err)
        }
        Err(code) => code,
    }
}

//! `seatplan risk`: the construction-delay simulation.

use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;

use super::{emit, load_valid};
use crate::model::{Band, Risk, RiskOptions, simulate};

/// Runs `risk FILE`: the delay simulation as CSV on `out`.
pub fn risk(file: &Path, options: &RiskOptions, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match load_valid(file, err) {
        Ok(scenario) => emit(
            "risk table",
            &risk_csv(&simulate(&scenario, options)),
            out,
            err,
        ),
        Err(code) => code,
    }
}

pub const RISK_HEADER: &str = "region,year,p10,p50,p90,p_closed";

/// The simulation as the `risk` CSV: one row per region and year (file
/// order, years ascending), then one `TOTAL` row per year; `p_closed` with
/// four decimals.
pub fn risk_csv(r: &Risk) -> String {
    let mut s = String::with_capacity(40 * (r.regions.len() + 1) * r.total.len() + 64);
    s.push_str(RISK_HEADER);
    s.push('\n');
    let rows = r
        .regions
        .iter()
        .flat_map(|x| x.rows.iter().map(move |b| (x.id.as_str(), b)))
        .chain(r.total.iter().map(|b| ("TOTAL", b)));
    for (id, b) in rows {
        let Band {
            year,
            p10,
            p50,
            p90,
            ..
        } = *b;
        let _ = writeln!(s, "{id},{year},{p10},{p50},{p90},{:.4}", b.p_closed());
    }
    s
}

//! `seatplan risk`: the construction-delay simulation, and with `--demand`
//! the forecast error drawn with it (docs/scenario-format.md, "Demand error").

use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;

use super::{emit, load_valid};
use crate::model::{Band, Risk, RiskOptions, simulate};

/// Runs `risk FILE`: the delay simulation as CSV on `out`.
pub fn risk(file: &Path, options: &RiskOptions, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match load_valid(file, err) {
        Ok(scenario) => {
            let r = simulate(&scenario, options);
            let csv = if options.forecast_error {
                risk_demand_csv(&r)
            } else {
                risk_csv(&r)
            };
            emit("risk table", &csv, out, err)
        }
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

pub const RISK_DEMAND_HEADER: &str = "region,district,year,p10,p50,p90,p_closed,p_short";

/// The simulation with the forecast error as the `risk --demand` CSV: each
/// region's rows (district empty), then each of its districts' (file order),
/// years ascending; then one `TOTAL` row per year. `p_closed` and `p_short`
/// with four decimals, as `p_closed` without `--demand`.
pub fn risk_demand_csv(r: &Risk) -> String {
    let areas = r
        .regions
        .iter()
        .map(|x| 1 + x.districts.len())
        .sum::<usize>()
        + 1;
    let mut s = String::with_capacity(48 * areas * r.total.len() + 64);
    s.push_str(RISK_DEMAND_HEADER);
    s.push('\n');
    let rows = r
        .regions
        .iter()
        .flat_map(|x| {
            let region = x.rows.iter().map(move |b| (x.id.as_str(), "", b));
            let districts = x.districts.iter().flat_map(move |d| {
                d.rows
                    .iter()
                    .map(move |b| (x.id.as_str(), d.id.as_str(), b))
            });
            region.chain(districts)
        })
        .chain(r.total.iter().map(|b| ("TOTAL", "", b)));
    for (id, district, b) in rows {
        let Band {
            year,
            p10,
            p50,
            p90,
            ..
        } = *b;
        let _ = writeln!(
            s,
            "{id},{district},{year},{p10},{p50},{p90},{:.4},{:.4}",
            b.p_closed(),
            b.p_short()
        );
    }
    s
}

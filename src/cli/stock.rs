//! `seatplan stock`: each existing school year by year after relief, or the
//! collegium's figures per area (docs/scenario-format.md, "Existing schools").

use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;

use super::{cell, emit, load_valid};
use crate::model::{Scenario, Stock, StockSummary, format_load, stock};

pub const STOCK_HEADER: &str =
    "region,district,school,year,pupils,capacity,load,shifts,condition,open";
pub const STOCK_SUMMARY_HEADER: &str =
    "region,district,year,schools,three_shift,over_norm,emergency,emergency_pupils";

/// Runs `stock FILE [--summary]`: the stock as CSV on `out`.
pub fn stock_cmd(file: &Path, summary: bool, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match load_valid(file, err) {
        Ok(scenario) => {
            let st = stock(&scenario);
            let csv = if summary {
                stock_summary_csv(&scenario, &st)
            } else {
                stock_csv(&scenario, &st)
            };
            emit("stock table", &csv, out, err)
        }
        Err(code) => code,
    }
}

/// One row per existing school and year: schools in file order, years
/// ascending; a closed school prints pupils 0, load 0.00, shifts 0, open 0.
pub fn stock_csv(s: &Scenario, st: &Stock) -> String {
    let mut out = String::with_capacity(64 * (1 + s.existing.len() * st.years.len()));
    out.push_str(STOCK_HEADER);
    out.push('\n');
    for (e, school) in s.existing.iter().zip(&st.schools) {
        let district = e.district.as_deref().unwrap_or("");
        for y in &school.years {
            let _ = writeln!(
                out,
                "{},{},{},{},{},{},{},{},{:?},{}",
                cell(&e.region),
                cell(district),
                cell(&e.id),
                y.year,
                crate::model::stock_round(y.pupils),
                e.capacity,
                format_load(y.load),
                y.shifts,
                e.condition(),
                u8::from(y.open)
            );
        }
    }
    out
}

/// One row per area with existing schools and year (regions, then a
/// region's districts, file order), then `TOTAL,,YEAR,…`: the column sums.
pub fn stock_summary_csv(s: &Scenario, st: &Stock) -> String {
    let mut out = String::from(STOCK_SUMMARY_HEADER);
    out.push('\n');
    let row = |out: &mut String, region: &str, district: &str, r: &StockSummary| {
        let _ = writeln!(
            out,
            "{},{},{},{},{},{},{},{}",
            cell(region),
            cell(district),
            r.year,
            r.schools,
            r.three_shift,
            r.over_norm,
            r.emergency,
            r.emergency_pupils
        );
    };
    for area in &st.areas {
        let Some(region) = s.regions.get(area.region) else {
            continue;
        };
        let district = area
            .district
            .and_then(|d| region.districts.as_ref()?.get(d))
            .map_or("", |d| d.id.as_str());
        for r in &area.rows {
            row(&mut out, &region.id, district, r);
        }
    }
    if !st.areas.is_empty() {
        for r in &st.total {
            row(&mut out, "TOTAL", "", r);
        }
    }
    out
}

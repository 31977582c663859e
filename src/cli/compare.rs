//! `seatplan compare`: the shortfall of two scenarios side by side.

use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;

use super::{emit, load_valid};
use crate::model::{Comparison, SeatUnit, compare};

/// Runs `compare A B`: the shortfall of both files as CSV on `out`, warnings
/// (regions in one file only, a unit conversion, different years) on `err`.
pub fn compare_files(a: &Path, b: &Path, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let (sa, sb) = match (load_valid(a, err), load_valid(b, err)) {
        (Ok(sa), Ok(sb)) => (sa, sb),
        (Err(ca), Err(cb)) => return ca.max(cb),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    let c = compare(&sa, &sb);
    let (na, nb) = (a.display(), b.display());
    for (file, unit, other, other_unit) in [
        (&na, c.unit_a, &nb, c.unit_b),
        (&nb, c.unit_b, &na, c.unit_a),
    ] {
        if unit == SeatUnit::TwoShift && other_unit == SeatUnit::Design {
            let _ = writeln!(
                err,
                "seatplan: note: {file} counts places in two shifts (seat_unit: TwoShift) and \
                 {other} design seats: {file}'s shortfalls are halved to design seats"
            );
        }
    }
    for id in &c.only_in_a {
        let _ = writeln!(
            err,
            "seatplan: warning: region \"{id}\" is only in {na}: its shortfall in {nb} is taken as 0"
        );
    }
    for id in &c.only_in_b {
        let _ = writeln!(
            err,
            "seatplan: warning: region \"{id}\" is only in {nb}: its shortfall in {na} is taken as 0"
        );
    }
    if c.years_a != c.years_b {
        let _ = writeln!(
            err,
            "seatplan: warning: {na} covers {}–{} and {nb} {}–{}: in a year outside a file's \
             years its shortfall and the difference are left empty",
            c.years_a.0, c.years_a.1, c.years_b.0, c.years_b.1
        );
    }
    emit("comparison", &compare_csv(&c), out, err)
}

pub const COMPARE_HEADER: &str = "region,year,shortfall_a,shortfall_b,difference";

/// The comparison as the `compare` CSV: regions in A's order then those only
/// in B, years ascending; an empty field where a file does not cover the year.
pub fn compare_csv(c: &Comparison) -> String {
    fn cell(v: Option<i64>) -> String {
        v.map(|v| v.to_string()).unwrap_or_default()
    }
    let mut s = String::with_capacity(48 * c.regions.len() * c.years.len() + 64);
    s.push_str(COMPARE_HEADER);
    s.push('\n');
    for r in &c.regions {
        for row in &r.rows {
            let _ = writeln!(
                s,
                "{},{},{},{},{}",
                r.id,
                row.year,
                cell(row.shortfall_a),
                cell(row.shortfall_b),
                cell(row.difference())
            );
        }
    }
    s
}

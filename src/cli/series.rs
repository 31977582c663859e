//! `seatplan import SHEET --into FILE --series ...`: a region-by-year table
//! (docs/statistics-tables.md).

use std::io::Write;

use super::sheets::{ImportArgs, open_both};
use super::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE, print_diagnostics};
use crate::io::import::{self, Series, SeriesOptions};
use crate::io::save_path;
use crate::model::{has_errors, validate};

/// Runs the series import; every problem goes to `err` as
/// `FILE:SHEET!CELL: error|warning: message`; on any error nothing is
/// written. Returns the exit code.
pub fn import_series(args: &ImportArgs, series: &str, err: &mut dyn Write) -> i32 {
    let Some(series) = Series::parse(series) else {
        let _ = writeln!(
            err,
            "seatplan: --series {series}: use pupils, births, deficit or capacity"
        );
        return EXIT_USAGE;
    };
    let (mut scenario, file, wb) = match open_both(args, err) {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    let options = SeriesOptions {
        series,
        section: args.section.clone(),
        district_of: args.district_of.clone(),
    };
    let plan = match import::plan_series(&wb, &scenario, &options) {
        Ok(p) => p,
        Err(e) => {
            let _ = writeln!(err, "seatplan: error: {e}");
            return EXIT_USAGE;
        }
    };
    for p in &plan.problems {
        let _ = writeln!(err, "{}", p.display(&file, &plan.sheet));
    }
    if let Some(row) = plan.year_row {
        let years: Vec<i32> = plan.years.iter().map(|(_, y)| *y).collect();
        let section = plan
            .section
            .and_then(|r| plan.sections.iter().find(|(s, _)| *s == r))
            .map(|(_, s)| format!("; section \"{s}\""))
            .unwrap_or_default();
        let _ = writeln!(
            err,
            "seatplan: {file}:{}: years in row {} ({}–{}){section}; {} row(s) matched, {} not matched, {} total row(s) left out",
            plan.sheet,
            row + 1,
            years.first().copied().unwrap_or_default(),
            years.last().copied().unwrap_or_default(),
            plan.rows.len(),
            plan.unmatched.len(),
            plan.totals.len(),
        );
    }
    let into = args.into.display();
    let Some(count) = import::apply_series(&mut scenario, &plan) else {
        let _ = writeln!(
            err,
            "seatplan: nothing imported, {into} unchanged: fix the cells above"
        );
        return EXIT_ERRORS;
    };
    // The values may break a rule of the file (a gap in observed years, a
    // region with both a deficit and a demand): then nothing is written.
    let diagnostics = validate(&scenario);
    if has_errors(&diagnostics) {
        print_diagnostics(err, &args.into, &diagnostics);
        let _ = writeln!(
            err,
            "seatplan: nothing imported, {into} unchanged: the values would break the rules above"
        );
        return EXIT_ERRORS;
    }
    if count == 0 {
        let _ = writeln!(err, "seatplan: no values to import; {into} unchanged");
        return EXIT_OK;
    }
    if let Err(e) = save_path(&scenario, &args.into) {
        let _ = writeln!(err, "{into}: error: {e}");
        return super::save_failure_code(&e);
    }
    let _ = writeln!(
        err,
        "seatplan: wrote {count} {} value(s) for {} {} into {into}",
        series.key(),
        plan.rows.len(),
        if plan.district_of.is_some() {
            "district(s)"
        } else {
            "region(s)"
        },
    );
    EXIT_OK
}

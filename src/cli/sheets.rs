//! `seatplan import` and `seatplan report --xlsx / --csv-excel` (docs/spreadsheets.md).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;

use super::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE, load_valid, load_valid_in};
use crate::export::{XlsxOptions, write_excel_csv, write_xlsx};
use crate::i18n::{Lang, tr_in};
use crate::io::import::{self, ImportOptions, Workbook};
use crate::io::save_path;
use crate::model::{Scenario, WhatIf, project};

/// The spreadsheet outputs of `report`.
#[derive(Debug, Clone, Default, Args)]
pub struct ReportSheets {
    /// Write an Excel workbook (projection, schools, deficit, chart) with live formulas
    #[arg(long, value_name = "OUT.xlsx")]
    pub xlsx: Option<PathBuf>,
    /// Write the projection as CSV for Excel (UTF-8 with BOM, `;`, CRLF)
    #[arg(long, value_name = "OUT.csv")]
    pub csv_excel: Option<PathBuf>,
}

impl ReportSheets {
    pub fn any(&self) -> bool {
        self.xlsx.is_some() || self.csv_excel.is_some()
    }
}

/// Writes the `--xlsx` and `--csv-excel` files; returns the exit code.
pub fn report_sheets(
    file: &Path,
    what_if: &WhatIf,
    sheets: &ReportSheets,
    (lang, messages): (Lang, Lang),
    err: &mut dyn Write,
) -> i32 {
    if *what_if != WhatIf::NONE {
        let text = tr_in(messages, "cli-sheets-no-what-if", &[]);
        let _ = writeln!(err, "seatplan: {text}");
        return EXIT_USAGE;
    }
    let scenario = match load_valid_in(file, messages, err) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let p = project(&scenario);
    let mut written = Vec::new();
    let results = [
        sheets
            .xlsx
            .as_ref()
            .map(|out| (out, write_xlsx(out, &scenario, &p, XlsxOptions::new(lang)))),
        sheets
            .csv_excel
            .as_ref()
            .map(|out| (out, write_excel_csv(out, &scenario, &p, lang))),
    ];
    for (out, result) in results.into_iter().flatten() {
        match result {
            Ok(()) => written.push(out.display().to_string()),
            Err(e) => {
                let _ = writeln!(err, "seatplan: {}", e.message(messages));
                return EXIT_USAGE;
            }
        }
    }
    let and = format!(" {} ", tr_in(messages, "cli-and", &[]));
    let files = written.join(&and);
    let text = tr_in(messages, "cli-wrote", &[("files", files.into())]);
    let _ = writeln!(err, "seatplan: {text}");
    EXIT_OK
}

#[derive(Debug, Clone, Args)]
pub struct ImportArgs {
    /// The spreadsheet: .xlsx, .xls, .ods or .csv
    #[arg(value_name = "SHEET")]
    pub file: PathBuf,
    /// The scenario to add the schools to (written like a save, with a .bak)
    #[arg(long, value_name = "FILE.ron")]
    pub into: PathBuf,
    /// The region (id) the schools are in
    #[arg(long, value_name = "ID", required_unless_present = "series")]
    pub region: Option<String>,
    /// The sheet to read (default: the first)
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Which column holds a field, over what the headers say: a letter, a
    /// header text, or nothing to leave the field out; fields: id, name,
    /// district, seats, replaces, opens, status, funding; with --existing:
    /// id, name, district, capacity, pupils (year from the header or
    /// --year), pupils:YEAR, emergency, adobe, condition
    #[arg(long, value_name = "FIELD=COLUMN,...")]
    pub map: Vec<String>,
    /// Import the rows without errors and leave out the others
    #[arg(long)]
    pub skip_bad: bool,
    /// Import existing schools (capacity, census pupils, condition) instead of planned ones
    #[arg(long)]
    pub existing: bool,
    /// With --existing: the census year of a pupils column whose header has none
    #[arg(long, value_name = "Y", requires = "existing")]
    pub year: Option<i32>,
    /// Read a region-by-year table (the statistics bureau's layout) into each
    /// region's demand (pupils, births, capacity) or its deficit map
    #[arg(long, value_name = "SERIES", conflicts_with_all = ["existing", "region", "map", "skip_bad"],
        value_parser = ["pupils", "births", "deficit", "capacity"])]
    pub series: Option<String>,
    /// With --series: the section of the sheet to read (part of its heading)
    #[arg(long, value_name = "TEXT", requires = "series")]
    pub section: Option<String>,
    /// With --series: the rows are districts of this region (id)
    #[arg(long, value_name = "REGION", requires = "series")]
    pub district_of: Option<String>,
}

/// Runs `import`; every problem goes to `err` as `SHEET:SHEETNAME!CELL:
/// error|warning: message`. Returns the exit code.
pub fn import(args: &ImportArgs, err: &mut dyn Write) -> i32 {
    if args.existing {
        return import_existing(args, err);
    }
    // `requires = "series"` on these two did not stop them being given
    // without --series (clap 4.5, tried), so they are checked here.
    if args.section.is_some() || args.district_of.is_some() {
        let _ = writeln!(
            err,
            "seatplan: --section and --district-of read a region-by-year table: add --series pupils|births|deficit|capacity"
        );
        return EXIT_USAGE;
    }
    let overrides = match import::parse_map(&args.map.join(",")) {
        Ok(o) => o,
        Err(e) => {
            let _ = writeln!(err, "seatplan: --map {e}");
            return EXIT_USAGE;
        }
    };
    let (mut scenario, file, wb) = match open_both(args, err) {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    let options = ImportOptions {
        region: args.region.clone().unwrap_or_default(),
        overrides,
    };
    let plan = match import::plan(&wb, &scenario, &options) {
        Ok(p) => p,
        Err(e) => {
            let _ = writeln!(err, "seatplan: error: {e}");
            return EXIT_USAGE;
        }
    };
    for p in &plan.problems {
        let _ = writeln!(err, "{}", p.display(&file, &plan.sheet));
    }
    if let Some(row) = plan.header_row {
        let _ = writeln!(
            err,
            "seatplan: {file}:{}: header row {}; columns {}",
            plan.sheet,
            row + 1,
            import::describe_mapping(&plan)
        );
    }
    let Some(applied) = import::apply(&mut scenario, &plan, args.skip_bad) else {
        let hint = if plan.has_sheet_errors() {
            "fix the sheet or the column mapping"
        } else {
            "fix the cells above, or import the good rows with --skip-bad"
        };
        let _ = writeln!(
            err,
            "seatplan: nothing imported, {} unchanged: {hint}",
            args.into.display()
        );
        return EXIT_ERRORS;
    };
    save_imported(
        &scenario,
        &args.into,
        (applied.imported, applied.skipped),
        "school(s)",
        err,
    )
}

/// Writes FILE after an import of `added` rows (`skipped` left out with
/// `--skip-bad`) and says so; nothing to add leaves FILE as it was.
fn save_imported(
    scenario: &Scenario,
    into: &Path,
    (added, skipped): (usize, usize),
    what: &str,
    err: &mut dyn Write,
) -> i32 {
    if added == 0 {
        let _ = writeln!(
            err,
            "seatplan: no schools to import; {} unchanged",
            into.display()
        );
        return EXIT_OK;
    }
    if let Err(e) = save_path(scenario, into) {
        let _ = writeln!(err, "{}: error: {e}", into.display());
        return super::save_failure_code(&e);
    }
    let skipped = if skipped > 0 {
        format!("; {skipped} row(s) with errors left out")
    } else {
        String::new()
    };
    let _ = writeln!(
        err,
        "seatplan: added {added} {what} to {}{skipped}",
        into.display()
    );
    EXIT_OK
}

/// The scenario FILE (without errors), the sheet's name as the problems
/// print it, and the workbook; `Err` is the exit code, its reason written.
pub(super) fn open_both(
    args: &ImportArgs,
    err: &mut dyn Write,
) -> Result<(Scenario, String, Workbook), i32> {
    let scenario = load_valid(&args.into, err)?;
    let file = args.file.display().to_string();
    match import::read(&args.file, args.sheet.as_deref()) {
        Ok(wb) => Ok((scenario, file, wb)),
        Err(e) => {
            let _ = writeln!(err, "{file}: error: {e}");
            Err(if e.is_over_limit() {
                EXIT_ERRORS
            } else {
                EXIT_USAGE
            })
        }
    }
}

/// Runs `import --existing`: the census table's schools join the stock.
/// Every problem goes to `err` at its cell; on any error nothing is written
/// (with `--skip-bad` the good rows are).
fn import_existing(args: &ImportArgs, err: &mut dyn Write) -> i32 {
    let overrides = match import::parse_stock_map(&args.map.join(",")) {
        Ok(o) => o,
        Err(e) => {
            let _ = writeln!(err, "seatplan: --map {e}");
            return EXIT_USAGE;
        }
    };
    let (mut scenario, file, wb) = match open_both(args, err) {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    let plan = match import::plan_existing(
        &wb,
        &scenario,
        args.region.as_deref().unwrap_or_default(),
        args.year,
        &overrides,
    ) {
        Ok(p) => p,
        Err(e) => {
            let _ = writeln!(err, "seatplan: error: {e}");
            return EXIT_USAGE;
        }
    };
    for p in &plan.problems {
        let _ = writeln!(err, "{}", p.display(&file, &plan.sheet));
    }
    let Some(count) = import::apply_existing(&mut scenario, &plan, args.skip_bad) else {
        let _ = writeln!(
            err,
            "seatplan: nothing imported, {} unchanged: fix the cells above{}",
            args.into.display(),
            if plan.has_sheet_errors() {
                ""
            } else {
                ", or import the good rows with --skip-bad"
            }
        );
        return EXIT_ERRORS;
    };
    save_imported(
        &scenario,
        &args.into,
        (count, plan.bad_rows),
        "existing school(s)",
        err,
    )
}

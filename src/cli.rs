//! `seatplan check`, `report`, `compare` and `risk` (`docs/scenario-format.md`,
//! "Command line").

use std::fmt::Write as _;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand};

mod sheets;

use crate::i18n::Lang;
use crate::io::{LoadError, load_path};
use crate::model::{
    Band, Comparison, DEFAULT_DRAWS, DEFAULT_SEED, Demand, Diagnostic, MAX_DRAWS, MergeInput,
    Projection, Risk, RiskOptions, Scenario, SeatUnit, WhatIf, compare, merge, project_with,
    simulate,
};

/// Exit codes of the CLI contract.
pub const EXIT_OK: i32 = 0;
pub const EXIT_ERRORS: i32 = 1;
pub const EXIT_USAGE: i32 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "seatplan",
    version,
    about = "Plan school seat capacity: see year by year how much of the seat deficit a plan leaves",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Scenario file to open in the window (default: the built-in national scenario)
    pub file: Option<PathBuf>,
    /// Region id to show first in the window, e.g. `shymkent`
    #[arg(long, value_name = "ID")]
    pub region: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check scenario files; print `FILE:LINE:COL: error|warning: message`
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Print the year-by-year projection of a scenario as CSV
    Report {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        #[command(flatten)]
        what_if: WhatIfArgs,
        /// Write summary.csv and one SVG chart per region (plus country.svg) into DIR
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        #[command(flatten)]
        sheets: sheets::ReportSheets,
        /// Language of the charts written with --out and of the --xlsx and
        /// --csv-excel files (default: the system's)
        #[arg(long, value_name = "kk|ru|en", value_parser = parse_lang)]
        lang: Option<Lang>,
        /// Print one row per district and year instead (regions planned by district)
        #[arg(long, conflicts_with = "out")]
        districts: bool,
    },
    /// Import schools from a spreadsheet (.xlsx, .xls, .ods, .csv) into a scenario
    Import(sheets::ImportArgs),
    /// Compare the shortfall of two scenarios as CSV (difference = B − A)
    Compare {
        #[arg(value_name = "A")]
        a: PathBuf,
        #[arg(value_name = "B")]
        b: PathBuf,
    },
    /// Simulate construction delays; print the P10/P50/P90 shortfall as CSV
    Risk {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Number of random draws
        #[arg(long, value_name = "N", default_value_t = DEFAULT_DRAWS,
              value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_DRAWS)))]
        draws: u32,
        /// Seed of the random draws: the same seed gives the same figures
        #[arg(long, value_name = "S", default_value_t = DEFAULT_SEED)]
        seed: u64,
    },
    /// Merge regional scenario files into one (regions and schools in file order)
    Merge {
        /// Scenario files, in the order their regions and schools should come
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// The merged scenario file to write
        #[arg(short, long, value_name = "OUT")]
        out: PathBuf,
        /// Name of the merged scenario (default: the first file's name and " + N more")
        #[arg(long, value_name = "TEXT")]
        name: Option<String>,
        /// Replace OUT if it exists (the old file is kept as OUT.bak)
        #[arg(long)]
        force: bool,
    },
    /// Split a scenario into one file per region: DIR/<region id>.ron
    Split {
        /// The scenario file to split
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The folder to write into (created if missing)
        #[arg(short, long, value_name = "DIR")]
        out: PathBuf,
        /// Replace files that already exist in DIR (the old ones are kept as .bak)
        #[arg(long)]
        force: bool,
    },
    /// Print pupils, seats needed, capacity and deficit of every demand as CSV
    Demand {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Print how accurate each demand's forecast has been on its own past as CSV
    Backtest {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

/// The what-if views of `report`.
#[derive(Debug, Clone, Copy, Default, Args)]
pub struct WhatIfArgs {
    /// What-if: schools with status Planned open N school years later
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub delay: u32,
    /// What-if: count only schools already started (UnderConstruction, Commissioned)
    #[arg(long)]
    pub only_started: bool,
}

impl WhatIfArgs {
    pub fn what_if(&self) -> WhatIf {
        WhatIf {
            delay_planned: self.delay,
            only_started: self.only_started,
        }
    }
}

/// Runs a subcommand; returns the exit code.
pub fn run(command: Command, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match command {
        Command::Check { files } => check(&files, out, err),
        Command::Report {
            file,
            what_if,
            out: dir,
            sheets,
            lang,
            ..
        } if sheets.any() => {
            let lang = lang.unwrap_or_else(Lang::system);
            let code = sheets::report_sheets(&file, &what_if.what_if(), &sheets, lang, err);
            match dir {
                Some(dir) if code == EXIT_OK => {
                    report_to_dir(&file, &what_if.what_if(), &dir, lang, err)
                }
                _ => code,
            }
        }
        Command::Report {
            file,
            what_if,
            out: Some(dir),
            lang,
            ..
        } => report_to_dir(
            &file,
            &what_if.what_if(),
            &dir,
            lang.unwrap_or_else(Lang::system),
            err,
        ),
        Command::Report {
            file,
            what_if,
            districts: true,
            ..
        } => report_districts(&file, &what_if.what_if(), out, err),
        Command::Report {
            file,
            what_if,
            lang: None,
            ..
        } => report_with(&file, &what_if.what_if(), out, err),
        Command::Report { lang: Some(_), .. } => {
            let _ = writeln!(
                err,
                "seatplan: --lang sets the language of --out, --xlsx or --csv-excel: give one of them"
            );
            EXIT_USAGE
        }
        Command::Import(args) => sheets::import(&args, err),
        Command::Compare { a, b } => compare_files(&a, &b, out, err),
        Command::Risk { file, draws, seed } => risk(
            &file,
            &RiskOptions {
                draws,
                seed,
                what_if: WhatIf::NONE,
            },
            out,
            err,
        ),
        Command::Merge {
            files,
            out: target,
            name,
            force,
        } => merge_files(&files, &target, name.as_deref(), force, err),
        Command::Split {
            file,
            out: dir,
            force,
        } => split_file(&file, &dir, force, err),
        Command::Demand { file } => demand(&file, out, err),
        Command::Backtest { file } => backtest(&file, out, err),
    }
}

fn print_diagnostics(out: &mut dyn Write, file: &Path, diagnostics: &[Diagnostic]) {
    let name = file.display().to_string();
    for d in diagnostics {
        let _ = writeln!(out, "{}", d.display_with_file(&name));
    }
}

/// Runs `check` over every file; returns the exit code.
pub fn check(files: &[PathBuf], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut code = EXIT_OK;
    for file in files {
        match load_path(file) {
            Ok(loaded) => {
                print_diagnostics(out, file, &loaded.diagnostics);
                if loaded.has_errors() && code == EXIT_OK {
                    code = EXIT_ERRORS;
                }
            }
            Err(LoadError::Invalid { diagnostics, .. }) => {
                print_diagnostics(out, file, &diagnostics);
                if code == EXIT_OK {
                    code = EXIT_ERRORS;
                }
            }
            Err(e @ LoadError::Read { .. }) => {
                let _ = writeln!(err, "{}: error: {e}", file.display());
                code = EXIT_USAGE;
            }
        }
    }
    code
}

/// Loads a file for a command that needs a trustworthy scenario: prints its
/// diagnostics to `err`; `Err(exit code)` when it is unreadable or has errors.
pub(crate) fn load_valid(file: &Path, err: &mut dyn Write) -> Result<Scenario, i32> {
    match load_path(file) {
        Ok(loaded) => {
            print_diagnostics(err, file, &loaded.diagnostics);
            if loaded.has_errors() {
                Err(EXIT_ERRORS)
            } else {
                Ok(loaded.scenario)
            }
        }
        Err(LoadError::Invalid { diagnostics, .. }) => {
            print_diagnostics(err, file, &diagnostics);
            Err(EXIT_ERRORS)
        }
        Err(e @ LoadError::Read { .. }) => {
            let _ = writeln!(err, "{}: error: {e}", file.display());
            Err(EXIT_USAGE)
        }
    }
}

/// Writes the finished CSV (`what` names it in an error); returns the exit code.
fn emit(what: &str, csv: &str, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match out.write_all(csv.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            let _ = writeln!(err, "seatplan: cannot write the {what}: {e}");
            EXIT_USAGE
        }
    }
}

/// Runs `report`: the projection as CSV on `out`; returns the exit code.
pub fn report(file: &Path, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    report_with(file, &WhatIf::NONE, out, err)
}

/// Runs `report` under a what-if view (`--delay N`, `--only-started`).
pub fn report_with(file: &Path, what_if: &WhatIf, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match load_valid(file, err) {
        Ok(scenario) => emit(
            "report",
            &report_csv(&project_with(&scenario, what_if)),
            out,
            err,
        ),
        Err(code) => code,
    }
}

fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::from_code(code).ok_or_else(|| format!("unknown language {code:?}: use kk, ru or en"))
}

/// Runs `report FILE --out DIR [--lang]`: the CSV and the charts as files.
pub fn report_to_dir(
    file: &Path,
    what_if: &WhatIf,
    dir: &Path,
    lang: Lang,
    err: &mut dyn Write,
) -> i32 {
    let scenario = match load_valid(file, err) {
        Ok(s) => s,
        Err(code) => return code,
    };
    crate::i18n::set_lang(lang);
    let p = project_with(&scenario, what_if);
    match crate::export::write_report_dir(&scenario, &p, &report_csv(&p), dir) {
        Ok(written) => {
            let _ = writeln!(
                err,
                "seatplan: wrote {} files to {}",
                written.len(),
                dir.display()
            );
            EXIT_OK
        }
        Err(e) => {
            let _ = writeln!(err, "seatplan: {e}");
            EXIT_USAGE
        }
    }
}

pub const REPORT_HEADER: &str = "region,year,deficit,opened,cumulative,shortfall,surplus";

/// The projection as the `report` CSV: regions in file order, years ascending,
/// then one `TOTAL` row per year.
pub fn report_csv(p: &Projection) -> String {
    let mut s = String::with_capacity(64 * (p.regions.len() + 1) * p.total.len() + 64);
    s.push_str(REPORT_HEADER);
    s.push('\n');
    let rows = p
        .regions
        .iter()
        .flat_map(|r| r.rows.iter().map(move |row| (r.id.as_str(), row)))
        .chain(p.total.iter().map(|row| ("TOTAL", row)));
    for (id, r) in rows {
        let _ = writeln!(
            s,
            "{id},{},{},{},{},{},{}",
            r.year, r.deficit, r.opened, r.cumulative, r.shortfall, r.surplus
        );
    }
    s
}

/// Runs `report FILE --districts`: one row per district and year on `out`.
pub fn report_districts(
    file: &Path,
    what_if: &WhatIf,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    match load_valid(file, err) {
        Ok(scenario) => emit(
            "report",
            &districts_csv(&project_with(&scenario, what_if)),
            out,
            err,
        ),
        Err(code) => code,
    }
}

pub const DISTRICTS_HEADER: &str =
    "region,district,year,deficit,opened,cumulative,shortfall,surplus";

/// The `report --districts` CSV: one row per district and year (regions and
/// their districts in file order, years ascending) and nothing else; a file
/// with no districts gives the header alone.
pub fn districts_csv(p: &Projection) -> String {
    let mut s = String::with_capacity(64);
    s.push_str(DISTRICTS_HEADER);
    s.push('\n');
    for r in &p.regions {
        for d in &r.districts {
            for row in &d.rows {
                let _ = writeln!(
                    s,
                    "{},{},{},{},{},{},{},{}",
                    r.id,
                    d.id,
                    row.year,
                    row.deficit,
                    row.opened,
                    row.cumulative,
                    row.shortfall,
                    row.surplus
                );
            }
        }
    }
    s
}

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

/// Refuses a target that is a folder, or that exists without `--force`.
fn check_target(target: &Path, force: bool, err: &mut dyn Write) -> Result<(), i32> {
    // A dangling symbolic link counts as existing: saving would follow it.
    let Ok(meta) = std::fs::symlink_metadata(target) else {
        return Ok(());
    };
    let shown = target.display();
    if meta.is_dir() || std::fs::metadata(target).is_ok_and(|m| m.is_dir()) {
        let _ = writeln!(
            err,
            "seatplan: error: {shown} is a folder: give the name of the file to write"
        );
        return Err(EXIT_USAGE);
    }
    if !force {
        let _ = writeln!(
            err,
            "seatplan: error: {shown} already exists: add --force to replace it (the old file \
             is kept as {})",
            crate::io::backup_path(target).display()
        );
        return Err(EXIT_USAGE);
    }
    Ok(())
}

/// Runs `merge FILE... -o OUT`: every input must load without errors; the
/// merged scenario is saved atomically, notices go to `err`. Nothing is
/// written on any error.
pub fn merge_files(
    files: &[PathBuf],
    target: &Path,
    name: Option<&str>,
    force: bool,
    err: &mut dyn Write,
) -> i32 {
    let mut inputs = Vec::with_capacity(files.len());
    let mut code = EXIT_OK;
    for file in files {
        match load_valid(file, err) {
            Ok(scenario) => inputs.push(MergeInput {
                source: file.display().to_string(),
                scenario,
            }),
            Err(c) => code = code.max(c),
        }
    }
    let nothing_written = |err: &mut dyn Write| {
        let _ = writeln!(err, "seatplan: nothing written to {}", target.display());
    };
    if code != EXIT_OK {
        nothing_written(err);
        return code;
    }
    let merged = match merge(&inputs, name) {
        Ok(m) => m,
        Err(errors) => {
            for e in &errors {
                let _ = writeln!(err, "seatplan: error: {e}");
            }
            nothing_written(err);
            return EXIT_ERRORS;
        }
    };
    if let Err(code) = check_target(target, force, err) {
        nothing_written(err);
        return code;
    }
    for n in &merged.notices {
        let _ = writeln!(err, "seatplan: note: {n}");
    }
    match crate::io::save_path(&merged.scenario, target) {
        Ok(()) => {
            let _ = writeln!(
                err,
                "seatplan: wrote {} ({} regions, {} schools)",
                target.display(),
                merged.scenario.regions.len(),
                merged.scenario.schools.len()
            );
            EXIT_OK
        }
        Err(e) => {
            let _ = writeln!(err, "seatplan: error: {}: {e}", target.display());
            EXIT_USAGE
        }
    }
}

/// Runs `split FILE -o DIR`: one scenario per region, `DIR/<region id>.ron`.
/// Existing files are replaced only with `--force`; if any would be, nothing
/// is written.
pub fn split_file(file: &Path, dir: &Path, force: bool, err: &mut dyn Write) -> i32 {
    let scenario = match load_valid(file, err) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let parts = crate::model::split(&scenario);
    // Region ids are `[a-z0-9-]+` (validated), so each is a safe file name.
    let targets: Vec<PathBuf> = scenario
        .regions
        .iter()
        .map(|r| dir.join(format!("{}.ron", r.id)))
        .collect();
    if dir.exists() && !dir.is_dir() {
        let _ = writeln!(
            err,
            "seatplan: error: {} is a file, not a folder: give a folder to write into",
            dir.display()
        );
        return EXIT_USAGE;
    }
    let mut refused = false;
    for target in &targets {
        if check_target(target, force, err).is_err() {
            refused = true;
        }
    }
    if refused {
        let _ = writeln!(err, "seatplan: nothing written to {}", dir.display());
        return EXIT_USAGE;
    }
    if let Err(e) = std::fs::create_dir_all(dir) {
        let _ = writeln!(
            err,
            "seatplan: error: cannot create the folder {}: {e}",
            dir.display()
        );
        return EXIT_USAGE;
    }
    for (written, (part, target)) in parts.iter().zip(&targets).enumerate() {
        if let Err(e) = crate::io::save_path(part, target) {
            let _ = writeln!(
                err,
                "seatplan: error: {}: {e} ({written} of {} files written before it)",
                target.display(),
                targets.len()
            );
            return EXIT_USAGE;
        }
    }
    let _ = writeln!(
        err,
        "seatplan: wrote {} files to {}",
        targets.len(),
        dir.display()
    );
    EXIT_OK
}

pub const DEMAND_HEADER: &str = "region,district,year,pupils,need,capacity,deficit,observed";
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
        for r in crate::model::evaluate_demand(s, d).rows {
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
        let bt = crate::model::backtest(d);
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
                d.message
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

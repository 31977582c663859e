//! `seatplan check`, `report`, `compare` and `risk` (DESIGN.md section 2,
//! CLI; `docs/scenario-format.md`, "Command line").

use std::fmt::Write as _;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand};

use crate::i18n::Lang;
use crate::io::{LoadError, load_path};
use crate::model::{
    Band, Comparison, DEFAULT_DRAWS, DEFAULT_SEED, Diagnostic, MAX_DRAWS, Projection, Risk,
    RiskOptions, Scenario, SeatUnit, WhatIf, compare, project_with, simulate,
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
        /// Write summary.csv, one SVG chart per region (plus country.svg) and map.svg into DIR
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// With --out, also write the slides as slides.pdf (one 16:9 page per slide)
        #[arg(long, requires = "out")]
        pdf: bool,
        /// Language of the charts written with --out (default: the system's)
        #[arg(long, value_name = "kk|ru|en", value_parser = parse_lang, requires = "out")]
        lang: Option<Lang>,
    },
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
            out: Some(dir),
            pdf,
            lang,
        } => report_to_dir(
            &file,
            &what_if.what_if(),
            &dir,
            &ReportOptions {
                lang: lang.unwrap_or_else(Lang::system),
                pdf,
            },
            err,
        ),
        Command::Report { file, what_if, .. } => report_with(&file, &what_if.what_if(), out, err),
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
fn load_valid(file: &Path, err: &mut dyn Write) -> Result<Scenario, i32> {
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

/// What `report --out` writes besides the CSV and the charts.
#[derive(Debug, Clone, Copy)]
pub struct ReportOptions {
    /// Language of the charts, the map and the slides.
    pub lang: Lang,
    /// Also write `slides.pdf`.
    pub pdf: bool,
}

/// Runs `report FILE --out DIR [--lang] [--pdf]`: the CSV, the charts, the
/// map and optionally the slides as files.
pub fn report_to_dir(
    file: &Path,
    what_if: &WhatIf,
    dir: &Path,
    options: &ReportOptions,
    err: &mut dyn Write,
) -> i32 {
    let scenario = match load_valid(file, err) {
        Ok(s) => s,
        Err(code) => return code,
    };
    crate::i18n::set_lang(options.lang);
    let p = project_with(&scenario, what_if);
    let date = options.pdf.then(crate::calendar::today_dmy);
    match crate::export::write_report_dir(&scenario, &p, &report_csv(&p), dir, date.as_deref()) {
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

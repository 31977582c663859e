//! The command line (`docs/scenario-format.md`, "Command line"): the
//! arguments and `run`; each command group lives in its own file.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand};

mod compare;
mod demand;
mod diff;
mod merge;
mod report;
mod risk;
mod series;
mod sheets;
mod stock;

pub use compare::{COMPARE_HEADER, compare_csv, compare_files};
pub use demand::{
    BACKTEST_HEADER, DEMAND_HEADER, HOUSING_HEADER, backtest, backtest_csv, demand, demand_csv,
    demands, housing, housing_csv,
};
pub use diff::{DIFF_HEADER, diff_csv, diff_files};
pub use merge::{merge_files, split_file};
pub use report::{
    DISTRICTS_HEADER, REPORT_HEADER, ReportOptions, check, districts_csv, report, report_csv,
    report_districts, report_html, report_to_dir, report_with,
};
pub use risk::{RISK_DEMAND_HEADER, RISK_HEADER, risk, risk_csv, risk_demand_csv};
pub use stock::{STOCK_HEADER, STOCK_SUMMARY_HEADER, stock_cmd, stock_csv, stock_summary_csv};

use crate::i18n::Lang;
use crate::io::{LoadError, load_path};
use crate::model::{
    DEFAULT_DRAWS, DEFAULT_SEED, Diagnostic, MAX_DRAWS, RiskOptions, Scenario, WhatIf,
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

/// What `report --out` adds to the charts: the slides (with the risk band),
/// or the web page instead.
#[derive(Debug, Clone, Copy, clap::Args)]
pub struct SlidesArgs {
    /// With --out, also write the slides as slides.pdf (one 16:9 page per slide)
    #[arg(long, requires = "out")]
    pdf: bool,
    /// With --out, draw the risk band (default draws and seed): its fan on
    /// the charts and slides, and each region's probability of closing on a
    /// slide and on the web page
    #[arg(long, requires = "out")]
    risk: bool,
    /// With --risk, also draw the demand forecast error (as `risk --demand`)
    #[arg(long = "risk-demand", requires = "risk")]
    risk_demand: bool,
    /// With --out, write instead one self-contained web page, DIR/index.html
    #[arg(long, requires = "out", conflicts_with = "pdf")]
    html: bool,
}

impl SlidesArgs {
    fn options(self, lang: Lang, messages: Lang) -> ReportOptions {
        ReportOptions {
            lang,
            messages,
            pdf: self.pdf,
            risk: self.risk.then_some(self.risk_demand),
        }
    }
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
        #[command(flatten)]
        slides: SlidesArgs,
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
    /// Import schools from a spreadsheet (.xlsx, .xls, .ods, .csv) into a scenario, or with
    /// --series a region-by-year table (pupils, births, deficit, capacity)
    Import(sheets::ImportArgs),
    /// Compare the shortfall of two scenarios as CSV (difference = B − A)
    Compare {
        #[arg(value_name = "A")]
        a: PathBuf,
        #[arg(value_name = "B")]
        b: PathBuf,
    },
    /// Print what changed from A to B, school by school, as CSV
    /// (`what,region,id,field,a,b`); exit 1 when anything did
    Diff {
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
        /// Also draw the demand forecast error; print p_short per region and district
        #[arg(long)]
        demand: bool,
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
    /// Print, for every area with a housing programme, the dwellings, the pupils they
    /// bring and the shortfall without and with them as CSV
    Housing {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Print how accurate each demand's forecast has been on its own past as CSV
    Backtest {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Print each existing school's pupils, load and shifts by year as CSV
    Stock {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Print per area and year: schools, three-shift schools, pupils beyond
        /// the norm, emergency schools and their pupils
        #[arg(long)]
        summary: bool,
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
            ..WhatIf::NONE
        }
    }
}

/// The exit code of a write that failed: 1 when the scenario is over a file
/// limit (a problem in the data, as a validation error is), else 2.
fn save_failure_code(e: &crate::io::SaveError) -> i32 {
    if e.over_limit().is_some() {
        EXIT_ERRORS
    } else {
        EXIT_USAGE
    }
}

/// Runs a subcommand; returns the exit code.
pub fn run(command: Command, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match command {
        Command::Check { files } => check(&files, out, err),
        report @ Command::Report { .. } => run_report(report, out, err),
        Command::Import(args) => match &args.series {
            Some(series) => series::import_series(&args, series, err),
            None => sheets::import(&args, err),
        },
        Command::Compare { a, b } => compare_files(&a, &b, out, err),
        Command::Diff { a, b } => diff_files(&a, &b, out, err),
        Command::Risk {
            file,
            draws,
            seed,
            demand,
        } => risk(
            &file,
            &RiskOptions {
                draws,
                seed,
                what_if: WhatIf::NONE,
                forecast_error: demand,
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
        Command::Housing { file } => housing(&file, out, err),
        Command::Stock { file, summary } => stock_cmd(&file, summary, out, err),
    }
}

/// Runs `report` in the form its options ask for.
fn run_report(command: Command, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    // What the command says on stderr: in the `--lang` language when given,
    // else in English like every other command (logs and scripts read it).
    let messages = match &command {
        Command::Report { lang, .. } => lang.unwrap_or(Lang::En),
        _ => Lang::En,
    };
    match command {
        Command::Report {
            file,
            what_if,
            out: Some(dir),
            slides: slides @ SlidesArgs { html: true, .. },
            lang,
            ..
        } => report_html(
            &file,
            &what_if.what_if(),
            &dir,
            (
                lang.unwrap_or_else(Lang::system),
                messages,
                slides.risk.then_some(slides.risk_demand),
            ),
            err,
        ),
        Command::Report {
            file,
            what_if,
            out: dir,
            sheets,
            lang,
            slides,
            ..
        } if sheets.any() => {
            let lang = lang.unwrap_or_else(Lang::system);
            let code =
                sheets::report_sheets(&file, &what_if.what_if(), &sheets, (lang, messages), err);
            match dir {
                Some(dir) if code == EXIT_OK => report_to_dir(
                    &file,
                    &what_if.what_if(),
                    &dir,
                    &slides.options(lang, messages),
                    err,
                ),
                _ => code,
            }
        }
        Command::Report {
            file,
            what_if,
            out: Some(dir),
            slides,
            lang,
            ..
        } => report_to_dir(
            &file,
            &what_if.what_if(),
            &dir,
            &slides.options(lang.unwrap_or_else(Lang::system), messages),
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
        Command::Report {
            lang: Some(lang), ..
        } => {
            let _ = writeln!(
                err,
                "seatplan: {}",
                crate::i18n::tr_in(lang, "cli-lang-needs-output", &[])
            );
            EXIT_USAGE
        }
        _ => EXIT_USAGE,
    }
}

/// A CSV cell as RFC 4180 writes it: quoted only when it holds a comma, a
/// quote or a line break (ids and districts normally do not).
pub(super) fn cell(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\"")).into()
    } else {
        text.into()
    }
}

pub(crate) fn print_diagnostics(out: &mut dyn Write, file: &Path, diagnostics: &[Diagnostic]) {
    print_diagnostics_in(out, file, diagnostics, Lang::En);
}

fn print_diagnostics_in(out: &mut dyn Write, file: &Path, diagnostics: &[Diagnostic], lang: Lang) {
    use crate::i18n::DiagnosticText;
    let name = file.display().to_string();
    for d in diagnostics {
        let _ = writeln!(out, "{}", d.display_with_file_in(&name, lang));
    }
}

/// Loads a file for a command that needs a trustworthy scenario: prints its
/// diagnostics to `err`; `Err(exit code)` when it is unreadable or has errors.
pub(crate) fn load_valid(file: &Path, err: &mut dyn Write) -> Result<Scenario, i32> {
    load_valid_in(file, Lang::En, err)
}

/// [`load_valid`] speaking `lang`: a command given `--lang` answers in it.
pub(crate) fn load_valid_in(file: &Path, lang: Lang, err: &mut dyn Write) -> Result<Scenario, i32> {
    match load_path(file) {
        Ok(loaded) => {
            print_diagnostics_in(err, file, &loaded.diagnostics, lang);
            if loaded.has_errors() {
                Err(EXIT_ERRORS)
            } else {
                Ok(loaded.scenario)
            }
        }
        Err(LoadError::Invalid { diagnostics, .. }) => {
            print_diagnostics_in(err, file, &diagnostics, lang);
            Err(EXIT_ERRORS)
        }
        Err(e @ LoadError::Read { .. }) if lang == Lang::En => {
            let _ = writeln!(err, "{}: error: {e}", file.display());
            Err(EXIT_USAGE)
        }
        Err(LoadError::Read { reason, .. }) => {
            let _ = writeln!(
                err,
                "{}: {}: {}",
                file.display(),
                crate::i18n::tr_in(lang, "severity-error", &[]),
                crate::i18n::tr_in(
                    lang,
                    "cli-cannot-read",
                    &[
                        ("path", file.display().to_string().into()),
                        ("reason", reason.message(lang).into())
                    ]
                )
            );
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

/// A `--lang` value that names no language of the app.
#[derive(Debug, thiserror::Error)]
#[error("unknown language {0:?}: use kk, ru or en")]
struct UnknownLang(String);

fn parse_lang(code: &str) -> Result<Lang, UnknownLang> {
    Lang::from_code(code).ok_or_else(|| UnknownLang(code.to_owned()))
}

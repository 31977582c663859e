//! `seatplan check` and `seatplan report` (DESIGN.md section 2, CLI).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use crate::io::{LoadError, load_path};
use crate::model::{Diagnostic, Projection, project};

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
    },
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

/// Runs `report`: the projection as CSV on `out`; returns the exit code.
pub fn report(file: &Path, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match load_path(file) {
        Ok(loaded) if loaded.has_errors() => {
            print_diagnostics(err, file, &loaded.diagnostics);
            EXIT_ERRORS
        }
        Ok(loaded) => {
            print_diagnostics(err, file, &loaded.diagnostics);
            let csv = report_csv(&project(&loaded.scenario));
            match out.write_all(csv.as_bytes()).and_then(|()| out.flush()) {
                Ok(()) => EXIT_OK,
                Err(e) => {
                    let _ = writeln!(err, "seatplan: cannot write the report: {e}");
                    EXIT_USAGE
                }
            }
        }
        Err(LoadError::Invalid { diagnostics, .. }) => {
            print_diagnostics(err, file, &diagnostics);
            EXIT_ERRORS
        }
        Err(e @ LoadError::Read { .. }) => {
            let _ = writeln!(err, "{}: error: {e}", file.display());
            EXIT_USAGE
        }
    }
}

pub const REPORT_HEADER: &str = "region,year,deficit,opened,cumulative,shortfall,surplus";

/// The projection as the `report` CSV: regions in file order, years ascending,
/// then one `TOTAL` row per year.
pub fn report_csv(p: &Projection) -> String {
    use std::fmt::Write as _;
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

//! `seatplan check` and `report` (CSV on stdout, `--districts`, `--out DIR`).

use std::fmt::Write as _;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE, emit, load_valid, load_valid_in, print_diagnostics};
use crate::i18n::{Lang, tr_in};
use crate::io::{LoadError, load_path};
use crate::model::{Projection, RiskOptions, WhatIf, project_with, simulate};

/// Runs `check` over every file; returns the exit code.
pub fn check(files: &[PathBuf], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut code = EXIT_OK;
    for file in files {
        match load_path(file) {
            Ok(loaded) => {
                print_diagnostics(out, file, &loaded.diagnostics);
                print_approved(out, file, &loaded.scenario);
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

/// `FILE: approved by "…" on …` for a plan whose approval still matches it
/// (docs/scenario-format.md, "Review and sign-off"); nothing otherwise.
/// Quotes and control characters in the name print escaped, as a
/// diagnostic's names do.
fn print_approved(out: &mut dyn Write, file: &Path, s: &crate::model::Scenario) {
    let sign = s.review.as_ref().and_then(|r| r.approved.as_ref());
    if let Some(sign) = sign
        && crate::io::approval(s) == crate::model::Approval::Approved
    {
        let escaped = |t: &str| {
            let q = format!("{t:?}");
            q.get(1..q.len() - 1).unwrap_or_default().to_string()
        };
        let line = crate::i18n::tr_in(
            Lang::En,
            "review-approved-line",
            &[
                ("by", escaped(&sign.by).into()),
                ("on", escaped(&sign.on).into()),
            ],
        );
        let _ = writeln!(out, "{}: {line}", file.display());
    }
    // A consolidated file: how many regions still match their file's approval.
    if s.regions.iter().any(|r| r.review.is_some()) {
        let line = crate::i18n::tr_in(
            Lang::En,
            "review-regions-approved",
            &[
                (
                    "n",
                    crate::io::review::regions_approved(s).to_string().into(),
                ),
                ("total", s.regions.len().to_string().into()),
            ],
        );
        let _ = writeln!(out, "{}: {line}", file.display());
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

/// What `report --out` writes besides the CSV and the charts.
#[derive(Debug, Clone, Copy)]
pub struct ReportOptions {
    /// Language of the charts, the map and the slides.
    pub lang: Lang,
    /// Language of what the command says on stderr (`--lang`, else English).
    pub messages: Lang,
    /// Also write `slides.pdf`.
    pub pdf: bool,
    /// Draw the risk band on the slides (`Some(true)`: with the forecast
    /// error too).
    pub risk: Option<bool>,
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
    let scenario = match load_valid_in(file, options.messages, err) {
        Ok(s) => s,
        Err(code) => return code,
    };
    crate::i18n::set_lang(options.lang);
    let p = project_with(&scenario, what_if);
    let date = options.pdf.then(crate::calendar::Day::today);
    let risk = draw_risk(&scenario, what_if, options.risk);
    match crate::export::write_report_dir(&scenario, &p, &report_csv(&p), dir, risk.as_ref(), date)
    {
        Ok(written) => {
            let args = [
                ("n", written.len().to_string().into()),
                ("dir", dir.display().to_string().into()),
            ];
            let _ = writeln!(
                err,
                "seatplan: {}",
                tr_in(options.messages, "cli-wrote-files", &args)
            );
            EXIT_OK
        }
        Err(e) => {
            let _ = writeln!(err, "seatplan: {}", e.message(options.messages));
            EXIT_USAGE
        }
    }
}

/// The risk band `report --risk` asks for (`Some(true)`: with the forecast
/// error too), drawn as `seatplan risk` draws it: default draws and seed.
fn draw_risk(
    scenario: &crate::model::Scenario,
    what_if: &WhatIf,
    risk: Option<bool>,
) -> Option<crate::model::Risk> {
    risk.map(|forecast_error| {
        simulate(
            scenario,
            &RiskOptions {
                what_if: *what_if,
                forecast_error,
                ..RiskOptions::default()
            },
        )
    })
}

/// Runs `report FILE --out DIR --html [--lang]`: the web page, `DIR/index.html`.
pub fn report_html(
    file: &Path,
    what_if: &WhatIf,
    dir: &Path,
    (lang, messages, risk): (Lang, Lang, Option<bool>),
    err: &mut dyn Write,
) -> i32 {
    let scenario = match load_valid_in(file, messages, err) {
        Ok(s) => s,
        Err(code) => return code,
    };
    crate::i18n::set_lang(lang);
    let p = project_with(&scenario, what_if);
    let date = crate::calendar::Day::today();
    let approvals = crate::io::review::approvals(&scenario);
    let risk = draw_risk(&scenario, what_if, risk);
    match crate::export::write_html(dir, &scenario, &p, &approvals, risk.as_ref(), date) {
        Ok((path, bytes)) => {
            let args = [
                ("path", path.display().to_string().into()),
                ("kb", bytes.div_ceil(1024).to_string().into()),
            ];
            let _ = writeln!(
                err,
                "seatplan: {}",
                tr_in(messages, "cli-wrote-page", &args)
            );
            EXIT_OK
        }
        Err(e) => {
            let _ = writeln!(err, "seatplan: {}", e.message(messages));
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

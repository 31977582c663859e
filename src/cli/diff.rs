//! `seatplan diff A B`: what changed between two versions of a plan, item by
//! item (docs/scenario-format.md, "Differences between versions").

use std::io::Write;
use std::path::Path;

use super::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE, cell, emit, print_diagnostics};
use crate::io::{LoadError, load_path};
use crate::model::{DiffRow, Scenario, diff};

pub const DIFF_HEADER: &str = "what,region,id,field,a,b";

/// Runs `diff A B`: the rows on `out`; exit 0 without a difference, 1 with
/// one, 2 when a file cannot be read into a scenario. Validation errors (a
/// duplicate id, say) do not stop it: the point may be to find them.
pub fn diff_files(a: &Path, b: &Path, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let (sa, sb) = match (read(a, err), read(b, err)) {
        (Some(sa), Some(sb)) => (sa, sb),
        _ => return EXIT_USAGE,
    };
    let rows = diff(&sa, &sb);
    match emit("differences", &diff_csv(&rows), out, err) {
        EXIT_OK if rows.is_empty() => EXIT_OK,
        EXIT_OK => EXIT_ERRORS,
        code => code,
    }
}

fn read(file: &Path, err: &mut dyn Write) -> Option<Scenario> {
    match load_path(file) {
        Ok(loaded) => Some(loaded.scenario),
        Err(LoadError::Invalid { diagnostics, .. }) => {
            print_diagnostics(err, file, &diagnostics);
            None
        }
        Err(e @ LoadError::Read { .. }) => {
            let _ = writeln!(err, "{}: error: {e}", file.display());
            None
        }
    }
}

/// The rows as CSV under [`DIFF_HEADER`], quoted as RFC 4180 asks.
pub fn diff_csv(rows: &[DiffRow]) -> String {
    let mut csv = String::with_capacity(64 * (rows.len() + 1));
    csv.push_str(DIFF_HEADER);
    csv.push('\n');
    for r in rows {
        let cells = [
            r.kind.as_str(),
            &r.region,
            &r.id,
            r.field.as_str(),
            &r.a,
            &r.b,
        ];
        let line: Vec<_> = cells.iter().map(|c| cell(c)).collect();
        csv.push_str(&line.join(","));
        csv.push('\n');
    }
    csv
}

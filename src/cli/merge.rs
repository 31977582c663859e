//! `seatplan merge` and `split`: regional scenario files into one and back.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE, load_valid};
use crate::model::{MergeInput, merge};

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
    let mut merged = match merge(&inputs, name) {
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
    crate::io::review::carry_reviews(&mut merged, &inputs);
    if inputs.iter().any(|i| i.scenario.review.is_some()) {
        let _ = writeln!(
            err,
            "seatplan: note: {}",
            crate::i18n::tr_in(
                crate::i18n::Lang::En,
                "review-regions-approved",
                &[
                    (
                        "n",
                        crate::io::review::regions_approved(&merged.scenario)
                            .to_string()
                            .into()
                    ),
                    ("total", merged.scenario.regions.len().to_string().into()),
                ],
            )
        );
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
            super::save_failure_code(&e)
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
    let mut parts = crate::model::split(&scenario);
    crate::io::review::lift_region_reviews(&mut parts, &scenario);
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
    // Every part within the file limits before the first is written.
    for (part, target) in parts.iter().zip(&targets) {
        if let Err(e) = crate::io::scenario_text(part, target) {
            let _ = writeln!(err, "seatplan: error: {}: {e}", target.display());
            let _ = writeln!(err, "seatplan: nothing written to {}", dir.display());
            return super::save_failure_code(&e);
        }
    }
    for (written, (part, target)) in parts.iter().zip(&targets).enumerate() {
        if let Err(e) = crate::io::save_path(part, target) {
            let _ = writeln!(
                err,
                "seatplan: error: {}: {e} ({written} of {} files written before it)",
                target.display(),
                targets.len()
            );
            return super::save_failure_code(&e);
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

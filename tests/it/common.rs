//! Helpers every test module shares, each with one meaning.

use std::path::Path;
use std::process::{Command, Output};

/// The repository root: shipped scenarios and the corpus are found from here.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the built `seatplan` binary from the repository root.
pub fn seatplan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_seatplan"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the seatplan binary runs")
}

//! Reading and writing scenario files.

mod explain;
mod fast;
pub mod import;
mod load;
mod locate;
pub mod recovery;
pub mod review;
mod ron_write;
mod save;
pub mod watch;

pub use fast::parse as fast_parse;
pub use load::{
    LoadError, Loaded, MAX_FILE_BYTES, ReadFailure, load_bytes, load_path, load_str, ron_parse,
};
pub use locate::locate;
pub use review::{approval, approval_diagnostic, digest};
pub use ron_write::to_ron_string;
pub use save::{
    SaveError, SaveFs, SaveReason, SaveStep, StdFs, backup_path, is_temp_file, save_path,
    scenario_text, write_atomic,
};

/// The built-in national scenario, shipped in `scenarios/` and embedded so the
/// app opens on real data with no file at hand.
pub const DEFAULT_SCENARIO: &str = include_str!("../../scenarios/kazakhstan-2023-2029.ron");
pub const DEFAULT_SCENARIO_NAME: &str = "kazakhstan-2023-2029.ron";

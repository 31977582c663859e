//! The spreadsheet importer on arbitrary bytes named `.xlsx` (and `.ods`):
//! calamine must refuse what it cannot read with an error, never a panic,
//! and what an import would write always loads back.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use seatplan::io::import::{ImportOptions, apply, plan, read};

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir().join(format!("seatplan-fuzz-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    for ext in ["xlsx", "ods"] {
        let path = dir.join(format!("input.{ext}"));
        if std::fs::write(&path, data).is_err() {
            return;
        }
        let Ok(wb) = read(&path, None) else {
            continue;
        };
        let mut s = common::into();
        let options = ImportOptions {
            region: "north".to_owned(),
            overrides: Vec::new(),
        };
        if let Ok(import) = plan(&wb, &s, &options) {
            if apply(&mut s, &import, true).is_some() {
                common::writes_only_what_loads(&s);
            }
        }
    }
});

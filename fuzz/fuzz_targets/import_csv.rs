//! The spreadsheet importer on arbitrary CSV bytes (any encoding, any
//! delimiter, oversized inputs): never a panic; planned schools and existing
//! schools alike, what an import would write always loads back.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use seatplan::io::import::{
    ImportOptions, apply, apply_existing, plan, plan_existing, read_csv,
};

fuzz_target!(|data: &[u8]| {
    let Ok(wb) = read_csv(data, "fuzz") else {
        return;
    };
    for region in ["north", "city"] {
        let mut s = common::into();
        let options = ImportOptions {
            region: region.to_owned(),
            overrides: Vec::new(),
        };
        if let Ok(import) = plan(&wb, &s, &options) {
            if apply(&mut s, &import, true).is_some() {
                common::writes_only_what_loads(&s);
            }
        }
        let mut s = common::into();
        if let Ok(stock) = plan_existing(&wb, &s, region, Some(2024), &[]) {
            if apply_existing(&mut s, &stock, true).is_some() {
                common::writes_only_what_loads(&s);
            }
        }
    }
});

//! The spreadsheet importer on arbitrary CSV bytes (any encoding, any
//! delimiter, oversized inputs): never a panic; planned schools and existing
//! schools alike, what an import would write always loads back.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use seatplan::io::import::{ImportOptions, apply, apply_existing, plan, plan_existing, read_csv};

/// Oversized inputs too (issue 25): a first byte of 0xFF repeats the rest
/// 2^k times (k from the second byte, up to 8 MB), so short rows pass the
/// sheet's row limit and long cells the name limit.
fn input(data: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    match data {
        [0xFF, k, rest @ ..] if !rest.is_empty() => {
            let reps = (1usize << (k % 20)).min((8 << 20) / rest.len()).max(1);
            rest.repeat(reps).into()
        }
        _ => data.into(),
    }
}

fuzz_target!(|data: &[u8]| {
    let data = input(data);
    let Ok(wb) = read_csv(&data, "fuzz") else {
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

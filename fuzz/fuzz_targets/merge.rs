//! Merging two scenario texts (split at the first NUL byte): never a panic;
//! a merge that succeeds writes only what loads back, and splitting it again
//! gives files that load too.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use seatplan::io::load_bytes;
use seatplan::model::{MergeInput, merge, split};

fuzz_target!(|data: &[u8]| {
    let at = data.iter().position(|&b| b == 0).unwrap_or(data.len());
    let (a, b) = (&data[..at], data.get(at + 1..).unwrap_or_default());
    let (Ok(a), Ok(b)) = (load_bytes(a), load_bytes(b)) else {
        return;
    };
    let inputs = [
        MergeInput {
            source: "a.ron".into(),
            scenario: a.scenario,
        },
        MergeInput {
            source: "b.ron".into(),
            scenario: b.scenario,
        },
    ];
    if let Ok(merged) = merge(&inputs, None) {
        common::writes_only_what_loads(&merged.scenario);
        for part in split(&merged.scenario) {
            common::writes_only_what_loads(&part);
        }
    }
});

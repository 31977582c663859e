//! Merging two scenario texts (split at the first NUL byte): never a panic;
//! a merge that succeeds writes only what loads back, and splitting it again
//! gives files that load too.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use seatplan::io::load_bytes;
use seatplan::model::{MergeInput, merge, split};

/// Oversized merges too (issue 25): a first byte of 0xFF merges the file with
/// a copy whose schools are repeated past the file limit (100 000), so the
/// merged file must be refused, never written.
fn oversized(data: &[u8]) -> bool {
    let Some((&0xFF, rest)) = data.split_first() else {
        return false;
    };
    let Ok(a) = load_bytes(rest) else {
        return true;
    };
    // The copy covers other regions (ids suffixed), so the merge goes through.
    let mut b = a.scenario.clone();
    if b.schools.is_empty() {
        return true;
    }
    for r in &mut b.regions {
        r.id.push_str("-b");
    }
    for x in &mut b.schools {
        x.region.push_str("-b");
    }
    for e in &mut b.existing {
        e.region.push_str("-b");
    }
    let copies = 100_001 / b.schools.len() + 1;
    let one = std::mem::take(&mut b.schools);
    for k in 0..copies {
        b.schools.extend(one.iter().cloned().map(|mut x| {
            x.id = format!("{}-{k}", x.id);
            x
        }));
    }
    let inputs = [
        MergeInput {
            source: "a.ron".into(),
            scenario: a.scenario,
        },
        MergeInput {
            source: "b.ron".into(),
            scenario: b,
        },
    ];
    if let Ok(merged) = merge(&inputs, None) {
        common::writes_only_what_loads(&merged.scenario);
    }
    true
}

fuzz_target!(|data: &[u8]| {
    if oversized(data) {
        return;
    }
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

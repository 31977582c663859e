//! The scenario loader on arbitrary bytes: it must never panic, and whatever
//! it accepts must validate, project, and survive save → load unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use seatplan::io::{load_bytes, load_str, to_ron_string};
use seatplan::model::{project, validate};

fuzz_target!(|data: &[u8]| {
    if let Ok(loaded) = load_bytes(data) {
        let s = &loaded.scenario;
        let _ = validate(s);
        let _ = project(s);
        let again = load_str(&to_ron_string(s)).expect("a loaded scenario survives saving");
        assert_eq!(&again.scenario, s);
    }
});

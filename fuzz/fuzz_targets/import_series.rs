//! The statistics bureau's region-by-year importer (`import --series`) on
//! arbitrary CSV bytes: never a panic, for every series, by region and by
//! district; what an import would write always loads back unchanged.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use seatplan::io::import::{Series, SeriesOptions, apply_series, plan_series, read_csv};
use seatplan::io::load_str;
use seatplan::model::Scenario;
use std::sync::OnceLock;

/// The shipped national file's regions (what the bureau's rows name) and
/// Astana by district (for `--district-of astana`), loaded once.
fn scenarios() -> &'static [(Scenario, Option<&'static str>); 2] {
    static LOADED: OnceLock<[(Scenario, Option<&'static str>); 2]> = OnceLock::new();
    LOADED.get_or_init(|| {
        let national = include_str!("../../scenarios/kazakhstan-2023-2029.ron");
        let astana = include_str!("../../scenarios/astana.ron");
        // Without the schools and the long sources: the round trip of each
        // import then costs microseconds, not the shipped file's milliseconds.
        let load = |t: &str| {
            let mut s = load_str(t).expect("a shipped file loads").scenario;
            s.schools.clear();
            s.description = None;
            for r in &mut s.regions {
                r.source = None;
                for d in r.districts.iter_mut().flatten() {
                    d.source = None;
                }
            }
            s
        };
        [(load(national), None), (load(astana), Some("astana"))]
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(wb) = read_csv(data, "fuzz") else {
        return;
    };
    for (scenario, district_of) in scenarios() {
        let district_of = *district_of;
        for series in Series::ALL {
            let options = SeriesOptions {
                series,
                section: None,
                district_of: district_of.map(str::to_owned),
            };
            let Ok(import) = plan_series(&wb, scenario, &options) else {
                continue;
            };
            let mut s = scenario.clone();
            if !import.has_errors() && apply_series(&mut s, &import).is_some() {
                common::writes_only_what_loads(&s);
            }
        }
    }
});

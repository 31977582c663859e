#![allow(dead_code)] // Each target uses part of it.
//! What every import or merge target checks on what it would write: within
//! the file limits, the text it would save loads back as the same scenario
//! (issue 25: import and merge never write a file seatplan then refuses).

use seatplan::io::{load_str, scenario_text};
use seatplan::model::Scenario;

/// The scenario the importers write into: two regions, one by district.
pub const INTO: &str = r#"Scenario(format: 1, name: "fuzz", base_year: 2024, horizon: 2029,
    regions: [
        Region(id: "north", name: (en: "North"), kind: Oblast, deficit: {2024: 1000}),
        Region(id: "city", name: (en: "City"), kind: City, districts: [
            District(id: "a", name: (ru: "Алматинский район"), deficit: {2024: 500}),
            District(id: "b", name: (kk: "Байқоңыр ауданы"), deficit: {2024: 500}),
        ]),
    ],
    schools: [])"#;

pub fn into() -> Scenario {
    load_str(INTO).expect("the fuzz scenario loads").scenario
}

/// Whatever would be written must read back, unchanged.
pub fn writes_only_what_loads(s: &Scenario) {
    let path = std::path::Path::new("fuzz.ron");
    if let Ok(text) = scenario_text(s, path) {
        let again = load_str(&text).expect("what would be written loads back");
        assert_eq!(&again.scenario, s, "and reads as what was written");
    }
}

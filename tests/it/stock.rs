//! The school stock (docs/scenario-format.md, "Existing schools"): pupils year
//! by year, relief by water-filling, shifts, the summary, `seatplan stock`
//! byte for byte, and the properties relief keeps.

use proptest::prelude::*;

use crate::common::seatplan;
use seatplan::io::{Loaded, load_str, to_ron_string};
use seatplan::model::{Stock, project, stock, water_fill};

fn load(text: &str) -> Loaded {
    match load_str(text) {
        Ok(l) => l,
        Err(d) => panic!("expected the file to parse, got {d:?}"),
    }
}

/// Pupils after relief, rounded, of existing school `i` in each year.
fn pupils(st: &Stock, i: usize) -> Vec<i64> {
    st.schools[i]
        .years
        .iter()
        .map(|y| y.pupils.round() as i64)
        .collect()
}

fn shifts(st: &Stock, i: usize) -> Vec<u32> {
    st.schools[i].years.iter().map(|y| y.shifts).collect()
}

fn run_on(text: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("stock.ron");
    std::fs::write(&path, text).expect("write the file");
    let path = path.to_str().expect("UTF-8 path");
    let mut all = vec![args[0], path];
    all.extend(&args[1..]);
    let out = seatplan(&all);
    (
        out.status.code(),
        String::from_utf8(out.stdout).expect("UTF-8"),
        String::from_utf8(out.stderr).expect("UTF-8"),
    )
}

// ---------------------------------------------------------------------------
// Worked examples.

/// Two overloaded schools and one below the norm (2, no demand); one new
/// school for 400 seats in 2024, the worked example of
/// docs/scenario-format.md, "Existing schools".
const LEVELLING: &str = r#"Scenario(
    format: 1,
    name: "levelling",
    base_year: 2023,
    horizon: 2025,
    regions: [
        Region(id: "r", name: (en: "R"), kind: Oblast, deficit: {2023: 1000}),
    ],
    schools: [
        School(id: "new", name: "New", region: "r", seats: 400, opens: 2024, status: Planned),
    ],
    existing: [
        Existing(id: "a", name: "A", region: "r", capacity: 1000, pupils: {2023: 3000}),
        Existing(id: "b", name: "B", region: "r", capacity: 500, pupils: {2023: 1250}),
        Existing(id: "c", name: "C", region: "r", capacity: 800, pupils: {2023: 1200}),
    ],
)"#;

/// room = norm · seats / u = 2 · 400 / 1 = 800 pupils.
/// Excess over the norm: a 3000 − 2·1000 = 1000, b 1250 − 2·500 = 250,
/// c 1200 < 1600: none. M = min(800, 1250) = 800 < 1250, so λ > 2.
/// Loads sorted: a 3.0, b 2.5. a alone down to b's load moves
/// 3000 − 2.5·1000 = 500 < 800, so both: 4250 − λ·1500 = 800 →
/// λ = 3450 / 1500 = 2.3. a keeps 2.3·1000 = 2300 (moves 700), b keeps
/// 2.3·500 = 1150 (moves 100): 700 + 100 = 800. c is not touched.
/// Shifts: a 3.0 → 3, b 2.5 → 3, c 1.5 → 2; after relief a and b 2.3 → 3.
/// Held flat after 2023 (no demand). Over the norm: 2023 1000 + 250 = 1250;
/// 2024 (2300 − 2000) + (1150 − 1000) = 450.
#[test]
fn relief_levels_the_most_loaded_above_the_norm() {
    let l = load(LEVELLING);
    let st = stock(&l.scenario);
    assert_eq!(pupils(&st, 0), [3000, 2300, 2300]);
    assert_eq!(pupils(&st, 1), [1250, 1150, 1150]);
    assert_eq!(pupils(&st, 2), [1200, 1200, 1200]);
    assert_eq!(shifts(&st, 0), [3, 3, 3]);
    assert_eq!(shifts(&st, 2), [2, 2, 2]);
    assert!((st.schools[0].years[1].load - 2.3).abs() < 1e-12);
    assert_eq!(st.areas[0].moved, [0.0, 800.0, 800.0]);
    let over: Vec<i64> = st.total.iter().map(|r| r.over_norm).collect();
    assert_eq!(over, [1250, 450, 450]);
    let three: Vec<i64> = st.total.iter().map(|r| r.three_shift).collect();
    assert_eq!(three, [2, 2, 2]);
}

#[test]
fn stock_command_prints_every_school_and_year() {
    let (code, out, err) = run_on(LEVELLING, &["stock"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        out,
        "region,district,school,year,pupils,capacity,load,shifts,condition,open\n\
         r,,a,2023,3000,1000,3.00,3,Sound,1\n\
         r,,a,2024,2300,1000,2.30,3,Sound,1\n\
         r,,a,2025,2300,1000,2.30,3,Sound,1\n\
         r,,b,2023,1250,500,2.50,3,Sound,1\n\
         r,,b,2024,1150,500,2.30,3,Sound,1\n\
         r,,b,2025,1150,500,2.30,3,Sound,1\n\
         r,,c,2023,1200,800,1.50,2,Sound,1\n\
         r,,c,2024,1200,800,1.50,2,Sound,1\n\
         r,,c,2025,1200,800,1.50,2,Sound,1\n"
    );
    let (code, out, _) = run_on(LEVELLING, &["stock", "--summary"]);
    assert_eq!(code, Some(0));
    assert_eq!(
        out,
        "region,district,year,schools,three_shift,over_norm,emergency,emergency_pupils\n\
         r,,2023,3,2,1250,0,0\n\
         r,,2024,3,2,450,0,0\n\
         r,,2025,3,2,450,0,0\n\
         TOTAL,,2023,3,2,1250,0,0\n\
         TOTAL,,2024,3,2,450,0,0\n\
         TOTAL,,2025,3,2,450,0,0\n"
    );
    // The worked example of docs/scenario-format.md prints these very lines.
    let docs = std::fs::read_to_string(crate::common::root().join("docs/scenario-format.md"))
        .expect("the format reference");
    assert!(
        docs.contains(&format!("```text\n{out}```")),
        "docs show the summary"
    );
}

/// An Emergency school replaced in 2024 and a Sound one in 2025.
const REPLACED: &str = r#"Scenario(
    format: 1,
    name: "replaced",
    base_year: 2023,
    horizon: 2025,
    regions: [
        Region(id: "q", name: (en: "Q"), kind: City, deficit: {2023: 5000}),
    ],
    schools: [
        School(id: "p1", name: "P1", region: "q", seats: 1200, opens: 2024, status: Planned,
            replaces_existing: "e1"),
        School(id: "p2", name: "P2", region: "q", seats: 800, opens: 2025, status: Planned,
            replaces_existing: "s1"),
    ],
    existing: [
        Existing(id: "e1", name: "E1", region: "q", capacity: 600, pupils: {2023: 900},
            condition: Emergency),
        Existing(id: "s1", name: "S1", region: "q", capacity: 500, pupils: {2023: 1400}),
        Existing(id: "s2", name: "S2", region: "q", capacity: 1000, pupils: {2023: 2600}),
    ],
)"#;

/// 2024: p1 opens, e1 closes and its 900 pupils move in whole; room
/// 2·1200 = 2400, left 2400 − 900 = 1500. Excess s1 1400 − 1000 = 400,
/// s2 2600 − 2000 = 600: 1000 ≤ 1500, so λ = 2: s1 1000, s2 2000.
/// 2025: s1 closes too (p2). p1 first: 900 in, left 1500, s2 gives 600 →
/// 2000. p2: s1's 1400 (before relief) move in, room 1600 − 1400 = 200, no
/// excess left. Moved: 2024 900 + 1000 = 1900; 2025 900 + 600 + 1400 = 2900.
/// Net seats in the projection: p1 1200 (an Emergency building's seats are
/// missing already), p2 800 − 500 (s1 is Sound) = 300.
#[test]
fn replaced_emergency_and_sound_schools_close_and_move_in_whole() {
    let l = load(REPLACED);
    assert!(!l.has_errors(), "{:?}", l.diagnostics);
    let st = stock(&l.scenario);
    assert_eq!(pupils(&st, 0), [900, 0, 0]);
    assert_eq!(pupils(&st, 1), [1400, 1000, 0]);
    assert_eq!(pupils(&st, 2), [2600, 2000, 2000]);
    let open: Vec<bool> = st.schools[1].years.iter().map(|y| y.open).collect();
    assert_eq!(open, [true, true, false]);
    assert_eq!(st.areas[0].moved, [0.0, 1900.0, 2900.0]);
    let p = project(&l.scenario);
    let opened: Vec<i64> = p.regions[0].rows.iter().map(|r| r.opened).collect();
    assert_eq!(opened, [0, 1200, 300]);

    let (code, out, err) = run_on(REPLACED, &["stock"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        out,
        "region,district,school,year,pupils,capacity,load,shifts,condition,open\n\
         q,,e1,2023,900,600,1.50,2,Emergency,1\n\
         q,,e1,2024,0,600,0.00,0,Emergency,0\n\
         q,,e1,2025,0,600,0.00,0,Emergency,0\n\
         q,,s1,2023,1400,500,2.80,3,Sound,1\n\
         q,,s1,2024,1000,500,2.00,2,Sound,1\n\
         q,,s1,2025,0,500,0.00,0,Sound,0\n\
         q,,s2,2023,2600,1000,2.60,3,Sound,1\n\
         q,,s2,2024,2000,1000,2.00,2,Sound,1\n\
         q,,s2,2025,2000,1000,2.00,2,Sound,1\n"
    );
    // 2023: e1 1.5 → 2 shifts, s1 and s2 three; over the norm 400 + 600.
    let (_, out, _) = run_on(REPLACED, &["stock", "--summary"]);
    assert_eq!(
        out,
        "region,district,year,schools,three_shift,over_norm,emergency,emergency_pupils\n\
         q,,2023,3,2,1000,1,900\n\
         q,,2024,2,0,0,0,0\n\
         q,,2025,1,0,0,0,0\n\
         TOTAL,,2023,3,2,1000,1,900\n\
         TOTAL,,2024,2,0,0,0,0\n\
         TOTAL,,2025,1,0,0,0,0\n"
    );
}

/// The targets of the replacement example: with the plan, three-shift
/// schools 2 → 0 from 2024, pupils beyond the norm 1 000 → 0 from 2024, the
/// emergency school closed from 2024; without it all three stay (2, 1 000
/// and 1 in 2025: "not by" the horizon).
#[test]
fn targets_with_and_without_the_plan() {
    use seatplan::model::{Target, Targets, stock_without_plan};
    let s = load(REPLACED).scenario;
    let with = Targets::of(&stock(&s).rows_for(None, None), 2023);
    let without = Targets::of(&stock_without_plan(&s).rows_for(Some(0), None), 2023);
    let t = |now, horizon, zero_from| Target {
        now,
        horizon,
        zero_from,
    };
    assert_eq!(with.three_shift, t(2, 0, Some(2024)));
    assert_eq!(with.over_norm, t(1000, 0, Some(2024)));
    assert_eq!(with.emergency, t(1, 0, Some(2024)));
    assert_eq!(without.three_shift, t(2, 2, None));
    assert_eq!(without.over_norm, t(1000, 1000, None));
    assert_eq!(without.emergency, t(1, 1, None));
}

/// Places in two shifts: capacity 2000 is C = 1000 design seats; a new
/// school of 400 places takes norm · 400 / 2 = 400 pupils. Excess
/// 2600 − 2·1000 = 600 > 400: λ = (2600 − 400) / 1000 = 2.2 → 2200 pupils,
/// load 2.20, still three shifts. `capacity` prints as written.
#[test]
fn two_shift_places_are_halved_into_design_seats() {
    let text = r#"Scenario(
    format: 1,
    name: "two-shift",
    base_year: 2023,
    horizon: 2024,
    seat_unit: TwoShift,
    regions: [Region(id: "t", name: (en: "T"), kind: Oblast, deficit: {2023: 0})],
    schools: [School(id: "n", name: "N", region: "t", seats: 400, opens: 2024, status: Planned)],
    existing: [Existing(id: "x", name: "X", region: "t", capacity: 2000, pupils: {2023: 2600})],
)"#;
    let st = stock(&load(text).scenario);
    assert_eq!(pupils(&st, 0), [2600, 2200]);
    assert_eq!(shifts(&st, 0), [3, 3]);
    let (code, out, err) = run_on(text, &["stock"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        out,
        "region,district,school,year,pupils,capacity,load,shifts,condition,open\n\
         t,,x,2023,2600,2000,2.60,3,Sound,1\n\
         t,,x,2024,2200,2000,2.20,3,Sound,1\n"
    );
}

/// A district with a births-lag demand (grade_count 1, entry_age 6,
/// window 2): k = mean(1000/1000, 1100/1100) = 1.0, P(2024) = 1.0 · 1210.
/// x, last census 2023 (660): N(2024) = 660 · 1210 / 1100 = 726, load
/// 726 / 400 = 1.815 → 1.82 (half away from zero). y, last census 2021,
/// before the first observed year: P(2021) = the first total, 1000;
/// N(2023) = 300 · 1100 / 1000 = 330, N(2024) = 300 · 1210 / 1000 = 363.
#[test]
fn pupils_grow_with_the_area_demand() {
    let text = r#"Scenario(
    format: 1,
    name: "growth",
    base_year: 2023,
    horizon: 2024,
    regions: [
        Region(id: "g", name: (en: "G"), kind: Oblast, districts: [
            District(id: "d", name: (en: "D"), demand: Demand(
                capacity: 500, shifts: 2, window: 2, grade_count: 1,
                births: {2016: 1000, 2017: 1100, 2018: 1210},
                pupils: {2022: 1000, 2023: 1100},
            )),
        ]),
    ],
    schools: [],
    existing: [
        Existing(id: "x", name: "X", region: "g", district: "d", capacity: 400,
            pupils: {2022: 600, 2023: 660}),
        Existing(id: "y", name: "Y", region: "g", district: "d", capacity: 200,
            pupils: {2021: 300}),
    ],
)"#;
    let l = load(text);
    assert!(!l.has_errors(), "{:?}", l.diagnostics);
    let st = stock(&l.scenario);
    assert!((st.schools[0].years[1].before - 726.0).abs() < 1e-9);
    assert!((st.schools[1].years[0].before - 330.0).abs() < 1e-9);
    assert!((st.schools[1].years[1].before - 363.0).abs() < 1e-9);
    let (code, out, err) = run_on(text, &["stock"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        out,
        "region,district,school,year,pupils,capacity,load,shifts,condition,open\n\
         g,d,x,2023,660,400,1.65,2,Sound,1\n\
         g,d,x,2024,726,400,1.82,2,Sound,1\n\
         g,d,y,2023,330,200,1.65,2,Sound,1\n\
         g,d,y,2024,363,200,1.82,2,Sound,1\n"
    );
    // No region row for a region with districts; the district's row only.
    let (_, out, _) = run_on(text, &["stock", "--summary"]);
    assert_eq!(
        out,
        "region,district,year,schools,three_shift,over_norm,emergency,emergency_pupils\n\
         g,d,2023,2,0,0,0,0\n\
         g,d,2024,2,0,0,0,0\n\
         TOTAL,,2023,2,0,0,0,0\n\
         TOTAL,,2024,2,0,0,0,0\n"
    );
}

/// Without a demand: interpolated between censuses (800 in 2022, 1000 in
/// 2024: 900 in 2023), held flat after the last (1000) and before the first.
#[test]
fn pupils_are_held_flat_without_a_demand() {
    let text = r#"Scenario(
    format: 1,
    name: "flat",
    base_year: 2023,
    horizon: 2026,
    regions: [Region(id: "f", name: (en: "F"), kind: Oblast, deficit: {2023: 0})],
    schools: [],
    existing: [
        Existing(id: "x", name: "X", region: "f", capacity: 500, pupils: {2022: 800, 2024: 1000}),
        Existing(id: "y", name: "Y", region: "f", capacity: 500, pupils: {2025: 400}),
    ],
)"#;
    let st = stock(&load(text).scenario);
    assert_eq!(pupils(&st, 0), [900, 1000, 1000, 1000]);
    assert_eq!(pupils(&st, 1), [400, 400, 400, 400]);
}

#[test]
fn a_file_without_existing_schools_prints_the_header_only() {
    let text = r#"Scenario(format: 1, name: "none", base_year: 2023, horizon: 2024,
    regions: [Region(id: "r", name: (en: "R"), kind: Oblast, deficit: {2023: 10})],
    schools: [])"#;
    let (code, out, _) = run_on(text, &["stock"]);
    assert_eq!(code, Some(0));
    assert_eq!(
        out,
        "region,district,school,year,pupils,capacity,load,shifts,condition,open\n"
    );
    let (code, out, _) = run_on(text, &["stock", "--summary"]);
    assert_eq!(code, Some(0));
    assert_eq!(
        out,
        "region,district,year,schools,three_shift,over_norm,emergency,emergency_pupils\n"
    );
}

#[test]
fn existing_schools_survive_save_and_load() {
    let l = load(REPLACED);
    let text = to_ron_string(&l.scenario);
    assert!(text.contains("    existing: [\n        Existing(\n"));
    assert!(text.contains("            replaces_existing: \"e1\",\n"));
    assert!(text.contains("            condition: Emergency,\n"));
    let back = load(&text);
    assert_eq!(back.scenario, l.scenario);
    assert_eq!(to_ron_string(&back.scenario), text);
}

// ---------------------------------------------------------------------------
// Properties of relief.

fn schools() -> impl Strategy<Value = Vec<(f64, f64)>> {
    prop::collection::vec((0u32..20_000, 1u32..3_000), 0..12).prop_map(|v| {
        v.into_iter()
            .map(|(n, c)| (f64::from(n), f64::from(c)))
            .collect()
    })
}

proptest! {
    /// Σ before = Σ after + moved in; no load rises; a school at or below
    /// the norm is never touched; no more moves than the room.
    #[test]
    fn relief_keeps_every_pupil(
        list in schools(),
        norm in 1u32..=3,
        room in 0u32..30_000,
    ) {
        let norm = f64::from(norm);
        let room = f64::from(room);
        let before: Vec<f64> = list.iter().map(|x| x.0).collect();
        let seats: Vec<f64> = list.iter().map(|x| x.1).collect();
        let mut after = before.clone();
        let moved = water_fill(&mut after, &seats, norm, room);
        let sum_before: f64 = before.iter().sum();
        let sum_after: f64 = after.iter().sum();
        prop_assert!((sum_before - (sum_after + moved)).abs() < 1e-6 * sum_before.max(1.0));
        prop_assert!(moved <= room + 1e-9);
        for i in 0..before.len() {
            prop_assert!(after[i] <= before[i] + 1e-9);
            if before[i] <= norm * seats[i] {
                prop_assert_eq!(after[i], before[i]);
            }
            // Relief never takes a school below the norm.
            prop_assert!(after[i] >= (norm * seats[i]).min(before[i]) - 1e-6);
        }
    }
}

/// A demand with neither capacity nor pupils takes both from the stock:
/// capacity = the Sound schools' 1000 + 500 = 1500 (the Emergency 300 are
/// missing already); pupils = Σ over the years every school has: 2022
/// 1900 + 800 + 300 = 3000, 2023 2100 + 900 + 300 = 3300 (2021 is only x's).
/// need = round(P · 1 / 2) (shifts 2): 1650 in 2023, deficit 150.
#[test]
fn a_demand_takes_capacity_and_pupils_from_the_stock() {
    let text = r#"Scenario(
    format: 1,
    name: "from the stock",
    base_year: 2023,
    horizon: 2023,
    regions: [
        Region(id: "s", name: (en: "S"), kind: Oblast,
            demand: Demand(shifts: 2, grade_count: 1, births: {2016: 3000, 2017: 3300})),
    ],
    schools: [],
    existing: [
        Existing(id: "x", name: "X", region: "s", capacity: 1000,
            pupils: {2021: 1800, 2022: 1900, 2023: 2100}),
        Existing(id: "y", name: "Y", region: "s", capacity: 500, pupils: {2022: 800, 2023: 900}),
        Existing(id: "z", name: "Z", region: "s", capacity: 300, pupils: {2022: 300, 2023: 300},
            condition: Adobe),
    ],
)"#;
    let l = load(text);
    assert!(!l.has_errors(), "{:?}", l.diagnostics);
    let (code, out, err) = run_on(text, &["demand"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        out,
        "region,district,year,pupils,need,capacity,deficit,observed\n\
         s,,2023,3300,1650,1500,150,1\n"
    );
    assert_eq!(project(&l.scenario).regions[0].rows[0].deficit, 150);
    // Without a stock, a demand without capacity is an error.
    let bare = text
        .replace("existing: [", "existing: [/*")
        .replace("    ],\n)", "*/],\n)");
    let l = load(&bare);
    let codes: Vec<_> = l.diagnostics.iter().map(|d| d.code).collect();
    assert!(codes.contains(&"diag-demand-no-capacity"), "{codes:?}");
}

// ---------------------------------------------------------------------------
// Validation: every rule, where it points, in kk, ru and en.

/// One of each problem of the school stock.
const BAD: &str = r#"Scenario(
    format: 1,
    name: "bad",
    base_year: 2023,
    horizon: 2025,
    regions: [
        Region(id: "r", name: (en: "R"), kind: Oblast, deficit: {2023: 100}),
        Region(id: "d", name: (en: "D"), kind: City, districts: [
            District(id: "n", name: (en: "N"), deficit: {2023: 1}),
            District(id: "s", name: (en: "S"), deficit: {2023: 1}),
        ]),
    ],
    schools: [
        School(id: "p1", name: "P1", region: "r", seats: 500, replaces: 100, opens: 2024, status: Planned,
            replaces_existing: "a"),
        School(id: "p2", name: "P2", region: "r", seats: 500, opens: 2022, status: Planned,
            replaces_existing: "a"),
        School(id: "p3", name: "P3", region: "r", seats: 500, opens: 2024, status: Planned,
            replaces_existing: "nope"),
        School(id: "p4", name: "P4", region: "d", district: "n", seats: 500, opens: 2024,
            status: Planned, replaces_existing: "m"),
    ],
    existing: [
        Existing(id: "a", name: "A", region: "r", capacity: 0, pupils: {2023: 10}),
        Existing(id: "b", name: "B", region: "r", capacity: 100,
            pupils: {2023: -5, 2024: 500, 2026: 50}),
        Existing(id: "c", name: "C", region: "r", capacity: 100, pupils: {}),
        Existing(id: "p1", name: "Dup", region: "x", capacity: 100, pupils: {2023: 1}),
        Existing(id: "m", name: "M", region: "d", district: "s", capacity: 100, pupils: {2023: 1}),
        Existing(id: "k", name: "K", region: "d", capacity: 100, pupils: {2023: 1}),
        Existing(id: "q", name: "Q", region: "d", district: "zz", capacity: 100, pupils: {2023: 1}),
    ],
)"#;

/// `(code, line, text the position points at, error?)` for every rule.
const RULES: [(&str, usize, &str, bool); 15] = [
    (
        "diag-replaces-existing-with-replaces",
        14,
        "replaces: 100",
        true,
    ),
    (
        "diag-replaces-existing-twice",
        17,
        "replaces_existing",
        true,
    ),
    ("diag-replaces-existing-before-base", 16, "opens", false),
    (
        "diag-replaces-existing-unknown",
        19,
        "replaces_existing",
        true,
    ),
    (
        "diag-replaces-existing-other-area",
        21,
        "replaces_existing",
        true,
    ),
    ("diag-existing-capacity", 24, "capacity", true),
    ("diag-existing-negative-pupils", 26, "2023", true),
    ("diag-existing-load", 26, "2024", false),
    ("diag-existing-census-after-horizon", 26, "2026", false),
    ("diag-existing-no-pupils", 27, "pupils", true),
    ("diag-existing-duplicate", 28, "id", true),
    ("diag-existing-region", 28, "region", true),
    ("diag-existing-district-missing", 30, "id", true),
    ("diag-existing-district-unknown", 31, "district", true),
    ("diag-existing-no-growth", 24, "pupils", false),
];

/// The codes the stock's rules use, for the i18n test's count.
pub fn every_stock_problem_codes() -> std::collections::BTreeSet<&'static str> {
    let l = load(BAD);
    l.diagnostics
        .iter()
        .map(|d| d.code)
        .filter(|c| c.starts_with("diag-existing-") || c.starts_with("diag-replaces-existing-"))
        .collect()
}

#[test]
fn every_stock_rule_points_at_its_value_in_three_languages() {
    use seatplan::i18n::{DiagnosticText, Lang, diagnostic_text};
    let l = load(BAD);
    let lines: Vec<&str> = BAD.lines().collect();
    for (code, line, at, is_error) in RULES {
        let d = l
            .diagnostics
            .iter()
            .find(|d| d.code == code)
            .unwrap_or_else(|| panic!("{code} in {:#?}", l.diagnostics));
        let column = lines[line - 1].find(at).expect("the text is on the line") + 1;
        let p = d.position.expect("a position");
        assert_eq!(
            (p.line, p.column),
            (line, column),
            "{code}: {}",
            d.english()
        );
        assert_eq!(d.is_error(), is_error, "{code}");
        let en = d.english();
        for lang in [Lang::Kk, Lang::Ru] {
            let t = diagnostic_text(code, &d.args, lang, false);
            assert_ne!(t, en, "{code} in {lang:?}");
            assert!(!t.contains("{ $"), "{code}: {t}");
        }
    }
    assert_eq!(every_stock_problem_codes().len(), RULES.len());
}

/// The bad input of the issue, as `seatplan check` prints it: a capacity
/// of 0, a school replaced twice, a census year after the horizon.
#[test]
fn check_names_the_line_of_bad_stock_input() {
    let (code, out, _) = run_on(BAD, &["check"]);
    assert_eq!(code, Some(1));
    for line in [
        ":24:51: error: existing school \"a\" has capacity 0: enter its design seats (above 0)\n",
        ":17:13: error: existing school \"a\" is replaced by both \"p1\" and \"p2\": a school \
         is replaced once; remove one `replaces_existing`\n",
        ":26:43: warning: existing school \"b\" has a census count for 2026, after the horizon \
         2025: that year is not shown; check it\n",
    ] {
        assert!(out.contains(line), "{line} in {out}");
    }
    // Text in a number column: RON's type error, with its position.
    let text = LEVELLING.replace("capacity: 500,", "capacity: \"lots\",");
    let (code, out, _) = run_on(&text, &["check"]);
    assert_eq!(code, Some(1));
    assert!(out.contains(":14:"), "{out}");
}

// ---------------------------------------------------------------------------
// Import of a census table.

const INTO: &str = r#"Scenario(
    format: 1,
    name: "census",
    base_year: 2024,
    horizon: 2026,
    regions: [Region(id: "mng", name: (ru: "Мангистауская область"), kind: Oblast,
        deficit: {2024: 1000})],
    schools: [School(id: "mng-1", name: "New", region: "mng", seats: 600, opens: 2025,
        status: Planned)],
)
"#;

fn import_into(sheet_name: &str, sheet: &[u8], args: &[&str]) -> (Option<i32>, String, String) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let ron = dir.path().join("census.ron");
    std::fs::write(&ron, INTO).expect("write the scenario");
    let sheet_path = dir.path().join(sheet_name);
    std::fs::write(&sheet_path, sheet).expect("write the sheet");
    let (ron_s, sheet_s) = (
        ron.to_str().expect("UTF-8").to_owned(),
        sheet_path.to_str().expect("UTF-8").to_owned(),
    );
    let mut all = vec![
        "import",
        &sheet_s,
        "--into",
        &ron_s,
        "--region",
        "mng",
        "--existing",
    ];
    all.extend(args);
    let out = seatplan(&all);
    let after = std::fs::read_to_string(&ron).expect("read back");
    (
        out.status.code(),
        after,
        String::from_utf8(out.stderr).expect("UTF-8"),
    )
}

/// A census table as the education database exports it: a title row,
/// Russian headers, grouped numbers (NBSP and a unit word), the year in the
/// pupils header, emergency and adobe flags, a total row.
const CENSUS_CSV: &str = "Сведения о школах Мангистауской области;;;;;\n\
    Наименование организации образования;Проектная мощность;Контингент 2024;Аварийное состояние;Саманное\n\
    СОШ №1;1\u{a0}200 мест;2\u{a0}950;нет;нет\n\
    СОШ №2;320;410;да;\n\
    СОШ №3;600;700;;да\n\
    Итого;2\u{a0}120;4\u{a0}060;;\n";

#[test]
fn a_census_table_with_russian_headers_joins_the_stock() {
    let (code, after, err) = import_into("census.csv", CENSUS_CSV.as_bytes(), &[]);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("added 3 existing school(s)"), "{err}");
    let l = load(&after);
    let e = &l.scenario.existing;
    assert_eq!(e.len(), 3);
    assert_eq!(
        (e[0].id.as_str(), e[0].name.get("en")),
        ("mng-e01", "СОШ №1")
    );
    assert_eq!((e[0].capacity, e[0].pupils[&2024]), (1200, 2950));
    assert_eq!(e[0].condition, None);
    assert_eq!(e[1].condition, Some(seatplan::model::Condition::Emergency));
    assert_eq!(e[2].condition, Some(seatplan::model::Condition::Adobe));
    // 2 950 pupils on 1 200 seats: 2.46 → three shifts.
    assert_eq!(stock(&l.scenario).schools[0].years[0].shifts, 3);
}

/// Capacity 0 and a text in a number column: named by cell, nothing written.
#[test]
fn bad_census_cells_are_named_and_nothing_is_written() {
    let csv = "Наименование организации образования;Проектная мощность;Контингент\n\
        СОШ №1;0;950\n\
        СОШ №2;много;410\n";
    let (code, after, err) = import_into("bad.csv", csv.as_bytes(), &["--year", "2023"]);
    assert_eq!(code, Some(1));
    assert_eq!(after, INTO, "the scenario is unchanged");
    assert!(
        err.contains(
            "bad.csv:bad!B2: error: the capacity is 0: enter the school's design seats (above 0)\n"
        ),
        "{err}"
    );
    assert!(
        err.contains(
            "bad.csv:bad!B3: error: \"много\" is not a whole number of design seats: write it \
             like 1200, 1 200 or 1 200 мест\n"
        ),
        "{err}"
    );
    // Without a year in the header or --year, the pupils column is refused.
    let (code, _, err) = import_into("bad.csv", csv.as_bytes(), &[]);
    assert_eq!(code, Some(1));
    assert!(
        err.contains(
            "bad.csv:bad!C1: error: the column \"Контингент\" holds pupils but no census year"
        ),
        "{err}"
    );
}

/// An akimat table whose headers seatplan does not know: `--map` names each
/// column by its header text or letter, and the census year with
/// `pupils:YEAR`.
const UNKNOWN_HEADERS_CSV: &str = "Школа;Места;Дети;Ветхость\n\
    СОШ №1;1 200;2 950;да\n\
    СОШ №2;320;410;нет\n";

#[test]
fn a_census_table_with_unknown_headers_imports_with_map() {
    let (code, after, err) = import_into(
        "akimat.csv",
        UNKNOWN_HEADERS_CSV.as_bytes(),
        &[
            "--map",
            "name=Школа,capacity=Места,pupils:2024=C",
            "--map",
            "emergency=d",
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("added 2 existing school(s)"), "{err}");
    let e = &load(&after).scenario.existing;
    assert_eq!((e[0].name.get("en"), e[0].capacity), ("СОШ №1", 1200));
    assert_eq!((e[0].pupils[&2024], e[1].pupils[&2024]), (2950, 410));
    assert_eq!(e[0].condition, Some(seatplan::model::Condition::Emergency));
    assert_eq!(e[1].condition, None);
    // `pupils` alone takes its year from --year.
    let (code, after, err) = import_into(
        "akimat.csv",
        UNKNOWN_HEADERS_CSV.as_bytes(),
        &[
            "--map",
            "name=A,capacity=Места,pupils=Дети",
            "--year",
            "2023",
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(load(&after).scenario.existing[1].pupils[&2023], 410);
}

/// An override replaces what the headers said for that field: the 2024
/// census column is left out, the other read as 2023's.
#[test]
fn map_overrides_the_census_headers() {
    let csv = "Наименование;Проектная мощность;Контингент 2024;Контингент прошлый\n\
        СОШ №1;1 200;2 950;2 800\n";
    let (code, after, err) = import_into(
        "two.csv",
        csv.as_bytes(),
        &["--map", "pupils:2024=,pupils:2023=D"],
    );
    assert_eq!(code, Some(0), "{err}");
    let e = &load(&after).scenario.existing;
    assert_eq!(e[0].pupils.iter().collect::<Vec<_>>(), [(&2023, &2800)]);
    // `name=` leaves the name out: the sheet no longer has one.
    let (code, after, err) = import_into("two.csv", csv.as_bytes(), &["--map", "name=-"]);
    assert_eq!(code, Some(1));
    assert_eq!(after, INTO);
    assert!(
        err.contains("error: no column for existing schools' Наименование организации образования"),
        "{err}"
    );
}

/// A header text no column has is a problem naming the header row; a field
/// a census table does not have is a usage error. FILE is unchanged.
#[test]
fn a_bad_map_for_a_census_table_is_refused() {
    let (code, after, err) = import_into(
        "census.csv",
        CENSUS_CSV.as_bytes(),
        &["--map", "capacity=Мощность"],
    );
    assert_eq!(code, Some(1));
    assert_eq!(after, INTO);
    assert!(
        err.contains(
            "census.csv:census: error: --map capacity=Мощность: no column in the header row \
             (row 2) reads \"Мощность\""
        ),
        "{err}"
    );
    for (map, message) in [
        (
            "seats=B",
            "seatplan: --map \"seats\" is not a column of a census table: use one of id, name, \
             district, capacity, pupils, pupils:YEAR (e.g. pupils:2024), emergency, adobe, \
             condition\n",
        ),
        (
            "pupils:soon=C",
            "seatplan: --map \"pupils:soon\" is not a column of a census table",
        ),
        (
            "capacity",
            "seatplan: --map \"capacity\": write FIELD=COLUMN, e.g. seats=C\n",
        ),
    ] {
        let (code, after, err) = import_into("census.csv", CENSUS_CSV.as_bytes(), &["--map", map]);
        assert_eq!(code, Some(2), "{map}: {err}");
        assert_eq!(after, INTO, "{map}");
        assert!(err.contains(message), "{map}: {err}");
    }
}

/// The same table as an xlsx made here, Kazakh headers, two census years.
#[test]
fn an_xlsx_census_with_kazakh_headers_and_two_years() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("census.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Мектептер").expect("name");
    let rows: [[&str; 5]; 3] = [
        [
            "Білім беру ұйымының атауы",
            "Жобалық қуаты",
            "Оқушылар саны 2023",
            "Оқушылар саны 2024",
            "Апатты",
        ],
        ["№5 мектеп", "900", "", "", "иә"],
        ["№6 мектеп", "1 500 орын", "", "", "жоқ"],
    ];
    for (r, row) in (0u32..).zip(rows) {
        for (c, v) in (0u16..).zip(row) {
            if !v.is_empty() {
                ws.write_string(r, c, v).expect("write");
            }
        }
    }
    for (r, a, b) in [(1u32, 1010.0, 1100.0), (2, 2400.0, 2520.0)] {
        ws.write_number(r, 2, a).expect("write");
        ws.write_number(r, 3, b).expect("write");
    }
    book.save(&path).expect("save");
    let bytes = std::fs::read(&path).expect("read");
    let (code, after, err) = import_into("census.xlsx", &bytes, &[]);
    assert_eq!(code, Some(0), "{err}");
    let e = load(&after).scenario.existing;
    assert_eq!(e.len(), 2);
    assert_eq!(e[0].pupils, [(2023, 1010), (2024, 1100)].into());
    assert_eq!(e[0].condition, Some(seatplan::model::Condition::Emergency));
    assert_eq!((e[1].capacity, e[1].condition), (1500, None));
}

// ---------------------------------------------------------------------------
// Merge and split keep the stock with its region.

/// Two regional files whose stocks share the id `e1`: the second is renamed
/// `q.e1` and the school replacing it follows; split gives each region back
/// its own existing schools.
#[test]
fn merge_and_split_keep_existing_schools_with_their_region() {
    use seatplan::model::{MergeInput, merge, split};
    let a = load(LEVELLING).scenario;
    let mut b = load(REPLACED).scenario;
    b.existing[0].id = "a".into();
    b.schools[0].replaces_existing = Some("a".into());
    let merged = merge(
        &[
            MergeInput {
                source: "a.ron".into(),
                scenario: a.clone(),
            },
            MergeInput {
                source: "b.ron".into(),
                scenario: b,
            },
        ],
        None,
    )
    .expect("the files merge");
    let s = &merged.scenario;
    let ids: Vec<&str> = s.existing.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c", "q.a", "s1", "s2"]);
    assert_eq!(s.schools[1].replaces_existing.as_deref(), Some("q.a"));
    // The stock is the same as each file's own.
    assert_eq!(pupils(&stock(s), 0), [3000, 2300, 2300]);
    assert_eq!(pupils(&stock(s), 5), [2600, 2000, 2000]);
    let parts = split(s);
    assert_eq!(parts[0].existing, a.existing);
    assert_eq!(parts[1].existing.len(), 3);
}

// ---------------------------------------------------------------------------
// The window's Existing schools pane.

/// 2025 (the harness's year 2026, held to the horizon): a and b at 2.30
/// after relief, three shifts; c at 1.50, two. Typing 1 700 pupils for c
/// (2.125 a seat, three shifts): relief still levels a and b to
/// λ = (4 250 − 800) / 1 500 = 2.3, above c's load, so c keeps its 1 700 and
/// the count goes from 2 to 3 as soon as the edit is applied; undo restores it.
#[test]
fn editing_pupils_in_the_existing_pane_changes_the_three_shift_count_and_undo_restores_it() {
    use crate::harness::shows_exactly;
    use egui::accesskit::Role;
    use egui::{Key, Modifiers};
    use egui_kittest::kittest::Queryable;
    let (mut h, _dir) = crate::harness::open_text(LEVELLING);
    h.state_mut().workspace.show(seatplan::app::Pane::Existing);
    h.run();
    h.get_by_role_and_label(Role::Button, "R").click();
    h.run();
    assert!(shows_exactly(&h, "Three-shift schools in 2025: 2"));
    // The chart pane's targets strip says the same, with and without the plan.
    assert!(shows_exactly(
        &h,
        "Three-shift schools: 2 now, 2 in 2025 (not by 2025); without the plan 2 (not by 2025)"
    ));
    h.get_by_label("Pupils of C in the year shown")
        .set_value_accesskit(1700.0);
    h.run();
    assert!(shows_exactly(&h, "Three-shift schools in 2025: 3"));
    assert!(shows_exactly(
        &h,
        "Three-shift schools: 3 now, 3 in 2025 (not by 2025); without the plan 3 (not by 2025)"
    ));
    assert_eq!(h.state().doc.scenario().existing[2].pupils[&2025], 1700);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(shows_exactly(&h, "Three-shift schools in 2025: 2"));
}

/// A school's name is edited in place in the Existing schools pane, as one
/// undo step.
#[test]
fn an_existing_schools_name_is_edited_in_place_and_undo_restores_it() {
    use egui::{Key, Modifiers};
    use egui_kittest::kittest::Queryable;
    let (mut h, _dir) = crate::harness::open_text(LEVELLING);
    h.state_mut().workspace.show(seatplan::app::Pane::Existing);
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::Button, "R")
        .click();
    h.run();
    let c = || {
        egui_kittest::kittest::By::new()
            .role(egui::accesskit::Role::TextInput)
            .value("C")
    };
    h.get(c()).focus();
    h.run();
    h.get(c()).type_text("-2");
    h.run();
    let name = h.state().doc.scenario().existing[2]
        .name
        .get("en")
        .to_owned();
    assert!(name.contains("-2") && name.contains('C'), "{name}");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().doc.scenario().existing[2].name, "C");
}

/// A school's district and source, which the row has no room for, are
/// edited in its "…" menu: moving it to another district is one undo step.
#[test]
fn an_existing_schools_district_and_source_are_edited_in_its_menu() {
    use egui::accesskit::Role;
    use egui::{Key, Modifiers};
    use egui_kittest::kittest::Queryable;
    let text = r#"Scenario(
    format: 1,
    name: "two districts",
    base_year: 2023,
    horizon: 2024,
    regions: [
        Region(id: "g", name: (en: "G"), kind: City, districts: [
            District(id: "north", name: (en: "North"), deficit: {2023: 0}),
            District(id: "south", name: (en: "South"), deficit: {2023: 0}),
        ]),
    ],
    schools: [],
    existing: [
        Existing(id: "x", name: "X", region: "g", district: "north", capacity: 400,
            pupils: {2023: 600}),
    ],
)"#;
    let (mut h, _dir) = crate::harness::open_text(text);
    h.state_mut().workspace.show(seatplan::app::Pane::Existing);
    h.run();
    h.get_by_role_and_label(Role::Button, "G").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "District and source of X")
        .click();
    h.run();
    h.get_by_role_and_label(Role::RadioButton, "South").click();
    h.run();
    let e = &h.state().doc.scenario().existing[0];
    assert_eq!(e.district.as_deref(), Some("south"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    let e = &h.state().doc.scenario().existing[0];
    assert_eq!(e.district.as_deref(), Some("north"));

    let source = "Source";
    if h.query_by_role_and_label(Role::MultilineTextInput, source)
        .is_none()
    {
        h.get_by_role_and_label(Role::Button, "District and source of X")
            .click();
        h.run();
    }
    h.get_by_role_and_label(Role::MultilineTextInput, source)
        .focus();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, source)
        .type_text("НОБД, 05.09.2024");
    h.run();
    let e = &h.state().doc.scenario().existing[0];
    assert_eq!(e.source.as_deref(), Some("НОБД, 05.09.2024"));
}

proptest! {
    /// Whatever a file holds (years and counts anywhere in their ranges,
    /// capacity 0 or negative, replacements of any school), the stock is
    /// worked out without a panic and keeps one row per school and year.
    #[test]
    fn hostile_stocks_never_panic(
        schools in prop::collection::vec(
            (any::<i64>(), prop::collection::btree_map(any::<i32>(), any::<i64>(), 0..4), 0u8..3),
            0..6,
        ),
        planned in prop::collection::vec((any::<u32>(), 2020i32..2030, 0usize..8), 0..4),
    ) {
        let mut s = load(LEVELLING).scenario;
        s.existing = schools
            .into_iter()
            .enumerate()
            .map(|(i, (capacity, pupils, c))| seatplan::model::Existing {
                id: format!("x{i}"),
                name: format!("X{i}").into(),
                region: "r".into(),
                district: None,
                capacity,
                pupils,
                condition: Some(seatplan::model::Condition::ALL[usize::from(c)]),
                source: None,
            })
            .collect();
        let template = s.schools[0].clone();
        s.schools = planned
            .into_iter()
            .enumerate()
            .map(|(i, (seats, opens, target))| seatplan::model::School {
                id: format!("p{i}"),
                seats,
                opens,
                replaces_existing: Some(format!("x{target}")),
                ..template.clone()
            })
            .collect();
        let st = stock(&s);
        prop_assert_eq!(st.schools.len(), s.existing.len());
        let _ = seatplan::model::validate(&s);
        let _ = project(&s);
        let _ = seatplan::cli::stock_csv(&s, &st);
        let _ = seatplan::cli::stock_summary_csv(&s, &st);
    }
}

proptest! {
    /// On the whole engine, without replacements: in every year the pupils
    /// before relief are the pupils after it plus those moved into the new
    /// schools; no school's load rises, and one at or below the norm keeps
    /// its pupils.
    #[test]
    fn the_engine_keeps_every_pupil(
        schools in prop::collection::vec((1i64..3_000, 0i64..12_000), 1..8),
        planned in prop::collection::vec((0u32..2_000, 2023i32..=2025), 0..4),
    ) {
        let mut s = load(LEVELLING).scenario;
        s.existing = schools
            .iter()
            .enumerate()
            .map(|(i, &(capacity, n))| seatplan::model::Existing {
                id: format!("x{i}"),
                name: format!("X{i}").into(),
                region: "r".into(),
                district: None,
                capacity,
                pupils: [(2023, n)].into(),
                condition: None,
                source: None,
            })
            .collect();
        let template = s.schools[0].clone();
        s.schools = planned
            .iter()
            .enumerate()
            .map(|(i, &(seats, opens))| seatplan::model::School {
                id: format!("p{i}"),
                seats,
                opens,
                ..template.clone()
            })
            .collect();
        let st = stock(&s);
        for (k, moved) in st.areas[0].moved.iter().enumerate() {
            let before: f64 = st.schools.iter().map(|x| x.years[k].before).sum();
            let after: f64 = st.schools.iter().map(|x| x.years[k].pupils).sum();
            prop_assert!((before - after - moved).abs() < 1e-6 * before.max(1.0));
            for x in &st.schools {
                let y = &x.years[k];
                prop_assert!(y.pupils <= y.before + 1e-9);
                if y.before <= 2.0 * x.design_seats {
                    prop_assert_eq!(y.pupils, y.before);
                }
            }
        }
    }
}

/// The workbook gets an Existing schools sheet with the pupils after relief
/// and the load as a formula: s1 in 2024 has 1 000 pupils on 500 seats.
#[test]
fn the_workbook_has_an_existing_schools_sheet_with_load_formulas() {
    use calamine::{Data, Reader, open_workbook_auto};
    use seatplan::export::{XlsxOptions, xlsx_bytes};
    let s = load(REPLACED).scenario;
    let bytes = xlsx_bytes(&s, &project(&s), XlsxOptions::new(seatplan::i18n::Lang::En))
        .expect("the workbook");
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("plan.xlsx");
    std::fs::write(&path, bytes).expect("write");
    let mut book = open_workbook_auto(&path).expect("open");
    let values = book.worksheet_range("Existing schools").expect("sheet 4");
    assert_eq!(values.get_value((2, 0)), Some(&Data::String("s1".into())));
    assert_eq!(values.get_value((2, 8)), Some(&Data::Float(1000.0)));
    let formulas = book
        .worksheet_formula("Existing schools")
        .expect("formulas");
    assert_eq!(
        formulas.get_value((2, 9)),
        Some(&"IF(E3>0,I3*1/E3,0)".to_string())
    );
    assert_eq!(book.sheet_names().len(), 4);
    // A file without a stock keeps its three sheets.
    let mut plain = s.clone();
    plain.existing.clear();
    for school in &mut plain.schools {
        school.replaces_existing = None;
    }
    let bytes = xlsx_bytes(
        &plain,
        &project(&plain),
        XlsxOptions::new(seatplan::i18n::Lang::En),
    )
    .expect("the workbook");
    std::fs::write(&path, bytes).expect("write");
    let book = open_workbook_auto(&path).expect("open");
    assert_eq!(book.sheet_names().len(), 3);
}

/// A planned school's row offers the area's existing schools to replace:
/// choosing A makes the new school replace it (its 400 seats less A's
/// 1 000, a Sound school: −600 net in 2024), and undo takes it back.
#[test]
fn a_planned_school_can_be_set_to_replace_an_existing_one() {
    use egui::accesskit::Role;
    use egui::{Key, Modifiers};
    use egui_kittest::kittest::Queryable;
    let (mut h, _dir) = crate::harness::open_text(LEVELLING);
    h.get_by_role_and_label(Role::Button, "R").click();
    h.run();
    h.get_by_label("Existing school New [new] replaces").click();
    h.run();
    h.get_by_label("A").click();
    h.run();
    let s = h.state().doc.scenario();
    assert_eq!(s.schools[0].replaces_existing.as_deref(), Some("a"));
    assert_eq!(project(s).regions[0].rows[1].opened, -600);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().doc.scenario().schools[0].replaces_existing, None);
}

/// Add, duplicate and delete in the Existing schools pane, each one step of
/// undo; ids stay unique among planned and existing schools.
#[test]
fn existing_schools_are_added_duplicated_and_deleted() {
    use egui::accesskit::Role;
    use egui::{Key, Modifiers};
    use egui_kittest::kittest::Queryable;
    let (mut h, _dir) = crate::harness::open_text(LEVELLING);
    h.state_mut().workspace.show(seatplan::app::Pane::Existing);
    h.run();
    h.get_by_role_and_label(Role::Button, "R").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Duplicate B").click();
    h.run();
    let ids = |h: &egui_kittest::Harness<'_, seatplan::app::SeatplanApp>| -> Vec<String> {
        h.state()
            .doc
            .scenario()
            .existing
            .iter()
            .map(|e| e.id.clone())
            .collect()
    };
    assert_eq!(ids(&h), ["a", "b", "b-2", "c"]);
    h.get_by_role_and_label(Role::Button, "Delete A").click();
    h.run();
    assert_eq!(ids(&h), ["b", "b-2", "c"]);
    h.get_by_role_and_label(Role::Button, "Add existing school")
        .click();
    h.run();
    assert_eq!(ids(&h), ["b", "b-2", "c", "r-existing-2"]);
    for _ in 0..3 {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run();
    }
    assert_eq!(ids(&h), ["a", "b", "c"]);
}

/// `report --out` writes `targets.svg` for a file with a stock, and not
/// for one without.
#[test]
fn report_out_writes_the_targets_chart() {
    let dir = tempfile::tempdir().expect("a temp dir");
    for (name, text, expected) in [("with.ron", REPLACED, true), ("without.ron", INTO, false)] {
        let file = dir.path().join(name);
        std::fs::write(&file, text).expect("write");
        let out = dir.path().join(format!("{name}.out"));
        let run = seatplan(&[
            "report",
            file.to_str().expect("UTF-8"),
            "--out",
            out.to_str().expect("UTF-8"),
            "--lang",
            "en",
        ]);
        assert_eq!(
            run.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        let svg = std::fs::read_to_string(out.join("targets.svg"));
        assert_eq!(svg.is_ok(), expected, "{name}");
        if let Ok(svg) = svg {
            assert!(svg.contains("Three-shift and emergency schools"));
            assert!(svg.contains("Three-shift schools without the plan"));
        }
    }
}

/// File → Import schools… with "Existing schools" ticked reads a census
/// table: a capacity of 0 is named by its cell and Import waits; leaving
/// the bad row out adds the other school to the stock as one undo step.
#[test]
fn the_import_dialog_reads_a_census_table_into_the_stock() {
    use egui::accesskit::Role;
    use egui::{Key, Modifiers};
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().expect("a temp dir");
    let ron = dir.path().join("census.ron");
    std::fs::write(&ron, INTO).expect("write");
    let sheet = dir.path().join("census.csv");
    std::fs::write(
        &sheet,
        "Наименование организации образования;Проектная мощность;Контингент 2024\n\
         СОШ №1;1 200;2 950\n\
         СОШ №2;0;410\n",
    )
    .expect("write");
    let dialogs = seatplan::app::FakeDialogs::default();
    let mut h = crate::harness::app()
        .file(Some(ron))
        .dialogs(&dialogs)
        .lang(seatplan::i18n::Lang::En)
        .max_steps(30)
        .build();
    h.run();
    dialogs.answer(Some(sheet));
    for (role, label) in [
        (Role::Button, "File"),
        (Role::Button, "Import schools…"),
        (Role::CheckBox, "Existing schools (a census table)"),
    ] {
        h.get_by_role_and_label(role, label).click();
        h.run();
    }
    assert!(crate::harness::shows_exactly(
        &h,
        "B3: the capacity is 0: enter the school's design seats (above 0)"
    ));
    h.get_by_role_and_label(Role::Button, "Import").click();
    h.run();
    assert!(h.state().doc.scenario().existing.is_empty());
    for (role, label) in [
        (Role::CheckBox, "Leave out the rows with errors"),
        (Role::Button, "Import"),
    ] {
        h.get_by_role_and_label(role, label).click();
        h.run();
    }
    let existing = &h.state().doc.scenario().existing;
    assert_eq!(existing.len(), 1);
    assert_eq!(
        (existing[0].capacity, existing[0].pupils[&2024]),
        (1200, 2950)
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(h.state().doc.scenario().existing.is_empty());
}

/// In the census mode of the import dialog each column has a drop-down of
/// its field: a capacity header seatplan does not know is given its field,
/// the pupils column another census year, and the preview, its problems and
/// the count of ready schools follow each choice; Import reads it so.
#[test]
fn the_census_import_dialog_maps_each_column() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable;
    fn click(
        h: &mut egui_kittest::Harness<'_, seatplan::app::SeatplanApp>,
        role: Role,
        label: &str,
    ) {
        h.get_by_role_and_label(role, label).click();
        h.run();
    }
    let dir = tempfile::tempdir().expect("a temp dir");
    let ron = dir.path().join("census.ron");
    std::fs::write(&ron, INTO).expect("write");
    let sheet = dir.path().join("census.csv");
    std::fs::write(
        &sheet,
        "Наименование организации образования;Ёмкость;Контингент 2024\n\
         СОШ №1;1 200;2 950\n\
         СОШ №2;320;410\n",
    )
    .expect("write");
    let dialogs = seatplan::app::FakeDialogs::default();
    let mut h = crate::harness::app()
        .file(Some(ron))
        .dialogs(&dialogs)
        .lang(seatplan::i18n::Lang::En)
        .max_steps(30)
        .build();
    h.run();
    dialogs.answer(Some(sheet));
    click(&mut h, Role::Button, "File");
    click(&mut h, Role::Button, "Import schools…");
    click(&mut h, Role::CheckBox, "Existing schools (a census table)");
    let missing = "no column for existing schools' Проектная мощность";
    assert!(crate::harness::shows_text_containing(&h, missing));
    assert!(crate::harness::shows_exactly(&h, "B"));
    assert!(crate::harness::shows_exactly(&h, "C (Pupils 2024)"));
    assert!(crate::harness::shows_exactly(
        &h,
        "0 schools ready; rows with errors: 0"
    ));

    click(&mut h, Role::ComboBox, "B — Ёмкость");
    click(&mut h, Role::Button, "Capacity");
    click(&mut h, Role::ComboBox, "C — Контингент 2024");
    click(&mut h, Role::Button, "Pupils 2023");
    assert!(crate::harness::shows_exactly(&h, "B (Capacity)"));
    assert!(crate::harness::shows_exactly(&h, "C (Pupils 2023)"));
    assert!(!crate::harness::shows_text_containing(&h, missing));
    assert!(crate::harness::shows_exactly(
        &h,
        "2 schools ready; rows with errors: 0"
    ));

    // Not imported: the column's field is gone and the preview says so.
    click(&mut h, Role::ComboBox, "C — Контингент 2024");
    click(&mut h, Role::Button, "Not imported");
    assert!(crate::harness::shows_exactly(&h, "C"));
    assert!(crate::harness::shows_text_containing(
        &h,
        "no column for existing schools' Контингент 2024"
    ));
    click(&mut h, Role::ComboBox, "C — Контингент 2024");
    click(&mut h, Role::Button, "Pupils 2023");
    click(&mut h, Role::Button, "Import");
    let existing = &h.state().doc.scenario().existing;
    assert_eq!(existing.len(), 2);
    assert_eq!(
        (existing[0].capacity, existing[0].pupils.clone()),
        (1200, [(2023, 2950)].into())
    );
}

/// Rows pasted into the Existing schools pane (with their header row) join
/// the stock as one undo step; a bad cell adds nothing and says where.
#[test]
fn pasted_rows_join_the_stock() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable;
    use seatplan::app::Command;
    let (mut h, _dir) = crate::harness::open_text(LEVELLING);
    h.get_by_role_and_label(Role::Button, "R").click();
    h.run();
    let header = "Наименование\tПроектная мощность\tКонтингент\n";
    h.state_mut().send(Command::PasteExisting(
        format!("{header}Школа 9\t900\t1 950\n"),
        2025,
    ));
    h.run();
    let existing = &h.state().doc.scenario().existing;
    assert_eq!(existing.len(), 4);
    assert_eq!(
        (existing[3].capacity, existing[3].pupils[&2025]),
        (900, 1950)
    );
    h.state_mut().send(Command::Undo);
    h.run();
    assert_eq!(h.state().doc.scenario().existing.len(), 3);
    h.state_mut().send(Command::PasteExisting(
        format!("{header}Школа 9\t0\t1 950\n"),
        2025,
    ));
    h.run();
    assert_eq!(h.state().doc.scenario().existing.len(), 3);
    assert!(crate::harness::shows_text_containing(
        &h,
        "B2: the capacity is 0: enter the school's design seats (above 0)"
    ));
}

/// The Targets pane shows the three targets and their chart's legend for
/// the selected region.
#[test]
fn the_targets_pane_shows_the_targets_and_their_chart() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable;
    let (mut h, _dir) = crate::harness::open_text(REPLACED);
    h.state_mut().workspace.show(seatplan::app::Pane::Targets);
    h.run();
    h.get_by_role_and_label(Role::Button, "Q").click();
    h.run();
    // 2026 is held to the horizon, 2025: with the plan none is left. The
    // chart pane's strip and the Targets pane say it both.
    let line = "Emergency schools in use: 0 now, 0 in 2025 (0 from 2024); without the plan 1 \
                (not by 2025)";
    assert_eq!(h.query_all_by_label(line).count(), 2);
    assert!(
        h.query_all_by_label_contains("Three-shift schools without the plan")
            .next()
            .is_some()
    );
}

/// The shipped Mangystau file (docs/sources.md): its TOTAL rows give the
/// published three-shift schools 15 → 4 → 0 in 2023–2025 and the two
/// emergency buildings gone in 2024; `check` finds no error in it.
#[test]
fn the_shipped_mangystau_stock_reaches_the_published_targets() {
    let out = crate::common::seatplan(&["stock", "scenarios/mangystau.ron", "--summary"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let total: Vec<Vec<&str>> = text
        .lines()
        .filter(|l| l.starts_with("TOTAL,"))
        .map(|l| l.split(',').collect())
        .collect();
    // region,district,year,schools,three_shift,over_norm,emergency,emergency_pupils
    let at = |year: &str, col: usize| {
        total
            .iter()
            .find(|r| r[2] == year)
            .map(|r| r[col].to_owned())
            .unwrap_or_else(|| panic!("no TOTAL row for {year}: {text}"))
    };
    assert_eq!(
        ["2023", "2024", "2025"].map(|y| at(y, 4)),
        ["15", "4", "0"],
        "three-shift schools"
    );
    assert_eq!(["2023", "2024"].map(|y| at(y, 6)), ["2", "0"], "emergency");
    let check = crate::common::seatplan(&["check", "scenarios/mangystau.ron"]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let said = String::from_utf8_lossy(&check.stderr).into_owned()
        + &String::from_utf8_lossy(&check.stdout);
    assert!(!said.contains("error"), "{said}");
}

/// The window opens the shipped Mangystau file and its targets strip says
/// three-shift schools reach 0 in 2025, as the region published.
#[test]
fn the_mangystau_file_shows_three_shift_schools_gone_from_2025() {
    use crate::harness::{app, shows_text_containing};
    let mut h = app()
        .file(Some(crate::common::root().join("scenarios/mangystau.ron")))
        .lang(seatplan::i18n::Lang::En)
        .build();
    h.run();
    // The harness's school year is 2026: none left "now", none at the horizon.
    assert!(
        shows_text_containing(&h, "Three-shift schools: 0 now, 0 in 2029 (0 from 2025)"),
        "the strip shows three-shift schools gone from 2025"
    );
}

/// A targets slide follows the slide of each region with existing schools,
/// and a file without a stock has none.
#[test]
fn a_targets_slide_only_for_a_region_with_existing_schools() {
    use seatplan::export::{Slide, slides};
    let root = crate::common::root();
    let mangystau = seatplan::io::load_path(&root.join("scenarios/mangystau.ron"))
        .expect("loads")
        .scenario;
    let all = slides(&mangystau, None);
    let at = all
        .iter()
        .position(|&s| s == Slide::Region(0))
        .expect("the region's slide");
    assert_eq!(all.get(at + 1), Some(&Slide::Targets(0)), "{all:?}");
    for file in [
        "scenarios/kazakhstan-2023-2029.ron",
        "scenarios/shymkent.ron",
    ] {
        let s = seatplan::io::load_path(&root.join(file))
            .expect("loads")
            .scenario;
        assert!(
            !slides(&s, None)
                .iter()
                .any(|sl| matches!(sl, Slide::Targets(_))),
            "{file}"
        );
    }
}

/// Presentation mode shows the Mangystau targets slide: three-shift schools
/// 15 in 2023, 0 from 2025 with the plan, and still 15 without it.
#[test]
fn presentation_shows_the_targets_slide_of_mangystau() {
    use crate::harness::{app, shows_exactly};
    use egui::Key;
    use seatplan::export::{Slide, slides};
    let path = crate::common::root().join("scenarios/mangystau.ron");
    let s = seatplan::io::load_path(&path).expect("loads").scenario;
    let target_at = slides(&s, None)
        .iter()
        .position(|&sl| sl == Slide::Targets(0))
        .expect("a targets slide");
    let mut h = app()
        .file(Some(path))
        .lang(seatplan::i18n::Lang::En)
        .max_steps(30)
        .build();
    h.run();
    h.key_press(Key::F5);
    h.run();
    while h.state().view.presentation.is_some_and(|n| n < target_at) {
        h.key_press(Key::ArrowRight);
        h.run();
    }
    assert_eq!(h.state().view.presentation, Some(target_at));
    assert!(shows_exactly(&h, "Mangystau region"));
    assert!(shows_exactly(&h, "Three-shift and emergency schools"));
    assert!(shows_exactly(&h, "Pupils beyond the norm"));
    // Three-shift schools and pupils beyond the norm from 2025, the two
    // emergency buildings from 2024.
    {
        use egui_kittest::kittest::Queryable;
        assert_eq!(h.query_all_by_label("0 from 2025").count(), 2);
        assert_eq!(h.query_all_by_label("0 from 2024").count(), 1);
    }
    assert!(shows_exactly(&h, "2023: 15 · 2029: 0"));
    assert!(shows_exactly(
        &h,
        "Without the plan: 15 in 2029, not by 2029"
    ));
}

/// `slides.pdf` of the Mangystau file has the targets page, its figures
/// readable by `pdftotext` (skipped without poppler-utils), in Russian.
#[test]
fn the_targets_page_of_slides_pdf_reads_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = crate::common::seatplan(&[
        "report",
        "scenarios/mangystau.ron",
        "--out",
        dir.path().to_str().expect("utf-8 path"),
        "--lang",
        "ru",
        "--pdf",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pdf = dir.path().join("slides.pdf");
    let text = match std::process::Command::new("pdftotext")
        .arg("-layout")
        .arg(&pdf)
        .arg("-")
        .output()
    {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout).replace('\u{202F}', " "),
        Ok(o) => panic!("pdftotext failed: {}", String::from_utf8_lossy(&o.stderr)),
        Err(_) => {
            eprintln!("pdftotext (poppler-utils) is not installed: its checks are skipped");
            return;
        }
    };
    let page = text
        .split('\u{c}')
        .find(|p| p.contains("Без плана"))
        .unwrap_or_else(|| panic!("no targets page: {text}"));
    for want in [
        "Мангистауская область",
        "Трёхсменные школы",
        "Ученики сверх нормы",
        "Аварийные школы в работе",
        "0 с 2025",
        "2023: 15 · 2029: 0",
        "Без плана: 15 в 2029 году, не к 2029",
    ] {
        assert!(page.contains(want), "{want} not in {page}");
    }
}

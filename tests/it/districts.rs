//! Regions planned by district: the worked example of docs/scenario-format.md
//! ("Districts"), every validation rule with its position, the writer, the
//! CLI output byte for byte, and what-if, risk, cost, compare and export at
//! district level. Every figure below is worked out by hand (see comments).

use crate::common::{root, seatplan};
use seatplan::i18n::DiagnosticText;
use seatplan::io::{load_str, to_ron_string};
use seatplan::model::{
    Assumptions, DelayAssumptions, DelayOdds, Diagnostic, Position, RiskOptions, Scenario,
    Severity, Subject, WhatIf, YearRow, closing_cost, compare, plan_cost, project, project_with,
    simulate,
};

/// The ```ron block of the "Districts" section of docs/scenario-format.md,
/// so the documentation and these tests cannot drift apart.
pub(crate) fn doc_example() -> String {
    let doc = std::fs::read_to_string(root().join("docs/scenario-format.md")).expect("doc");
    let section = doc.find("\n## Districts").expect("a Districts section");
    let start = doc[section..].find("```ron\n").expect("a ron block") + section + 7;
    let end = doc[start..].find("```").expect("the block ends") + start;
    doc[start..end].to_owned()
}

fn example() -> Scenario {
    let loaded = load_str(&doc_example()).expect("the doc example parses");
    assert_eq!(loaded.diagnostics, vec![], "the doc example is clean");
    loaded.scenario
}

fn r(
    year: i32,
    deficit: i64,
    opened: i64,
    cumulative: i64,
    shortfall: i64,
    surplus: i64,
) -> YearRow {
    YearRow {
        year,
        deficit,
        opened,
        cumulative,
        shortfall,
        surplus,
    }
}

/// The table of the doc. east: deficit 1000 → 1600 over three years, +200 a
/// year; e-1 800 in 2024, e-2 500 − 100 = 400 in 2026. west: 300 flat, w-1
/// 1000 in 2024, so 700 spare from 2024.
fn east() -> Vec<YearRow> {
    vec![
        r(2023, 1000, 0, 0, 1000, 0),
        r(2024, 1200, 800, 800, 400, 0),
        r(2025, 1400, 0, 800, 600, 0),
        r(2026, 1600, 400, 1200, 400, 0),
    ]
}

fn west() -> Vec<YearRow> {
    vec![
        r(2023, 300, 0, 0, 300, 0),
        r(2024, 300, 1000, 1000, 0, 700),
        r(2025, 300, 0, 1000, 0, 700),
        r(2026, 300, 0, 1000, 0, 700),
    ]
}

#[test]
fn a_region_is_the_column_sums_of_its_districts_and_a_surplus_covers_nothing() {
    let p = project(&example());
    let city = p.region("city").expect("city");
    assert_eq!(city.districts.len(), 2);
    assert_eq!(city.districts[0].id, "east");
    assert_eq!(city.districts[0].rows, east());
    assert_eq!(city.districts[0].closing_year, None);
    assert_eq!(city.districts[1].id, "west");
    assert_eq!(city.districts[1].rows, west());
    assert_eq!(city.districts[1].closing_year, Some(2024));
    // Column by column east + west. Netted, 2024 would read 1500 − 1800 < 0,
    // "closed"; summed, east's 400 stay short and west's 700 stay spare.
    assert_eq!(
        city.rows,
        vec![
            r(2023, 1300, 0, 0, 1300, 0),
            r(2024, 1500, 1800, 1800, 400, 700),
            r(2025, 1700, 0, 1800, 600, 700),
            r(2026, 1900, 400, 2200, 400, 700),
        ]
    );
    assert_eq!(city.closing_year, None);
    let town = p.region("town").expect("town");
    assert!(
        town.districts.is_empty(),
        "a region without districts has none"
    );
    // town: 500 flat, t-1 200 in 2025 (its district is a free label).
    assert_eq!(
        town.rows,
        vec![
            r(2023, 500, 0, 0, 500, 0),
            r(2024, 500, 0, 0, 500, 0),
            r(2025, 500, 200, 200, 300, 0),
            r(2026, 500, 0, 200, 300, 0),
        ]
    );
    assert_eq!(
        p.total,
        vec![
            r(2023, 1800, 0, 0, 1800, 0),
            r(2024, 2000, 1800, 1800, 900, 700),
            r(2025, 2200, 200, 2000, 900, 700),
            r(2026, 2400, 400, 2400, 700, 700),
        ]
    );
    assert_eq!(p.total_closing_year, None);
}

#[test]
fn a_district_that_closes_lets_its_region_close_only_when_all_do() {
    // A fourth school closes east in 2025 (1400 − 800 − 600 = 0; 2026: 1600 −
    // 1800 = −200). Then every district is at 0 from 2025, so the city closes
    // in 2025 even though west was closed from 2024.
    let mut s = example();
    let mut extra = s.schools[0].clone();
    extra.id = "e-3".into();
    extra.seats = 600;
    extra.opens = 2025;
    s.schools.push(extra);
    let p = project(&s);
    let city = p.region("city").expect("city");
    assert_eq!(city.districts[0].closing_year, Some(2025));
    assert_eq!(city.closing_year, Some(2025));
    // 2026: east surplus 200 + west 700.
    assert_eq!(city.rows[3], r(2026, 1900, 400, 2800, 0, 900));
}

#[test]
fn report_prints_region_rows_as_before_and_districts_prints_only_district_rows() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("districts.ron");
    std::fs::write(&file, doc_example()).expect("write");
    let file = file.to_str().expect("utf-8 path");

    let out = seatplan(&["report", file]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).expect("utf-8"),
        "region,year,deficit,opened,cumulative,shortfall,surplus\n\
         city,2023,1300,0,0,1300,0\n\
         city,2024,1500,1800,1800,400,700\n\
         city,2025,1700,0,1800,600,700\n\
         city,2026,1900,400,2200,400,700\n\
         town,2023,500,0,0,500,0\n\
         town,2024,500,0,0,500,0\n\
         town,2025,500,200,200,300,0\n\
         town,2026,500,0,200,300,0\n\
         TOTAL,2023,1800,0,0,1800,0\n\
         TOTAL,2024,2000,1800,1800,900,700\n\
         TOTAL,2025,2200,200,2000,900,700\n\
         TOTAL,2026,2400,400,2400,700,700\n"
    );

    let out = seatplan(&["report", file, "--districts"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty(), "a clean file prints nothing else");
    assert_eq!(
        String::from_utf8(out.stdout).expect("utf-8"),
        "region,district,year,deficit,opened,cumulative,shortfall,surplus\n\
         city,east,2023,1000,0,0,1000,0\n\
         city,east,2024,1200,800,800,400,0\n\
         city,east,2025,1400,0,800,600,0\n\
         city,east,2026,1600,400,1200,400,0\n\
         city,west,2023,300,0,0,300,0\n\
         city,west,2024,300,1000,1000,0,700\n\
         city,west,2025,300,0,1000,0,700\n\
         city,west,2026,300,0,1000,0,700\n"
    );

    // What-if at district level: e-2 (Planned, 2026) moves to 2027, past
    // the horizon, so east 2026 has 800 cumulative and 800 short.
    let out = seatplan(&["report", file, "--districts", "--delay", "1"]);
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(text.contains("city,east,2026,1600,0,800,800,0\n"), "{text}");

    // --districts with --out is a usage error.
    let out = seatplan(&["report", file, "--districts", "--out", "x"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn districts_report_of_a_file_without_districts_is_the_header_alone() {
    let out = seatplan(&[
        "report",
        "scenarios/kazakhstan-2023-2029.ron",
        "--districts",
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).expect("utf-8"),
        "region,district,year,deficit,opened,cumulative,shortfall,surplus\n"
    );
}

#[test]
fn districts_report_of_a_file_with_errors_prints_them_and_exits_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("bad.ron");
    let text = doc_example().replace("district: \"west\"", "district: \"north\"");
    std::fs::write(&file, text).expect("write");
    let out = seatplan(&["report", file.to_str().expect("utf-8"), "--districts"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert!(
        err.contains(
            "error: school \"w-1\" is in district \"north\", which region \"city\" does not \
             have: use one of its district ids: east, west"
        ),
        "{err}"
    );
}

// ---------------------------------------------------------------- validation

/// A region planned by district, written one field a line so positions are
/// easy to count: line 1 is `Scenario(`.
fn file(districts: &str, schools: &str) -> String {
    format!(
        "Scenario(\n\
         format: 1,\n\
         name: \"x\",\n\
         base_year: 2023,\n\
         horizon: 2026,\n\
         regions: [\n\
         Region(\n\
         id: \"city\",\n\
         name: (en: \"City\"),\n\
         kind: City,\n\
         districts: {districts},\n\
         ),\n\
         ],\n\
         schools: [{schools}],\n\
         )"
    )
}

fn diagnostics(text: &str) -> Vec<Diagnostic> {
    load_str(text).expect("parses").diagnostics
}

fn at(line: usize, column: usize) -> Option<Position> {
    Some(Position { line, column })
}

fn one(text: &str) -> Diagnostic {
    let d = diagnostics(text);
    assert_eq!(d.len(), 1, "{d:#?}");
    d.into_iter().next().expect("one")
}

const TWO: &str = "[\n\
District(\n\
id: \"a\",\n\
name: (en: \"A\"),\n\
deficit: {2023: 10, 2026: 10},\n\
),\n\
District(\n\
id: \"b\",\n\
name: (en: \"B\"),\n\
deficit: {2023: 10, 2026: 10},\n\
),\n\
]";

#[test]
fn a_clean_file_with_districts_has_no_diagnostics() {
    assert_eq!(diagnostics(&file(TWO, "")), vec![]);
}

#[test]
fn an_empty_district_list_is_an_error_at_the_field() {
    let d = one(&file("[]", ""));
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(d.code, "diag-districts-empty");
    // `districts:` is on line 11, column 1.
    assert_eq!(d.position, at(11, 1));
    assert_eq!(
        d.english(),
        "region \"city\" has an empty district list: add its districts, or replace \
         `districts: []` with the region's `deficit`"
    );
}

#[test]
fn district_ids_follow_the_pattern_and_are_unique_in_their_region() {
    let text = file(&TWO.replace("id: \"b\"", "id: \"A\""), "");
    let d = one(&text);
    assert_eq!(d.code, "diag-district-id");
    // The second district's `id:` is on line 18 (districts open on 11).
    assert_eq!(d.position, at(18, 1));
    assert_eq!(
        d.subject,
        Subject::District {
            region: 0,
            index: 1,
            id: "A".into()
        }
    );

    let text = file(&TWO.replace("id: \"b\"", "id: \"a\""), "");
    let d = one(&text);
    assert_eq!(d.code, "diag-district-duplicate");
    assert_eq!(d.position, at(18, 1));
    assert_eq!(
        d.english(),
        "region \"city\": district id \"a\" is used twice (districts 1 and 2): give each \
         district its own id"
    );

    // The same district id in two regions is fine.
    let text = file(TWO, "").replace(
        "],\nschools",
        "Region(id: \"town\", name: (en: \"T\"), kind: City, districts: [\
         (id: \"a\", name: (en: \"A\"), deficit: {2023: 1})]),\n],\nschools",
    );
    let d = diagnostics(&text);
    assert!(
        d.iter().all(|d| d.severity == Severity::Warning),
        "only the held-flat warning: {d:#?}"
    );
}

#[test]
fn a_district_needs_exactly_one_of_deficit_and_demand_and_a_name() {
    let neither = file(
        &TWO.replace("deficit: {2023: 10, 2026: 10},\n),\n]", "),\n]"),
        "",
    );
    let d = one(&neither);
    assert_eq!(d.code, "diag-district-neither");
    assert_eq!(d.position, at(18, 1));
    assert_eq!(
        d.english(),
        "region \"city\": district \"b\" has neither a deficit nor a demand: give its deficit \
         estimate, for example `deficit: {2023: 1000}`"
    );

    let both = file(
        &TWO.replace(
            "deficit: {2023: 10, 2026: 10},\n),\n]",
            "deficit: {2023: 10, 2026: 10},\n\
             demand: (capacity: 1, shifts: 1, births: {2017: 1}, pupils: {2023: 1}),\n),\n]",
        ),
        "",
    );
    let d: Vec<_> = diagnostics(&both)
        .into_iter()
        .filter(|d| d.code == "diag-district-both")
        .collect();
    assert_eq!(d.len(), 1, "{d:#?}");
    // `demand:` is on line 21.
    assert_eq!(d[0].position, at(21, 1));

    let nameless = file(&TWO.replace("name: (en: \"B\")", "name: ()"), "");
    let d = one(&nameless);
    assert_eq!(d.code, "diag-district-no-name");
    assert_eq!(d.position, at(19, 1));
}

#[test]
fn an_empty_district_deficit_is_an_error_and_a_short_one_a_warning() {
    let text = file(&TWO.replacen("{2023: 10, 2026: 10}", "{}", 1), "");
    let d = one(&text);
    assert_eq!(d.code, "diag-district-deficit-empty");
    // The first district's `deficit:` is on line 15.
    assert_eq!(d.position, at(15, 1));
    assert_eq!(
        d.english(),
        "region \"city\": district \"a\" has an empty deficit estimate: give at least one year, \
         for example `deficit: {2023: 1000}`"
    );

    let text = file(
        &TWO.replacen("{2023: 10, 2026: 10}", "{2024: 10, 2025: 20}", 1),
        "",
    );
    let d = diagnostics(&text);
    let codes: Vec<_> = d.iter().map(|d| (d.severity, d.code)).collect();
    assert_eq!(
        codes,
        vec![
            (Severity::Warning, "diag-district-deficit-starts-late"),
            (Severity::Warning, "diag-district-deficit-ends-early"),
        ]
    );
    assert_eq!(
        d[1].english(),
        "region \"city\", district \"a\": the deficit estimate ends in 2025, before horizon \
         2026; it is held flat at the 2025 value (20) from 2026 to 2026"
    );
}

#[test]
fn every_school_of_a_region_with_districts_names_one_of_them() {
    let school = |district: &str| {
        format!(
            "\nSchool(\nid: \"s\",\nname: \"s\",\nregion: \"city\",\n{district}seats: 100,\n\
             opens: 2024,\nstatus: Planned,\n),\n"
        )
    };
    // `schools: [` is line 25 (TWO ends on 22, then `),` and `],`); the
    // school starts on line 26.
    let d = one(&file(TWO, &school("")));
    assert_eq!(d.code, "diag-school-district-missing");
    assert_eq!(d.position, at(26, 1), "no `district` field: the school");
    assert_eq!(
        d.english(),
        "school \"s\" has no district, but region \"city\" is planned by district: set \
         `district` to one of its district ids: a, b"
    );
    let d = one(&file(TWO, &school("district: \"Alatau\",\n")));
    assert_eq!(d.code, "diag-school-district-unknown");
    assert_eq!(d.position, at(30, 1), "at `district:`");
    assert_eq!(
        d.english(),
        "school \"s\" is in district \"Alatau\", which region \"city\" does not have: use one \
         of its district ids: a, b"
    );
    assert_eq!(
        diagnostics(&file(TWO, &school("district: \"b\",\n"))),
        vec![]
    );
}

#[test]
fn check_prints_district_problems_with_file_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("d.ron");
    std::fs::write(&path, file(&TWO.replace("id: \"b\"", "id: \"a\""), "")).expect("write");
    let name = path.to_str().expect("utf-8");
    let out = seatplan(&["check", name]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stdout).expect("utf-8"),
        format!(
            "{name}:18:1: error: region \"city\": district id \"a\" is used twice (districts 1 \
             and 2): give each district its own id\n"
        )
    );
}

// ---------------------------------------------------------------- the writer

#[test]
fn districts_survive_load_save_load_and_save_is_stable() {
    let s = example();
    let text = to_ron_string(&s);
    let again = load_str(&text).expect("the saved text parses");
    assert_eq!(again.diagnostics, vec![]);
    assert_eq!(again.scenario, s);
    assert_eq!(to_ron_string(&again.scenario), text, "the same bytes again");
    assert!(
        text.contains(
            "            districts: [\n                District(\n                    id: \"east\",\n"
        ),
        "{text}"
    );

    // A district with a demand, and an empty list, are written back as read.
    let mut s = example();
    let districts = s.regions[0].districts.as_mut().expect("districts");
    districts[1].deficit = None;
    districts[1].demand = Some(seatplan::model::Demand {
        capacity: Some(5000),
        shifts: 2,
        margin: Some(5),
        births: [(2016, 900), (2017, 950)].into_iter().collect(),
        grades: Some([(2023, vec![880, 870])].into_iter().collect()),
        ..Default::default()
    });
    s.regions[1].districts = Some(Vec::new());
    let back = load_str(&to_ron_string(&s)).expect("parses").scenario;
    assert_eq!(back, s);
}

// ------------------------------------------------- analysis at district level

#[test]
fn what_if_counts_schools_in_their_districts() {
    // Only started: e-2 (Planned) and t-1 (Planned) drop out. east 2026:
    // 800 cumulative, 800 short; the city adds west's 0.
    let p = project_with(
        &example(),
        &WhatIf {
            delay_planned: 0,
            only_started: true,
            ..WhatIf::NONE
        },
    );
    let city = p.region("city").expect("city");
    assert_eq!(city.districts[0].rows[3], r(2026, 1600, 0, 800, 800, 0));
    assert_eq!(city.rows[3], r(2026, 1900, 0, 1800, 800, 700));
}

const ON_TIME: DelayOdds = DelayOdds {
    on_time: 1.0,
    one_year: 0.0,
    two_years: 0.0,
};

#[test]
fn delay_risk_sums_district_shortfalls_in_each_draw() {
    // Planned schools: on time or a year late, half and half; the others on
    // time. In the city only e-2 (400 net, 2026) is uncertain: east 2026 is 400 short on time, 800
    // late; west is never short. Netted against west's 700 spare seats the
    // city would show 0 or 100; summed it is 400 or 800.
    let mut s = example();
    s.assumptions = Some(Assumptions {
        delay: Some(DelayAssumptions {
            planned: Some(DelayOdds {
                on_time: 0.5,
                one_year: 0.5,
                two_years: 0.0,
            }),
            under_construction: Some(ON_TIME),
            commissioned: Some(ON_TIME),
        }),
        cost_per_seat: None,
        ..Default::default()
    });
    let risk = simulate(
        &s,
        &RiskOptions {
            draws: 2000,
            ..RiskOptions::default()
        },
    );
    let city = risk.region("city").expect("city");
    let y2026 = city.rows[3];
    assert_eq!((y2026.p10, y2026.p90), (400, 800));
    assert_eq!(y2026.closed, 0);
    let east = city.district("east").expect("east");
    assert_eq!(east.rows[3].p10, 400);
    assert_eq!(east.rows[3].p90, 800);
    // Every draw: city = east + west (0), so their bands agree.
    assert_eq!(east.rows[3].p50, y2026.p50);
    let west = city.district("west").expect("west");
    assert!(
        west.rows[1..]
            .iter()
            .all(|b| b.p90 == 0 && b.closed == 2000)
    );
    // 2025: nothing uncertain in the city before 2026: east 600 every draw.
    assert_eq!((city.rows[2].p10, city.rows[2].p90), (600, 600));
    // A region without districts reports none.
    assert!(risk.region("town").expect("town").districts.is_empty());
}

#[test]
fn closing_cost_builds_schools_district_by_district() {
    // West's deficit raised to 1100: west 2026 = 1100 − 1000 = 100 short,
    // east 400. Schools of 300: east ⌈400/300⌉ = 2, west ⌈100/300⌉ = 1, so
    // the city needs 3 (900 seats), not ⌈500/300⌉ = 2.
    let mut s = example();
    s.regions[0].districts.as_mut().expect("districts")[1].deficit =
        Some([(2023, 1100)].into_iter().collect());
    let p = project(&s);
    let cost = closing_cost(&s, &p, 300).expect("a size");
    let city = &cost.regions[0];
    assert_eq!(city.shortfall, 500);
    assert_eq!((city.schools, city.seats), (3, 900));
    assert_eq!(city.districts.len(), 2);
    assert_eq!(
        (city.districts[0].id.as_str(), city.districts[0].schools),
        ("east", 2)
    );
    assert_eq!(
        (city.districts[1].id.as_str(), city.districts[1].schools),
        ("west", 1)
    );
    assert_eq!(city.cost, 3 * cost.school_cost);
    // town: 300 short → 1 school; total 4.
    assert_eq!(cost.total.schools, 4);

    // The plan's cost, per district: east has e-1 and e-2, west w-1.
    let plan = plan_cost(&s, &WhatIf::NONE);
    let city = &plan.regions[0];
    assert_eq!(city.districts[0].total.schools, 2);
    assert_eq!(city.districts[0].total.seats, 1300);
    assert_eq!(city.districts[1].total.schools, 1);
    assert_eq!(
        city.districts[0].total.cost + city.districts[1].total.cost,
        city.total.cost
    );
}

#[test]
fn compare_matches_districts_by_id() {
    // B: e-2 opens a year earlier (2025): east 2025 = 1400 − 1200 = 200
    // short (A: 600); and B has a district `north` (50 a year) A lacks.
    let a = example();
    let mut b = example();
    b.schools[1].opens = 2025;
    let north = seatplan::model::District {
        id: "north".into(),
        name: Default::default(),
        deficit: Some([(2023, 50)].into_iter().collect()),
        demand: None,
        illustrative: false,
        source: None,
    };
    b.regions[0]
        .districts
        .as_mut()
        .expect("districts")
        .push(north);
    let c = compare(&a, &b);
    let city = c.region("city").expect("city");
    let ids: Vec<_> = city.districts.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["east", "west", "north"]);
    let east = city.district("east").expect("east");
    assert_eq!(
        (east.rows[2].shortfall_a, east.rows[2].shortfall_b),
        (Some(600), Some(200))
    );
    assert_eq!(east.rows[2].difference(), Some(-400));
    let north = city.district("north").expect("north");
    assert_eq!(
        (north.rows[0].shortfall_a, north.rows[0].shortfall_b),
        (Some(0), Some(50))
    );
    // City 2025: A 600, B 200 + 50 (north).
    assert_eq!(
        (city.rows[2].shortfall_a, city.rows[2].shortfall_b),
        (Some(600), Some(250))
    );
    assert!(c.region("town").expect("town").districts.is_empty());
}

#[test]
fn report_out_writes_a_chart_per_district() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("districts.ron");
    std::fs::write(&file, doc_example()).expect("write");
    let out_dir = dir.path().join("out");
    let out = seatplan(&[
        "report",
        file.to_str().expect("utf-8"),
        "--out",
        out_dir.to_str().expect("utf-8"),
        "--lang",
        "en",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let mut names: Vec<String> = std::fs::read_dir(&out_dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "city.east.svg",
            "city.svg",
            "city.west.svg",
            "country.svg",
            "summary.csv",
            "town.svg"
        ]
    );
    let east = std::fs::read_to_string(out_dir.join("city.east.svg")).expect("svg");
    assert!(east.contains(">East district — City</text>"), "the title");
    // east's shortfall bars: 1000, 400, 600, 400.
    assert!(east.contains(r#"data-year="2025" data-value="600""#));
    assert!(east.contains(r#"data-year="2026" data-value="400""#));
    assert!(east.contains("Illustrative"), "east is illustrative");
    let west = std::fs::read_to_string(out_dir.join("city.west.svg")).expect("svg");
    assert!(west.contains(r#"data-year="2024" data-value="0""#));
    assert!(!west.contains("Illustrative"), "west is not");
}

// ---------------------------------------------------------------- shipped data

#[test]
fn shipped_city_files_are_planned_by_district_and_add_up_to_the_national_file() {
    let national = project(
        &load_str(seatplan::io::DEFAULT_SCENARIO)
            .expect("parses")
            .scenario,
    );
    for (file, id, districts) in [
        ("scenarios/astana.ron", "astana", 6),
        ("scenarios/almaty-city.ron", "almaty-city", 8),
        ("scenarios/shymkent.ron", "shymkent", 5),
    ] {
        let text = std::fs::read_to_string(root().join(file)).expect("read");
        let loaded = load_str(&text).expect("parses");
        assert_eq!(loaded.diagnostics, vec![], "{file}");
        let s = &loaded.scenario;
        let region = &s.regions[0];
        let ds = region.districts.as_ref().expect("planned by district");
        assert_eq!(ds.len(), districts, "{file}");
        for d in ds {
            assert!(
                d.name.kk.is_some() && d.name.ru.is_some() && d.name.en.is_some(),
                "{file}: {} is named in kk, ru and en",
                d.id
            );
            assert!(d.illustrative, "{file}: {} is a split, not published", d.id);
        }
        // Every school is in one of them (validation would say otherwise),
        // and each district has schools.
        for d in ds {
            assert!(
                s.schools
                    .iter()
                    .any(|x| x.district.as_deref() == Some(&d.id)),
                "{file}: no school in {}",
                d.id
            );
        }
        // The districts' deficits add up to the city's in the national file,
        // every year; so do the seats opened.
        let p = project(s);
        let city = national.region(id).expect("in the national file");
        for (here, there) in p.regions[0].rows.iter().zip(&city.rows) {
            assert_eq!(here.deficit, there.deficit, "{file} {}", here.year);
            assert_eq!(here.cumulative, there.cumulative, "{file} {}", here.year);
        }
    }
}

// ---------------------------------------------------------------- the window

mod window {
    use super::doc_example;
    use crate::harness::{click, open_text, shows_exactly};
    use egui::accesskit::Role;
    use egui::{Key, Modifiers};
    use egui_kittest::Harness;
    use egui_kittest::kittest::{NodeT, Queryable};
    use seatplan::app::{SeatplanApp, Selection};
    use seatplan::i18n::Lang;

    /// The doc example open in the window, in English; the folder must
    /// outlive the harness.
    fn open() -> (Harness<'static, SeatplanApp>, tempfile::TempDir) {
        open_text(&doc_example())
    }

    fn listed(h: &Harness<'_, SeatplanApp>, label: &str) -> bool {
        h.query_by_role_and_label(Role::Button, label).is_some()
    }

    #[test]
    fn the_region_list_opens_into_the_districts_of_the_selected_region() {
        let (mut h, _dir) = open();
        assert!(listed(&h, "City") && listed(&h, "Town"));
        assert!(
            !listed(&h, "East district"),
            "closed until City is selected"
        );
        click(&mut h, "City");
        assert!(listed(&h, "East district") && listed(&h, "West district"));
        // City's own view shows which district drives its shortfall: both
        // districts by name in the breakdown (links), east 400 left in 2026.
        assert!(
            h.query_by_role_and_label(Role::Link, "East district")
                .is_some()
        );
        click(&mut h, "Town");
        assert!(!listed(&h, "East district"), "closes on another region");
    }

    #[test]
    fn a_district_shows_its_own_chart_figures_and_schools() {
        let (mut h, _dir) = open();
        click(&mut h, "City");
        // The city in 2023: 1000 (east) + 300 (west).
        assert!(shows_exactly(&h, "Shortfall 2023: 1,300"));
        click(&mut h, "West district");
        assert_eq!(h.state().selection(), Selection::District(0, 1));
        // West: 300 short in 2023, 0 from 2024 (1 000 seats for 300).
        assert!(shows_exactly(&h, "Shortfall 2023: 300"));
        assert!(shows_exactly(&h, "Shortfall 2024: 0"));
        assert!(h.query_by_label_contains("West district — City").is_some());
        // Only west's school is listed.
        let w1 = "Duplicate School for 1 000 seats [w-1]";
        let e1 = "Duplicate School for 800 seats [e-1]";
        assert!(shows_exactly(&h, w1));
        assert!(!shows_exactly(&h, e1));
        click(&mut h, "East district");
        assert!(shows_exactly(&h, "Shortfall 2023: 1,000"));
        assert!(shows_exactly(&h, e1));
        assert!(!shows_exactly(&h, w1));
    }

    #[test]
    fn moving_a_school_to_another_district_and_undoing_it() {
        let (mut h, _dir) = open();
        // The whole country (every school listed, the district tree closed):
        // 2024 is east 400 + west 0 + town 500 = 900 short.
        assert_eq!(h.state().selection(), Selection::Country);
        assert!(shows_exactly(&h, "Shortfall 2024: 900"));
        h.get_by_label("District of School for 1 000 seats [w-1]")
            .click();
        h.run();
        h.get_by_role_and_label(Role::Button, "East district")
            .click();
        h.run();
        let district =
            |h: &Harness<'_, SeatplanApp>| h.state().doc.scenario().schools[2].district.clone();
        assert_eq!(district(&h).as_deref(), Some("east"));
        // Now east 2024: 1200 − 1800 → 0 short (600 spare, which covers
        // nothing elsewhere); west 300 short with no school: 0 + 300 + 500.
        assert!(shows_exactly(&h, "Shortfall 2024: 800"));
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run();
        assert_eq!(district(&h).as_deref(), Some("west"));
        assert!(shows_exactly(&h, "Shortfall 2024: 900"));
        assert!(!h.state().doc.is_dirty());
    }

    #[test]
    fn the_region_editor_adds_reorders_and_removes_districts_undoably() {
        let (mut h, _dir) = open();
        click(&mut h, "City");
        let ids = |h: &Harness<'_, SeatplanApp>| -> Vec<String> {
            h.state().doc.scenario().regions[0]
                .districts
                .iter()
                .flatten()
                .map(|d| d.id.clone())
                .collect()
        };
        assert_eq!(ids(&h), ["east", "west"]);
        // East and west have schools: they cannot be removed.
        assert!(
            h.get_by_label("Remove district East district")
                .accesskit_node()
                .is_disabled(),
            "a district with schools stays"
        );
        click(&mut h, "+ Add district");
        assert_eq!(ids(&h), ["east", "west", "district-1"]);
        assert!(listed(&h, "district-1"), "the tree shows it");
        // ▼ of the first row moves east below west.
        h.get_all_by_label("▼").next().expect("a ▼ button").click();
        h.run();
        assert_eq!(ids(&h), ["west", "east", "district-1"]);
        click(&mut h, "Remove district district-1");
        assert_eq!(ids(&h), ["west", "east"]);
        // Each was one step: undo walks back through all three.
        for expected in [
            &["west", "east", "district-1"][..],
            &["east", "west", "district-1"][..],
            &["east", "west"][..],
        ] {
            h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
            h.run();
            assert_eq!(ids(&h), expected);
        }
        assert!(!h.state().doc.is_dirty());
    }

    #[test]
    fn an_exported_region_slide_shows_the_district_breakdown() {
        seatplan::i18n::set_lang(Lang::En);
        let s = super::example();
        let p = seatplan::model::project(&s);
        let all = seatplan::export::slides(&s, None);
        let city = all
            .iter()
            .position(|x| *x == seatplan::export::Slide::Region(0))
            .expect("a city slide");
        let svg = seatplan::export::slide_svg(
            &s,
            &p,
            None,
            &all,
            city,
            seatplan::calendar::Day::new(2026, 9, 1),
        );
        assert!(svg.contains("Districts: shortfall left in 2026"), "{svg}");
        // One bar per district: east 400, west 0; largest first.
        assert_eq!(svg.matches(r#"class="district""#).count(), 2);
        let east = svg.find(">East district<").expect("east");
        let west = svg.find(">West district<").expect("west");
        assert!(east < west, "east (400) before west (0)");
        let town = all
            .iter()
            .position(|x| *x == seatplan::export::Slide::Region(1))
            .expect("a town slide");
        let svg = seatplan::export::slide_svg(
            &s,
            &p,
            None,
            &all,
            town,
            seatplan::calendar::Day::new(2026, 9, 1),
        );
        assert!(!svg.contains(r#"class="district""#), "town has none");
    }
}

//! Every error and warning of `docs/scenario-format.md`, with where it points.

use seatplan::i18n::DiagnosticText;
use seatplan::io::{Loaded, load_str};
use seatplan::model::{Diagnostic, Position, Severity, Subject};

/// A valid two-region scenario; tests splice problems into it.
fn scenario(header: &str, regions: &str, schools: &str) -> String {
    format!(
        r#"Scenario(
    format: 1,
    name: "t",
    {header}
    regions: [
        Region(
            id: "north",
            name: (kk: "Солтүстік", ru: "Север"),
            kind: Oblast,
            deficit: {{2023: 1000, 2029: 2000}},
        ),
        {regions}
    ],
    schools: [
        School(
            id: "n1",
            name: "n1",
            region: "north",
            seats: 600,
            opens: 2025,
            status: Planned,
        ),
        {schools}
    ],
)"#
    )
}

const YEARS: &str = "base_year: 2023,\n    horizon: 2029,";

fn load(text: &str) -> Loaded {
    match load_str(text) {
        Ok(l) => l,
        Err(d) => panic!("expected the file to parse, got {d:?}"),
    }
}

fn only(loaded: &Loaded) -> &Diagnostic {
    assert_eq!(loaded.diagnostics.len(), 1, "{:#?}", loaded.diagnostics);
    &loaded.diagnostics[0]
}

fn at(line: usize, column: usize) -> Option<Position> {
    Some(Position { line, column })
}

#[test]
fn the_base_scenario_is_clean() {
    assert!(load(&scenario(YEARS, "", "")).diagnostics.is_empty());
}

#[test]
fn unsupported_format_is_an_error_on_its_line() {
    let text = scenario(YEARS, "", "").replace("format: 1", "format: 2");
    let l = load(&text);
    let d = only(&l);
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(d.field, Some("format"));
    assert_eq!(d.position, at(2, 5));
    assert!(
        d.english().contains("format 2 is not supported"),
        "{}",
        d.english()
    );
}

#[test]
fn base_year_after_horizon_is_an_error() {
    let l = load(&scenario("base_year: 2030,\n    horizon: 2029,", "", ""));
    assert!(l.has_errors());
    let d = l
        .diagnostics
        .iter()
        .find(|d| d.field == Some("horizon"))
        .expect("horizon error");
    assert!(
        d.english().contains("base_year 2030 is after horizon 2029"),
        "{}",
        d.english()
    );
    assert_eq!(d.position, at(5, 5));
}

#[test]
fn horizon_more_than_fifty_years_out_is_an_error() {
    let l = load(&scenario("base_year: 2023,\n    horizon: 2074,", "", ""));
    let d = l
        .diagnostics
        .iter()
        .find(|d| d.is_error())
        .expect("an error");
    assert!(
        d.english().contains("more than 50 years"),
        "{}",
        d.english()
    );
    assert!(d.english().contains("up to 2073"), "{}", d.english());
    // 50 years exactly is allowed (warnings for the held-flat deficit aside)
    let l = load(&scenario("base_year: 2023,\n    horizon: 2073,", "", ""));
    assert!(!l.has_errors(), "{:?}", l.diagnostics);
}

#[test]
fn duplicate_region_and_school_ids_are_errors_at_the_second() {
    let region = r#"Region(id: "north", name: (en: "N2"), kind: City, deficit: {2023: 1}),"#;
    let school = r#"School(id: "n1", name: "again", region: "north", seats: 300, opens: 2024, status: Planned),"#;
    let l = load(&scenario(YEARS, region, school));
    let errors: Vec<_> = l.diagnostics.iter().filter(|d| d.is_error()).collect();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert_eq!(
        errors[0].subject,
        Subject::Region {
            index: 1,
            id: "north".into()
        }
    );
    assert!(errors[0].english().contains("used twice (regions 1 and 2)"));
    assert_eq!(
        errors[0].position,
        at(13, 16),
        "the id field of the second region"
    );
    assert_eq!(
        errors[1].subject,
        Subject::School {
            index: 1,
            id: "n1".into()
        }
    );
    assert!(errors[1].english().contains("used twice (schools 1 and 2)"));
    assert_eq!(errors[1].position, at(24, 16));
}

#[test]
fn region_id_must_be_lowercase_latin_digits_and_hyphens() {
    for bad in ["North", "almaty city", "", "алматы", "a_b"] {
        let region = format!(
            r#"Region(id: {bad:?}, name: (en: "x"), kind: City, deficit: {{2023: 1, 2029: 1}}),"#
        );
        let l = load(&scenario(YEARS, &region, ""));
        let d = only(&l);
        assert!(d.is_error() && d.field == Some("id"), "{bad}: {d:?}");
        assert!(
            d.english().contains("lowercase latin letters"),
            "{}",
            d.english()
        );
    }
    let ok =
        r#"Region(id: "east-kz-2", name: (en: "x"), kind: City, deficit: {2023: 1, 2029: 1}),"#;
    assert!(load(&scenario(YEARS, ok, "")).diagnostics.is_empty());
}

#[test]
fn school_in_an_unknown_region_is_an_error() {
    let school =
        r#"School(id: "s", name: "s", region: "south", seats: 300, opens: 2024, status: Planned),"#;
    let l = load(&scenario(YEARS, "", school));
    let d = only(&l);
    assert!(d.is_error() && d.field == Some("region"));
    assert!(
        d.english()
            .contains(r#"region "south", which is not in this file"#),
        "{}",
        d.english()
    );
    assert_eq!(d.position, at(24, 36));
}

#[test]
fn empty_deficit_and_nameless_region_are_errors() {
    let region = r#"Region(id: "e", name: (), kind: City, deficit: {}),"#;
    let l = load(&scenario(YEARS, region, ""));
    let fields: Vec<_> = l
        .diagnostics
        .iter()
        .map(|d| (d.severity, d.field))
        .collect();
    assert_eq!(
        fields,
        [
            (Severity::Error, Some("name")),
            (Severity::Error, Some("deficit"))
        ]
    );
    assert!(
        l.diagnostics[1]
            .english()
            .contains("empty deficit estimate")
    );
}

#[test]
fn schools_outside_the_years_are_warnings() {
    let schools = r#"School(id: "old", name: "o", region: "north", seats: 300, opens: 2022, status: Commissioned),
        School(id: "late", name: "l", region: "north", seats: 300, opens: 2030, status: Planned),"#;
    let l = load(&scenario(YEARS, "", schools));
    assert!(!l.has_errors());
    let msgs: Vec<_> = l
        .diagnostics
        .iter()
        .map(|d| (d.severity, d.field, d.english()))
        .collect();
    assert_eq!(msgs.len(), 2, "{msgs:#?}");
    assert!(
        msgs[0]
            .2
            .contains("before base_year 2023: it is not counted")
    );
    assert!(msgs[1].2.contains("after horizon 2029: it is not counted"));
    assert!(
        msgs.iter()
            .all(|m| m.0 == Severity::Warning && m.1 == Some("opens"))
    );
}

#[test]
fn zero_huge_and_over_replacing_schools_are_warnings() {
    let schools = r#"School(id: "z", name: "z", region: "north", seats: 0, opens: 2024, status: Planned),
        School(id: "h", name: "h", region: "north", seats: 5001, opens: 2024, status: Planned),
        School(id: "r", name: "r", region: "north", seats: 300, replaces: 400, opens: 2024, status: Planned),
        School(id: "ok", name: "ok", region: "north", seats: 5000, replaces: 5000, opens: 2024, status: Planned),"#;
    let l = load(&scenario(YEARS, "", schools));
    let got: Vec<_> = l
        .diagnostics
        .iter()
        .map(|d| (d.severity, d.field))
        .collect();
    assert_eq!(
        got,
        [
            (Severity::Warning, Some("seats")),
            (Severity::Warning, Some("seats")),
            (Severity::Warning, Some("replaces")),
        ]
    );
    assert!(l.diagnostics[1].english().contains("check the unit"));
    assert!(
        l.diagnostics[2]
            .english()
            .contains("reduces capacity by 100")
    );
}

#[test]
fn deficit_estimates_not_covering_the_years_are_held_flat_with_a_warning() {
    let region =
        r#"Region(id: "mid", name: (en: "m"), kind: City, deficit: {2025: 700, 2027: 900}),"#;
    let l = load(&scenario(YEARS, region, ""));
    let msgs: Vec<_> = l.diagnostics.iter().map(|d| d.english()).collect();
    assert_eq!(msgs.len(), 2, "{msgs:#?}");
    assert!(
        msgs[0].contains("2023–2024 are held flat at the 2025 value (700)"),
        "{}",
        msgs[0]
    );
    assert!(
        msgs[1].contains("held flat at the 2027 value (900) from 2028 to 2029"),
        "{}",
        msgs[1]
    );
    assert!(
        l.diagnostics
            .iter()
            .all(|d| d.severity == Severity::Warning)
    );
}

//! `seatplan diff A B`: the rows, their order, the fields compared and the
//! exit codes (docs/scenario-format.md, "Differences between versions").

use crate::common::seatplan;

const A: &str = r#"Scenario(format: 1, name: "A", base_year: 2023, horizon: 2029,
    regions: [
        (id: "north", name: (ru: "Север", en: "North"), kind: Oblast, deficit: {2023: 1000, 2025: 2000}),
        (id: "gone", name: (en: "Gone"), kind: City, deficit: {2023: 5}),
    ],
    schools: [
        (id: "s1", name: "School 1", region: "north", seats: 600, opens: 2024, status: Planned),
        (id: "s2", name: "School 2", region: "north", seats: 300, replaces: 0, opens: 2025, status: Planned),
        (id: "old", name: "Old", region: "gone", seats: 100, opens: 2026, status: Planned),
    ],
    existing: [
        (id: "e1", name: "№1", region: "north", capacity: 800, pupils: {2023: 900, 2024: 950}),
    ])"#;

// Against A: "gone" and its school removed; "north" renamed in kk (A shows
// its ru name, the first it has of kk → ru → en), one deficit point moved
// and one added, its kind and source changed (not compared); "south" and a
// school added; s1 changed in every field but replaces_existing and region;
// s2 unchanged (`replaces: 0` is the default written out); e1's census
// moved a year and its condition written as the default Sound.
const B: &str = r#"Scenario(format: 1, name: "B", base_year: 2023, horizon: 2029,
    regions: [
        (id: "north", name: (kk: "Солтүстік", ru: "Север", en: "North"), kind: City,
            deficit: {2023: 1000, 2025: 2100, 2027: 2500}, source: "new estimate"),
        (id: "south", name: (en: "South"), kind: Oblast, deficit: {2023: 10}),
    ],
    schools: [
        (id: "new", name: "New", region: "south", seats: 900, opens: 2027, status: Planned),
        (id: "s2", name: "School 2", region: "north", seats: 300, opens: 2025, status: Planned),
        (id: "s1", name: "School \"1\", rebuilt", region: "north", district: "d", seats: 800,
            replaces: 100, opens: 2026, status: UnderConstruction, funding: Local),
    ],
    existing: [
        (id: "e1", name: "№1", region: "north", capacity: 800, pupils: {2024: 960, 2025: 1000},
            condition: Sound),
    ])"#;

const A_TO_B: &str = "what,region,id,field,a,b
region,gone,gone,removed,,
school,gone,old,removed,,
region,north,north,name,Север,Солтүстік
region,north,north,deficit.2025,2000,2100
region,north,north,deficit.2027,,2500
region,south,south,added,,
school,south,new,added,,
school,north,s1,seats,600,800
school,north,s1,opens,2024,2026
school,north,s1,status,Planned,UnderConstruction
school,north,s1,replaces,0,100
school,north,s1,district,,d
school,north,s1,name,School 1,\"School \"\"1\"\", rebuilt\"
school,north,s1,funding,,Local
existing,north,e1,pupils.2023,900,
existing,north,e1,pupils.2024,950,960
existing,north,e1,pupils.2025,,1000
";

fn files(texts: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in texts {
        std::fs::write(dir.path().join(name), text).expect("written");
    }
    dir
}

fn diff(dir: &tempfile::TempDir, a: &str, b: &str) -> (Option<i32>, String, String) {
    let path = |n: &str| dir.path().join(n).to_string_lossy().into_owned();
    let out = seatplan(&["diff", &path(a), &path(b)]);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_kind_of_difference_in_its_order() {
    let dir = files(&[("a.ron", A), ("b.ron", B)]);
    let (code, out, err) = diff(&dir, "a.ron", "b.ron");
    assert_eq!(out, A_TO_B);
    assert_eq!(err, "");
    assert_eq!(code, Some(1));
}

#[test]
fn the_other_way_round_removed_and_added_swap() {
    let dir = files(&[("a.ron", A), ("b.ron", B)]);
    let (code, out, _) = diff(&dir, "b.ron", "a.ron");
    // Removed first, in B's order (now the first file): the region "south",
    // then the school "new"; then A's order.
    let expected = "what,region,id,field,a,b
region,south,south,removed,,
school,south,new,removed,,
region,north,north,name,Солтүстік,Север
region,north,north,deficit.2025,2100,2000
region,north,north,deficit.2027,2500,
region,gone,gone,added,,
school,north,s1,seats,800,600
school,north,s1,opens,2026,2024
school,north,s1,status,UnderConstruction,Planned
school,north,s1,replaces,100,0
school,north,s1,district,d,
school,north,s1,name,\"School \"\"1\"\", rebuilt\",School 1
school,north,s1,funding,Local,
school,gone,old,added,,
existing,north,e1,pupils.2023,,900
existing,north,e1,pupils.2024,960,950
existing,north,e1,pupils.2025,1000,
";
    assert_eq!(out, expected);
    assert_eq!(code, Some(1));
}

#[test]
fn no_difference_prints_the_header_and_exits_0() {
    // The same plan written differently: comments, spacing, defaults.
    let same = A
        .replace("replaces: 0, ", "")
        .replace("(id: \"e1\"", "// note\n(id: \"e1\"");
    let dir = files(&[("a.ron", A), ("same.ron", &same)]);
    let (code, out, err) = diff(&dir, "a.ron", "same.ron");
    assert_eq!(out, "what,region,id,field,a,b\n");
    assert_eq!(err, "");
    assert_eq!(code, Some(0));
}

#[test]
fn a_school_moved_to_another_region_shows_bs_region() {
    let moved = A.replace(
        r#"(id: "s2", name: "School 2", region: "north""#,
        r#"(id: "s2", name: "School 2", region: "gone""#,
    );
    let dir = files(&[("a.ron", A), ("moved.ron", &moved)]);
    let (code, out, _) = diff(&dir, "a.ron", "moved.ron");
    assert_eq!(
        out,
        "what,region,id,field,a,b\nschool,gone,s2,region,north,gone\n"
    );
    assert_eq!(code, Some(1));
}

#[test]
fn validation_errors_do_not_stop_a_diff() {
    // A second "s1" (a duplicate id, an error) is matched with nothing in
    // A, so it is added; a school naming no region is compared as it is.
    let doubled = A.replace(
        r#"(id: "old","#,
        r#"(id: "s1", name: "Twin", region: "nowhere", seats: 1, opens: 2024, status: Planned),
        (id: "old","#,
    );
    let dir = files(&[("a.ron", A), ("doubled.ron", &doubled)]);
    let (code, out, err) = diff(&dir, "a.ron", "doubled.ron");
    assert_eq!(out, "what,region,id,field,a,b\nschool,nowhere,s1,added,,\n");
    assert_eq!(err, "");
    assert_eq!(code, Some(1));
}

#[test]
fn a_file_that_is_not_a_scenario_exits_2() {
    let dir = files(&[
        ("a.ron", A),
        ("broken.ron", "Scenario(format: 1,"),
        (
            "unknown.ron",
            &A.replace("name: \"A\",", "name: \"A\", colour: 1,"),
        ),
    ]);
    for other in ["broken.ron", "unknown.ron", "missing.ron"] {
        let (code, out, err) = diff(&dir, "a.ron", other);
        assert_eq!(code, Some(2), "{other}");
        assert_eq!(out, "", "{other}: nothing on standard output");
        assert!(
            err.contains(other),
            "{other}: the error names the file: {err}"
        );
    }
    let out = seatplan(&["diff", "scenarios/astana.ron"]);
    assert_eq!(out.status.code(), Some(2), "one file is a usage error");
}

//! The map of the regions in `report --out` (`map.svg`): every region
//! coloured by its class, labels in the chosen language, and what a file with
//! one region or none on the map gets.

use std::path::Path;

use crate::common::seatplan;

/// The 2029 shortfall of the national file (`seatplan report`, 2029 rows):
/// Astana 73 500, Almaty 68 500, Shymkent 39 113, Aktobe 33 293, Atyrau 32 409,
/// Almaty region 32 187, Jetisu 32 186, Turkistan 30 295, Kyzylorda 29 560,
/// West Kazakhstan 26 358, Jambyl 24 401, Pavlodar 24 318, Akmola 23 798,
/// Karaganda and Ulytau 21 024, Abai 17 926, East Kazakhstan 17 925,
/// Kostanay 17 473, North Kazakhstan 13 783, Mangystau 13 284 (each region's
/// own pupil growth, docs/sources.md section 5). The largest is
/// 73 500: a quarter is 18 375, so the round step is 20 000 and the classes
/// are 1–20 000, 20 001–40 000, 40 001–60 000 and 60 001–73 500, coloured
/// from the second to the fifth step of the orange scale.
const EXPECTED: [(&str, &str); 20] = [
    ("mangystau", "#fdbe85"),
    ("shymkent", "#fd8d3c"),
    ("abai", "#fdbe85"),
    ("akmola", "#fd8d3c"),
    ("aktobe", "#fd8d3c"),
    ("almaty-region", "#fd8d3c"),
    ("atyrau", "#fd8d3c"),
    ("east-kazakhstan", "#fdbe85"),
    ("jambyl", "#fd8d3c"),
    ("jetisu", "#fd8d3c"),
    ("karaganda", "#fd8d3c"),
    ("kostanay", "#fdbe85"),
    ("kyzylorda", "#fd8d3c"),
    ("north-kazakhstan", "#fdbe85"),
    ("pavlodar", "#fd8d3c"),
    ("ulytau", "#fd8d3c"),
    ("west-kazakhstan", "#fd8d3c"),
    ("turkistan", "#fd8d3c"),
    ("almaty-city", "#a63603"),
    ("astana", "#a63603"),
];

fn report_out(file: &str, lang: &str, dir: &Path) -> std::process::Output {
    let out = dir.to_str().expect("utf-8 path");
    seatplan(&["report", file, "--out", out, "--lang", lang])
}

/// The fill of the region path `id="map-ID"`.
fn fill_of<'a>(svg: &'a str, id: &str) -> Option<&'a str> {
    let start = svg.find(&format!(r#"<path id="map-{id}" "#))?;
    let rest = &svg[start..];
    let end = rest.find('>')?;
    let tag = &rest[..end];
    let at = tag.find(" fill=\"")? + 7;
    tag.get(at..at + 7)
}

#[test]
fn map_svg_colours_the_twenty_regions_by_class_with_kazakh_labels() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = report_out("scenarios/kazakhstan-2023-2029.ron", "kk", dir.path());
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = std::fs::read_to_string(dir.path().join("map.svg")).expect("map.svg");
    assert_eq!(svg.matches(r#"<path id="map-"#).count(), 20);
    for (id, color) in EXPECTED {
        assert_eq!(fill_of(&svg, id), Some(color), "{id}");
    }
    // Short names in Kazakh, numbers grouped with U+202F.
    for label in [
        ">Ақтөбе</text>",
        ">Шығыс Қазақстан</text>",
        ">Ұлытау</text>",
        ">Астана</text>",
        ">73\u{202F}500</text>",
        ">13\u{202F}284</text>",
        ">2029 жылы орын тапшылығы, өңірлер бойынша</text>",
        ">Орын тапшылығы, 2029</text>",
        ">60\u{202F}001 – 73\u{202F}500</text>",
    ] {
        assert!(svg.contains(label), "missing {label}");
    }
    assert!(!svg.contains(">Aktobe</text>"), "no English labels in kk");
    // Every region is planned: no "not in this file" entry.
    assert!(!svg.contains("Бұл файлда жоқ"));
    // The three cities are marked circles (a ring and a centre dot each).
    assert_eq!(svg.matches("<circle").count(), 6);
}

#[test]
fn a_one_city_file_without_districts_gets_the_map_with_the_rest_grey_and_all_regions() {
    // A city planned by district gets its district chart instead
    // (`district_map.rs`); this one is planned as a whole.
    let tmp = tempfile::tempdir().expect("temp dir");
    let file = tmp.path().join("shymkent.ron");
    std::fs::write(
        &file,
        r#"Scenario(format: 1, name: "Shymkent", base_year: 2023, horizon: 2029,
            regions: [Region(id: "shymkent", name: (en: "Shymkent city"), kind: City,
                deficit: {2023: 23836, 2029: 23836})],
            schools: [])"#,
    )
    .expect("write");
    let dir = tmp.path().join("out");
    let out = report_out(file.to_str().expect("utf-8"), "en", &dir);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = std::fs::read_to_string(dir.join("map.svg")).expect("map.svg");
    // Shymkent alone: 23 836 short in 2029; step 10 000, it is in the last
    // of three classes, the darkest colour.
    assert_eq!(fill_of(&svg, "shymkent"), Some("#a63603"));
    for (id, _) in EXPECTED.iter().filter(|(id, _)| *id != "shymkent") {
        assert_eq!(
            fill_of(&svg, id),
            Some("#e0e0e0"),
            "{id} is not in the file"
        );
    }
    assert!(svg.contains(">Not in this file</text>"));
    assert!(svg.contains(">20,001 – 23,836</text>"));
    let total = std::fs::read_to_string(dir.join("country.svg")).expect("country.svg");
    assert!(
        total.contains(">All regions</text>"),
        "one region is not the country"
    );
    assert!(!total.contains("Whole country"));
}

#[test]
fn a_file_with_no_region_on_the_map_writes_no_map() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("elsewhere.ron");
    std::fs::write(
        &file,
        r#"Scenario(format: 1, name: "Elsewhere", base_year: 2023, horizon: 2025,
            regions: [Region(id: "baikonur", name: (en: "Baikonur"), kind: City,
                deficit: {2023: 100})],
            schools: [])"#,
    )
    .expect("write");
    let out_dir = dir.path().join("out");
    let out = report_out(file.to_str().expect("utf-8"), "en", &out_dir);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out_dir.join("summary.csv").exists());
    assert!(!out_dir.join("map.svg").exists());
}

/// A file with existing schools: the switch above the map's legend colours
/// the regions by three-shift schools at the horizon, read from the stock
/// worked out for the revision, and back.
#[test]
fn the_map_switches_to_three_shift_schools_and_back() {
    use crate::harness::{app, click};
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable;
    use seatplan::app::Pane;
    let text = r#"Scenario(
    format: 1,
    name: "two regions",
    base_year: 2023,
    horizon: 2025,
    regions: [
        Region(id: "mangystau", name: (en: "Mangystau region"), kind: Oblast, deficit: {2023: 3000}),
        Region(id: "atyrau", name: (en: "Atyrau region"), kind: Oblast, deficit: {2023: 1000}),
    ],
    schools: [],
    existing: [
        Existing(id: "a", name: "A", region: "mangystau", capacity: 1000, pupils: {2023: 3000}),
        Existing(id: "b", name: "B", region: "mangystau", capacity: 500, pupils: {2023: 1400}),
    ],
)"#;
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("two.ron");
    std::fs::write(&file, text).expect("write");
    let mut h = app()
        .file(Some(file))
        .lang(seatplan::i18n::Lang::En)
        .max_steps(30)
        .build();
    h.state_mut().workspace.show(Pane::Map);
    h.run();
    assert_eq!(
        h.state().three_shift_by_region(),
        [Some(2), None],
        "both of Mangystau's schools are three-shift; Atyrau has no stock"
    );
    h.get_by_role_and_label(Role::Image, "Seats short, 2025");
    click(&mut h, "Three-shift schools");
    h.get_by_role_and_label(Role::Image, "Three-shift schools, 2025");
    click(&mut h, "Seats short");
    h.get_by_role_and_label(Role::Image, "Seats short, 2025");
}

//! A file planning one region by district gets that region's district chart
//! where the map would be: on the slide after the overview, in
//! `slides.pdf` (tested in `pdf.rs`) and as `map.svg` in `report --out`. The
//! city files ship with their name and description in the three languages.

use seatplan::calendar::Day;
use seatplan::export::{self, Slide, slide_svg, slides, stands_in_for_map};
use seatplan::i18n::{Lang, set_lang};
use seatplan::io::{load_path, load_str};
use seatplan::model::{Projection, Scenario, project};

use crate::common::{root, seatplan};

fn shipped(file: &str) -> (Scenario, Projection) {
    let loaded = load_path(&root().join("scenarios").join(file)).expect("shipped file loads");
    assert!(!loaded.has_errors(), "{file}: {:?}", loaded.diagnostics);
    let p = project(&loaded.scenario);
    (loaded.scenario, p)
}

/// Astana's districts at the 2029 horizon, largest first, as
/// `seatplan report scenarios/astana.ron --districts` gives them (deficit −
/// cumulative seats opened): Nura 55 187 − 32 900 = 22 287, Yesil 46 465 −
/// 27 700 = 18 765, Baikonur 21 807 − 13 000 = 8 807, Saryarka 21 303 −
/// 12 700 = 8 603, Sarayshyk 19 290 − 11 500 = 7 790, Almaty 17 948 − 10 700 =
/// 7 248. They add up to the city's 73 500.
const ASTANA_2029: [(&str, &str, &str); 6] = [
    ("Nura district", "Нұра ауданы", "22\u{202F}287"),
    ("Yesil district", "Есіл ауданы", "18\u{202F}765"),
    ("Baikonur district", "Байқоңыр ауданы", "8\u{202F}807"),
    ("Saryarka district", "Сарыарқа ауданы", "8\u{202F}603"),
    ("Sarayshyk district", "Сарайшық ауданы", "7\u{202F}790"),
    ("Almaty district", "Алматы ауданы", "7\u{202F}248"),
];

#[test]
fn astana_gets_its_districts_in_the_maps_place_largest_first() {
    let (s, p) = shipped("astana.ron");
    assert_eq!(stands_in_for_map(&s), Some(0));
    let all = slides(&s, None);
    assert_eq!(
        all,
        [
            Slide::Title,
            Slide::Overview,
            Slide::Districts(0),
            Slide::Region(0)
        ]
    );
    let ranked: Vec<(usize, i64)> = export::district_ranking(&p, 0);
    let values: Vec<i64> = ranked.iter().map(|r| r.1).collect();
    assert_eq!(values, [22_287, 18_765, 8_807, 8_603, 7_790, 7_248]);
    assert_eq!(values.iter().sum::<i64>(), 73_500);

    set_lang(Lang::En);
    let svg = slide_svg(&s, &p, None, &all, 2, Day::new(2026, 11, 23));
    assert!(svg.contains(">Districts: shortfall left in 2029</text>"));
    assert!(svg.contains(">Astana city</text>"));
    assert!(!svg.contains("<path id=\"map-"), "no country map");
    assert_eq!(svg.matches(r#"class="district""#).count(), 6);
    let mut last = 0;
    for (name, _, value) in ASTANA_2029 {
        let at = svg
            .find(&format!(">{name}</text>"))
            .unwrap_or_else(|| panic!("{name} missing"));
        assert!(at > last, "{name} is out of order");
        last = at;
        // English groups with a comma.
        let value = value.replace('\u{202F}', ",");
        let number = &svg[at..].find(&format!(">{value}</text>"));
        assert!(number.is_some(), "{name}: {value} missing after its name");
    }
    // The districts are illustrative splits of the city figure: said so.
    assert!(svg.contains(">Illustrative figures: not published</text>"));

    set_lang(Lang::Kk);
    let svg = slide_svg(&s, &p, None, &all, 2, Day::new(2026, 11, 23));
    assert!(svg.contains(">Аудандар: 2029 жылы қалатын тапшылық</text>"));
    for (_, name, value) in ASTANA_2029 {
        assert!(svg.contains(&format!(">{name}</text>")), "{name}");
        assert!(svg.contains(&format!(">{value}</text>")), "{value}");
    }
    set_lang(Lang::En);
}

#[test]
fn files_with_many_regions_or_no_districts_keep_the_map() {
    let (s, _) = shipped("kazakhstan-2023-2029.ron");
    assert_eq!(stands_in_for_map(&s), None);
    assert_eq!(slides(&s, None)[2], Slide::Map);
    assert!(
        !slides(&s, None)
            .iter()
            .any(|x| matches!(x, Slide::Districts(_)))
    );

    // One region, not planned by district: the map, with the rest grey.
    let one = load_str(
        r#"Scenario(format: 1, name: "One", base_year: 2023, horizon: 2025,
            regions: [Region(id: "shymkent", name: (en: "Shymkent city"), kind: City,
                deficit: {2023: 100})],
            schools: [])"#,
    )
    .expect("parses");
    assert_eq!(stands_in_for_map(&one.scenario), None);
    assert_eq!(slides(&one.scenario, None)[2], Slide::Map);

    // Two regions, one by district: the country map still says something.
    let two = load_str(
        r#"Scenario(format: 1, name: "Two", base_year: 2023, horizon: 2025,
            regions: [
                Region(id: "shymkent", name: (en: "Shymkent city"), kind: City,
                    districts: [District(id: "abai", name: (en: "Abai"), deficit: {2023: 50})]),
                Region(id: "turkistan", name: (en: "Turkistan"), kind: Oblast,
                    deficit: {2023: 100}),
            ],
            schools: [])"#,
    )
    .expect("parses");
    assert!(!two.has_errors(), "{:?}", two.diagnostics);
    assert_eq!(stands_in_for_map(&two.scenario), None);
    assert_eq!(slides(&two.scenario, None)[2], Slide::Map);
}

#[test]
fn report_out_writes_the_district_chart_as_map_svg_in_russian() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = seatplan(&[
        "report",
        "scenarios/astana.ron",
        "--out",
        dir.path().to_str().expect("utf-8 path"),
        "--lang",
        "ru",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    // The same set of files as before: the district chart keeps the name.
    assert_eq!(
        names,
        [
            "astana.almaty.svg",
            "astana.baikonur.svg",
            "astana.nura.svg",
            "astana.sarayshyk.svg",
            "astana.saryarka.svg",
            "astana.svg",
            "astana.yesil.svg",
            "country.svg",
            "map.svg",
            "summary.csv",
        ]
    );
    let svg = std::fs::read_to_string(dir.path().join("map.svg")).expect("map.svg");
    assert!(!svg.contains("<path id=\"map-"), "no country map");
    assert!(svg.contains(">Районы: дефицит мест в 2029 году</text>"));
    assert!(svg.contains(">город Астана</text>"));
    assert!(svg.contains(">Астана — школы по районам, 2023–2029</text>"));
    for (name, value) in [
        ("район Нура", "22\u{202F}287"),
        ("район Есиль", "18\u{202F}765"),
        ("район Байконур", "8\u{202F}807"),
        ("район Сарыарка", "8\u{202F}603"),
        ("район Сарайшык", "7\u{202F}790"),
        ("район Алматы", "7\u{202F}248"),
    ] {
        assert!(svg.contains(&format!(">{name}</text>")), "{name}");
        assert!(svg.contains(&format!(">{value}</text>")), "{value}");
    }
    // The bars are drawn to scale: Nura's 22 287 is the longest, Almaty's
    // 7 248 is 7 248 / 22 287 of it.
    let widths: Vec<f32> = svg
        .match_indices(r#"class="district""#)
        .map(|(at, _)| {
            let tag = &svg[at..at + svg[at..].find("/>").expect("tag ends")];
            let w = tag.split("width=\"").nth(1).expect("width");
            w[..w.find('"').expect("quote")].parse().expect("a number")
        })
        .collect();
    assert_eq!(widths.len(), 6);
    let ratio = widths[5] / widths[0];
    assert!((ratio - 7_248.0 / 22_287.0).abs() < 0.002, "{ratio}");
}

#[test]
fn the_city_files_are_named_and_described_in_the_three_languages() {
    for (file, kk, ru, en) in [
        (
            "astana.ron",
            "Астана — аудандар бойынша мектептер, 2023–2029",
            "Астана — школы по районам, 2023–2029",
            "Astana — schools by district, 2023–2029",
        ),
        (
            "almaty-city.ron",
            "Алматы қаласы — аудандар бойынша мектептер, 2023–2029",
            "Город Алматы — школы по районам, 2023–2029",
            "Almaty city — schools by district, 2023–2029",
        ),
        (
            "shymkent.ron",
            "Шымкент — аудандар бойынша мектептер, 2023–2029",
            "Шымкент — школы по районам, 2023–2029",
            "Shymkent — schools by district, 2023–2029",
        ),
    ] {
        let (s, _) = shipped(file);
        assert_eq!(s.name.get("kk"), kk, "{file}");
        assert_eq!(s.name.get("ru"), ru, "{file}");
        assert_eq!(s.name.get("en"), en, "{file}");
        let d = s.description.as_ref().expect("described");
        // Kazakh and Russian descriptions are their own text, in Cyrillic,
        // and none of them points at files a planner does not have.
        for (lang, cyrillic) in [("kk", true), ("ru", true), ("en", false)] {
            let text = d.get(lang);
            assert_eq!(
                text.chars().any(|c| ('а'..='я').contains(&c)),
                cyrillic,
                "{file} {lang}: {text}"
            );
            assert!(!text.contains(".ron") && !text.contains("docs/"), "{text}");
        }
        assert!(d.get("kk").contains("аудандар"), "{file}");
        assert!(d.get("ru").contains("по районам"), "{file}");
    }
}

#[test]
fn presentation_mode_shows_astanas_districts_after_the_overview() {
    use crate::harness::{app, shows_exactly};
    use egui::Key;
    use seatplan::i18n::{num_in, tr_args};

    let mut h = app()
        .file(Some(root().join("scenarios/astana.ron")))
        .lang(Lang::Kk)
        .max_steps(30)
        .build();
    h.run();
    h.key_press(Key::F5);
    h.run();
    assert_eq!(h.state().view.presentation, Some(0), "the title");
    h.key_press(Key::ArrowRight);
    h.run();
    assert_eq!(h.state().view.presentation, Some(1), "the overview");
    h.key_press(Key::ArrowRight);
    h.run();
    assert_eq!(h.state().view.presentation, Some(2));
    set_lang(Lang::Kk);
    let title = tr_args("slide-districts", &[("year", 2029.into())]);
    let map = tr_args("map-title", &[("year", 2029.into())]);
    set_lang(Lang::En);
    assert!(shows_exactly(&h, &title), "{title}");
    assert!(!shows_exactly(&h, &map), "no country map");
    assert!(shows_exactly(&h, "Астана қаласы"));
    for (_, name, _) in ASTANA_2029 {
        assert!(shows_exactly(&h, name), "{name}");
    }
    // The window groups as the export does: 22 287 for Nura.
    assert!(shows_exactly(&h, &num_in(Lang::Kk, 22_287)));
    assert!(shows_exactly(&h, &num_in(Lang::Kk, 7_248)));
}

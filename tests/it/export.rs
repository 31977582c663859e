//! Exported charts and slides: their content matches the projection, text is
//! real text in the chosen language, PNGs have the promised pixel size.

use seatplan::calendar::Day;
use seatplan::export::{self, SLIDE_H, SLIDE_W};
use seatplan::i18n::{Lang, set_lang};
use seatplan::io::{DEFAULT_SCENARIO, load_str};
use seatplan::model::{Projection, Scenario, project};

fn national() -> (Scenario, Projection) {
    let loaded = load_str(DEFAULT_SCENARIO).expect("default parses");
    let p = project(&loaded.scenario);
    (loaded.scenario, p)
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    (be(&bytes[16..20]), be(&bytes[20..24]))
}

#[test]
fn chart_svg_carries_the_projection_values_and_real_text() {
    set_lang(Lang::Ru);
    let (s, p) = national();
    let shymkent = s.region_index("shymkent").expect("shymkent");
    let svg = export::selection_svg(&s, &p, Some(shymkent), None);
    assert!(
        svg.contains(">город Шымкент</text>"),
        "the region name is text"
    );
    // Shymkent 2024: 17 946 − 17 300 = 646 short; 2029: 67 113 − 28 000 = 39 113.
    assert!(svg.contains(r#"data-year="2024" data-value="646""#));
    assert!(svg.contains(r#"data-year="2029" data-value="39113""#));
    assert!(
        svg.contains(">39\u{202F}113</text>"),
        "value labels grouped as in Russian"
    );
    assert!(
        svg.contains(">Остаток дефицита</text>"),
        "legend in Russian"
    );
    for year in 2023..=2029 {
        assert!(
            svg.contains(&format!(">{year}</text>")),
            "year {year} labelled, ungrouped"
        );
    }
    let deficit: Vec<String> = p.regions[shymkent]
        .rows
        .iter()
        .map(|r| r.deficit.to_string())
        .collect();
    assert!(svg.contains(&format!(r#"data-values="{}""#, deficit.join(","))));
    set_lang(Lang::En);
}

#[test]
fn chart_png_is_rendered_at_twice_the_density() {
    set_lang(Lang::Kk);
    let (s, p) = national();
    let svg = export::selection_svg(&s, &p, None, None);
    assert!(svg.contains(">Бүкіл ел</text>"));
    let (bytes, w, h) = export::svg_to_png(&svg, 2.0).expect("renders");
    assert_eq!((w, h), (2400, 1400));
    assert_eq!(png_size(&bytes), (2400, 1400));
    set_lang(Lang::En);
}

#[test]
fn every_slide_is_exported_as_a_full_hd_png() {
    set_lang(Lang::En);
    let (s, p) = national();
    let dir = tempfile::tempdir().expect("temp dir");
    let written =
        export::export_slides(&s, &p, None, dir.path(), Day::new(2026, 11, 22)).expect("exports");
    assert_eq!(
        written.len(),
        3 + 20,
        "title, overview, map and one per region"
    );
    for path in &written {
        let bytes = std::fs::read(path).expect("read png");
        assert_eq!(
            png_size(&bytes),
            (SLIDE_W as u32, SLIDE_H as u32),
            "{}",
            path.display()
        );
    }
    let all = export::slides(&s, None);
    let title = export::slide_svg(&s, &p, None, &all, 0, Day::new(2026, 11, 22));
    assert!(title.contains(">22.11.2026</text>"));
    let overview = export::slide_svg(&s, &p, None, &all, 1, Day::new(2026, 11, 22));
    // Ranked by shortfall at the horizon: Astana's 73 500 comes first.
    let ranking = export::ranking(&p);
    assert_eq!(s.regions[ranking[0].0].id, "astana");
    assert!(overview.contains(">73,500</text>"));
    let map = export::slide_svg(&s, &p, None, &all, 2, Day::new(2026, 11, 22));
    assert!(map.contains(">Seats short in 2029, by region</text>"));
    let region = export::slide_svg(&s, &p, None, &all, 3 + ranking[0].0, Day::new(2026, 11, 22));
    assert!(region.contains(">Astana city</text>"));
    assert!(region.contains(">not closed by 2029</text>"));
    assert!(region.contains(">Illustrative figures: not published</text>"));
}

#[test]
fn the_title_slide_wraps_a_long_name_and_description_to_the_slide() {
    set_lang(Lang::Kk);
    let (s, p) = national();
    let all = export::slides(&s, None);
    let title = export::slide_svg(&s, &p, None, &all, 0, Day::new(2026, 11, 22));
    // Every <text> of the title slide but the footer's, in order.
    let lines: Vec<(f32, String)> = title
        .split("<text ")
        .skip(1)
        .map(|t| {
            let size: f32 = t.split("font-size=\"").nth(1).expect("size")[..4]
                .trim_end_matches('"')
                .parse()
                .expect("a size");
            let body = &t[t.find('>').expect("tag") + 1..t.find("</text>").expect("end")];
            (size, body.to_owned())
        })
        .collect();
    let description = s.description.as_ref().expect("described").get("kk");
    // The Kazakh description (about 170 letters) is over 80 letters of
    // 34 px type, more than the 1680 px it may take: it wraps, and the lines
    // read back as the description, word for word.
    assert!(description.chars().count() > 160);
    let desc: Vec<&str> = lines
        .iter()
        .filter(|(size, _)| *size == 34.0)
        .map(|(_, t)| t.as_str())
        .collect();
    assert!(desc.len() >= 2, "{desc:?}");
    assert_eq!(desc.join(" "), description);
    for (size, line) in &lines {
        // DejaVu Sans is about 0.6 em a letter (0.65 bold, 72 px name).
        let em = if *size == 72.0 { 0.65 } else { 0.6 };
        assert!(
            line.chars().count() as f32 * size * em <= SLIDE_W - 120.0,
            "{line} runs off the slide"
        );
    }
    set_lang(Lang::En);
}

/// The overview's line chart says "National" only for the whole country: a
/// city's file names the city (its PDF read "Ел бойынша", by country).
#[test]
fn the_overview_names_the_file_s_total_not_the_nation() {
    seatplan::i18n::set_lang(seatplan::i18n::Lang::En);
    let load = |f: &str| {
        seatplan::io::load_path(std::path::Path::new(f))
            .expect("loads")
            .scenario
    };
    for (file, title) in [
        (
            "scenarios/kazakhstan-2023-2029.ron",
            "National shortfall by year",
        ),
        ("scenarios/astana.ron", "Astana city: shortfall by year"),
    ] {
        let s = load(file);
        let p = seatplan::model::project(&s);
        let all = export::slides(&s, None);
        let svg = export::slide_svg(&s, &p, None, &all, 1, Day::new(2026, 12, 3));
        assert!(svg.contains(title), "{file}");
    }
    let astana = load("scenarios/astana.ron");
    let p = seatplan::model::project(&astana);
    let all = export::slides(&astana, None);
    assert!(
        !export::slide_svg(&astana, &p, None, &all, 1, Day::new(2026, 12, 3)).contains("National")
    );
}

/// The window's headline says "shortfall now" in the running school year;
/// the slide of the same region said the base year's figure beside it.
#[test]
fn a_region_slide_says_the_shortfall_now_as_the_window_does() {
    set_lang(Lang::En);
    let (s, p) = national();
    let astana = s.region_index("astana").expect("astana");
    let all = export::slides(&s, None);
    let n = all
        .iter()
        .position(|&x| x == seatplan::deck::Slide::Region(astana))
        .expect("Astana's slide");
    let short_in = |year: i32| {
        let row = p.regions[astana].rows.iter().find(|r| r.year == year);
        seatplan::i18n::num(row.expect("a row").shortfall)
    };
    // 3 December 2026 and 1 May 2027 are both in the school year 2026.
    for day in [Day::new(2026, 12, 3), Day::new(2027, 5, 1)] {
        let slide = export::slide_svg(&s, &p, None, &all, n, day);
        assert!(slide.contains(">Shortfall now (2026)</text>"), "{day:?}");
        assert!(slide.contains(&format!(">{}</text>", short_in(2026))));
        assert!(!slide.contains("(2023)"));
    }
    // Before the file's first year, "now" is its base year.
    let early = export::slide_svg(&s, &p, None, &all, n, Day::new(2020, 1, 1));
    assert!(early.contains(">Shortfall now (2023)</text>"));
    assert!(early.contains(&format!(">{}</text>", short_in(2023))));
}

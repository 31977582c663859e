//! Exported charts and slides: their content matches the projection, text is
//! real text in the chosen language, PNGs have the promised pixel size.

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
    let svg = export::selection_svg(&s, &p, Some(shymkent));
    assert!(
        svg.contains(">город Шымкент</text>"),
        "the region name is text"
    );
    // Shymkent 2024: 17 946 − 17 300 = 646 short; 2029: 51 836 − 28 000 = 23 836.
    assert!(svg.contains(r#"data-year="2024" data-value="646""#));
    assert!(svg.contains(r#"data-year="2029" data-value="23836""#));
    assert!(
        svg.contains(">23\u{202F}836</text>"),
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
    let svg = export::selection_svg(&s, &p, None);
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
    let written = export::export_slides(&s, &p, dir.path(), "22.11.2026").expect("exports");
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
    let all = export::slides(&s);
    let title = export::slide_svg(&s, &p, &all, 0, "22.11.2026");
    assert!(title.contains(">22.11.2026</text>"));
    let overview = export::slide_svg(&s, &p, &all, 1, "22.11.2026");
    // Ranked by shortfall at the horizon: Astana's 73 500 comes first.
    let ranking = export::ranking(&p);
    assert_eq!(s.regions[ranking[0].0].id, "astana");
    assert!(overview.contains(">73,500</text>"));
    let map = export::slide_svg(&s, &p, &all, 2, "22.11.2026");
    assert!(map.contains(">Seats short in 2029, by region</text>"));
    let region = export::slide_svg(&s, &p, &all, 3 + ranking[0].0, "22.11.2026");
    assert!(region.contains(">Astana city</text>"));
    assert!(region.contains(">not closed by 2029</text>"));
    assert!(region.contains(">Illustrative figures: not published</text>"));
}

//! The national file's 17 regions without a published deficit (issue 23):
//! each keeps its 2024/25 share of the national deficit and grows by its
//! own compound pupil growth in the statistics bureau's regional table,
//! converted to design seats at two shifts (docs/sources.md, section 5).
//! Recomputed here from the bureau's figures, so a changed file or a
//! changed method shows.

use seatplan::io::load_path;
use seatplan::model::project;

use crate::common::root;

/// Region, its 2024 level (a share of 213 142 seats by pupils), its pupils
/// 2024/25, and the bureau's day-school pupils at the start and at 2021/22
/// with the years between. Abai, Jetisu and Ulytau take their parent's
/// figures; Turkistan and Shymkent start in 2017/18 (the 2016/17 Turkistan
/// figure still includes Shymkent, which has none then).
const REGIONS: [(&str, i64, f64, f64, f64, i32); 17] = [
    ("abai", 10675, 161_267.0, 183_112.0, 199_579.0, 5),
    ("akmola", 10675, 161_267.0, 116_309.0, 135_238.0, 5),
    ("aktobe", 10675, 161_267.0, 131_506.0, 168_394.0, 5),
    ("almaty-region", 10675, 161_267.0, 356_990.0, 452_231.0, 5),
    ("atyrau", 10675, 161_267.0, 110_468.0, 140_243.0, 5),
    ("east-kazakhstan", 10674, 161_267.0, 183_112.0, 199_579.0, 5),
    ("jambyl", 10674, 161_267.0, 209_170.0, 244_778.0, 5),
    ("jetisu", 10674, 161_267.0, 356_990.0, 452_231.0, 5),
    ("karaganda", 10674, 161_267.0, 186_388.0, 210_313.0, 5),
    ("kostanay", 10674, 161_267.0, 103_938.0, 112_702.0, 5),
    ("kyzylorda", 10674, 161_267.0, 143_040.0, 176_542.0, 5),
    ("north-kazakhstan", 10674, 161_267.0, 72_305.0, 75_093.0, 5),
    ("pavlodar", 10674, 161_267.0, 98_114.0, 114_716.0, 5),
    ("shymkent", 17946, 271_123.0, 186_827.0, 239_308.0, 4),
    ("turkistan", 35081, 530_000.0, 451_331.0, 510_629.0, 4),
    ("ulytau", 10674, 161_267.0, 186_388.0, 210_313.0, 5),
    ("west-kazakhstan", 10674, 161_267.0, 96_345.0, 115_085.0, 5),
];

#[test]
fn the_seventeen_regions_grow_by_their_own_pupils_at_two_shifts() {
    let s = load_path(&root().join("scenarios/kazakhstan-2023-2029.ron"))
        .expect("loads")
        .scenario;
    let mut levels = 0;
    for (id, level, pupils, first, last, years) in REGIONS {
        let region = s.regions.iter().find(|r| r.id == id).expect(id);
        let deficit = region.deficit.as_ref().expect("a deficit map");
        let rate = (last / first).powf(1.0 / f64::from(years)) - 1.0;
        assert_eq!(deficit[&2023], level, "{id}: 2023 held at 2024");
        assert_eq!(deficit[&2024], level, "{id}");
        for y in 2025..=2029 {
            let grown = pupils * ((1.0 + rate).powi(y - 2024) - 1.0) / 2.0;
            assert_eq!(deficit[&y], level + grown.round() as i64, "{id} {y}");
        }
        let source = region.source.as_deref().unwrap_or_default();
        assert!(source.contains("at two shifts"), "{id}: {source}");
        assert!(!source.contains("2.5 %"), "{id}: the uniform rate is gone");
        levels += level;
    }
    // With Astana 27 000, Almaty city 33 000 and Mangystau 15 358: the
    // published national 288 500 in 2024/25.
    assert_eq!(levels, 213_142);
    assert_eq!(levels + 27_000 + 33_000 + 15_358, 288_500);
}

/// Hand-checked: over five years (1 + rate)^5 is the table's ratio, so
/// North Kazakhstan 2029 = 10 674 + round(161 267 × (75 093 / 72 305 − 1) / 2)
/// = 10 674 + round(3 109.13) = 13 783; Akmola 2029 = 10 675 +
/// round(161 267 × 18 929 / 116 309 / 2) = 10 675 + round(13 122.6) = 23 798.
/// The national shortfall in 2029 (TOTAL of `seatplan report`) is 592 357,
/// down from 693 966 with the uniform 2.5 % a year.
#[test]
fn hand_checked_2029_figures_and_the_national_shortfall() {
    let s = load_path(&root().join("scenarios/kazakhstan-2023-2029.ron"))
        .expect("loads")
        .scenario;
    let deficit = |id: &str| {
        s.regions
            .iter()
            .find(|r| r.id == id)
            .and_then(|r| r.deficit.as_ref())
            .map(|d| d[&2029])
    };
    assert_eq!(deficit("north-kazakhstan"), Some(13_783));
    assert_eq!(deficit("akmola"), Some(23_798));
    let p = project(&s);
    let total = p.total.iter().find(|r| r.year == 2029).expect("2029");
    assert_eq!(total.shortfall, 592_357);
    assert_eq!(total.deficit, 835_589);
}

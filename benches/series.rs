//! Region-by-year tables (issue 23): reading a CSV in the statistics
//! bureau's layout, matching its rows and writing the values, for the 20
//! regions × 30 years and for 211 districts × 30 years (goal: each under
//! 100 ms).
//!
//! Run: `cargo bench --bench series -- --warm-up-time 1 --measurement-time 5`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use seatplan::io::import::{self, Series, SeriesOptions};
use seatplan::io::load_str;
use seatplan::model::Scenario;

const YEARS: i32 = 30;

/// The 20 regions as the bureau names them, and as the file names them.
const REGIONS: [(&str, &str, &str, &str); 20] = [
    ("astana", "City", "город Нур-Султан", "город Астана"),
    ("almaty-city", "City", "город Алматы", "город Алматы"),
    ("shymkent", "City", "город Шымкент", "город Шымкент"),
    ("abai", "Oblast", "Абай", "область Абай"),
    ("akmola", "Oblast", "Акмолинская", "Акмолинская область"),
    ("aktobe", "Oblast", "Актюбинская", "Актюбинская область"),
    (
        "almaty-region",
        "Oblast",
        "Алматинская",
        "Алматинская область",
    ),
    ("atyrau", "Oblast", "Атырауская", "Атырауская область"),
    (
        "east-kazakhstan",
        "Oblast",
        "Восточно-Казахстанская",
        "Восточно-Казахстанская область",
    ),
    ("jambyl", "Oblast", "Жамбылская", "Жамбылская область"),
    ("jetisu", "Oblast", "Жетісу", "область Жетісу"),
    (
        "karaganda",
        "Oblast",
        "Карагандинская",
        "Карагандинская область",
    ),
    ("kostanay", "Oblast", "Костанайская", "Костанайская область"),
    (
        "kyzylorda",
        "Oblast",
        "Кызылординская",
        "Кызылординская область",
    ),
    (
        "mangystau",
        "Oblast",
        "Мангистауская",
        "Мангистауская область",
    ),
    (
        "north-kazakhstan",
        "Oblast",
        "Северо-Казахстанская",
        "Северо-Казахстанская область",
    ),
    ("pavlodar", "Oblast", "Павлодарская", "Павлодарская область"),
    (
        "turkistan",
        "Oblast",
        "Туркестанская*",
        "Туркестанская область",
    ),
    ("ulytau", "Oblast", "Ұлытау", "область Ұлытау"),
    (
        "west-kazakhstan",
        "Oblast",
        "Западно-Казахстанская",
        "Западно-Казахстанская область",
    ),
];

fn table(labels: &[String]) -> Vec<u8> {
    let mut out = String::from("Численность учащихся по регионам\nчеловек\n");
    for y in 0..YEARS {
        let start = 1995 + y;
        out.push_str(&format!(";{start}/{:02}", (start + 1) % 100));
    }
    out.push_str("\nРеспублика Казахстан");
    for y in 0..YEARS {
        out.push_str(&format!(";{}", 3_000_000 + y * 1000));
    }
    out.push('\n');
    for (i, label) in labels.iter().enumerate() {
        out.push_str(label);
        for y in 0..YEARS {
            out.push_str(&format!(";{} {:03}", 10 + i, y));
        }
        out.push('\n');
    }
    out.push_str("* Footnote.\n");
    out.into_bytes()
}

fn regions_case() -> (Scenario, Vec<u8>) {
    let regions: Vec<String> = REGIONS
        .iter()
        .map(|(id, kind, _, ru)| {
            format!(
                r#"Region(id: "{id}", name: (ru: "{ru}"), kind: {kind}, deficit: {{2023: 1000}}),"#
            )
        })
        .collect();
    let text = format!(
        "Scenario(format: 1, name: \"Bench\", base_year: 2023, horizon: 2029, regions: [{}], schools: [])",
        regions.join("\n")
    );
    let scenario = load_str(&text).expect("parses").scenario;
    let labels: Vec<String> = REGIONS.iter().map(|(_, _, l, _)| (*l).to_owned()).collect();
    (scenario, table(&labels))
}

/// 211 district names, unique, made of three syllables.
fn district_names() -> Vec<String> {
    const S: [&str; 8] = ["Ала", "тау", "бек", "сай", "көл", "жар", "құм", "бұлақ"];
    (0..211)
        .map(|i| format!("{}{}{} ауданы", S[i % 8], S[(i / 8) % 8], S[(i / 64) % 8]))
        .collect()
}

fn districts_case() -> (Scenario, Vec<u8>) {
    let names = district_names();
    let districts: Vec<String> = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            format!(r#"District(id: "d{i:03}", name: (kk: "{n}"), deficit: {{2023: 100}}),"#)
        })
        .collect();
    let text = format!(
        "Scenario(format: 1, name: \"Bench\", base_year: 2023, horizon: 2029, regions: [Region(id: \"country\", name: (ru: \"Страна\"), kind: Oblast, districts: [{}])], schools: [])",
        districts.join("\n")
    );
    let scenario = load_str(&text).expect("parses").scenario;
    (scenario, table(&names))
}

fn run(scenario: &Scenario, bytes: &[u8], district_of: Option<&str>) -> usize {
    let wb = import::read_csv(bytes, "table").expect("reads");
    let options = SeriesOptions {
        series: Series::Deficit,
        section: None,
        district_of: district_of.map(str::to_owned),
    };
    let plan = import::plan_series(&wb, scenario, &options).expect("plans");
    let mut s = scenario.clone();
    import::apply_series(&mut s, &plan).expect("no errors")
}

fn bench(c: &mut Criterion) {
    let (scenario, bytes) = regions_case();
    assert_eq!(run(&scenario, &bytes, None), 20 * 30 - skipped_by_splits());
    c.bench_function("series_20_regions_x_30_years", |b| {
        b.iter(|| run(black_box(&scenario), black_box(&bytes), None));
    });
    let (scenario, bytes) = districts_case();
    assert_eq!(run(&scenario, &bytes, Some("country")), 211 * 30);
    c.bench_function("series_211_districts_x_30_years", |b| {
        b.iter(|| run(black_box(&scenario), black_box(&bytes), Some("country")));
    });
}

/// Values the boundary changes leave out: Abai, Jetisu, Ulytau before
/// 2022 (27 years from 1995), Shymkent before 2018 (23 years).
fn skipped_by_splits() -> usize {
    3 * 27 + 23
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! The series import on small tables: districts by name, names not guessed.

use super::series::*;
use crate::io::import::read_csv;
use crate::io::load_str;

const CITY: &str = r#"Scenario(format: 1, name: "Almaty", base_year: 2023, horizon: 2029,
    regions: [
        Region(id: "almaty-city", name: (kk: "Алматы қаласы", ru: "город Алматы"), kind: City,
            districts: [
                District(id: "alatau", name: (kk: "Алатау ауданы", ru: "Алатауский район"), deficit: {2023: 100}),
                District(id: "bostandyk", name: (ru: "Бостандыкский район"), deficit: {2023: 200}),
            ]),
        Region(id: "almaty-region", name: (kk: "Алматы облысы", ru: "Алматинская область"), kind: Oblast, deficit: {2023: 1}),
    ],
    schools: [])"#;

fn plan(csv: &str, series: Series, district_of: Option<&str>) -> SeriesImport {
    let scenario = load_str(CITY).expect("parses").scenario;
    let wb = read_csv(csv.as_bytes(), "t").expect("reads");
    let options = SeriesOptions {
        series,
        section: None,
        district_of: district_of.map(str::to_owned),
    };
    plan_series(&wb, &scenario, &options).expect("plans")
}

#[test]
fn districts_of_a_region_by_their_names() {
    let csv = "Дефицит мест;;\n;2023;2024\nгород Алматы;900;1000\nАлатауский район;500;600\nБостандыкский р-н;-;…\nМедеуский район;1;2\n";
    let p = plan(csv, Series::Deficit, Some("almaty-city"));
    assert_eq!(p.totals, [2], "the city's own row is its total");
    let got: Vec<(&str, Vec<(i32, i64)>)> = p
        .rows
        .iter()
        .map(|r| (r.id.as_str(), r.values.clone().into_iter().collect()))
        .collect();
    assert_eq!(
        got,
        [
            ("alatau", vec![(2023, 500), (2024, 600)]),
            ("bostandyk", vec![(2023, 0)])
        ]
    );
    assert_eq!(p.unmatched, [(5, "Медеуский район".to_owned())]);
    let mut scenario = load_str(CITY).expect("parses").scenario;
    assert_eq!(apply_series(&mut scenario, &p), Some(3));
    let districts = scenario.regions[0].districts.as_ref().expect("districts");
    assert_eq!(districts[0].deficit.as_ref().map(|d| d[&2024]), Some(600));
}

#[test]
fn a_bare_city_name_is_not_guessed_and_a_region_with_districts_refuses_a_series() {
    let csv = ";2023\nАлматы;5\nгород Алматы;6\nАлматы облысы;7\n";
    let p = plan(csv, Series::Deficit, None);
    assert_eq!(p.unmatched, [(1, "Алматы".to_owned())]);
    let codes: Vec<&str> = p.problems.iter().map(|x| x.diagnostic.code).collect();
    assert_eq!(
        codes,
        ["import-series-ambiguous", "import-series-has-districts"]
    );
    assert_eq!(p.rows.len(), 1);
    assert_eq!(p.rows[0].id, "almaty-region");
    let mut scenario = load_str(CITY).expect("parses").scenario;
    assert_eq!(
        apply_series(&mut scenario, &p),
        None,
        "an error: nothing written"
    );
}

/// A district named as the file does not name it: the school importer reads
/// "Туранский район" as "район Туран", and so does the bureau's table.
#[test]
fn a_district_in_the_russian_adjective_form_matches_its_other_names() {
    const TOWN: &str = r#"Scenario(format: 1, name: "Shymkent", base_year: 2023, horizon: 2029,
    regions: [Region(id: "shymkent", name: (ru: "город Шымкент"), kind: City, districts: [
        District(id: "turan", name: (kk: "Тұран ауданы", ru: "район Туран"), deficit: {2023: 1}),
        District(id: "karatau", name: (ru: "Каратауский район"), deficit: {2023: 1}),
    ])],
    schools: [])"#;
    let scenario = load_str(TOWN).expect("parses").scenario;
    let csv = ";2023;2024\nТуранский район;10;20\nр-н Каратау;30;40\n";
    let wb = read_csv(csv.as_bytes(), "t").expect("reads");
    let options = SeriesOptions {
        series: Series::Deficit,
        section: None,
        district_of: Some("shymkent".to_owned()),
    };
    let p = plan_series(&wb, &scenario, &options).expect("plans");
    let ids: Vec<&str> = p.rows.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["turan", "karatau"]);
    assert!(p.unmatched.is_empty(), "{:?}", p.unmatched);
}

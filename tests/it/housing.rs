//! Housing (docs/scenario-format.md, "Housing"): pupils from new dwellings
//! worked by hand, districts summing to the region, every rule with where it
//! points in three languages, the what-if, and `seatplan demand` / `housing`
//! byte for byte.

use seatplan::calendar::Day;
use std::collections::BTreeSet;

use seatplan::i18n::{DiagnosticText, Lang, diagnostic_text};
use seatplan::io::{Loaded, load_path, load_str, to_ron_string};
use seatplan::model::{
    Position, SeatUnit, Severity, WhatIf, evaluate_demand, housing_table, project, project_with,
    without_housing,
};

use crate::common::{root, seatplan};

const HOUSING_FILE: &str = "docs/examples/demand-housing.ron";
const GRADES_FILE: &str = "docs/examples/demand-grades.ron";

fn example(path: &str) -> Loaded {
    load_path(&root().join(path)).expect("the worked example loads")
}

fn load(text: &str) -> Loaded {
    match load_str(text) {
        Ok(l) => l,
        Err(d) => panic!("expected the file to parse, got {d:?}"),
    }
}

fn at(percent: u32) -> WhatIf {
    WhatIf {
        housing_percent: percent,
        ..WhatIf::NONE
    }
}

/// The cohort worked example of "Demand" (P = 3 007.5, 3 138.85, 3 179.935
/// unrounded for 2024–2026, L = 2023) with dwellings {2022: 500, 2023: 1000,
/// 2024: 2000} and yield [0.1, 0.25]:
/// H(2024) = 1000·0.1 = 100;
/// H(2025) = 1000·0.25 + 2000·0.1 = 450;
/// H(2026) = 1000·0.25 (last yield held) + 2000·0.25 = 750; 2022 is before L.
/// P = round(3007.5 + 100) = 3108 (a half, away from zero),
///     round(3138.85 + 450) = 3589, round(3179.935 + 750) = 3930;
/// need = round(P·105/200) = 1631.7 → 1632, 1884.225 → 1884, 2063.25 → 2063.
#[test]
fn housing_worked_example() {
    let loaded = example(HOUSING_FILE);
    let d = loaded.scenario.regions[0].demand.as_ref().expect("demand");
    let rows: Vec<(i32, i64, i64, i64)> = evaluate_demand(&loaded.scenario, d)
        .rows
        .iter()
        .map(|r| (r.year, r.pupils, r.need, r.deficit))
        .collect();
    assert_eq!(
        rows,
        vec![
            (2023, 2831, 1486, -14),
            (2024, 3108, 1632, 132),
            (2025, 3589, 1884, 384),
            (2026, 3930, 2063, 563),
        ]
    );
    let before = loaded
        .diagnostics
        .iter()
        .find(|d| d.code == "diag-housing-before-observed")
        .expect("the 2022 completions are named");
    assert_eq!(before.severity, Severity::Warning);
    assert_eq!(
        before.english(),
        "demand of \"north\": the dwellings completed in 2022 are not counted: they are before \
         the last observed school year (2023), so their pupils are in its counts already"
    );
    // `dwellings: {2022: …` on line 23: the year 2022 is at column 33.
    assert_eq!(
        before.position,
        Some(Position {
            line: 23,
            column: 33
        })
    );
}

/// The same file counted in places in two shifts, 3 shifts, margin 20:
/// need = round(P·120·2/(100·3)) = round(0.8·P): 3108 → 2486.4 → 2486,
/// 3589 → 2871.2 → 2871, 3930 → 3144. Housing changes P, never the rule.
#[test]
fn housing_in_two_shift_places() {
    let mut s = example(HOUSING_FILE).scenario;
    s.seat_unit = SeatUnit::TwoShift;
    let d = s.regions[0].demand.as_mut().expect("demand");
    d.shifts = 3;
    d.margin = Some(20);
    let d = d.clone();
    let needs: Vec<(i64, i64)> = evaluate_demand(&s, &d)
        .rows
        .iter()
        .map(|r| (r.pupils, r.need))
        .collect();
    assert_eq!(
        needs,
        vec![(2831, 2265), (3108, 2486), (3589, 2871), (3930, 3144)]
    );
}

#[test]
fn demand_cli_prints_the_pupils_with_housing() {
    let out = seatplan(&["demand", HOUSING_FILE]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "region,district,year,pupils,need,capacity,deficit,observed\n\
         north,,2023,2831,1486,1500,-14,1\n\
         north,,2024,3108,1632,1500,132,0\n\
         north,,2025,3589,1884,1500,384,0\n\
         north,,2026,3930,2063,1500,563,0\n"
    );
}

/// Without housing the plan (100 seats in 2025) leaves 0, 79, 48, 70 short
/// (docs/scenario-format.md, "Demand"); with it the deficits are −14, 132,
/// 384, 563, so 0, 132, 284, 463 short. housing_seats = the difference.
#[test]
fn housing_cli_prints_what_the_programme_calls_for() {
    let out = seatplan(&["housing", HOUSING_FILE]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "region,district,year,dwellings,housing_pupils,shortfall_without,shortfall_with,housing_seats\n\
         north,,2023,1000,0,0,0,0\n\
         north,,2024,2000,100,79,132,53\n\
         north,,2025,0,450,48,284,236\n\
         north,,2026,0,750,70,463,393\n"
    );
    // A file without housing: the header only.
    let out = seatplan(&["housing", GRADES_FILE]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "region,district,year,dwellings,housing_pupils,shortfall_without,shortfall_with,housing_seats\n"
    );
}

/// Two districts by totals, one grade, births 100 a year: k = 1, P = 100.
/// a: capacity 100, dwellings {2023: 100, 2025: 50}, yield [0.5]:
///    H = 50 (2024), 50 (2025), 50 + 25 = 75 (2026); deficit 0, 50, 50, 75;
///    a 60-seat school from 2025: shortfall 0, 50, 0, 15 (without: 0).
/// b: capacity 80, dwellings {2024: 40}, yield [0.25, 0.5]:
///    H = 0, 0, 10, 20; deficit 20, 20, 30, 40 (without: 20 each year).
/// The region: the districts' shortfalls summed, 20, 70, 30, 55 — a's 10
/// spare seats in 2025 never cover b.
const DISTRICTS: &str = r#"Scenario(
    format: 1,
    name: "t",
    base_year: 2023,
    horizon: 2026,
    regions: [
        Region(
            id: "r", name: (en: "R"), kind: City,
            districts: [
                District(id: "a", name: (en: "A"),
                    demand: Demand(capacity: 100, shifts: 1, window: 1, grade_count: 1,
                        births: {2017: 100, 2018: 100, 2019: 100, 2020: 100},
                        pupils: {2023: 100},
                        housing: Housing(dwellings: {2023: 100, 2025: 50}, yield: [0.5]),
                    ),
                ),
                District(id: "b", name: (en: "B"),
                    demand: Demand(capacity: 80, shifts: 1, window: 1, grade_count: 1,
                        births: {2017: 100, 2018: 100, 2019: 100, 2020: 100},
                        pupils: {2023: 100},
                        housing: Housing(dwellings: {2024: 40}, yield: [0.25, 0.5], source: "s"),
                    ),
                ),
            ],
        ),
    ],
    schools: [
        School(id: "s", name: "S", region: "r", district: "a", seats: 60, opens: 2025, status: Planned),
    ],
)"#;

#[test]
fn districts_with_housing_sum_to_the_region() {
    let loaded = load(DISTRICTS);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let p = project(&loaded.scenario);
    let shortfall = |rows: &[seatplan::model::YearRow]| -> Vec<i64> {
        rows.iter().map(|r| r.shortfall).collect()
    };
    let region = &p.regions[0];
    assert_eq!(shortfall(&region.districts[0].rows), vec![0, 50, 0, 15]);
    assert_eq!(shortfall(&region.districts[1].rows), vec![20, 20, 30, 40]);
    assert_eq!(shortfall(&region.rows), vec![20, 70, 30, 55]);
    let rows: Vec<String> = housing_table(&loaded.scenario, &WhatIf::NONE)
        .iter()
        .map(|r| {
            format!(
                "{},{},{},{},{},{},{},{}",
                r.region,
                r.district,
                r.year,
                r.dwellings,
                r.pupils,
                r.shortfall_without,
                r.shortfall_with,
                r.seats()
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            "r,a,2023,100,0,0,0,0",
            "r,a,2024,0,50,0,50,50",
            "r,a,2025,50,50,0,0,0",
            "r,a,2026,0,75,0,15,15",
            "r,b,2023,0,0,20,20,0",
            "r,b,2024,40,0,20,20,0",
            "r,b,2025,0,10,20,30,10",
            "r,b,2026,0,20,20,40,20",
        ]
    );
    // The region's housing seats are the districts' summed: 0, 50, 10, 35.
    let without = project(&without_housing(&loaded.scenario));
    let seats: Vec<i64> = region
        .rows
        .iter()
        .zip(&without.regions[0].rows)
        .map(|(w, wo)| w.shortfall - wo.shortfall)
        .collect();
    assert_eq!(seats, vec![0, 50, 10, 35]);
}

/// The what-if scales every programme and never the file: 0 % is the file
/// without housing (here: the cohort example itself), 100 % the file, 200 %
/// doubles H: 2024 P = round(3007.5 + 200) = 3208, need 1684.2 → 1684.
#[test]
fn housing_what_if_scales_every_area_and_zero_is_no_housing() {
    let with = example(HOUSING_FILE).scenario;
    let plain = example(GRADES_FILE).scenario;
    let before = with.clone();
    assert_eq!(project_with(&with, &at(0)), project(&plain));
    assert_eq!(
        project_with(&with, &at(0)),
        project(&without_housing(&with))
    );
    assert_eq!(project_with(&with, &at(100)), project(&with));
    let double = project_with(&with, &at(200));
    assert_eq!(double.regions[0].rows[1].deficit, 184);
    assert_eq!(with, before, "the file is never changed");
    // Every area: both districts' housing scaled to 0.
    let districts = load(DISTRICTS).scenario;
    assert_eq!(
        project_with(&districts, &at(0)),
        project(&without_housing(&districts))
    );
}

/// A file with every housing rule broken, the housing block from line 12.
const BROKEN: &str = r#"Scenario(
    format: 1,
    name: "t",
    base_year: 2023,
    horizon: 2026,
    regions: [
        Region(
            id: "r", name: (en: "R"), kind: Oblast,
            demand: Demand(capacity: 100, shifts: 1, window: 1, grade_count: 1,
                births: {2017: 100, 2018: 100, 2019: 100, 2020: 100},
                pupils: {2022: 100, 2023: 100},
                housing: Housing(
                    dwellings: {2020: 5, 2021: 6, 2024: -3},
                    yield: [0.2, -0.1, 1.5],
                ),
            ),
        ),
    ],
    schools: [],
)"#;

/// Every rule, with line:column, in en, ru and kk.
#[test]
fn every_housing_rule_points_at_its_value_in_three_languages() {
    let loaded = load(BROKEN);
    let found: Vec<(&str, Severity, Option<Position>)> = loaded
        .diagnostics
        .iter()
        .map(|d| (d.code, d.severity, d.position))
        .collect();
    let pos = |line, column| Some(Position { line, column });
    assert_eq!(
        found,
        vec![
            ("diag-housing-negative-yield", Severity::Error, pos(14, 21)),
            ("diag-housing-yield-high", Severity::Warning, pos(14, 21)),
            (
                "diag-housing-negative-dwellings",
                Severity::Error,
                pos(13, 51)
            ),
        ]
    );
    let text = |i: usize, lang| {
        diagnostic_text(
            loaded.diagnostics[i].code,
            &loaded.diagnostics[i].args,
            lang,
            false,
        )
    };
    assert_eq!(
        loaded.diagnostics[0].english(),
        "demand of \"r\": the housing yield for school year 2 after completion is -0.1: a yield \
         is pupils per dwelling, 0 or more"
    );
    assert_eq!(
        text(1, Lang::Ru),
        "расчёт потребности «r»: коэффициент учеников от жилья для 3-го учебного года после \
         ввода равен 1.5, больше одного ученика на квартиру; проверьте, что это ученики на одну \
         квартиру, а не на 100 квартир и не проценты"
    );
    assert_eq!(
        text(2, Lang::Kk),
        "«r» қажеттілік есебі: 2024 жылғы housing.dwellings мәні -3: бір жылда пайдалануға \
         берілген пәтерлер саны 0 немесе одан көп"
    );
    // The CLI says where, in English.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("broken.ron");
    std::fs::write(&path, BROKEN).expect("write");
    let out = seatplan(&["check", path.to_str().expect("path")]);
    let err =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("broken.ron:13:51: error: demand of \"r\": housing.dwellings for 2024 is -3"),
        "{err}"
    );
    // `housing` on a file with errors: exit 1, nothing on standard output.
    let out = seatplan(&["housing", path.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    // Without the errors: the completions before L (2023) are one warning
    // naming both years, at the first of them.
    let fixed = BROKEN.replace(", 2024: -3", "").replace("-0.1, 1.5", "0.3");
    let loaded = load(&fixed);
    assert_eq!(loaded.diagnostics.len(), 1, "{:?}", loaded.diagnostics);
    let d = &loaded.diagnostics[0];
    assert_eq!(d.position, pos(13, 33));
    assert_eq!(
        diagnostic_text(d.code, &d.args, Lang::Kk, false),
        "«r» қажеттілік есебі: 2020–2021 жылдары пайдалануға берілген пәтерлер есепке \
         алынбайды: олар деректері бар соңғы оқу жылынан (2023) бұрын, олардың оқушылары сол \
         жылдың санында бар"
    );
}

/// The housing keys every file above produces, each read differently in
/// ru and kk with every argument filled (for the i18n test's count).
pub fn every_housing_problem_codes() -> BTreeSet<&'static str> {
    let empty = BROKEN.replace("[0.2, -0.1, 1.5]", "[]");
    let fixed = BROKEN.replace(", 2024: -3", "").replace("-0.1, 1.5", "0.3");
    let mut codes = BTreeSet::new();
    for text in [BROKEN.to_owned(), empty, fixed] {
        for d in &load(&text).diagnostics {
            codes.insert(d.code);
            for lang in [Lang::Kk, Lang::Ru] {
                let t = diagnostic_text(d.code, &d.args, lang, false);
                assert_ne!(t, d.english(), "{} in {lang:?}", d.code);
                assert!(!t.contains("{ $") && !t.contains("{$"), "{t}");
            }
        }
    }
    codes
}

#[test]
fn every_housing_rule_is_exercised() {
    let codes = every_housing_problem_codes();
    assert_eq!(
        codes.into_iter().collect::<Vec<_>>(),
        [
            "diag-housing-before-observed",
            "diag-housing-negative-dwellings",
            "diag-housing-negative-yield",
            "diag-housing-yield-empty",
            "diag-housing-yield-high",
        ]
    );
}

/// Save → load keeps the programme; the saved text takes the fast path.
#[test]
fn housing_saves_and_reads_back() {
    let s = example(HOUSING_FILE).scenario;
    let text = to_ron_string(&s);
    assert!(text.contains(
        "                housing: Housing(\n                    dwellings: {2022: 500, 2023: 1000, 2024: 2000},\n                    yield: [0.1, 0.25],\n"
    ), "{text}");
    assert_eq!(seatplan::io::fast_parse(&text).as_ref(), Some(&s));
    assert_eq!(load(&text).scenario, s);
}

mod gui {
    use egui::accesskit::Role;
    use egui::{Key, Modifiers};
    use egui_kittest::Harness;
    use egui_kittest::kittest::{By, Queryable};
    use seatplan::app::SeatplanApp;
    use seatplan::i18n::Lang;

    use crate::harness::{app, shows_exactly};

    fn open(path: &str) -> Harness<'static, SeatplanApp> {
        let mut h = app()
            .file(Some(crate::common::root().join(path)))
            .lang(Lang::En)
            .max_steps(30)
            .build();
        h.run();
        h.get_by_role_and_label(Role::Button, "North").click();
        h.run();
        h
    }

    const LAYER: &str = "Pupils from new housing";

    /// The cohort example has no housing. A row of dwellings pasted from
    /// 2023, 1 000 then 2 000, begins a programme with the illustrative yield
    /// [0.10, 0.20, 0.28, 0.32]: H(2026) = 1000·0.28 + 2000·0.20 = 680,
    /// P = round(3179.935 + 680) = 3860, need = 3860·105/200 = 2026.5 → 2027,
    /// deficit 527, 427 short after the 100-seat school; without housing 70
    /// (docs/scenario-format.md, "Demand"). 427 − 70 = 357 seats from housing.
    /// The layer and the headline show in the frame the paste is made in;
    /// one undo step takes the programme away.
    #[test]
    fn pasting_a_row_of_dwellings_shows_the_housing_layer_in_the_same_frame() {
        let mut h = open(super::GRADES_FILE);
        assert!(!shows_exactly(&h, LAYER));
        h.get_by_label("Paste dwellings from a spreadsheet").focus();
        h.run();
        h.input_mut()
            .events
            .push(egui::Event::Paste("1 000\t2 000".to_owned()));
        h.run();
        h.get_by_label("Fill dwellings").scroll_to_me();
        h.run();
        h.get_by_label("Fill dwellings").click();
        // One frame: the click, the paste applied, the chart drawn again.
        h.step();
        assert!(shows_exactly(&h, LAYER));
        assert!(shows_exactly(
            &h,
            "Of the shortfall in 2026, 357 seats come from new housing"
        ));
        let housing = h.state().doc.scenario().regions[0]
            .demand
            .as_ref()
            .and_then(|d| d.housing.clone())
            .expect("a programme");
        assert_eq!(
            housing.dwellings.into_iter().collect::<Vec<_>>(),
            vec![(2023, 1000), (2024, 2000)]
        );
        assert_eq!(housing.yields, vec![0.10, 0.20, 0.28, 0.32]);
        h.run();
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run();
        assert!(!shows_exactly(&h, LAYER));
        assert!(
            h.state().doc.scenario().regions[0]
                .demand
                .as_ref()
                .is_some_and(|d| d.housing.is_none())
        );
    }

    fn housing(h: &Harness<'_, SeatplanApp>) -> Option<seatplan::model::Housing> {
        h.state().doc.scenario().regions[0]
            .demand
            .as_ref()
            .and_then(|d| d.housing.clone())
    }

    fn click_in_view(h: &mut Harness<'_, SeatplanApp>, label: &str) {
        h.get_by_label(label).scroll_to_me();
        h.run();
        h.get_by_label(label).click();
        h.run();
    }

    /// Adding a programme, adding a year twice and editing a yield are four
    /// undo steps; each undo takes one back. With yield 1 at 0.5 instead of
    /// 0.1 and no dwellings, nothing changes in the chart: the headline says
    /// 0 seats.
    #[test]
    fn each_housing_edit_is_one_undo_step() {
        let mut h = open(super::GRADES_FILE);
        click_in_view(&mut h, "Add a housing programme");
        assert_eq!(housing(&h).map(|x| x.yields.len()), Some(4));
        assert!(shows_exactly(
            &h,
            "Of the shortfall in 2026, 0 seats come from new housing"
        ));
        click_in_view(&mut h, "Add a year");
        click_in_view(&mut h, "Add a year");
        assert_eq!(
            housing(&h).map(|x| x.yields),
            Some(vec![0.10, 0.20, 0.28, 0.32, 0.32, 0.32])
        );
        h.get_by_label("Pupils per dwelling in school year 1 after completion")
            .set_value_accesskit(0.5);
        h.run();
        assert_eq!(housing(&h).map(|x| x.yields[0]), Some(0.5));
        let undo = |h: &mut Harness<'_, SeatplanApp>| {
            h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
            h.run();
        };
        undo(&mut h);
        assert_eq!(housing(&h).map(|x| x.yields[0]), Some(0.10));
        undo(&mut h);
        assert_eq!(housing(&h).map(|x| x.yields.len()), Some(5));
        undo(&mut h);
        assert_eq!(housing(&h).map(|x| x.yields.len()), Some(4));
        undo(&mut h);
        assert_eq!(housing(&h), None);
        assert!(!shows_exactly(&h, LAYER));
    }

    /// The worked housing example: 393 of the 463 seats short in 2026 come
    /// from housing. The what-if at 0 % gives the file without housing (70
    /// short, 0 from housing) and never changes the file; at 200 %,
    /// H(2026) = 1 500: P = round(3179.935 + 1500) = 4680, need 2457,
    /// deficit 957, 857 short after the 100-seat school, 787 from housing.
    #[test]
    fn the_housing_what_if_at_zero_is_the_file_without_housing() {
        let mut h = open(super::HOUSING_FILE);
        assert!(shows_exactly(
            &h,
            "Of the shortfall in 2026, 393 seats come from new housing"
        ));
        let field = || {
            By::new()
                .role(Role::SpinButton)
                .label("Housing programme at")
        };
        h.get(field()).set_value_accesskit(0.0);
        h.run();
        assert!(shows_exactly(
            &h,
            "Of the shortfall in 2026, 0 seats come from new housing"
        ));
        let plain = seatplan::model::project(
            &seatplan::io::load_path(&crate::common::root().join(super::GRADES_FILE))
                .expect("loads")
                .scenario,
        );
        let short_2026 = plain.total.last().map(|r| r.shortfall);
        assert_eq!(short_2026, Some(70));
        assert!(shows_exactly(&h, "Shortfall 2026: 70"));
        assert!(!h.state().doc.is_dirty(), "a what-if never edits the file");
        h.get(field()).set_value_accesskit(200.0);
        h.run();
        assert!(shows_exactly(
            &h,
            "Of the shortfall in 2026, 787 seats come from new housing"
        ));
    }
}

/// The workbook's Housing sheet, written without cached results and
/// recalculated by LibreOffice: every H(y) its formulas give equals the
/// engine's (the hand-worked figures above), with the last yield held.
#[test]
fn the_workbook_housing_sheet_recalculates_to_the_engine() {
    use seatplan::export::{XlsxOptions, xlsx_bytes};
    if crate::sheets::which_soffice().is_none() {
        println!("skipped: soffice (LibreOffice) is not on PATH");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    // Observed in 1960, sixty years before base_year: the sheet starts 50
    // years before base_year and the 1965 completions enter as a number.
    // yield [0.5]: H = (100 + 10)·0.5 = 55 to 2024, + 5·0.5 = 57.5 from 2025.
    let old = r#"Scenario(format: 1, name: "t", base_year: 2023, horizon: 2029,
        regions: [Region(id: "r", name: (en: "R"), kind: Oblast,
            demand: Demand(capacity: 0, shifts: 1, window: 1, grade_count: 1,
                births: {1954: 100}, pupils: {1960: 100},
                housing: Housing(dwellings: {1965: 100, 1990: 10, 2024: 5}, yield: [0.5])))],
        schools: [])"#;
    let cases = [
        ("example", example(HOUSING_FILE).scenario),
        ("districts", load(DISTRICTS).scenario),
        ("old", load(old).scenario),
    ];
    let mut files = Vec::new();
    for (name, s) in &cases {
        let bytes = xlsx_bytes(
            s,
            &project(s),
            XlsxOptions {
                lang: Lang::En,
                cached_results: false,
            },
        )
        .expect("xlsx");
        let path = dir.path().join(format!("{name}.xlsx"));
        std::fs::write(&path, bytes).expect("write");
        files.push(path);
    }
    let out = crate::sheets::recalculate(dir.path(), &files);
    let want = [
        vec!["2023,1000,0", "2024,2000,100", "2025,0,450", "2026,0,750"],
        vec![
            "2023,100,0",
            "2024,0,50",
            "2025,50,50",
            "2026,0,75",
            "2023,0,0",
            "2024,40,0",
            "2025,0,10",
            "2026,0,20",
        ],
        vec![
            "2023,0,55",
            "2024,5,55",
            "2025,0,57.5",
            "2026,0,57.5",
            "2027,0,57.5",
            "2028,0,57.5",
            "2029,0,57.5",
        ],
    ];
    for ((name, _), want) in cases.iter().zip(want) {
        let rows: Vec<String> = crate::sheets::read_sheet(&out, name, "Housing")
            .into_iter()
            .filter(|r| r.len() >= 3 && r[0].parse::<i32>().is_ok_and(|y| y >= 2023))
            .map(|r| r[..3].join(","))
            .collect();
        assert_eq!(rows, want, "{name}");
    }
}

/// The report folder of a file with housing holds `housing.csv` (the bytes
/// `seatplan housing` prints), and the region's chart and slide carry the
/// housing band: with − without deficit per year, −14 − (−14) = 0, 132 − 79
/// = 53, 384 − 148 = 236, 563 − 170 = 393. A file without housing has
/// neither.
#[test]
fn the_report_folder_has_the_housing_csv_and_the_band() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("r");
    let run = seatplan(&["report", HOUSING_FILE, "--out", out.to_str().expect("path")]);
    assert_eq!(run.status.code(), Some(0));
    let csv = std::fs::read(out.join("housing.csv")).expect("housing.csv");
    assert_eq!(csv, seatplan(&["housing", HOUSING_FILE]).stdout);
    let svg = std::fs::read_to_string(out.join("north.svg")).expect("north.svg");
    assert!(
        svg.contains(r#"<polygon class="housing" data-values="0,53,236,393""#),
        "{svg}"
    );
    assert!(svg.contains(">Pupils from new housing</text>"));
    let s = example(HOUSING_FILE).scenario;
    let slides = seatplan::export::slides(&s, None);
    let region = slides.len() - 1;
    let slide = seatplan::export::slide_svg(
        &s,
        &project(&s),
        None,
        &slides,
        region,
        Day::new(2026, 5, 1),
    );
    assert!(slide.contains(r#"class="housing" data-values="0,53,236,393""#));

    let plain = dir.path().join("p");
    let run = seatplan(&[
        "report",
        GRADES_FILE,
        "--out",
        plain.to_str().expect("path"),
    ]);
    assert_eq!(run.status.code(), Some(0));
    assert!(!plain.join("housing.csv").exists());
    let svg = std::fs::read_to_string(plain.join("north.svg")).expect("north.svg");
    assert!(!svg.contains("housing"));
}

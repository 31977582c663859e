//! Region-by-year tables from the statistics bureau (issue 23): `seatplan
//! import SHEET --into FILE --series ...` on a workbook written here in the
//! bureau's layout, and the same table as a windows-1251 CSV with `;`.

use std::collections::BTreeMap;
use std::path::Path;

use rust_xlsxwriter::Workbook;
use seatplan::io::load_path;
use seatplan::model::Scenario;

use crate::common::seatplan;

/// Six regions with a demand of total pupils (2022 and 2023 observed) and
/// Kazakhstan's region names as the file writes them today.
const SCENARIO: &str = r#"Scenario(
    format: 1,
    name: "Series test",
    base_year: 2023,
    horizon: 2026,
    regions: [
        Region(id: "astana", name: (kk: "Астана қаласы", ru: "город Астана"), kind: City,
            demand: Demand(capacity: 100000, shifts: 2, births: BIRTHS,
                pupils: {2022: 250000, 2023: 260000})),
        Region(id: "almaty-region", name: (kk: "Алматы облысы", ru: "Алматинская область"), kind: Oblast,
            demand: Demand(capacity: 150000, shifts: 2, births: BIRTHS,
                pupils: {2022: 330000, 2023: 335000})),
        Region(id: "jetisu", name: (kk: "Жетісу облысы", ru: "область Жетісу"), kind: Oblast,
            demand: Demand(capacity: 60000, shifts: 2, births: BIRTHS,
                pupils: {2022: 130000, 2023: 131000})),
        Region(id: "turkistan", name: (kk: "Түркістан облысы", ru: "Туркестанская область"), kind: Oblast,
            demand: Demand(capacity: 200000, shifts: 2, births: BIRTHS,
                pupils: {2022: 520000, 2023: 530000})),
        Region(id: "shymkent", name: (kk: "Шымкент қаласы", ru: "город Шымкент"), kind: City,
            demand: Demand(capacity: 90000, shifts: 2, births: BIRTHS,
                pupils: {2022: 250000, 2023: 260000})),
        Region(id: "north-kazakhstan", name: (kk: "Солтүстік Қазақстан облысы", ru: "Северо-Казахстанская область"), kind: Oblast,
            demand: Demand(capacity: 40000, shifts: 2, births: BIRTHS,
                pupils: {2022: 75500, 2023: 75800})),
    ],
    schools: [],
)
"#;

/// [`SCENARIO`] with 30 000 births a year, 2000–2023, in every region.
fn scenario_text() -> String {
    let births: Vec<String> = (2000..=2023).map(|y| format!("{y}: 30000")).collect();
    SCENARIO.replace("BIRTHS", &format!("{{{}}}", births.join(", ")))
}

/// A cell of the table.
#[derive(Clone, Copy)]
enum C {
    S(&'static str),
    N(f64),
    Blank,
}
use C::{Blank, N, S};

const DAY: &str = "Дневные общеобразовательные школы";

/// The bureau's layout: title, units, school years, two sections, `*` and
/// footnote marks, "-" and "…", the national row, a former name (Нур-Султан),
/// a region that did not exist yet (Жетісу) and a row that is no region.
fn table() -> Vec<Vec<C>> {
    let years = [
        "2016/17", "2017/18", "2018/19", "2019/20", "2020/21", "2021/22",
    ];
    let mut head = vec![Blank];
    head.extend(years.iter().map(|y| S(y)));
    let n = |v: [f64; 6]| v.map(N).to_vec();
    let row = |label: &'static str, rest: Vec<C>| {
        let mut r = vec![S(label)];
        r.extend(rest);
        r
    };
    vec![
        vec![S(
            "Численность учащихся общеобразовательных школ по регионам",
        )],
        vec![S("человек")],
        head,
        vec![S(DAY)],
        row(
            "Республика Казахстан",
            n([
                2917826.0, 3039086.0, 3175903.0, 3327777.0, 3472182.0, 3589275.0,
            ]),
        ),
        row(
            "Алматинская",
            n([356990.0, 376637.0, 393902.0, 413740.0, 434809.0, 452231.0]),
        ),
        row(
            "Туркестанская*",
            n([614940.0, 451331.0, 467985.0, 479467.0, 500325.0, 510629.0]),
        ),
        row(
            "город Нур-Султан",
            n([135375.0, 148708.0, 164940.0, 182245.0, 194717.0, 212303.0]),
        ),
        row(
            "город Шымкент",
            vec![
                N(170000.0),
                N(180000.0),
                N(199658.0),
                N(212765.0),
                N(225774.0),
                N(239308.0),
            ],
        ),
        row(
            "Жетісу облысы",
            vec![S("-"), S("-"), S("-"), S("-"), S("-"), S("-")],
        ),
        row(
            "Северо-Казахстанская**",
            vec![
                S("…"),
                N(72212.0),
                N(72028.0),
                S("73 278"),
                N(74692.0),
                N(75093.0),
            ],
        ),
        row("Байконыр", n([10.0, 11.0, 12.0, 13.0, 14.0, 15.0])),
        vec![S("Вечерние (сменные) общеобразовательные школы")],
        row(
            "Республика Казахстан",
            n([5000.0, 4900.0, 4800.0, 4700.0, 4600.0, 4500.0]),
        ),
        row("Алматинская", n([300.0, 290.0, 280.0, 270.0, 260.0, 250.0])),
        vec![S(
            "* До 2018 года — Южно-Казахстанская область, включая г. Шымкент.",
        )],
        vec![S("** С 2014 года данные МОН РК.")],
    ]
}

fn write_xlsx(path: &Path, rows: &[Vec<C>]) {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Всего").expect("sheet name");
    for (r, row) in (0u32..).zip(rows) {
        for (c, cell) in (0u16..).zip(row) {
            match cell {
                S(s) => {
                    ws.write_string(r, c, *s).expect("write");
                }
                N(n) => {
                    ws.write_number(r, c, *n).expect("write");
                }
                Blank => {}
            }
        }
    }
    book.save(path).expect("save workbook");
}

/// The table as Excel on a Russian PC saves "CSV (разделители — точка с
/// запятой)": windows-1251, `;`, CRLF.
fn write_csv_1251(path: &Path, rows: &[Vec<C>]) {
    let text: String = rows
        .iter()
        .map(|row| {
            let cells: Vec<String> = row
                .iter()
                .map(|c| match c {
                    S(s) => (*s).to_owned(),
                    N(n) => format!("{n:.0}"),
                    Blank => String::new(),
                })
                .collect();
            cells.join(";") + "\r\n"
        })
        .collect();
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(&text);
    assert!(!unmappable, "the table is written in windows-1251");
    std::fs::write(path, &bytes).expect("write csv");
}

fn pupils(sc: &Scenario, id: &str) -> BTreeMap<i32, i64> {
    sc.regions
        .iter()
        .find(|r| r.id == id)
        .and_then(|r| r.demand.as_ref())
        .and_then(|d| d.pupils.clone())
        .expect("the region has pupils")
}

fn loaded(path: &Path) -> Scenario {
    load_path(path).expect("loads").scenario
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// Every value lands where it should, whichever the file type.
fn check_imported(ron: &Path, sheet: &Path, sheet_name: &str) {
    let out = seatplan(&[
        "import",
        s(sheet),
        "--into",
        s(ron),
        "--series",
        "pupils",
        "--section",
        "дневные",
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let at = |cell: &str| format!("{}:{sheet_name}!{cell}", s(sheet));
    for expected in [
        format!(
            "{}: warning: \"Алматинская\" for 2016–2021 includes today's Jetisu region, which split off in 2022",
            at("B6")
        ),
        format!(
            "{}: warning: \"Туркестанская*\" for 2016–2017 includes today's Shymkent city, which split off in 2018",
            at("B7")
        ),
        format!(
            "{}: warning: \"город Шымкент\" did not exist before 2018; it was part of South Kazakhstan region (today Turkistan region): its values for 2016–2017 are not imported",
            at("B9")
        ),
        format!(
            "{}: warning: \"Жетісу облысы\" did not exist before 2022; it was part of Almaty region: its values for 2016–2021 are not imported",
            at("B10")
        ),
        format!(
            "{}: warning: \"Байконыр\" is not a region of the file: the row is not imported",
            at("A12")
        ),
        format!(
            "seatplan: {}:{sheet_name}: years in row 3 (2016–2021); section \"{DAY}\"; 6 row(s) matched, 1 not matched, 1 total row(s) left out",
            s(sheet)
        ),
        format!(
            "seatplan: wrote 27 pupils value(s) for 6 region(s) into {}",
            s(ron)
        ),
    ] {
        assert!(err.contains(&expected), "missing {expected}\nin\n{err}");
    }
    let sc = loaded(ron);
    assert_eq!(
        pupils(&sc, "almaty-region"),
        BTreeMap::from([
            (2016, 356990),
            (2017, 376637),
            (2018, 393902),
            (2019, 413740),
            (2020, 434809),
            (2021, 452231),
            (2022, 330000),
            (2023, 335000)
        ])
    );
    assert_eq!(pupils(&sc, "astana")[&2016], 135375);
    assert_eq!(pupils(&sc, "astana")[&2021], 212303);
    assert_eq!(pupils(&sc, "turkistan")[&2016], 614940);
    let shym = pupils(&sc, "shymkent");
    assert_eq!(shym.keys().next(), Some(&2018));
    assert_eq!(shym[&2018], 199658);
    // "-" reads 0, but Jetisu did not exist before 2022: nothing added.
    assert_eq!(
        pupils(&sc, "jetisu"),
        BTreeMap::from([(2022, 130000), (2023, 131000)])
    );
    // "…" is missing, "73 278" is grouped.
    let north = pupils(&sc, "north-kazakhstan");
    assert_eq!(north.keys().next(), Some(&2017));
    assert_eq!(north[&2019], 73278);
}

#[test]
fn bureau_workbook_values_land_in_each_regions_demand() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ron = dir.path().join("plan.ron");
    std::fs::write(&ron, scenario_text()).expect("write");
    let xlsx = dir.path().join("pupils.xlsx");
    write_xlsx(&xlsx, &table());
    check_imported(&ron, &xlsx, "Всего");
}

#[test]
fn bureau_csv_in_windows_1251_reads_the_same() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ron = dir.path().join("plan.ron");
    std::fs::write(&ron, scenario_text()).expect("write");
    let csv = dir.path().join("pupils.csv");
    write_csv_1251(&csv, &table());
    check_imported(&ron, &csv, "pupils");
    let out = seatplan(&[
        "import",
        s(&csv),
        "--into",
        s(&ron),
        "--series",
        "pupils",
        "--section",
        "вечерние",
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("warning: the file is not UTF-8 and was read as windows-1251"),
        "{err}"
    );
}

/// No section chosen, a cell that is no number, a region given twice:
/// errors at their cells, exit 1, and the file is left byte for byte.
#[test]
fn nothing_is_written_on_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ron = dir.path().join("plan.ron");
    std::fs::write(&ron, scenario_text()).expect("write");
    let xlsx = dir.path().join("pupils.xlsx");
    write_xlsx(&xlsx, &table());
    let out = seatplan(&["import", s(&xlsx), "--into", s(&ron), "--series", "pupils"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!(
            "{}:Всего: error: the sheet has several sections (\"{DAY}\", \"Вечерние (сменные) общеобразовательные школы\"): choose one with --section TEXT",
            s(&xlsx)
        )),
        "{err}"
    );
    let mut rows = table();
    rows[5][3] = S("37 66x");
    rows[8][0] = S("Южно-Казахстанская");
    write_xlsx(&xlsx, &rows);
    let out = seatplan(&[
        "import",
        s(&xlsx),
        "--into",
        s(&ron),
        "--series",
        "pupils",
        "--section",
        DAY,
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let at = |cell: &str| format!("{}:Всего!{cell}", s(&xlsx));
    assert!(
        err.contains(&format!(
            "{}: error: \"37 66x\" is not a whole number",
            at("D6")
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{}: error: \"Южно-Казахстанская\" is turkistan again",
            at("A9")
        )),
        "{err}"
    );
    assert!(err.contains("nothing imported"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&ron).expect("read"),
        scenario_text()
    );
    // Deficits go only into a deficit map: the regions here have a demand.
    std::fs::write(&xlsx, b"").expect("truncate");
    write_xlsx(&xlsx, &table());
    let out = seatplan(&[
        "import",
        s(&xlsx),
        "--into",
        s(&ron),
        "--series",
        "deficit",
        "--section",
        DAY,
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!(
            "{}: error: astana has a demand (pupils and capacity), not a deficit map",
            at("A8")
        )),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(&ron).expect("read"),
        scenario_text()
    );
}

#[test]
fn section_without_series_is_a_usage_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ron = dir.path().join("plan.ron");
    std::fs::write(&ron, scenario_text()).expect("write");
    let xlsx = dir.path().join("pupils.xlsx");
    write_xlsx(&xlsx, &table());
    let out = seatplan(&[
        "import",
        s(&xlsx),
        "--into",
        s(&ron),
        "--region",
        "astana",
        "--section",
        DAY,
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("add --series pupils|births|deficit|capacity"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(&ron).expect("read"),
        scenario_text()
    );
}

//! Spreadsheets in and out (issue 12): `seatplan import` from xlsx/ods/csv
//! with Russian and Kazakh headers, and `report --xlsx / --csv-excel`.
//! Fixtures are written by the tests with rust_xlsxwriter and csv.

use std::path::{Path, PathBuf};

use calamine::{Data, Reader, open_workbook_auto};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use seatplan::export::{XlsxOptions, excel_csv_bytes, xlsx_bytes};
use seatplan::i18n::Lang;
use seatplan::io::import::{self, Field, ImportOptions, MapTarget};
use seatplan::io::{load_path, load_str};
use seatplan::model::{
    District, Funding, LocalizedName, Scenario, SchoolStatus, Severity, project,
};

use crate::common::{root, seatplan};

/// One region (Astana, 10 000 seats short in 2023 and flat) and one school
/// already planned, `ast-1`.
const SCENARIO: &str = r#"Scenario(
    format: 1,
    name: "Import test",
    base_year: 2023,
    horizon: 2029,
    regions: [
        Region(id: "astana", name: (kk: "Астана қаласы", ru: "город Астана"), kind: City,
            deficit: {2023: 10000}),
    ],
    schools: [
        School(id: "ast-1", name: "Existing", region: "astana", seats: 900, opens: 2024,
            status: Commissioned),
    ],
)
"#;

/// A cell of a fixture sheet.
enum C {
    S(&'static str),
    N(f64),
    Date(u16, u8, u8),
    Blank,
}

fn write_fixture(path: &Path, sheet: &str, rows: &[Vec<C>]) {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(sheet).expect("sheet name");
    let date = Format::new().set_num_format("dd.mm.yyyy");
    for (r, row) in (0u32..).zip(rows) {
        for (c, cell) in (0u16..).zip(row) {
            match cell {
                C::S(s) => {
                    ws.write_string(r, c, *s).expect("write");
                }
                C::N(n) => {
                    ws.write_number(r, c, *n).expect("write");
                }
                C::Date(y, m, d) => {
                    let dt = ExcelDateTime::from_ymd(*y, *m, *d).expect("date");
                    ws.write_datetime_with_format(r, c, &dt, &date)
                        .expect("write");
                }
                C::Blank => {}
            }
        }
    }
    book.save(path).expect("save fixture");
}

struct Fixture {
    _dir: tempfile::TempDir,
    ron: PathBuf,
    sheet: PathBuf,
}

fn fixture(sheet_file: &str, sheet: &str, rows: &[Vec<C>]) -> Fixture {
    let dir = tempfile::tempdir().expect("temp dir");
    let ron = dir.path().join("plan.ron");
    std::fs::write(&ron, SCENARIO).expect("write scenario");
    let path = dir.path().join(sheet_file);
    write_fixture(&path, sheet, rows);
    Fixture {
        _dir: dir,
        ron,
        sheet: path,
    }
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

fn import_cli(f: &Fixture, extra: &[&str]) -> (i32, String) {
    let mut args = vec![
        "import",
        s(&f.sheet),
        "--into",
        s(&f.ron),
        "--region",
        "astana",
    ];
    args.extend_from_slice(extra);
    let out = seatplan(&args);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn schools_of(ron: &Path) -> Vec<seatplan::model::School> {
    load_path(ron).expect("the scenario loads").scenario.schools
}

/// The sheet planners send: a title row, an empty row, Russian headers,
/// numbers with unit words and grouping, years with "г.", statuses in words.
fn ministry_sheet() -> Vec<Vec<C>> {
    use C::*;
    vec![
        vec![S(
            "Перечень школ, планируемых к вводу в г. Астане, 2025–2027 гг.",
        )],
        vec![],
        vec![
            S("№"),
            S("Наименование объекта"),
            S("Район"),
            S("Мощность (мест)"),
            S("Год ввода"),
            S("Статус"),
            S("Источник финансирования"),
        ],
        vec![
            N(1.0),
            S("Школа на 1 200 мест, ж.м. Юго-Восток"),
            S("Байконур"),
            S("1 200 мест"),
            S("2025 г."),
            S("строится"),
            S("республиканский бюджет"),
        ],
        vec![
            N(2.0),
            S("Школа на 900 мест, ул. Кошкарбаева"),
            S("Нура"),
            N(900.0),
            N(2026.0),
            S("планируется"),
            S("ГЧП"),
        ],
        vec![
            N(3.0),
            S("Мектеп, 600 орын"),
            S("Есіл"),
            S("600\u{A0}орын"),
            S("2027 ж."),
            S("жоспарланған"),
            S("жергілікті бюджет"),
        ],
        vec![
            S("Итого"),
            Blank,
            Blank,
            S("2\u{202F}700"),
            Blank,
            Blank,
            Blank,
        ],
    ]
}

#[test]
fn a_russian_sheet_with_a_title_row_is_imported_with_every_value_read() {
    let f = fixture("schools.xlsx", "Лист1", &ministry_sheet());
    let (code, err) = import_cli(&f, &[]);
    assert_eq!(code, 0, "{err}");
    let file = s(&f.sheet);
    // The header is row 3 (title and blank rows above); the "Итого" row is
    // named, not imported.
    assert!(err.contains("header row 3"), "{err}");
    assert!(
        err.contains(&format!(
            "{file}:Лист1!A7: warning: \"Итого\" is a total row, not a school: it is skipped"
        )),
        "{err}"
    );
    let schools = schools_of(&f.ron);
    assert_eq!(schools.len(), 4, "the existing school and three new ones");
    let new = &schools[1..];
    // ids REGION-OPENS-NN, one opening year each here.
    let ids: Vec<&str> = new.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids, ["astana-2025-01", "astana-2026-01", "astana-2027-01"]);
    assert_eq!(new[0].name, "Школа на 1 200 мест, ж.м. Юго-Восток");
    assert_eq!(
        new.iter().map(|x| x.seats).collect::<Vec<_>>(),
        [1200, 900, 600]
    );
    assert_eq!(
        new.iter().map(|x| x.opens).collect::<Vec<_>>(),
        [2025, 2026, 2027]
    );
    assert_eq!(
        new.iter().map(|x| x.status).collect::<Vec<_>>(),
        [
            SchoolStatus::UnderConstruction,
            SchoolStatus::Planned,
            SchoolStatus::Planned
        ]
    );
    assert_eq!(
        new.iter().map(|x| x.funding).collect::<Vec<_>>(),
        [
            Some(Funding::Republican),
            Some(Funding::Ppp),
            Some(Funding::Local)
        ]
    );
    // Without districts in the region, the district is a free label.
    assert_eq!(new[2].district.as_deref(), Some("Есіл"));
    assert!(new.iter().all(|x| x.region == "astana" && x.replaces == 0));
    // Written like a save: the previous version is kept as plan.ron.bak.
    let bak = f.ron.with_file_name("plan.ron.bak");
    assert_eq!(std::fs::read_to_string(bak).expect("backup"), SCENARIO);
}

#[test]
fn a_bad_cell_is_named_by_its_address_and_nothing_is_written() {
    use C::*;
    let mut rows = ministry_sheet();
    rows[4][3] = S("много"); // D5
    rows[5][4] = S("скоро"); // E6
    let f = fixture("schools.xlsx", "Лист1", &rows);
    let (code, err) = import_cli(&f, &[]);
    assert_eq!(code, 1, "{err}");
    let file = s(&f.sheet);
    assert!(
        err.contains(&format!(
            "{file}:Лист1!D5: error: \"много\" is not a whole number of seats: write it like 1200, 1 200 or 1 200 мест"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{file}:Лист1!E6: error: \"скоро\" is not a year: write it like 2025, 2025 г., 2025 ж. or as a date"
        )),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&f.ron).expect("read"), SCENARIO);
    assert!(!f.ron.with_file_name("plan.ron.bak").exists());

    // --skip-bad imports the one good row (row 4) and leaves the two out.
    let (code, err) = import_cli(&f, &["--skip-bad"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("added 1 school(s)"), "{err}");
    assert!(err.contains("2 row(s) with errors left out"), "{err}");
    let schools = schools_of(&f.ron);
    assert_eq!(schools.len(), 2);
    assert_eq!(schools[1].seats, 1200);
}

#[test]
fn an_id_already_in_the_file_is_an_error() {
    use C::*;
    let rows = vec![
        vec![S("Код"), S("Название"), S("Мест"), S("Год открытия")],
        vec![S("ast-1"), S("Дубль"), N(300.0), N(2025.0)],
        vec![S("ast-2"), S("Новая"), N(300.0), N(2025.0)],
        vec![S("ast-2"), S("Новая ещё раз"), N(300.0), N(2025.0)],
    ];
    let f = fixture("ids.xlsx", "Sheet1", &rows);
    let (code, err) = import_cli(&f, &[]);
    assert_eq!(code, 1, "{err}");
    let file = s(&f.sheet);
    assert!(
        err.contains(&format!(
            "{file}:Sheet1!A2: error: id \"ast-1\" is already used by a school in the scenario"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{file}:Sheet1!A4: error: id \"ast-2\" is used twice in the sheet (first in row 3)"
        )),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&f.ron).expect("read"), SCENARIO);
}

#[test]
fn every_header_word_of_the_issue_is_recognised() {
    let cases: [(Field, &[&str]); 8] = [
        (
            Field::Name,
            &[
                "Наименование",
                "Название школы",
                "Мектептің атауы",
                "School name",
            ],
        ),
        (Field::District, &["Район", "Аудан", "District"]),
        (
            Field::Seats,
            &["Кол-во мест", "Мощность", "Орын саны", "Seats", "Capacity"],
        ),
        (
            Field::Replaces,
            &["Заменяемые места", "Ауыстырылатын орын", "Replaces"],
        ),
        (
            Field::Opens,
            &[
                "Год ввода",
                "Год открытия",
                "Ввод",
                "Ашылу жылы",
                "Пайдалануға беру жылы",
                "Opens",
                "Year",
            ],
        ),
        (Field::Status, &["Статус", "Мәртебесі", "STATUS"]),
        (
            Field::Funding,
            &["Финансирование", "Қаржыландыру", "Funding"],
        ),
        (Field::Id, &["Код", "ID", "School id"]),
    ];
    for (field, headers) in cases {
        for h in headers {
            assert_eq!(import::header_field(h), Some(field), "{h}");
        }
    }
    // Not headers of any field: a row number, a location, a word with "id"
    // inside.
    for h in ["№ п/п", "Место расположения", "Paid", "Примечание"] {
        assert_eq!(import::header_field(h), None, "{h}");
    }
}

#[test]
fn every_number_year_status_and_funding_form_is_read() {
    for (text, seats) in [
        ("1200", 1200),
        ("1 200", 1200),
        ("1\u{A0}200", 1200),
        ("1\u{202F}200", 1200),
        ("1 200 мест", 1200),
        ("1 200 орын", 1200),
        ("1 200 орынға", 1200),
        ("1,200 seats", 1200),
        ("1 200 places", 1200),
        ("12 000", 12000),
    ] {
        assert_eq!(import::parse_seats_text(text), Ok(seats), "{text}");
    }
    for text in ["1,5", "1 20", "двести", "1200 тенге", "-300"] {
        assert!(import::parse_seats_text(text).is_err(), "{text}");
    }
    for (text, year) in [
        ("2025", 2025),
        ("2025 г.", 2025),
        ("2025 г", 2025),
        ("2025 год", 2025),
        ("2025 ж.", 2025),
        ("2025 жыл", 2025),
        ("01.09.2026", 2026),
    ] {
        assert_eq!(import::parse_year_text(text), Ok(year), "{text}");
    }
    for text in ["25", "в 2025", "сентябрь"] {
        assert!(import::parse_year_text(text).is_err(), "{text}");
    }
    use SchoolStatus::*;
    for (text, status) in [
        ("планируется", Planned),
        ("Жоспарланған", Planned),
        ("planned", Planned),
        ("Строится", UnderConstruction),
        ("салынуда", UnderConstruction),
        ("Салынып жатыр", UnderConstruction),
        ("under construction", UnderConstruction),
        ("введена", Commissioned),
        ("Введен", Commissioned),
        ("пайдалануға берілді", Commissioned),
        ("Commissioned", Commissioned),
    ] {
        assert_eq!(import::parse_status(text), Some(status), "{text}");
    }
    assert_eq!(import::parse_status("отменена"), None);
    use Funding::*;
    for (text, funding) in [
        ("республиканский бюджет", Republican),
        ("Республиканский", Republican),
        ("Республикалық бюджет", Republican),
        ("местный бюджет", Local),
        ("жергілікті бюджет", Local),
        ("Комфортная школа", ComfortableSchool),
        ("Жайлы мектеп", ComfortableSchool),
        ("ГЧП", Ppp),
        ("МЖӘ", Ppp),
        ("государственно-частное партнёрство", Ppp),
        ("частные инвестиции", Private),
        ("Частный", Private),
        ("Republican", Republican),
        ("Local", Local),
        ("Comfortable School", ComfortableSchool),
        ("PPP", Ppp),
        ("Private", Private),
        ("Other", Other),
    ] {
        assert_eq!(import::parse_funding(text), Some(funding), "{text}");
    }
}

/// Date cells, number cells, an empty status (warning) and Kazakh headers,
/// through the library: the typed result the window's dialog shows.
#[test]
fn date_cells_and_an_empty_status_through_the_typed_result() {
    use C::*;
    let rows = vec![
        vec![
            S("Атауы"),
            S("Орын"),
            S("Ашылу жылы"),
            S("Мәртебе"),
            S("Ауыстырылатын орын"),
        ],
        vec![
            S("№ 1 мектеп"),
            N(1500.0),
            Date(2026, 9, 1),
            Blank,
            S("300"),
        ],
        vec![
            S("№ 2 мектеп"),
            S("2 000 орындық"),
            N(2028.0),
            S("салынуда"),
            Blank,
        ],
    ];
    let f = fixture("kk.xlsx", "Парақ1", &rows);
    let wb = import::read(&f.sheet, None).expect("read");
    let scenario = load_path(&f.ron).expect("load").scenario;
    let plan = import::plan(
        &wb,
        &scenario,
        &ImportOptions {
            region: "astana".into(),
            overrides: vec![],
        },
    )
    .expect("plan");
    assert_eq!(plan.header_row, Some(0));
    assert_eq!(plan.sheet, "Парақ1");
    assert_eq!(plan.mapping.get(Field::Name), Some(0));
    assert_eq!(plan.mapping.get(Field::Replaces), Some(4));
    assert_eq!(plan.mapping.get(Field::Id), None);
    let schools: Vec<_> = plan.good_schools().collect();
    assert_eq!(schools.len(), 2);
    assert_eq!(
        (schools[0].opens, schools[0].seats, schools[0].replaces),
        (2026, 1500, 300)
    );
    assert_eq!(schools[0].status, SchoolStatus::Planned);
    assert_eq!((schools[1].opens, schools[1].seats), (2028, 2000));
    // The empty status cell D2 is a warning, with its translation key.
    let warnings: Vec<_> = plan.problems.iter().filter(|p| !p.is_error()).collect();
    assert_eq!(warnings.len(), 1, "{:?}", plan.problems);
    assert_eq!(warnings[0].address(), "D2");
    assert_eq!(warnings[0].diagnostic.severity, Severity::Warning);
    assert_eq!(warnings[0].diagnostic.code, "import-no-status");
    assert_eq!(
        warnings[0].text(Lang::Ru),
        "статус не указан: школа импортируется как планируемая"
    );
}

#[test]
fn map_overrides_the_headers_and_names_columns_by_letter_or_text() {
    use C::*;
    // Headers that match nothing: the planner says which column is which.
    let rows = vec![
        vec![S("Объект"), S("Кол."), S("Срок")],
        vec![S("Школа А"), N(600.0), N(2025.0)],
    ];
    let f = fixture("odd.xlsx", "Sheet1", &rows);
    let (code, err) = import_cli(&f, &[]);
    assert_eq!(code, 1);
    assert!(
        err.contains("no header row found in the first 20 rows"),
        "{err}"
    );
    let (code, err) = import_cli(&f, &["--map", "name=Объект,seats=B", "--map", "opens=C"]);
    assert_eq!(code, 0, "{err}");
    let schools = schools_of(&f.ron);
    assert_eq!(schools[1].name, "Школа А");
    assert_eq!((schools[1].seats, schools[1].opens), (600, 2025));
    assert_eq!(
        import::parse_map("seats=C,district=").expect("parses"),
        [
            (Field::Seats, MapTarget::Column(2)),
            (Field::District, MapTarget::Ignore)
        ]
    );
    assert!(import::parse_map("rooms=C").is_err());
}

#[test]
fn csv_in_windows_1251_with_semicolons_and_utf8_with_commas() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ron = dir.path().join("plan.ron");
    std::fs::write(&ron, SCENARIO).expect("write");
    // Excel's "CSV (разделители — запятые)" on a Russian PC: windows-1251, `;`.
    let text = "Список школ\r\nНаименование;Мест;Год ввода;Статус\r\nШкола \"Болашак\";1 200 мест;2025 г.;строится\r\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
    let legacy = dir.path().join("список.csv");
    std::fs::write(&legacy, &bytes).expect("write csv");
    let out = seatplan(&[
        "import",
        s(&legacy),
        "--into",
        s(&ron),
        "--region",
        "astana",
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains(&format!(
            "{}:список: warning: the file is not UTF-8 and was read as windows-1251",
            s(&legacy)
        )),
        "{err}"
    );
    let schools = schools_of(&ron);
    assert_eq!(schools[1].name, "Школа \"Болашак\"");
    assert_eq!((schools[1].seats, schools[1].opens), (1200, 2025));

    // UTF-8 with a BOM and commas; quoted grouped number.
    let utf8 = dir.path().join("schools.csv");
    std::fs::write(
        &utf8,
        "\u{FEFF}Name,Seats,Opens,Status,Funding\nNew school,\"1,500 seats\",2026,planned,Comfortable School\n",
    )
    .expect("write csv");
    let out = seatplan(&["import", s(&utf8), "--into", s(&ron), "--region", "astana"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(!err.contains("windows-1251"), "{err}");
    let schools = schools_of(&ron);
    assert_eq!(schools[2].name, "New school");
    assert_eq!(schools[2].seats, 1500);
    assert_eq!(schools[2].funding, Some(Funding::ComfortableSchool));
}

fn districted() -> Scenario {
    let mut sc = load_str(SCENARIO).expect("parses").scenario;
    let district = |id: &str, ru: &str, kk: &str| District {
        id: id.into(),
        name: LocalizedName {
            kk: Some(kk.into()),
            ru: Some(ru.into()),
            en: None,
        },
        deficit: Some([(2023, 4000)].into_iter().collect()),
        demand: None,
        illustrative: false,
        source: None,
    };
    sc.regions[0].deficit = None;
    sc.regions[0].districts = Some(vec![
        district("baikonur", "район Байконур", "Байқоңыр ауданы"),
        district("nura", "район Нура", "Нұра ауданы"),
    ]);
    sc.schools.clear();
    sc
}

#[test]
fn in_a_region_with_districts_the_district_must_be_an_id_or_a_name() {
    use C::*;
    let rows = vec![
        vec![S("Наименование"), S("Район"), S("Мест"), S("Год ввода")],
        vec![S("Школа 1"), S("nura"), N(600.0), N(2025.0)],
        vec![S("Школа 2"), S("Байқоңыр ауданы"), N(600.0), N(2025.0)],
        vec![S("Школа 3"), S("район нура"), N(600.0), N(2026.0)],
        vec![S("Школа 4"), S("Есиль"), N(600.0), N(2026.0)],
        vec![S("Школа 5"), Blank, N(600.0), N(2026.0)],
        // The Russian adjective form of the file's "район Байконур".
        vec![S("Школа 6"), S("Байконурский район"), N(600.0), N(2026.0)],
    ];
    let f = fixture("d.xlsx", "Sheet1", &rows);
    let wb = import::read(&f.sheet, Some("sheet1")).expect("read, sheet name in any case");
    let plan = import::plan(
        &wb,
        &districted(),
        &ImportOptions {
            region: "astana".into(),
            overrides: vec![],
        },
    )
    .expect("plan");
    let districts: Vec<_> = plan
        .rows
        .iter()
        .map(|r| r.school.as_ref().and_then(|x| x.district.clone()))
        .collect();
    assert_eq!(
        districts,
        [
            Some("nura".into()),
            Some("baikonur".into()),
            Some("nura".into()),
            None,
            None,
            Some("baikonur".into())
        ]
    );
    let errors: Vec<String> = plan
        .problems
        .iter()
        .filter(|p| p.is_error())
        .map(|p| p.display("d.xlsx", &plan.sheet))
        .collect();
    assert_eq!(
        errors,
        [
            "d.xlsx:Sheet1!B5: error: \"Есиль\" is not a district of Астана қаласы: write one of Байқоңыр ауданы, Нұра ауданы",
            "d.xlsx:Sheet1!B6: error: the school has no district: region Астана қаласы is planned by district (Байқоңыр ауданы, Нұра ауданы)",
        ]
    );
}

/// The national scenario exported, read back with calamine: sheet 1 holds
/// exactly the `seatplan report` figures (as cached formula results), sheet
/// 2 the schools, sheet 3 the deficits.
#[test]
fn exported_workbook_reads_back_with_the_report_figures() {
    let dir = tempfile::tempdir().expect("temp dir");
    let national = root().join("scenarios/kazakhstan-2023-2029.ron");
    let out = dir.path().join("national.xlsx");
    let run = seatplan(&["report", s(&national), "--xlsx", s(&out), "--lang", "kk"]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let report = String::from_utf8(seatplan(&["report", s(&national)]).stdout).expect("utf-8");
    let mut book = open_workbook_auto(&out).expect("open");
    assert_eq!(book.sheet_names(), ["Болжам", "Мектептер", "Тапшылық"]);
    let projection = book.worksheet_range("Болжам").expect("sheet 1");
    let rows: Vec<&[Data]> = projection.rows().collect();
    assert_eq!(rows[0][0], Data::String("Өңір коды".into()));
    let lines: Vec<&str> = report.lines().skip(1).collect();
    assert_eq!(rows.len() - 1, lines.len());
    for (row, line) in rows[1..].iter().zip(&lines) {
        let fields: Vec<&str> = line.split(',').collect();
        assert_eq!(row[0], Data::String(fields[0].into()));
        for (col, field) in [2usize, 3, 4, 5, 6, 7].into_iter().zip(&fields[1..]) {
            let want: f64 = field.parse().expect("number");
            assert_eq!(row[col], Data::Float(want), "{line} column {col}");
        }
    }
    // The formulas themselves are there for Excel to recalculate.
    let formulas = book.worksheet_formula("Болжам").expect("formulas");
    assert_eq!(
        formulas.get_value((1, 6)),
        Some(&"MAX(0,D2-F2)".to_string())
    );
    assert_eq!(formulas.get_value((2, 5)), Some(&"F2+E3".to_string()));
    let scenario = load_path(&national).expect("load").scenario;
    let schools = book.worksheet_range("Мектептер").expect("sheet 2");
    assert_eq!(schools.height(), scenario.schools.len() + 1);
    for (row, school) in schools.rows().skip(1).zip(&scenario.schools) {
        assert_eq!(row[0], Data::String(school.id.clone()));
        assert_eq!(row[4], Data::Float(f64::from(school.seats)));
        assert_eq!(row[6], Data::Float(school.net_seats() as f64));
        assert_eq!(row[7], Data::Float(f64::from(school.opens)));
    }
    let deficit = book.worksheet_range("Тапшылық").expect("sheet 3");
    let p = project(&scenario);
    let first = &p.regions[0].rows[0];
    assert_eq!(
        deficit.get((1, 0)),
        Some(&Data::String(p.regions[0].id.clone()))
    );
    assert_eq!(
        deficit.get((1, 3)),
        Some(&Data::Float(first.deficit as f64))
    );
}

/// Export the schools sheet in Russian, import it back into the scenario
/// without its schools: the same schools come back, named as the sheet
/// showed them (one text, in Russian).
#[test]
fn the_schools_sheet_imports_back_into_the_same_schools() {
    let dir = tempfile::tempdir().expect("temp dir");
    let astana = root().join("scenarios/astana.ron");
    let scenario = load_path(&astana).expect("load").scenario;
    let bytes =
        xlsx_bytes(&scenario, &project(&scenario), XlsxOptions::new(Lang::Ru)).expect("xlsx");
    let book = dir.path().join("astana.xlsx");
    std::fs::write(&book, bytes).expect("write");
    let region = scenario.regions[0].id.clone();
    let mut empty = scenario.clone();
    empty.schools.clear();
    let wb = import::read(&book, Some("Школы")).expect("read");
    let plan = import::plan(
        &wb,
        &empty,
        &ImportOptions {
            region,
            overrides: vec![],
        },
    )
    .expect("plan");
    assert!(!plan.has_errors(), "{:?}", plan.problems);
    // The sheet has no source column: compare the rest.
    let strip = |s: &seatplan::model::School| seatplan::model::School {
        source: None,
        ..s.clone()
    };
    let back: Vec<_> = plan.good_schools().map(strip).collect();
    let want: Vec<_> = scenario
        .schools
        .iter()
        .map(|s| seatplan::model::School {
            name: s.name.get("ru").into(),
            ..strip(s)
        })
        .collect();
    assert_eq!(want[0].name, "Школа на 2 000 мест, район Нура");
    assert_eq!(back.len(), want.len());
    assert_eq!(back, want);
}

#[test]
fn csv_for_excel_has_a_bom_semicolons_and_crlf() {
    let dir = tempfile::tempdir().expect("temp dir");
    let national = root().join("scenarios/kazakhstan-2023-2029.ron");
    let out = dir.path().join("p.csv");
    let run = seatplan(&[
        "report",
        s(&national),
        "--csv-excel",
        s(&out),
        "--lang",
        "ru",
    ]);
    assert_eq!(run.status.code(), Some(0));
    let bytes = std::fs::read(&out).expect("read");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let text = std::str::from_utf8(&bytes[3..]).expect("utf-8");
    let report = String::from_utf8(seatplan(&["report", s(&national)]).stdout).expect("utf-8");
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "Код региона;Регион;Год;Дефицит;Введено;Введено нарастающим итогом;Остаток дефицита;Избыток мест"
    );
    assert_eq!(lines.last(), Some(&""), "ends with CRLF");
    assert!(!text.replace("\r\n", "").contains('\n'));
    // Same figures as the report, with the region's Russian name added.
    for (ours, theirs) in lines[1..lines.len() - 1].iter().zip(report.lines().skip(1)) {
        let ours: Vec<&str> = ours.split(';').collect();
        let theirs: Vec<&str> = theirs.split(',').collect();
        assert_eq!(ours[0], theirs[0]);
        assert_eq!(ours[2..], theirs[1..]);
    }
    assert!(text.contains("astana;город Астана;2023;"));
    let scenario = load_path(&national).expect("load").scenario;
    assert_eq!(
        excel_csv_bytes(&scenario, &project(&scenario), Lang::Ru).expect("csv"),
        bytes
    );
}

/// LibreOffice recalculates workbooks written WITHOUT cached results: every
/// figure it shows is one its own formulas computed from the schools sheet.
/// Each must equal `seatplan report`: for the national scenario, for it
/// after a school's seats and another's opening year are changed, for
/// Almaty planned by district (its district rows on the deficit sheet equal
/// `report --districts`), and for deficits derived from demand.
#[test]
fn libreoffice_recalculates_the_workbook_to_the_report_figures() {
    if which_soffice().is_none() {
        println!(
            "skipped: soffice (LibreOffice) is not on PATH; install libreoffice-calc-nogui to run this check"
        );
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let load = |name: &str| {
        load_path(&root().join("scenarios").join(name))
            .expect("load")
            .scenario
    };
    let base = load("kazakhstan-2023-2029.ron");
    let mut changed = base.clone();
    changed.schools[0].seats += 700;
    changed.schools[1].opens += 2;
    let almaty = load("almaty-city.ron");
    assert!(almaty.regions[0].districts.is_some(), "planned by district");
    let demand = load("kazakhstan-demand.ron");
    let cases = [
        // Cyrillic sheet names in the formulas' references, too.
        ("base", &base, Lang::Kk),
        ("changed", &changed, Lang::En),
        ("almaty", &almaty, Lang::Ru),
        ("demand", &demand, Lang::En),
    ];
    let mut files = Vec::new();
    for (name, sc, lang) in cases {
        let bytes = xlsx_bytes(
            sc,
            &project(sc),
            XlsxOptions {
                lang,
                cached_results: false,
            },
        )
        .expect("xlsx");
        let path = dir.path().join(format!("{name}.xlsx"));
        std::fs::write(&path, bytes).expect("write");
        files.push(path);
    }
    let out = recalculate(dir.path(), &files);
    for (name, sc, lang) in cases {
        let p = project(sc);
        let sheet = |key| seatplan::i18n::tr_in(lang, key, &[]);
        let projection = read_sheet(&out, name, &sheet("xlsx-sheet-projection"));
        compare_rows(&projection, &seatplan::cli::report_csv(&p), name, |row| {
            // region id, then year and the five figures (B is the name)
            std::iter::once(row[0].clone())
                .chain(row[2..8].iter().cloned())
                .collect()
        });
        let districts: Vec<Vec<String>> = read_sheet(&out, name, &sheet("xlsx-sheet-deficit"))
            .into_iter()
            .filter(|row| row[0].contains('/'))
            .collect();
        compare_rows(&districts, &seatplan::cli::districts_csv(&p), name, |row| {
            let (region, district) = row[0].split_once('/').expect("REGION/DISTRICT");
            [region.to_owned(), district.to_owned()]
                .into_iter()
                .chain(row[2..8].iter().cloned())
                .collect()
        });
    }
}

pub(crate) fn which_soffice() -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join("soffice"))
            .find(|p| p.is_file())
    })
}

/// Converts every sheet of each workbook to CSV with LibreOffice forced to
/// recalculate on load (a throwaway profile with OOXMLRecalcMode = 0), in
/// one run (its start-up dominates); returns the output folder.
pub(crate) fn recalculate(dir: &Path, files: &[PathBuf]) -> PathBuf {
    let profile = dir.join("profile");
    std::fs::create_dir_all(profile.join("user")).expect("profile dir");
    std::fs::write(
        profile.join("user/registrymodifications.xcu"),
        include_str!("../../scripts/recalc-profile.xcu"),
    )
    .expect("profile");
    let out = dir.join("csv");
    let run = std::process::Command::new("soffice")
        // Without a UTF-8 locale LibreOffice writes no per-sheet file and
        // still exits 0.
        .env("LC_ALL", "C.UTF-8")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--norestore", "--convert-to"])
        .arg("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1")
        .arg("--outdir")
        .arg(&out)
        .args(files)
        .output()
        .expect("soffice runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    out
}

/// The rows under the header of sheet `sheet` of workbook `name`, as
/// LibreOffice wrote them.
pub(crate) fn read_sheet(out: &Path, name: &str, sheet: &str) -> Vec<Vec<String>> {
    let path = out.join(format!("{name}-{sheet}.csv"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("LibreOffice wrote no {}: {e}", path.display()));
    csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("csv row").iter().map(str::to_owned).collect())
        .collect()
}

/// Every recalculated row, turned into the CLI's columns by `pick`, equals
/// the CLI's row: same count, same order, exactly; no error cells.
fn compare_rows(
    rows: &[Vec<String>],
    cli_csv: &str,
    name: &str,
    pick: impl Fn(&[String]) -> Vec<String>,
) {
    let want: Vec<&str> = cli_csv.lines().skip(1).collect();
    assert_eq!(rows.len(), want.len(), "{name}: row count");
    for (row, line) in rows.iter().zip(&want) {
        assert!(
            row.iter()
                .all(|c| !c.starts_with('#') && !c.starts_with("Err:")),
            "{name}: {row:?}"
        );
        assert_eq!(pick(row).join(","), *line, "{name}");
    }
}

/// Every message of the importer and every name in the workbook exists in
/// the three languages, fills in all its arguments, and is translated.
#[test]
fn import_and_workbook_texts_are_translated() {
    use seatplan::i18n::{Arg, SOURCES, message_ids, tr_in};
    let en = message_ids(SOURCES[2].1).expect("en parses");
    let keys: Vec<&String> = en
        .iter()
        .filter(|k| k.starts_with("import-") || k.starts_with("xlsx-"))
        .collect();
    assert!(keys.len() > 50, "{}", keys.len());
    let args: Vec<(&str, Arg)> = [
        "file", "reason", "sheet", "sheets", "region", "regions", "rows", "field", "example",
        "column", "row", "value", "from", "to", "ids", "id", "n", "count", "ready", "bad", "year",
        "part", "fields", "max", "schools", "sections", "first", "parent", "years", "child",
        "series",
    ]
    .into_iter()
    .map(|a| (a, Arg::Text("X".into())))
    .collect();
    for key in keys {
        let english = tr_in(Lang::En, key, &args);
        for lang in [Lang::Kk, Lang::Ru] {
            let text = tr_in(lang, key, &args);
            assert!(
                !text.contains('{') && text != *key,
                "{key} in {lang:?}: {text}"
            );
            // Ids and the abbreviation "ГЧП" may read the same; sentences may not.
            if english.len() > 12 {
                assert_ne!(text, english, "{key} is translated into {lang:?}");
            }
        }
    }
}

//! A planned or existing school's `name` may be one text or one per language
//! (docs/scenario-format.md, "Translated school names"): read by both
//! readers, shown in the chosen language with the kk → ru → en fallback,
//! saved in the form read, and printed in the `--lang` language.

use egui::accesskit::Role;
use egui_kittest::kittest::{By, Queryable};
use seatplan::i18n::Lang;
use seatplan::io::{fast_parse, load_str, ron_parse, to_ron_string};
use seatplan::model::{LocalizedName, Text};

use crate::common::seatplan;
use crate::harness::app;

/// Written as the writer writes, so saving it again gives the same bytes.
const FILE: &str = r#"Scenario(
    format: 1,
    name: "Nura",
    base_year: 2024,
    horizon: 2027,
    seat_unit: Design,
    regions: [
        Region(
            id: "nura",
            name: (kk: "Нұра ауданы", ru: "район Нура", en: "Nura district"),
            kind: City,
            deficit: {2024: 3000, 2027: 3000},
        ),
    ],
    schools: [
        School(
            id: "n-1",
            name: (kk: "2 000 орындық мектеп, Нұра", ru: "Школа на 2 000 мест, Нура", en: "School for 2 000 seats, Nura"),
            region: "nura",
            seats: 2000,
            opens: 2025,
            status: Planned,
        ),
        School(
            id: "n-2",
            name: "Gymnasium 7",
            region: "nura",
            seats: 600,
            opens: 2026,
            status: Planned,
        ),
        School(
            id: "n-3",
            name: (ru: "Лицей", en: "Lyceum"),
            region: "nura",
            seats: 300,
            opens: 2026,
            status: Planned,
        ),
    ],
    existing: [
        Existing(
            id: "e-1",
            name: (kk: "№1 мектеп", ru: "Школа №1"),
            region: "nura",
            capacity: 900,
            pupils: {2024: 1100},
        ),
        Existing(
            id: "e-2",
            name: "School 2",
            region: "nura",
            capacity: 400,
            pupils: {2024: 380},
        ),
    ],
)
"#;

#[test]
fn both_forms_round_trip_byte_for_byte_through_both_readers() {
    let loaded = load_str(FILE).expect("loads");
    let s = &loaded.scenario;
    assert_eq!(s.schools[1].name, Text::Plain("Gymnasium 7".into()));
    assert!(matches!(s.schools[0].name, Text::Translated(_)));
    assert!(matches!(s.existing[0].name, Text::Translated(_)));
    assert_eq!(to_ron_string(s), FILE);
    // The fast reader takes the layout and agrees with RON.
    let fast = fast_parse(FILE).expect("the fast reader takes the writer's layout");
    assert_eq!(fast, ron_parse(FILE).expect("RON reads it"));
}

#[test]
fn names_fall_back_kk_ru_en() {
    let s = load_str(FILE).expect("loads").scenario;
    let n = &s.schools[0].name;
    assert_eq!(n.get("kk"), "2 000 орындық мектеп, Нұра");
    assert_eq!(n.get("ru"), "Школа на 2 000 мест, Нура");
    assert_eq!(n.get("en"), "School for 2 000 seats, Nura");
    // No Kazakh: Russian; no English: Kazakh first.
    assert_eq!(s.schools[2].name.get("kk"), "Лицей");
    assert_eq!(s.existing[0].name.get("en"), "№1 мектеп");
    assert_eq!(s.schools[1].name.get("kk"), "Gymnasium 7");
}

/// A translated name with no language at all cannot be read (`()` is no
/// text): the writer must never write it.
#[test]
fn a_translated_name_with_no_language_is_saved_so_that_it_opens_again() {
    let mut s = load_str(FILE).expect("loads").scenario;
    s.name = Text::Translated(LocalizedName::default());
    s.description = Some(Text::Translated(LocalizedName::default()));
    s.schools[0].name = Text::Translated(LocalizedName::default());
    s.existing[1].name = Text::Translated(LocalizedName::default());
    let text = to_ron_string(&s);
    assert!(!text.contains("name: ()"), "{text}");
    let again = ron_parse(&text).expect("the saved file opens again");
    assert_eq!(again.schools[0].name.get("ru"), "");
    assert!(matches!(again.schools[0].name, Text::Translated(_)));
    assert_eq!(fast_parse(&text), Some(again));
    // What was read is written unchanged from then on.
    assert_eq!(to_ron_string(&ron_parse(&text).expect("reads")), text);
}

/// The schools sheet of `report --xlsx` (cells B2…) in the `--lang` language.
fn sheet_names(lang: Option<&str>) -> Vec<String> {
    use calamine::{Reader, Xlsx, open_workbook};
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("nura.ron");
    std::fs::write(&file, FILE).expect("write");
    let out = dir.path().join("nura.xlsx");
    let mut args = vec![
        "report",
        file.to_str().expect("utf-8"),
        "--xlsx",
        out.to_str().expect("utf-8"),
    ];
    if let Some(lang) = lang {
        args.extend(["--lang", lang]);
    }
    let run = seatplan(&args);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let mut book: Xlsx<_> = open_workbook(&out).expect("opens");
    let sheet = book.sheet_names()[1].clone();
    let range = book.worksheet_range(&sheet).expect("schools sheet");
    (1..=3)
        .map(|row| {
            range
                .get_value((row, 1))
                .map(ToString::to_string)
                .unwrap_or_default()
        })
        .collect()
}

#[test]
fn the_exported_schools_sheet_names_schools_in_the_lang_language() {
    assert_eq!(
        sheet_names(Some("kk")),
        ["2 000 орындық мектеп, Нұра", "Gymnasium 7", "Лицей"]
    );
    assert_eq!(
        sheet_names(Some("ru")),
        ["Школа на 2 000 мест, Нура", "Gymnasium 7", "Лицей"]
    );
    assert_eq!(
        sheet_names(Some("en")),
        ["School for 2 000 seats, Nura", "Gymnasium 7", "Lyceum"]
    );
}

/// The schools table shows each name in the window's language, and typing
/// changes only that language.
#[test]
fn the_window_shows_and_edits_the_name_in_its_language() {
    for (lang, shown, lyceum) in [
        (Lang::Kk, "2 000 орындық мектеп, Нұра", "Лицей"),
        (Lang::Ru, "Школа на 2 000 мест, Нура", "Лицей"),
        (Lang::En, "School for 2 000 seats, Nura", "Lyceum"),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("nura.ron");
        std::fs::write(&file, FILE).expect("write");
        let mut h = app().file(Some(file)).lang(lang).max_steps(30).build();
        h.run();
        let field = |v: &'static str| By::new().role(Role::TextInput).value(v);
        assert!(h.query(field(shown)).is_some(), "{lang:?}: {shown}");
        assert!(h.query(field(lyceum)).is_some(), "{lang:?}: {lyceum}");
        assert!(h.query(field("Gymnasium 7")).is_some(), "{lang:?}");
        if lang == Lang::Ru {
            h.get(field(shown)).focus();
            h.run();
            h.get(field(shown)).type_text(" (новая)");
            h.run();
            let name = &h.state().doc.scenario().schools[0].name;
            assert_eq!(name.get("ru"), "Школа на 2 000 мест, Нура (новая)");
            assert_eq!(name.get("kk"), "2 000 орындық мектеп, Нұра");
            assert_eq!(name.get("en"), "School for 2 000 seats, Nura");
        }
    }
}

/// Every shipped school, planned or existing, is named in all three
/// languages, so no English is left in a Kazakh or Russian table.
#[test]
fn every_shipped_school_is_named_in_kazakh_russian_and_english() {
    let dir = crate::common::root().join("scenarios");
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).expect("scenarios") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        files += 1;
        let s = seatplan::io::load_path(&path).expect("loads").scenario;
        let names = s
            .schools
            .iter()
            .map(|x| (&x.id, &x.name))
            .chain(s.existing.iter().map(|x| (&x.id, &x.name)));
        for (id, name) in names {
            let Text::Translated(n) = name else {
                panic!("{}: {id} has one name only", path.display());
            };
            for lang in [&n.kk, &n.ru, &n.en] {
                assert!(
                    lang.as_deref().is_some_and(|t| !t.is_empty()),
                    "{}: {id} {n:?}",
                    path.display()
                );
            }
            // Kazakh is written in Kazakh letters, not copied from English.
            assert_ne!(n.kk, n.en, "{}: {id}", path.display());
            assert_ne!(n.ru, n.en, "{}: {id}", path.display());
        }
    }
    assert_eq!(files, 6);
}

/// An empty District cell shows "—", not its screen-reader name ("District
/// of School for 600 seats [n-2]" was grey hint text in every empty cell);
/// the name stays the cell's accessible label.
#[test]
fn an_empty_district_cell_shows_a_dash_and_keeps_its_accessible_name() {
    use egui_kittest::kittest::NodeT as _;
    let (h, _dir) = crate::harness::open_text(FILE);
    let cell = h.get_by_label("District of Gymnasium 7 [n-2]");
    assert_eq!(cell.value().as_deref(), Some(""));
    assert_eq!(cell.accesskit_node().data().placeholder(), Some("—"));
}

/// Duplicating a school with a translated name gives a translated copy,
/// each language saying "copy" in its own words; a plain name stays plain.
#[test]
fn a_duplicated_school_is_a_copy_in_every_language() {
    let (mut h, _dir) = crate::harness::open_text(FILE);
    // By accessibility action: the table is wider than the pane here.
    h.get_by_label("Duplicate School for 2 000 seats, Nura [n-1]")
        .click_accesskit();
    h.run();
    let copy = h.state().doc.scenario().schools[1].name.clone();
    assert_eq!(
        copy,
        Text::Translated(LocalizedName {
            kk: Some("2 000 орындық мектеп, Нұра (көшірме)".into()),
            ru: Some("Школа на 2 000 мест, Нура (копия)".into()),
            en: Some("School for 2 000 seats, Nura (copy)".into()),
        })
    );
    h.get_by_label("Duplicate Gymnasium 7 [n-2]")
        .click_accesskit();
    h.run();
    assert_eq!(
        h.state().doc.scenario().schools[3].name,
        Text::Plain("Gymnasium 7 (copy)".into())
    );
}

/// The web page's schools tables name schools in the `--lang` language.
#[test]
fn the_web_page_names_schools_in_the_lang_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("nura.ron");
    std::fs::write(&file, FILE).expect("write");
    for (lang, shown, hidden) in [
        ("kk", "2 000 орындық мектеп, Нұра", "Школа на 2 000 мест"),
        ("ru", "Школа на 2 000 мест, Нура", "орындық"),
        ("en", "School for 2 000 seats, Nura", "Школа на 2 000 мест"),
    ] {
        let out = dir.path().join(lang);
        let run = seatplan(&[
            "report",
            file.to_str().expect("utf-8"),
            "--out",
            out.to_str().expect("utf-8"),
            "--html",
            "--lang",
            lang,
        ]);
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        let page = std::fs::read_to_string(out.join("index.html")).expect("page");
        assert!(page.contains(&format!("<tr><td>{shown}</td>")), "{lang}");
        assert!(!page.contains(hidden), "{lang}");
    }
}

/// `diff` compares and prints a school's name as shown, kk → ru → en: a new
/// Kazakh name is a change, a plain name turned into the same text
/// translated is none.
#[test]
fn diff_compares_school_names_as_shown() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = dir.path().join("a.ron");
    let b = dir.path().join("b.ron");
    std::fs::write(&a, FILE).expect("write");
    let changed = FILE
        .replace("(kk: \"№1 мектеп\", ", "(kk: \"№1 гимназия\", ")
        .replace("name: \"Gymnasium 7\"", "name: (en: \"Gymnasium 7\")");
    std::fs::write(&b, changed).expect("write");
    let run = seatplan(&[
        "diff",
        a.to_str().expect("utf-8"),
        b.to_str().expect("utf-8"),
    ]);
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        "what,region,id,field,a,b\nexisting,nura,e-1,name,№1 мектеп,№1 гимназия\n"
    );
}

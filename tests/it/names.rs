//! A scenario's `name` and `description` may be one text or one per language
//! (`(kk: …, ru: …, en: …)`): read, shown in the chosen language with the
//! kk → ru → en fallback, and saved in the form they were read.

use seatplan::io::{load_str, to_ron_string};
use seatplan::model::{LocalizedName, Text};

use crate::common::seatplan;

const TRANSLATED: &str = r#"Scenario(
    format: 1,
    name: (kk: "Шымкент жоспары", ru: "План Шымкента", en: "Shymkent plan"),
    description: (ru: "Только по-русски"),
    base_year: 2023,
    horizon: 2025,
    regions: [
        Region(id: "shymkent", name: (kk: "Шымкент қаласы", en: "Shymkent city"), kind: City,
            deficit: {2023: 1000, 2025: 1200}),
    ],
    schools: [],
)"#;

#[test]
fn translated_names_load_fall_back_and_save_in_the_same_form() {
    let loaded = load_str(TRANSLATED).expect("loads");
    let s = &loaded.scenario;
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    assert_eq!(s.name.get("kk"), "Шымкент жоспары");
    assert_eq!(s.name.get("ru"), "План Шымкента");
    assert_eq!(s.name.get("en"), "Shymkent plan");
    // Only Russian given: every language shows it.
    let d = s.description.as_ref().expect("description");
    assert_eq!(d.get("kk"), "Только по-русски");
    assert_eq!(d.get("en"), "Только по-русски");

    let saved = to_ron_string(s);
    assert!(
        saved.contains(
            r#"    name: (kk: "Шымкент жоспары", ru: "План Шымкента", en: "Shymkent plan"),"#
        ),
        "{saved}"
    );
    assert!(
        saved.contains(r#"    description: (ru: "Только по-русски"),"#),
        "{saved}"
    );
    assert_eq!(load_str(&saved).expect("reloads").scenario, *s);
}

#[test]
fn a_plain_name_stays_plain() {
    let plain = TRANSLATED
        .replace(
            r#"(kk: "Шымкент жоспары", ru: "План Шымкента", en: "Shymkent plan")"#,
            r#""One name""#,
        )
        .replace(r#"description: (ru: "Только по-русски"),"#, "");
    let s = load_str(&plain).expect("loads").scenario;
    assert_eq!(s.name, Text::Plain("One name".into()));
    assert_eq!(s.description, None);
    let saved = to_ron_string(&s);
    assert!(saved.contains("    name: \"One name\",\n"), "{saved}");
    assert!(!saved.contains("description"));
    // Writing a translated name in code and saving gives the structured form.
    let mut s = s;
    s.name = Text::Translated(LocalizedName {
        kk: Some("Атауы".into()),
        ru: None,
        en: Some("Name".into()),
    });
    assert!(to_ron_string(&s).contains(r#"    name: (kk: "Атауы", en: "Name"),"#));
}

#[test]
fn a_name_of_the_wrong_kind_or_language_is_a_readable_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let number = dir.path().join("number.ron");
    std::fs::write(
        &number,
        TRANSLATED.replace(
            r#"(kk: "Шымкент жоспары", ru: "План Шымкента", en: "Shymkent plan")"#,
            "42",
        ),
    )
    .expect("write");
    let out = seatplan(&["check", number.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(":3:11: error:"), "{text}");
    assert!(text.contains("a text or (kk: …, ru: …, en: …)"), "{text}");

    let unknown = dir.path().join("kz.ron");
    std::fs::write(
        &unknown,
        TRANSLATED.replace(r#"ru: "План Шымкента""#, r#"kz: "x""#),
    )
    .expect("write");
    let out = seatplan(&["check", unknown.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("`kz`") && text.contains("`kk`, `ru`, `en`"),
        "{text}"
    );
}

#[test]
fn exports_show_the_name_in_the_chosen_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plan.ron");
    std::fs::write(&file, TRANSLATED).expect("write");
    for (lang, name) in [
        ("kk", "Шымкент жоспары"),
        ("ru", "План Шымкента"),
        ("en", "Shymkent plan"),
    ] {
        let out_dir = dir.path().join(lang);
        let out = seatplan(&[
            "report",
            file.to_str().expect("utf-8"),
            "--out",
            out_dir.to_str().expect("utf-8"),
            "--lang",
            lang,
        ]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let chart = std::fs::read_to_string(out_dir.join("shymkent.svg")).expect("chart");
        assert!(
            chart.contains(&format!(">{name}</text>")),
            "{lang}: {chart}"
        );
        let map = std::fs::read_to_string(out_dir.join("map.svg")).expect("map");
        assert!(map.contains(&format!(">{name}</text>")), "{lang}");
    }
}

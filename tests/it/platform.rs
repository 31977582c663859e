//! What a planner's Windows or Linux machine brings: folder and file names in
//! Cyrillic with spaces, files written by Notepad with CRLF line endings.
//! Saved files always use `\n`, whatever the system.

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use seatplan::app::FakeDialogs;
use seatplan::i18n::Lang;
use seatplan::io::recovery::{Snapshot, read_recovery, write_recovery};
use seatplan::io::{load_path, load_str, save_path};

use crate::common::{root, seatplan};
use crate::harness::app;

const SHYMKENT: &str = include_str!("../../scenarios/shymkent.ron");

/// `<tmp>/Мои документы/план школ.ron` holding the Shymkent scenario.
fn russian_path(tmp: &Path) -> PathBuf {
    let dir = tmp.join("Мои документы");
    std::fs::create_dir_all(&dir).expect("create the folder");
    let file = dir.join("план школ.ron");
    std::fs::write(&file, SHYMKENT).expect("write the plan");
    file
}

fn crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

#[test]
fn a_plan_in_a_cyrillic_folder_with_spaces_opens_saves_and_saves_as() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let file = russian_path(tmp.path());
    let dialogs = FakeDialogs::default();
    let mut h = app()
        .file(Some(file.clone()))
        .dialogs(&dialogs)
        .lang(Lang::Ru)
        .build();
    h.run();
    assert_eq!(h.state().doc.path(), Some(file.as_path()));
    let original = load_str(SHYMKENT).expect("loads").scenario;
    assert_eq!(h.state().doc.scenario(), &original);

    h.state_mut().doc.edit(None, |s| s.schools[0].seats += 100);
    let edited = h.state().doc.scenario().clone();
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(!h.state().doc.is_dirty(), "saved");
    assert_eq!(load_path(&file).expect("reloads").scenario, edited);
    // The previous version, under the Cyrillic name with `.bak` added.
    let bak = file.with_file_name("план школ.ron.bak");
    assert_eq!(load_path(&bak).expect("backup").scenario, original);

    // Save As into a Kazakh-named folder and file.
    let other_dir = tmp.path().join("Жоспарлар 2026");
    std::fs::create_dir_all(&other_dir).expect("create");
    let copy = other_dir.join("жаңа жоспар (көшірме).ron");
    dialogs.answer(Some(copy.clone()));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    assert_eq!(load_path(&copy).expect("saved as").scenario, edited);
    assert_eq!(h.state().doc.path(), Some(copy.as_path()));
    // Both paths are remembered as typed, newest first.
    assert_eq!(h.state().settings.recent_files[..2], [copy, file]);
}

#[test]
fn the_command_line_reads_and_writes_cyrillic_paths_with_spaces() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let file = russian_path(tmp.path());
    let path = file.to_str().expect("UTF-8 path");

    let check = seatplan(&["check", path]);
    assert_eq!(check.status.code(), Some(0), "{check:?}");

    // The same figures as from the shipped file under its ASCII name.
    let report = seatplan(&["report", path]);
    let shipped = seatplan(&["report", "scenarios/shymkent.ron"]);
    assert_eq!(report.status.code(), Some(0));
    assert!(!report.stdout.is_empty());
    assert_eq!(report.stdout, shipped.stdout);

    let out = tmp.path().join("Отчёт для акимата");
    let written = seatplan(&[
        "report",
        path,
        "--out",
        out.to_str().expect("UTF-8"),
        "--lang",
        "ru",
    ]);
    assert_eq!(written.status.code(), Some(0), "{written:?}");
    assert!(out.join("summary.csv").is_file());
    assert!(out.join("shymkent.svg").is_file());

    // Errors name the file as given, Cyrillic and spaces included.
    let broken = file.with_file_name("сломанный план.ron");
    std::fs::write(&broken, "Scenario(\n    format: 1,\n    name: 5,\n)\n").expect("write");
    let failed = seatplan(&["check", broken.to_str().expect("UTF-8")]);
    assert_eq!(failed.status.code(), Some(1));
    let text = String::from_utf8_lossy(&failed.stdout).into_owned()
        + &String::from_utf8_lossy(&failed.stderr);
    // `name: 5` is on line 3, column 11 (counted in the text above).
    assert!(
        text.contains(&format!("{}:3:11:", broken.display())),
        "{text}"
    );
}

#[test]
fn a_file_with_crlf_line_endings_is_saved_back_with_lf() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let file = tmp.path().join("из блокнота.ron");
    let windows_text = crlf(SHYMKENT);
    std::fs::write(&file, &windows_text).expect("write");
    let loaded = load_path(&file).expect("a CRLF file loads").scenario;
    assert_eq!(loaded, load_str(SHYMKENT).expect("loads").scenario);

    save_path(&loaded, &file).expect("saves");
    let saved = std::fs::read(&file).expect("read back");
    assert!(!saved.contains(&b'\r'), "a carriage return was written");
    // One `\n` per line, and a final one: the file ends `)\n`.
    assert!(saved.ends_with(b")\n"));
    assert_eq!(load_path(&file).expect("reloads").scenario, loaded);
}

#[test]
fn text_with_line_breaks_is_saved_escaped_so_the_file_stays_lf() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut scenario = load_str(SHYMKENT).expect("loads").scenario;
    // A description pasted from a Windows document keeps its CRLF inside.
    scenario.description = Some("Первая строка\r\nвторая строка".to_owned());
    let file = tmp.path().join("описание.ron");
    save_path(&scenario, &file).expect("saves");
    let saved = std::fs::read_to_string(&file).expect("read back");
    assert!(!saved.contains('\r'));
    assert!(saved.contains(r#"description: "Первая строка\r\nвторая строка""#));
    assert_eq!(load_path(&file).expect("reloads").scenario, scenario);

    // The recovery copy of unsaved work is written the same way.
    let copy = tmp.path().join("recovery-1.ron");
    write_recovery(
        &copy,
        &Snapshot {
            scenario: scenario.clone(),
            path: Some(file.clone()),
            disk: None,
        },
    )
    .expect("recovery copy");
    assert!(!std::fs::read(&copy).expect("read").contains(&b'\r'));
    let recovered = read_recovery(&copy).expect("reads");
    assert_eq!(recovered.path, Some(file));
    assert_eq!(load_str(&recovered.text).expect("loads").scenario, scenario);
}

#[test]
fn shipped_scenarios_use_lf_line_endings() {
    // A checkout on Windows with autocrlf must not change what is packaged.
    for entry in std::fs::read_dir(root().join("scenarios")).expect("scenarios") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "ron") {
            let bytes = std::fs::read(&path).expect("read");
            assert!(!bytes.contains(&b'\r'), "{} has CR", path.display());
        }
    }
}

//! Consolidating reviewed files: each file's review goes under its regions,
//! each region's approval follows its own part of the merged file, and the
//! window's Source files pane says which files were approved
//! (docs/merge.md, "Reviews").

use std::path::Path;
use std::process::Command;

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use seatplan::app::FakeDialogs;
use seatplan::i18n::Lang;
use seatplan::io::review::{region_approval, region_digest};
use seatplan::io::{digest, load_path, load_str, to_ron_string};
use seatplan::model::{About, Approval, Note, Review, Scenario, Sign};

use crate::harness::{app, shows_exactly};

/// A regional file: region `id` with one school "s1" (the same id in each
/// file, so the second is renamed `ID.s1` by the merge).
fn region_file(id: &str) -> Scenario {
    let text = format!(
        "Scenario(format: 1, name: \"Region {id}\", base_year: 2023, horizon: 2029,
        regions: [Region(id: \"{id}\", name: (en: \"{id}\"), kind: Oblast, deficit: {{2023: 10}})],
        schools: [School(id: \"s1\", name: \"x\", region: \"{id}\", seats: 100, opens: 2025, status: Planned)])"
    );
    load_str(&text).expect("loads").scenario
}

/// Approved as it is, with a note on its school and one on the file.
fn approved(mut s: Scenario) -> Scenario {
    s.review = Some(Review {
        prepared: Some(Sign {
            by: "Department".into(),
            on: "2026-11-20".into(),
            digest: None,
        }),
        approved: Some(Sign {
            by: "Deputy akim".into(),
            on: "2026-11-25".into(),
            digest: Some(digest(&s)),
        }),
        notes: vec![
            Note {
                about: About::School("s1".into()),
                by: "Ministry".into(),
                on: "2026-11-26".into(),
                text: "Site?".into(),
                resolved: false,
            },
            Note {
                about: About::Scenario,
                by: "Ministry".into(),
                on: "2026-11-26".into(),
                text: "Checked".into(),
                resolved: true,
            },
        ],
    });
    s
}

/// Files a (approved, unchanged), b (approved, then its school moved a
/// year) and c (never reviewed) in `dir`.
fn write_inputs(dir: &Path) {
    let a = approved(region_file("a"));
    let mut b = approved(region_file("b"));
    b.schools[0].opens = 2026;
    let c = region_file("c");
    for (name, s) in [("a.ron", a), ("b.ron", b), ("c.ron", c)] {
        std::fs::write(dir.join(name), to_ron_string(&s)).expect("written");
    }
}

fn run_in(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_seatplan"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("runs")
}

#[test]
fn merge_keeps_each_files_review_under_its_regions() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_inputs(dir.path());
    let out = run_in(
        dir.path(),
        &["merge", "a.ron", "b.ron", "c.ron", "-o", "all.ron"],
    );
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("seatplan: note: 1 of 3 regions approved\n"),
        "{err}"
    );

    let merged = load_path(&dir.path().join("all.ron"))
        .expect("loads")
        .scenario;
    assert_eq!(merged.review, None, "the merged file itself is not signed");
    let a = merged.regions[0].review.as_ref().expect("a's review");
    assert_eq!(
        a.approved.as_ref().and_then(|s| s.digest.clone()),
        Some(region_digest(&merged, 0)),
        "a's approval follows its part of the merged file"
    );
    assert_eq!(a.notes.len(), 2, "the note on its school and on its file");
    // b's school was renamed by the merge; its note follows it.
    let b = merged.regions[1].review.as_ref().expect("b's review");
    assert_eq!(b.notes[0].about, About::School("b.s1".into()));
    assert_eq!(merged.regions[2].review, None);
    let states: Vec<Approval> = (0..3).map(|i| region_approval(&merged, i)).collect();
    assert_eq!(
        states,
        [Approval::Approved, Approval::Changed, Approval::None]
    );

    // check: b changed since approval; a too once its school is edited.
    let check = run_in(dir.path(), &["check", "all.ron"]);
    let text = String::from_utf8_lossy(&check.stdout);
    assert_eq!(text.matches("changed since approval").count(), 1, "{text}");
    assert!(
        text.ends_with("all.ron: 1 of 3 regions approved\n"),
        "{text}"
    );
    assert!(
        text.contains("region \"b\" changed since approval"),
        "{text}"
    );
    let mut edited = merged.clone();
    edited.schools[0].seats = 120;
    std::fs::write(dir.path().join("edited.ron"), to_ron_string(&edited)).expect("written");
    let check = run_in(dir.path(), &["check", "edited.ron"]);
    let text = String::from_utf8_lossy(&check.stdout);
    assert!(
        text.contains("region \"a\" changed since approval"),
        "{text}"
    );
}

#[test]
fn source_files_pane_shows_each_files_review_and_the_count_approved() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_inputs(dir.path());
    let dialogs = FakeDialogs::default();
    let mut h = app().dialogs(&dialogs).lang(Lang::En).max_steps(30).build();
    h.run();
    dialogs.answer_many(vec![
        dir.path().join("a.ron"),
        dir.path().join("b.ron"),
        dir.path().join("c.ron"),
    ]);
    h.get_by_role_and_label(Role::Button, "File").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Consolidate files…")
        .click();
    h.run();
    assert!(shows_exactly(&h, "1 of 3 regions approved"));
    assert!(shows_exactly(&h, "approved"));
    assert!(shows_exactly(&h, "changed since approval"));
    assert!(shows_exactly(&h, "Not approved"));

    // The Review pane, with a region selected, shows what its file carried.
    h.state_mut().workspace.show(seatplan::app::Pane::Review);
    h.run();
    h.get_by_role_and_label(Role::Button, "b").click();
    h.run();
    assert!(shows_exactly(&h, "b: as its regional file was signed"));
    assert!(shows_exactly(
        &h,
        "Changed since approval (approved by \"Deputy akim\" on 2026-11-25)"
    ));
    assert!(shows_exactly(&h, "x [b.s1]: Site? — Ministry, 2026-11-26"));
    h.get_by_role_and_label(Role::Button, "a").click();
    h.run();
    assert!(shows_exactly(
        &h,
        "Approved by \"Deputy akim\" on 2026-11-25"
    ));
}

#[test]
fn split_gives_each_region_file_its_review_back_and_merge_again_keeps_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_inputs(dir.path());
    let merge = run_in(
        dir.path(),
        &["merge", "a.ron", "b.ron", "c.ron", "-o", "all.ron"],
    );
    assert_eq!(merge.status.code(), Some(0));
    let split = run_in(dir.path(), &["split", "all.ron", "-o", "parts"]);
    assert_eq!(
        split.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&split.stderr)
    );
    let part = |id: &str| {
        load_path(&dir.path().join("parts").join(format!("{id}.ron")))
            .expect("loads")
            .scenario
    };
    let (a, b, c) = (part("a"), part("b"), part("c"));
    assert_eq!(
        seatplan::io::approval(&a),
        Approval::Approved,
        "a still approved"
    );
    assert_eq!(
        seatplan::io::approval(&b),
        Approval::Changed,
        "b still changed"
    );
    assert_eq!(c.review, None);
    assert_eq!(a.regions[0].review, None, "the review is the file's again");
    let again = run_in(
        dir.path(),
        &[
            "merge",
            "parts/a.ron",
            "parts/b.ron",
            "parts/c.ron",
            "-o",
            "again.ron",
        ],
    );
    let err = String::from_utf8_lossy(&again.stderr);
    assert!(
        err.contains("seatplan: note: 1 of 3 regions approved\n"),
        "{err}"
    );
}

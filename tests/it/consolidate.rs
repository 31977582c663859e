//! File → Consolidate files… in the window (egui_kittest, English pinned):
//! several files or a folder become a new unsaved scenario, the pane shows
//! where each region came from and what the merge changed, and Refresh from
//! sources reads the files again.

use std::path::Path;
use std::time::{Duration, UNIX_EPOCH};

use crate::harness::{app, shows_exactly, shows_text_containing};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use seatplan::app::{FakeDialogs, SeatplanApp};
use seatplan::i18n::Lang;
use seatplan::model::{MergeInput, merge};

/// Region "north", design seats: 1 000 short, a 400-seat school in 2025.
const NORTH: &str = r#"Scenario(format: 1, name: "North akimat", base_year: 2023, horizon: 2029,
    regions: [Region(id: "north", name: (en: "North"), kind: Oblast, deficit: {2023: 1000, 2029: 1000})],
    schools: [School(id: "s1", name: "North school", region: "north", seats: 400, opens: 2025, status: Planned)],
)"#;

/// Region "south" in places in two shifts: 3 001 places short (1 501 design
/// seats once halved), a school of 1 201 places (601) with the id "s1" too.
const SOUTH: &str = r#"Scenario(format: 1, name: "South akimat", base_year: 2023, horizon: 2029,
    seat_unit: TwoShift,
    regions: [Region(id: "south", name: (en: "South"), kind: City, deficit: {2023: 3001, 2029: 3001})],
    schools: [School(id: "s1", name: "South school", region: "south", seats: 1201, opens: 2026, status: Planned)],
)"#;

fn harness(dialogs: &FakeDialogs) -> Harness<'static, SeatplanApp> {
    let mut h = app().dialogs(dialogs).lang(Lang::En).max_steps(30).build();
    h.run();
    h
}

fn menu(h: &mut Harness<'_, SeatplanApp>, item: &str) {
    h.get_by_role_and_label(Role::Button, "File").click();
    h.run();
    h.get_by_role_and_label(Role::Button, item).click();
    h.run();
}

/// Writes both files, saved at 2026-11-20 09:30 UTC (north) and
/// 2026-11-21 14:05 UTC (south): 1 795 167 000 and 1 795 269 900 seconds
/// after 1970-01-01 UTC.
fn write_sources(dir: &Path) {
    for (name, text, secs) in [
        ("north.ron", NORTH, 1_795_167_000),
        ("south.ron", SOUTH, 1_795_269_900),
    ] {
        let path = dir.join(name);
        std::fs::write(&path, text).expect("write");
        std::fs::File::options()
            .write(true)
            .open(&path)
            .and_then(|f| f.set_modified(UNIX_EPOCH + Duration::from_secs(secs)))
            .expect("set the time");
    }
}

#[test]
fn consolidating_files_opens_a_new_unsaved_scenario_with_its_sources() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_sources(dir.path());
    let (north, south) = (dir.path().join("north.ron"), dir.path().join("south.ron"));
    let dialogs = FakeDialogs::default();
    let mut h = harness(&dialogs);
    dialogs.answer_many(vec![north.clone(), south.clone()]);
    menu(&mut h, "Consolidate files…");

    // The same scenario `seatplan merge north.ron south.ron` writes.
    let inputs: Vec<MergeInput> = [&north, &south]
        .iter()
        .map(|p| MergeInput {
            source: p.display().to_string(),
            scenario: seatplan::io::load_path(p).expect("loads").scenario,
        })
        .collect();
    let expected = merge(&inputs, None).expect("merges").scenario;
    assert_eq!(h.state().doc.scenario(), &expected);
    assert_eq!(expected.name, "North akimat + 1 more");
    assert!(h.state().doc.is_dirty(), "a new document, not saved yet");
    assert_eq!(h.state().doc.path(), None);

    assert!(shows_exactly(&h, "Consolidated from 2 files"));
    assert!(shows_exactly(&h, "north.ron") && shows_exactly(&h, "south.ron"));
    assert!(shows_exactly(
        &h,
        "south.ron counts places in two shifts (seat_unit: TwoShift): its seats, replaces, \
         deficit values and capacities are halved to design seats (rounded)"
    ));
    // Named by file name: no two sources share one.
    assert!(shows_exactly(
        &h,
        "school \"s1\" of south.ron is renamed \"south.s1\": north.ron already has a school \
         with that id"
    ));

    // The country figure is the merged one: 1 000 + 1 501 short in 2023,
    // 400 and 601 seats opened by 2029: 2 501 − 1 001 = 1 500 short at the horizon.
    let p = seatplan::model::project(h.state().doc.scenario());
    assert_eq!(p.total.last().map(|r| r.shortfall), Some(1_500));
    assert!(
        shows_exactly(&h, "Shortfall 2026: 1,500"),
        "the school year now"
    );

    // Each region says which file it came from and when that was saved.
    h.get_by_role_and_label(Role::Button, "South").click();
    h.run();
    assert!(shows_exactly(
        &h,
        "From south.ron, saved 2026-11-21 14:05 UTC"
    ));
    // The pane lists each file with its own time.
    assert!(shows_exactly(&h, "2026-11-20 09:30 UTC"));
    assert!(shows_exactly(&h, "2026-11-21 14:05 UTC"));
}

#[test]
fn refresh_from_sources_reads_the_files_again_and_undo_goes_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_sources(dir.path());
    let dialogs = FakeDialogs::default();
    let mut h = harness(&dialogs);
    dialogs.answer(Some(dir.path().to_path_buf()));
    menu(&mut h, "Consolidate a folder…");
    let regions: Vec<String> = h
        .state()
        .doc
        .scenario()
        .regions
        .iter()
        .map(|r| r.id.clone())
        .collect();
    assert_eq!(regions, ["north", "south"], "the folder's files by name");
    assert!(!shows_text_containing(
        &h,
        "changed on disk since it was read"
    ));

    // Saved again with the same bytes (a touch): not a change, and the window
    // settles (max 30 frames) instead of reading the file over and over.
    std::fs::File::options()
        .write(true)
        .open(dir.path().join("south.ron"))
        .and_then(|f| f.set_modified(UNIX_EPOCH + Duration::from_secs(1_795_300_000)))
        .expect("touch");
    h.state_mut().check_sources_now();
    h.run();
    assert!(!shows_text_containing(
        &h,
        "changed on disk since it was read"
    ));

    // The akimat sends a new estimate: 2 000 short instead of 1 000.
    std::fs::write(
        dir.path().join("north.ron"),
        NORTH.replace("{2023: 1000, 2029: 1000}", "{2023: 2000, 2029: 2000}"),
    )
    .expect("write");
    h.state_mut().check_sources_now();
    h.run();
    assert!(shows_text_containing(
        &h,
        "changed on disk since it was read"
    ));

    h.get_by_role_and_label(Role::Button, "Refresh from sources")
        .click();
    h.run();
    let deficit = |h: &Harness<'_, SeatplanApp>| {
        h.state().doc.scenario().regions[0]
            .deficit
            .as_ref()
            .and_then(|d| d.get(&2023).copied())
    };
    assert_eq!(deficit(&h), Some(2_000));
    assert!(!shows_text_containing(
        &h,
        "changed on disk since it was read"
    ));
    assert!(shows_text_containing(&h, "Read 2 files again"));
    assert!(h.state().doc.can_undo());
    h.state_mut().doc.undo();
    h.run();
    assert_eq!(
        deficit(&h),
        Some(1_000),
        "Undo goes back to before the refresh"
    );
}

#[test]
fn a_region_in_two_files_leaves_the_current_document_and_says_why() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_sources(dir.path());
    let again = dir.path().join("north-again.ron");
    std::fs::write(&again, NORTH).expect("write");
    let dialogs = FakeDialogs::default();
    let mut h = harness(&dialogs);
    let before = h.state().doc.scenario().clone();
    dialogs.answer_many(vec![dir.path().join("north.ron"), again]);
    menu(&mut h, "Consolidate files…");
    assert_eq!(h.state().doc.scenario(), &before, "nothing replaced");
    assert!(h.state().consolidation.is_none());
    assert!(shows_text_containing(
        &h,
        "region \"north\" is in both north.ron and north-again.ron: a region may come from one \
         file only; remove it from one of them"
    ));
}

#[test]
fn the_pane_speaks_the_chosen_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_sources(dir.path());
    let dialogs = FakeDialogs::default();
    let mut h = app().dialogs(&dialogs).lang(Lang::Ru).max_steps(30).build();
    h.run();
    dialogs.answer(Some(dir.path().to_path_buf()));
    h.get_by_role_and_label(Role::Button, "Файл").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Объединить папку…")
        .click();
    h.run();
    assert!(shows_exactly(&h, "Объединено из 2 файлов"));
    assert!(shows_text_containing(&h, "места считаются в две смены"));
    assert!(shows_text_containing(&h, "переименована в «south.s1»"));
}

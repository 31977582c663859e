//! Files that never lose a planner's work: atomic saves with a backup, failed
//! saves, crash recovery, and a file that changes on disk while it is open.

use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::harness::{app, click, shows_text_containing};
use egui::accesskit::Role;
use egui::{Key, Modifiers, ViewportCommand, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use seatplan::app::files::FilePrompt;
use seatplan::app::{FakeDialogs, NoticeLevel, SeatplanApp};
use seatplan::io::recovery::read_recovery;
use seatplan::io::{
    SaveFs, SaveStep, StdFs, backup_path, is_temp_file, load_path, load_str, save_path,
    to_ron_string, write_atomic,
};
use seatplan::model::Scenario;

const ORIGINAL: &[u8] = b"the original file\n";
const NEW: &[u8] = b"the new file, longer than the original one\n";

/// The real file system, except that one step fails; a failing write first
/// writes half the bytes, as a full disk would.
struct FailAt(SaveStep, io::ErrorKind);

impl SaveFs for FailAt {
    fn create_temp(&mut self, path: &Path) -> io::Result<std::fs::File> {
        if self.0 == SaveStep::CreateTemp {
            return Err(self.1.into());
        }
        StdFs.create_temp(path)
    }
    fn write(&mut self, file: &mut std::fs::File, bytes: &[u8]) -> io::Result<()> {
        if self.0 == SaveStep::Write {
            io::Write::write_all(file, &bytes[..bytes.len() / 2])?;
            return Err(self.1.into());
        }
        StdFs.write(file, bytes)
    }
    fn sync(&mut self, file: &mut std::fs::File) -> io::Result<()> {
        if self.0 == SaveStep::Sync {
            return Err(self.1.into());
        }
        StdFs.sync(file)
    }
    fn backup(&mut self, target: &Path, backup: &Path) -> io::Result<()> {
        if self.0 == SaveStep::Backup {
            return Err(self.1.into());
        }
        StdFs.backup(target, backup)
    }
    fn rename(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        if self.0 == SaveStep::Rename {
            return Err(self.1.into());
        }
        StdFs.rename(from, to)
    }
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn no_temp_files(dir: &Path) -> bool {
    names_in(dir).iter().all(|n| !is_temp_file(n))
}

#[test]
fn a_failure_injected_at_each_step_of_saving_leaves_the_original_intact() {
    for step in SaveStep::ALL {
        for kind in [io::ErrorKind::StorageFull, io::ErrorKind::PermissionDenied] {
            let dir = tempfile::tempdir().expect("temp dir");
            let target = dir.path().join("plan.ron");
            std::fs::write(&target, ORIGINAL).expect("write original");

            let err = write_atomic(&mut FailAt(step, kind), &target, NEW, true)
                .expect_err("the injected failure is reported");
            assert_eq!(err.step, step);
            assert_eq!(err.source.kind(), kind);
            assert_eq!(
                std::fs::read(&target).expect("read"),
                ORIGINAL,
                "{step:?}/{kind:?}: the original is damaged"
            );
            assert!(
                no_temp_files(dir.path()),
                "{step:?}: {:?}",
                names_in(dir.path())
            );
            // Only the rename failed after the backup was made; it is then a
            // copy of the original, never of the new text.
            let bak = backup_path(&target);
            if step == SaveStep::Rename {
                assert_eq!(std::fs::read(&bak).expect("backup"), ORIGINAL);
            } else {
                assert!(!bak.exists(), "{step:?}: a backup without a save");
            }
            let message = err.to_string();
            assert!(message.contains("unchanged"), "{message}");
        }
    }
    // A full disk is named as such.
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("plan.ron");
    let err = write_atomic(
        &mut FailAt(SaveStep::Write, io::ErrorKind::StorageFull),
        &target,
        NEW,
        true,
    )
    .expect_err("fails");
    assert!(err.to_string().contains("the disk is full"), "{err}");
    assert!(!target.exists(), "no half-written new file");
    assert!(
        names_in(dir.path()).is_empty(),
        "{:?}",
        names_in(dir.path())
    );
}

#[test]
fn saving_keeps_the_previous_version_as_bak() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("plan.ron");
    write_atomic(&mut StdFs, &target, ORIGINAL, true).expect("first save");
    assert!(
        !backup_path(&target).exists(),
        "nothing to back up the first time"
    );
    write_atomic(&mut StdFs, &target, NEW, true).expect("second save");
    assert_eq!(std::fs::read(&target).expect("read"), NEW);
    let bak = dir.path().join("plan.ron.bak");
    assert_eq!(backup_path(&target), bak);
    assert_eq!(std::fs::read(&bak).expect("backup"), ORIGINAL);
    write_atomic(&mut StdFs, &target, b"third", true).expect("third save");
    assert_eq!(
        std::fs::read(&bak).expect("backup"),
        NEW,
        "the backup is the version just before"
    );
    assert_eq!(names_in(dir.path()), ["plan.ron", "plan.ron.bak"]);
}

#[cfg(unix)]
#[test]
fn saving_through_a_symbolic_link_replaces_the_file_it_points_to() {
    let dir = tempfile::tempdir().expect("temp dir");
    let real = dir.path().join("real.ron");
    let link = dir.path().join("link.ron");
    std::fs::write(&real, ORIGINAL).expect("write");
    std::os::unix::fs::symlink(&real, &link).expect("symlink");
    write_atomic(&mut StdFs, &link, NEW, true).expect("save");
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read(&real).expect("read"), NEW);
    assert_eq!(
        std::fs::read(dir.path().join("real.ron.bak")).expect("bak"),
        ORIGINAL
    );
}

/// Whether this process can create files in a folder it made read-only
/// (root can: permissions do not stop it).
#[cfg(unix)]
fn read_only_dir_stops_writes(dir: &Path) -> bool {
    let probe = dir.join("probe");
    let stopped = std::fs::write(&probe, b"x").is_err();
    let _ = std::fs::remove_file(&probe);
    stopped
}

#[cfg(unix)]
#[test]
fn a_save_into_a_read_only_directory_reports_the_error() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("plan.ron");
    std::fs::write(&target, ORIGINAL).expect("write");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).expect("chmod");
    let result = if read_only_dir_stops_writes(dir.path()) {
        write_atomic(&mut StdFs, &target, NEW, true)
    } else {
        // Running as root: the folder's permissions stop nothing, so the
        // refusal the OS would give is injected where it would happen.
        eprintln!("running as root: the read-only folder is simulated");
        write_atomic(
            &mut FailAt(SaveStep::CreateTemp, io::ErrorKind::PermissionDenied),
            &target,
            NEW,
            true,
        )
    };
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let err = result.expect_err("a read-only folder refuses the save");
    assert_eq!(err.step, SaveStep::CreateTemp);
    let message = err.to_string();
    assert!(message.contains("permission denied"), "{message}");
    assert!(message.contains("read-only"), "{message}");
    assert_eq!(std::fs::read(&target).expect("read"), ORIGINAL);
    assert_eq!(names_in(dir.path()), ["plan.ron"]);
}

#[test]
fn a_save_where_the_folder_is_a_regular_file_reports_the_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let not_a_dir = dir.path().join("notes.txt");
    std::fs::write(&not_a_dir, b"notes").expect("write");
    let err = save_path(&Scenario::new_empty(), &not_a_dir.join("plan.ron"))
        .expect_err("cannot save inside a file");
    assert_eq!(err.step, SaveStep::CreateTemp);
    assert!(err.to_string().contains("cannot create a file"), "{err}");
    assert_eq!(std::fs::read(&not_a_dir).expect("read"), b"notes");
}

// ---- the app ---------------------------------------------------------------

const SHYMKENT: &str = include_str!("../../scenarios/shymkent.ron");

fn open_app(
    file: Option<PathBuf>,
    recovery_dir: Option<PathBuf>,
    dialogs: &FakeDialogs,
) -> Harness<'static, SeatplanApp> {
    let mut h = app()
        .file(file)
        .dialogs(dialogs)
        .recovery_dir(recovery_dir)
        .max_steps(30)
        .build();
    h.run();
    h
}

/// A folder with `plan.ron` (the Shymkent scenario) in it.
fn plan_file() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plan.ron");
    std::fs::write(&file, SHYMKENT).expect("write plan");
    (dir, file)
}

/// Clicks and runs one frame; whether that frame closed the window.
fn click_closes(h: &mut Harness<'_, SeatplanApp>, label: &str) -> bool {
    h.get_by_role_and_label(Role::Button, label).click();
    h.step();
    h.output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(&ViewportCommand::Close))
}

/// Delays the first school by a year, and renames the scenario.
fn edit(h: &mut Harness<'_, SeatplanApp>, name: &str) {
    h.state_mut().doc.edit(None, |s| {
        s.schools[0].opens += 1;
        s.name = name.into();
    });
    h.run();
}

fn recovery_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect()
}

/// Steps the app until the recovery copy in `dir` holds `expected` (up to 5 s).
fn wait_for_recovery(h: &mut Harness<'_, SeatplanApp>, dir: &Path, expected: &Scenario) {
    let start = Instant::now();
    loop {
        let holds = recovery_files(dir).iter().any(|f| {
            read_recovery(f)
                .ok()
                .and_then(|r| load_str(&r.text).ok())
                .is_some_and(|l| &l.scenario == expected)
        });
        if holds {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "no recovery copy of the edits after 5 s: {:?}",
            recovery_files(dir)
        );
        std::thread::sleep(Duration::from_millis(50));
        h.step();
    }
}

#[test]
fn an_app_killed_without_saving_offers_its_edits_on_the_next_start_and_restores_them_exactly() {
    let (_dir, file) = plan_file();
    let recovery = tempfile::tempdir().expect("recovery dir");
    let dialogs = FakeDialogs::default();
    let mut h = open_app(
        Some(file.clone()),
        Some(recovery.path().to_path_buf()),
        &dialogs,
    );
    assert!(h.state().recovery_file().is_none(), "nothing unsaved yet");
    // An edit burst: the first edit is copied at once, the last once the
    // edits pause.
    edit(&mut h, "first edit");
    edit(&mut h, "second edit");
    h.state_mut().doc.edit(None, |s| s.schools[1].seats = 1234);
    h.run();
    let edited = h.state().doc.scenario().clone();
    wait_for_recovery(&mut h, recovery.path(), &edited);
    // Killed: dropped without on_exit and without saving.
    drop(h);
    assert_eq!(std::fs::read_to_string(&file).expect("read"), SHYMKENT);

    let mut h = open_app(None, Some(recovery.path().to_path_buf()), &dialogs);
    assert!(shows_text_containing(&h, "Restore unsaved work?"));
    assert!(
        shows_text_containing(&h, &file.display().to_string()),
        "which file"
    );
    assert!(
        shows_text_containing(&h, "The changes were kept at 20"),
        "when it was written"
    );
    assert!(shows_text_containing(&h, "Scenario: second edit"));
    click(&mut h, "Restore");
    assert!(!shows_text_containing(&h, "Restore unsaved work?"));
    let app = h.state();
    assert_eq!(app.doc.scenario(), &edited, "the edits, exactly");
    assert_eq!(app.doc.path(), Some(file.as_path()));
    assert!(app.doc.is_dirty(), "restored work is unsaved until saved");
    assert!(
        app.notices
            .iter()
            .any(|n| n.level == NoticeLevel::Info && n.text.contains("Restored")),
    );
    // The old copy is gone; this window keeps its own.
    let own = app.recovery_file().expect("a copy of the restored work");
    assert_eq!(recovery_files(recovery.path()), vec![own.to_path_buf()]);

    // Saving writes the file (no question: it did not change on disk) and the
    // copy goes; a clean exit leaves nothing.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(h.state().file_prompt().is_none());
    assert!(!h.state().doc.is_dirty());
    assert_eq!(load_path(&file).expect("saved").scenario, edited);
    assert!(recovery_files(recovery.path()).is_empty());
    eframe::App::on_exit(h.state_mut(), None);
    assert!(
        names_in(recovery.path()).is_empty(),
        "{:?}",
        names_in(recovery.path())
    );
}

#[test]
fn restored_work_is_not_saved_silently_over_a_file_changed_since_the_crash() {
    let (_dir, file) = plan_file();
    let recovery = tempfile::tempdir().expect("recovery dir");
    let dialogs = FakeDialogs::default();
    let mut h = open_app(
        Some(file.clone()),
        Some(recovery.path().to_path_buf()),
        &dialogs,
    );
    edit(&mut h, "mine");
    let mine = h.state().doc.scenario().clone();
    wait_for_recovery(&mut h, recovery.path(), &mine);
    drop(h);
    // While seatplan was down, someone else saved the file.
    let theirs = changed_elsewhere(&file);

    let mut h = open_app(None, Some(recovery.path().to_path_buf()), &dialogs);
    click(&mut h, "Restore");
    assert_eq!(h.state().doc.scenario(), &mine);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(matches!(
        h.state().file_prompt(),
        Some(FilePrompt::SaveOverChanged { .. })
    ));
    assert_eq!(load_path(&file).expect("loads").scenario, theirs);
}

#[test]
fn declining_to_restore_removes_the_recovery_file() {
    let recovery = tempfile::tempdir().expect("recovery dir");
    let dialogs = FakeDialogs::default();
    let mut h = open_app(None, Some(recovery.path().to_path_buf()), &dialogs);
    edit(&mut h, "never saved");
    let edited = h.state().doc.scenario().clone();
    wait_for_recovery(&mut h, recovery.path(), &edited);
    drop(h);

    let mut h = open_app(None, Some(recovery.path().to_path_buf()), &dialogs);
    assert!(shows_text_containing(&h, "a scenario that was never saved"));
    click(&mut h, "Discard");
    assert!(h.state().file_prompt().is_none());
    assert!(recovery_files(recovery.path()).is_empty());
    assert_ne!(h.state().doc.scenario(), &edited);
    drop(h);
    let h = open_app(None, Some(recovery.path().to_path_buf()), &dialogs);
    assert!(
        !shows_text_containing(&h, "Restore unsaved work?"),
        "offered once only"
    );
}

#[test]
fn a_clean_exit_leaves_no_recovery_file() {
    let (_dir, file) = plan_file();
    let recovery = tempfile::tempdir().expect("recovery dir");
    let dialogs = FakeDialogs::default();
    let mut h = open_app(Some(file), Some(recovery.path().to_path_buf()), &dialogs);
    edit(&mut h, "edited");
    let edited = h.state().doc.scenario().clone();
    wait_for_recovery(&mut h, recovery.path(), &edited);

    // Quit, discarding the changes: eframe then calls on_exit.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    assert!(click_closes(&mut h, "Discard"), "the window closes");
    eframe::App::on_exit(h.state_mut(), None);
    assert!(
        names_in(recovery.path()).is_empty(),
        "{:?}",
        names_in(recovery.path())
    );
    drop(h);
    let h = open_app(None, Some(recovery.path().to_path_buf()), &dialogs);
    assert!(!shows_text_containing(&h, "Restore unsaved work?"));
}

#[test]
fn undoing_back_to_the_saved_state_removes_the_recovery_file() {
    let (_dir, file) = plan_file();
    let recovery = tempfile::tempdir().expect("recovery dir");
    let dialogs = FakeDialogs::default();
    let mut h = open_app(Some(file), Some(recovery.path().to_path_buf()), &dialogs);
    edit(&mut h, "edited");
    let edited = h.state().doc.scenario().clone();
    wait_for_recovery(&mut h, recovery.path(), &edited);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(!h.state().doc.is_dirty());
    assert!(recovery_files(recovery.path()).is_empty());
    assert!(h.state().recovery_file().is_none());
}

#[test]
fn without_a_recovery_folder_tests_write_nothing() {
    let dialogs = FakeDialogs::default();
    let mut h = open_app(None, None, &dialogs);
    edit(&mut h, "edited");
    h.state_mut().flush_recovery();
    assert!(h.state().recovery_file().is_none());
}

#[test]
fn a_failed_save_in_the_app_shows_the_reason_and_keeps_the_document_dirty() {
    let (dir, file) = plan_file();
    let dialogs = FakeDialogs::default();
    let mut h = open_app(Some(file.clone()), None, &dialogs);
    edit(&mut h, "edited");
    // The folder is replaced by a regular file: nothing can be written there.
    std::fs::remove_dir_all(dir.path()).expect("remove folder");
    std::fs::write(dir.path(), b"not a folder").expect("file in its place");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(
        shows_text_containing(&h, "Could not save to"),
        "the failure is shown"
    );
    assert!(
        shows_text_containing(&h, "part of the path is a file, not a folder"),
        "with its reason"
    );
    assert!(h.state().doc.is_dirty());
    assert_eq!(std::fs::read(dir.path()).expect("read"), b"not a folder");
    std::fs::remove_file(dir.path()).expect("clean up");
}

// ---- changes on disk -----------------------------------------------------------

/// The plan as another program saves it: the first school gets 999 seats.
fn changed_elsewhere(file: &Path) -> Scenario {
    let mut s = load_path(file).expect("loads").scenario;
    s.schools[0].seats = 999;
    std::fs::write(file, to_ron_string(&s)).expect("write");
    s
}

#[test]
fn a_file_changed_on_disk_without_local_edits_is_reloaded_and_the_user_told() {
    let (_dir, file) = plan_file();
    let dialogs = FakeDialogs::default();
    let mut h = open_app(Some(file.clone()), None, &dialogs);
    h.state_mut().check_disk_now();
    assert!(h.state().notices.is_empty(), "no change, nothing said");

    let theirs = changed_elsewhere(&file);
    h.state_mut().check_disk_now();
    h.run();
    assert_eq!(h.state().doc.scenario(), &theirs);
    assert!(!h.state().doc.is_dirty());
    assert!(shows_text_containing(
        &h,
        "plan.ron changed on disk and was reloaded"
    ));
    assert!(h.state().file_prompt().is_none());
}

#[test]
fn with_local_edits_keep_mine_then_saving_asks_before_overwriting() {
    let (_dir, file) = plan_file();
    let dialogs = FakeDialogs::default();
    let mut h = open_app(Some(file.clone()), None, &dialogs);
    edit(&mut h, "mine");
    let mine = h.state().doc.scenario().clone();
    let theirs = changed_elsewhere(&file);
    h.state_mut().check_disk_now();
    h.run();
    assert!(shows_text_containing(&h, "The file changed on disk"));
    assert!(shows_text_containing(&h, "you have unsaved changes here"));
    click(&mut h, "Keep mine");
    assert!(h.state().file_prompt().is_none());
    assert_eq!(h.state().doc.scenario(), &mine);
    h.state_mut().check_disk_now();
    assert!(
        h.state().file_prompt().is_none(),
        "one change is asked about once"
    );

    // Saving over their version asks; Cancel leaves it.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(matches!(
        h.state().file_prompt(),
        Some(FilePrompt::SaveOverChanged { .. })
    ));
    assert!(shows_text_containing(
        &h,
        "Saving now replaces those changes"
    ));
    click(&mut h, "Cancel");
    assert_eq!(load_path(&file).expect("loads").scenario, theirs);
    assert!(h.state().doc.is_dirty());

    // Overwrite replaces it; their version is the backup.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    click(&mut h, "Overwrite");
    assert!(!h.state().doc.is_dirty());
    assert_eq!(load_path(&file).expect("loads").scenario, mine);
    assert_eq!(
        load_path(&backup_path(&file)).expect("backup").scenario,
        theirs
    );
    // Saved now: the next save does not ask.
    edit(&mut h, "mine again");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(h.state().file_prompt().is_none());
    assert!(!h.state().doc.is_dirty());
}

#[test]
fn with_local_edits_reload_theirs_discards_mine() {
    let (_dir, file) = plan_file();
    let dialogs = FakeDialogs::default();
    let mut h = open_app(Some(file.clone()), None, &dialogs);
    edit(&mut h, "mine");
    let theirs = changed_elsewhere(&file);
    h.state_mut().check_disk_now();
    h.run();
    click(&mut h, "Reload from disk (discard my changes)");
    assert_eq!(h.state().doc.scenario(), &theirs);
    assert!(!h.state().doc.is_dirty());
}

#[test]
fn with_local_edits_save_mine_as_a_new_file() {
    let (dir, file) = plan_file();
    let dialogs = FakeDialogs::default();
    let mut h = open_app(Some(file.clone()), None, &dialogs);
    edit(&mut h, "mine");
    let mine = h.state().doc.scenario().clone();
    let theirs = changed_elsewhere(&file);
    h.state_mut().check_disk_now();
    h.run();
    let copy = dir.path().join("mine.ron");
    dialogs.answer(Some(copy.clone()));
    click(&mut h, "Save mine as…");
    assert_eq!(load_path(&copy).expect("saved").scenario, mine);
    assert_eq!(load_path(&file).expect("theirs").scenario, theirs);
    assert_eq!(h.state().doc.path(), Some(copy.as_path()));
    assert!(!h.state().doc.is_dirty());
}

#[test]
fn quitting_with_save_over_a_file_changed_on_disk_asks_then_quits() {
    let (_dir, file) = plan_file();
    let dialogs = FakeDialogs::default();
    let mut h = open_app(Some(file.clone()), None, &dialogs);
    edit(&mut h, "mine");
    let mine = h.state().doc.scenario().clone();
    changed_elsewhere(&file);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    click(&mut h, "Save");
    assert!(shows_text_containing(
        &h,
        "Saving now replaces those changes"
    ));
    assert!(
        click_closes(&mut h, "Overwrite"),
        "the quit goes ahead once saved"
    );
    assert_eq!(load_path(&file).expect("loads").scenario, mine);
}

#[test]
fn a_file_deleted_on_disk_is_reported_and_saving_writes_it_again() {
    let (_dir, file) = plan_file();
    let dialogs = FakeDialogs::default();
    let mut h = open_app(Some(file.clone()), None, &dialogs);
    std::fs::remove_file(&file).expect("delete");
    h.state_mut().check_disk_now();
    h.run();
    assert!(shows_text_containing(
        &h,
        "plan.ron was deleted or moved on disk"
    ));
    assert_eq!(
        h.state().doc.scenario(),
        &load_str(SHYMKENT).expect("loads").scenario
    );
    edit(&mut h, "mine");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(h.state().file_prompt().is_none());
    assert!(file.exists());
}

#[test]
fn the_watcher_reloads_a_file_changed_by_another_program() {
    let (_dir, file) = plan_file();
    let dialogs = FakeDialogs::default();
    let mut h = open_app(Some(file.clone()), None, &dialogs);
    // Our own save raises events too, and must not count as a change.
    edit(&mut h, "ours");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let ours = h.state().doc.scenario().clone();
    for _ in 0..10 {
        std::thread::sleep(Duration::from_millis(50));
        h.step();
    }
    assert_eq!(h.state().doc.scenario(), &ours);
    assert!(h.state().notices.is_empty(), "{:?}", h.state().notices);

    // Another program replaces the file the way editors do (write + rename).
    let mut theirs = ours.clone();
    theirs.schools[0].seats = 777;
    let tmp = file.with_extension("tmp");
    std::fs::write(&tmp, to_ron_string(&theirs)).expect("write");
    std::fs::rename(&tmp, &file).expect("rename");
    let start = Instant::now();
    while h.state().doc.scenario() != &theirs {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "no reload 5 s after the change"
        );
        std::thread::sleep(Duration::from_millis(50));
        h.step();
    }
    h.run();
    assert!(shows_text_containing(
        &h,
        "plan.ron changed on disk and was reloaded"
    ));
}

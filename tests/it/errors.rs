//! File errors keep the system error they came from and are translated where
//! they are shown, in the language asked for, not the language of whichever
//! thread happens to format them.

use std::error::Error as _;
use std::io;
use std::path::Path;

use seatplan::i18n::Lang;
use seatplan::io::{LoadError, ReadFailure, SaveError, SaveReason, SaveStep, load_path};

fn refused_save() -> SaveError {
    SaveError {
        step: SaveStep::CreateTemp,
        path: "/plans/plan.ron".into(),
        source: io::ErrorKind::PermissionDenied.into(),
    }
}

#[test]
fn a_save_error_keeps_its_io_error_and_reads_in_the_language_asked() {
    let e = refused_save();
    assert_eq!(e.reason(), SaveReason::Permission);
    let source = e
        .source()
        .and_then(|s| s.downcast_ref::<io::Error>())
        .expect("the io::Error is the source");
    assert_eq!(source.kind(), io::ErrorKind::PermissionDenied);

    // The texts are save-error with save-what-create and
    // save-reason-permission filled in, copied from each language's file.
    let english = "cannot create a file in the folder (permission denied: the folder or file \
                   is read-only or belongs to someone else); the file on disk is unchanged";
    let russian = "не удаётся создать файл в папке (доступ запрещён: папка или файл только для \
                   чтения или принадлежат другому пользователю); файл на диске не изменён";
    let kazakh = "қалтада файл жасау мүмкін емес (рұқсат жоқ: қалта немесе файл тек оқуға \
                  арналған немесе басқа пайдаланушыға тиесілі); дискідегі файл өзгерген жоқ";
    assert_eq!(e.message(Lang::En), english);
    assert_eq!(e.message(Lang::Ru), russian);
    assert_eq!(e.message(Lang::Kk), kazakh);

    // The thread's language (the window's) does not leak into the text: a
    // Kazakh window formatting the error for a log still gets English, and a
    // worker thread asked for Russian gives Russian.
    seatplan::i18n::set_lang(Lang::Kk);
    let shown = e.to_string();
    seatplan::i18n::set_lang(Lang::En);
    assert_eq!(shown, english);
    let from_worker = std::thread::spawn(move || e.message(Lang::Ru))
        .join()
        .expect("the worker finishes");
    assert_eq!(from_worker, russian);
}

#[test]
fn an_unlisted_save_failure_shows_the_system_text() {
    let e = SaveError {
        step: SaveStep::Rename,
        path: "plan.ron".into(),
        source: io::Error::other("device went away"),
    };
    assert_eq!(e.reason(), SaveReason::Other);
    assert_eq!(
        e.message(Lang::En),
        "cannot replace the file (device went away); the file on disk is unchanged"
    );
}

#[test]
fn a_missing_file_keeps_the_not_found_error() {
    let err = load_path(Path::new("/nonexistent/seatplan.ron")).expect_err("missing");
    let LoadError::Read { reason, .. } = &err else {
        panic!("{err:?}")
    };
    assert!(matches!(reason, ReadFailure::Io(e) if e.kind() == io::ErrorKind::NotFound));
    // LoadError -> ReadFailure -> io::Error.
    let io = err
        .source()
        .and_then(|s| s.source())
        .and_then(|s| s.downcast_ref::<io::Error>())
        .expect("the io::Error is kept");
    assert_eq!(io.kind(), io::ErrorKind::NotFound);
}

#[test]
fn a_folder_is_refused_in_the_language_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let err = load_path(dir.path()).expect_err("a folder");
    let LoadError::Read { reason, .. } = &err else {
        panic!("{err:?}")
    };
    assert!(matches!(reason, ReadFailure::Folder));
    // load-is-folder in each language's file.
    assert_eq!(
        reason.message(Lang::En),
        "it is a folder, not a scenario file"
    );
    assert_eq!(reason.message(Lang::Ru), "это папка, а не файл сценария");
    assert_eq!(reason.message(Lang::Kk), "бұл сценарий файлы емес, қалта");
    seatplan::i18n::set_lang(Lang::Ru);
    let shown = err.to_string();
    seatplan::i18n::set_lang(Lang::En);
    assert!(
        shown.ends_with(": it is a folder, not a scenario file"),
        "{shown}"
    );
}

#[test]
fn a_file_too_large_reads_in_russian() {
    // 51 MB: the size rounds up to whole MB, against the 50 MB limit.
    let reason = ReadFailure::TooLarge {
        bytes: 50 * 1024 * 1024 + 1,
    };
    assert_eq!(
        reason.message(Lang::Ru),
        "файл занимает 51 МБ — больше предела 50 МБ для файлов сценариев; это точно сценарий?"
    );
    assert_eq!(
        reason.to_string(),
        "the file is 51 MB, over the 50 MB limit for scenario files; is it really a scenario?"
    );
}

/// An export into a folder that does not exist keeps the `io::Error`; its
/// `Display` is the English the CLI prints, whatever the thread's language,
/// and the window asks for its own language.
#[test]
fn an_export_error_keeps_its_io_error_and_reads_in_the_language_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("missing").join("chart.svg");
    let e = seatplan::export::write_file(&path, b"<svg/>").expect_err("no such folder");
    let source = e
        .source()
        .and_then(|s| s.downcast_ref::<io::Error>())
        .expect("the io::Error is the source");
    assert_eq!(source.kind(), io::ErrorKind::NotFound);
    let shown = path.display().to_string();
    seatplan::i18n::set_lang(Lang::Ru);
    let english = e.to_string();
    seatplan::i18n::set_lang(Lang::En);
    assert_eq!(english, format!("cannot write {shown}: {source}"));
    assert_eq!(
        e.message(Lang::Ru),
        format!("не удалось записать {shown}: {source}")
    );
}

/// A spreadsheet that cannot be read keeps the `io::Error` too, and is
/// translated only when asked (it used to follow the thread's language).
#[test]
fn an_import_error_keeps_its_cause_and_reads_in_the_language_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("schools.csv");
    let e = seatplan::io::import::read(&path, None).expect_err("no such file");
    let cause = e
        .source()
        .and_then(|s| s.downcast_ref::<seatplan::io::import::ReadCause>());
    let Some(seatplan::io::import::ReadCause::Io(source)) = cause else {
        panic!("the io::Error is the cause: {cause:?}");
    };
    assert_eq!(source.kind(), io::ErrorKind::NotFound);
    let shown = path.display().to_string();
    seatplan::i18n::set_lang(Lang::Kk);
    let english = e.to_string();
    seatplan::i18n::set_lang(Lang::En);
    assert_eq!(english, format!("cannot read {shown}: {source}"));
    assert_eq!(
        e.message(Lang::Ru),
        format!("не удаётся прочитать {shown}: {source}")
    );
}

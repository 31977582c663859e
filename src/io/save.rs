//! Writes scenarios in the layout of `docs/scenario-format.md`: struct names, one
//! field a line, optional fields left out when unset, and the deficit map and
//! region names on one line each, so files diff well in version control.
//! Deterministic: saving the same scenario always gives the same bytes.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

use super::ron_write::to_ron_string;
use crate::i18n::{Lang, tr_in};
use crate::model::{OverLimit, Scenario, check_file_bytes, check_limits};

/// One step of an atomic save, in order. Named in errors and used by tests to
/// inject a failure at each step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveStep {
    /// Creating the temporary file next to the target.
    CreateTemp,
    /// Writing the text into it.
    Write,
    /// Flushing it to the disk.
    Sync,
    /// Keeping the previous version as `NAME.bak`.
    Backup,
    /// Renaming the temporary file over the target.
    Rename,
}

impl SaveStep {
    pub const ALL: [SaveStep; 5] = [
        SaveStep::CreateTemp,
        SaveStep::Write,
        SaveStep::Sync,
        SaveStep::Backup,
        SaveStep::Rename,
    ];
}

/// A save that did not happen. The target file, if there was one, is as it
/// was before, and no temporary file is left behind.
///
/// Keeps the `io::Error` it came from; the text a planner reads is made where
/// it is shown, in that view's language ([`SaveError::message`]). `Display`
/// is the English text (logs, the CLI).
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub struct SaveError {
    pub step: SaveStep,
    pub path: PathBuf,
    #[source]
    pub source: io::Error,
}

/// Why a save failed, as far as a planner can do something about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveReason {
    Permission,
    DiskFull,
    ReadOnly,
    NoFolder,
    NotAFolder,
    /// Anything else: the system's own text is shown.
    Other,
}

impl SaveReason {
    pub fn of(e: &io::Error) -> SaveReason {
        match e.kind() {
            io::ErrorKind::PermissionDenied => SaveReason::Permission,
            io::ErrorKind::StorageFull => SaveReason::DiskFull,
            io::ErrorKind::ReadOnlyFilesystem => SaveReason::ReadOnly,
            io::ErrorKind::NotFound => SaveReason::NoFolder,
            io::ErrorKind::NotADirectory => SaveReason::NotAFolder,
            _ => SaveReason::Other,
        }
    }

    /// The translation key of the reason; `None` for [`SaveReason::Other`].
    pub fn key(self) -> Option<&'static str> {
        match self {
            SaveReason::Permission => Some("save-reason-permission"),
            SaveReason::DiskFull => Some("save-reason-full"),
            SaveReason::ReadOnly => Some("save-reason-read-only"),
            SaveReason::NoFolder => Some("save-reason-no-folder"),
            SaveReason::NotAFolder => Some("save-reason-not-folder"),
            SaveReason::Other => None,
        }
    }
}

impl SaveError {
    /// The scenario was over a file limit: nothing was written
    /// ([`scenario_text`]).
    pub fn over_limit(&self) -> Option<&OverLimit> {
        self.source
            .get_ref()?
            .downcast_ref::<OverLimitError>()
            .map(|e| &e.0)
    }

    pub fn reason(&self) -> SaveReason {
        SaveReason::of(&self.source)
    }

    /// What went wrong and why, in `lang` (keys in `assets/i18n`). Explicit
    /// rather than the thread's language, so a save that fails on a worker
    /// thread still reads in the window's language.
    pub fn message(&self, lang: Lang) -> String {
        if let Some(o) = self.over_limit() {
            return tr_in(
                lang,
                "save-over-limit",
                &[("reason", crate::i18n::limit_text(o, lang).into())],
            );
        }
        let tr = |key: &str| tr_in(lang, key, &[]);
        let reason = self
            .reason()
            .key()
            .map_or_else(|| self.source.to_string(), tr);
        let what = match self.step {
            SaveStep::CreateTemp => tr("save-what-create"),
            SaveStep::Write => tr("save-what-write"),
            SaveStep::Sync => tr("save-what-sync"),
            SaveStep::Backup => tr_in(
                lang,
                "save-what-backup",
                &[(
                    "name",
                    backup_path(&self.path)
                        .file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
                        .into(),
                )],
            ),
            SaveStep::Rename => tr("save-what-rename"),
        };
        tr_in(
            lang,
            "save-error",
            &[("what", what.into()), ("reason", reason.into())],
        )
    }
}

/// The file system operations of a save, one method a step, so tests can
/// make any one of them fail. Every method has the real behaviour by default.
pub trait SaveFs {
    fn create_temp(&mut self, path: &Path) -> io::Result<File> {
        File::options().write(true).create_new(true).open(path)
    }
    fn write(&mut self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        io::Write::write_all(file, bytes)
    }
    fn sync(&mut self, file: &mut File) -> io::Result<()> {
        file.sync_all()
    }
    /// Makes `backup` a copy of `target` (a hard link where the file system
    /// allows), replacing any older backup only once the new one is complete.
    fn backup(&mut self, target: &Path, backup: &Path) -> io::Result<()> {
        let tmp = temp_path(backup);
        let result = std::fs::hard_link(target, &tmp)
            .or_else(|_| {
                std::fs::copy(target, &tmp)?;
                File::open(&tmp)?.sync_all()
            })
            .and_then(|()| std::fs::rename(&tmp, backup));
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }
    fn rename(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        std::fs::rename(from, to)
    }
}

/// The real file system.
pub struct StdFs;

impl SaveFs for StdFs {}

/// `NAME.ron.bak` beside `NAME.ron`: the version before the last save.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// A fresh hidden name beside `path`, unique in this process and across
/// running processes.
fn temp_path(path: &Path) -> PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = path
        .file_name()
        .map_or_else(|| "scenario".into(), |n| n.to_string_lossy().into_owned());
    path.with_file_name(format!(".{name}.{}-{n}.tmp", std::process::id()))
}

/// Whether `name` is one of the temporary files a save creates (tests check
/// that none is left behind).
pub fn is_temp_file(name: &str) -> bool {
    name.starts_with('.') && name.ends_with(".tmp")
}

/// Writes the scenario to `path` without ever leaving a half-written file;
/// the previous version is kept as `NAME.bak`. See [`write_atomic`]. A
/// scenario over a file limit is refused before anything is written.
pub fn save_path(scenario: &Scenario, path: &Path) -> Result<(), SaveError> {
    let text = scenario_text(scenario, path)?;
    write_atomic(&mut StdFs, path, text.as_bytes(), true)
}

/// An [`OverLimit`] carried as the `io::Error` a [`SaveError`] keeps.
#[derive(Debug)]
struct OverLimitError(OverLimit);

impl std::fmt::Display for OverLimitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::i18n::limit_text(&self.0, Lang::En))
    }
}

impl std::error::Error for OverLimitError {}

/// The text every writer saves to `path`, once the scenario is within the
/// file limits (`model::check_limits`) and its text within the size the
/// loader reads: seatplan never writes a file it would refuse to open.
pub fn scenario_text(scenario: &Scenario, path: &Path) -> Result<String, SaveError> {
    let refuse = |o: OverLimit| SaveError {
        step: SaveStep::Write,
        path: path.to_path_buf(),
        source: io::Error::other(OverLimitError(o)),
    };
    check_limits(scenario).map_err(refuse)?;
    let text = to_ron_string(scenario);
    check_file_bytes(text.len()).map_err(refuse)?;
    Ok(text)
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder,
/// flushed to disk, then renamed over the target, so a crash or a full disk at
/// any moment leaves either the old file or the new one, never a broken one.
/// With `backup`, an existing target is first kept as `NAME.bak`. A symbolic
/// link is followed, so the file it points to is replaced, not the link.
pub fn write_atomic(
    fs: &mut dyn SaveFs,
    path: &Path,
    bytes: &[u8],
    backup: bool,
) -> Result<(), SaveError> {
    let target = resolve_link(path);
    let tmp = temp_path(&target);
    let fail = |step| {
        move |source| SaveError {
            step,
            path: path.to_path_buf(),
            source,
        }
    };
    let mut file = fs.create_temp(&tmp).map_err(fail(SaveStep::CreateTemp))?;
    let result = (|| {
        fs.write(&mut file, bytes).map_err(fail(SaveStep::Write))?;
        let existing = std::fs::metadata(&target).ok().filter(|m| m.is_file());
        if let Some(meta) = &existing {
            // Keep the file's permissions (best effort: a different owner may
            // not allow it, and the save matters more).
            let _ = file.set_permissions(meta.permissions());
        }
        fs.sync(&mut file).map_err(fail(SaveStep::Sync))?;
        drop(file);
        if backup && existing.is_some() {
            fs.backup(&target, &backup_path(&target))
                .map_err(fail(SaveStep::Backup))?;
        }
        fs.rename(&tmp, &target).map_err(fail(SaveStep::Rename))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    } else {
        sync_dir(&target);
    }
    result
}

fn resolve_link(path: &Path) -> PathBuf {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if is_link && let Ok(real) = std::fs::canonicalize(path) {
        return real;
    }
    path.to_path_buf()
}

/// Makes the rename itself durable (Unix; elsewhere a no-op). Best effort:
/// the new file is already in place.
fn sync_dir(target: &Path) {
    #[cfg(unix)]
    if let Some(dir) = target.parent() {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = target;
}

//! Crash recovery: while a document has unsaved changes, a copy of it is kept
//! in the app's data folder, so a crash, a killed process or a power cut loses
//! at most a few seconds of work. A clean exit removes the copy; the next start
//! after a crash offers to restore it.
//!
//! Each running window owns one `recovery-ID.ron`, and holds a lock on
//! `recovery-ID.lock` while it runs, so a second window never offers (or
//! deletes) the copy of a first one that is still open. The copy is written
//! atomically (see [`super::save::write_atomic`]).

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use serde::{Deserialize, Serialize};

use super::ron_write::to_ron_string;
use super::save::{SaveError, StdFs, write_atomic};
use super::watch::DiskState;
use crate::model::Scenario;

const PREFIX: &str = "recovery-";
const FORMAT: u32 = 1;

/// What a recovery file holds.
#[derive(Debug, Serialize, Deserialize)]
struct RecoveryData {
    format: u32,
    /// When it was written, in seconds since the Unix epoch.
    written: u64,
    /// The scenario's own file, if it had one.
    path: Option<String>,
    /// That file as it was when the document was loaded or last saved, so
    /// saving a restored document over a file changed since still asks.
    disk: Option<DiskState>,
    /// The scenario, as `save` writes it.
    scenario: String,
}

/// The state to keep: the scenario with the file it belongs to.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub scenario: Scenario,
    pub path: Option<PathBuf>,
    pub disk: Option<DiskState>,
}

/// A recovery file left by a window that did not close cleanly.
#[derive(Debug, Clone)]
pub struct Recovered {
    /// The recovery file itself.
    pub file: PathBuf,
    pub written: SystemTime,
    pub path: Option<PathBuf>,
    pub disk: Option<DiskState>,
    /// The scenario text (load it with [`super::load_str`]).
    pub text: String,
}

/// This window's recovery file and the lock that marks it as in use.
pub struct RecoveryStore {
    dir: PathBuf,
    file: PathBuf,
    lock_path: PathBuf,
    _lock: File,
}

impl RecoveryStore {
    /// Claims a recovery file in `dir` (created if missing) for this window.
    pub fn open(dir: &Path) -> std::io::Result<RecoveryStore> {
        std::fs::create_dir_all(dir)?;
        let nanos = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let id = format!("{}-{nanos:x}", std::process::id());
        let lock_path = dir.join(format!("{PREFIX}{id}.lock"));
        let lock = File::options()
            .write(true)
            .create(true)
            .truncate(false)
            .open(&lock_path)?;
        lock.try_lock().map_err(std::io::Error::other)?;
        Ok(RecoveryStore {
            dir: dir.to_path_buf(),
            file: dir.join(format!("{PREFIX}{id}.ron")),
            lock_path,
            _lock: lock,
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// This window's recovery file (it exists only while there is unsaved work).
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// Removes this window's recovery file (nothing unsaved any more).
    pub fn remove(&self) -> std::io::Result<()> {
        remove_if_present(&self.file)
    }

    /// A clean exit: removes the recovery file and the lock.
    pub fn close(self) -> std::io::Result<()> {
        let removed = self.remove();
        let RecoveryStore {
            lock_path, _lock, ..
        } = self;
        // Unlocked before it is removed (Windows refuses to remove open files).
        drop(_lock);
        let _ = remove_if_present(&lock_path);
        removed
    }

    /// Recovery files in the folder left by windows that are no longer
    /// running, newest first. Files that cannot be read are included (their
    /// [`read_recovery`] reports why).
    pub fn orphans(&self) -> Vec<PathBuf> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut found: Vec<(SystemTime, PathBuf)> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| *p != self.file && is_recovery_file(p) && !in_use(p))
            .map(|p| {
                let t = std::fs::metadata(&p)
                    .and_then(|m| m.modified())
                    .unwrap_or(SystemTime::UNIX_EPOCH);
                (t, p)
            })
            .collect();
        found.sort_by(|a, b| b.cmp(a));
        found.into_iter().map(|(_, p)| p).collect()
    }
}

fn is_recovery_file(p: &Path) -> bool {
    p.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(".ron"))
}

/// Whether the window that wrote `file` still runs (holds its lock).
fn in_use(file: &Path) -> bool {
    let lock = file.with_extension("lock");
    match File::options().write(true).open(&lock) {
        Ok(f) => f.try_lock().is_err(),
        Err(_) => false,
    }
}

fn remove_if_present(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// Writes `snapshot` to `file` atomically.
pub fn write_recovery(file: &Path, snapshot: &Snapshot) -> Result<(), SaveError> {
    let data = RecoveryData {
        format: FORMAT,
        written: SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
        path: snapshot
            .path
            .as_ref()
            .map(|p| p.to_string_lossy().into_owned()),
        disk: snapshot.disk.clone(),
        scenario: to_ron_string(&snapshot.scenario),
    };
    let text =
        ron::ser::to_string_pretty(&data, ron::ser::PrettyConfig::default()).map_err(|e| {
            SaveError {
                step: super::save::SaveStep::Write,
                path: file.to_path_buf(),
                source: std::io::Error::other(e),
            }
        })?;
    write_atomic(&mut StdFs, file, text.as_bytes(), false)
}

/// Why a recovery file cannot be used. `Display` is the English text; the
/// window calls [`RecoveryError::message`] with its language.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message(crate::i18n::Lang::En))]
pub enum RecoveryError {
    Read(#[from] std::io::Error),
    TooLarge,
    Damaged(#[from] ron::error::SpannedError),
    /// Written by another version of seatplan.
    OtherFormat(u32),
}

impl RecoveryError {
    /// Why, in `lang` (keys in `assets/i18n`); a system error in its own words.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::tr_in;
        match self {
            RecoveryError::Read(e) => e.to_string(),
            RecoveryError::TooLarge => tr_in(lang, "recovery-too-large", &[]),
            RecoveryError::Damaged(e) => tr_in(
                lang,
                "recovery-damaged",
                &[("detail", e.to_string().into())],
            ),
            RecoveryError::OtherFormat(format) => tr_in(
                lang,
                "recovery-other-format",
                &[("format", format.to_string().into())],
            ),
        }
    }
}

/// Reads a recovery file; the error says why it cannot be used.
pub fn read_recovery(file: &Path) -> Result<Recovered, RecoveryError> {
    let len = std::fs::metadata(file)?.len();
    // The scenario text is escaped inside the file, so allow for growth.
    if len > 2 * super::MAX_FILE_BYTES {
        return Err(RecoveryError::TooLarge);
    }
    let text = std::fs::read_to_string(file)?;
    let data: RecoveryData = ron::Options::default().from_str(&text)?;
    if data.format != FORMAT {
        return Err(RecoveryError::OtherFormat(data.format));
    }
    Ok(Recovered {
        file: file.to_path_buf(),
        written: SystemTime::UNIX_EPOCH + Duration::from_secs(data.written),
        path: data.path.map(PathBuf::from),
        disk: data.disk,
        text: data.scenario,
    })
}

/// Deletes a recovery file left by another window, with its lock file.
pub fn discard_recovery(file: &Path) -> std::io::Result<()> {
    let _ = remove_if_present(&file.with_extension("lock"));
    remove_if_present(file)
}

/// Sets a recovery file that cannot be read aside (`.ron.damaged`), so it is
/// not offered again but nothing is deleted.
pub fn set_aside(file: &Path) -> std::io::Result<PathBuf> {
    let mut name = file.file_name().unwrap_or_default().to_os_string();
    name.push(".damaged");
    let to = file.with_file_name(name);
    std::fs::rename(file, &to)?;
    let _ = remove_if_present(&file.with_extension("lock"));
    Ok(to)
}

/// When to write the recovery copy: at once for the first change after a
/// quiet spell, then at most every `interval` while edits go on, and once more
/// when they stop (after `quiet`). Never when nothing changed.
#[derive(Debug, Clone)]
pub struct Throttle {
    interval: Duration,
    quiet: Duration,
    /// The last revision seen and when it was first seen.
    seen: Option<(u64, Instant)>,
    written: Option<u64>,
    last_write: Option<Instant>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    Now,
    /// Check again after this long.
    In(Duration),
    Idle,
}

impl Throttle {
    pub fn new(interval: Duration, quiet: Duration) -> Throttle {
        Throttle {
            interval,
            quiet,
            seen: None,
            written: None,
            last_write: None,
        }
    }

    pub fn check(&mut self, now: Instant, revision: u64) -> Due {
        let changed_at = match self.seen {
            Some((r, t)) if r == revision => t,
            _ => {
                self.seen = Some((revision, now));
                now
            }
        };
        if self.written == Some(revision) {
            return Due::Idle;
        }
        let since_write = self.last_write.map(|t| now.saturating_duration_since(t));
        let since_change = now.saturating_duration_since(changed_at);
        match since_write {
            None => Due::Now,
            Some(w) if w >= self.interval || since_change >= self.quiet => Due::Now,
            Some(w) => Due::In((self.interval - w).min(self.quiet - since_change)),
        }
    }

    pub fn wrote(&mut self, now: Instant, revision: u64) {
        self.written = Some(revision);
        self.last_write = Some(now);
    }

    /// The copy was removed (or must be written now): the next check is due
    /// at once.
    pub fn reset(&mut self) {
        self.written = None;
        self.last_write = None;
    }

    /// The last write failed: try again when the next one is due.
    pub fn retry(&mut self) {
        self.written = None;
    }
}

/// "2026-05-02 14:03 UTC".
pub fn format_utc(t: SystemTime) -> String {
    let (days, rem) = crate::calendar::days_and_seconds(t);
    let (year, month, day) = crate::calendar::civil_date(days);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        rem / 3600,
        rem % 3600 / 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_times() {
        assert_eq!(format_utc(SystemTime::UNIX_EPOCH), "1970-01-01 00:00 UTC");
        let t = SystemTime::UNIX_EPOCH + Duration::from_secs(1_709_210_096);
        assert_eq!(format_utc(t), "2024-02-29 12:34 UTC");
    }

    #[test]
    fn throttle_writes_first_change_then_every_interval_and_after_a_burst() {
        let t0 = Instant::now();
        let s = Duration::from_secs;
        let ms = Duration::from_millis;
        let mut th = Throttle::new(s(3), s(1));
        assert_eq!(th.check(t0, 1), Due::Now, "first change: at once");
        th.wrote(t0, 1);
        assert_eq!(th.check(t0 + ms(10), 1), Due::Idle, "nothing new");
        // Typing: a new revision every 200 ms.
        assert_eq!(th.check(t0 + ms(200), 2), Due::In(s(1)));
        assert_eq!(th.check(t0 + ms(400), 3), Due::In(s(1)));
        assert_eq!(th.check(t0 + ms(2_800), 14), Due::In(ms(200)));
        assert_eq!(th.check(t0 + s(3), 15), Due::Now, "every 3 s while typing");
        th.wrote(t0 + s(3), 15);
        assert_eq!(th.check(t0 + ms(3_200), 16), Due::In(s(1)));
        assert_eq!(
            th.check(t0 + ms(4_200), 16),
            Due::Now,
            "1 s after the burst"
        );
        th.wrote(t0 + ms(4_200), 16);
        assert_eq!(th.check(t0 + s(60), 16), Due::Idle);
        th.reset();
        assert_eq!(
            th.check(t0 + s(61), 16),
            Due::Now,
            "written again after removal"
        );
    }

    #[test]
    fn a_live_window_s_file_is_not_an_orphan() {
        let dir = tempfile::tempdir().expect("temp dir");
        let a = RecoveryStore::open(dir.path()).expect("a");
        let b = RecoveryStore::open(dir.path()).expect("b");
        let snapshot = Snapshot {
            scenario: Scenario::new_empty(),
            path: None,
            disk: None,
        };
        write_recovery(a.file(), &snapshot).expect("write");
        assert!(b.orphans().is_empty(), "a still runs");
        let a_file = a.file().to_path_buf();
        drop(a); // as if it crashed: the lock goes, the file stays
        assert_eq!(b.orphans(), vec![a_file.clone()]);
        let r = read_recovery(&a_file).expect("read");
        assert_eq!(
            crate::io::load_str(&r.text).expect("loads").scenario,
            Scenario::new_empty()
        );
        discard_recovery(&a_file).expect("discard");
        assert!(b.orphans().is_empty());
        b.close().expect("close");
        assert_eq!(
            std::fs::read_dir(dir.path()).expect("list").count(),
            0,
            "a clean exit leaves nothing"
        );
    }
}

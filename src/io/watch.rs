//! Noticing that the open file changed on disk: a fingerprint of the file as
//! it was loaded or saved, and a watcher (notify) that says when to compare.

use std::hash::Hasher as _;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::SystemTime;

use notify::{RecursiveMode, Watcher as _};
use serde::{Deserialize, Serialize};

/// What a file on disk was: its length, modification time and a hash of its
/// bytes. Two fingerprints with the same length and hash are the same content,
/// whatever their times.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiskState {
    pub len: u64,
    /// Seconds and nanoseconds since the Unix epoch, when the system gives it.
    pub modified: Option<(u64, u32)>,
    pub hash: u64,
}

fn mtime(meta: &std::fs::Metadata) -> Option<(u64, u32)> {
    let since = meta
        .modified()
        .ok()?
        .duration_since(SystemTime::UNIX_EPOCH)
        .ok()?;
    Some((since.as_secs(), since.subsec_nanos()))
}

/// A hash of the bytes, the same for every run of this build (not
/// cryptographic: it tells our own bytes from someone else's, nothing more).
pub fn content_hash(bytes: &[u8]) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    h.write(bytes);
    h.finish()
}

impl DiskState {
    /// The file at `path` now; `Ok(None)` when there is no file there.
    pub fn read(path: &Path) -> std::io::Result<Option<DiskState>> {
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e),
        };
        let mut bytes = Vec::new();
        std::fs::File::open(path)?
            .take(super::MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)?;
        Ok(Some(DiskState {
            len: meta.len(),
            modified: mtime(&meta),
            hash: content_hash(&bytes),
        }))
    }

    /// The fingerprint of `bytes` just written to `path`.
    pub fn written(path: &Path, bytes: &[u8]) -> DiskState {
        DiskState {
            len: bytes.len() as u64,
            modified: std::fs::metadata(path).ok().and_then(|m| mtime(&m)),
            hash: content_hash(bytes),
        }
    }

    pub fn same_content(&self, other: &DiskState) -> bool {
        self.len == other.len && self.hash == other.hash
    }
}

/// Whether the file at `path` still holds what `known` describes (`None`:
/// no file). Cheap when nothing changed: the bytes are read only when the
/// length or time differs from `known`.
pub fn disk_changed(path: &Path, known: Option<&DiskState>) -> std::io::Result<DiskChange> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => Some(m),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    match (known, meta) {
        (None, None) => Ok(DiskChange::Same),
        (Some(_), None) => Ok(DiskChange::Removed),
        (Some(k), Some(m))
            if k.len == m.len() && k.modified.is_some() && k.modified == mtime(&m) =>
        {
            Ok(DiskChange::Same)
        }
        (known, Some(_)) => match DiskState::read(path)? {
            None => Ok(DiskChange::Removed),
            Some(now) if known.is_some_and(|k| k.same_content(&now)) => Ok(DiskChange::Same),
            Some(now) => Ok(DiskChange::Changed(now)),
        },
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiskChange {
    Same,
    /// Different bytes (or a file where there was none).
    Changed(DiskState),
    Removed,
}

/// Watches one file (through its folder, so saves that replace the file by a
/// rename are seen too). `on_event` runs on the watcher's thread, e.g. to
/// wake the UI; [`FileWatcher::take_events`] tells whether anything happened.
pub struct FileWatcher {
    path: PathBuf,
    rx: Receiver<()>,
    _watcher: notify::RecommendedWatcher,
}

impl FileWatcher {
    pub fn new(path: &Path, on_event: impl Fn() + Send + 'static) -> notify::Result<FileWatcher> {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = path.file_name().map(std::ffi::OsStr::to_os_string);
        let (tx, rx) = channel();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                let relevant = match &event {
                    Ok(e) => e
                        .paths
                        .iter()
                        .any(|p| p.file_name().map(std::ffi::OsStr::to_os_string) == name),
                    // An error may hide a change: let the owner compare.
                    Err(_) => true,
                };
                if relevant && tx.send(()).is_ok() {
                    on_event();
                }
            })?;
        watcher.watch(&dir, RecursiveMode::NonRecursive)?;
        Ok(FileWatcher {
            path: path.to_path_buf(),
            rx,
            _watcher: watcher,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether events arrived since the last call (drains them).
    pub fn take_events(&self) -> bool {
        let mut any = false;
        while self.rx.try_recv().is_ok() {
            any = true;
        }
        any
    }
}

//! File → Consolidate files…: regional scenario files merged (the rules of
//! `seatplan merge`, docs/merge.md) into a new, unsaved document; for the rest
//! of the session the window knows which file each region came from and when
//! that file was saved, watches the files, and can re-read them.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::{Document, LoadFailure, Modal, NoticeLevel, SeatplanApp, ViewState};
use crate::i18n::{Arg, num, tr, tr_args};
use crate::io;
use crate::io::watch::{DiskChange, DiskState, FileWatcher, disk_changed};
use crate::model::{Diagnostic, MergeError, MergeInput, MergeNotice, Scenario, merge};

/// One file the consolidated document was made from.
pub struct Source {
    pub path: PathBuf,
    /// The file's modification time when it was read.
    pub saved: Option<SystemTime>,
    /// The file changed on disk since it was read: Refresh would differ.
    pub changed: bool,
    /// Whether the file, as read, was approved and still matched (its
    /// review, with who signed, is carried into its regions).
    pub approval: crate::model::Approval,
    disk: Option<DiskState>,
}

impl Source {
    /// Marks the source changed if the file differs from what was read. A
    /// changed source stays so until Refresh: reading it again would be an
    /// event for its watcher, and the next check would read it again.
    fn check(&mut self) {
        if self.changed {
            return;
        }
        match disk_changed(&self.path, self.disk.as_ref()) {
            Ok(DiskChange::Same) => {
                // Touched, same bytes: remember the new time, so the next
                // check compares times only and reads nothing (a read is an
                // event, and would wake the watcher again).
                if let (Some(disk), Some(t)) = (&mut self.disk, modified(&self.path)) {
                    disk.modified = t
                        .duration_since(SystemTime::UNIX_EPOCH)
                        .ok()
                        .map(|d| (d.as_secs(), d.subsec_nanos()));
                }
            }
            _ => self.changed = true,
        }
    }

    /// The file name, as the pane and the region editor show it.
    pub fn name(&self) -> String {
        self.path.file_name().map_or_else(
            || self.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    }
}

/// Why a consolidation (or a refresh) did not happen; nothing was replaced.
#[derive(Debug, Clone)]
pub enum Problem {
    /// The folder holds no scenario file.
    EmptyFolder(PathBuf),
    /// A file could not be read, or has errors.
    File(LoadFailure),
    Merge(MergeError),
}

/// The consolidated document's sources, kept for the session (runtime state,
/// never saved).
pub struct Consolidation {
    /// What the user picked: files, or one folder (listed again on refresh,
    /// so a file added to it is taken in).
    request: Vec<PathBuf>,
    pub sources: Vec<Source>,
    /// What the merge changed (conversions, renamed ids), translated when shown.
    pub notices: Vec<MergeNotice>,
    /// Region id → index in `sources`.
    origin: HashMap<String, usize>,
    /// Why the last refresh failed; empty when it worked.
    pub problems: Vec<Problem>,
    /// Source index and its watcher.
    watchers: Vec<(usize, FileWatcher)>,
    watching: bool,
}

impl Consolidation {
    /// The file region `id` came from.
    pub fn source_of(&self, id: &str) -> Option<&Source> {
        self.origin.get(id).and_then(|&i| self.sources.get(i))
    }

    /// The region ids that came from source `index`, in document order.
    pub fn regions_of<'a>(&'a self, scenario: &'a Scenario, index: usize) -> Vec<&'a str> {
        scenario
            .regions
            .iter()
            .filter(|r| self.origin.get(&r.id) == Some(&index))
            .map(|r| r.id.as_str())
            .collect()
    }

    pub fn any_changed(&self) -> bool {
        self.sources.iter().any(|s| s.changed)
    }
}

/// The scenario files `request` names: the files themselves, or every `.ron`
/// file of a folder (by name, so the order is the same every time; `.bak`
/// and the temporary files of a save end otherwise and are left out).
pub fn expand(request: &[PathBuf]) -> Result<Vec<PathBuf>, Problem> {
    let mut files = Vec::new();
    for path in request {
        if !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        let mut in_dir: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| {
                Problem::File(LoadFailure {
                    path: path.clone(),
                    reason: e.to_string(),
                    diagnostics: Vec::new(),
                })
            })?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.is_file()
                    && p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron"))
                    && !p
                        .file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            })
            .collect();
        if in_dir.is_empty() {
            return Err(Problem::EmptyFolder(path.clone()));
        }
        in_dir.sort();
        files.extend(in_dir);
    }
    Ok(files)
}

/// How the notices name each file: its name, or its whole path when another
/// file of the same name (another akimat's `plan.ron`) is merged too.
fn labels(files: &[PathBuf]) -> Vec<String> {
    let name = |p: &Path| p.file_name().map(|n| n.to_string_lossy().into_owned());
    files
        .iter()
        .map(|p| match name(p) {
            Some(n)
                if files
                    .iter()
                    .filter(|q| name(q).as_ref() == Some(&n))
                    .count()
                    == 1 =>
            {
                n
            }
            _ => p.display().to_string(),
        })
        .collect()
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// Reads and merges the files of `request`: the merged scenario and the new
/// consolidation, or every problem found.
fn build(request: Vec<PathBuf>) -> Result<(Scenario, Consolidation), Vec<Problem>> {
    let files = expand(&request).map_err(|p| vec![p])?;
    let labels = labels(&files);
    let mut problems = Vec::new();
    let mut inputs = Vec::with_capacity(files.len());
    let mut sources = Vec::with_capacity(files.len());
    for (path, label) in files.into_iter().zip(labels) {
        // The time and fingerprint before reading: a change made while
        // reading shows as a change, never the other way round.
        let saved = modified(&path);
        let disk = DiskState::read(&path).ok().flatten();
        match io::load_path(&path) {
            Ok(loaded) if !loaded.has_errors() => {
                let approval = io::approval(&loaded.scenario);
                inputs.push(MergeInput {
                    source: label,
                    scenario: loaded.scenario,
                });
                sources.push(Source {
                    path,
                    saved,
                    changed: false,
                    approval,
                    disk,
                });
            }
            Ok(loaded) => problems.push(Problem::File(LoadFailure {
                reason: tr("load-invalid"),
                diagnostics: loaded
                    .diagnostics
                    .into_iter()
                    .filter(Diagnostic::is_error)
                    .collect(),
                path,
            })),
            Err(e) => {
                problems.push(Problem::File(LoadFailure::from_error(&path, &e)));
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut merged = merge(&inputs, None)
        .map_err(|errors| errors.into_iter().map(Problem::Merge).collect::<Vec<_>>())?;
    crate::io::review::carry_reviews(&mut merged, &inputs);
    let origin = merged
        .scenario
        .regions
        .iter()
        .zip(&merged.origins)
        .map(|(r, &i)| (r.id.clone(), i))
        .collect();
    let consolidation = Consolidation {
        request,
        sources,
        notices: merged.notices,
        origin,
        problems: Vec::new(),
        watchers: Vec::new(),
        watching: false,
    };
    Ok((merged.scenario, consolidation))
}

impl SeatplanApp {
    /// Consolidates `request` (files, or a folder) into a new, unsaved
    /// document. On any problem the current document stays and the user is
    /// told what to fix.
    pub(super) fn consolidate(&mut self, request: Vec<PathBuf>) {
        match build(request) {
            Ok((scenario, consolidation)) => {
                let mut doc = Document::new(scenario, None);
                doc.mark_unsaved();
                self.doc = doc;
                self.view = ViewState::default();
                self.restore_last_region();
                self.modals.close_load_failure();
                let text = consolidated_text(&consolidation, self);
                self.notify(NoticeLevel::Info, text);
                self.consolidation = Some(consolidation);
                self.workspace.show(super::Pane::Sources);
            }
            Err(problems) => self.report_problems(&problems),
        }
    }

    /// Re-reads the sources and replaces the document's content with the
    /// result, as one undoable edit. On a problem nothing changes and the
    /// pane says why.
    pub(super) fn refresh_consolidation(&mut self) {
        let Some(request) = self.consolidation.as_ref().map(|c| c.request.clone()) else {
            return;
        };
        match build(request) {
            Ok((scenario, consolidation)) => {
                // The name may have been edited; the files say nothing about it.
                let name = self.doc.scenario().name.clone();
                self.doc.edit(None, |s| {
                    *s = Scenario { name, ..scenario };
                });
                self.notify(
                    NoticeLevel::Info,
                    tr_args(
                        "consolidate-refreshed",
                        &[
                            ("count", Arg::Count(consolidation.sources.len() as i64)),
                            ("n", num(consolidation.sources.len() as i64).into()),
                        ],
                    ),
                );
                self.consolidation = Some(consolidation);
            }
            Err(problems) => {
                self.notify(NoticeLevel::Error, tr("consolidate-refresh-failed"));
                if let Some(c) = &mut self.consolidation {
                    c.problems = problems;
                }
            }
        }
    }

    fn report_problems(&mut self, problems: &[Problem]) {
        for p in problems {
            match p {
                Problem::EmptyFolder(path) => self.notify(
                    NoticeLevel::Error,
                    tr_args(
                        "consolidate-empty-folder",
                        &[("path", path.display().to_string().into())],
                    ),
                ),
                Problem::File(failure) => {
                    if self.modals.any() {
                        self.notify(
                            NoticeLevel::Error,
                            tr_args(
                                "consolidate-file-failed",
                                &[("path", failure.path.display().to_string().into())],
                            ),
                        );
                    } else {
                        self.modals.open(Modal::LoadFailure(failure.clone()));
                    }
                }
                Problem::Merge(e) => {
                    self.notify(NoticeLevel::Error, problem_text(&Problem::Merge(e.clone())));
                }
            }
        }
    }

    /// Follows the sources on disk: a file saved since it was read is marked
    /// changed, so the pane offers Refresh. Called once a frame; reads a file
    /// only when its watcher saw an event.
    pub(super) fn watch_sources(&mut self, ctx: &egui::Context) {
        let Some(c) = &mut self.consolidation else {
            return;
        };
        if !c.watching {
            c.watching = true;
            for (i, s) in c.sources.iter().enumerate() {
                let ctx = ctx.clone();
                // Without a watcher (no inotify left) the file is still read
                // on Refresh; only the "changed" mark is lost.
                if let Ok(w) = FileWatcher::new(&s.path, move || ctx.request_repaint()) {
                    c.watchers.push((i, w));
                }
            }
        }
        let woke: Vec<usize> = c
            .watchers
            .iter()
            .filter(|(_, w)| w.take_events())
            .map(|&(i, _)| i)
            .collect();
        for i in woke {
            if let Some(s) = c.sources.get_mut(i) {
                s.check();
            }
        }
    }

    /// Compares every source with what was read (tests call this directly
    /// instead of waiting for the watcher).
    pub fn check_sources_now(&mut self) {
        let Some(c) = &mut self.consolidation else {
            return;
        };
        for s in &mut c.sources {
            s.check();
        }
    }
}

fn consolidated_text(c: &Consolidation, app: &SeatplanApp) -> String {
    let s = app.doc.scenario();
    tr_args(
        "consolidated",
        &[
            ("count", Arg::Count(c.sources.len() as i64)),
            ("n", num(c.sources.len() as i64).into()),
            ("regions", num(s.regions.len() as i64).into()),
            ("schools", num(s.schools.len() as i64).into()),
        ],
    )
}

/// A problem in the current language.
pub fn problem_text(p: &Problem) -> String {
    match p {
        Problem::EmptyFolder(path) => tr_args(
            "consolidate-empty-folder",
            &[("path", path.display().to_string().into())],
        ),
        Problem::File(f) => tr_args(
            "consolidate-file-problem",
            &[
                ("path", f.path.display().to_string().into()),
                ("reason", f.reason.clone().into()),
            ],
        ),
        Problem::Merge(e) => {
            crate::i18n::diagnostic_text(e.code(), &e.args(), crate::i18n::lang(), true)
        }
    }
}

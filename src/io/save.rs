//! Writes scenarios in the layout of `docs/scenario-format.md`: struct names, one
//! field a line, optional fields left out when unset, and the deficit map and
//! region names on one line each, so files diff well in version control.
//! Deterministic: saving the same scenario always gives the same bytes.

use std::fmt::Write as _;
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

use super::ron_write::quote;
use crate::i18n::{Lang, tr_in};
use crate::model::{
    Assumptions, DelayOdds, Demand, District, Existing, LocalizedName, OverLimit, Region, Scenario,
    School, Text, check_file_bytes, check_limits,
};

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

/// `(kk: "…", ru: "…", en: "…")` with the languages given.
fn names(n: &LocalizedName) -> String {
    let names: Vec<String> = [("kk", &n.kk), ("ru", &n.ru), ("en", &n.en)]
        .into_iter()
        .filter_map(|(lang, name)| name.as_ref().map(|n| format!("{lang}: {}", quote(n))))
        .collect();
    format!("({})", names.join(", "))
}

/// A scenario's or a school's name (or a description) in the form the file
/// used. A translated text with no language at all (code can build one) is
/// written `(en: "")`: a text is a string or a map, so RON refuses `()`
/// there (a region's name, always a map, takes it), and a saved file must
/// open again. It reads back translated and shows the same empty text.
fn text(t: &Text) -> String {
    match t {
        Text::Plain(s) => quote(s),
        Text::Translated(n) if *n == LocalizedName::default() => "(en: \"\")".to_owned(),
        Text::Translated(n) => names(n),
    }
}

struct Writer {
    out: String,
}

impl Writer {
    fn field(&mut self, indent: usize, name: &str, value: impl std::fmt::Display) {
        let _ = writeln!(
            self.out,
            "{:indent$}{name}: {value},",
            "",
            indent = indent * 4
        );
    }

    fn opt_str(&mut self, indent: usize, name: &str, value: Option<&String>) {
        if let Some(v) = value {
            self.field(indent, name, quote(v));
        }
    }

    fn line(&mut self, indent: usize, text: &str) {
        let _ = writeln!(self.out, "{:indent$}{text}", "", indent = indent * 4);
    }

    fn region(&mut self, r: &Region) {
        self.line(2, "Region(");
        self.field(3, "id", quote(&r.id));
        self.field(3, "name", names(&r.name));
        self.field(3, "kind", format!("{:?}", r.kind));
        if let Some(deficit) = &r.deficit {
            let points: Vec<String> = deficit.iter().map(|(y, d)| format!("{y}: {d}")).collect();
            self.field(3, "deficit", format!("{{{}}}", points.join(", ")));
        }
        if let Some(d) = &r.demand {
            self.demand(3, d);
        }
        if let Some(districts) = &r.districts {
            self.districts(districts);
        }
        if r.illustrative {
            self.field(3, "illustrative", true);
        }
        self.opt_str(3, "source", r.source.as_ref());
        if let Some(review) = &r.review {
            super::ron_write::write_review(&mut self.out, review, 3);
        }
        self.line(2, "),");
    }

    /// `name: (kk: …, ru: …, en: …)` with the languages given.
    fn name(&mut self, indent: usize, name: &LocalizedName) {
        self.field(indent, "name", names(name));
    }

    /// A region's `districts: [District(…), …]`, each laid out like a region
    /// one level deeper; an empty list stays `[]` so the file says what it said.
    fn districts(&mut self, districts: &[District]) {
        if districts.is_empty() {
            self.field(3, "districts", "[]");
            return;
        }
        self.line(3, "districts: [");
        for d in districts {
            self.line(4, "District(");
            self.field(5, "id", quote(&d.id));
            self.name(5, &d.name);
            if let Some(deficit) = &d.deficit {
                self.field(5, "deficit", map(deficit));
            }
            if let Some(demand) = &d.demand {
                self.demand(5, demand);
            }
            if d.illustrative {
                self.field(5, "illustrative", true);
            }
            self.opt_str(5, "source", d.source.as_ref());
            self.line(4, "),");
        }
        self.line(3, "],");
    }

    /// `demand: Demand(...)` at `indent`: counts and maps on one line each,
    /// grades one school year a line; optional fields only when given, so
    /// load → save → load gives the same demand.
    pub(crate) fn demand(&mut self, indent: usize, d: &Demand) {
        fn map(m: &std::collections::BTreeMap<i32, i64>) -> String {
            let points: Vec<String> = m.iter().map(|(y, v)| format!("{y}: {v}")).collect();
            format!("{{{}}}", points.join(", "))
        }
        self.line(indent, "demand: Demand(");
        let inner = indent + 1;
        if let Some(c) = d.capacity {
            self.field(inner, "capacity", c);
        }
        self.field(inner, "shifts", d.shifts);
        if let Some(m) = d.margin {
            self.field(inner, "margin", m);
        }
        self.field(inner, "births", map(&d.births));
        if let Some(a) = d.entry_age {
            self.field(inner, "entry_age", a);
        }
        if let Some(w) = d.window {
            self.field(inner, "window", w);
        }
        if let Some(grades) = &d.grades {
            self.line(inner, "grades: {");
            for (year, list) in grades {
                let list: Vec<String> = list.iter().map(ToString::to_string).collect();
                self.line(inner + 1, &format!("{year}: [{}],", list.join(", ")));
            }
            self.line(inner, "},");
        }
        if let Some(p) = &d.pupils {
            self.field(inner, "pupils", map(p));
        }
        if let Some(g) = d.grade_count {
            self.field(inner, "grade_count", g);
        }
        if let Some(h) = &d.housing {
            // Yields with `{:?}`, the shortest text that reads back as the
            // same number (as the assumptions' shares).
            let yields: Vec<String> = h.yields.iter().map(|y| format!("{y:?}")).collect();
            self.line(inner, "housing: Housing(");
            self.field(inner + 1, "dwellings", map(&h.dwellings));
            self.field(inner + 1, "yield", format!("[{}]", yields.join(", ")));
            self.opt_str(inner + 1, "source", h.source.as_ref());
            self.line(inner, "),");
        }
        self.line(indent, "),");
    }

    fn school(&mut self, s: &School) {
        self.line(2, "School(");
        self.field(3, "id", quote(&s.id));
        self.field(3, "name", text(&s.name));
        self.field(3, "region", quote(&s.region));
        self.opt_str(3, "district", s.district.as_ref());
        self.field(3, "seats", s.seats);
        if s.replaces != 0 {
            self.field(3, "replaces", s.replaces);
        }
        self.opt_str(3, "replaces_existing", s.replaces_existing.as_ref());
        self.field(3, "opens", s.opens);
        self.field(3, "status", format!("{:?}", s.status));
        if let Some(f) = s.funding {
            self.field(3, "funding", format!("{f:?}"));
        }
        self.opt_str(3, "source", s.source.as_ref());
        self.line(2, "),");
    }

    /// An existing school, laid out like a planned one; its census on one line.
    fn existing(&mut self, e: &Existing) {
        self.line(2, "Existing(");
        self.field(3, "id", quote(&e.id));
        self.field(3, "name", text(&e.name));
        self.field(3, "region", quote(&e.region));
        self.opt_str(3, "district", e.district.as_ref());
        self.field(3, "capacity", e.capacity);
        self.field(3, "pupils", map(&e.pupils));
        if let Some(c) = e.condition {
            self.field(3, "condition", format!("{c:?}"));
        }
        self.opt_str(3, "source", e.source.as_ref());
        self.line(2, "),");
    }
}

/// A year map on one line: `{2023: 1000, 2025: 2001}`.
fn map(points: &std::collections::BTreeMap<i32, i64>) -> String {
    let points: Vec<String> = points.iter().map(|(y, d)| format!("{y}: {d}")).collect();
    format!("{{{}}}", points.join(", "))
}

/// `assumptions: (delay: (…), cost_per_seat: {…}, demand_error: […],
/// deficit_error: …),`, each part only when
/// given. Shares are written with `{:?}`, the shortest text that reads back
/// as the same number, so load → save → load keeps them exactly.
fn write_assumptions(w: &mut Writer, a: &Assumptions) {
    fn odds(o: &DelayOdds) -> String {
        format!(
            "(on_time: {:?}, one_year: {:?}, two_years: {:?})",
            o.on_time, o.one_year, o.two_years
        )
    }
    w.line(1, "assumptions: (");
    if let Some(d) = &a.delay {
        w.line(2, "delay: (");
        for (name, o) in [
            ("planned", &d.planned),
            ("under_construction", &d.under_construction),
            ("commissioned", &d.commissioned),
        ] {
            if let Some(o) = o {
                w.field(3, name, odds(o));
            }
        }
        w.line(2, "),");
    }
    if let Some(table) = &a.cost_per_seat {
        let points: Vec<String> = table.iter().map(|(k, v)| format!("{k}: {v}")).collect();
        w.field(2, "cost_per_seat", format!("{{{}}}", points.join(", ")));
    }
    if let Some(list) = &a.demand_error {
        let values: Vec<String> = list.iter().map(|p| format!("{:?}", p.0)).collect();
        w.field(2, "demand_error", format!("[{}]", values.join(", ")));
    }
    if let Some(p) = a.deficit_error {
        w.field(2, "deficit_error", format!("{:?}", p.0));
    }
    w.line(1, "),");
}

pub fn to_ron_string(s: &Scenario) -> String {
    let mut out = without_review(s);
    if let Some(r) = &s.review {
        // The closing `)` of the scenario goes after the review.
        out.truncate(out.len() - CLOSE.len());
        super::ron_write::write_review(&mut out, r, 1);
        out.push_str(CLOSE);
    }
    out
}

const CLOSE: &str = ")\n";

/// Region `i` as [`to_ron_string`] writes it, without its own review, then
/// its planned and existing schools in file order: what a region's approval
/// in a consolidated file is a digest of.
pub(super) fn region_part(s: &Scenario, i: usize) -> String {
    let mut w = Writer { out: String::new() };
    let Some(r) = s.regions.get(i) else {
        return w.out;
    };
    w.region(&Region {
        review: None,
        ..r.clone()
    });
    for school in s.schools.iter().filter(|x| x.region == r.id) {
        w.school(school);
    }
    for e in s.existing.iter().filter(|x| x.region == r.id) {
        w.existing(e);
    }
    w.out
}

/// The file as [`to_ron_string`] writes it with no `review` block: what an
/// approval's digest is taken of.
pub(super) fn without_review(s: &Scenario) -> String {
    let mut w = Writer {
        out: String::with_capacity(256 + 320 * s.schools.len() + 400 * s.regions.len()),
    };
    w.line(0, "Scenario(");
    w.field(1, "format", s.format);
    w.field(1, "name", text(&s.name));
    if let Some(d) = &s.description {
        w.field(1, "description", text(d));
    }
    w.field(1, "base_year", s.base_year);
    w.field(1, "horizon", s.horizon);
    w.field(1, "seat_unit", format!("{:?}", s.seat_unit));
    if let Some(a) = &s.assumptions {
        write_assumptions(&mut w, a);
    }
    w.line(1, "regions: [");
    for r in &s.regions {
        w.region(r);
    }
    w.line(1, "],");
    w.line(1, "schools: [");
    for school in &s.schools {
        w.school(school);
    }
    w.line(1, "],");
    // Left out when empty, so a file without a stock saves as it always did.
    if !s.existing.is_empty() {
        w.line(1, "existing: [");
        for e in &s.existing {
            w.existing(e);
        }
        w.line(1, "],");
    }
    w.out.push_str(CLOSE);
    w.out
}

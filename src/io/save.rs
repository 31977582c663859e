//! Writes scenarios in the layout of DESIGN.md section 2: struct names, one
//! field a line, optional fields left out when unset, and the deficit map and
//! region names on one line each, so files diff well in version control.
//! Deterministic: saving the same scenario always gives the same bytes.

use std::fmt::Write as _;
use std::path::Path;

use crate::model::{Region, Scenario, School};

/// Writes the scenario to `path` without ever leaving a half-written file:
/// the text goes to a temporary file in the same folder, is flushed to disk,
/// then renamed over the target (atomic on the same file system).
pub fn save_path(scenario: &Scenario, path: &Path) -> std::io::Result<()> {
    use std::io::Write as _;
    let text = to_ron_string(scenario);
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "scenario".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// A RON string literal; non-ASCII text (Kazakh, Russian) is written as is.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
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
        let names: Vec<String> = [("kk", &r.name.kk), ("ru", &r.name.ru), ("en", &r.name.en)]
            .into_iter()
            .filter_map(|(lang, name)| name.as_ref().map(|n| format!("{lang}: {}", quote(n))))
            .collect();
        self.field(3, "name", format!("({})", names.join(", ")));
        self.field(3, "kind", format!("{:?}", r.kind));
        let points: Vec<String> = r.deficit.iter().map(|(y, d)| format!("{y}: {d}")).collect();
        self.field(3, "deficit", format!("{{{}}}", points.join(", ")));
        if r.illustrative {
            self.field(3, "illustrative", true);
        }
        self.opt_str(3, "source", r.source.as_ref());
        self.line(2, "),");
    }

    fn school(&mut self, s: &School) {
        self.line(2, "School(");
        self.field(3, "id", quote(&s.id));
        self.field(3, "name", quote(&s.name));
        self.field(3, "region", quote(&s.region));
        self.opt_str(3, "district", s.district.as_ref());
        self.field(3, "seats", s.seats);
        if s.replaces != 0 {
            self.field(3, "replaces", s.replaces);
        }
        self.field(3, "opens", s.opens);
        self.field(3, "status", format!("{:?}", s.status));
        if let Some(f) = s.funding {
            self.field(3, "funding", format!("{f:?}"));
        }
        self.opt_str(3, "source", s.source.as_ref());
        self.line(2, "),");
    }
}

pub fn to_ron_string(s: &Scenario) -> String {
    let mut w = Writer {
        out: String::with_capacity(256 + 320 * s.schools.len() + 400 * s.regions.len()),
    };
    w.line(0, "Scenario(");
    w.field(1, "format", s.format);
    w.field(1, "name", quote(&s.name));
    w.opt_str(1, "description", s.description.as_ref());
    w.field(1, "base_year", s.base_year);
    w.field(1, "horizon", s.horizon);
    w.field(1, "seat_unit", format!("{:?}", s.seat_unit));
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
    w.line(0, ")");
    w.out
}

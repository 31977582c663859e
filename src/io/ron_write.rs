//! The scenario as seatplan writes it: a fixed layout, fields in the
//! format's order, text escaped (`to_ron_string`), and the pieces the review
//! digests (a region's part, the file without its review block). Saving it
//! to disk, atomically, is `save.rs`'s.

use std::fmt::Write as _;

use crate::model::{
    About, Assumptions, DelayOdds, Demand, District, Existing, LocalizedName, Note, Region, Review,
    Scenario, School, Sign, Text,
};

/// A RON string literal; non-ASCII text (Kazakh, Russian) is written as is.
pub(super) fn quote(s: &str) -> String {
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

/// `review: Review(…)` at `depth` levels in (1 for the scenario's, 3 for a
/// region's): each signature and each note on one line.
pub(super) fn write_review(out: &mut String, r: &Review, depth: usize) {
    let ind = |d: usize| " ".repeat(4 * d);
    let (at, inner, item) = (ind(depth), ind(depth + 1), ind(depth + 2));
    let _ = writeln!(out, "{at}review: Review(");
    for (name, sign) in [("prepared", &r.prepared), ("approved", &r.approved)] {
        if let Some(sign) = sign {
            let _ = writeln!(out, "{inner}{name}: {},", sign_text(sign));
        }
    }
    if !r.notes.is_empty() {
        let _ = writeln!(out, "{inner}notes: [");
        for n in &r.notes {
            let _ = writeln!(out, "{item}{},", note_text(n));
        }
        let _ = writeln!(out, "{inner}],");
    }
    let _ = writeln!(out, "{at}),");
}

fn sign_text(s: &Sign) -> String {
    let mut t = format!("Sign(by: {}, on: {}", quote(&s.by), quote(&s.on));
    if let Some(d) = &s.digest {
        let _ = write!(t, ", digest: {}", quote(d));
    }
    t.push(')');
    t
}

fn note_text(n: &Note) -> String {
    let about = match &n.about {
        About::Scenario => "Scenario".to_string(),
        About::Region(id) => format!("Region({})", quote(id)),
        About::School(id) => format!("School({})", quote(id)),
        About::Existing(id) => format!("Existing({})", quote(id)),
    };
    let mut t = format!(
        "Note(on: {about}, by: {}, on: {}, text: {}",
        quote(&n.by),
        quote(&n.on),
        quote(&n.text)
    );
    if n.resolved {
        t.push_str(", resolved: true");
    }
    t.push(')');
    t
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

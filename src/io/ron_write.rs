//! The smallest pieces of the writer's RON, shared by the scenario writer
//! (`save.rs`) and what it writes for other modules (the review block):
//! below both, so neither needs the other.

use std::fmt::Write as _;

use crate::model::{About, Note, Review, Sign};

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

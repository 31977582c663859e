//! The `review` block in the file: how it is written, and the digest an
//! approval carries (docs/scenario-format.md, "Review and sign-off").

use std::fmt::Write as _;

use sha2::{Digest, Sha256};

use super::save::{quote, without_review};
use crate::model::{About, Approval, DiagArg, Diagnostic, Note, Review, Scenario, Sign, Subject};

/// `sha256:` and the hex SHA-256 of the scenario as seatplan writes it,
/// without its `review` block: any change of a seat, a year, a name or any
/// other field changes it, and signing or adding a note does not.
pub fn digest(s: &Scenario) -> String {
    let hash = Sha256::digest(without_review(s).as_bytes());
    let mut out = String::with_capacity(7 + 64);
    out.push_str("sha256:");
    for byte in hash.iter() {
        let _ = write!(out, "{byte:02x}");
    }
    out
}

/// Whether the scenario is still the plan its approval signed.
pub fn approval(s: &Scenario) -> Approval {
    match &s.review {
        Some(r) if r.approved.is_some() => r.approval(&digest(s)),
        _ => Approval::None,
    }
}

/// The warning for a plan changed since its approval; `None` when it is not
/// approved or still matches.
pub fn approval_diagnostic(s: &Scenario) -> Option<Diagnostic> {
    let sign = s.review.as_ref()?.approved.as_ref()?;
    (approval(s) == Approval::Changed).then(|| {
        Diagnostic::warning(
            Subject::Scenario,
            Some("review"),
            "diag-changed-since-approval",
            vec![
                ("by", DiagArg::Name(sign.by.clone())),
                ("on", DiagArg::text(sign.on.clone())),
            ],
        )
    })
}

/// `review: Review(…)` one level in: each signature and each note on one line.
pub(super) fn write_review(out: &mut String, r: &Review) {
    out.push_str("    review: Review(\n");
    for (name, sign) in [("prepared", &r.prepared), ("approved", &r.approved)] {
        if let Some(sign) = sign {
            let _ = writeln!(out, "        {name}: {},", sign_text(sign));
        }
    }
    if !r.notes.is_empty() {
        out.push_str("        notes: [\n");
        for n in &r.notes {
            let _ = writeln!(out, "            {},", note_text(n));
        }
        out.push_str("        ],\n");
    }
    out.push_str("    ),\n");
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

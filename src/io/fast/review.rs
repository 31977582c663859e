//! The fast reader's `review` block, in exactly the writer's layout
//! (`io/review.rs`): each signature and each note on one line.

use super::*;
use crate::model::{About, Note, Review, Sign};

/// Makes a note's subject from its id.
type MakeAbout = fn(String) -> About;

pub(super) const REVIEW_FIELDS: [&str; 3] = ["prepared", "approved", "notes"];
pub(super) const SIGN_FIELDS: [&str; 3] = ["by", "on", "digest"];
pub(super) const ABOUT_VARIANTS: [&str; 4] = ["Scenario", "Region", "School", "Existing"];

impl Cursor<'_> {
    /// `Review(\n`, its fields one a line a level deeper than `depth` (1
    /// for the scenario's, 3 for a region's), `)` at `depth`.
    pub(super) fn review(&mut self, depth: usize) -> Option<Review> {
        let [f_prepared, f_approved, f_notes] = REVIEW_FIELDS;
        let inner = ind(depth + 1);
        self.expect("Review(\n")?;
        let prepared = self.opt_field(inner, f_prepared, Cursor::sign)?;
        let approved = self.opt_field(inner, f_approved, Cursor::sign)?;
        let notes = self.opt_field(inner, f_notes, |c| c.notes(depth + 1))?;
        self.close(depth, ")")?;
        Some(Review {
            prepared,
            approved,
            notes: notes.unwrap_or_default(),
        })
    }

    /// `Sign(by: "…", on: "…")`, with `, digest: "…"` when there is one.
    fn sign(&mut self) -> Option<Sign> {
        let [f_by, f_on, f_digest] = SIGN_FIELDS;
        self.expect("Sign(")?;
        let by = self.inline(f_by)?;
        self.expect(", ")?;
        let on = self.inline(f_on)?;
        let digest = if self.eat(", ") {
            Some(self.inline(f_digest)?)
        } else {
            None
        };
        self.expect(")")?;
        Some(Sign { by, on, digest })
    }

    /// `name: "…"` inside a one-line struct.
    fn inline(&mut self, name: &str) -> Option<String> {
        self.expect(name)?;
        self.expect(": ")?;
        self.string()
    }

    /// `[\n`, one `Note(…),` a line a level deeper than `depth`, `]` at `depth`.
    fn notes(&mut self, depth: usize) -> Option<Vec<Note>> {
        self.expect("[\n")?;
        let mut notes = Vec::new();
        loop {
            self.comments();
            let start = self.pos;
            if !self.eat(ind(depth + 1)) || !self.rest().starts_with(b"Note(") {
                self.pos = start;
                break;
            }
            notes.push(self.note()?);
            self.expect(",\n")?;
        }
        self.close(depth, "]")?;
        Some(notes)
    }

    fn note(&mut self) -> Option<Note> {
        let [f_on, f_by, _, f_text, f_resolved] = crate::model::NOTE_FIELDS;
        self.expect("Note(")?;
        self.expect(f_on)?;
        self.expect(": ")?;
        let about = self.about()?;
        self.expect(", ")?;
        let by = self.inline(f_by)?;
        self.expect(", ")?;
        let on = self.inline(f_on)?;
        self.expect(", ")?;
        let text = self.inline(f_text)?;
        let resolved = self.eat(", ") && self.eat(f_resolved) && self.eat(": true");
        self.expect(")")?;
        Some(Note {
            about,
            by,
            on,
            text,
            resolved,
        })
    }

    fn about(&mut self) -> Option<About> {
        let [scenario, region, school, existing] = ABOUT_VARIANTS;
        if self.rest().starts_with(scenario.as_bytes())
            && self.rest().get(scenario.len()) == Some(&b',')
        {
            self.pos += scenario.len();
            return Some(About::Scenario);
        }
        let make: [(&str, MakeAbout); 3] = [
            (region, About::Region),
            (school, About::School),
            (existing, About::Existing),
        ];
        for (name, make) in make {
            let start = self.pos;
            if self.eat(name) && self.eat("(") {
                let id = self.string()?;
                self.expect(")")?;
                return Some(make(id));
            }
            self.pos = start;
        }
        None
    }
}

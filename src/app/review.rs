//! The review's commands: sign, approve with the plan's digest, clear the
//! approval, add, resolve and delete notes. Each is one undo step.

use super::{ReviewCommand, SeatplanApp};
use crate::model::{Note, Review, Scenario, Sign};

impl SeatplanApp {
    pub(super) fn apply_review(&mut self, command: ReviewCommand) {
        let today = self.today.iso();
        self.doc.edit(None, |s| match command {
            ReviewCommand::Prepare { by } => {
                review(s).prepared = Some(Sign {
                    by,
                    on: today,
                    digest: None,
                });
            }
            ReviewCommand::Approve { by } => {
                let digest = crate::io::digest(s);
                review(s).approved = Some(Sign {
                    by,
                    on: today,
                    digest: Some(digest),
                });
            }
            ReviewCommand::ClearApproval => {
                if let Some(r) = &mut s.review {
                    r.approved = None;
                }
                tidy(s);
            }
            ReviewCommand::AddNote { about, by, text } => review(s).notes.push(Note {
                about,
                by,
                on: today,
                text,
                resolved: false,
            }),
            ReviewCommand::Resolve { index, resolved } => {
                if let Some(n) = s.review.as_mut().and_then(|r| r.notes.get_mut(index)) {
                    n.resolved = resolved;
                }
            }
            ReviewCommand::DeleteNote(index) => {
                if let Some(r) = &mut s.review
                    && index < r.notes.len()
                {
                    r.notes.remove(index);
                }
                tidy(s);
            }
        });
    }
}

fn review(s: &mut Scenario) -> &mut Review {
    s.review.get_or_insert_with(Review::default)
}

/// An empty review is left out of the file, as if it had never been there.
fn tidy(s: &mut Scenario) {
    if s.review.as_ref().is_some_and(Review::is_empty) {
        s.review = None;
    }
}

//! The `review` block in the file: how it is written, and the digest an
//! approval carries (docs/scenario-format.md, "Review and sign-off").

use std::fmt::Write as _;

use sha2::{Digest, Sha256};

use super::ron_write::{region_part, without_review};
use crate::model::{
    About, Approval, DiagArg, Diagnostic, MergeInput, MergeNotice, Merged, Note, Review, Scenario,
    Subject,
};

/// `sha256:` and the hex SHA-256 of the scenario as seatplan writes it,
/// without its `review` block: any change of a seat, a year, a name or any
/// other field changes it, and signing or adding a note does not.
pub fn digest(s: &Scenario) -> String {
    sha256(&without_review(s))
}

/// Whether the scenario is still the plan its approval signed.
pub fn approval(s: &Scenario) -> Approval {
    match &s.review {
        Some(r) if r.approved.is_some() => r.approval(&digest(s)),
        _ => Approval::None,
    }
}

/// The warnings for a plan changed since its approval, and for each region
/// of a consolidated file changed since its regional file's approval; none
/// where nothing is approved or everything still matches.
pub fn approval_diagnostic(s: &Scenario) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if let Some(sign) = s.review.as_ref().and_then(|r| r.approved.as_ref())
        && approval(s) == Approval::Changed
    {
        out.push(Diagnostic::warning(
            Subject::Scenario,
            Some("review"),
            "diag-changed-since-approval",
            vec![
                ("by", DiagArg::Name(sign.by.clone())),
                ("on", DiagArg::text(sign.on.clone())),
            ],
        ));
    }
    for (i, r) in s.regions.iter().enumerate() {
        if let Some(sign) = r.review.as_ref().and_then(|x| x.approved.as_ref())
            && region_approval(s, i) == Approval::Changed
        {
            out.push(Diagnostic::warning(
                Subject::Region {
                    index: i,
                    id: r.id.clone(),
                },
                Some("review"),
                "diag-region-changed-since-approval",
                vec![
                    ("id", DiagArg::Name(r.id.clone())),
                    ("by", DiagArg::Name(sign.by.clone())),
                    ("on", DiagArg::text(sign.on.clone())),
                ],
            ));
        }
    }
    out
}

/// `sha256:` and the hex SHA-256 of `text`.
fn sha256(text: &str) -> String {
    let hash = Sha256::digest(text.as_bytes());
    let mut out = String::with_capacity(7 + 64);
    out.push_str("sha256:");
    for byte in hash.iter() {
        let _ = write!(out, "{byte:02x}");
    }
    out
}

/// The digest of region `i`'s part of a consolidated file: the region as
/// written without its review, then its planned and existing schools.
pub fn region_digest(s: &Scenario, i: usize) -> String {
    sha256(&region_part(s, i))
}

/// Whether region `i` of a consolidated file is still the part its regional
/// file's approval signed.
pub fn region_approval(s: &Scenario, i: usize) -> Approval {
    match s.regions.get(i).and_then(|r| r.review.as_ref()) {
        Some(r) if r.approved.is_some() => r.approval(&region_digest(s, i)),
        _ => Approval::None,
    }
}

/// The approval of the plan and of each region, for the web page.
pub fn approvals(s: &Scenario) -> crate::model::Approvals {
    crate::model::Approvals {
        plan: approval(s),
        regions: (0..s.regions.len())
            .map(|i| region_approval(s, i))
            .collect(),
    }
}

/// How many regions of a consolidated file still match the approval their
/// regional file carried: the 17 of "17 of 20 regions approved".
pub fn regions_approved(s: &Scenario) -> usize {
    (0..s.regions.len())
        .filter(|&i| region_approval(s, i) == Approval::Approved)
        .count()
}

/// Gives each region of a merged scenario the review of the file it came
/// from (docs/merge.md, "Reviews"): the signatures, and the notes on it, its
/// schools (under their ids after the merge) and on the file as a whole (on
/// the file's first region). A file still matching its approval has the
/// approval carried with the digest of each region's part of the merged
/// file, so it stays "approved" until that part is edited; a file changed
/// since approval keeps its old digest, and says so.
pub fn carry_reviews(merged: &mut Merged, inputs: &[MergeInput]) {
    for (k, input) in inputs.iter().enumerate() {
        let Some(review) = &input.scenario.review else {
            continue;
        };
        let still_approved = approval(&input.scenario) == Approval::Approved;
        let regions: Vec<usize> = (0..merged.scenario.regions.len())
            .filter(|&i| merged.origins.get(i) == Some(&k))
            .collect();
        let renamed = |old: &str| {
            merged
                .notices
                .iter()
                .find_map(|n| match n {
                    MergeNotice::Renamed {
                        source,
                        old_id,
                        new_id,
                        ..
                    } if *source == input.source && old_id == old => Some(new_id.clone()),
                    _ => None,
                })
                .unwrap_or_else(|| old.to_owned())
        };
        let s = &input.scenario;
        let region_of = |note: &Note| -> Option<String> {
            match &note.about {
                About::Scenario => None,
                About::Region(id) => Some(id.clone()),
                About::School(id) => s
                    .schools
                    .iter()
                    .find(|x| &x.id == id)
                    .map(|x| x.region.clone()),
                About::Existing(id) => s
                    .existing
                    .iter()
                    .find(|x| &x.id == id)
                    .map(|x| x.region.clone()),
            }
        };
        for (n, &i) in regions.iter().enumerate() {
            let id = merged.scenario.regions[i].id.clone();
            let notes = review
                .notes
                .iter()
                .filter(|note| match region_of(note) {
                    Some(r) => r == id,
                    None => n == 0,
                })
                .map(|note| Note {
                    about: match &note.about {
                        About::School(x) => About::School(renamed(x)),
                        other => other.clone(),
                    },
                    ..note.clone()
                })
                .collect();
            let mut carried = Review {
                prepared: review.prepared.clone(),
                approved: review.approved.clone(),
                notes,
            };
            if still_approved && let Some(sign) = &mut carried.approved {
                sign.digest = Some(region_digest(&merged.scenario, i));
            }
            merged.scenario.regions[i].review = Some(carried);
        }
    }
}

/// The inverse of [`carry_reviews`] for `seatplan split`: each region's own
/// review becomes its file's review. An approval its region still matched
/// is sealed again with the digest of the new file, so a file split from a
/// consolidated one and merged back stays approved; one that no longer
/// matched keeps its old digest and still says so.
pub fn lift_region_reviews(parts: &mut [Scenario], whole: &Scenario) {
    for (i, part) in parts.iter_mut().enumerate() {
        let Some(region) = part.regions.first_mut() else {
            continue;
        };
        let Some(mut review) = region.review.take() else {
            continue;
        };
        if region_approval(whole, i) == Approval::Approved
            && let Some(sign) = &mut review.approved
        {
            sign.digest = Some(digest(part));
        }
        part.review = Some(review);
    }
}

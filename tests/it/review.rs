//! The `review` block: the approval's digest, and what `check` says about it
//! (docs/scenario-format.md, "Review and sign-off").

use seatplan::io::{approval, digest, load_str, to_ron_string};
use seatplan::model::{About, Approval, Note, Review, Scenario, Sign};

use crate::common::{root, seatplan};

/// The smallest scenario the writer writes, and its digest: the SHA-256 of
/// exactly this text, worked out with `sha256sum` (GNU coreutils).
const SMALLEST: &str = "Scenario(\n    format: 1,\n    name: \"x\",\n    base_year: 2023,\n    horizon: 2029,\n    seat_unit: Design,\n    regions: [\n    ],\n    schools: [\n    ],\n)\n";
const SMALLEST_DIGEST: &str =
    "sha256:d398a2f5986ae38d8808778a2f95ae4f9bd9068b881fa5c829e839366b463623";

fn shipped() -> Scenario {
    let text = std::fs::read_to_string(root().join("scenarios/almaty-city.ron")).expect("shipped");
    load_str(&text).expect("loads").scenario
}

fn approve(s: &mut Scenario) {
    let digest = digest(s);
    s.review = Some(Review {
        prepared: Some(Sign {
            by: "Planning department".into(),
            on: "2026-11-20".into(),
            digest: None,
        }),
        approved: Some(Sign {
            by: "Deputy akim".into(),
            on: "2026-11-25".into(),
            digest: Some(digest),
        }),
        notes: Vec::new(),
    });
}

#[test]
fn the_digest_is_the_sha256_of_the_file_without_its_review() {
    let mut s = load_str(SMALLEST).expect("loads").scenario;
    assert_eq!(to_ron_string(&s), SMALLEST);
    assert_eq!(digest(&s), SMALLEST_DIGEST);
    approve(&mut s);
    assert_eq!(
        digest(&s),
        SMALLEST_DIGEST,
        "the review is not in the digest"
    );
    assert!(to_ron_string(&s).contains(SMALLEST_DIGEST));
}

#[test]
fn an_unchanged_plan_stays_approved_through_save_and_load() {
    let mut s = shipped();
    assert_eq!(approval(&s), Approval::None);
    approve(&mut s);
    assert_eq!(approval(&s), Approval::Approved);
    let loaded = load_str(&to_ron_string(&s)).expect("loads");
    assert_eq!(loaded.scenario, s);
    assert_eq!(approval(&loaded.scenario), Approval::Approved);
    assert!(
        !loaded
            .diagnostics
            .iter()
            .any(|d| d.code == "diag-changed-since-approval")
    );
}

/// An edit of the plan, as a planner might make it.
type Edit = fn(&mut Scenario);

#[test]
fn any_edit_of_the_plan_stops_the_approval_matching() {
    let mut approved = shipped();
    approve(&mut approved);
    let edits: [(&str, Edit); 5] = [
        ("a seat", |s| s.schools[0].seats += 1),
        ("a year", |s| s.schools[0].opens += 1),
        ("a school's name", |s| {
            let name = format!("{}.", s.schools[0].name.get("en"));
            s.schools[0].name.set("en", name);
        }),
        ("a region's name", |s| {
            s.regions[0].name.en = Some("Almaty".into())
        }),
        ("the horizon", |s| s.horizon += 1),
    ];
    for (what, edit) in edits {
        let mut s = approved.clone();
        edit(&mut s);
        assert_eq!(approval(&s), Approval::Changed, "after an edit of {what}");
        let loaded = load_str(&to_ron_string(&s)).expect("loads");
        let warning = loaded
            .diagnostics
            .iter()
            .find(|d| d.code == "diag-changed-since-approval")
            .unwrap_or_else(|| panic!("a warning after an edit of {what}"));
        assert_eq!(warning.severity, seatplan::model::Severity::Warning);
    }
}

#[test]
fn signing_and_notes_leave_the_approval_matching() {
    let mut s = shipped();
    approve(&mut s);
    let review = s.review.as_mut().expect("approved");
    review.prepared = Some(Sign {
        by: "Another department".into(),
        on: "2026-11-30".into(),
        digest: None,
    });
    review.notes.push(Note {
        about: About::School(s.schools[0].id.clone()),
        by: "Ministry".into(),
        on: "2026-12-01".into(),
        text: "Site not allocated yet".into(),
        resolved: false,
    });
    assert_eq!(approval(&s), Approval::Approved);
}

fn write(dir: &tempfile::TempDir, name: &str, s: &Scenario) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, to_ron_string(s)).expect("written");
    path.to_string_lossy().into_owned()
}

#[test]
fn check_says_approved_while_the_digest_matches_and_warns_after_an_edit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut s = load_str(SMALLEST).expect("loads").scenario;
    approve(&mut s);
    let file = write(&dir, "approved.ron", &s);
    let out = seatplan(&["check", &file]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("{file}: approved by \"Deputy akim\" on 2026-11-25\n")
    );

    s.horizon = 2030;
    let file = write(&dir, "edited.ron", &s);
    let out = seatplan(&["check", &file]);
    // Still exit 0: a warning. Line 11 is `review: Review(`, after the
    // eleven lines of the smallest scenario less its closing `)`.
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!(
            "{file}:11:5: warning: changed since approval: \"Deputy akim\" approved this plan \
             on 2026-11-25, and it has been edited since; have it approved again, or go back \
             to the approved version\n"
        )
    );
}

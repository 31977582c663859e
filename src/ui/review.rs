//! The Review pane: who prepared and approved the plan, "changed since
//! approval" in red once the plan no longer matches its approval, and the
//! notes, grouped by what they are about. Signing, approving, clearing the
//! approval, adding, resolving and deleting a note are commands (one undo
//! step each); a note's text is edited in place like any other field.

use egui::RichText;

use super::fields::Changes;
use super::theme::{CLOSED_TEXT, ERROR};
use crate::app::{Command, Edit, EditKey, ReviewCommand, Selection, ViewCtx};
use crate::i18n::{tr, tr_args};
use crate::model::{About, Approval, Note, Review, Scenario, Sign};

/// Where the pane keeps the texts being typed (egui's memory: runtime
/// only), from the pane's own id so the name typed once serves every button.
#[derive(Clone, Copy)]
struct Kept {
    name: egui::Id,
    note: egui::Id,
}

/// A text the pane keeps between frames.
fn kept_text(
    ui: &mut egui::Ui,
    id: egui::Id,
    edit: impl FnOnce(&mut egui::Ui, &mut String),
) -> String {
    let mut text: String = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    edit(ui, &mut text);
    ui.data_mut(|d| d.insert_temp(id, text.clone()));
    text
}

pub(super) fn review_pane(v: &ViewCtx, ui: &mut egui::Ui) {
    let review = v.scenario.review.as_ref();
    let base = ui.make_persistent_id("review");
    let kept = Kept {
        name: base.with("name"),
        note: base.with("note"),
    };
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.add_space(4.0);
            status(v, review, ui);
            region_review(v, ui);
            ui.separator();
            sign(v, review, kept, ui);
            ui.separator();
            add_note(v, kept, ui);
            ui.separator();
            match review.filter(|r| !r.notes.is_empty()) {
                Some(r) => notes(v, r, ui),
                None => {
                    ui.weak(tr("review-no-notes"));
                }
            }
        });
}

fn sign_text(key: &str, by: &str, on: &str) -> String {
    tr_args(
        key,
        &[
            ("by", super::shown(by).into_owned().into()),
            ("on", on.to_owned().into()),
        ],
    )
}

/// Prepared by whom; approved, changed since approval (red) or not approved.
fn status(v: &ViewCtx, review: Option<&Review>, ui: &mut egui::Ui) {
    match review.and_then(|r| r.prepared.as_ref()) {
        Some(s) => ui.label(sign_text("review-prepared", &s.by, &s.on)),
        None => ui.weak(tr("review-not-prepared")),
    };
    approval_line(
        ui,
        review.and_then(|r| r.approved.as_ref()),
        v.derived.approval == Approval::Approved,
    );
}

/// The approval as it stands: green while the digest matches, "changed
/// since approval" in red once it does not, or "not approved".
fn approval_line(ui: &mut egui::Ui, approved: Option<&Sign>, matches: bool) {
    match approved {
        Some(s) if matches => {
            ui.label(RichText::new(sign_text("review-approved", &s.by, &s.on)).color(CLOSED_TEXT));
        }
        Some(s) => {
            ui.label(
                RichText::new(sign_text("review-changed", &s.by, &s.on))
                    .strong()
                    .color(ERROR),
            );
        }
        None => {
            ui.weak(tr("review-not-approved"));
        }
    }
}

/// In a consolidated file, the selected region's review as its regional
/// file carried it (read only: it is that file's).
fn region_review(v: &ViewCtx, ui: &mut egui::Ui) {
    let Some(i) = v.selection.region() else {
        return;
    };
    let Some(r) = v.scenario.regions.get(i).and_then(|r| r.review.as_ref()) else {
        return;
    };
    ui.separator();
    ui.strong(tr_args(
        "review-region-file",
        &[(
            "region",
            super::region_name(v.scenario, Selection::Region(i)).into(),
        )],
    ));
    if let Some(s) = &r.prepared {
        ui.label(sign_text("review-prepared", &s.by, &s.on));
    }
    let approval = v.derived.region_approvals.get(i).copied();
    approval_line(
        ui,
        r.approved.as_ref(),
        approval == Some(Approval::Approved),
    );
    for n in &r.notes {
        let resolved = if n.resolved {
            format!(" ({})", tr("review-resolved"))
        } else {
            String::new()
        };
        ui.label(format!(
            "{}: {} — {}, {}{resolved}",
            subject_text(v.scenario, &n.about),
            super::shown(&n.text),
            super::shown(&n.by),
            n.on
        ));
    }
}

/// The signer's name, then Prepared, Approve and Clear approval.
fn sign(v: &ViewCtx, review: Option<&Review>, kept: Kept, ui: &mut egui::Ui) {
    let name = ui
        .horizontal(|ui| {
            let label = ui.label(tr("review-name"));
            kept_text(ui, kept.name, |ui, text| {
                ui.add(egui::TextEdit::singleline(text).desired_width(260.0))
                    .labelled_by(label.id);
            })
        })
        .inner;
    let by = name.trim().to_owned();
    ui.horizontal(|ui| {
        let named = !by.is_empty();
        let hint = tr("review-name-needed");
        if ui
            .add_enabled(named, egui::Button::new(tr("review-sign-prepared")))
            .on_disabled_hover_text(&hint)
            .clicked()
        {
            v.send(Command::Review(ReviewCommand::Prepare { by: by.clone() }));
        }
        if ui
            .add_enabled(named, egui::Button::new(tr("review-approve")))
            .on_disabled_hover_text(&hint)
            .clicked()
        {
            v.send(Command::Review(ReviewCommand::Approve { by: by.clone() }));
        }
        if review.is_some_and(|r| r.approved.is_some())
            && ui.button(tr("review-clear-approval")).clicked()
        {
            v.send(Command::Review(ReviewCommand::ClearApproval));
        }
    });
}

/// What a new note is about: the selected school, else the selected region,
/// else the plan as a whole.
fn new_note_subject(v: &ViewCtx) -> About {
    let s = v.scenario;
    if let Some(school) = v.selected_school.and_then(|i| s.schools.get(i)) {
        return About::School(school.id.clone());
    }
    match v.selection.region().and_then(|r| s.regions.get(r)) {
        Some(r) => About::Region(r.id.clone()),
        None => About::Scenario,
    }
}

/// "the plan as a whole", a region's name, or a school's "name [id]".
pub(super) fn subject_text(s: &Scenario, about: &About) -> String {
    let school = |name: &str, id: &str| format!("{} [{}]", super::shown(name), super::shown(id));
    match about {
        About::Scenario => tr("review-about-plan"),
        About::Region(id) => s.region_index(id).map_or_else(
            || id.clone(),
            |r| super::region_name(s, Selection::Region(r)),
        ),
        About::School(id) => s
            .schools
            .iter()
            .find(|x| &x.id == id)
            .map_or_else(|| id.clone(), |x| school(super::school_name(&x.name), id)),
        About::Existing(id) => s
            .existing
            .iter()
            .find(|x| &x.id == id)
            .map_or_else(|| id.clone(), |x| school(super::school_name(&x.name), id)),
    }
}

fn add_note(v: &ViewCtx, kept: Kept, ui: &mut egui::Ui) {
    let about = new_note_subject(v);
    let heading = tr_args(
        "review-new-note",
        &[("what", subject_text(v.scenario, &about).into())],
    );
    let label = ui.strong(&heading);
    let text = kept_text(ui, kept.note, |ui, text| {
        ui.add(
            egui::TextEdit::multiline(text)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    });
    let by: String = ui
        .data(|d| d.get_temp::<String>(kept.name))
        .unwrap_or_default()
        .trim()
        .to_owned();
    let ready = !by.is_empty() && !text.trim().is_empty();
    let add = ui
        .add_enabled(ready, egui::Button::new(tr("review-add-note")))
        .on_disabled_hover_text(tr("review-note-needs"));
    if add.clicked() {
        v.send(Command::Review(ReviewCommand::AddNote {
            about,
            by,
            text: text.trim().to_owned(),
        }));
        ui.data_mut(|d| d.insert_temp(kept.note, String::new()));
    }
}

/// The notes grouped by what they are about, in the order each subject
/// first appears; a subject's heading selects it.
fn notes(v: &ViewCtx, r: &Review, ui: &mut egui::Ui) {
    let mut subjects: Vec<&About> = Vec::new();
    for n in &r.notes {
        if !subjects.contains(&&n.about) {
            subjects.push(&n.about);
        }
    }
    let mut changes = Changes::default();
    let mut edited: Option<(usize, Note)> = None;
    for about in subjects {
        let heading = subject_text(v.scenario, about);
        let link = ui.link(RichText::new(&heading).strong());
        if link.clicked() {
            select(v, about);
        }
        for (i, note) in r.notes_on(about) {
            ui.indent(("review-note", i), |ui| {
                if let Some(text) = note_row(v, ui, (i, note), (&heading, link.id), &mut changes) {
                    edited = Some((
                        i,
                        Note {
                            text,
                            ..note.clone()
                        },
                    ));
                }
            });
        }
    }
    let differs = edited
        .as_ref()
        .is_some_and(|(i, n)| r.notes.get(*i).is_some_and(|old| old.text != n.text));
    changes.finish(v, differs, || {
        let (i, note) = edited.unwrap_or_else(|| (0, r.notes[0].clone()));
        Edit::Note(i, Box::new(note))
    });
}

/// One note: its text (editable), who and when, Resolved and Delete.
/// Returns the new text when it was edited this frame.
fn note_row(
    v: &ViewCtx,
    ui: &mut egui::Ui,
    (i, note): (usize, &Note),
    (heading, heading_id): (&str, egui::Id),
    changes: &mut Changes,
) -> Option<String> {
    let mut text = note.text.clone();
    let name = tr_args(
        "review-note-on",
        &[
            ("what", heading.to_owned().into()),
            ("n", (i + 1).to_string().into()),
        ],
    );
    let mut changed = None;
    if super::editable(&note.text) {
        // Named by the subject's heading: a screen reader says what the
        // note is about.
        let resp = ui
            .add(
                egui::TextEdit::multiline(&mut text)
                    .desired_rows(1)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(heading_id);
        if changes.track(&resp, || EditKey::new(format!("review.note.{i}"))) {
            changed = Some(text);
        }
    } else {
        ui.label(super::shown(&note.text));
    }
    ui.horizontal(|ui| {
        ui.weak(format!("{}, {}", super::shown(&note.by), note.on));
        let mut resolved = note.resolved;
        let check = ui.checkbox(&mut resolved, tr("review-resolved-box"));
        if check.changed() {
            v.send(Command::Review(ReviewCommand::Resolve {
                index: i,
                resolved,
            }));
        }
        let delete = ui.small_button(RichText::new(tr("delete")).color(ERROR));
        let delete_name = tr_args("review-delete-note", &[("what", name.clone().into())]);
        delete.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &delete_name));
        if delete.clicked() {
            v.send(Command::Review(ReviewCommand::DeleteNote(i)));
        }
    });
    changed
}

/// Selects what a note is about: a region, or a planned school.
fn select(v: &ViewCtx, about: &About) {
    let s = v.scenario;
    match about {
        About::Region(id) => {
            if let Some(r) = s.region_index(id) {
                v.send(Command::Select(Selection::Region(r)));
            }
        }
        About::School(id) => {
            if let Some(i) = s.schools.iter().position(|x| &x.id == id) {
                v.send(Command::SelectSchool(i));
            }
        }
        About::Scenario | About::Existing(_) => {}
    }
}

/// "✎ N" where the review has notes on `about` (a region's row, a school's),
/// named for screen readers and on hover by `what`; true when clicked.
pub(super) fn notes_badge(ui: &mut egui::Ui, v: &ViewCtx, about: &About, what: &str) -> bool {
    let notes = v
        .scenario
        .review
        .as_ref()
        .map_or(0, |r| r.notes_on(about).count());
    if notes == 0 {
        return false;
    }
    let text = tr_args(
        "review-notes-on-school",
        &[
            ("what", what.into()),
            ("n", crate::i18n::num(notes as i64).into()),
        ],
    );
    let button = ui.small_button(format!("✎ {notes}"));
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &text));
    button.on_hover_text(text).clicked()
}

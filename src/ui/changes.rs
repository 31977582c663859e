//! The Comparison pane's Changes tab: what changed from the compared file
//! to this plan, item by item (the rows of `seatplan diff`, worked out once
//! per revision in `Analysis::changes`), grouped by region; a school's row
//! selects it.

use egui::RichText;

use crate::app::{Command, Selection, ViewCtx};
use crate::i18n::{tr, tr_args};
use crate::model::{DiffField, DiffKind, DiffRow, Scenario};

/// A changed field's name as the tables call it; the file's name otherwise.
fn field_text(field: &str) -> String {
    let (name, year) = field
        .split_once('.')
        .map_or((field, None), |(n, y)| (n, Some(y)));
    let key = match name {
        "seats" => Some("col-seats"),
        "opens" => Some("col-opens"),
        "status" => Some("col-status"),
        "replaces" => Some("col-replaces"),
        "district" => Some("col-district"),
        "name" => Some("col-name"),
        "funding" => Some("col-funding"),
        "region" => Some("col-region"),
        "deficit" => Some("col-deficit"),
        _ => None,
    };
    let name = key.map_or_else(|| name.to_owned(), tr);
    match year {
        Some(y) => format!("{name} {y}"),
        None => name,
    }
}

/// What the row says: the item (named from this plan, or from the
/// compared file for one removed since), and added / removed / `field: a → b`.
fn row_text(s: &Scenario, other: Option<&Scenario>, r: &DiffRow) -> String {
    let s = match (&r.field, other) {
        (DiffField::Removed, Some(other)) => other,
        _ => s,
    };
    let item = match r.kind {
        DiffKind::Region => tr("changes-region"),
        DiffKind::School => s.schools.iter().find(|x| x.id == r.id).map_or_else(
            || r.id.clone(),
            |x| format!("{} [{}]", super::shown(super::school_name(&x.name)), r.id),
        ),
        DiffKind::Existing => s.existing.iter().find(|x| x.id == r.id).map_or_else(
            || r.id.clone(),
            |x| format!("{} [{}]", super::shown(super::school_name(&x.name)), r.id),
        ),
    };
    let what = match &r.field {
        DiffField::Added => tr("changes-added"),
        DiffField::Removed => tr("changes-removed"),
        DiffField::Changed(f) => tr_args(
            "changes-field",
            &[
                ("field", field_text(f).into()),
                ("a", or_dash(&r.a).into()),
                ("b", or_dash(&r.b).into()),
            ],
        ),
    };
    format!("{item}: {what}")
}

fn or_dash(v: &str) -> String {
    if v.is_empty() {
        "—".to_owned()
    } else {
        super::shown(v).into_owned()
    }
}

pub(super) fn changes_view(v: &ViewCtx, rows: &[DiffRow], ui: &mut egui::Ui) {
    let s = v.scenario;
    if rows.is_empty() {
        ui.weak(tr("changes-none"));
        return;
    }
    // Regions in the order they first appear among the rows (B's order).
    let mut regions: Vec<&str> = Vec::new();
    for r in rows {
        if !regions.contains(&r.region.as_str()) {
            regions.push(&r.region);
        }
    }
    for region in regions {
        let heading = s.region_index(region).map_or_else(
            || region.to_owned(),
            |i| super::region_name(s, Selection::Region(i)),
        );
        ui.add_space(4.0);
        ui.label(RichText::new(heading).strong());
        for r in rows.iter().filter(|r| r.region == region) {
            let text = row_text(s, v.analysis.compare.as_ref().map(|c| &c.scenario), r);
            let school = (r.kind == DiffKind::School)
                .then(|| s.schools.iter().position(|x| x.id == r.id))
                .flatten();
            ui.indent(
                ("change", &r.kind.as_str(), &r.id, r.field.as_str()),
                |ui| match school {
                    Some(i) => {
                        let selected = v.selected_school == Some(i);
                        if ui.selectable_label(selected, text).clicked() {
                            v.send(Command::SelectSchool(i));
                        }
                    }
                    None => {
                        ui.label(text);
                    }
                },
            );
        }
    }
}

//! The scenario's own fields, shown while no region is selected: its name
//! in the current language, the first year, the horizon and the seat unit.
//! Only these are copied each frame, never the schools (a national file can
//! hold 100 000).

use super::fields::{self, Changes};
use crate::app::{Edit, EditKey, ViewCtx};
use crate::i18n::tr;
use crate::model::SeatUnit;

#[derive(Clone, PartialEq)]
struct Header {
    name: String,
    base_year: i32,
    horizon: i32,
    seat_unit: SeatUnit,
}

pub(super) fn scenario_editor(v: &ViewCtx, ui: &mut egui::Ui) {
    ui.heading(tr("scenario-heading"));
    let doc = v.scenario;
    let s = Header {
        name: doc.name.get(crate::i18n::lang().code()).to_owned(),
        base_year: doc.base_year,
        horizon: doc.horizon,
        seat_unit: doc.seat_unit,
    };
    let mut edited = s.clone();
    let mut changes = Changes::default();
    let key = EditKey::scenario();
    name_field(ui, &mut edited.name, &key, &mut changes);
    egui::Grid::new("scenario-fields")
        .num_columns(2)
        .spacing(egui::vec2(8.0, 6.0))
        .show(ui, |ui| header_fields(ui, &mut edited, &key, &mut changes));
    if edited.seat_unit != s.seat_unit {
        changes.set(key.at("seat_unit"));
    }
    let differs = edited != s;
    changes.finish(v, differs, || Edit::Header {
        name: edited.name,
        base_year: edited.base_year,
        horizon: edited.horizon,
        seat_unit: edited.seat_unit,
    });
    super::assumptions_editor::forecast_error_editor(v, ui);
    ui.add_space(8.0);
    ui.weak(tr("select-region-hint"));
}

/// The name over the pane's whole width, wrapped: a scenario's name is a
/// sentence ("Казахстан — региональные дорожные карты 2023–2029") that a
/// grid cell cut to its first words at 1366×768.
fn name_field(ui: &mut egui::Ui, name: &mut String, key: &EditKey, ch: &mut Changes) {
    let label = ui.label(tr("scenario-name"));
    if super::editable(name) {
        let resp = ui.add(
            egui::TextEdit::multiline(name)
                .hint_text(tr("scenario-name-hint"))
                .desired_rows(1)
                .desired_width(f32::INFINITY),
        );
        let resp = resp.labelled_by(label.id);
        // One line in the file: Enter ends no paragraph in a name.
        name.retain(|c| c != '\n' && c != '\r');
        ch.track(&resp, || key.at("name"));
    } else {
        ui.label(super::shown(name));
    }
    ui.add_space(4.0);
}

/// Three grid rows: first year, horizon, seat unit.
fn header_fields(ui: &mut egui::Ui, edited: &mut Header, key: &EditKey, ch: &mut Changes) {
    for (caption, tip, field, value) in [
        (
            "first-year",
            "first-year-tip",
            "base_year",
            &mut edited.base_year,
        ),
        ("horizon", "horizon-tip", "horizon", &mut edited.horizon),
    ] {
        ui.label(tr(caption));
        let resp = ui.add(fields::year_field(value)).on_hover_text(tr(tip));
        ch.track(&resp, || key.at(field));
        ui.end_row();
    }
    ui.label(tr("seat-unit"));
    ui.vertical(|ui| {
        ui.radio_value(
            &mut edited.seat_unit,
            SeatUnit::Design,
            tr("seat-unit-design"),
        );
        ui.radio_value(
            &mut edited.seat_unit,
            SeatUnit::TwoShift,
            tr("seat-unit-two-shift"),
        );
    });
    ui.end_row();
}

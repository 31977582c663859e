//! One district's details: its names, illustrative flag, deficit estimate
//! or demand, and source. Every change is one undoable step, a replaced
//! region through `Edit::Region`. The shared widgets are in `fields.rs`.

use super::fields::{self, Changes};
use crate::app::{Command, DistrictCommand, Edit, EditKey, Selection, Unit, ViewCtx};
use crate::i18n::tr;
use crate::model::District;

/// District `d` of region `r` selected.
pub(super) fn district_editor(v: &ViewCtx, ui: &mut egui::Ui, r: usize, d: usize) {
    ui.add_space(6.0);
    ui.heading(tr("district-heading"));
    let Some(region) = v.scenario.regions.get(r) else {
        return;
    };
    let Some(district) = region.districts.as_ref().and_then(|x| x.get(d)) else {
        return;
    };
    ui.weak(super::region_name(v.scenario, Selection::Region(r)));
    let mut edited = district.clone();
    let mut changes = Changes::default();
    let key = EditKey::district(r, d);
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            district_fields(ui, (r, d), &mut edited, &key, &mut changes);
            ui.add_space(8.0);
            deficit_or_demand(v, ui, (r, d), district, &mut edited, &mut changes);
            ui.add_space(8.0);
            fields::source_field(ui, &mut edited.source, &key, &mut changes);
        });
    let differs = edited != *district;
    changes.finish(v, differs, || {
        let mut region = region.clone();
        if let Some(slot) = region.districts.as_mut().and_then(|x| x.get_mut(d)) {
            *slot = edited;
        }
        Edit::Region(r, Box::new(region))
    });
}

/// Its id, names and the illustrative flag.
fn district_fields(
    ui: &mut egui::Ui,
    (r, d): (usize, usize),
    edited: &mut District,
    key: &EditKey,
    ch: &mut Changes,
) {
    egui::Grid::new(("district-fields", r, d))
        .num_columns(2)
        .spacing(egui::vec2(8.0, 6.0))
        .show(ui, |ui| {
            ui.label(tr("district-id"));
            ui.monospace(super::shown(&edited.id));
            ui.end_row();
            fields::name_fields(ui, &mut edited.name, key, ch);
            ui.label(tr("figures"));
            if ui
                .checkbox(&mut edited.illustrative, tr("illustrative-check"))
                .changed()
            {
                ch.set(key.at("flags"));
            }
            ui.end_row();
        });
}

/// The switch between a typed deficit and a demand, then the one the
/// district has: the demand's basis and inputs, or the deficit points.
fn deficit_or_demand(
    v: &ViewCtx,
    ui: &mut egui::Ui,
    (r, d): (usize, usize),
    district: &District,
    edited: &mut District,
    ch: &mut Changes,
) {
    if fields::source_switch(ui, district.demand.is_some()) {
        v.send(Command::Districts(DistrictCommand::SwitchSource {
            region: r,
            district: d,
        }));
    }
    if let Some(demand) = edited.demand.as_mut() {
        if let (Some(basis), Some(shown)) =
            (v.derived.district_demand(r, d), district.demand.as_ref())
        {
            super::demand::demand_basis(ui, basis, shown);
        }
        super::demand::demand_inputs(v, ui, Unit::district(r, d), demand, ch);
    } else if let Some(deficit) = edited.deficit.as_mut() {
        fields::deficit_editor(ui, v.scenario, deficit, &EditKey::district(r, d), ch);
    }
}

//! The details of region `r`: its names, kind and flags, where its deficit
//! comes from (typed points, a demand, or its districts) and the source of
//! its figures. One edit a frame, through `fields::Changes`.

use super::district_list::{district_list, plan_as_one_region, plan_by_district};
use super::fields::{self, Changes};
use crate::app::{Command, Edit, EditKey, Unit, ViewCtx};
use crate::i18n::tr;
use crate::model::{Region, RegionKind};

pub(super) fn region_editor(v: &ViewCtx, ui: &mut egui::Ui, r: usize) {
    let Some(region) = v.scenario.regions.get(r) else {
        ui.heading(tr("region-heading"));
        return;
    };
    ui.heading(tr(if region.is_whole_country() {
        "whole-country"
    } else {
        "region-heading"
    }));
    if let Some(text) = v
        .consolidation
        .and_then(|c| super::consolidation::region_source_text(c, &region.id))
    {
        ui.weak(text);
    }
    let mut edited = region.clone();
    let mut changes = Changes::default();
    let key = EditKey::region(r);
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            region_fields(ui, &mut edited, &key, &mut changes);
            if edited.kind != region.kind || edited.illustrative != region.illustrative {
                changes.set(key.at("flags"));
            }
            deficit_source(v, ui, r, region, &mut edited, &mut changes);
            ui.add_space(8.0);
            fields::source_field(ui, &mut edited.source, &key, &mut changes);
        });
    let differs = edited != *region;
    changes.finish(v, differs, || Edit::Region(r, Box::new(edited)));
}

/// Names, kind and the illustrative flag.
fn region_fields(ui: &mut egui::Ui, edited: &mut Region, key: &EditKey, ch: &mut Changes) {
    egui::Grid::new("region-fields")
        .num_columns(2)
        .spacing(egui::vec2(8.0, 6.0))
        .show(ui, |ui| {
            fields::name_fields(ui, &mut edited.name, key, ch);
            ui.label(tr("kind"));
            if edited.is_whole_country() {
                // Neither choice is true of the country: "Oblast" read as a
                // mistake in the national file.
                ui.label(tr("whole-country"));
            } else {
                ui.horizontal(|ui| {
                    ui.radio_value(&mut edited.kind, RegionKind::City, tr("kind-city"));
                    ui.radio_value(&mut edited.kind, RegionKind::Oblast, tr("kind-oblast"));
                });
            }
            ui.end_row();
            ui.label(tr("figures"));
            // Wrapped to the pane: "Оценочные (не опубликованы)" was cut at 1366×768.
            let visible = (ui.clip_rect().right() - ui.cursor().min.x).max(80.0);
            ui.scope(|ui| {
                ui.set_max_width(visible);
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                ui.checkbox(&mut edited.illustrative, tr("illustrative-check"));
            });
            ui.end_row();
        });
}

/// Where the region's deficit comes from: its districts; or, planned as a
/// whole, the switch between typed points and a demand, then the one it has.
fn deficit_source(
    v: &ViewCtx,
    ui: &mut egui::Ui,
    r: usize,
    region: &Region,
    edited: &mut Region,
    ch: &mut Changes,
) {
    if region.districts.is_some() {
        // The districts carry the deficits: the region has no source of its
        // own to switch or edit.
        district_list(v, ui, r, edited, ch);
        plan_as_one_region(v, ui, r);
        return;
    }
    plan_by_district(v, ui, r);
    ui.add_space(8.0);
    if fields::source_switch(ui, region.demand.is_some()) {
        v.send(Command::SwitchDeficitSource(r));
    }
    if let Some(d) = edited.demand.as_mut() {
        // The basis first: it is what a planner reads; the inputs below are
        // what they change.
        if let (Some(Some(basis)), Some(shown)) = (v.derived.demand.get(r), region.demand.as_ref())
        {
            super::demand::demand_basis(ui, basis, shown);
        }
        super::demand::demand_inputs(v, ui, Unit::region(r), d, ch);
    } else if let Some(deficit) = edited.deficit.as_mut() {
        fields::deficit_editor(ui, v.scenario, deficit, &EditKey::region(r), ch);
    }
}

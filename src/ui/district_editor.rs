//! Editing a region's districts (add, rename, remove, reorder), one
//! district's own fields and its deficit or demand, and planning a region by
//! district or as one region. Every change is one undoable step: a
//! replaced region through `Edit::Region`, or one `DistrictCommand`.

use egui::RichText;

use super::region_editor::deficit_points;
use crate::app::{Command, DistrictCommand, Edit, EditKey, Selection, Unit, ViewCtx};
use crate::i18n::{Arg, lang, num, tr, tr_args};
use crate::model::{District, LocalizedName, Region, can_plan_as_one_region};

/// "Plan by district" for region `r` planned as a whole, with a warning
/// before the click when schools' free district labels would give way to
/// the new district's id (undo brings them back).
pub(super) fn plan_by_district(app: &ViewCtx, ui: &mut egui::Ui, r: usize) {
    let Some(plan) = app.derived.plan_by_district(app.scenario, r) else {
        return;
    };
    ui.add_space(8.0);
    let tip = tr_args("plan-by-district-tip", &[("id", Arg::from(&plan.id))]);
    if ui
        .button(tr("plan-by-district"))
        .on_hover_text(tip)
        .clicked()
    {
        app.send(Command::Districts(DistrictCommand::PlanByDistrict(r)));
    }
    if plan.schools > 0 {
        let n = plan.schools as i64;
        let text = tr_args(
            "plan-by-district-relabels",
            &[
                ("count", Arg::Count(n)),
                ("n", Arg::from(num(n))),
                ("labels", Arg::from(plan.labels.join(", "))),
                ("id", Arg::from(&plan.id)),
            ],
        );
        ui.label(RichText::new(text).color(super::theme::WARNING));
    }
}

/// "Plan as one region", offered only while region `r` has exactly one
/// district: with more, the region could not hold their separate figures.
pub(super) fn plan_as_one_region(app: &ViewCtx, ui: &mut egui::Ui, r: usize) {
    if !can_plan_as_one_region(app.scenario, r) {
        return;
    }
    let id = app
        .scenario
        .regions
        .get(r)
        .and_then(|x| x.districts.as_ref()?.first())
        .map(|d| d.id.clone())
        .unwrap_or_default();
    ui.add_space(4.0);
    let tip = tr_args("plan-as-one-region-tip", &[("id", Arg::from(id))]);
    if ui
        .button(tr("plan-as-one-region"))
        .on_hover_text(tip)
        .clicked()
    {
        app.send(Command::Districts(DistrictCommand::PlanAsOneRegion(r)));
    }
}

/// The districts of region `r` in its editor: each one's name in the current
/// language, ▲ ▼ to reorder, ✖ to remove (only while no school is in it, so
/// no school is left pointing nowhere), and "+ Add district".
pub(super) fn district_list(
    app: &ViewCtx,
    ui: &mut egui::Ui,
    r: usize,
    edited: &mut Region,
    key: &mut Option<String>,
) {
    let Some(districts) = edited.districts.as_mut() else {
        return;
    };
    let s = app.scenario;
    // From the derived results, not a walk over every school each frame:
    // `edited` is this revision's region, so district `d` is the same one.
    let in_use = |d: usize| !app.derived.district_schools(r, d).is_empty();
    ui.add_space(8.0);
    ui.strong(tr("districts-heading"));
    let code = lang().code();
    let n = districts.len();
    let mut action: Option<(usize, i8)> = None;
    // Translated once, not once a row.
    let (up, down) = (tr("move-up"), tr("move-down"));
    egui::Grid::new(("district-list", r))
        .num_columns(4)
        .spacing(egui::vec2(6.0, 4.0))
        .show(ui, |ui| {
            for (d, district) in districts.iter_mut().enumerate() {
                let mut name = district.name.get(code).to_owned();
                let resp = ui.add(
                    egui::TextEdit::singleline(&mut name)
                        .id_salt(("district-name", r, d))
                        .hint_text(&district.id)
                        .desired_width(150.0),
                );
                if resp.changed() {
                    let slot = match code {
                        "kk" => &mut district.name.kk,
                        "ru" => &mut district.name.ru,
                        _ => &mut district.name.en,
                    };
                    *slot = (!name.trim().is_empty()).then_some(name);
                    *key = Some(format!("region:{r}:district:{d}:name:{code}"));
                }
                if ui
                    .add_enabled(d > 0, egui::Button::new("▲").small())
                    .on_hover_text(&up)
                    .clicked()
                {
                    action = Some((d, -1));
                }
                if ui
                    .add_enabled(d + 1 < n, egui::Button::new("▼").small())
                    .on_hover_text(&down)
                    .clicked()
                {
                    action = Some((d, 1));
                }
                let shown_name = district.name.get(code);
                let label = tr_args(
                    "remove-district",
                    &[(
                        "name",
                        if shown_name.is_empty() {
                            district.id.clone()
                        } else {
                            shown_name.to_owned()
                        }
                        .into(),
                    )],
                );
                let remove = ui
                    .add_enabled(
                        n > 1 && !in_use(d),
                        egui::Button::new(RichText::new("✖").color(super::theme::ERROR)).small(),
                    )
                    .on_hover_text(&label);
                remove.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
                if remove.clicked() {
                    action = Some((d, 0));
                }
                ui.end_row();
            }
        });
    match action {
        Some((d, 0)) => {
            districts.remove(d);
            *key = Some(format!("region:{r}:district:{d}:remove"));
        }
        Some((d, dir)) => {
            let other = if dir < 0 { d - 1 } else { d + 1 };
            districts.swap(d, other);
            *key = Some(format!("region:{r}:district:{d}:move"));
        }
        None => {}
    }
    if ui.button(tr("add-district")).clicked() {
        add_district(districts, s.base_year);
        *key = Some(format!("region:{r}:district:add"));
    }
}

/// A new district with the first free id `district-N`, named by it, with a
/// deficit of 0 in the first year (to be entered), marked illustrative.
fn add_district(districts: &mut Vec<District>, base_year: i32) {
    let id = (1..)
        .map(|k| format!("district-{k}"))
        .find(|id| districts.iter().all(|d| &d.id != id))
        .unwrap_or_default();
    districts.push(District {
        name: LocalizedName {
            en: Some(id.clone()),
            ..LocalizedName::default()
        },
        id,
        deficit: Some([(base_year, 0)].into_iter().collect()),
        demand: None,
        illustrative: true,
        source: None,
    });
}

/// District `d` of region `r` selected: its names, illustrative flag,
/// deficit estimate or demand, and source.
pub(super) fn district_editor(app: &ViewCtx, ui: &mut egui::Ui, r: usize, d: usize) {
    ui.add_space(6.0);
    ui.heading(tr("district-heading"));
    let Some(region) = app.scenario.regions.get(r) else {
        return;
    };
    let Some(district) = region.districts.as_ref().and_then(|x| x.get(d)) else {
        return;
    };
    ui.weak(super::region_name(app.scenario, Selection::Region(r)));
    let mut edited = district.clone();
    let mut key = None;
    let mut sealed = false;
    let prefix = format!("region:{r}:district:{d}");
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            egui::Grid::new(("district-fields", r, d))
                .num_columns(2)
                .spacing(egui::vec2(8.0, 6.0))
                .show(ui, |ui| {
                    ui.label(tr("district-id"));
                    ui.monospace(super::shown(&edited.id));
                    ui.end_row();
                    for (code, caption) in [("kk", "name-kk"), ("ru", "name-ru"), ("en", "name-en")]
                    {
                        let caption = tr(caption);
                        ui.label(&caption);
                        let slot = match code {
                            "kk" => &mut edited.name.kk,
                            "ru" => &mut edited.name.ru,
                            _ => &mut edited.name.en,
                        };
                        let mut text = slot.clone().unwrap_or_default();
                        let resp = ui.add(
                            egui::TextEdit::singleline(&mut text)
                                .hint_text(&caption)
                                .desired_width(180.0),
                        );
                        if resp.changed() {
                            *slot = (!text.trim().is_empty()).then_some(text);
                            key = Some(format!("{prefix}:name:{code}"));
                        }
                        sealed |= resp.lost_focus();
                        ui.end_row();
                    }
                    ui.label(tr("figures"));
                    if ui
                        .checkbox(&mut edited.illustrative, tr("illustrative-check"))
                        .changed()
                    {
                        key = Some(format!("{prefix}:flags"));
                    }
                    ui.end_row();
                });
            ui.add_space(8.0);
            let ch = super::demand::Changes {
                key: &mut key,
                sealed: &mut sealed,
            };
            deficit_or_demand(app, ui, (r, d), district, &mut edited, ch);
            ui.add_space(8.0);
            ui.strong(tr("source"));
            let mut source = edited.source.clone().unwrap_or_default();
            let resp = ui.add(
                egui::TextEdit::multiline(&mut source)
                    .hint_text(tr("source-hint"))
                    .desired_rows(3)
                    .desired_width(f32::INFINITY),
            );
            if resp.changed() {
                edited.source = (!source.trim().is_empty()).then_some(source);
                key = Some(format!("{prefix}:source"));
            }
            sealed |= resp.lost_focus();
        });
    if let Some(key) = key
        && &edited != district
    {
        let mut region = region.clone();
        if let Some(slot) = region.districts.as_mut().and_then(|x| x.get_mut(d)) {
            *slot = edited;
        }
        app.send(Command::Edit(
            Some(EditKey::new(key)),
            Edit::Region(r, Box::new(region)),
        ));
    }
    if sealed {
        app.send(Command::Seal);
    }
}

/// The switch between a typed deficit and a demand, then the one the
/// district has: the demand's basis and inputs, or the deficit points.
fn deficit_or_demand(
    app: &ViewCtx,
    ui: &mut egui::Ui,
    (r, d): (usize, usize),
    district: &District,
    edited: &mut District,
    ch: super::demand::Changes<'_>,
) {
    source_switch(app, ui, r, d, district.demand.is_some());
    if let Some(demand) = edited.demand.as_mut() {
        if let (Some(basis), Some(shown)) =
            (app.derived.district_demand(r, d), district.demand.as_ref())
        {
            super::demand::demand_basis(ui, basis, shown);
        }
        super::demand::demand_inputs(app, ui, Unit::district(r, d), demand, ch);
    } else if let Some(deficit) = edited.deficit.as_mut() {
        ui.strong(tr("deficit-heading"));
        ui.weak(tr("deficit-help"));
        let s = app.scenario;
        let years: Vec<i32> =
            (s.base_year..=s.horizon.min(s.base_year.saturating_add(60))).collect();
        let prefix = format!("region:{r}:district:{d}");
        deficit_points(ui, &prefix, years, deficit, ch.key, ch.sealed);
    }
}

/// One button switches district `d` between a typed deficit and a demand,
/// as a region's does.
fn source_switch(app: &ViewCtx, ui: &mut egui::Ui, r: usize, d: usize, has_demand: bool) {
    let (text, tip) = if has_demand {
        ("switch-to-deficit", "switch-to-deficit-tip")
    } else {
        ("switch-to-demand", "switch-to-demand-tip")
    };
    if ui.button(tr(text)).on_hover_text(tr(tip)).clicked() {
        app.send(Command::Districts(DistrictCommand::SwitchSource {
            region: r,
            district: d,
        }));
    }
    ui.add_space(4.0);
}

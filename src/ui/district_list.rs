//! A region's districts in its editor (add, rename, remove, reorder), and
//! planning a region by district or as one region. Every change is one
//! undoable step: a replaced region through `Edit::Region`, or one
//! `DistrictCommand`.

use egui::RichText;

use super::fields::Changes;
use crate::app::{Command, DistrictCommand, EditKey, ViewCtx};
use crate::i18n::{Arg, lang, num, tr, tr_args};
use crate::model::{District, LocalizedName, Region, can_plan_as_one_region};

/// "Plan by district" for region `r` planned as a whole, with a warning
/// before the click when schools' free district labels would give way to
/// the new district's id (undo brings them back).
pub(super) fn plan_by_district(v: &ViewCtx, ui: &mut egui::Ui, r: usize) {
    let Some(plan) = v.derived.plan_by_district(v.scenario, r) else {
        return;
    };
    ui.add_space(8.0);
    let tip = tr_args("plan-by-district-tip", &[("id", Arg::from(&plan.id))]);
    if ui
        .button(tr("plan-by-district"))
        .on_hover_text(tip)
        .clicked()
    {
        v.send(Command::Districts(DistrictCommand::PlanByDistrict(r)));
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
pub(super) fn plan_as_one_region(v: &ViewCtx, ui: &mut egui::Ui, r: usize) {
    if !can_plan_as_one_region(v.scenario, r) {
        return;
    }
    let id = v
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
        v.send(Command::Districts(DistrictCommand::PlanAsOneRegion(r)));
    }
}

/// What a row's buttons asked for.
#[derive(Clone, Copy)]
enum RowAction {
    Up,
    Down,
    Remove,
}

/// The districts of region `r` in its editor: each one's name in the current
/// language, ▲ ▼ to reorder, ✖ to remove (only while no school is in it, so
/// no school is left pointing nowhere), and "+ Add district".
pub(super) fn district_list(
    v: &ViewCtx,
    ui: &mut egui::Ui,
    r: usize,
    edited: &mut Region,
    ch: &mut Changes,
) {
    let Some(districts) = edited.districts.as_mut() else {
        return;
    };
    ui.add_space(8.0);
    ui.strong(tr("districts-heading"));
    let n = districts.len();
    let mut action: Option<(usize, RowAction)> = None;
    // Translated once, not once a row.
    let captions = (tr("move-up"), tr("move-down"));
    // One row each, the name as wide as the pane leaves beside its three
    // buttons: a grid sizes its first column from the frame before, and a
    // text field there stays a few letters wide for good.
    for (d, district) in districts.iter_mut().enumerate() {
        // From the derived results, not a walk over every school each frame:
        // `edited` is this revision's region, so district `d` is the same one.
        let in_use = !v.derived.district_schools(r, d).is_empty();
        let row = Row { r, d, n, in_use };
        ui.horizontal(|ui| {
            if let Some(a) = district_row(ui, row, district, &captions, ch) {
                action = Some((d, a));
            }
        });
    }
    if let Some((d, a)) = action {
        let key = EditKey::district(r, d);
        match a {
            RowAction::Remove => {
                districts.remove(d);
                ch.set(key.at("remove"));
            }
            RowAction::Up | RowAction::Down => {
                let other = if matches!(a, RowAction::Up) {
                    d - 1
                } else {
                    d + 1
                };
                districts.swap(d, other);
                ch.set(key.at("move"));
            }
        }
    }
    if ui.button(tr("add-district")).clicked() {
        add_district(districts, v.scenario.base_year);
        ch.set(EditKey::region(r).at("district").at("add"));
    }
}

/// Where a row is: district `d` of `n` in region `r`, and whether a school
/// is in it.
#[derive(Clone, Copy)]
struct Row {
    r: usize,
    d: usize,
    n: usize,
    in_use: bool,
}

/// One district's row: its name in the current language (shown shortened,
/// read-only, when too long to edit in place), ▲, ▼ and ✖.
fn district_row(
    ui: &mut egui::Ui,
    Row { r, d, n, in_use }: Row,
    district: &mut District,
    (up, down): &(String, String),
    ch: &mut Changes,
) -> Option<RowAction> {
    let code = lang().code();
    // What the pane shows (it scrolls sideways, so not the available
    // width), less the three small buttons and their spacing.
    let visible = ui.clip_rect().right() - ui.cursor().min.x;
    let width = (visible.min(ui.available_width()) - 120.0).max(80.0);
    name_in_list(ui, (r, d), district, (code, width), ch);
    let mut action = None;
    if ui
        .add_enabled(d > 0, egui::Button::new("▲").small())
        .on_hover_text(up)
        .clicked()
    {
        action = Some(RowAction::Up);
    }
    if ui
        .add_enabled(d + 1 < n, egui::Button::new("▼").small())
        .on_hover_text(down)
        .clicked()
    {
        action = Some(RowAction::Down);
    }
    let shown_name = district.name.get(code);
    let shown_name = if shown_name.is_empty() {
        &district.id
    } else {
        shown_name
    };
    let label = tr_args(
        "remove-district",
        &[("name", Arg::from(super::shown(shown_name).into_owned()))],
    );
    let remove = ui
        .add_enabled(
            n > 1 && !in_use,
            egui::Button::new(RichText::new("✖").color(super::theme::ERROR)).small(),
        )
        .on_hover_text(&label);
    remove.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if remove.clicked() {
        action = Some(RowAction::Remove);
    }
    action
}

/// The district's name in the current language, edited in place (shown
/// shortened, read-only, when too long to edit).
fn name_in_list(
    ui: &mut egui::Ui,
    (r, d): (usize, usize),
    district: &mut District,
    (code, width): (&str, f32),
    ch: &mut Changes,
) {
    let mut name = district.name.get(code).to_owned();
    if !super::editable(&name) {
        ui.add_sized(
            [width, ui.spacing().interact_size.y],
            egui::Label::new(super::shown(&name)).truncate(),
        );
        return;
    }
    let resp = ui.add_sized(
        [width, ui.spacing().interact_size.y],
        egui::TextEdit::singleline(&mut name)
            .id_salt(("district-name", r, d))
            .hint_text(&district.id),
    );
    if ch.track(&resp, || EditKey::district(r, d).at("name").at(code)) {
        let slot = match code {
            "kk" => &mut district.name.kk,
            "ru" => &mut district.name.ru,
            _ => &mut district.name.en,
        };
        *slot = (!name.trim().is_empty()).then_some(name);
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

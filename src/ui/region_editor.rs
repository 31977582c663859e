use egui::RichText;

use super::schools::number_field;
use crate::app::{Command, Edit, EditKey, Selection, Unit, ViewCtx};
use crate::i18n::{Arg, num, tr, tr_args};
use crate::model::{RegionKind, interpolate_deficit};

pub(super) fn region_editor(app: &ViewCtx, ui: &mut egui::Ui) {
    ui.add_space(6.0);
    let r = match app.selection {
        Selection::Region(r) => r,
        Selection::District(r, d) => {
            super::district_editor::district_editor(app, ui, r, d);
            return;
        }
        Selection::Country => {
            ui.heading(tr("scenario-heading"));
            scenario_fields(app, ui);
            return;
        }
    };
    ui.heading(tr("region-heading"));
    let Some(region) = app.scenario.regions.get(r).cloned() else {
        return;
    };
    if let Some(text) = app
        .consolidation
        .and_then(|c| super::consolidation::region_source_text(c, &region.id))
    {
        ui.weak(text);
    }
    let mut edited = region.clone();
    let mut key = None;
    let mut sealed = false;

    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            region_fields(ui, r, &mut edited, &mut key, &mut sealed);
            if edited.kind != region.kind || edited.illustrative != region.illustrative {
                key = Some(format!("region:{r}:flags"));
            }
            if region.districts.is_some() {
                // The districts carry the deficits: the region has no source
                // of its own to switch or edit.
                super::district_editor::district_list(app, ui, r, &mut edited, &mut key);
                super::district_editor::plan_as_one_region(app, ui, r);
            } else {
                super::district_editor::plan_by_district(app, ui, r);
                ui.add_space(8.0);
                source_switch(app, ui, r, &region);
                if let Some(d) = edited.demand.as_mut() {
                    // The basis first: it is what a planner reads; the inputs
                    // below are what they change.
                    if let (Some(Some(basis)), Some(shown)) =
                        (app.derived.demand.get(r), region.demand.as_ref())
                    {
                        super::demand::demand_basis(ui, basis, shown);
                    }
                    super::demand::demand_inputs(
                        app,
                        ui,
                        Unit::region(r),
                        d,
                        super::demand::Changes {
                            key: &mut key,
                            sealed: &mut sealed,
                        },
                    );
                } else {
                    deficit_editor(app, ui, r, &region, &mut edited, &mut key, &mut sealed);
                }
            }
            ui.add_space(8.0);
            ui.strong(tr("source"));
            let mut source = edited.source.clone().unwrap_or_default();
            // Too long to edit in place: shown shortened, read-only.
            let can_edit = super::editable(&source);
            if !can_edit {
                source = super::shown(&source).into_owned();
            }
            // Sources run to paragraphs; keep the deficit editor above in view.
            let resp = egui::ScrollArea::vertical()
                .id_salt("region-source")
                .max_height(160.0)
                .show(ui, |ui| {
                    ui.add(
                        egui::TextEdit::multiline(&mut source)
                            .hint_text(tr("source-hint"))
                            .interactive(can_edit)
                            .desired_rows(3)
                            .desired_width(f32::INFINITY),
                    )
                })
                .inner;
            if resp.changed() {
                edited.source = (!source.trim().is_empty()).then_some(source);
                key = Some(format!("region:{r}:source"));
            }
            sealed |= resp.lost_focus();
        });

    if let Some(key) = key
        && edited != region
    {
        app.send(Command::Edit(
            Some(EditKey::new(key)),
            Edit::Region(r, Box::new(edited)),
        ));
    }
    if sealed {
        app.send(Command::Seal);
    }
}

/// The scenario's own fields; only these are copied each frame, never the
/// schools (a national file can hold 100 000).
#[derive(Clone, PartialEq)]
struct Header {
    name: String,
    base_year: i32,
    horizon: i32,
    seat_unit: crate::model::SeatUnit,
}

fn scenario_fields(app: &ViewCtx, ui: &mut egui::Ui) {
    let doc = app.scenario;
    let s = Header {
        name: doc.name.get(crate::i18n::lang().code()).to_owned(),
        base_year: doc.base_year,
        horizon: doc.horizon,
        seat_unit: doc.seat_unit,
    };
    let mut edited = s.clone();
    let mut key = None;
    let mut sealed = false;
    egui::Grid::new("scenario-fields")
        .num_columns(2)
        .spacing(egui::vec2(8.0, 6.0))
        .show(ui, |ui| {
            ui.label(tr("scenario-name"));
            let resp = ui.add(
                egui::TextEdit::singleline(&mut edited.name)
                    .hint_text(tr("scenario-name-hint"))
                    .desired_width(190.0),
            );
            if resp.changed() {
                key = Some("scenario:name");
            }
            sealed |= resp.lost_focus();
            ui.end_row();
            ui.label(tr("first-year"));
            let resp = ui
                .add(
                    egui::DragValue::new(&mut edited.base_year)
                        .range(1900..=2200)
                        .clamp_existing_to_range(false)
                        // Speed 1: arrow keys step one year.
                        .speed(1.0),
                )
                .on_hover_text(tr("first-year-tip"));
            if resp.changed() {
                key = Some("scenario:base_year");
            }
            sealed |= resp.drag_stopped() || resp.lost_focus();
            ui.end_row();
            ui.label(tr("horizon"));
            let resp = ui
                .add(
                    egui::DragValue::new(&mut edited.horizon)
                        .range(1900..=2200)
                        .clamp_existing_to_range(false)
                        // Speed 1: arrow keys step one year.
                        .speed(1.0),
                )
                .on_hover_text(tr("horizon-tip"));
            if resp.changed() {
                key = Some("scenario:horizon");
            }
            sealed |= resp.drag_stopped() || resp.lost_focus();
            ui.end_row();
            ui.label(tr("seat-unit"));
            ui.vertical(|ui| {
                ui.radio_value(
                    &mut edited.seat_unit,
                    crate::model::SeatUnit::Design,
                    tr("seat-unit-design"),
                );
                ui.radio_value(
                    &mut edited.seat_unit,
                    crate::model::SeatUnit::TwoShift,
                    tr("seat-unit-two-shift"),
                );
            });
            ui.end_row();
        });
    if edited.seat_unit != s.seat_unit {
        key = Some("scenario:seat_unit");
    }
    ui.add_space(8.0);
    ui.weak(tr("select-region-hint"));
    if let Some(key) = key
        && edited != s
    {
        app.send(Command::Edit(
            Some(EditKey::new(key)),
            Edit::Header {
                name: edited.name,
                base_year: edited.base_year,
                horizon: edited.horizon,
                seat_unit: edited.seat_unit,
            },
        ));
    }
    if sealed {
        app.send(Command::Seal);
    }
}

/// The typed deficit: a point a year, interpolated between.
fn deficit_editor(
    app: &ViewCtx,
    ui: &mut egui::Ui,
    r: usize,
    region: &crate::model::Region,
    edited: &mut crate::model::Region,
    key: &mut Option<String>,
    sealed: &mut bool,
) {
    if edited.deficit.is_none() {
        return;
    }
    ui.strong(tr("deficit-heading"));
    ui.weak(tr("deficit-help"));
    ui.add_space(4.0);
    let s = app.scenario;
    let mut years: Vec<i32> =
        (s.base_year..=s.horizon.min(s.base_year.saturating_add(60))).collect();
    years.extend(
        region
            .deficit
            .iter()
            .flat_map(|d| d.keys())
            .copied()
            .filter(|y| *y < s.base_year || *y > s.horizon),
    );
    years.sort_unstable();
    if let Some(deficit) = edited.deficit.as_mut() {
        let prefix = format!("region:{r}");
        deficit_points(ui, &prefix, years, deficit, key, sealed);
    }
}

/// One button switches the region between a typed deficit and a demand.
fn source_switch(app: &ViewCtx, ui: &mut egui::Ui, r: usize, region: &crate::model::Region) {
    let (text, tip) = if region.demand.is_some() {
        ("switch-to-deficit", "switch-to-deficit-tip")
    } else {
        ("switch-to-demand", "switch-to-demand-tip")
    };
    if ui.button(tr(text)).on_hover_text(tr(tip)).clicked() {
        app.send(Command::SwitchDeficitSource(r));
    }
    ui.add_space(4.0);
}

/// The editable points of a sparse deficit estimate (a region's or a
/// district's); `prefix` starts the undo key of each edit.
pub(super) fn deficit_points(
    ui: &mut egui::Ui,
    prefix: &str,
    years: Vec<i32>,
    deficit: &mut std::collections::BTreeMap<i32, i64>,
    key: &mut Option<String>,
    sealed: &mut bool,
) {
    egui::Grid::new(("deficit-points", prefix))
        .num_columns(3)
        .spacing(egui::vec2(8.0, 4.0))
        .show(ui, |ui| {
            for year in years {
                ui.label(year.to_string());
                match deficit.get(&year).copied() {
                    Some(mut v) => {
                        let resp = ui
                            .push_id(("deficit", year), |ui| {
                                ui.add(number_field(&mut v, i64::MIN / 4..=i64::MAX / 4))
                            })
                            .inner
                            .on_hover_text(tr_args("a11y-deficit", &[("year", Arg::from(year))]));
                        if resp.changed() {
                            deficit.insert(year, v);
                            *key = Some(format!("{prefix}:deficit:{year}"));
                        }
                        *sealed |= resp.drag_stopped() || resp.lost_focus();
                        let removable = deficit.len() > 1;
                        if ui
                            .add_enabled(removable, egui::Button::new("✖").small())
                            .on_hover_text(tr_args("remove-point", &[("year", Arg::from(year))]))
                            .clicked()
                        {
                            deficit.remove(&year);
                            *key = Some(format!("{prefix}:deficit:{year}:remove"));
                        }
                    }
                    None => {
                        let interpolated = interpolate_deficit(deficit, year).unwrap_or(0);
                        ui.label(RichText::new(num(interpolated)).italics().weak())
                            .on_hover_text(tr("interpolated"));
                        if ui
                            .small_button(tr("set-point"))
                            .on_hover_text(tr_args("set-point-tip", &[("year", Arg::from(year))]))
                            .clicked()
                        {
                            deficit.insert(year, interpolated);
                            *key = Some(format!("{prefix}:deficit:{year}:add"));
                        }
                    }
                }
                ui.end_row();
            }
        });
}

/// Names, kind and the illustrative flag.
pub(super) fn region_fields(
    ui: &mut egui::Ui,
    r: usize,
    edited: &mut crate::model::Region,
    key: &mut Option<String>,
    sealed: &mut bool,
) {
    egui::Grid::new("region-fields")
        .num_columns(2)
        .spacing(egui::vec2(8.0, 6.0))
        .show(ui, |ui| {
            for (lang, caption) in [("kk", "name-kk"), ("ru", "name-ru"), ("en", "name-en")] {
                let caption = tr(caption);
                ui.label(&caption);
                let slot = match lang {
                    "kk" => &mut edited.name.kk,
                    "ru" => &mut edited.name.ru,
                    _ => &mut edited.name.en,
                };
                let mut text = slot.clone().unwrap_or_default();
                if !super::editable(&text) {
                    ui.label(super::shown(&text));
                    ui.end_row();
                    continue;
                }
                let resp = ui.add(
                    egui::TextEdit::singleline(&mut text)
                        .hint_text(&caption)
                        .desired_width(180.0),
                );
                if resp.changed() {
                    *slot = (!text.trim().is_empty()).then_some(text);
                    *key = Some(format!("region:{r}:name:{lang}"));
                }
                *sealed |= resp.lost_focus();
                ui.end_row();
            }
            ui.label(tr("kind"));
            ui.horizontal(|ui| {
                ui.radio_value(&mut edited.kind, RegionKind::City, tr("kind-city"));
                ui.radio_value(&mut edited.kind, RegionKind::Oblast, tr("kind-oblast"));
            });
            ui.end_row();
            ui.label(tr("figures"));
            ui.checkbox(&mut edited.illustrative, tr("illustrative-check"));
            ui.end_row();
        });
}

use egui::RichText;

use super::schools::number_field;
use crate::app::{EditKey, SeatplanApp, Selection};
use crate::i18n::format_int;
use crate::model::{RegionKind, interpolate_deficit};

pub(super) fn region_editor(app: &mut SeatplanApp, ui: &mut egui::Ui) {
    ui.add_space(6.0);
    let Selection::Region(r) = app.selection() else {
        ui.heading("Scenario");
        scenario_fields(app, ui);
        return;
    };
    ui.heading("Region");
    let Some(region) = app.doc.scenario().regions.get(r).cloned() else {
        return;
    };
    let mut edited = region.clone();
    let mut key = None;
    let mut sealed = false;

    egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        egui::Grid::new("region-fields").num_columns(2).spacing(egui::vec2(8.0, 6.0)).show(ui, |ui| {
            for (lang, caption) in [("kk", "Name (kk)"), ("ru", "Name (ru)"), ("en", "Name (en)")] {
                ui.label(caption);
                let slot = match lang {
                    "kk" => &mut edited.name.kk,
                    "ru" => &mut edited.name.ru,
                    _ => &mut edited.name.en,
                };
                let mut text = slot.clone().unwrap_or_default();
                let resp = ui.add(egui::TextEdit::singleline(&mut text).hint_text(caption).desired_width(180.0));
                if resp.changed() {
                    *slot = (!text.trim().is_empty()).then_some(text);
                    key = Some(format!("region:{r}:name:{lang}"));
                }
                sealed |= resp.lost_focus();
                ui.end_row();
            }
            ui.label("Kind");
            ui.horizontal(|ui| {
                ui.radio_value(&mut edited.kind, RegionKind::City, "City");
                ui.radio_value(&mut edited.kind, RegionKind::Oblast, "Oblast");
            });
            ui.end_row();
            ui.label("Figures");
            ui.checkbox(&mut edited.illustrative, "Illustrative (not published)");
            ui.end_row();
        });
        if edited.kind != region.kind || edited.illustrative != region.illustrative {
            key = Some(format!("region:{r}:flags"));
        }
        ui.add_space(8.0);
        ui.strong("Deficit estimate by year");
        ui.weak("Seats short at the start of each school year if none of the plan's schools opened. Years left blank are interpolated.");
        ui.add_space(4.0);
        let s = app.doc.scenario();
        let mut years: Vec<i32> = (s.base_year..=s.horizon.min(s.base_year.saturating_add(60))).collect();
        years.extend(region.deficit.keys().copied().filter(|y| *y < s.base_year || *y > s.horizon));
        years.sort_unstable();
        deficit_points(ui, r, years, &mut edited, &mut key, &mut sealed);
        ui.add_space(8.0);
        ui.strong("Source");
        let mut source = edited.source.clone().unwrap_or_default();
        // Sources run to paragraphs; keep the deficit editor above in view.
        let resp = egui::ScrollArea::vertical()
            .id_salt("region-source")
            .max_height(160.0)
            .show(ui, |ui| {
                ui.add(
                    egui::TextEdit::multiline(&mut source)
                        .hint_text("Where the deficit figures come from")
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
        app.doc.edit(Some(EditKey::new(key)), |s| {
            if let Some(slot) = s.regions.get_mut(r) {
                *slot = edited;
            }
        });
    }
    if sealed {
        app.doc.seal();
    }
}

fn scenario_fields(app: &mut SeatplanApp, ui: &mut egui::Ui) {
    let s = app.doc.scenario().clone();
    let mut edited = s.clone();
    let mut key = None;
    let mut sealed = false;
    egui::Grid::new("scenario-fields")
        .num_columns(2)
        .spacing(egui::vec2(8.0, 6.0))
        .show(ui, |ui| {
            ui.label("Name");
            let resp = ui.add(
                egui::TextEdit::singleline(&mut edited.name)
                    .hint_text("Scenario name")
                    .desired_width(190.0),
            );
            if resp.changed() {
                key = Some("scenario:name");
            }
            sealed |= resp.lost_focus();
            ui.end_row();
            ui.label("First year");
            let resp = ui
                .add(
                    egui::DragValue::new(&mut edited.base_year)
                        .range(1900..=2200)
                        .speed(0.05),
                )
                .on_hover_text("First school year shown (base_year)");
            if resp.changed() {
                key = Some("scenario:base_year");
            }
            sealed |= resp.drag_stopped() || resp.lost_focus();
            ui.end_row();
            ui.label("Horizon");
            let resp = ui
                .add(
                    egui::DragValue::new(&mut edited.horizon)
                        .range(1900..=2200)
                        .speed(0.05),
                )
                .on_hover_text("Last school year shown (horizon)");
            if resp.changed() {
                key = Some("scenario:horizon");
            }
            sealed |= resp.drag_stopped() || resp.lost_focus();
            ui.end_row();
            ui.label("Seats counted as");
            ui.vertical(|ui| {
                ui.radio_value(
                    &mut edited.seat_unit,
                    crate::model::SeatUnit::Design,
                    "Design seats (one shift)",
                );
                ui.radio_value(
                    &mut edited.seat_unit,
                    crate::model::SeatUnit::TwoShift,
                    "Places in two shifts",
                );
            });
            ui.end_row();
        });
    if edited.seat_unit != s.seat_unit {
        key = Some("scenario:seat_unit");
    }
    ui.add_space(8.0);
    ui.weak("Select a region on the left to edit its deficit estimate and schools.");
    if let Some(key) = key
        && edited != s
    {
        app.doc.edit(Some(EditKey::new(key)), |s| *s = edited);
    }
    if sealed {
        app.doc.seal();
    }
}

fn deficit_points(
    ui: &mut egui::Ui,
    r: usize,
    years: Vec<i32>,
    edited: &mut crate::model::Region,
    key: &mut Option<String>,
    sealed: &mut bool,
) {
    egui::Grid::new("deficit-points")
        .num_columns(3)
        .spacing(egui::vec2(8.0, 4.0))
        .show(ui, |ui| {
            for year in years {
                ui.label(year.to_string());
                match edited.deficit.get(&year).copied() {
                    Some(mut v) => {
                        let resp = ui
                            .push_id(("deficit", year), |ui| {
                                ui.add(number_field(&mut v, i64::MIN / 4..=i64::MAX / 4))
                            })
                            .inner
                            .on_hover_text(format!("Deficit estimate {year}"));
                        if resp.changed() {
                            edited.deficit.insert(year, v);
                            *key = Some(format!("region:{r}:deficit:{year}"));
                        }
                        *sealed |= resp.drag_stopped() || resp.lost_focus();
                        let removable = edited.deficit.len() > 1;
                        if ui
                            .add_enabled(removable, egui::Button::new("✖").small())
                            .on_hover_text(format!(
                                "Remove the {year} estimate (interpolate instead)"
                            ))
                            .clicked()
                        {
                            edited.deficit.remove(&year);
                            *key = Some(format!("region:{r}:deficit:{year}:remove"));
                        }
                    }
                    None => {
                        let interpolated = interpolate_deficit(&edited.deficit, year).unwrap_or(0);
                        ui.label(RichText::new(format_int(interpolated)).italics().weak())
                            .on_hover_text("Interpolated");
                        if ui
                            .small_button("Set")
                            .on_hover_text(format!("Enter an estimate for {year}"))
                            .clicked()
                        {
                            edited.deficit.insert(year, interpolated);
                            *key = Some(format!("region:{r}:deficit:{year}:add"));
                        }
                    }
                }
                ui.end_row();
            }
        });
}

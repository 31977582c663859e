use egui::{Color32, RichText};

use super::region_name;
use crate::app::{Command, SeatplanApp, Selection};
use crate::i18n::{Arg, num, tr, tr_args};

pub(super) const ILLUSTRATIVE_COLOR: Color32 = Color32::from_rgb(0xB0, 0x6A, 0x00);

/// The small "illustrative" badge next to figures that are not published.
pub(super) fn illustrative_badge(ui: &mut egui::Ui) {
    ui.label(
        RichText::new(tr("badge-illustrative"))
            .small()
            .color(Color32::WHITE)
            .background_color(ILLUSTRATIVE_COLOR),
    )
    .on_hover_text(tr("badge-illustrative-tip"));
}

pub(super) fn region_list(app: &mut SeatplanApp, ui: &mut egui::Ui) {
    ui.add_space(6.0);
    ui.heading(tr("regions-heading"));
    let horizon = app.doc.scenario().horizon;
    ui.weak(tr_args(
        "regions-shortfall-in",
        &[("year", Arg::from(horizon))],
    ));
    ui.add_space(4.0);
    let selected = app.selection();
    let s = app.doc.scenario();
    let p = &app.computed.projection;
    let mut rows: Vec<(Selection, String, Option<i64>, bool)> =
        Vec::with_capacity(s.regions.len() + 1);
    rows.push((
        Selection::Country,
        region_name(s, Selection::Country),
        p.total.last().map(|r| r.shortfall),
        s.regions.iter().any(|r| r.illustrative),
    ));
    for (i, r) in s.regions.iter().enumerate() {
        let sel = Selection::Region(i);
        let shortfall = p
            .regions
            .get(i)
            .and_then(|rp| rp.last())
            .map(|row| row.shortfall);
        rows.push((sel, region_name(s, sel), shortfall, r.illustrative));
    }
    // With a comparison open: B − A of the shortfall at this plan's horizon.
    let horizon_of = |rows: &[crate::model::ComparisonRow]| {
        rows.iter()
            .find(|r| r.year == s.horizon)
            .and_then(crate::model::ComparisonRow::difference)
    };
    let deltas: Vec<Option<i64>> = match &app.analysis.comparison {
        None => vec![None; rows.len()],
        Some(c) => std::iter::once(horizon_of(&c.total))
            .chain(
                s.regions
                    .iter()
                    .map(|r| c.region(&r.id).and_then(|rc| horizon_of(&rc.rows))),
            )
            .collect(),
    };
    let mut clicked = None;
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            for ((sel, name, shortfall, illustrative), delta) in rows.into_iter().zip(deltas) {
                let is_selected = sel == selected;
                // Figures first, from the right; the name takes what is left
                // and is shortened with "…" (long Russian names) rather than
                // running under the figures.
                let row = egui::vec2(ui.available_width(), ui.spacing().interact_size.y + 4.0);
                let response = ui
                    .allocate_ui_with_layout(
                        row,
                        egui::Layout::right_to_left(egui::Align::Center),
                        |ui| {
                            if let Some(d) = delta {
                                let text = if d > 0 {
                                    format!("Δ +{}", num(d))
                                } else {
                                    format!("Δ {}", num(d))
                                };
                                ui.label(RichText::new(text).small().weak());
                            }
                            let text = shortfall.map_or_else(|| "—".to_owned(), num);
                            let color = if shortfall.unwrap_or(0) > 0 {
                                super::chart::SHORTFALL_TEXT
                            } else {
                                super::chart::CLOSED_TEXT
                            };
                            ui.label(RichText::new(text).color(color).monospace());
                            if illustrative {
                                illustrative_badge(ui);
                            }
                            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                                let label = if sel == Selection::Country {
                                    RichText::new(&name).strong()
                                } else {
                                    RichText::new(&name)
                                };
                                ui.add(egui::Button::selectable(is_selected, label).truncate())
                                    .on_hover_text(&name)
                            })
                            .inner
                        },
                    )
                    .inner;
                if response.clicked() {
                    clicked = Some(sel);
                }
            }
            ui.add_space(8.0);
            if ui.button(tr("add-region")).clicked() {
                app.send(Command::AddRegion);
            }
        });
    if let Some(sel) = clicked {
        app.send(Command::Select(sel));
    }
}

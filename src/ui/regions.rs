use egui::{Color32, RichText};

use super::region_name;
use crate::app::{Command, Selection, ViewCtx};
use crate::i18n::{Arg, num, tr, tr_args};

/// The small "illustrative" badge next to figures that are not published.
pub(super) fn illustrative_badge(ui: &mut egui::Ui) {
    ui.label(
        RichText::new(tr("badge-illustrative"))
            .small()
            .color(Color32::WHITE)
            .background_color(super::theme::WARNING),
    )
    .on_hover_text(tr("badge-illustrative-tip"));
}

pub(super) fn region_list(app: &ViewCtx, ui: &mut egui::Ui) {
    ui.add_space(6.0);
    ui.heading(tr("regions-heading"));
    let s = app.scenario;
    ui.weak(tr_args(
        "regions-shortfall-in",
        &[("year", Arg::from(s.horizon))],
    ));
    ui.add_space(4.0);
    let selected = app.selection;
    // With a comparison open: B − A of the shortfall at this plan's horizon.
    let horizon_of = |rows: &[crate::model::ComparisonRow]| {
        rows.iter()
            .find(|r| r.year == s.horizon)
            .and_then(crate::model::ComparisonRow::difference)
    };
    // (selection, name, shortfall at the horizon, illustrative, Δ compared)
    type Row = (Selection, String, Option<i64>, bool, Option<i64>);
    let rows: Vec<Row> = std::iter::once(Selection::Country)
        .chain((0..s.regions.len()).map(Selection::Region))
        .map(|sel| {
            let slice = app.slice(sel);
            (
                sel,
                region_name(s, sel),
                slice.shortfall_at_horizon(),
                slice.illustrative,
                slice.comparison.and_then(horizon_of),
            )
        })
        .collect();
    let mut clicked = None;
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            for (sel, name, shortfall, illustrative, delta) in rows {
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
                            let color = super::theme::shortfall_color(shortfall.unwrap_or(0));
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

use egui::{Color32, RichText};

use super::region_name;
use crate::app::{Command, Selection, ViewCtx};
use crate::i18n::{Arg, num, tr, tr_args};

/// The small "illustrative" badge next to figures that are not published.
pub(super) fn illustrative_badge(ui: &mut egui::Ui) {
    badge(ui, &BadgeTexts::new());
}

/// The badge's text and tip, translated once for a list of rows.
struct BadgeTexts {
    text: String,
    tip: String,
}

impl BadgeTexts {
    fn new() -> Self {
        BadgeTexts {
            text: tr("badge-illustrative"),
            tip: tr("badge-illustrative-tip"),
        }
    }
}

fn badge(ui: &mut egui::Ui, texts: &BadgeTexts) {
    ui.label(
        RichText::new(&texts.text)
            .small()
            .color(Color32::WHITE)
            .background_color(super::theme::WARNING),
    )
    .on_hover_text(&texts.tip);
}

/// The region's name; in a consolidated scenario, with the file it came
/// from on a second line of the hover text.
fn name_with_source(app: &ViewCtx, sel: Selection) -> (String, String) {
    let name = region_name(app.scenario, sel);
    let source = match (sel, app.consolidation) {
        (Selection::Region(i), Some(c)) => app
            .scenario
            .regions
            .get(i)
            .and_then(|r| super::consolidation::region_source_text(c, &r.id)),
        _ => None,
    };
    let hover = source.map_or_else(|| name.clone(), |s| format!("{name}\n{s}"));
    (name, hover)
}

pub(super) fn region_list(app: &ViewCtx, ui: &mut egui::Ui) {
    // The tab says "Regions".
    let s = app.scenario;
    let badge_texts = BadgeTexts::new();
    let all_illustrative = list_headings(app, ui, &badge_texts);
    ui.add_space(4.0);
    let selected = app.selection;
    // With a comparison open: B − A of the shortfall at this plan's horizon.
    let horizon_of = |rows: &[crate::model::ComparisonRow]| {
        rows.iter()
            .find(|r| r.year == s.horizon)
            .and_then(crate::model::ComparisonRow::difference)
    };
    // (selection, (name, hover text), shortfall at the horizon, illustrative, Δ compared,
    // share of risk draws short at the horizon)
    type Row = (
        Selection,
        (String, String),
        Option<i64>,
        bool,
        Option<i64>,
        Option<f64>,
    );
    let rows: Vec<Row> = std::iter::once(Selection::Country)
        .chain((0..s.regions.len()).flat_map(|r| tree_rows(s, r, selected)))
        .map(|sel| {
            let slice = app.slice(sel);
            (
                sel,
                name_with_source(app, sel),
                slice.shortfall_at_horizon(),
                slice.illustrative,
                slice.comparison.and_then(horizon_of),
                slice
                    .risk
                    .and_then(|b| b.last())
                    .map(crate::model::Band::p_short),
            )
        })
        .collect();
    let mut clicked = None;
    let tree_tip = tr("districts-tree-tip");
    // A solid scroll bar takes its own room: a floating one covered the
    // last digit of each row's figure.
    ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            for (sel, (name, hover), shortfall, illustrative, delta, p_short) in rows {
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
                            side_figures(ui, delta, p_short);
                            let text = shortfall.map_or_else(|| "—".to_owned(), num);
                            let color = super::theme::shortfall_color(shortfall.unwrap_or(0));
                            ui.label(RichText::new(text).color(color).monospace());
                            if illustrative && !all_illustrative {
                                badge(ui, &badge_texts);
                            }
                            region_notes(ui, app, sel, &name);
                            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                                let label = if sel == Selection::Country {
                                    RichText::new(&name).strong()
                                } else {
                                    RichText::new(&name)
                                };
                                tree_marker(ui, s, sel, selected, &tree_tip);
                                ui.add(egui::Button::selectable(is_selected, label).truncate())
                                    .on_hover_text(&hover)
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

/// The lines over the list: the year of its figures, what the risk and the
/// comparison columns mean. Returns whether every region is illustrative.
fn list_headings(app: &ViewCtx, ui: &mut egui::Ui, badge_texts: &BadgeTexts) -> bool {
    let s = app.scenario;
    // Where every figure is illustrative (every shipped file), the badge is
    // said once over the list: on each row it took the room of a long name
    // ("Восточно-Казахстанская область") at 1366×768.
    let all_illustrative = !s.regions.is_empty() && s.regions.iter().all(|r| r.illustrative);
    ui.horizontal(|ui| {
        ui.weak(tr_args(
            "regions-shortfall-in",
            &[("year", Arg::from(s.horizon))],
        ));
        if all_illustrative {
            badge(ui, badge_texts);
        }
    });
    if app.risk.is_some() {
        // The rows' percentages say only the figure: the sentence is here once.
        ui.weak(tr("regions-p-short-heading"));
    }
    if let Some(b) = &app.analysis.compare {
        // Which way the difference is counted, once for every row's "Δ".
        let name = b.path.file_name().map_or_else(
            || b.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        ui.weak(tr_args("regions-delta-heading", &[("name", name.into())]));
    }
    all_illustrative
}

/// Region `r`'s row, then, when it is planned by district and it or one of
/// its districts is selected, its districts' rows (the tree opens on the
/// region the planner is looking at).
fn tree_rows(s: &crate::model::Scenario, r: usize, selected: Selection) -> Vec<Selection> {
    let mut rows = vec![Selection::Region(r)];
    let n = s
        .regions
        .get(r)
        .and_then(|x| x.districts.as_ref())
        .map_or(0, Vec::len);
    if n > 0 && selected.region() == Some(r) {
        rows.extend((0..n).map(|d| Selection::District(r, d)));
    }
    rows
}

/// ▸ / ▾ before a region planned by district (closed / open); an indent
/// before a district.
fn tree_marker(
    ui: &mut egui::Ui,
    s: &crate::model::Scenario,
    sel: Selection,
    selected: Selection,
    tip: &str,
) {
    match sel {
        Selection::Region(r) => {
            let by_district = s
                .regions
                .get(r)
                .is_some_and(|x| x.districts.as_ref().is_some_and(|d| !d.is_empty()));
            if by_district {
                let open = selected.region() == Some(r);
                ui.weak(if open { "▾" } else { "▸" }).on_hover_text(tip);
            }
        }
        Selection::District(..) => ui.add_space(18.0),
        Selection::Country => {}
    }
}

/// A row's figures right of its shortfall: the difference from the
/// compared file and, with the risk band on, the share of draws short at
/// the horizon (a figure; the sentence is its tooltip, since a sentence a
/// row would push the names out of a narrow list).
fn side_figures(ui: &mut egui::Ui, delta: Option<i64>, p_short: Option<f64>) {
    if let Some(d) = delta {
        let text = if d > 0 {
            format!("Δ +{}", num(d))
        } else {
            format!("Δ {}", num(d))
        };
        ui.label(RichText::new(text).small().weak());
    }
    if let Some(p) = p_short {
        let p = crate::i18n::percent(p);
        let sentence = tr_args("regions-p-short", &[("p", p.clone().into())]);
        ui.add(egui::Label::new(RichText::new(p).small().weak()))
            .on_hover_text(sentence);
    }
}

/// The notes on a region, if any: an icon in its row that opens them in the
/// Review pane with the region selected (as a school's row has).
fn region_notes(ui: &mut egui::Ui, app: &ViewCtx, sel: Selection, name: &str) {
    let Selection::Region(i) = sel else {
        return;
    };
    let Some(region) = app.scenario.regions.get(i) else {
        return;
    };
    let about = crate::model::About::Region(region.id.clone());
    if super::review::notes_badge(ui, app, &about, name) {
        app.send(Command::Select(sel));
        app.send(Command::ShowPane(crate::app::Pane::Review));
    }
}

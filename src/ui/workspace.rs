//! The workspace: the app's tree of panes drawn with egui_tiles. Each pane
//! is one of the views; the tiles crate moves, resizes and closes them as
//! the user drags (the only state a view changes directly, like a scroll
//! position).

use egui::{RichText, WidgetText};
use egui_tiles::{Behavior, SimplificationOptions, TabState, TileId, Tiles, UiResponse};

use super::theme::ERROR;
use crate::app::{Pane, ViewCtx};
use crate::i18n::tr;

struct Panes<'a, 'v> {
    v: &'a ViewCtx<'v>,
    /// The schools table drew (it uses up a scroll request).
    schools_drawn: bool,
}

impl Behavior<Pane> for Panes<'_, '_> {
    fn pane_ui(&mut self, ui: &mut egui::Ui, _tile: TileId, pane: &mut Pane) -> UiResponse {
        let v = self.v;
        egui::Frame::new()
            .inner_margin(egui::Margin::symmetric(8, 4))
            .show(ui, |ui| {
                ui.set_min_size(ui.available_size());
                match pane {
                    Pane::Chart => super::chart::chart_view(v, ui),
                    Pane::Regions => super::regions::region_list(v, ui),
                    Pane::Schools => {
                        self.schools_drawn = true;
                        super::schools::schools_table(v, ui);
                    }
                    Pane::Existing => super::existing::existing_pane(v, ui),
                    Pane::Targets => super::existing::targets_pane(v, ui),
                    Pane::YearTable => super::chart::year_pane(v, ui),
                    Pane::RegionEditor => super::details::details_pane(v, ui),
                    Pane::Map => super::map::map_pane(v, ui),
                    Pane::Problems => super::diagnostics::diagnostics_list(v, ui),
                    Pane::Comparison => super::analysis::comparison_pane(v, ui),
                    Pane::Review => super::review::review_pane(v, ui),
                    Pane::Sources => match v.consolidation {
                        Some(c) => super::consolidation::consolidation_pane(v, c, ui),
                        None => {
                            ui.weak(tr("sources-none"));
                        }
                    },
                }
            });
        UiResponse::None
    }

    fn tab_title_for_pane(&mut self, pane: &Pane) -> WidgetText {
        let title = tr(pane.text_key());
        if *pane == Pane::Problems && self.v.derived.has_errors {
            RichText::new(title).color(ERROR).into()
        } else {
            title.into()
        }
    }

    /// egui_tiles' tab, with the close button's name translated (the
    /// crate's own says "Close" in English to a screen reader).
    fn tab_ui(
        &mut self,
        tiles: &mut Tiles<Pane>,
        ui: &mut egui::Ui,
        id: egui::Id,
        tile_id: TileId,
        state: &TabState,
    ) -> egui::Response {
        let text = self.tab_title_for_tile(tiles, tile_id);
        let close_size = egui::Vec2::splat(self.close_button_outer_size());
        let font_id = egui::TextStyle::Button.resolve(ui.style());
        let galley = text.into_galley(ui, Some(egui::TextWrapMode::Extend), f32::INFINITY, font_id);
        let x_margin = self.tab_title_spacing(ui.visuals());
        let width =
            galley.size().x + 2.0 * x_margin + f32::from(state.closable) * (4.0 + close_size.x);
        let (_, rect) = ui.allocate_space(egui::vec2(width, ui.available_height()));
        let tab = ui
            .interact(rect, id, egui::Sense::click_and_drag())
            .on_hover_cursor(self.tab_hover_cursor_icon());
        tab.widget_info(|| {
            egui::WidgetInfo::selected(
                egui::Role::Button,
                ui.is_enabled(),
                state.active,
                galley.text(),
            )
        });
        if ui.is_rect_visible(rect) && !state.is_being_dragged {
            let bg = self.tab_bg_color(ui.visuals(), tiles, tile_id, state);
            let stroke = self.tab_outline_stroke(ui.visuals(), tiles, tile_id, state);
            ui.painter()
                .rect(rect.shrink(0.5), 0.0, bg, stroke, egui::StrokeKind::Inside);
            if state.active {
                // The active tab opens into its pane.
                ui.painter().hline(
                    rect.x_range(),
                    rect.bottom(),
                    egui::Stroke::new(stroke.width + 1.0, bg),
                );
            }
            let color = self.tab_text_color(ui.visuals(), tiles, tile_id, state);
            let at = egui::Align2::LEFT_CENTER
                .align_size_within_rect(galley.size(), rect.shrink(x_margin))
                .min;
            ui.painter().galley(at, galley, color);
            if state.closable {
                let button = egui::Align2::RIGHT_CENTER
                    .align_size_within_rect(close_size, rect.shrink(x_margin));
                let close = ui
                    .interact(
                        button,
                        ui.auto_id_with("tab_close_btn"),
                        egui::Sense::click(),
                    )
                    .on_hover_cursor(egui::CursorIcon::Default);
                let name = tr("close-tab");
                close.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, ui.is_enabled(), &name)
                });
                let visuals = ui.style().interact(&close);
                let cross = button
                    .shrink(self.close_button_inner_margin())
                    .expand(visuals.expansion);
                let pen = visuals.fg_stroke;
                ui.painter()
                    .line_segment([cross.left_top(), cross.right_bottom()], pen);
                ui.painter()
                    .line_segment([cross.right_top(), cross.left_bottom()], pen);
                if (close.clicked() || tab.clicked_by(egui::PointerButton::Middle))
                    && self.on_tab_close(tiles, tile_id)
                {
                    tiles.remove(tile_id);
                }
            }
        }
        self.on_tab_button(tiles, tile_id, tab)
    }

    /// The chart is what the app is for: it cannot be closed.
    fn is_tab_closable(&self, tiles: &Tiles<Pane>, tile_id: TileId) -> bool {
        !matches!(tiles.get_pane(&tile_id), Some(Pane::Chart))
    }

    /// Every pane keeps a tab, so it can be dragged elsewhere and closed.
    fn simplification_options(&self) -> SimplificationOptions {
        SimplificationOptions {
            all_panes_must_have_tabs: true,
            ..SimplificationOptions::default()
        }
    }

    fn tab_bar_height(&self, _style: &egui::Style) -> f32 {
        26.0
    }

    fn gap_width(&self, _style: &egui::Style) -> f32 {
        2.0
    }
}

/// Draws `tree` (the app's workspace) with the views in `v`. Returns
/// whether the schools table drew.
pub(super) fn workspace(v: &ViewCtx, tree: &mut egui_tiles::Tree<Pane>, ui: &mut egui::Ui) -> bool {
    let mut panes = Panes {
        v,
        schools_drawn: false,
    };
    tree.ui(&mut panes, ui);
    panes.schools_drawn
}

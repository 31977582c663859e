//! The workspace: the app's tree of panes drawn with egui_tiles. Each pane
//! is one of the views; the tiles crate moves, resizes and closes them as
//! the user drags (the only state a view changes directly, like a scroll
//! position).

use egui::{RichText, WidgetText};
use egui_tiles::{Behavior, SimplificationOptions, TileId, Tiles, UiResponse};

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
                    Pane::YearTable => super::chart::year_pane(v, ui),
                    Pane::RegionEditor => super::region_editor::region_editor(v, ui),
                    Pane::Map => super::map::map_pane(v, ui),
                    Pane::Problems => super::diagnostics::diagnostics_list(v, ui),
                    Pane::Comparison => super::analysis::comparison_pane(v, ui),
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

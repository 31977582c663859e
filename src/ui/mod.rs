//! Views: one file per part of the window. Each takes the frame's
//! [`crate::app::ViewCtx`] and an `egui::Ui`, reads what it shows and sends
//! `Command`s (edits included); it changes nothing else.

mod analysis;
mod assumptions_editor;
mod changes;
mod chart;
mod chooser;
mod consolidation;
mod demand;
mod demand_tables;
mod details;
mod diagnostics;
mod district_editor;
mod district_list;
mod districts;
mod existing;
mod fields;
mod file_prompts;
mod housing;
mod import;
mod import_problems;
mod import_series;
mod map;
mod menu;
mod modals;
mod presentation;
mod region_editor;
mod regions;
mod review;
mod scenario_editor;
mod schools;
mod theme;
mod workspace;

use crate::app::{CommandSender, SeatplanApp, Selection};
use crate::i18n::lang;
use crate::model::Scenario;

pub use chart::{CHART_PLOT_ID, year_axis_label};

/// Longer text is shown shortened: a hostile or damaged file can hold a
/// 10 MB name, and laying that out every frame would freeze the window.
pub(crate) const MAX_SHOWN_CHARS: usize = 300;

/// `text`, cut to [`MAX_SHOWN_CHARS`] with "…".
pub(crate) fn shown(text: &str) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(MAX_SHOWN_CHARS) {
        None => std::borrow::Cow::Borrowed(text),
        Some((cut, _)) => std::borrow::Cow::Owned(format!("{}…", &text[..cut])),
    }
}

/// Whether a text field may edit `text` in place (see [`MAX_SHOWN_CHARS`]).
pub(crate) fn editable(text: &str) -> bool {
    text.len() <= 64 * 1024
}

/// A school's name (planned or existing) in the current language, falling
/// back kk → ru → en.
pub(crate) fn school_name(name: &crate::model::Text) -> &str {
    name.get(lang().code())
}

/// A region's display name in the current language (fallback kk → ru → en).
pub(crate) fn region_name(s: &Scenario, sel: Selection) -> String {
    match sel {
        Selection::Country => crate::deck::total_title(s),
        Selection::Region(i) => s
            .regions
            .get(i)
            .map(|r| {
                let name = r.name.get(lang().code());
                if name.is_empty() {
                    shown(&r.id).into_owned()
                } else {
                    shown(name).into_owned()
                }
            })
            .unwrap_or_default(),
        Selection::District(r, d) => s
            .regions
            .get(r)
            .and_then(|r| r.districts.as_ref()?.get(d))
            .map(|d| {
                let name = d.name.get(lang().code());
                if name.is_empty() {
                    shown(&d.id).into_owned()
                } else {
                    shown(name).into_owned()
                }
            })
            .unwrap_or_default(),
    }
}

/// Draws the window: the menu, then the workspace of panes. Views get a
/// [`ViewCtx`] only. The edits they send are applied at once and the pass is
/// drawn again, so an edit in any pane shows in the chart in the same frame.
/// Returns whether the schools table drew.
fn draw(app: &mut SeatplanApp, sent: &CommandSender, ui: &mut egui::Ui) -> bool {
    if app.view.presentation.is_some() {
        presentation::draw(&app.view_ctx(sent), ui);
        return false;
    }
    {
        let v = app.view_ctx(sent);
        egui::Panel::top("menu").show(ui, |ui| menu::menu_bar(&v, &app.workspace, ui));
    }
    // The tree is out of the app while it draws: egui_tiles moves its tiles.
    let mut tree = std::mem::replace(
        &mut app.workspace.tree,
        egui_tiles::Tree::empty(egui::Id::unique("workspace-drawing")),
    );
    let schools_drawn = {
        let v = app.view_ctx(sent);
        let drawn = egui::CentralPanel::default()
            .frame(egui::Frame::central_panel(ui.style()).inner_margin(2))
            .show(ui, |ui| workspace::workspace(&v, &mut tree, ui))
            .inner;
        modals::modals(&v, ui);
        drawn
    };
    app.workspace.tree = tree;
    if app.apply_view_edits(sent) {
        ui.ctx()
            .request_discard("an edit changes what the chart shows");
    }
    schools_drawn
}

/// The frame: the app takes input and applies commands; the views draw.
impl eframe::App for SeatplanApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.begin_frame(&ctx);
        let sent = CommandSender::default();
        let table_shown = draw(self, &sent, ui);
        self.end_frame(&ctx, sent.take(), table_shown);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
        eframe::set_value(storage, crate::app::WORKSPACE_KEY, &self.workspace);
    }

    /// A clean exit (after any unsaved-changes prompt): no recovery file stays.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.files_on_exit();
    }
}

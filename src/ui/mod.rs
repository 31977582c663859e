//! Views: one file per part of the window. Each takes the frame's
//! [`crate::app::ViewCtx`] and an `egui::Ui`, reads what it shows and sends
//! `Command`s (edits included); it changes nothing else.

mod analysis;
mod chart;
mod consolidation;
mod demand;
mod diagnostics;
mod district_editor;
mod districts;
mod file_prompts;
mod import;
mod menu;
mod modals;
mod presentation;
mod region_editor;
mod regions;
mod schools;
mod theme;

use crate::app::{CommandSender, SeatplanApp, Selection};
use crate::i18n::{lang, tr};
use crate::model::Scenario;

pub use chart::year_axis_label;

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

/// A region's display name in the current language (fallback kk → ru → en).
pub(crate) fn region_name(s: &Scenario, sel: Selection) -> String {
    match sel {
        Selection::Country => tr("whole-country"),
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

/// Draws the window. Views get a [`ViewCtx`] only; the edits the side
/// panels send are applied before the chart draws, so they show at once.
/// Returns whether the schools table drew.
fn draw(app: &mut SeatplanApp, sent: &CommandSender, ui: &mut egui::Ui) -> bool {
    if app.view.presentation.is_some() {
        presentation::draw(&app.view_ctx(sent), ui);
        return false;
    }
    {
        let v = app.view_ctx(sent);
        egui::Panel::top("menu").show(ui, |ui| menu::menu_bar(&v, ui));
        // The schools table spans the full width, under the region list.
        egui::Panel::bottom("schools")
            .resizable(true)
            .default_size(340.0)
            .min_size(160.0)
            .show(ui, |ui| schools::schools_table(&v, ui));
        if let Some(c) = v.consolidation {
            egui::Panel::bottom("consolidation")
                .resizable(true)
                .default_size(150.0)
                .show(ui, |ui| consolidation::consolidation_pane(&v, c, ui));
        }
        if !v.derived.diagnostics.is_empty() {
            egui::Panel::bottom("diagnostics")
                .resizable(true)
                .default_size(110.0)
                .show(ui, |ui| diagnostics::diagnostics_list(&v, ui));
        }
        egui::Panel::left("regions")
            .resizable(true)
            .default_size(330.0)
            .min_size(260.0)
            .show(ui, |ui| regions::region_list(&v, ui));
        egui::Panel::right("region-editor")
            .resizable(true)
            .default_size(290.0)
            .min_size(240.0)
            .show(ui, |ui| region_editor::region_editor(&v, ui));
    }
    // Edits made in the panels above land in this frame's chart.
    app.apply_view_edits(sent);
    let v = app.view_ctx(sent);
    egui::CentralPanel::default().show(ui, |ui| chart::chart_view(&v, ui));
    modals::modals(&v, ui);
    true
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
    }

    /// A clean exit (after any unsaved-changes prompt): no recovery file stays.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.files_on_exit();
    }
}

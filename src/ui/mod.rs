//! Views: one file per part of the window. Views read the document and the
//! computed projection, edit only through `Document::edit`, and send
//! commands for everything else.

mod analysis;
mod chart;
mod diagnostics;
mod file_prompts;
mod map;
mod menu;
mod modals;
mod presentation;
mod region_editor;
mod regions;
mod schools;

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily, FontId, TextStyle};

use crate::app::{SeatplanApp, Selection};
use crate::i18n::{lang, tr};
use crate::model::Scenario;

pub use chart::year_axis_label;

const BODY_SIZE: f32 = 15.0;

/// Bundled fonts (DejaVu Sans has ₸, the narrow no-break space and every
/// Kazakh letter) and a type scale readable on a projector.
pub fn setup_style(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "dejavu".into(),
        Arc::new(FontData::from_static(include_bytes!(
            "../../assets/fonts/DejaVuSans.ttf"
        ))),
    );
    fonts.font_data.insert(
        "dejavu-bold".into(),
        Arc::new(FontData::from_static(include_bytes!(
            "../../assets/fonts/DejaVuSans-Bold.ttf"
        ))),
    );
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .insert(0, "dejavu".into());
    }
    let mut bold = vec!["dejavu-bold".to_owned()];
    bold.extend(
        fonts
            .families
            .get(&FontFamily::Proportional)
            .cloned()
            .unwrap_or_default(),
    );
    fonts.families.insert(FontFamily::Name("bold".into()), bold);
    ctx.set_fonts(fonts);

    ctx.global_style_mut(|style| {
        style.text_styles = [
            (TextStyle::Small, FontId::proportional(12.0)),
            (TextStyle::Body, FontId::proportional(BODY_SIZE)),
            (TextStyle::Button, FontId::proportional(BODY_SIZE)),
            (TextStyle::Monospace, FontId::monospace(14.0)),
            (
                TextStyle::Heading,
                FontId::new(22.0, FontFamily::Name("bold".into())),
            ),
        ]
        .into();
    });
}

pub(crate) fn bold(size: f32) -> FontId {
    FontId::new(size, FontFamily::Name("bold".into()))
}

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
    }
}

pub fn draw(app: &mut SeatplanApp, ui: &mut egui::Ui) {
    if app.view.presentation.is_some() {
        presentation::draw(app, ui);
        return;
    }
    egui::Panel::top("menu").show(ui, |ui| menu::menu_bar(app, ui));
    // The schools table spans the full width, under the region list.
    egui::Panel::bottom("schools")
        .resizable(true)
        .default_size(340.0)
        .min_size(160.0)
        .show(ui, |ui| schools::schools_table(app, ui));
    if !app.computed.diagnostics.is_empty() {
        egui::Panel::bottom("diagnostics")
            .resizable(true)
            .default_size(110.0)
            .show(ui, |ui| diagnostics::diagnostics_list(app, ui));
    }
    egui::Panel::left("regions")
        .resizable(true)
        .default_size(330.0)
        .min_size(260.0)
        .show(ui, |ui| regions::region_list(app, ui));
    egui::Panel::right("region-editor")
        .resizable(true)
        .default_size(290.0)
        .min_size(240.0)
        .show(ui, |ui| region_editor::region_editor(app, ui));
    // Edits made in the panels above land in this frame's chart.
    app.refresh();
    egui::CentralPanel::default().show(ui, |ui| chart::chart_view(app, ui));
    modals::modals(app, ui);
    file_prompts::file_prompts(app, ui);
}

//! Fonts and the type scale. Set up when the app is created, so `app` does
//! not reach into `ui` for it.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily, FontId, TextStyle};

/// The font family of bold text (DejaVu Sans Bold, then the defaults).
pub const BOLD_FAMILY: &str = "bold";

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
    fonts
        .families
        .insert(FontFamily::Name(BOLD_FAMILY.into()), bold);
    ctx.set_fonts(fonts);

    ctx.global_style_mut(|style| {
        style.text_styles = [
            (TextStyle::Small, FontId::proportional(12.0)),
            (TextStyle::Body, FontId::proportional(BODY_SIZE)),
            (TextStyle::Button, FontId::proportional(BODY_SIZE)),
            (TextStyle::Monospace, FontId::monospace(14.0)),
            (
                TextStyle::Heading,
                FontId::new(22.0, FontFamily::Name(BOLD_FAMILY.into())),
            ),
        ]
        .into();
    });
}

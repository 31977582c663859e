//! Every colour the window uses, and the bold font. Chart series colours
//! come from `crate::chart` (shared with the exported images).

use egui::{Color32, FontFamily, FontId};

use crate::app::style::BOLD_FAMILY;
use crate::chart::Rgb;

/// A shortfall left (text).
pub const SHORTFALL_TEXT: Color32 = Color32::from_rgb(0xB8, 0x4A, 0x00);
/// A shortfall closed (text).
pub const CLOSED_TEXT: Color32 = Color32::from_rgb(0x1A, 0x7F, 0x37);
pub const ERROR: Color32 = Color32::from_rgb(0xC0, 0x1C, 0x28);
/// Warnings, and figures marked illustrative (not published).
pub const WARNING: Color32 = Color32::from_rgb(0xB0, 0x6A, 0x00);
/// The delay-risk band.
pub const BAND: Color32 = rgb(crate::chart::BAND_COLOR);
/// The housing layer (`chart::HOUSING_COLOR`).
pub const HOUSING: Color32 = rgb(crate::chart::HOUSING_COLOR);
/// The compared scenario's line.
pub const COMPARE: Color32 = Color32::from_rgb(0x56, 0xB4, 0xE9);

/// The colour of a shortfall figure: orange while there is one, green once closed.
pub fn shortfall_color(v: i64) -> Color32 {
    if v > 0 { SHORTFALL_TEXT } else { CLOSED_TEXT }
}

/// A chart series colour for the current background.
pub fn series_color(c: Rgb, ui: &egui::Ui) -> Color32 {
    let Rgb(r, g, b) = c;
    // The deficit line is black; on a dark background draw it light.
    if (r, g, b) == (0, 0, 0) && ui.visuals().dark_mode {
        Color32::from_gray(230)
    } else {
        Color32::from_rgb(r, g, b)
    }
}

/// A chart colour exactly as exported (no dark-mode change).
pub const fn rgb(c: Rgb) -> Color32 {
    let Rgb(r, g, b) = c;
    Color32::from_rgb(r, g, b)
}

pub fn bold(size: f32) -> FontId {
    FontId::new(size, FontFamily::Name(BOLD_FAMILY.into()))
}

//! Text widths in the exported SVG, from the advances of the DejaVu fonts
//! every renderer of these files is given (resvg, the PDF writer, the web
//! page's embedded font). Placing a label needs where it really ends: a
//! per-character guess is a tenth too short for bold Cyrillic.

use std::sync::OnceLock;

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// Advance widths in em of one face, for the characters it has; others
/// (never in seatplan's own texts) count as 0.6 em.
struct Advances {
    face: Option<ttf_parser::Face<'static>>,
}

impl Advances {
    fn new(data: &'static [u8]) -> Self {
        Self {
            face: ttf_parser::Face::parse(data, 0).ok(),
        }
    }

    fn em(&self, c: char) -> f32 {
        self.face
            .as_ref()
            .and_then(|f| {
                let advance = f.glyph_hor_advance(f.glyph_index(c)?)?;
                Some(f32::from(advance) / f32::from(f.units_per_em()))
            })
            .unwrap_or(0.6)
    }
}

fn face(bold: bool) -> &'static Advances {
    static REG: OnceLock<Advances> = OnceLock::new();
    static BLD: OnceLock<Advances> = OnceLock::new();
    if bold {
        BLD.get_or_init(|| Advances::new(BOLD))
    } else {
        REG.get_or_init(|| Advances::new(REGULAR))
    }
}

/// The width of `s` set in DejaVu Sans (bold when `bold`) at `size` px.
pub fn text_width(s: &str, size: f32, bold: bool) -> f32 {
    let f = face(bold);
    s.chars().map(|c| f.em(c)).sum::<f32>() * size
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_the_fonts_advances() {
        // DejaVu Sans: "0" is 1303 of 2048 units (0.636 em), bold 1425
        // (0.696 em); a space is 651 (0.318 em), bold 713.
        assert!((text_width("0", 100.0, false) - 63.6).abs() < 0.1);
        assert!((text_width("0", 100.0, true) - 69.6).abs() < 0.1);
        assert!((text_width("0 0", 10.0, false) - (6.36 * 2.0 + 3.18)).abs() < 0.05);
        assert!(text_width("Қостанай", 24.0, true) > text_width("Қостанай", 24.0, false));
    }
}

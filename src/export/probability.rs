//! The risk band's national slide: the probability that each region's
//! shortfall is closed by the horizon, as bars (for a file planning one
//! region by district, that region's districts). Shown only while the band
//! is on, in the window's presentation, the PNG slides and `slides.pdf`.

use std::fmt::Write as _;

use super::svg::{SLIDE_H, SLIDE_W, hex, text};
use crate::chart::ADDED_COLOR;
use crate::deck::{probability_rows, probability_subtitle};
use crate::i18n::{Arg, percent, tr_args};
use crate::model::{LIKELY, Risk, Scenario};

pub(super) fn probability_slide(out: &mut String, s: &Scenario, risk: &Risk) {
    text(
        out,
        60.0,
        100.0,
        (52.0, true, "#111111", "start"),
        &tr_args(
            "slide-probability-title",
            &[("year", Arg::from(risk.horizon))],
        ),
    );
    text(
        out,
        60.0,
        150.0,
        (26.0, false, "#555555", "start"),
        &probability_subtitle(s, risk),
    );
    let rows = probability_rows(s, risk);
    let (top, bottom) = (200.0, SLIDE_H - 100.0);
    let row_h = ((bottom - top) / rows.len().max(1) as f32).min(60.0);
    let font = (row_h * 0.55).clamp(14.0, 28.0);
    let name_w = 560.0;
    let track_x = 60.0 + name_w + 20.0;
    let track_w = SLIDE_W - 60.0 - 160.0 - track_x;
    let bar = hex(ADDED_COLOR);
    for (k, row) in rows.iter().enumerate() {
        let y = top + row_h * k as f32;
        text(
            out,
            60.0 + name_w,
            y + row_h * 0.68,
            (font, false, "#222222", "end"),
            &row.name,
        );
        let _ = writeln!(
            out,
            r##"<rect x="{track_x:.1}" y="{:.1}" width="{track_w:.1}" height="{:.1}" fill="#eeeeee"/>"##,
            y + row_h * 0.15,
            row_h * 0.7
        );
        let w = track_w * row.p_closed as f32;
        let _ = writeln!(
            out,
            r#"<rect class="p-closed" data-p="{:.4}" x="{track_x:.1}" y="{:.1}" width="{w:.1}" height="{:.1}" fill="{bar}"/>"#,
            row.p_closed,
            y + row_h * 0.15,
            row_h * 0.7
        );
        text(
            out,
            track_x + track_w + 16.0,
            y + row_h * 0.68,
            (font, true, "#222222", "start"),
            &percent(row.p_closed),
        );
    }
    // The 80 % mark over the bars: a planner promises what closes in four
    // draws of five.
    let mark_x = track_x + track_w * LIKELY as f32;
    let _ = writeln!(
        out,
        r##"<line class="likely-mark" x1="{mark_x:.1}" y1="{:.1}" x2="{mark_x:.1}" y2="{:.1}" stroke="#555555" stroke-width="2" stroke-dasharray="8 6"/>"##,
        top - 6.0,
        top + row_h * rows.len() as f32
    );
    text(
        out,
        mark_x,
        top - 12.0,
        (font * 0.8, false, "#555555", "middle"),
        &percent(LIKELY),
    );
}

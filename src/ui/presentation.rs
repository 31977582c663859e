//! Presentation mode: the collegium slides full screen, in large type.

use egui::{Align2, FontId, RichText};

use super::chart::{Overlay, headlines, legend, overlay_legend, plot};
use super::theme::{CLOSED_TEXT, SHORTFALL_TEXT, WARNING, bold, rgb};
use crate::app::{Selection, ViewCtx};
use crate::chart::{ADDED_COLOR, ChartData, SHORTFALL_COLOR, target_figures};
use crate::deck::{Slide, probability_rows, probability_subtitle, ranking, region_title, slides};
use crate::i18n::{num, percent, tr, tr_args};
use crate::model::{LIKELY, Projection, Risk, Scenario};

pub(super) fn draw(v: &ViewCtx, ui: &mut egui::Ui) {
    let s = v.scenario;
    let p = &v.derived.projection;
    let all = slides(s, v.risk);
    let n = v.presentation.unwrap_or(0).min(all.len().saturating_sub(1));
    let frame = egui::Frame::central_panel(ui.style())
        .fill(ui.visuals().extreme_bg_color)
        .inner_margin(48.0);
    egui::CentralPanel::default().frame(frame).show(ui, |ui| {
        // The slide is the largest 16:9 box in the window (letterboxed), and
        // everything is laid out inside it, so no window shape cuts it.
        let avail = ui.available_rect_before_wrap();
        let w = avail.width().min(avail.height() * 16.0 / 9.0);
        let slide = egui::Rect::from_center_size(avail.center(), egui::vec2(w, w * 9.0 / 16.0));
        // Sizes follow the slide, so it fills a projector at any resolution.
        let scale = (slide.height() / 1000.0).clamp(0.5, 2.0);
        // The footer's line is kept free at the bottom of the slide.
        let mut content = slide;
        content.max.y -= 28.0 * scale;
        let mut child = ui.new_child(egui::UiBuilder::new().max_rect(content));
        child.set_clip_rect(slide);
        let ui = &mut child;
        match all.get(n).copied().unwrap_or(Slide::Title) {
            Slide::Title => title_slide(ui, s, &v.today.dmy(), scale),
            Slide::Overview => overview_slide(ui, s, p, scale),
            Slide::Map => map_slide(ui, s, p, scale),
            Slide::Districts(i) => districts_slide(ui, v, i, scale),
            Slide::Probability => {
                if let Some(risk) = v.risk {
                    probability_slide(ui, s, risk, scale);
                }
            }
            Slide::Region(i) => region_slide(ui, v, i, scale),
            Slide::Targets(i) => targets_slide(ui, v, i, scale),
        }
        let footer = format!(
            "{}   ·   {}",
            tr_args(
                "slide-of",
                &[
                    ("n", (n + 1).to_string().into()),
                    ("total", all.len().to_string().into())
                ]
            ),
            tr("presentation-help")
        );
        ui.painter().text(
            slide.right_bottom(),
            Align2::RIGHT_BOTTOM,
            footer,
            FontId::proportional(16.0 * scale),
            ui.visuals().weak_text_color(),
        );
    });
}

/// A label that wraps ragged-right. `ui.columns` lays its columns out
/// justified, and a justified label that wraps spreads its short lines out
/// letter by letter ("2 0 2 9  ж ы л ғ а").
fn ragged(ui: &mut egui::Ui, text: RichText) {
    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.label(text);
    });
}

fn title_slide(ui: &mut egui::Ui, s: &Scenario, date: &str, scale: f32) {
    let strong = ui.visuals().strong_text_color();
    ui.add_space(ui.available_height() * 0.3);
    ui.vertical_centered(|ui| {
        ui.label(
            RichText::new(s.name.get(crate::i18n::lang().code()))
                .font(bold(64.0 * scale))
                .color(strong),
        );
        if let Some(d) = &s.description {
            ui.add_space(16.0 * scale);
            ui.label(RichText::new(d.get(crate::i18n::lang().code())).size(30.0 * scale));
        }
        ui.add_space(24.0 * scale);
        ui.label(RichText::new(date).size(32.0 * scale));
    });
}

fn overview_slide(ui: &mut egui::Ui, s: &Scenario, p: &Projection, scale: f32) {
    let strong = ui.visuals().strong_text_color();
    ui.label(
        RichText::new(tr("slide-overview"))
            .font(bold(46.0 * scale))
            .color(strong),
    );
    ui.add_space(12.0 * scale);
    let (ranked, max) = {
        let r = ranking(p);
        let max = r.first().map_or(1, |x| x.1.max(1));
        (r, max)
    };
    ui.columns(2, |cols| {
        let row_font = (cols[0].available_height() / ranked.len().max(1) as f32 * 0.55)
            .clamp(12.0, 28.0 * scale);
        egui::Grid::new("overview-ranking")
            .spacing([12.0, 2.0])
            .show(&mut cols[0], |ui| {
                for (i, shortfall) in &ranked {
                    let illustrative = s.regions.get(*i).is_some_and(|r| r.illustrative);
                    let name = region_title(s, *i) + if illustrative { " *" } else { "" };
                    ui.label(RichText::new(name).size(row_font));
                    let w = 260.0 * scale * (*shortfall).max(0) as f32 / max as f32;
                    let (rect, _) = ui.allocate_exact_size(
                        egui::vec2(260.0 * scale, row_font),
                        egui::Sense::hover(),
                    );
                    let bar = egui::Rect::from_min_size(rect.min, egui::vec2(w, row_font * 0.8));
                    ui.painter().rect_filled(bar, 2.0, rgb(SHORTFALL_COLOR));
                    ui.label(RichText::new(num(*shortfall)).font(bold(row_font)));
                    ui.end_row();
                }
            });
        if s.regions.iter().any(|r| r.illustrative) {
            cols[0].label(
                RichText::new(format!("* {}", tr("slide-illustrative")))
                    .color(WARNING)
                    .size(20.0 * scale),
            );
        }
        let data = ChartData::for_selection(p, None, crate::deck::total_line_title(s));
        ragged(
            &mut cols[1],
            RichText::new(&data.title)
                .font(bold(30.0 * scale))
                .color(strong),
        );
        legend(&mut cols[1], &data, 18.0 * scale);
        plot(
            &mut cols[1],
            "presentation-overview",
            &data,
            &p.total,
            18.0 * scale,
        );
    });
}

fn map_slide(ui: &mut egui::Ui, s: &Scenario, p: &Projection, scale: f32) {
    ui.label(
        RichText::new(tr_args("map-title", &[("year", s.horizon.into())]))
            .font(bold(46.0 * scale))
            .color(ui.visuals().strong_text_color()),
    );
    ui.add_space(12.0 * scale);
    let Ok(g) = crate::map::kazakhstan() else {
        return;
    };
    let data = crate::map::MapData::new(g, s, p);
    let (rect, _) = ui.allocate_exact_size(
        ui.available_size() - egui::vec2(0.0, 40.0 * scale),
        egui::Sense::hover(),
    );
    let ink = ui.visuals().strong_text_color();
    super::map::paint(ui.painter(), &data, rect, (22.0 * scale, ink), None);
}

/// In the map's place for a file planning one region by district, as on
/// the exported slide (`export::stands_in_for_map`).
fn districts_slide(ui: &mut egui::Ui, v: &ViewCtx, i: usize, scale: f32) {
    let s = v.scenario;
    ui.label(
        RichText::new(tr_args("slide-districts", &[("year", s.horizon.into())]))
            .font(bold(46.0 * scale))
            .color(ui.visuals().strong_text_color()),
    );
    ui.label(RichText::new(region_title(s, i)).size(30.0 * scale));
    ui.add_space(24.0 * scale);
    super::districts::drivers_at_horizon(v, i, ui, 30.0 * scale);
}

/// The risk band's national slide, as exported: each region's (or
/// district's) probability of closing by the horizon, least likely first,
/// with the 80 % mark.
fn probability_slide(ui: &mut egui::Ui, s: &Scenario, risk: &Risk, scale: f32) {
    ui.label(
        RichText::new(tr_args(
            "slide-probability-title",
            &[("year", risk.horizon.into())],
        ))
        .font(bold(46.0 * scale))
        .color(ui.visuals().strong_text_color()),
    );
    ui.label(RichText::new(probability_subtitle(s, risk)).size(24.0 * scale));
    ui.add_space(16.0 * scale);
    let rows = probability_rows(s, risk);
    let row_h = (ui.available_height() / rows.len().max(1) as f32).min(56.0 * scale);
    let font = (row_h * 0.55).clamp(11.0, 28.0 * scale);
    let track_w = ui.available_width() * 0.5;
    let ink = ui.visuals().text_color();
    let mut mark = None;
    egui::Grid::new("probability-rows")
        .spacing([12.0 * scale, 0.0])
        .show(ui, |ui| {
            for row in &rows {
                ui.label(RichText::new(&row.name).size(font));
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(track_w, row_h), egui::Sense::hover());
                let track = rect.shrink2(egui::vec2(0.0, row_h * 0.15));
                // The whole track shows, light or dark: the bar reads as a share.
                ui.painter()
                    .rect_filled(track, 0.0, ink.gamma_multiply(0.12));
                let mut bar = track;
                bar.set_width(track.width() * row.p_closed as f32);
                ui.painter().rect_filled(bar, 0.0, rgb(ADDED_COLOR));
                let x = track.left() + track.width() * LIKELY as f32;
                mark = Some(
                    mark.map_or((x, track.top(), track.bottom()), |(x, top, _)| {
                        (x, top, track.bottom())
                    }),
                );
                ui.label(RichText::new(percent(row.p_closed)).font(bold(font)));
                ui.end_row();
            }
        });
    // The 80 % mark over every row: what a planner can promise.
    if let Some((x, top, bottom)) = mark {
        let stroke = egui::Stroke::new(2.0 * scale, ink);
        ui.painter().add(egui::Shape::dashed_line(
            &[egui::pos2(x, top), egui::pos2(x, bottom)],
            stroke,
            8.0 * scale,
            6.0 * scale,
        ));
        ui.painter().text(
            egui::pos2(x, top),
            Align2::CENTER_BOTTOM,
            percent(LIKELY),
            FontId::proportional(font * 0.8),
            ink,
        );
    }
}

fn region_slide(ui: &mut egui::Ui, v: &ViewCtx, i: usize, scale: f32) {
    let s = v.scenario;
    let slice = v.slice(Selection::Region(i));
    let strong = ui.visuals().strong_text_color();
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(region_title(s, i))
                .font(bold(56.0 * scale))
                .color(strong),
        );
        if s.regions.get(i).is_some_and(|r| r.illustrative) {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(
                    RichText::new(tr("slide-illustrative"))
                        .font(bold(28.0 * scale))
                        .color(WARNING),
                );
            });
        }
    });
    ui.add_space(12.0 * scale);
    let figures = slice.headlines.map(|h| headlines(&h, "headline-now"));
    ui.columns(3, |cols| {
        for (k, (caption, value, color)) in figures.iter().flatten().enumerate() {
            let color = *color;
            ragged(&mut cols[k], RichText::new(caption).size(26.0 * scale));
            // Fit the column: "не закрыт к 2029 году" must not wrap.
            let fit = cols[k].available_width() / (value.chars().count().max(1) as f32 * 0.66);
            let size = fit.min(80.0 * scale);
            ragged(
                &mut cols[k],
                RichText::new(value).font(bold(size)).color(color),
            );
        }
    });
    ui.add_space(12.0 * scale);
    let data = ChartData::from_rows(region_title(s, i), slice.rows)
        .with_fan(slice.risk.unwrap_or_default())
        .with_housing(crate::chart::housing_band(
            slice.rows,
            slice.without_housing,
        ));
    legend(ui, &data, 22.0 * scale);
    overlay_legend(ui, &data, &Overlay::default(), 22.0 * scale, false);
    let by_district = v
        .derived
        .projection
        .regions
        .get(i)
        .is_some_and(|r| !r.districts.is_empty());
    if !by_district {
        plot(ui, "presentation-region", &data, slice.rows, 22.0 * scale);
        return;
    }
    // The district breakdown takes the right third, as on the exported slide.
    ui.horizontal_top(|ui| {
        let w = ui.available_width() * 0.64;
        ui.allocate_ui(egui::vec2(w, ui.available_height()), |ui| {
            plot(ui, "presentation-region", &data, slice.rows, 22.0 * scale);
        });
        ui.vertical(|ui| {
            ui.label(
                RichText::new(tr_args(
                    "slide-districts",
                    &[("year", crate::i18n::Arg::from(s.horizon))],
                ))
                .font(bold(26.0 * scale)),
            );
            super::districts::drivers_at_horizon(v, i, ui, 20.0 * scale);
        });
    });
}

/// A region's three targets with the plan and without it, and their chart
/// by year, as on the exported slide; the figures come from the stock
/// worked out once per revision.
fn targets_slide(ui: &mut egui::Ui, v: &ViewCtx, i: usize, scale: f32) {
    let s = v.scenario;
    let strong = ui.visuals().strong_text_color();
    ui.label(
        RichText::new(region_title(s, i))
            .font(bold(56.0 * scale))
            .color(strong),
    );
    ui.label(RichText::new(tr("targets-title")).size(30.0 * scale));
    ui.add_space(12.0 * scale);
    let with = v.derived.stock.rows_for(Some(i), None);
    let without = v.derived.stock_without.rows_for(Some(i), None);
    let figures = target_figures(s, &with, &without);
    ui.columns(3, |cols| {
        for (k, f) in figures.iter().enumerate() {
            let ui = &mut cols[k];
            ragged(ui, RichText::new(&f.caption).size(26.0 * scale));
            let color = if f.reached {
                CLOSED_TEXT
            } else {
                SHORTFALL_TEXT
            };
            // Fit the column: "2029 жылға дейін жоқ" must not wrap.
            let fit = ui.available_width() / (f.zero.chars().count().max(1) as f32 * 0.78);
            ragged(
                ui,
                RichText::new(&f.zero)
                    .font(bold(fit.min(60.0 * scale)))
                    .color(color),
            );
            ragged(ui, RichText::new(&f.values).size(24.0 * scale));
            ragged(
                ui,
                RichText::new(&f.without)
                    .size(20.0 * scale)
                    .color(ui.visuals().weak_text_color()),
            );
        }
    });
    ui.add_space(12.0 * scale);
    let data = ChartData::targets(tr("targets-title"), &with, &without);
    legend(ui, &data, 22.0 * scale);
    plot(ui, "presentation-targets", &data, &[], 22.0 * scale);
}

//! The map drawn with egui shapes: the same regions, classes, labels and
//! legend as `map.svg` (from [`MapData`]), filled from the triangles the map
//! module prepares once.

use egui::{Align2, Color32, FontId, Mesh, Pos2, Rect, Sense, Shape, Stroke, pos2, vec2};

use super::theme::bold;
use crate::app::{Command, Selection, ViewCtx};
use crate::chart::Rgb;
use crate::i18n::{Arg, num, tr, tr_args};
use crate::map::labels::{LabelSize, Placed, Rect as LabelRect, place};
use crate::map::{BORDER_COLOR, DARK_TEXT, Fit, HALO, LIGHT_TEXT, MapData, MapRegion};
use crate::map::{Geometry, MAP_FIT_ID, MapMeasure, kazakhstan};

fn color(Rgb(r, g, b): Rgb) -> Color32 {
    Color32::from_rgb(r, g, b)
}

fn figure(r: &MapRegion<'_>) -> String {
    r.shortfall.map_or_else(|| "–".to_owned(), num)
}

/// A city marker's radius, in label sizes.
pub(crate) const CITY_RADIUS: f32 = 0.75;

/// Paints the map and its legend into `rect`; `font` is the label size in
/// points, `ink` the colour of the legend's text (the theme's). `highlight`
/// outlines one region (the selection). Returns where the map went, for
/// hover and clicks.
pub(crate) fn paint(
    painter: &egui::Painter,
    data: &MapData<'_>,
    rect: Rect,
    (font, ink): (f32, Color32),
    highlight: Option<&str>,
) -> Fit {
    let legend_w = legend_width(painter, data, font);
    let fit = Fit::new(
        data.geometry,
        rect.left(),
        rect.top(),
        (rect.width() - legend_w - font).max(1.0),
        rect.height(),
    );
    let to = |p: [f32; 2]| {
        let [x, y] = fit.to_screen(p);
        pos2(x, y)
    };
    let border = Stroke::new((font * 0.08).max(1.0), color(BORDER_COLOR));
    for r in &data.regions {
        let fill = color(r.fill(&data.classes));
        let mut mesh = Mesh::default();
        for (ring_i, tris) in &r.shape.triangles {
            let Some(ring) = r.shape.rings.get(*ring_i) else {
                continue;
            };
            let base = mesh.vertices.len() as u32;
            for p in ring {
                mesh.colored_vertex(to(*p), fill);
            }
            for [a, b, c] in tris {
                mesh.add_triangle(base + a, base + b, base + c);
            }
        }
        painter.add(Shape::mesh(mesh));
        for ring in &r.shape.rings {
            outline(painter, ring.iter().map(|p| to(*p)), border);
        }
    }
    if let Some(r) = highlight.and_then(|id| data.by_id(id)) {
        let stroke = Stroke::new((font * 0.18).max(2.0), color(DARK_TEXT));
        for ring in &r.shape.rings {
            outline(painter, ring.iter().map(|p| to(*p)), stroke);
        }
    }
    let radius = font * CITY_RADIUS;
    for r in data.regions.iter().filter(|r| r.shape.city) {
        marker(painter, to(r.shape.label), radius, r, data, font);
    }
    // Too small a map for names and figures: colours, the legend and hover
    // tell it, rather than labels piled on each other.
    if rect.height() >= 24.0 * font {
        labels(painter, data, &fit, (rect, legend_w), font);
    }
    legend(
        painter,
        data,
        pos2(rect.right() - legend_w, rect.top()),
        font,
        ink,
    );
    fit
}

/// A region's label laid out: its name and figure.
struct Lines {
    name: std::sync::Arc<egui::Galley>,
    value: std::sync::Arc<egui::Galley>,
}

/// The labels, placed as in the SVG (`crate::map::labels`) with the sizes
/// egui lays them out at: an oblast's name over its figure where it fits,
/// moved with a leader where it does not; a city's on a plate beside it.
fn labels(
    painter: &egui::Painter,
    data: &MapData<'_>,
    fit: &Fit,
    (rect, legend_w): (Rect, f32),
    font: f32,
) {
    let lines: Vec<Lines> = data
        .regions
        .iter()
        .map(|r| Lines {
            name: painter.layout_no_wrap(r.label.clone(), bold(font), Color32::BLACK),
            value: painter.layout_no_wrap(
                figure(r),
                FontId::proportional(font * 0.95),
                Color32::BLACK,
            ),
        })
        .collect();
    let size = |i: usize| {
        let (l, r) = (lines.get(i)?, data.regions.get(i)?);
        let (name, value) = (l.name.size(), l.value.size());
        let w = name.x.max(value.x);
        Some(if r.shape.city {
            let plate = [w + font * 0.6, name.y + value.y + font * 0.3];
            LabelSize {
                full: plate,
                figure: plate,
            }
        } else {
            LabelSize {
                full: [w + font * 0.3, name.y + value.y],
                figure: [value.x + font * 0.3, value.y],
            }
        })
    };
    let entries = data.legend().1.len() as f32;
    let legend = LabelRect {
        x: rect.right() - legend_w,
        y: rect.top(),
        w: legend_w,
        h: font * (1.8 + 1.8 * entries),
    };
    let bounds = LabelRect {
        x: rect.left(),
        y: rect.top(),
        w: rect.width(),
        h: rect.height(),
    };
    let placed = place(
        data,
        fit,
        font,
        (bounds, &[legend]),
        font * CITY_RADIUS,
        &size,
    );
    let dark = color(DARK_TEXT);
    for (r, p) in data.regions.iter().zip(&placed) {
        if let Some(([x1, y1], [x2, y2])) = p.and_then(|p| p.leader) {
            let stroke = Stroke::new((font * 0.08).max(1.0), dark);
            painter.line_segment([pos2(x1, y1), pos2(x2, y2)], stroke);
            if !r.shape.city {
                painter.circle_filled(pos2(x1, y1), font * 0.15, dark);
            }
        }
    }
    for ((r, p), l) in data.regions.iter().zip(&placed).zip(lines) {
        if let Some(p) = p {
            block(painter, r, p, l, data, font);
        }
    }
}

/// One label block. A city's, and an oblast's moved off its region, sit on
/// a pale plate in dark text; an oblast's at home is in its class's text
/// colour, white ones with a dark halo where they overhang a lighter
/// neighbour (as in the SVG).
fn block(
    painter: &egui::Painter,
    r: &MapRegion<'_>,
    p: &Placed,
    l: Lines,
    data: &MapData<'_>,
    font: f32,
) {
    let dark = color(DARK_TEXT);
    let at = Rect::from_min_size(pos2(p.rect.x, p.rect.y), vec2(p.rect.w, p.rect.h));
    let plate = r.shape.city || p.leader.is_some();
    if plate {
        painter.rect(
            at,
            font * 0.25,
            Color32::from_white_alpha(225),
            Stroke::new(1.0, dark),
            egui::StrokeKind::Inside,
        );
    }
    let ink = if plate {
        dark
    } else {
        color(r.text_color(&data.classes))
    };
    let top = at.top() + if r.shape.city { font * 0.15 } else { 0.0 };
    let mut rows = Vec::with_capacity(2);
    if p.name {
        rows.push((
            pos2(at.center().x - l.name.size().x / 2.0, top),
            l.name.clone(),
        ));
    }
    let value_y = if p.name { top + l.name.size().y } else { top };
    rows.push((
        pos2(at.center().x - l.value.size().x / 2.0, value_y),
        l.value.clone(),
    ));
    if !plate && ink == color(LIGHT_TEXT) {
        let d = (font * 0.08).max(1.0);
        for off in [vec2(-d, 0.0), vec2(d, 0.0), vec2(0.0, -d), vec2(0.0, d)] {
            for (pos, galley) in &rows {
                painter.galley_with_override_text_color(*pos + off, galley.clone(), color(HALO));
            }
        }
    }
    for (pos, galley) in rows {
        painter.galley_with_override_text_color(pos, galley, ink);
    }
}

/// A ring's outline, edge by edge. Not `Shape::closed_line`: egui joins a
/// path's edges with unlimited mitres, and a boundary that turns back on
/// itself (a spit, a river mouth) then draws a spike across the pane.
fn outline(painter: &egui::Painter, ring: impl Iterator<Item = Pos2>, stroke: Stroke) {
    let points: Vec<Pos2> = ring.collect();
    let Some(&first) = points.first() else {
        return;
    };
    let mut shapes = Vec::with_capacity(points.len());
    let mut from = first;
    for &to in points.iter().skip(1).chain(std::iter::once(&first)) {
        shapes.push(Shape::line_segment([from, to], stroke));
        from = to;
    }
    painter.extend(shapes);
}

/// A city: a circle in its class colour with a dark ring and a centre dot.
fn marker(
    painter: &egui::Painter,
    at: Pos2,
    radius: f32,
    r: &MapRegion<'_>,
    data: &MapData<'_>,
    font: f32,
) {
    let dark = color(DARK_TEXT);
    painter.circle(
        at,
        radius,
        color(r.fill(&data.classes)),
        Stroke::new((font * 0.12).max(1.5), dark),
    );
    painter.circle_filled(at, radius * 0.28, dark);
}

/// The legend's width: its longest line plus the swatch.
fn legend_width(painter: &egui::Painter, data: &MapData<'_>, font: f32) -> f32 {
    let (heading, entries) = data.legend();
    let width =
        |text: String, font: FontId| painter.layout_no_wrap(text, font, Color32::BLACK).size().x;
    let entries = entries
        .into_iter()
        .map(|(_, t)| width(t, FontId::proportional(font * 0.9)) + font * 1.8)
        .fold(0.0, f32::max);
    width(heading, bold(font)).max(entries) + font * 0.5
}

fn legend(painter: &egui::Painter, data: &MapData<'_>, at: Pos2, font: f32, dark: Color32) {
    let (heading, entries) = data.legend();
    painter.text(at, Align2::LEFT_TOP, heading, bold(font), dark);
    let sw = font * 1.3;
    let mut y = at.y + font * 1.8;
    for (c, text) in entries {
        let swatch = Rect::from_min_size(pos2(at.x, y), vec2(sw, sw));
        painter.rect(
            swatch,
            0.0,
            color(c),
            Stroke::new(1.0, Color32::GRAY),
            egui::StrokeKind::Inside,
        );
        painter.text(
            pos2(at.x + sw + font * 0.5, y + sw / 2.0),
            Align2::LEFT_CENTER,
            text,
            FontId::proportional(font * 0.9),
            dark,
        );
        y += sw + font * 0.5;
    }
}

/// The Map pane: the regions coloured by the shortfall at the horizon, the
/// selected region outlined; hovering a region tells its name and gap,
/// clicking selects it. A file of one region planned by district has nothing
/// to colour on a country map: its districts' shortfall stands in.
pub(super) fn map_pane(v: &ViewCtx, ui: &mut egui::Ui) {
    let s = v.scenario;
    if let Some(r) = crate::deck::stands_in_for_map(s) {
        ui.heading(tr_args(
            "slide-districts",
            &[("year", Arg::from(s.horizon))],
        ));
        ui.add_space(6.0);
        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| {
                super::districts::drivers_at_horizon(v, r, ui, 16.0)
            });
        return;
    }
    match kazakhstan() {
        Ok(g) => map_view(v, g, ui),
        Err(e) => {
            ui.label(e.to_string());
        }
    }
}

/// A switch above the legend when there is more than seats short to show:
/// three-shift schools (a file with existing schools) and the probability
/// of a shortfall (the risk band is on). The choice is the pane's own (kept
/// in egui's memory); the figures come from the stock worked out once per
/// revision and from the band's draws.
fn measure_switch(v: &ViewCtx, ui: &mut egui::Ui) -> MapMeasure {
    let id = ui.make_persistent_id("map-measure");
    let mut measure: MapMeasure = ui.data_mut(|d| d.get_temp(id)).unwrap_or_default();
    let stock = !v.scenario.existing.is_empty();
    let band = v.risk.is_some();
    if !stock && !band {
        return MapMeasure::Shortfall;
    }
    // A choice whose data went away (the band switched off) falls back.
    if (measure == MapMeasure::ThreeShift && !stock)
        || (measure == MapMeasure::ShortProbability && !band)
    {
        measure = MapMeasure::Shortfall;
    }
    // One row, right-aligned over the legend: a right-to-left layout
    // straight in the pane would take its whole height.
    ui.horizontal(|ui| {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if band {
                ui.selectable_value(
                    &mut measure,
                    MapMeasure::ShortProbability,
                    tr("map-by-short-probability"),
                );
            }
            if stock {
                ui.selectable_value(
                    &mut measure,
                    MapMeasure::ThreeShift,
                    tr("map-by-three-shift"),
                );
            }
            ui.selectable_value(&mut measure, MapMeasure::Shortfall, tr("map-by-shortfall"));
        });
    });
    ui.data_mut(|d| d.insert_temp(id, measure));
    measure
}

fn map_view(v: &ViewCtx, g: &Geometry, ui: &mut egui::Ui) {
    let s = v.scenario;
    let measure = measure_switch(v, ui);
    let data = match measure {
        MapMeasure::Shortfall => MapData::new(g, s, &v.derived.projection),
        MapMeasure::ThreeShift => MapData::three_shift(g, s, &v.derived.three_shift_by_region),
        MapMeasure::ShortProbability => match v.risk {
            Some(risk) => MapData::short_probability(g, s, risk),
            None => MapData::new(g, s, &v.derived.projection),
        },
    };
    let size = ui.available_size().max(vec2(200.0, 120.0));
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    let selected = match v.selection {
        Selection::Region(i) | Selection::District(i, _) => s.regions.get(i).map(|r| r.id.as_str()),
        Selection::Country => None,
    };
    let font = (rect.height() / 32.0).clamp(10.0, 18.0);
    let ink = ui.visuals().strong_text_color();
    let fit = paint(ui.painter(), &data, rect, (font, ink), selected);
    // The legend's heading names the map for a screen reader (and tests).
    let heading = data.legend().0;
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Image, true, &heading));
    ui.ctx()
        .data_mut(|d| d.insert_temp(egui::Id::unique(MAP_FIT_ID), (fit, rect)));
    let radius_km = font * CITY_RADIUS / fit.scale;
    let under = |pos: Pos2| {
        let shape = g.hit(fit.to_km([pos.x, pos.y]), radius_km)?;
        data.by_id(&shape.id)
    };
    if let Some(r) = response.hover_pos().and_then(under) {
        let name = r.region.map_or_else(
            || r.label.clone(),
            |i| super::region_name(s, Selection::Region(i)),
        );
        let hover = match data.measure {
            MapMeasure::Shortfall => "map-hover",
            MapMeasure::ThreeShift => "map-hover-three-shift",
            MapMeasure::ShortProbability => "map-hover-short-probability",
        };
        let text = match r.shortfall {
            Some(n) => tr_args(
                hover,
                &[
                    ("name", name.into()),
                    ("n", num(n).into()),
                    ("year", Arg::from(data.year)),
                ],
            ),
            None => tr_args("map-hover-none", &[("name", name.into())]),
        };
        response.clone().on_hover_text_at_pointer(text);
    }
    if response.clicked()
        && let Some(i) = response
            .interact_pointer_pos()
            .and_then(under)
            .and_then(|r| r.region)
    {
        v.send(Command::Select(Selection::Region(i)));
    }
}

//! Where the map's labels go, so no two of them overlap: each region's name
//! and figure at its label point when there is room, moved off it (with a
//! leader back to it) when there is not, and shortened to the figure as a
//! last resort. The cities' plates go beside their marker. Pure geometry in
//! screen units: the SVG measures text with the font's advances, the window
//! with egui's layout, and both place with this one function.

use super::{Fit, MapData};

/// A rectangle on the screen or page, y down.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub fn centered(c: [f32; 2], [w, h]: [f32; 2]) -> Self {
        Rect {
            x: c[0] - w / 2.0,
            y: c[1] - h / 2.0,
            w,
            h,
        }
    }

    pub fn center(&self) -> [f32; 2] {
        [self.x + self.w / 2.0, self.y + self.h / 2.0]
    }

    pub fn right(&self) -> f32 {
        self.x + self.w
    }

    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }

    /// Whether the two share any area once this one grows by `[mx, my]`
    /// on each side.
    pub fn overlaps(&self, o: &Rect, [mx, my]: [f32; 2]) -> bool {
        self.x - mx < o.right()
            && o.x < self.right() + mx
            && self.y - my < o.bottom()
            && o.y < self.bottom() + my
    }

    pub fn within(&self, o: &Rect) -> bool {
        self.x >= o.x && self.y >= o.y && self.right() <= o.right() && self.bottom() <= o.bottom()
    }

    /// The point of the rectangle nearest to `p` (`p` itself when inside).
    pub fn nearest(&self, p: [f32; 2]) -> [f32; 2] {
        [
            p[0].clamp(self.x, self.right()),
            p[1].clamp(self.y, self.bottom()),
        ]
    }
}

/// A leader: from the region's label point (or the edge of a city's
/// marker) to the nearest point of its moved label.
pub type Leader = ([f32; 2], [f32; 2]);

/// The sizes a region's label takes: its name and figure as a block (for a
/// city, its plate), and the figure alone.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelSize {
    pub full: [f32; 2],
    pub figure: [f32; 2],
}

/// Where one region's label went.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    /// The block (an oblast's two lines, or a city's plate).
    pub rect: Rect,
    /// False when only the figure had room.
    pub name: bool,
    /// A line from the region's label point (or the city's marker) to the
    /// block, when the block no longer sits on its region or marker.
    pub leader: Option<Leader>,
}

/// The labels of `data`'s regions, in its order (`None`: no label, none
/// being asked for that region). `fit` places the map, `font` is the label
/// size, `bounds` what the labels may take (the map's area) and `keep_clear`
/// what they may not cover (the legend). `size` gives a region's label
/// sizes; `city_radius` is a city marker's radius.
pub fn place(
    data: &MapData<'_>,
    fit: &Fit,
    font: f32,
    (bounds, keep_clear): (Rect, &[Rect]),
    city_radius: f32,
    size: &dyn Fn(usize) -> Option<LabelSize>,
) -> Vec<Option<Placed>> {
    let anchors: Vec<[f32; 2]> = data
        .regions
        .iter()
        .map(|r| fit.to_screen(r.shape.label))
        .collect();
    let sizes: Vec<Option<LabelSize>> = (0..data.regions.len()).map(size).collect();
    // The city markers are never covered; nor is the legend.
    let mut hard: Vec<Rect> = keep_clear.to_vec();
    for (r, a) in data.regions.iter().zip(&anchors) {
        if r.shape.city {
            hard.push(Rect::centered(*a, [city_radius * 2.0, city_radius * 2.0]));
        }
    }
    // Where each oblast's label would sit untouched: a city's plate or an
    // earlier label avoids these where it can, so labels move only when
    // they must.
    let home: Vec<Option<Rect>> = data
        .regions
        .iter()
        .zip(&anchors)
        .zip(&sizes)
        .map(|((r, a), s)| match s {
            Some(s) if !r.shape.city => Some(Rect::centered(*a, s.full)),
            _ => None,
        })
        .collect();
    // Cities first (their plates have the fewest places to go), then the
    // oblasts, smallest first: a large oblast has room to move within itself.
    let mut order: Vec<usize> = (0..data.regions.len())
        .filter(|&i| sizes.get(i).is_some_and(Option::is_some))
        .collect();
    let extent: Vec<f32> = data
        .regions
        .iter()
        .map(|r| {
            let (lo, hi) = r.shape.rings.iter().flatten().fold(
                ([f32::MAX; 2], [f32::MIN; 2]),
                |(lo, hi), p| {
                    (
                        [lo[0].min(p[0]), lo[1].min(p[1])],
                        [hi[0].max(p[0]), hi[1].max(p[1])],
                    )
                },
            );
            (hi[0] - lo[0]).max(0.0) * (hi[1] - lo[1]).max(0.0)
        })
        .collect();
    order.sort_by(|&a, &b| {
        let oblast = |i: usize| !data.regions[i].shape.city;
        oblast(a)
            .cmp(&oblast(b))
            .then(extent[a].total_cmp(&extent[b]))
    });
    let steps = offsets(font);
    let mut out: Vec<Option<Placed>> = vec![None; data.regions.len()];
    let mut taken: Vec<Rect> = Vec::new();
    // Two labels side by side need more than a word space between them, or
    // they read as one name.
    let gap = [font * 0.45, font * 0.15];
    for i in order {
        let (Some(s), Some(&anchor)) = (sizes[i], anchors.get(i)) else {
            continue;
        };
        let shape = data.regions[i].shape;
        let soft: Vec<Rect> = home
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != i && out[j].is_none())
            .filter_map(|(_, h)| *h)
            .collect();
        let free = |rect: &Rect| {
            // The markers and the legend need only a sliver of air; the
            // word-space gap is between labels.
            rect.within(&bounds)
                && !hard.iter().any(|o| rect.overlaps(o, [gap[1], gap[1]]))
                && !taken.iter().any(|o| rect.overlaps(o, gap))
        };
        let inside = |rect: &Rect| shape.contains(fit.to_km(rect.center()));
        let found = if shape.city {
            place_city(anchor, s.full, city_radius, font, &free, &soft)
                .map(|(rect, leader)| (rect, leader, true))
        } else {
            // The figure alone only where the name would have to go much
            // further than the figure: a name is worth a long leader.
            let full = place_oblast(anchor, s.full, &steps, (font, &free, &inside), &soft);
            match full {
                Some((c, rect, leader)) if c <= SHORT_COST * font => Some((rect, leader, true)),
                _ => {
                    let short =
                        place_oblast(anchor, s.figure, &steps, (font, &free, &inside), &soft);
                    match (full, short) {
                        (Some((c, rect, leader)), Some((cs, ..)))
                            if c <= cs + SHORT_COST * font =>
                        {
                            Some((rect, leader, true))
                        }
                        (Some((_, rect, leader)), None) => Some((rect, leader, true)),
                        (_, Some((_, rect, leader))) => Some((rect, leader, false)),
                        (None, None) => None,
                    }
                }
            }
        };
        // Nowhere free (a map far too small for its labels): the label
        // stays home, as it always was.
        let (rect, leader, name) = found.unwrap_or((Rect::centered(anchor, s.full), None, true));
        taken.push(rect);
        out[i] = Some(Placed { rect, name, leader });
    }
    out
}

/// A test of a candidate place: free of other labels, inside the region.
type Test<'a> = dyn Fn(&Rect) -> bool + 'a;

/// What dropping a region's name costs, in label sizes moved: the name
/// goes up to this much further (with a leader) before only the figure
/// stays.
const SHORT_COST: f32 = 8.0;

/// Displacements tried around a label point, nearest first: rings of 16
/// directions, out to sixteen label sizes.
fn offsets(font: f32) -> Vec<[f32; 2]> {
    let mut v = vec![[0.0, 0.0]];
    for ring in [
        0.4, 0.8, 1.2, 1.7, 2.3, 3.0, 3.8, 4.7, 5.7, 7.0, 8.5, 10.0, 12.0, 14.0, 16.0,
    ] {
        let r = ring * font;
        for k in 0..16 {
            let a = k as f32 * std::f32::consts::TAU / 16.0;
            // Sideways moves cost less than vertical ones: labels are wide
            // and short, so a small step up or down clears a neighbour.
            v.push([r * a.cos(), r * a.sin() * 0.6]);
        }
    }
    v.sort_by(|a, b| a[0].hypot(a[1]).total_cmp(&b[0].hypot(b[1])));
    v
}

/// The cheapest free place for an oblast's block: the distance moved, plus
/// a penalty for leaving its own region (then a leader points home) and for
/// sitting where another label would.
fn place_oblast(
    anchor: [f32; 2],
    size: [f32; 2],
    steps: &[[f32; 2]],
    (font, free, inside): (f32, &Test<'_>, &Test<'_>),
    soft: &[Rect],
) -> Option<(f32, Rect, Option<Leader>)> {
    let away = font * 3.0;
    let mut best: Option<(f32, Rect, bool)> = None;
    for &[dx, dy] in steps {
        let d = dx.hypot(dy);
        if best.is_some_and(|(cost, _, _)| d >= cost) {
            break;
        }
        let rect = Rect::centered([anchor[0] + dx, anchor[1] + dy], size);
        if !free(&rect) {
            continue;
        }
        let home = inside(&rect);
        let crowd = soft.iter().filter(|o| rect.overlaps(o, [0.0, 0.0])).count() as f32;
        let cost = d + if home { 0.0 } else { away } + crowd * font;
        if best.is_none_or(|(c, _, _)| cost < c) {
            best = Some((cost, rect, home));
        }
    }
    best.map(|(cost, rect, home)| {
        let leader = (!home).then(|| (anchor, rect.nearest(anchor)));
        (cost, rect, leader)
    })
}

/// A city's plate: beside its marker on the side where it covers the least
/// (right, left, below, above, then the corners), moved further out with a
/// leader only when every side is taken.
fn place_city(
    at: [f32; 2],
    [w, h]: [f32; 2],
    radius: f32,
    font: f32,
    free: &dyn Fn(&Rect) -> bool,
    soft: &[Rect],
) -> Option<(Rect, Option<Leader>)> {
    let mut best: Option<(f32, Rect, bool)> = None;
    for (k, step) in [0.3, 1.0, 2.0, 3.0, 4.5, 6.0, 8.0].into_iter().enumerate() {
        let r = radius + step * font;
        let sides = [
            [at[0] + r + w / 2.0, at[1]],
            [at[0] - r - w / 2.0, at[1]],
            [at[0], at[1] + r + h / 2.0],
            [at[0], at[1] - r - h / 2.0],
            [at[0] + r + w / 2.0, at[1] + r + h / 2.0],
            [at[0] - r - w / 2.0, at[1] + r + h / 2.0],
            [at[0] + r + w / 2.0, at[1] - r - h / 2.0],
            [at[0] - r - w / 2.0, at[1] - r - h / 2.0],
        ];
        for (n, c) in sides.into_iter().enumerate() {
            let rect = Rect::centered(c, [w, h]);
            if !free(&rect) {
                continue;
            }
            let crowd = soft.iter().filter(|o| rect.overlaps(o, [0.0, 0.0])).count() as f32;
            let cost = step * font + n as f32 * 0.01 * font + crowd * 1.5 * font;
            if best.is_none_or(|(c, _, _)| cost < c) {
                best = Some((cost, rect, k > 0));
            }
        }
        // A plate beside the marker that covers nothing is as good as it gets.
        if best.is_some_and(|(c, _, _)| c < (step + 0.5) * font) {
            break;
        }
    }
    best.map(|(_, rect, far)| {
        let leader = far.then(|| {
            let to = rect.nearest(at);
            let (dx, dy) = (to[0] - at[0], to[1] - at[1]);
            let len = dx.hypot(dy).max(f32::MIN_POSITIVE);
            ([at[0] + dx / len * radius, at[1] + dy / len * radius], to)
        });
        (rect, leader)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::{Geometry, MapMeasure, MapRegion, Shape};
    use crate::model::LocalizedName;

    /// A square region from (x0, 0) to (x0 + side, side) km, its label
    /// point at `label`.
    fn square(id: &str, x0: f32, side: f32, label: [f32; 2], city: bool) -> Shape {
        Shape {
            id: id.to_owned(),
            adm1: id.to_owned(),
            city,
            short: LocalizedName::default(),
            label,
            rings: vec![vec![
                [x0, 0.0],
                [x0 + side, 0.0],
                [x0 + side, side],
                [x0, side],
            ]],
            triangles: Vec::new(),
        }
    }

    fn data(g: &Geometry) -> MapData<'_> {
        MapData {
            geometry: g,
            measure: MapMeasure::Shortfall,
            year: 2029,
            regions: g
                .shapes
                .iter()
                .map(|shape| MapRegion {
                    shape,
                    region: Some(0),
                    shortfall: Some(1),
                    class: None,
                    label: shape.id.clone(),
                })
                .collect(),
            classes: Vec::new(),
            unmapped: Vec::new(),
        }
    }

    fn geometry(shapes: Vec<Shape>) -> Geometry {
        Geometry {
            shapes,
            min: [0.0, 0.0],
            max: [400.0, 200.0],
        }
    }

    /// Every label 100×20 (the figure alone 40×10), font 10.
    fn sizes(_: usize) -> Option<LabelSize> {
        Some(LabelSize {
            full: [100.0, 20.0],
            figure: [40.0, 10.0],
        })
    }

    const PAGE: Rect = Rect {
        x: 0.0,
        y: 0.0,
        w: 400.0,
        h: 200.0,
    };

    #[test]
    fn labels_with_room_stay_on_their_label_point() {
        // Two 200 km squares on a 400×200 page (1 px a km): labels at
        // (100, 100) and (300, 100) are 200 apart, wider than 100 + 4.5
        // of gap: both stay home, centred there, with no leader.
        let g = geometry(vec![
            square("a", 0.0, 200.0, [100.0, 100.0], false),
            square("b", 200.0, 200.0, [300.0, 100.0], false),
        ]);
        let d = data(&g);
        let fit = Fit::new(&g, 0.0, 0.0, 400.0, 200.0);
        let placed = place(&d, &fit, 10.0, (PAGE, &[]), 7.5, &sizes);
        for (p, x) in placed.iter().zip([100.0, 300.0]) {
            let p = p.expect("placed");
            assert_eq!(p.rect, Rect::centered([x, 100.0], [100.0, 20.0]));
            assert!(p.name && p.leader.is_none());
        }
    }

    #[test]
    fn crowded_labels_move_apart_within_their_regions() {
        // Label points 40 px apart across the shared border at x = 200: the
        // 100 px blocks overlap. One stays, the other moves to the nearest
        // free place, still inside its own square (no leader), and the two
        // then clear each other by the 4.5 px gap.
        let g = geometry(vec![
            square("a", 0.0, 200.0, [180.0, 100.0], false),
            square("b", 200.0, 200.0, [220.0, 100.0], false),
        ]);
        let d = data(&g);
        let fit = Fit::new(&g, 0.0, 0.0, 400.0, 200.0);
        let placed: Vec<Placed> = place(&d, &fit, 10.0, (PAGE, &[]), 7.5, &sizes)
            .into_iter()
            .map(|p| p.expect("placed"))
            .collect();
        assert!(!placed[0].rect.overlaps(&placed[1].rect, [4.5, 1.5]));
        for (p, home) in placed.iter().zip([0.0f32, 200.0]) {
            assert!(p.name && p.leader.is_none());
            let c = p.rect.center();
            assert!((home..home + 200.0).contains(&c[0]), "{c:?}");
        }
    }

    #[test]
    fn a_city_plate_goes_beside_its_marker_and_the_legend_is_kept_clear() {
        // A city marker (radius 7.5) at (100, 100) in a 200 km square; its
        // 100×20 plate goes to the right, 7.5 + 3 (0.3 label sizes) from
        // the centre: x from 110.5. A legend right of x = 105 down to
        // y = 105 leaves no room there, nor on the left once the page starts
        // at x = 40: the plate goes below, from y = 110.5, centred.
        let g = geometry(vec![
            square("big", 0.0, 400.0, [300.0, 150.0], false),
            square("city", 0.0, 200.0, [100.0, 100.0], true),
        ]);
        let d = data(&g);
        let fit = Fit::new(&g, 0.0, 0.0, 400.0, 200.0);
        let only_city = |i: usize| if i == 1 { sizes(i) } else { None };
        let placed = place(&d, &fit, 10.0, (PAGE, &[]), 7.5, &only_city);
        let plate = placed[1].expect("placed").rect;
        assert!((plate.x - 110.5).abs() < 0.01, "{plate:?}");
        assert!((plate.center()[1] - 100.0).abs() < 0.01);
        let legend = Rect {
            x: 105.0,
            y: 0.0,
            w: 295.0,
            h: 105.0,
        };
        let narrow = Rect {
            x: 40.0,
            w: 360.0,
            ..PAGE
        };
        let placed = place(&d, &fit, 10.0, (narrow, &[legend]), 7.5, &only_city);
        let plate = placed[1].expect("placed").rect;
        assert!((plate.y - 110.5).abs() < 0.01, "{plate:?}");
        assert!((plate.center()[0] - 100.0).abs() < 0.01);
        assert!(placed[1].is_some_and(|p| p.leader.is_none()));
    }

    #[test]
    fn with_no_room_for_the_name_the_figure_stays() {
        // A page of 60×30: the 100 px block never fits, the 40×10 figure
        // does, at home.
        let g = geometry(vec![square("a", 0.0, 200.0, [100.0, 100.0], false)]);
        let d = data(&g);
        let fit = Fit::new(&g, 0.0, 0.0, 60.0, 30.0);
        let page = Rect {
            x: 0.0,
            y: 0.0,
            w: 60.0,
            h: 30.0,
        };
        let p = place(&d, &fit, 10.0, (page, &[]), 7.5, &sizes)[0].expect("placed");
        assert!(!p.name);
        assert_eq!(p.rect.w, 40.0);
    }
}

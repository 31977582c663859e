//! The shapes of Kazakhstan's 20 regions, from the embedded asset
//! `assets/map/kz-regions.ron` (made by `scripts/make-map.py`; sources in
//! `docs/sources.md`). Plain geometry: no colours, no drawing.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::model::LocalizedName;

/// A point of the map in kilometres on an equal-area projection: x east,
/// y north.
pub type Km = [f32; 2];

/// One region's outline, keyed by the region id used in scenario files.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    pub id: String,
    /// The boundary file's English name (`ADM1_EN`), for the credits.
    pub adm1: String,
    /// A city of republican significance: tiny on the map, so drawn with a
    /// marked circle as well.
    pub city: bool,
    /// The name a map label has room for, per language.
    pub short: LocalizedName,
    /// Where the label goes: inside the largest part, far from its edges.
    pub label: Km,
    /// Closed rings, filled even-odd (the cities are holes in their oblast).
    pub rings: Vec<Vec<Km>>,
    /// The outer rings cut into triangles, for painters that fill only
    /// convex shapes: (ring index, triangles as indices into that ring).
    pub triangles: Vec<(usize, Vec<[u32; 3]>)>,
}

impl Shape {
    /// Whether `p` is inside the shape (even-odd over all its rings).
    pub fn contains(&self, p: Km) -> bool {
        self.rings.iter().filter(|r| ring_contains(r, p)).count() % 2 == 1
    }

    /// Whether ring `i` is not a hole (not inside another ring of the shape).
    pub fn is_outer(&self, i: usize) -> bool {
        let Some(&first) = self.rings.get(i).and_then(|r| r.first()) else {
            return false;
        };
        !self
            .rings
            .iter()
            .enumerate()
            .any(|(j, other)| j != i && ring_contains(other, first))
    }

    pub fn outer_rings(&self) -> impl Iterator<Item = &Vec<Km>> {
        (0..self.rings.len())
            .filter(|&i| self.is_outer(i))
            .filter_map(|i| self.rings.get(i))
    }
}

/// Whether `p` is inside one closed ring (crossing count).
fn ring_contains(ring: &[Km], p: Km) -> bool {
    let mut inside = false;
    let mut j = ring.len().wrapping_sub(1);
    for (i, a) in ring.iter().enumerate() {
        let b = ring[j];
        if (a[1] > p[1]) != (b[1] > p[1])
            && p[0] < (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) + a[0]
        {
            inside = !inside;
        }
        j = i;
    }
    inside
}

#[derive(Debug, Clone, PartialEq)]
pub struct Geometry {
    pub shapes: Vec<Shape>,
    /// Lower-left and upper-right corners of every shape, in km.
    pub min: Km,
    pub max: Km,
}

impl Geometry {
    pub fn shape(&self, id: &str) -> Option<&Shape> {
        self.shapes.iter().find(|s| s.id == id)
    }

    /// The region under `p`: a city's marker (radius `city_radius` km around
    /// its label) wins over the oblast around it, since the city itself is a
    /// few pixels wide.
    pub fn hit(&self, p: Km, city_radius: f32) -> Option<&Shape> {
        let near = |s: &&Shape| {
            let (dx, dy) = (p[0] - s.label[0], p[1] - s.label[1]);
            dx * dx + dy * dy <= city_radius * city_radius
        };
        self.shapes
            .iter()
            .filter(|s| s.city)
            .find(near)
            .or_else(|| self.shapes.iter().find(|s| s.contains(p)))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AssetFile {
    regions: Vec<AssetRegion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AssetRegion {
    id: String,
    adm1: String,
    city: bool,
    short: LocalizedName,
    label: (i32, i32),
    rings: Vec<Vec<i32>>,
}

/// Kilometres per stored unit.
const UNIT_KM: f32 = 0.1;

const ASSET: &str = include_str!("../../assets/map/kz-regions.ron");

/// Why the map asset could not be read (a damaged build: the tests catch it).
#[derive(Debug, thiserror::Error)]
pub enum GeometryError {
    #[error(transparent)]
    Ron(#[from] ron::error::SpannedError),
    #[error("{0}: a ring needs three points or more")]
    ShortRing(String),
    #[error("no regions")]
    NoRegions,
}

/// Parses the asset's text. Each ring is written as its first point followed
/// by the step to each next one, in units of 0.1 km.
pub fn parse(text: &str) -> Result<Geometry, GeometryError> {
    let file: AssetFile = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(text)?;
    let mut min = [f32::INFINITY; 2];
    let mut max = [f32::NEG_INFINITY; 2];
    let mut shapes = Vec::with_capacity(file.regions.len());
    for r in file.regions {
        let mut rings = Vec::with_capacity(r.rings.len());
        for deltas in &r.rings {
            if deltas.len() % 2 != 0 || deltas.len() < 6 {
                return Err(GeometryError::ShortRing(r.id));
            }
            let (mut x, mut y) = (0i64, 0i64);
            let ring: Vec<Km> = deltas
                .chunks_exact(2)
                .map(|d| {
                    x += i64::from(d[0]);
                    y += i64::from(d[1]);
                    let p = [x as f32 * UNIT_KM, y as f32 * UNIT_KM];
                    for k in 0..2 {
                        min[k] = min[k].min(p[k]);
                        max[k] = max[k].max(p[k]);
                    }
                    p
                })
                .collect();
            rings.push(ring);
        }
        let mut shape = Shape {
            id: r.id,
            adm1: r.adm1,
            city: r.city,
            short: r.short,
            label: [r.label.0 as f32 * UNIT_KM, r.label.1 as f32 * UNIT_KM],
            rings,
            triangles: Vec::new(),
        };
        shape.triangles = (0..shape.rings.len())
            .filter(|&i| shape.is_outer(i))
            .map(|i| (i, triangulate(&shape.rings[i])))
            .collect();
        shapes.push(shape);
    }
    if shapes.is_empty() {
        return Err(GeometryError::NoRegions);
    }
    Ok(Geometry { shapes, min, max })
}

/// The built-in map, parsed once. An error means the embedded asset is
/// damaged (a build problem, which the tests catch).
pub fn kazakhstan() -> Result<&'static Geometry, &'static GeometryError> {
    static MAP: OnceLock<Result<Geometry, GeometryError>> = OnceLock::new();
    MAP.get_or_init(|| parse(ASSET)).as_ref()
}

/// Places km coordinates into a screen or page rectangle (y down), keeping
/// the map's proportions and centring it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    pub scale: f32,
    pub x0: f32,
    pub y0: f32,
    min: Km,
    max: Km,
}

impl Fit {
    /// Fits `g` into the rectangle at (`x`, `y`) of size `w`×`h`.
    pub fn new(g: &Geometry, x: f32, y: f32, w: f32, h: f32) -> Self {
        let (gw, gh) = (g.max[0] - g.min[0], g.max[1] - g.min[1]);
        let scale = (w / gw).min(h / gh).max(f32::MIN_POSITIVE);
        Fit {
            scale,
            x0: x + (w - gw * scale) / 2.0,
            y0: y + (h - gh * scale) / 2.0,
            min: g.min,
            max: g.max,
        }
    }

    /// Km → screen.
    pub fn to_screen(&self, p: Km) -> [f32; 2] {
        [
            self.x0 + (p[0] - self.min[0]) * self.scale,
            self.y0 + (self.max[1] - p[1]) * self.scale,
        ]
    }

    /// Screen → km (for hover and clicks).
    pub fn to_km(&self, s: [f32; 2]) -> Km {
        [
            self.min[0] + (s[0] - self.x0) / self.scale,
            self.max[1] - (s[1] - self.y0) / self.scale,
        ]
    }
}

/// Twice the signed area of a ring (positive when counter-clockwise with y up).
fn signed_area2(ring: &[Km]) -> f32 {
    let mut s = 0.0;
    let mut j = ring.len().wrapping_sub(1);
    for (i, a) in ring.iter().enumerate() {
        let b = ring[j];
        // Edge from the previous point b to a.
        s += (a[0] - b[0]) * (a[1] + b[1]);
        j = i;
    }
    -s
}

fn cross(o: Km, a: Km, b: Km) -> f32 {
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
}

fn in_triangle(p: Km, a: Km, b: Km, c: Km) -> bool {
    cross(a, b, p) >= 0.0 && cross(b, c, p) >= 0.0 && cross(c, a, p) >= 0.0
}

/// Splits one ring into triangles by ear clipping (indices into `ring`), for
/// painters that fill only convex shapes. Holes are not cut out: the map
/// draws the cities over their oblast instead. A ring that simplification
/// left self-touching may have no clean ear; the rest is then fanned, which
/// can overdraw a sliver but never panics.
pub fn triangulate(ring: &[Km]) -> Vec<[u32; 3]> {
    let n = ring.len();
    let mut out = Vec::with_capacity(n.saturating_sub(2));
    if n < 3 {
        return out;
    }
    let mut idx: Vec<u32> = (0..n as u32).collect();
    if signed_area2(ring) < 0.0 {
        idx.reverse();
    }
    let at = |i: u32| ring[i as usize];
    let mut k = 0;
    let mut misses = 0;
    while idx.len() > 3 {
        let m = idx.len();
        let (i0, i1, i2) = (idx[(k + m - 1) % m], idx[k % m], idx[(k + 1) % m]);
        let (a, b, c) = (at(i0), at(i1), at(i2));
        let convex = cross(a, b, c) > 0.0;
        let ear = convex
            && !idx
                .iter()
                .any(|&j| j != i0 && j != i1 && j != i2 && in_triangle(at(j), a, b, c));
        if ear {
            out.push([i0, i1, i2]);
            idx.remove(k % m);
            misses = 0;
        } else {
            k += 1;
            misses += 1;
            if misses > m {
                break;
            }
        }
    }
    if idx.len() >= 3 {
        for w in 1..idx.len() - 1 {
            out.push([idx[0], idx[w], idx[w + 1]]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_map_has_the_twenty_regions() {
        let g = kazakhstan().expect("the embedded map parses");
        assert_eq!(g.shapes.len(), 20);
        let cities: Vec<&str> = g
            .shapes
            .iter()
            .filter(|s| s.city)
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(cities, ["astana", "almaty-city", "shymkent"]);
        // Kazakhstan is about 2 900 km east to west and 1 600 km north to south.
        let (w, h) = (g.max[0] - g.min[0], g.max[1] - g.min[1]);
        assert!((2800.0..3050.0).contains(&w), "width {w}");
        assert!((1500.0..1750.0).contains(&h), "height {h}");
    }

    #[test]
    fn every_label_sits_inside_its_region() {
        let g = kazakhstan().expect("map");
        for s in &g.shapes {
            assert!(s.contains(s.label), "{} label outside", s.id);
        }
    }

    #[test]
    fn a_click_on_a_city_marker_picks_the_city_not_the_oblast() {
        let g = kazakhstan().expect("map");
        let astana = g.shape("astana").expect("astana").label;
        // Astana is about 30 km across: 40 km east of its middle is Akmola.
        let near = [astana[0] + 40.0, astana[1]];
        assert_eq!(g.hit(near, 50.0).map(|s| s.id.as_str()), Some("astana"));
        assert_eq!(g.hit(near, 5.0).map(|s| s.id.as_str()), Some("akmola"));
    }

    #[test]
    fn fit_round_trips_and_keeps_the_map_inside_the_rectangle() {
        let g = kazakhstan().expect("map");
        let fit = Fit::new(g, 10.0, 20.0, 800.0, 600.0);
        let [x, y] = fit.to_screen(g.min);
        let [x2, y2] = fit.to_screen(g.max);
        assert!(x >= 9.9 && x2 <= 810.1 && y2 >= 19.9 && y <= 620.1);
        let back = fit.to_km(fit.to_screen([100.0, -50.0]));
        assert!((back[0] - 100.0).abs() < 0.01 && (back[1] + 50.0).abs() < 0.01);
    }

    #[test]
    fn triangles_cover_each_outer_ring_exactly() {
        // An L-shaped hexagon of area 3: ear clipping gives 4 triangles whose
        // areas add up to 3.
        let l = [
            [0.0, 0.0],
            [2.0, 0.0],
            [2.0, 1.0],
            [1.0, 1.0],
            [1.0, 2.0],
            [0.0, 2.0],
        ];
        for ring in [l.to_vec(), l.iter().rev().copied().collect()] {
            let tris = triangulate(&ring);
            assert_eq!(tris.len(), 4);
            let area: f32 = tris
                .iter()
                .map(|t| {
                    let [a, b, c] = t.map(|i| ring[i as usize]);
                    cross(a, b, c).abs() / 2.0
                })
                .sum();
            assert!((area - 3.0).abs() < 1e-5, "{area}");
        }
        // Every region of the map: the triangles' area equals the outer
        // rings' area (to 0.5 %), so no part is left unpainted or painted twice.
        let g = kazakhstan().expect("map");
        for s in &g.shapes {
            for ring in s.outer_rings() {
                let tris: f32 = triangulate(ring)
                    .iter()
                    .map(|t| {
                        let [a, b, c] = t.map(|i| ring[i as usize]);
                        cross(a, b, c).abs() / 2.0
                    })
                    .sum();
                let area = signed_area2(ring).abs() / 2.0;
                assert!(
                    (tris - area).abs() <= area * 0.005,
                    "{}: {tris} vs {area}",
                    s.id
                );
            }
        }
    }

    #[test]
    fn holes_are_the_cities() {
        let g = kazakhstan().expect("map");
        let akmola = g.shape("akmola").expect("akmola");
        assert_eq!(akmola.outer_rings().count() + 1, akmola.rings.len());
        let pavlodar = g.shape("pavlodar").expect("pavlodar");
        assert_eq!(pavlodar.outer_rings().count(), pavlodar.rings.len());
    }

    #[test]
    fn damaged_assets_are_errors_not_panics() {
        assert!(parse("(regions: [])").is_err());
        assert!(parse("not ron").is_err());
        let odd = r#"(regions: [(id: "x", adm1: "X", city: false, short: (en: "X"),
            label: (0, 0), rings: [[0, 0, 1]])])"#;
        assert!(parse(odd).is_err());
    }
}

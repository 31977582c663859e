//! What the map shows, built from a projection: each region's shortfall at
//! the horizon, its colour class on a sequential scale, its label, and the
//! legend. Drawn as SVG by `export/` and with egui shapes by `ui/`, so the
//! window, the slides and `map.svg` say the same thing.

pub mod geometry;
pub mod labels;

pub use geometry::{Fit, Geometry, Km, Shape, kazakhstan};

use crate::chart::Rgb;
use crate::i18n::{Arg, lang, num, tr, tr_args};
use crate::model::{Projection, Risk, Scenario};

/// ColorBrewer "Oranges" (5 classes): sequential, so darker always means a
/// larger gap, and it stays readable in greyscale and for colour-blind
/// readers. The first is kept for regions with no shortfall.
pub const SCALE: [Rgb; 5] = [
    Rgb(0xfe, 0xed, 0xde),
    Rgb(0xfd, 0xbe, 0x85),
    Rgb(0xfd, 0x8d, 0x3c),
    Rgb(0xe6, 0x55, 0x0d),
    Rgb(0xa6, 0x36, 0x03),
];

/// Where the window's map went in the last frame, `(Fit, egui::Rect)`, in
/// egui's temporary memory under `Id::unique(MAP_FIT_ID)`: GUI tests click
/// a region through it.
pub const MAP_FIT_ID: &str = "seatplan-map-fit";

/// A region the file does not plan.
pub const NO_DATA_COLOR: Rgb = Rgb(0xe0, 0xe0, 0xe0);
pub const BORDER_COLOR: Rgb = Rgb(0xff, 0xff, 0xff);
pub const DARK_TEXT: Rgb = Rgb(0x22, 0x22, 0x22);
pub const LIGHT_TEXT: Rgb = Rgb(0xff, 0xff, 0xff);
/// Outline of white labels, so they read where they overhang a light region.
pub const HALO: Rgb = Rgb(0x5a, 0x1e, 0x02);

/// One class of the legend: shortfalls from `lo` to `hi`, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Class {
    pub lo: i64,
    pub hi: i64,
    pub color: Rgb,
}

impl Class {
    /// "0", "1 – 4 400" in the current language's grouping.
    pub fn label(&self) -> String {
        if self.lo == self.hi {
            num(self.lo)
        } else {
            format!("{} – {}", num(self.lo), num(self.hi))
        }
    }
}

/// A region as the map shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct MapRegion<'g> {
    pub shape: &'g Shape,
    /// Index into `Scenario::regions`; `None` when the file does not plan it.
    pub region: Option<usize>,
    /// The figure shown at the horizon: the shortfall, or the three-shift
    /// schools ([`MapData::measure`]).
    pub shortfall: Option<i64>,
    /// Index into `MapData::classes`.
    pub class: Option<usize>,
    /// The short name in the current language.
    pub label: String,
}

impl MapRegion<'_> {
    pub fn fill(&self, classes: &[Class]) -> Rgb {
        self.class
            .and_then(|c| classes.get(c))
            .map_or(NO_DATA_COLOR, |c| c.color)
    }

    /// Dark text on the light classes, white on the two darkest.
    pub fn text_color(&self, classes: &[Class]) -> Rgb {
        let fill = self.fill(classes);
        if fill == SCALE[3] || fill == SCALE[4] {
            LIGHT_TEXT
        } else {
            DARK_TEXT
        }
    }
}

/// What the map colours the regions by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MapMeasure {
    /// Seats short at the horizon.
    #[default]
    Shortfall,
    /// Three-shift schools at the horizon with the plan (a file with a stock).
    ThreeShift,
    /// The share of the risk band's draws, in percent, in which the region
    /// is still short at the horizon (the band is on).
    ShortProbability,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MapData<'g> {
    pub geometry: &'g Geometry,
    pub measure: MapMeasure,
    /// The year the colours show (the horizon).
    pub year: i32,
    /// In the map's order: oblasts first would hide the cities, so the three
    /// cities come last.
    pub regions: Vec<MapRegion<'g>>,
    pub classes: Vec<Class>,
    /// Scenario regions with no shape on the map (ids the map does not know).
    pub unmapped: Vec<usize>,
}

impl<'g> MapData<'g> {
    pub fn new(geometry: &'g Geometry, s: &Scenario, p: &Projection) -> Self {
        let shortfall_of = |i: usize| {
            p.regions
                .iter()
                .find(|r| r.region == i)
                .and_then(|r| r.rows.iter().find(|row| row.year == s.horizon))
                .map(|row| row.shortfall)
        };
        Self::of(geometry, s, MapMeasure::Shortfall, shortfall_of)
    }

    /// The regions coloured by three-shift schools at the horizon with the
    /// plan, from the stock's figures by region index (`None`: no existing
    /// schools there).
    pub fn three_shift(geometry: &'g Geometry, s: &Scenario, by_region: &[Option<i64>]) -> Self {
        Self::of(geometry, s, MapMeasure::ThreeShift, |i| {
            by_region.get(i).copied().flatten()
        })
    }

    /// The regions coloured by the probability, in whole percent, that they
    /// are still short at the horizon in the risk band's draws. The classes
    /// are fixed quarters, so two files or two what-ifs read alike.
    pub fn short_probability(geometry: &'g Geometry, s: &Scenario, risk: &Risk) -> Self {
        let mut data = Self::of(geometry, s, MapMeasure::ShortProbability, |i| {
            let band = risk.regions.iter().find(|r| r.region == i)?.rows.last()?;
            Some((band.p_short() * 100.0).round() as i64)
        });
        data.year = risk.horizon;
        data.classes = PERCENT_CLASSES.to_vec();
        for r in &mut data.regions {
            r.class = r.shortfall.and_then(|v| {
                PERCENT_CLASSES
                    .iter()
                    .position(|c| (c.lo..=c.hi).contains(&v))
            });
        }
        data
    }

    fn of(
        geometry: &'g Geometry,
        s: &Scenario,
        measure: MapMeasure,
        shortfall_of: impl Fn(usize) -> Option<i64>,
    ) -> Self {
        let code = lang().code();
        let mut regions: Vec<MapRegion<'g>> = geometry
            .shapes
            .iter()
            .map(|shape| {
                let region = s.region_index(&shape.id);
                MapRegion {
                    shape,
                    region,
                    shortfall: region.and_then(&shortfall_of),
                    class: None,
                    label: shape.short.get(code).to_owned(),
                }
            })
            .collect();
        regions.sort_by_key(|r| r.shape.city);
        let values: Vec<i64> = regions.iter().filter_map(|r| r.shortfall).collect();
        let classes = classes(&values);
        for r in &mut regions {
            r.class = r
                .shortfall
                .and_then(|v| classes.iter().position(|c| (c.lo..=c.hi).contains(&v)));
        }
        let unmapped = (0..s.regions.len())
            .filter(|&i| {
                s.regions
                    .get(i)
                    .is_some_and(|r| geometry.shape(&r.id).is_none())
            })
            .collect();
        MapData {
            geometry,
            measure,
            year: s.horizon,
            regions,
            classes,
            unmapped,
        }
    }

    /// Whether the file plans any region the map can show.
    pub fn has_data(&self) -> bool {
        self.regions.iter().any(|r| r.region.is_some())
    }

    pub fn by_id(&self, id: &str) -> Option<&MapRegion<'g>> {
        self.regions.iter().find(|r| r.shape.id == id)
    }

    /// The legend: its heading, then (colour, text) per entry, "not in this
    /// file" last when some region is not planned.
    pub fn legend(&self) -> (String, Vec<(Rgb, String)>) {
        let (heading, no_data_key) = match self.measure {
            MapMeasure::Shortfall => ("map-legend", "map-no-data"),
            MapMeasure::ThreeShift => ("map-legend-three-shift", "map-no-stock"),
            MapMeasure::ShortProbability => ("map-legend-short-probability", "map-no-data"),
        };
        let heading = tr_args(heading, &[("year", Arg::from(self.year))]);
        let no_data = self.regions.iter().any(|r| match self.measure {
            MapMeasure::Shortfall | MapMeasure::ShortProbability => r.region.is_none(),
            MapMeasure::ThreeShift => r.shortfall.is_none(),
        });
        let percent = self.measure == MapMeasure::ShortProbability;
        let entries = self
            .classes
            .iter()
            .map(|c| {
                let label = c.label();
                (c.color, if percent { format!("{label} %") } else { label })
            })
            .chain(no_data.then(|| (NO_DATA_COLOR, tr(no_data_key))))
            .collect();
        (heading, entries)
    }
}

/// The legend of [`MapMeasure::ShortProbability`], in percent: never short,
/// then four quarters, darkest for "short in almost every draw".
pub const PERCENT_CLASSES: [Class; 5] = [
    Class {
        lo: 0,
        hi: 0,
        color: SCALE[0],
    },
    Class {
        lo: 1,
        hi: 25,
        color: SCALE[1],
    },
    Class {
        lo: 26,
        hi: 50,
        color: SCALE[2],
    },
    Class {
        lo: 51,
        hi: 75,
        color: SCALE[3],
    },
    Class {
        lo: 76,
        hi: 100,
        color: SCALE[4],
    },
];

/// The smallest round step (1, 2, 2.5 or 5 times a power of ten) of at
/// least `n`: legend bounds a reader takes in at a glance.
fn nice_step(n: i64) -> i64 {
    let mut magnitude: i64 = 1;
    loop {
        for (num, den) in [(1, 1), (2, 1), (5, 2), (5, 1)] {
            let step = magnitude.saturating_mul(num) / den;
            if step >= n {
                return step.max(1);
            }
        }
        if magnitude > i64::MAX / 10 {
            return i64::MAX;
        }
        magnitude *= 10;
    }
}

/// The legend for these shortfalls: "0" when some region has none (or no
/// region has any), then up to four classes of equal, round width from 1 to
/// the largest. Equal widths keep the colours comparable between files and
/// years; quantile classes fall apart when many regions share one figure.
pub fn classes(values: &[i64]) -> Vec<Class> {
    let max = values.iter().copied().max().unwrap_or(0);
    let mut out = Vec::new();
    if max <= 0 || values.iter().any(|v| *v <= 0) {
        out.push(Class {
            lo: 0,
            hi: 0,
            color: SCALE[0],
        });
    }
    if max <= 0 {
        return out;
    }
    let step = nice_step((max + 3) / 4);
    let k = usize::try_from((max - 1) / step + 1)
        .unwrap_or(1)
        .clamp(1, 4);
    for j in 0..k {
        // Spread the classes over the four darker colours, darkest last.
        let shade = if k == 1 { 4 } else { 1 + j * 3 / (k - 1) };
        let hi = if j + 1 == k {
            max
        } else {
            step * (j as i64 + 1)
        };
        out.push(Class {
            lo: step * j as i64 + 1,
            hi,
            color: SCALE[shade],
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_round() {
        assert_eq!(nice_step(18_375), 20_000);
        assert_eq!(nice_step(20_000), 20_000);
        assert_eq!(nice_step(2_001), 2_500);
        assert_eq!(nice_step(3), 5);
        assert_eq!(nice_step(0), 1);
    }

    #[test]
    fn equal_round_classes_cover_every_value_once() {
        // The national file's 2029 shortfalls span 13 284 to 73 500 (Astana):
        // 73 500 / 4 = 18 375, rounded up to a step of 20 000, four classes,
        // the last ending at the largest value.
        let values = [73_500, 68_500, 23_836, 30_835, 13_284, 52_331, 30_834];
        let c = classes(&values);
        let bounds: Vec<(i64, i64)> = c.iter().map(|c| (c.lo, c.hi)).collect();
        assert_eq!(
            bounds,
            [
                (1, 20_000),
                (20_001, 40_000),
                (40_001, 60_000),
                (60_001, 73_500)
            ]
        );
        let colors: Vec<Rgb> = c.iter().map(|c| c.color).collect();
        assert_eq!(colors, SCALE[1..]);
        for v in values {
            assert_eq!(c.iter().filter(|c| (c.lo..=c.hi).contains(&v)).count(), 1);
        }
        // A region with no shortfall adds the "0" class, in the lightest colour.
        assert_eq!(
            classes(&[0, 100])[0],
            Class {
                lo: 0,
                hi: 0,
                color: SCALE[0]
            }
        );
    }

    #[test]
    fn a_single_region_and_empty_files() {
        // 23 836 / 4 → 5 959 → step 10 000: three classes, the last to 23 836.
        let c = classes(&[23_836]);
        let bounds: Vec<(i64, i64)> = c.iter().map(|c| (c.lo, c.hi)).collect();
        assert_eq!(bounds, [(1, 10_000), (10_001, 20_000), (20_001, 23_836)]);
        assert_eq!(c[2].color, SCALE[4]);
        let tiny: Vec<(i64, i64)> = classes(&[7]).iter().map(|c| (c.lo, c.hi)).collect();
        assert_eq!(tiny, [(1, 2), (3, 4), (5, 6), (7, 7)]);
        assert_eq!(classes(&[0, 0]).len(), 1);
        assert_eq!(classes(&[]).len(), 1);
    }
}

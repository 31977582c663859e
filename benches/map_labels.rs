//! Placing the map's labels (`map::labels::place`), which the window does in
//! every frame its Map pane or the map slide is shown: the national file at
//! slide size (1920×1080, labels of 24 px: everything fits at home or close)
//! and in a small pane (900×420, 14 px: crowded, labels move with leaders,
//! one is shortened), with text widths of 0.65 em a character. Also the
//! whole `map.svg` (placement with the fonts' real widths, and the SVG).
//! Run: `cargo bench --bench map_labels -- --warm-up-time 1 --measurement-time 3`.
//! Measured 2026-12-03 with that command (2 cores shared with another
//! build): 35 µs at slide size, 58 µs in the small pane, 0.66 ms for the
//! whole `map.svg`. Before each label's candidate places were worked out
//! once per call (and the figure alone tried only when the name had to move
//! far), the slide took 455 µs and the pane 483 µs.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use seatplan::i18n::{Lang, num, set_lang};
use seatplan::io::load_str;
use seatplan::map::labels::{LabelSize, Rect, place};
use seatplan::map::{Fit, MapData, kazakhstan};
use seatplan::model::project;

fn labels(c: &mut Criterion) {
    set_lang(Lang::Ru);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios")
        .join("kazakhstan-2023-2029.ron");
    let text = std::fs::read_to_string(path).expect("the national file");
    let s = load_str(&text).expect("parses").scenario;
    let p = project(&s);
    let g = kazakhstan().expect("the map");
    let data = MapData::new(g, &s, &p);
    for (name, w, h, font) in [
        ("slide", 1600.0f32, 840.0f32, 24.0f32),
        ("pane", 700.0, 420.0, 14.0),
    ] {
        let fit = Fit::new(g, 0.0, 0.0, w, h);
        let bounds = Rect {
            x: 0.0,
            y: 0.0,
            w: w + 200.0,
            h,
        };
        let legend = Rect {
            x: w + 14.0,
            y: 0.0,
            w: 186.0,
            h: font * 9.0,
        };
        let size = |i: usize| {
            let r = data.regions.get(i)?;
            let width = |t: &str, f: f32| t.chars().count() as f32 * f * 0.65;
            let figure = r.shortfall.map_or_else(|| "–".to_owned(), num);
            let (n, v) = (width(&r.label, font), width(&figure, font * 0.95));
            Some(LabelSize {
                full: [n.max(v) + font * 0.3, font * 2.1],
                figure: [v + font * 0.3, font * 0.95],
            })
        };
        c.bench_function(&format!("map_labels/{name}"), |b| {
            b.iter(|| {
                place(
                    black_box(&data),
                    &fit,
                    font,
                    (bounds, &[legend]),
                    font * 0.75,
                    &size,
                )
            })
        });
    }
    c.bench_function("map_labels/map_svg", |b| {
        b.iter(|| seatplan::export::map_svg(black_box(&data), "bench"))
    });
}

criterion_group!(benches, labels);
criterion_main!(benches);

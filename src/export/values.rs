//! Where a bar's value label goes so no line of the chart runs through it:
//! just above its bar as always, or raised until the lines passing there are
//! below it; on a white plate over the line when raising it would take it
//! too far from its bar.

use super::metrics::text_width;

/// A line of the chart as drawn: its points and stroke width.
pub(super) struct Line {
    pub points: Vec<[f32; 2]>,
    pub width: f32,
}

/// A value label's place: its baseline, and whether it needs a plate.
pub(super) struct ValueAt {
    pub baseline: f32,
    pub plate: bool,
}

/// The box of a value label set at `size`, bold, centred on `x` with its
/// baseline at `y`: digits reach 0.73 em above the baseline, nothing below.
pub(super) fn value_box(text: &str, x: f32, y: f32, size: f32) -> [f32; 4] {
    let w = text_width(text, size, true);
    [x - w / 2.0, y - size * 0.76, x + w / 2.0, y + size * 0.04]
}

/// Whether segment `a`–`b` passes through the box `[x0, y0, x1, y1]`
/// (Liang–Barsky clipping).
fn crosses(a: [f32; 2], b: [f32; 2], [x0, y0, x1, y1]: [f32; 4]) -> bool {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let (mut t0, mut t1) = (0.0f32, 1.0f32);
    for (p, q) in [
        (-dx, a[0] - x0),
        (dx, x1 - a[0]),
        (-dy, a[1] - y0),
        (dy, y1 - a[1]),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return false;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
            if t0 > t1 {
                return false;
            }
        }
    }
    true
}

/// Whether any of `lines` runs through `bx`, counting half its stroke.
fn crossed(lines: &[Line], bx: [f32; 4]) -> bool {
    lines.iter().any(|l| {
        let h = l.width / 2.0;
        let grown = [bx[0] - h, bx[1] - h, bx[2] + h, bx[3] + h];
        l.points.windows(2).any(|s| crosses(s[0], s[1], grown))
    })
}

/// The baseline for the value label `text` of a bar whose top is at `top`,
/// centred on `x`: `gap` above the bar when no line crosses it there (where
/// it always was), else the nearest height above that is clear, no higher
/// than `ceiling` and no further than three label heights from the bar;
/// failing both, where it was, on a plate.
pub(super) fn place_value(
    text: &str,
    (x, top): (f32, f32),
    (size, gap): (f32, f32),
    ceiling: f32,
    lines: &[Line],
) -> ValueAt {
    let home = top - gap;
    let mut y = home;
    let step = size * 0.1;
    while y - size * 0.76 >= ceiling && home - y <= size * 3.0 {
        // A little air between the digits and a line passing just below.
        let mut bx = value_box(text, x, y, size);
        bx[3] += size * 0.1;
        if !crossed(lines, bx) {
            return ValueAt {
                baseline: y,
                plate: false,
            };
        }
        y -= step;
    }
    ValueAt {
        baseline: home,
        plate: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_segment_crosses_a_box_only_when_it_passes_through() {
        let bx = [0.0, 0.0, 10.0, 10.0];
        assert!(crosses([-5.0, 5.0], [15.0, 5.0], bx));
        assert!(crosses([-5.0, -5.0], [15.0, 15.0], bx));
        assert!(!crosses([-5.0, 12.0], [15.0, 11.0], bx));
        assert!(!crosses([11.0, -5.0], [20.0, 20.0], bx));
    }

    #[test]
    fn a_label_crossed_by_a_line_is_raised_just_above_it() {
        // A flat line at y = 90 through a label whose baseline would be at
        // 95 (bar top 100, gap 5). At size 20 the box ends 0.8 below the
        // baseline, plus 2 of air and half the 2 px stroke: clear once
        // baseline + 3.8 < 90, below 86.2; in 2 px steps from 95 that is 85.
        let line = Line {
            points: vec![[0.0, 90.0], [200.0, 90.0]],
            width: 2.0,
        };
        let at = place_value("1 000", (100.0, 100.0), (20.0, 5.0), 0.0, &[line]);
        assert!(!at.plate);
        assert!((at.baseline - 85.0).abs() < 0.01, "{}", at.baseline);
        // No line: where it always was.
        let at = place_value("1 000", (100.0, 100.0), (20.0, 5.0), 0.0, &[]);
        assert!((at.baseline - 95.0).abs() < 0.01 && !at.plate);
    }
}

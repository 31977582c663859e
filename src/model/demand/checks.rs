//! The checks that need no fit: ranges, negative counts, gaps, shape.

use std::collections::BTreeMap;

use super::{Demand, MAX_GRADES, MAX_MARGIN, MAX_SHIFTS, Problem};

/// The errors that need no fit: values out of range, negative counts, gaps,
/// the shape of the observed table.
pub(super) fn check_inputs(d: &Demand) -> Vec<Problem> {
    let mut out = Vec::new();
    match d.capacity {
        Some(c) if c < 0 => out.push(Problem::CapacityNegative(c)),
        Some(_) => {}
        None => out.push(Problem::NoCapacity),
    }
    if !(1..=MAX_SHIFTS).contains(&d.shifts) {
        out.push(Problem::Shifts(d.shifts));
    }
    if !(0..=MAX_MARGIN).contains(&d.margin()) {
        out.push(Problem::Margin(d.margin()));
    }
    if d.window() < 1 {
        out.push(Problem::Window(d.window()));
    }
    for (&year, &value) in &d.births {
        if value < 0 {
            out.push(Problem::NegativeBirths { year, value });
        }
    }
    if let Some(missing) = gaps(d.births.keys().copied())
        && let (Some((&first, _)), Some((&last, _))) =
            (d.births.first_key_value(), d.births.last_key_value())
    {
        out.push(Problem::BirthsGap {
            missing,
            first,
            last,
        });
    }
    match (&d.grades, &d.pupils) {
        (Some(_), Some(_)) => out.push(Problem::BothObserved),
        (None, None) => out.push(Problem::NoObserved),
        (Some(g), None) => {
            if d.grade_count.is_some() {
                out.push(Problem::GradeCountWithGrades);
            }
            check_grades(g, &mut out);
        }
        (None, Some(p)) => {
            if !(1..=MAX_GRADES as i64).contains(&d.grade_count()) {
                out.push(Problem::GradeCount(d.grade_count()));
            }
            if p.is_empty() {
                out.push(Problem::ObservedEmpty);
            }
            if let Some(missing) = gaps(p.keys().copied()) {
                out.push(Problem::ObservedGap { missing });
            }
            for (&year, &value) in p {
                if value < 0 {
                    out.push(Problem::NegativePupils { year, value });
                }
            }
        }
    }
    if let Some(h) = &d.housing {
        super::housing::check(h, &mut out);
    }
    out
}

fn check_grades(g: &BTreeMap<i32, Vec<i64>>, out: &mut Vec<Problem>) {
    if g.is_empty() {
        out.push(Problem::ObservedEmpty);
    }
    if let Some(missing) = gaps(g.keys().copied()) {
        out.push(Problem::ObservedGap { missing });
    }
    let mut shape: Option<(i32, usize)> = None;
    for (&year, list) in g {
        if list.is_empty() {
            out.push(Problem::GradesEmpty { year });
            continue;
        }
        if list.len() > MAX_GRADES {
            out.push(Problem::GradesTooMany {
                year,
                count: list.len(),
            });
            continue;
        }
        match shape {
            None => shape = Some((year, list.len())),
            Some((first, expected)) if expected != list.len() => {
                out.push(Problem::GradeLengths {
                    year,
                    count: list.len(),
                    first,
                    expected,
                });
            }
            Some(_) => {}
        }
        for (i, &value) in list.iter().enumerate() {
            if value < 0 {
                out.push(Problem::NegativeGrade {
                    year,
                    grade: i + 1,
                    value,
                });
            }
        }
    }
}

/// The years missing between the first and last of ascending `years`, if any.
fn gaps(years: impl Iterator<Item = i32>) -> Option<Vec<i32>> {
    let mut missing = Vec::new();
    let mut prev: Option<i32> = None;
    for y in years {
        if let Some(p) = prev {
            // A gap of more than a few hundred years is one mistake, not
            // hundreds of missing years to list.
            missing.extend((p + 1..y).take(200));
        }
        prev = Some(y);
    }
    (!missing.is_empty()).then_some(missing)
}

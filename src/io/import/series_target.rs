//! Where a series' values go: a region's or district's demand (`pupils`,
//! `births`, `capacity`) or its `deficit` map.

use std::collections::BTreeMap;

use super::problems::{Problem, problem, text};
use crate::model::{Demand, District, Region, Scenario, Severity};

/// The series a table gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Series {
    Pupils,
    Births,
    Deficit,
    Capacity,
}

impl Series {
    pub const ALL: [Series; 4] = [
        Series::Pupils,
        Series::Births,
        Series::Deficit,
        Series::Capacity,
    ];

    /// The name used by `--series` and the scenario's field.
    pub fn key(self) -> &'static str {
        match self {
            Series::Pupils => "pupils",
            Series::Births => "births",
            Series::Deficit => "deficit",
            Series::Capacity => "capacity",
        }
    }

    pub fn parse(s: &str) -> Option<Series> {
        Series::ALL.into_iter().find(|x| x.key() == s.trim())
    }

    /// A deficit below 0 is spare seats; a count below 0 is a typing error.
    pub fn allows_negative(self) -> bool {
        self == Series::Deficit
    }
}

/// A region or a district, read-only.
pub(super) enum Target<'a> {
    Region(&'a Region),
    District(&'a District),
}

impl Target<'_> {
    fn parts(&self) -> (&str, bool, bool, Option<&Demand>) {
        match self {
            Target::Region(r) => (
                &r.id,
                r.districts.is_some(),
                r.deficit.is_some(),
                r.demand.as_ref(),
            ),
            Target::District(d) => (&d.id, false, d.deficit.is_some(), d.demand.as_ref()),
        }
    }
}

/// Why `series` cannot go into `target`, if it cannot: the scenario keeps
/// exactly one of deficit, demand and districts.
pub(super) fn target_problem(
    series: Series,
    target: &Target<'_>,
    at: Option<(usize, usize)>,
) -> Option<Problem> {
    let (id, has_districts, _, demand) = target.parts();
    let key = if has_districts {
        "import-series-has-districts"
    } else {
        match (series, demand) {
            (Series::Deficit, Some(_)) => "import-series-has-demand",
            (Series::Deficit, None) => return None,
            (_, None) => "import-series-no-demand",
            (Series::Pupils, Some(d)) if d.grades.is_some() => "import-series-has-grades",
            _ => return None,
        }
    };
    Some(problem(
        Severity::Error,
        at,
        None,
        key,
        vec![("id", text(id)), ("series", text(series.key()))],
    ))
}

/// The two places a series can go: the deficit map and the demand.
pub(super) type Slots<'a> = (&'a mut Option<BTreeMap<i32, i64>>, &'a mut Option<Demand>);

/// The deficit map and demand of region `id` (or of district `id` of
/// region `district_of`).
pub(super) fn target_of<'a>(
    scenario: &'a mut Scenario,
    district_of: Option<&str>,
    id: &str,
) -> Option<Slots<'a>> {
    match district_of {
        Some(parent) => scenario
            .regions
            .iter_mut()
            .find(|r| r.id == parent)?
            .districts
            .as_mut()?
            .iter_mut()
            .find(|d| d.id == id)
            .map(|d| (&mut d.deficit, &mut d.demand)),
        None => scenario
            .regions
            .iter_mut()
            .find(|r| r.id == id)
            .map(|r| (&mut r.deficit, &mut r.demand)),
    }
}

/// Writes one row's values: the table's years replace the file's, other
/// years stay; capacity takes the base year's value.
pub(super) fn write_values(
    (deficit, demand): Slots<'_>,
    series: Series,
    base_year: i32,
    values: &BTreeMap<i32, i64>,
) {
    match series {
        Series::Deficit => deficit.get_or_insert_with(BTreeMap::new).extend(values),
        Series::Pupils => {
            if let Some(d) = demand {
                d.pupils.get_or_insert_with(BTreeMap::new).extend(values);
            }
        }
        Series::Births => {
            if let Some(d) = demand {
                d.births.extend(values);
            }
        }
        Series::Capacity => {
            if let Some(d) = demand
                && let Some(v) = values.get(&base_year)
            {
                d.capacity = Some(*v);
            }
        }
    }
}

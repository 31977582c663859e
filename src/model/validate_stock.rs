//! The rules of the school stock (docs/scenario-format.md, "Existing
//! schools"): each existing school's own values, where it stands, and the
//! planned schools that replace one.

use std::collections::{HashMap, HashSet};

use super::projection::{Units, region_index};
use super::validate_districts::district_ids;
use super::{DiagArg, Diagnostic, Existing, Scenario, School, SeatUnit, Subject};

/// Pupils per design seat above which a census count is probably in
/// another unit (two-shift places, or all pupils of a district).
const MAX_PLAUSIBLE_LOAD: f64 = 4.0;

pub(super) fn validate_stock(s: &Scenario, out: &mut Vec<Diagnostic>) {
    let units = Units::new(s);
    let regions = region_index(s);
    let planned: HashSet<&str> = s.schools.iter().map(|x| x.id.as_str()).collect();
    let mut seen: HashSet<&str> = HashSet::with_capacity(s.existing.len());
    for (index, e) in s.existing.iter().enumerate() {
        let subject = Subject::Existing {
            index,
            id: e.id.clone(),
        };
        if planned.contains(e.id.as_str()) || !seen.insert(&e.id) {
            out.push(error(
                &subject,
                "id",
                "diag-existing-duplicate",
                vec![("id", name(&e.id))],
            ));
        }
        existing_place(s, e, &regions, &subject, out);
        existing_values(s, e, &subject, out);
    }
    no_growth(s, &units, out);
    replacements(s, &units, out);
}

fn text(s: &str) -> DiagArg {
    DiagArg::text(s)
}

/// An id or name from the file, which the sentence quotes.
fn name(s: &str) -> DiagArg {
    DiagArg::name(s)
}

fn error(
    subject: &Subject,
    field: &'static str,
    code: &'static str,
    args: Vec<(&'static str, DiagArg)>,
) -> Diagnostic {
    Diagnostic::error(subject.clone(), Some(field), code, args)
}

fn warning(
    subject: &Subject,
    field: &'static str,
    code: &'static str,
    args: Vec<(&'static str, DiagArg)>,
) -> Diagnostic {
    Diagnostic::warning(subject.clone(), Some(field), code, args)
}

/// The region must be in the file; where it is planned by district, the
/// district must be one of its districts.
fn existing_place(
    s: &Scenario,
    e: &Existing,
    regions: &HashMap<&str, usize>,
    subject: &Subject,
    out: &mut Vec<Diagnostic>,
) {
    let Some(region) = regions
        .get(e.region.as_str())
        .and_then(|&r| s.regions.get(r))
    else {
        out.push(error(
            subject,
            "region",
            "diag-existing-region",
            vec![("id", name(&e.id)), ("region", name(&e.region))],
        ));
        return;
    };
    let Some(districts) = &region.districts else {
        return;
    };
    let ids = district_ids(districts);
    match e.district.as_deref() {
        None => out.push(error(
            subject,
            "id",
            "diag-existing-district-missing",
            vec![
                ("id", name(&e.id)),
                ("region", name(&region.id)),
                ("ids", text(&ids)),
            ],
        )),
        Some(d) if !districts.iter().any(|x| x.id == d) => out.push(error(
            subject,
            "district",
            "diag-existing-district-unknown",
            vec![
                ("id", name(&e.id)),
                ("district", name(d)),
                ("region", name(&region.id)),
                ("ids", text(&ids)),
            ],
        )),
        Some(_) => {}
    }
}

/// Capacity above 0; census counts present, 0 or more, plausible, and
/// within the years shown.
fn existing_values(s: &Scenario, e: &Existing, subject: &Subject, out: &mut Vec<Diagnostic>) {
    let id = || ("id", name(&e.id));
    if e.capacity <= 0 {
        out.push(error(
            subject,
            "capacity",
            "diag-existing-capacity",
            vec![id(), ("value", text(&e.capacity.to_string()))],
        ));
    }
    if e.pupils.is_empty() {
        out.push(error(
            subject,
            "pupils",
            "diag-existing-no-pupils",
            vec![id()],
        ));
    }
    let u = match s.seat_unit {
        SeatUnit::Design => 1.0,
        SeatUnit::TwoShift => 2.0,
    };
    for (&year, &n) in &e.pupils {
        let at = |d: Diagnostic| d.in_path(format!("pupils.{year}"));
        let y = ("year", DiagArg::Year(i64::from(year)));
        if n < 0 {
            out.push(at(error(
                subject,
                "pupils",
                "diag-existing-negative-pupils",
                vec![id(), ("value", text(&n.to_string())), y.clone()],
            )));
        }
        if e.capacity > 0 {
            let load = n as f64 * u / e.capacity as f64;
            if load > MAX_PLAUSIBLE_LOAD {
                let load = super::format_load(load);
                out.push(at(warning(
                    subject,
                    "pupils",
                    "diag-existing-load",
                    vec![
                        id(),
                        ("value", text(&n.to_string())),
                        y.clone(),
                        ("capacity", text(&e.capacity.to_string())),
                        ("load", text(&load)),
                    ],
                )));
            }
        }
        if year > s.horizon {
            out.push(at(warning(
                subject,
                "pupils",
                "diag-existing-census-after-horizon",
                vec![
                    id(),
                    y.clone(),
                    ("horizon", DiagArg::Year(i64::from(s.horizon))),
                ],
            )));
        }
    }
}

/// One warning per area without a demand whose schools' pupils are held
/// flat after their last census, on the first such school.
fn no_growth(s: &Scenario, units: &Units, out: &mut Vec<Diagnostic>) {
    let mut warned: HashSet<(usize, usize)> = HashSet::new();
    for (index, e) in s.existing.iter().enumerate() {
        let Some(area) = units.of_place(&e.region, e.district.as_deref()) else {
            continue;
        };
        let Some(region) = s.regions.get(area.0) else {
            continue;
        };
        let (has_demand, area_id) = match &region.districts {
            Some(ds) => ds.get(area.1).map_or((true, String::new()), |d| {
                (d.demand.is_some(), format!("{}/{}", region.id, d.id))
            }),
            None => (region.demand.is_some(), region.id.clone()),
        };
        let held = e
            .pupils
            .last_key_value()
            .is_some_and(|(&l, _)| l < s.horizon);
        if has_demand || !held || !warned.insert(area) {
            continue;
        }
        let subject = Subject::Existing {
            index,
            id: e.id.clone(),
        };
        out.push(warning(
            &subject,
            "pupils",
            "diag-existing-no-growth",
            vec![("area", name(&area_id))],
        ));
    }
}

/// Where an existing school stands: `region` or `region/district`.
fn area_name(region: &str, district: Option<&str>, by_district: bool) -> String {
    match district {
        Some(d) if by_district => format!("{region}/{d}"),
        _ => region.to_owned(),
    }
}

/// A planned school replacing an existing school outside its own area.
fn other_area(
    s: &Scenario,
    units: &Units,
    school: &School,
    e: &Existing,
    subject: &Subject,
) -> Option<Diagnostic> {
    let here = units.of(school);
    let there = units.of_place(&e.region, e.district.as_deref());
    if school.region == e.region && (here.is_none() || there.is_none() || here == there) {
        return None;
    }
    let by_district = s
        .regions
        .iter()
        .find(|r| r.id == e.region)
        .is_some_and(|r| r.districts.is_some());
    let ours = area_name(&school.region, school.district.as_deref(), by_district);
    let theirs = area_name(&e.region, e.district.as_deref(), by_district);
    Some(error(
        subject,
        "replaces_existing",
        "diag-replaces-existing-other-area",
        vec![
            ("id", name(&school.id)),
            ("target", name(&e.id)),
            ("area", name(&ours)),
            ("other", name(&theirs)),
        ],
    ))
}

/// `replaces_existing`: names an existing school of the same area, one
/// replacer per school, never beside `replaces`.
fn replacements(s: &Scenario, units: &Units, out: &mut Vec<Diagnostic>) {
    let by_id: HashMap<&str, usize> = s
        .existing
        .iter()
        .enumerate()
        .rev()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let mut replaced_by: HashMap<usize, &School> = HashMap::new();
    for (index, school) in s.schools.iter().enumerate() {
        let Some(target) = school.replaces_existing.as_deref() else {
            continue;
        };
        let subject = Subject::School {
            index,
            id: school.id.clone(),
        };
        let args = || vec![("id", name(&school.id)), ("target", name(target))];
        if school.replaces != 0 {
            out.push(error(
                &subject,
                "replaces",
                "diag-replaces-existing-with-replaces",
                args(),
            ));
        }
        let Some(&e_index) = by_id.get(target) else {
            out.push(error(
                &subject,
                "replaces_existing",
                "diag-replaces-existing-unknown",
                args(),
            ));
            continue;
        };
        if let Some(d) = other_area(s, units, school, &s.existing[e_index], &subject) {
            out.push(d);
        }
        if let Some(first) = replaced_by.get(&e_index) {
            let mut a = args();
            a.push(("first", name(&first.id)));
            out.push(error(
                &subject,
                "replaces_existing",
                "diag-replaces-existing-twice",
                a,
            ));
        } else {
            replaced_by.insert(e_index, school);
        }
        if school.opens < s.base_year {
            let mut a = args();
            a.push(("opens", DiagArg::Year(i64::from(school.opens))));
            a.push(("base", DiagArg::Year(i64::from(s.base_year))));
            out.push(warning(
                &subject,
                "opens",
                "diag-replaces-existing-before-base",
                a,
            ));
        }
    }
}

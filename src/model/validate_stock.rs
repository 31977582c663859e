//! The rules of the school stock (docs/scenario-format.md, "Existing
//! schools"): each existing school's own values, where it stands, and the
//! planned schools that replace one.

use std::collections::{HashMap, HashSet};

use super::projection::{Units, region_index};
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
                format!(
                    "existing school id {:?} is already used by another school of this file: \
                     give each school its own id",
                    e.id
                ),
                vec![("id", text(&e.id))],
            ));
        }
        existing_place(s, e, &regions, &subject, out);
        existing_values(s, e, &subject, out);
    }
    no_growth(s, &units, out);
    replacements(s, &units, out);
}

fn text(s: &str) -> DiagArg {
    DiagArg::Text(s.to_owned())
}

fn error(
    subject: &Subject,
    field: &'static str,
    code: &'static str,
    message: String,
    args: Vec<(&'static str, DiagArg)>,
) -> Diagnostic {
    Diagnostic::error(subject.clone(), Some(field), message).with_code(code, args)
}

fn warning(
    subject: &Subject,
    field: &'static str,
    code: &'static str,
    message: String,
    args: Vec<(&'static str, DiagArg)>,
) -> Diagnostic {
    Diagnostic::warning(subject.clone(), Some(field), message).with_code(code, args)
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
            format!(
                "existing school {:?} is in region {:?}, which is not in this file: use one of \
                 the region ids listed under `regions`",
                e.id, e.region
            ),
            vec![("id", text(&e.id)), ("region", text(&e.region))],
        ));
        return;
    };
    let Some(districts) = &region.districts else {
        return;
    };
    let ids = districts
        .iter()
        .map(|d| d.id.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    match e.district.as_deref() {
        None => out.push(error(
            subject,
            "id",
            "diag-existing-district-missing",
            format!(
                "existing school {:?} has no district, but region {:?} is planned by district: \
                 set `district` to one of its district ids: {ids}",
                e.id, region.id
            ),
            vec![
                ("id", text(&e.id)),
                ("region", text(&region.id)),
                ("ids", text(&ids)),
            ],
        )),
        Some(d) if !districts.iter().any(|x| x.id == d) => out.push(error(
            subject,
            "district",
            "diag-existing-district-unknown",
            format!(
                "existing school {:?} is in district {d:?}, which region {:?} does not have: use \
                 one of its district ids: {ids}",
                e.id, region.id
            ),
            vec![
                ("id", text(&e.id)),
                ("district", text(d)),
                ("region", text(&region.id)),
                ("ids", text(&ids)),
            ],
        )),
        Some(_) => {}
    }
}

/// Capacity above 0; census counts present, 0 or more, plausible, and
/// within the years shown.
fn existing_values(s: &Scenario, e: &Existing, subject: &Subject, out: &mut Vec<Diagnostic>) {
    let id = || ("id", text(&e.id));
    if e.capacity <= 0 {
        out.push(error(
            subject,
            "capacity",
            "diag-existing-capacity",
            format!(
                "existing school {:?} has capacity {}: enter its design seats (above 0)",
                e.id, e.capacity
            ),
            vec![id(), ("value", text(&e.capacity.to_string()))],
        ));
    }
    if e.pupils.is_empty() {
        out.push(error(
            subject,
            "pupils",
            "diag-existing-no-pupils",
            format!(
                "existing school {:?} has no census year in `pupils`: give the pupils counted \
                 at the autumn census of at least one school year",
                e.id
            ),
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
                format!(
                    "existing school {:?} has {n} pupils in {year}: a census count is 0 or more",
                    e.id
                ),
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
                    format!(
                        "existing school {:?} has {n} pupils in {year} for capacity {}, {load} \
                         pupils a design seat: check that capacity is in the file's seat unit",
                        e.id, e.capacity
                    ),
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
                format!(
                    "existing school {:?} has a census count for {year}, after the horizon \
                     {}: that year is not shown; check it",
                    e.id, s.horizon
                ),
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
        let (has_demand, name) = match &region.districts {
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
            format!(
                "area {name:?} has no demand, so no growth model: its existing schools' pupils \
                 are held flat after their last census; give the area a demand to grow them"
            ),
            vec![("area", text(&name))],
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
        format!(
            "school {:?} is in {ours:?} but replaces existing school {:?} in {theirs:?}: a \
             school replaces one in its own region and district",
            school.id, e.id
        ),
        vec![
            ("id", text(&school.id)),
            ("target", text(&e.id)),
            ("area", text(&ours)),
            ("other", text(&theirs)),
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
        let args = || vec![("id", text(&school.id)), ("target", text(target))];
        if school.replaces != 0 {
            out.push(error(
                &subject,
                "replaces",
                "diag-replaces-existing-with-replaces",
                format!(
                    "school {:?} has both `replaces` and `replaces_existing`: remove `replaces`; \
                     the seats replaced come from existing school {target:?}",
                    school.id
                ),
                args(),
            ));
        }
        let Some(&e_index) = by_id.get(target) else {
            out.push(error(
                &subject,
                "replaces_existing",
                "diag-replaces-existing-unknown",
                format!(
                    "school {:?} replaces existing school {target:?}, which is not in this file: \
                     use an id listed under `existing`",
                    school.id
                ),
                args(),
            ));
            continue;
        };
        if let Some(d) = other_area(s, units, school, &s.existing[e_index], &subject) {
            out.push(d);
        }
        if let Some(first) = replaced_by.get(&e_index) {
            let mut a = args();
            a.push(("first", text(&first.id)));
            out.push(error(
                &subject,
                "replaces_existing",
                "diag-replaces-existing-twice",
                format!(
                    "existing school {target:?} is replaced by both {:?} and {:?}: a school is \
                     replaced once; remove one `replaces_existing`",
                    first.id, school.id
                ),
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
                format!(
                    "school {:?} opens in {}, before base_year {}, and replaces existing school \
                     {target:?}: that school is closed in every year shown and its pupils are \
                     counted nowhere",
                    school.id, school.opens, s.base_year
                ),
                a,
            ));
        }
    }
}

//! The rules for regions planned by district (docs/scenario-format.md,
//! "Districts"): district ids, where each district's deficit comes from, and
//! which district every school of such a region is in.

use std::collections::{BTreeMap, HashMap};

use super::validate::is_valid_region_id;
use super::{DiagArg, Diagnostic, District, Region, Scenario, School, Subject};

fn text(s: &str) -> DiagArg {
    DiagArg::Text(s.to_owned())
}

fn year(y: i32) -> DiagArg {
    DiagArg::Year(i64::from(y))
}

/// The checks of one region's `districts`, if it has any: the list is not
/// empty; each district has a valid id, unique in the region, a name, and
/// exactly one of `deficit` and `demand`.
pub(super) fn validate_region_districts(
    s: &Scenario,
    index: usize,
    r: &Region,
    out: &mut Vec<Diagnostic>,
) {
    let Some(districts) = &r.districts else {
        return;
    };
    if districts.is_empty() {
        out.push(
            Diagnostic::error(
                Subject::Region {
                    index,
                    id: r.id.clone(),
                },
                Some("districts"),
                format!(
                    "region {:?} has an empty district list: add its districts, or replace \
                     `districts: []` with the region's `deficit`",
                    r.id
                ),
            )
            .with_code("diag-districts-empty", vec![("id", text(&r.id))]),
        );
        return;
    }
    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(districts.len());
    for (i, d) in districts.iter().enumerate() {
        let subject = Subject::District {
            region: index,
            index: i,
            id: d.id.clone(),
        };
        let args = || vec![("region", text(&r.id)), ("id", text(&d.id))];
        if !is_valid_region_id(&d.id) {
            out.push(
                Diagnostic::error(
                    subject.clone(),
                    Some("id"),
                    format!(
                        "region {:?}: district id {:?} may contain only lowercase latin \
                         letters, digits and hyphens (for example \"alatau\")",
                        r.id, d.id
                    ),
                )
                .with_code("diag-district-id", args()),
            );
        }
        if let Some(first) = seen.insert(&d.id, i) {
            let mut a = args();
            a.push(("first", DiagArg::Year(first as i64 + 1)));
            a.push(("second", DiagArg::Year(i as i64 + 1)));
            out.push(
                Diagnostic::error(
                    subject.clone(),
                    Some("id"),
                    format!(
                        "region {:?}: district id {:?} is used twice (districts {} and {}): \
                         give each district its own id",
                        r.id,
                        d.id,
                        first + 1,
                        i + 1
                    ),
                )
                .with_code("diag-district-duplicate", a),
            );
        }
        if d.name.is_empty() {
            out.push(
                Diagnostic::error(
                    subject.clone(),
                    Some("name"),
                    format!(
                        "region {:?}: district {:?} has no name: give at least one of kk, ru, en",
                        r.id, d.id
                    ),
                )
                .with_code("diag-district-no-name", args()),
            );
        }
        district_deficit(s, r, d, &subject, out);
    }
}

/// Exactly one of `deficit` and `demand`; a deficit estimate that is not
/// empty, held flat (with a warning) where it does not reach the first year
/// or the horizon, as for a region.
fn district_deficit(
    s: &Scenario,
    r: &Region,
    d: &District,
    subject: &Subject,
    out: &mut Vec<Diagnostic>,
) {
    let args = || vec![("region", text(&r.id)), ("id", text(&d.id))];
    let deficit = match (&d.deficit, &d.demand) {
        (Some(_), Some(_)) => {
            out.push(
                Diagnostic::error(
                    subject.clone(),
                    Some("demand"),
                    format!(
                        "region {:?}: district {:?} has both a deficit and a demand: keep one \
                         of them",
                        r.id, d.id
                    ),
                )
                .with_code("diag-district-both", args()),
            );
            return;
        }
        (None, None) => {
            let mut a = args();
            a.push(("base", year(s.base_year)));
            out.push(
                Diagnostic::error(
                    subject.clone(),
                    Some("id"),
                    format!(
                        "region {:?}: district {:?} has neither a deficit nor a demand: give \
                         its deficit estimate, for example `deficit: {{{}: 1000}}`",
                        r.id, d.id, s.base_year
                    ),
                )
                .with_code("diag-district-neither", a),
            );
            return;
        }
        (None, Some(demand)) => {
            let unit = format!("{}/{}", r.id, d.id);
            out.extend(super::demand_diagnostics(
                s,
                (&r.id, Some(&d.id)),
                demand,
                subject,
                &unit,
                "demand",
            ));
            return;
        }
        (Some(deficit), None) => deficit,
    };
    if deficit.is_empty() {
        let mut a = args();
        a.push(("base", year(s.base_year)));
        out.push(
            Diagnostic::error(
                subject.clone(),
                Some("deficit"),
                format!(
                    "region {:?}: district {:?} has an empty deficit estimate: give at least \
                     one year, for example `deficit: {{{}: 1000}}`",
                    r.id, d.id, s.base_year
                ),
            )
            .with_code("diag-district-deficit-empty", a),
        );
        return;
    }
    held_flat(s, r, d, deficit, subject, out);
}

/// Warnings where a district's estimate starts after `base_year` or ends
/// before the horizon (held flat there).
fn held_flat(
    s: &Scenario,
    r: &Region,
    d: &District,
    deficit: &BTreeMap<i32, i64>,
    subject: &Subject,
    out: &mut Vec<Diagnostic>,
) {
    let args = || vec![("region", text(&r.id)), ("id", text(&d.id))];
    let (Some((&first, &first_value)), Some((&last, &last_value))) =
        (deficit.first_key_value(), deficit.last_key_value())
    else {
        return;
    };
    if first > s.base_year {
        let mut a = args();
        a.extend([
            ("first", year(first)),
            ("base", year(s.base_year)),
            ("until", year(first - 1)),
            ("value", DiagArg::Number(first_value)),
        ]);
        out.push(
            Diagnostic::warning(
                subject.clone(),
                Some("deficit"),
                format!(
                    "region {:?}, district {:?}: the deficit estimate starts in {first}, after \
                     base_year {}; {}–{} are held flat at the {first} value ({first_value})",
                    r.id,
                    d.id,
                    s.base_year,
                    s.base_year,
                    first - 1
                ),
            )
            .with_code("diag-district-deficit-starts-late", a),
        );
    }
    if last < s.horizon {
        let mut a = args();
        a.extend([
            ("last", year(last)),
            ("horizon", year(s.horizon)),
            ("from", year(last + 1)),
            ("value", DiagArg::Number(last_value)),
        ]);
        out.push(
            Diagnostic::warning(
                subject.clone(),
                Some("deficit"),
                format!(
                    "region {:?}, district {:?}: the deficit estimate ends in {last}, before \
                     horizon {}; it is held flat at the {last} value ({last_value}) from {} to {}",
                    r.id,
                    d.id,
                    s.horizon,
                    last + 1,
                    s.horizon
                ),
            )
            .with_code("diag-district-deficit-ends-early", a),
        );
    }
}

/// In a region planned by district, a school names one of its districts.
/// `region` is the school's region, if the file has it.
pub(super) fn validate_school_district(
    school: &School,
    region: Option<&Region>,
    subject: &Subject,
    out: &mut Vec<Diagnostic>,
) {
    let Some(r) = region else { return };
    let Some(districts) = r.districts.as_ref().filter(|d| !d.is_empty()) else {
        return;
    };
    let named = school.district.as_deref();
    if named.is_some_and(|n| districts.iter().any(|d| d.id == n)) {
        return;
    }
    let ids = districts
        .iter()
        .map(|d| d.id.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let mut args = vec![
        ("id", text(&school.id)),
        ("region", text(&r.id)),
        ("ids", text(&ids)),
    ];
    let d = match named {
        None => Diagnostic::error(
            subject.clone(),
            Some("district"),
            format!(
                "school {:?} has no district, but region {:?} is planned by district: set \
                 `district` to one of its district ids: {ids}",
                school.id, r.id
            ),
        )
        .with_code("diag-school-district-missing", args),
        Some(name) => {
            args.push(("district", text(name)));
            Diagnostic::error(
                subject.clone(),
                Some("district"),
                format!(
                    "school {:?} is in district {name:?}, which region {:?} does not have: \
                     use one of its district ids: {ids}",
                    school.id, r.id
                ),
            )
            .with_code("diag-school-district-unknown", args)
        }
    };
    out.push(d);
}

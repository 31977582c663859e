//! The rules for regions planned by district (docs/scenario-format.md,
//! "Districts"): district ids, where each district's deficit comes from, and
//! which district every school of such a region is in.

use std::collections::{BTreeMap, HashMap};

use super::ids::is_valid_region_id;
use super::{DiagArg, Diagnostic, District, Region, Scenario, School, Subject};

/// An id from the file, quoted by the sentence.
fn name(s: &str) -> DiagArg {
    DiagArg::name(s)
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
        out.push(Diagnostic::error(
            Subject::Region {
                index,
                id: r.id.clone(),
            },
            Some("districts"),
            "diag-districts-empty",
            vec![("id", name(&r.id))],
        ));
        return;
    }
    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(districts.len());
    for (i, d) in districts.iter().enumerate() {
        let subject = Subject::District {
            region: index,
            index: i,
            id: d.id.clone(),
        };
        let args = || vec![("region", name(&r.id)), ("id", name(&d.id))];
        if !is_valid_region_id(&d.id) {
            out.push(Diagnostic::error(
                subject.clone(),
                Some("id"),
                "diag-district-id",
                args(),
            ));
        }
        if let Some(first) = seen.insert(&d.id, i) {
            let mut a = args();
            a.push(("first", DiagArg::Year(first as i64 + 1)));
            a.push(("second", DiagArg::Year(i as i64 + 1)));
            out.push(Diagnostic::error(
                subject.clone(),
                Some("id"),
                "diag-district-duplicate",
                a,
            ));
        }
        if d.name.is_empty() {
            out.push(Diagnostic::error(
                subject.clone(),
                Some("name"),
                "diag-district-no-name",
                args(),
            ));
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
    let args = || vec![("region", name(&r.id)), ("id", name(&d.id))];
    let deficit = match (&d.deficit, &d.demand) {
        (Some(_), Some(_)) => {
            out.push(Diagnostic::error(
                subject.clone(),
                Some("demand"),
                "diag-district-both",
                args(),
            ));
            return;
        }
        (None, None) => {
            let mut a = args();
            a.push(("base", year(s.base_year)));
            out.push(Diagnostic::error(
                subject.clone(),
                Some("id"),
                "diag-district-neither",
                a,
            ));
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
        out.push(Diagnostic::error(
            subject.clone(),
            Some("deficit"),
            "diag-district-deficit-empty",
            a,
        ));
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
    let args = || vec![("region", name(&r.id)), ("id", name(&d.id))];
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
        out.push(Diagnostic::warning(
            subject.clone(),
            Some("deficit"),
            "diag-district-deficit-starts-late",
            a,
        ));
    }
    if last < s.horizon {
        let mut a = args();
        a.extend([
            ("last", year(last)),
            ("horizon", year(s.horizon)),
            ("from", year(last + 1)),
            ("value", DiagArg::Number(last_value)),
        ]);
        out.push(Diagnostic::warning(
            subject.clone(),
            Some("deficit"),
            "diag-district-deficit-ends-early",
            a,
        ));
    }
}

/// In a region planned by district, a school names one of its districts.
/// `region` is the school's region, if the file has it.
/// A region's district ids as a sentence lists them: `alatau, almaly`.
pub(super) fn district_ids(districts: &[District]) -> String {
    districts
        .iter()
        .map(|d| d.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

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
    let ids = district_ids(districts);
    let mut args = vec![
        ("id", name(&school.id)),
        ("region", name(&r.id)),
        ("ids", DiagArg::text(ids)),
    ];
    let d = match named {
        None => Diagnostic::error(
            subject.clone(),
            Some("district"),
            "diag-school-district-missing",
            args,
        ),
        Some(name) => {
            args.push(("district", DiagArg::name(name)));
            Diagnostic::error(
                subject.clone(),
                Some("district"),
                "diag-school-district-unknown",
                args,
            )
        }
    };
    out.push(d);
}

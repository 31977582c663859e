//! The rules of docs/scenario-format.md ("Validation: errors and
//! warnings") as diagnostics: each a key and its arguments, never a
//! sentence (the sentences are in `assets/i18n`; see `Diagnostic` for the
//! three steps to add a rule). District rules are in `validate_districts.rs`,
//! the assumptions' in `assumptions.rs`, the demand's in `demand/`.

use std::collections::{HashMap, HashSet};

use super::assumptions::validate_assumptions;
use super::ids::is_valid_region_id;
use super::validate_districts::{validate_region_districts, validate_school_district};
use super::{DiagArg, Diagnostic, Scenario, Subject};

/// The longest span from `base_year` to `horizon` a scenario may cover.
pub const MAX_HORIZON_SPAN: i32 = 50;

/// Seats above this are almost always a unit mistake (two-shift places, or pupils).
const LARGE_SCHOOL: u32 = 5_000;

pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(Diagnostic::is_error)
}

/// Every error and warning of `docs/scenario-format.md`, in file order:
/// scenario-level problems first (the optional `assumptions` included), then
/// regions, then schools, then the school stock.
pub fn validate(s: &Scenario) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    validate_scenario(s, &mut out);
    validate_assumptions(s, &mut out);
    validate_regions(s, &mut out);
    validate_schools(s, &mut out);
    super::validate_stock::validate_stock(s, &mut out);
    out
}

fn validate_scenario(s: &Scenario, out: &mut Vec<Diagnostic>) {
    if s.format != 1 {
        out.push(Diagnostic::error(
            Subject::Scenario,
            Some("format"),
            "diag-format",
            vec![("format", DiagArg::Number(i64::from(s.format)))],
        ));
    }
    if s.base_year > s.horizon {
        out.push(Diagnostic::error(
            Subject::Scenario,
            Some("horizon"),
            "diag-base-after-horizon",
            vec![
                ("base", DiagArg::Year(i64::from(s.base_year))),
                ("horizon", DiagArg::Year(i64::from(s.horizon))),
            ],
        ));
    } else if i64::from(s.horizon) - i64::from(s.base_year) > i64::from(MAX_HORIZON_SPAN) {
        out.push(Diagnostic::error(
            Subject::Scenario,
            Some("horizon"),
            "diag-horizon-too-far",
            vec![
                ("horizon", DiagArg::Year(i64::from(s.horizon))),
                ("base", DiagArg::Year(i64::from(s.base_year))),
                (
                    "max",
                    DiagArg::Year(i64::from(s.base_year) + i64::from(MAX_HORIZON_SPAN)),
                ),
            ],
        ));
    }
}

fn validate_regions(s: &Scenario, out: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(s.regions.len());
    for (index, r) in s.regions.iter().enumerate() {
        let subject = Subject::Region {
            index,
            id: r.id.clone(),
        };
        if !is_valid_region_id(&r.id) {
            out.push(Diagnostic::error(
                subject.clone(),
                Some("id"),
                "diag-region-id",
                vec![("id", DiagArg::name(&r.id))],
            ));
        }
        if let Some(first) = seen.insert(&r.id, index) {
            out.push(Diagnostic::error(
                subject.clone(),
                Some("id"),
                "diag-region-duplicate",
                vec![
                    ("id", DiagArg::name(&r.id)),
                    ("first", DiagArg::Year(first as i64 + 1)),
                    ("second", DiagArg::Year(index as i64 + 1)),
                ],
            ));
        }
        if r.name.is_empty() {
            out.push(Diagnostic::error(
                subject.clone(),
                Some("name"),
                "diag-region-no-name",
                vec![("id", DiagArg::name(&r.id))],
            ));
        }
        deficit_source(r, &subject, out);
        deficit_coverage(s, r, &subject, out);
        region_demand(s, r, &subject, out);
        validate_region_districts(s, index, r, out);
    }
}

/// A region's deficit comes from exactly one of `deficit`, `demand` and
/// `districts` (docs/scenario-format.md, "Region"). The one place that rule
/// lives.
fn deficit_source(r: &super::Region, subject: &Subject, out: &mut Vec<Diagnostic>) {
    let given: Vec<&str> = [
        ("deficit", r.deficit.is_some()),
        ("demand", r.demand.is_some()),
        ("districts", r.districts.is_some()),
    ]
    .into_iter()
    .filter_map(|(name, present)| present.then_some(name))
    .collect();
    match given.as_slice() {
        [_] => {}
        [] => out.push(Diagnostic::error(
            subject.clone(),
            Some("id"),
            "diag-region-no-source",
            vec![("id", DiagArg::name(&r.id))],
        )),
        [.., second] => {
            let list = given.join(", ");
            out.push(Diagnostic::error(
                subject.clone(),
                Some(second),
                "diag-region-several-sources",
                vec![
                    ("id", DiagArg::name(&r.id)),
                    ("fields", DiagArg::Text(list)),
                ],
            ));
        }
    }
}

/// The problems of a region's demand (docs/scenario-format.md, "Demand"), pointed at the value.
fn region_demand(s: &Scenario, r: &super::Region, subject: &Subject, out: &mut Vec<Diagnostic>) {
    if let Some(d) = &r.demand {
        out.extend(super::demand_diagnostics(
            s,
            (&r.id, None),
            d,
            subject,
            &r.id,
            "demand",
        ));
    }
}

fn validate_schools(s: &Scenario, out: &mut Vec<Diagnostic>) {
    let regions: HashSet<&str> = s.regions.iter().map(|r| r.id.as_str()).collect();
    let by_id = super::projection::region_index(s);
    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(s.schools.len());
    for (index, school) in s.schools.iter().enumerate() {
        let subject = Subject::School {
            index,
            id: school.id.clone(),
        };
        let id = &school.id;
        if let Some(first) = seen.insert(id, index) {
            out.push(Diagnostic::error(
                subject.clone(),
                Some("id"),
                "diag-school-duplicate",
                vec![
                    ("id", DiagArg::name(id)),
                    ("first", DiagArg::Year(first as i64 + 1)),
                    ("second", DiagArg::Year(index as i64 + 1)),
                ],
            ));
        }
        if !regions.contains(school.region.as_str()) {
            out.push(Diagnostic::error(
                subject.clone(),
                Some("region"),
                "diag-school-region",
                vec![
                    ("id", DiagArg::name(id)),
                    ("region", DiagArg::name(&school.region)),
                ],
            ));
        }
        school_values(s, school, &subject, out);
        let region = by_id.get(school.region.as_str()).map(|&r| &s.regions[r]);
        validate_school_district(school, region, &subject, out);
    }
}

/// The deficit estimate must exist; where it does not reach the first year or
/// the horizon, it is held flat (a warning says from which year).
fn deficit_coverage(s: &Scenario, r: &super::Region, subject: &Subject, out: &mut Vec<Diagnostic>) {
    // Without a deficit, or with more than one source, `deficit_source` has
    // said what to fix.
    if r.demand.is_some() || r.districts.is_some() {
        return;
    }
    let Some(deficit) = r.deficit.as_ref() else {
        return;
    };
    match (deficit.first_key_value(), deficit.last_key_value()) {
        (Some((&first, first_value)), Some((&last, last_value))) => {
            if first > s.base_year {
                out.push(Diagnostic::warning(
                    subject.clone(),
                    Some("deficit"),
                    "diag-deficit-starts-late",
                    vec![
                        ("id", DiagArg::name(&r.id)),
                        ("first", DiagArg::Year(i64::from(first))),
                        ("base", DiagArg::Year(i64::from(s.base_year))),
                        ("until", DiagArg::Year(i64::from(first) - 1)),
                        ("value", DiagArg::Number(*first_value)),
                    ],
                ));
            }
            if last < s.horizon {
                out.push(Diagnostic::warning(
                    subject.clone(),
                    Some("deficit"),
                    "diag-deficit-ends-early",
                    vec![
                        ("id", DiagArg::name(&r.id)),
                        ("last", DiagArg::Year(i64::from(last))),
                        ("horizon", DiagArg::Year(i64::from(s.horizon))),
                        ("from", DiagArg::Year(i64::from(last) + 1)),
                        ("value", DiagArg::Number(*last_value)),
                    ],
                ));
            }
        }
        _ => out.push(Diagnostic::error(
            subject.clone(),
            Some("deficit"),
            "diag-deficit-empty",
            vec![
                ("id", DiagArg::name(&r.id)),
                ("base", DiagArg::Year(i64::from(s.base_year))),
            ],
        )),
    }
}

/// Opening year inside the years shown, a plausible size, `replaces` not
/// above `seats`: warnings, the projection is still computed.
fn school_values(
    s: &Scenario,
    school: &super::School,
    subject: &Subject,
    out: &mut Vec<Diagnostic>,
) {
    let id = &school.id;
    if school.opens < s.base_year {
        out.push(Diagnostic::warning(
            subject.clone(),
            Some("opens"),
            "diag-opens-before",
            vec![
                ("id", DiagArg::name(id)),
                ("opens", DiagArg::Year(i64::from(school.opens))),
                ("base", DiagArg::Year(i64::from(s.base_year))),
            ],
        ));
    } else if school.opens > s.horizon {
        out.push(Diagnostic::warning(
            subject.clone(),
            Some("opens"),
            "diag-opens-after",
            vec![
                ("id", DiagArg::name(id)),
                ("opens", DiagArg::Year(i64::from(school.opens))),
                ("horizon", DiagArg::Year(i64::from(s.horizon))),
            ],
        ));
    }
    if school.seats == 0 {
        out.push(Diagnostic::warning(
            subject.clone(),
            Some("seats"),
            "diag-seats-zero",
            vec![("id", DiagArg::name(id))],
        ));
    } else if school.seats > LARGE_SCHOOL {
        out.push(Diagnostic::warning(
            subject.clone(),
            Some("seats"),
            "diag-seats-large",
            vec![
                ("id", DiagArg::name(id)),
                ("seats", DiagArg::Number(i64::from(school.seats))),
                ("limit", DiagArg::Number(i64::from(LARGE_SCHOOL))),
            ],
        ));
    }
    if school.replaces > school.seats {
        out.push(Diagnostic::warning(
            subject.clone(),
            Some("replaces"),
            "diag-replaces-more",
            vec![
                ("id", DiagArg::name(id)),
                ("replaces", DiagArg::Number(i64::from(school.replaces))),
                ("seats", DiagArg::Number(i64::from(school.seats))),
                (
                    "less",
                    DiagArg::Number(i64::from(school.replaces) - i64::from(school.seats)),
                ),
            ],
        ));
    }
}

/// The key of [`validate_on`]'s warning.
pub const COMMISSIONED_FUTURE: &str = "diag-commissioned-future";

/// What only today's date tells about a file: a school marked
/// `Commissioned` whose opening year is after `school_year_now` (the school
/// year running today) has not opened yet, so its status or its year is
/// wrong. `validate` does not ask the clock — `seatplan check` prints the
/// same lines whatever the day — so the window, which knows the day, adds
/// these to its list of problems.
pub fn validate_on(s: &Scenario, school_year_now: i32) -> Vec<Diagnostic> {
    s.schools
        .iter()
        .enumerate()
        .filter(|(_, x)| x.status == super::SchoolStatus::Commissioned && x.opens > school_year_now)
        .map(|(index, x)| {
            Diagnostic::warning(
                Subject::School {
                    index,
                    id: x.id.clone(),
                },
                Some("status"),
                COMMISSIONED_FUTURE,
                vec![
                    ("id", DiagArg::name(&x.id)),
                    ("opens", DiagArg::year(x.opens)),
                    ("now", DiagArg::year(school_year_now)),
                ],
            )
        })
        .collect()
}

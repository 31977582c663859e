use std::collections::{HashMap, HashSet};

use super::assumptions::validate_assumptions;
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
        out.push(
            Diagnostic::error(
                Subject::Scenario,
                Some("format"),
                format!(
                    "format {} is not supported: this version of seatplan reads format 1 files; \
                 set `format: 1` or open the file with a newer seatplan",
                    s.format
                ),
            )
            .with_code(
                "diag-format",
                vec![("format", DiagArg::Number(i64::from(s.format)))],
            ),
        );
    }
    if s.base_year > s.horizon {
        out.push(
            Diagnostic::error(
                Subject::Scenario,
                Some("horizon"),
                format!(
                    "base_year {} is after horizon {}: the horizon is the last year shown and \
                 must not be before the first",
                    s.base_year, s.horizon
                ),
            )
            .with_code(
                "diag-base-after-horizon",
                vec![
                    ("base", DiagArg::Year(i64::from(s.base_year))),
                    ("horizon", DiagArg::Year(i64::from(s.horizon))),
                ],
            ),
        );
    } else if i64::from(s.horizon) - i64::from(s.base_year) > i64::from(MAX_HORIZON_SPAN) {
        out.push(
            Diagnostic::error(
                Subject::Scenario,
                Some("horizon"),
                format!(
                    "horizon {} is more than {MAX_HORIZON_SPAN} years after base_year {}: \
                 choose a horizon up to {}",
                    s.horizon,
                    s.base_year,
                    i64::from(s.base_year) + i64::from(MAX_HORIZON_SPAN)
                ),
            )
            .with_code(
                "diag-horizon-too-far",
                vec![
                    ("horizon", DiagArg::Year(i64::from(s.horizon))),
                    ("base", DiagArg::Year(i64::from(s.base_year))),
                    (
                        "max",
                        DiagArg::Year(i64::from(s.base_year) + i64::from(MAX_HORIZON_SPAN)),
                    ),
                ],
            ),
        );
    }
}

/// `[a-z0-9-]+`: region ids, and district ids too.
pub(super) fn is_valid_region_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn validate_regions(s: &Scenario, out: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(s.regions.len());
    for (index, r) in s.regions.iter().enumerate() {
        let subject = Subject::Region {
            index,
            id: r.id.clone(),
        };
        if !is_valid_region_id(&r.id) {
            out.push(
                Diagnostic::error(
                    subject.clone(),
                    Some("id"),
                    format!(
                        "region id {:?} may contain only lowercase latin letters, digits and \
                     hyphens (for example \"almaty-city\")",
                        r.id
                    ),
                )
                .with_code("diag-region-id", vec![("id", DiagArg::Text(r.id.clone()))]),
            );
        }
        if let Some(first) = seen.insert(&r.id, index) {
            out.push(
                Diagnostic::error(
                    subject.clone(),
                    Some("id"),
                    format!(
                        "region id {:?} is used twice (regions {} and {}): give each region its \
                     own id",
                        r.id,
                        first + 1,
                        index + 1
                    ),
                )
                .with_code(
                    "diag-region-duplicate",
                    vec![
                        ("id", DiagArg::Text(r.id.clone())),
                        ("first", DiagArg::Year(first as i64 + 1)),
                        ("second", DiagArg::Year(index as i64 + 1)),
                    ],
                ),
            );
        }
        if r.name.is_empty() {
            out.push(
                Diagnostic::error(
                    subject.clone(),
                    Some("name"),
                    format!(
                        "region {:?} has no name: give at least one of kk, ru, en",
                        r.id
                    ),
                )
                .with_code(
                    "diag-region-no-name",
                    vec![("id", DiagArg::Text(r.id.clone()))],
                ),
            );
        }
        deficit_source(r, &subject, out);
        deficit_coverage(s, r, &subject, out);
        region_demand(s, r, &subject, out);
        validate_region_districts(s, index, r, out);
    }
}

/// DESIGN 3.1: a region's deficit comes from exactly one of `deficit`,
/// `demand` and `districts`. The one place that rule lives.
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
        [] => out.push(
            Diagnostic::error(
                subject.clone(),
                Some("id"),
                format!(
                    "region {:?} has no deficit: give one of deficit (an estimate), demand \
                     (pupils and capacity) or districts",
                    r.id
                ),
            )
            .with_code(
                "diag-region-no-source",
                vec![("id", DiagArg::Text(r.id.clone()))],
            ),
        ),
        [.., second] => {
            let list = given.join(", ");
            out.push(
                Diagnostic::error(
                    subject.clone(),
                    Some(second),
                    format!(
                        "region {:?} has {list}; keep exactly one of deficit, demand and districts",
                        r.id
                    ),
                )
                .with_code(
                    "diag-region-several-sources",
                    vec![
                        ("id", DiagArg::Text(r.id.clone())),
                        ("fields", DiagArg::Text(list)),
                    ],
                ),
            );
        }
    }
}

/// The problems of a region's demand (DESIGN 3.2), pointed at the value.
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
            out.push(
                Diagnostic::error(
                    subject.clone(),
                    Some("id"),
                    format!(
                        "school id {id:?} is used twice (schools {} and {}): give each school its \
                     own id",
                        first + 1,
                        index + 1
                    ),
                )
                .with_code(
                    "diag-school-duplicate",
                    vec![
                        ("id", DiagArg::Text(id.clone())),
                        ("first", DiagArg::Year(first as i64 + 1)),
                        ("second", DiagArg::Year(index as i64 + 1)),
                    ],
                ),
            );
        }
        if !regions.contains(school.region.as_str()) {
            out.push(
                Diagnostic::error(
                    subject.clone(),
                    Some("region"),
                    format!(
                        "school {id:?} is in region {:?}, which is not in this file: use one of \
                     the region ids listed under `regions`",
                        school.region
                    ),
                )
                .with_code(
                    "diag-school-region",
                    vec![
                        ("id", DiagArg::Text(id.clone())),
                        ("region", DiagArg::Text(school.region.clone())),
                    ],
                ),
            );
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
                out.push(
                    Diagnostic::warning(
                        subject.clone(),
                        Some("deficit"),
                        format!(
                            "region {:?}: the deficit estimate starts in {first}, after \
                         base_year {}; {}–{} are held flat at the {first} value ({first_value})",
                            r.id,
                            s.base_year,
                            s.base_year,
                            first - 1
                        ),
                    )
                    .with_code(
                        "diag-deficit-starts-late",
                        vec![
                            ("id", DiagArg::Text(r.id.clone())),
                            ("first", DiagArg::Year(i64::from(first))),
                            ("base", DiagArg::Year(i64::from(s.base_year))),
                            ("until", DiagArg::Year(i64::from(first) - 1)),
                            ("value", DiagArg::Number(*first_value)),
                        ],
                    ),
                );
            }
            if last < s.horizon {
                out.push(
                    Diagnostic::warning(
                        subject.clone(),
                        Some("deficit"),
                        format!(
                            "region {:?}: the deficit estimate ends in {last}, before horizon \
                         {}; it is held flat at the {last} value ({last_value}) from {} to {}",
                            r.id,
                            s.horizon,
                            last + 1,
                            s.horizon
                        ),
                    )
                    .with_code(
                        "diag-deficit-ends-early",
                        vec![
                            ("id", DiagArg::Text(r.id.clone())),
                            ("last", DiagArg::Year(i64::from(last))),
                            ("horizon", DiagArg::Year(i64::from(s.horizon))),
                            ("from", DiagArg::Year(i64::from(last) + 1)),
                            ("value", DiagArg::Number(*last_value)),
                        ],
                    ),
                );
            }
        }
        _ => out.push(
            Diagnostic::error(
                subject.clone(),
                Some("deficit"),
                format!(
                    "region {:?} has an empty deficit estimate: give at least one year, for \
                 example `deficit: {{{}: 10000}}`",
                    r.id, s.base_year
                ),
            )
            .with_code(
                "diag-deficit-empty",
                vec![
                    ("id", DiagArg::Text(r.id.clone())),
                    ("base", DiagArg::Year(i64::from(s.base_year))),
                ],
            ),
        ),
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
        out.push(
            Diagnostic::warning(
                subject.clone(),
                Some("opens"),
                format!(
                    "school {id:?} opens in {}, before base_year {}: it is not counted, since \
                 its seats are already reflected in the base-year deficit",
                    school.opens, s.base_year
                ),
            )
            .with_code(
                "diag-opens-before",
                vec![
                    ("id", DiagArg::Text(id.clone())),
                    ("opens", DiagArg::Year(i64::from(school.opens))),
                    ("base", DiagArg::Year(i64::from(s.base_year))),
                ],
            ),
        );
    } else if school.opens > s.horizon {
        out.push(
            Diagnostic::warning(
                subject.clone(),
                Some("opens"),
                format!(
                    "school {id:?} opens in {}, after horizon {}: it is not counted",
                    school.opens, s.horizon
                ),
            )
            .with_code(
                "diag-opens-after",
                vec![
                    ("id", DiagArg::Text(id.clone())),
                    ("opens", DiagArg::Year(i64::from(school.opens))),
                    ("horizon", DiagArg::Year(i64::from(s.horizon))),
                ],
            ),
        );
    }
    if school.seats == 0 {
        out.push(
            Diagnostic::warning(
                subject.clone(),
                Some("seats"),
                format!("school {id:?} has 0 seats: enter its design capacity"),
            )
            .with_code("diag-seats-zero", vec![("id", DiagArg::Text(id.clone()))]),
        );
    } else if school.seats > LARGE_SCHOOL {
        out.push(
            Diagnostic::warning(
                subject.clone(),
                Some("seats"),
                format!(
                    "school {id:?} has {} seats, unusually large (over {LARGE_SCHOOL}): check \
                 the unit (design seats in one shift, not places in two shifts or pupils)",
                    school.seats
                ),
            )
            .with_code(
                "diag-seats-large",
                vec![
                    ("id", DiagArg::Text(id.clone())),
                    ("seats", DiagArg::Number(i64::from(school.seats))),
                    ("limit", DiagArg::Number(i64::from(LARGE_SCHOOL))),
                ],
            ),
        );
    }
    if school.replaces > school.seats {
        out.push(
            Diagnostic::warning(
                subject.clone(),
                Some("replaces"),
                format!(
                    "school {id:?} replaces {} seats but has only {}: opening it reduces \
                 capacity by {}",
                    school.replaces,
                    school.seats,
                    school.replaces - school.seats
                ),
            )
            .with_code(
                "diag-replaces-more",
                vec![
                    ("id", DiagArg::Text(id.clone())),
                    ("replaces", DiagArg::Number(i64::from(school.replaces))),
                    ("seats", DiagArg::Number(i64::from(school.seats))),
                    (
                        "less",
                        DiagArg::Number(i64::from(school.replaces) - i64::from(school.seats)),
                    ),
                ],
            ),
        );
    }
}

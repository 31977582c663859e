//! Consolidating regional scenarios into one, and splitting one into regional
//! scenarios (docs/merge.md).
//!
//! Pure: the inputs arrive already loaded and validated, each with the name of
//! the file it came from, so that every notice and error can name the file.

use std::collections::{BTreeMap, HashMap};

use super::{DiagArg, Region, Scenario, School, SeatUnit, Text};

/// One scenario to merge and the file it came from (shown in messages).
#[derive(Debug, Clone)]
pub struct MergeInput {
    pub source: String,
    pub scenario: Scenario,
}

/// The merged scenario and what the merge changed on the way.
#[derive(Debug, Clone)]
pub struct Merged {
    pub scenario: Scenario,
    pub notices: Vec<MergeNotice>,
    /// For each region of `scenario`, the index of the input it came from.
    pub origins: Vec<usize>,
}

/// Something the merge did that the planner should know about. Not an error:
/// the merged scenario is written all the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeNotice {
    /// A TwoShift input merged into a Design scenario: its seats, replaces,
    /// deficit values and capacities were halved.
    Halved { source: String },
    /// A school id already taken by an earlier school was changed.
    Renamed {
        source: String,
        old_id: String,
        new_id: String,
        /// The file of the school that had the id first.
        taken_by: String,
    },
    /// An input's assumptions differ from the ones the merged scenario keeps.
    AssumptionsDiffer { source: String, used_from: String },
}

/// Why scenarios cannot be merged; nothing should be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeError {
    NoInputs,
    /// An input covers other years than the first input.
    Years {
        source: String,
        base: i32,
        horizon: i32,
        first: String,
        first_base: i32,
        first_horizon: i32,
    },
    /// A region id in two inputs.
    RegionTwice {
        id: String,
        first: String,
        second: String,
    },
}

fn text(s: &str) -> DiagArg {
    DiagArg::Text(s.to_owned())
}

fn year(y: i32) -> DiagArg {
    DiagArg::Year(i64::from(y))
}

impl MergeNotice {
    /// The translation key (`assets/i18n/*/main.ftl`).
    pub fn code(&self) -> &'static str {
        match self {
            MergeNotice::Halved { .. } => "merge-halved",
            MergeNotice::Renamed { .. } => "merge-renamed",
            MergeNotice::AssumptionsDiffer { .. } => "merge-assumptions",
        }
    }

    pub fn args(&self) -> Vec<(&'static str, DiagArg)> {
        match self {
            MergeNotice::Halved { source } => vec![("file", text(source))],
            MergeNotice::Renamed {
                source,
                old_id,
                new_id,
                taken_by,
            } => vec![
                ("file", text(source)),
                ("id", text(old_id)),
                ("new", text(new_id)),
                ("other", text(taken_by)),
            ],
            MergeNotice::AssumptionsDiffer { source, used_from } => {
                vec![("file", text(source)), ("first", text(used_from))]
            }
        }
    }
}

impl MergeError {
    pub fn code(&self) -> &'static str {
        match self {
            MergeError::NoInputs => "merge-no-inputs",
            MergeError::Years { .. } => "merge-years",
            MergeError::RegionTwice { .. } => "merge-region-twice",
        }
    }

    pub fn args(&self) -> Vec<(&'static str, DiagArg)> {
        match self {
            MergeError::NoInputs => Vec::new(),
            MergeError::Years {
                source,
                base,
                horizon,
                first,
                first_base,
                first_horizon,
            } => vec![
                ("file", text(source)),
                ("base", year(*base)),
                ("horizon", year(*horizon)),
                ("first", text(first)),
                ("first-base", year(*first_base)),
                ("first-horizon", year(*first_horizon)),
            ],
            MergeError::RegionTwice { id, first, second } => vec![
                ("id", text(id)),
                ("first", text(first)),
                ("second", text(second)),
            ],
        }
    }
}

/// Its English `Display` is made at the edge, from the translation file
/// (`i18n/diagnostic.rs`): `model` holds no sentence.
impl std::error::Error for MergeError {}

/// Half of a count, rounded to the nearest whole number, halves away from zero.
pub fn halve(v: i64) -> i64 {
    // `v % 2` is -1, 0 or 1 with the sign of `v`: adding it rounds the half
    // away from zero without the overflow of `(v + 1) / 2`.
    v / 2 + v % 2
}

fn halve_u32(v: u32) -> u32 {
    v / 2 + v % 2
}

fn halve_map(map: &mut BTreeMap<i32, i64>) {
    for v in map.values_mut() {
        *v = halve(*v);
    }
}

/// Converts a region counted in places in two shifts to design seats: every
/// written deficit value and every capacity, of the region and its districts.
fn halve_region(r: &mut Region) {
    if let Some(d) = &mut r.deficit {
        halve_map(d);
    }
    if let Some(demand) = &mut r.demand {
        demand.capacity = demand.capacity.map(halve);
    }
    for district in r.districts.iter_mut().flatten() {
        if let Some(d) = &mut district.deficit {
            halve_map(d);
        }
        if let Some(demand) = &mut district.demand {
            demand.capacity = demand.capacity.map(halve);
        }
    }
}

fn halve_school(s: &mut School) {
    s.seats = halve_u32(s.seats);
    s.replaces = halve_u32(s.replaces);
}

/// The name of a merge without `--name`: the first input's, then " + N more"
/// (in each language the first input's name is given in).
pub fn default_name(inputs: &[MergeInput]) -> Text {
    match inputs {
        [] => Text::default(),
        [only] => only.scenario.name.clone(),
        [first, rest @ ..] => first
            .scenario
            .name
            .map(|_, name| format!("{name} + {} more", rest.len())),
    }
}

/// Merges validated scenarios: regions and schools in input order, TwoShift
/// inputs halved when any input counts design seats, clashing school ids
/// renamed `REGION.ID` (then `-2`, `-3`, ...), the first input's assumptions.
/// Every error is returned at once, so the planner can fix them all.
pub fn merge(inputs: &[MergeInput], name: Option<&str>) -> Result<Merged, Vec<MergeError>> {
    let Some(first) = inputs.first() else {
        return Err(vec![MergeError::NoInputs]);
    };
    check_inputs(inputs)?;

    let unit = if inputs
        .iter()
        .any(|i| i.scenario.seat_unit == SeatUnit::Design)
    {
        SeatUnit::Design
    } else {
        SeatUnit::TwoShift
    };
    let mut notices = Vec::new();
    let assumptions = pick_assumptions(inputs, &mut notices);

    let mut regions = Vec::with_capacity(inputs.iter().map(|i| i.scenario.regions.len()).sum());
    let mut origins = Vec::with_capacity(regions.capacity());
    let mut schools = Vec::with_capacity(inputs.iter().map(|i| i.scenario.schools.len()).sum());
    // Every school id placed so far and the input that placed it.
    let mut taken: HashMap<String, usize> = HashMap::with_capacity(schools.capacity());
    let mut existing = Vec::new();
    for (index, input) in inputs.iter().enumerate() {
        let halved = input.scenario.seat_unit != unit;
        if halved {
            notices.push(MergeNotice::Halved {
                source: input.source.clone(),
            });
        }
        for r in &input.scenario.regions {
            let mut r = r.clone();
            if halved {
                halve_region(&mut r);
            }
            regions.push(r);
            origins.push(index);
        }
        // Existing schools follow their region; ids are unique among
        // existing and planned schools alike, so they share `taken`, and a
        // renamed one is renamed in the `replaces_existing` that name it.
        let mut renamed: HashMap<String, String> = HashMap::new();
        for e in &input.scenario.existing {
            let mut e = e.clone();
            if halved {
                e.capacity = halve(e.capacity);
            }
            if let Some(&owner) = taken.get(&e.id) {
                let new_id = free_id(&taken, &e.region, &e.id);
                let old_id = std::mem::replace(&mut e.id, new_id.clone());
                renamed.insert(old_id.clone(), new_id.clone());
                notices.push(MergeNotice::Renamed {
                    source: input.source.clone(),
                    old_id,
                    new_id,
                    taken_by: inputs[owner].source.clone(),
                });
            }
            taken.insert(e.id.clone(), index);
            existing.push(e);
        }
        for s in &input.scenario.schools {
            let mut s = s.clone();
            if halved {
                halve_school(&mut s);
            }
            if let Some(new_id) = s.replaces_existing.as_ref().and_then(|id| renamed.get(id)) {
                s.replaces_existing = Some(new_id.clone());
            }
            if let Some(&owner) = taken.get(&s.id) {
                let new_id = free_id(&taken, &s.region, &s.id);
                notices.push(MergeNotice::Renamed {
                    source: input.source.clone(),
                    old_id: std::mem::replace(&mut s.id, new_id.clone()),
                    new_id,
                    taken_by: inputs[owner].source.clone(),
                });
            }
            taken.insert(s.id.clone(), index);
            schools.push(s);
        }
    }

    let scenario = Scenario {
        format: 1,
        name: name.map_or_else(|| default_name(inputs), Text::from),
        description: None,
        base_year: first.scenario.base_year,
        horizon: first.scenario.horizon,
        seat_unit: unit,
        assumptions,
        regions,
        schools,
        existing,
        review: None,
    };
    Ok(Merged {
        scenario,
        notices,
        origins,
    })
}

/// Same years everywhere, and each region id in one input only.
fn check_inputs(inputs: &[MergeInput]) -> Result<(), Vec<MergeError>> {
    let mut errors = Vec::new();
    let Some(first) = inputs.first() else {
        return Err(vec![MergeError::NoInputs]);
    };
    let (fb, fh) = (first.scenario.base_year, first.scenario.horizon);
    for input in &inputs[1..] {
        let (b, h) = (input.scenario.base_year, input.scenario.horizon);
        if (b, h) != (fb, fh) {
            errors.push(MergeError::Years {
                source: input.source.clone(),
                base: b,
                horizon: h,
                first: first.source.clone(),
                first_base: fb,
                first_horizon: fh,
            });
        }
    }
    let mut owner: HashMap<&str, usize> = HashMap::new();
    for (index, input) in inputs.iter().enumerate() {
        for r in &input.scenario.regions {
            match owner.get(r.id.as_str()) {
                // A duplicate inside one file is the validator's to report.
                Some(&first) if first != index => errors.push(MergeError::RegionTwice {
                    id: r.id.clone(),
                    first: inputs[first].source.clone(),
                    second: input.source.clone(),
                }),
                Some(_) => {}
                None => {
                    owner.insert(&r.id, index);
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// `REGION.ID`, or `REGION.ID-2`, `-3`, ... when that is taken too.
fn free_id(taken: &HashMap<String, usize>, region: &str, id: &str) -> String {
    let base = format!("{region}.{id}");
    if !taken.contains_key(&base) {
        return base;
    }
    (2u64..)
        .map(|n| format!("{base}-{n}"))
        .find(|candidate| !taken.contains_key(candidate))
        .unwrap_or(base)
}

/// The assumptions of the first input that has them; a notice for every other
/// input whose assumptions differ.
fn pick_assumptions(
    inputs: &[MergeInput],
    notices: &mut Vec<MergeNotice>,
) -> Option<super::Assumptions> {
    let (first_index, chosen) = inputs
        .iter()
        .enumerate()
        .find_map(|(i, input)| input.scenario.assumptions.as_ref().map(|a| (i, a)))?;
    for input in &inputs[first_index + 1..] {
        if input
            .scenario
            .assumptions
            .as_ref()
            .is_some_and(|a| a != chosen)
        {
            notices.push(MergeNotice::AssumptionsDiffer {
                source: input.source.clone(),
                used_from: inputs[first_index].source.clone(),
            });
        }
    }
    Some(chosen.clone())
}

/// One scenario per region, in file order, each with that region's schools
/// and the same years, unit, description and assumptions. Named after the
/// scenario and the region, so that the files say where they came from.
pub fn split(s: &Scenario) -> Vec<Scenario> {
    let mut by_region: HashMap<&str, Vec<School>> = HashMap::with_capacity(s.regions.len());
    for school in &s.schools {
        by_region
            .entry(school.region.as_str())
            .or_default()
            .push(school.clone());
    }
    let mut stock: HashMap<&str, Vec<super::Existing>> = HashMap::new();
    for e in &s.existing {
        stock.entry(e.region.as_str()).or_default().push(e.clone());
    }
    s.regions
        .iter()
        .map(|r| Scenario {
            format: s.format,
            name: s
                .name
                .map(|lang, name| format!("{name} — {}", r.name.get(lang))),
            description: s.description.clone(),
            base_year: s.base_year,
            horizon: s.horizon,
            seat_unit: s.seat_unit,
            assumptions: s.assumptions.clone(),
            regions: vec![r.clone()],
            schools: by_region.remove(r.id.as_str()).unwrap_or_default(),
            existing: stock.remove(r.id.as_str()).unwrap_or_default(),
            review: None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_round_away_from_zero() {
        assert_eq!(halve(0), 0);
        assert_eq!(halve(1), 1);
        assert_eq!(halve(2), 1);
        assert_eq!(halve(3), 2);
        assert_eq!(halve(-3), -2);
        assert_eq!(halve(-4), -2);
        assert_eq!(halve(i64::MAX), i64::MAX / 2 + 1);
        assert_eq!(halve(i64::MIN), i64::MIN / 2);
        assert_eq!(halve_u32(u32::MAX), u32::MAX / 2 + 1);
    }
}

//! Giving the new schools ids and checking them against the scenario.

use std::collections::{HashMap, HashSet};

use super::SheetImport;
use super::fields::Field;
use super::problems::{Problem, problem, text};
use crate::model::{DiagArg, Region, Scenario, Severity, Subject, validate};

/// Checks ids from the sheet against the scenario and each other, and gives
/// rows without one `REGION-OPENS-NN`, unique in the file.
pub(super) fn assign_ids(scenario: &Scenario, region: &Region, out: &mut SheetImport) {
    let existing: HashSet<&str> = scenario.schools.iter().map(|s| s.id.as_str()).collect();
    let id_col = out.mapping.get(Field::Id);
    let mut seen: HashMap<String, usize> = HashMap::new();
    for r in &mut out.rows {
        let Some(school) = r.school.as_mut().filter(|s| !s.id.is_empty()) else {
            continue;
        };
        let cell = id_col.map(|c| (r.row, c));
        if existing.contains(school.id.as_str()) {
            out.problems.push(problem(
                Severity::Error,
                cell,
                Some(Field::Id),
                "import-id-taken",
                vec![("id", text(school.id.clone()))],
            ));
            r.has_error = true;
        } else if let Some(first) = seen.get(&school.id) {
            out.problems.push(problem(
                Severity::Error,
                cell,
                Some(Field::Id),
                "import-id-twice",
                vec![
                    ("id", text(school.id.clone())),
                    ("row", DiagArg::Year(*first as i64 + 1)),
                ],
            ));
            r.has_error = true;
        } else {
            seen.insert(school.id.clone(), r.row);
        }
    }
    let mut taken: HashSet<String> = existing.iter().map(|s| (*s).to_owned()).collect();
    taken.extend(seen.into_keys());
    let mut next: HashMap<i32, u32> = HashMap::new();
    for school in out.rows.iter_mut().filter_map(|r| r.school.as_mut()) {
        if !school.id.is_empty() {
            continue;
        }
        let n = next.entry(school.opens).or_insert(0);
        let id = loop {
            *n += 1;
            let candidate = format!("{}-{}-{:02}", region.id, school.opens, n);
            if !taken.contains(&candidate) {
                break candidate;
            }
        };
        taken.insert(id.clone());
        school.id = id;
    }
}

/// Runs the scenario's own validation with the new schools added and puts
/// what it says about them on their cells (a school over 5 000 seats, one
/// opening before the first year, ...).
pub(super) fn check_with_scenario(scenario: &Scenario, out: &mut SheetImport) {
    let first_new = scenario.schools.len();
    let mut trial = scenario.clone();
    let mut rows_of = Vec::new();
    for (i, r) in out.rows.iter().enumerate() {
        if let Some(s) = r.school.as_ref().filter(|_| !r.has_error) {
            trial.schools.push(s.clone());
            rows_of.push(i);
        }
    }
    for d in validate(&trial) {
        let Subject::School { index, .. } = d.subject else {
            continue;
        };
        let Some(&i) = index.checked_sub(first_new).and_then(|k| rows_of.get(k)) else {
            continue;
        };
        let row = &mut out.rows[i];
        let col = d
            .field
            .and_then(Field::from_key)
            .and_then(|f| out.mapping.get(f))
            .or_else(|| out.mapping.get(Field::Name));
        if d.is_error() {
            row.has_error = true;
        }
        out.problems.push(Problem {
            cell: col.map(|c| (row.row, c)),
            diagnostic: d,
        });
    }
    out.problems
        .sort_by_key(|p| p.cell.map(|(r, c)| (r + 1, c)));
}

//! Demand in the window: switching a region between a typed deficit and a
//! demand, and pasting a spreadsheet column into a births, pupils or grades
//! table. Both are one command and one undo step.

use std::collections::BTreeMap;

use super::{NoticeLevel, SeatplanApp};
use crate::i18n::{Arg, parse_int, tr_args};
use crate::model::{Demand, Region, Scenario};

/// The table of a demand a paste fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemandTable {
    Births,
    Pupils,
    /// One school year's grades, grade 1 first.
    Grades,
}

/// The whole numbers in text copied from a spreadsheet: cells separated by
/// tabs (a row) or line breaks (a column), grouped as planners write them
/// (`1 200`, `1 200` with a no-break space, `1,200`). Empty cells are
/// skipped; `Err` names the first cell that is not a whole number.
pub fn parse_cells(text: &str) -> Result<Vec<i64>, String> {
    text.split(['\t', '\n', '\r', ';'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(|c| parse_int(c).ok_or_else(|| c.to_owned()))
        .collect()
}

/// A new demand for a region that had a typed deficit: totals only, one
/// school year with no pupils yet. Validation then says what to enter
/// (births for the cohorts of that year), in the planner's language.
pub fn starter_demand(s: &Scenario) -> Demand {
    Demand {
        capacity: 0,
        shifts: 2,
        pupils: Some(BTreeMap::from([(s.base_year, 0)])),
        ..Demand::default()
    }
}

/// The typed deficit a region keeps when it leaves its demand: the deficit
/// the demand gave for each year shown, so the projection does not change.
fn deficit_from(rows: &[crate::model::YearRow], base_year: i32) -> BTreeMap<i32, i64> {
    let map: BTreeMap<i32, i64> = rows.iter().map(|r| (r.year, r.deficit)).collect();
    if map.is_empty() {
        BTreeMap::from([(base_year, 0)])
    } else {
        map
    }
}

impl SeatplanApp {
    /// A region with a demand gets a typed deficit (the figures the demand
    /// gave), a region with a typed deficit gets a starter demand.
    pub(super) fn switch_deficit_source(&mut self, r: usize) {
        let s = self.doc.scenario();
        let Some(region) = s.regions.get(r) else {
            return;
        };
        let mut edited: Region = region.clone();
        if edited.demand.is_some() {
            let rows = self
                .derived
                .projection
                .regions
                .get(r)
                .map_or(&[][..], |p| &p.rows[..]);
            edited.deficit = Some(deficit_from(rows, s.base_year));
            edited.demand = None;
        } else {
            edited.demand = Some(starter_demand(s));
            edited.deficit = None;
        }
        self.doc.edit(None, |s| {
            if let Some(slot) = s.regions.get_mut(r) {
                *slot = edited;
            }
        });
    }

    /// Fills a demand table from pasted cells: births or pupils in
    /// consecutive years from `start`, or the grades of school year `start`.
    pub(super) fn paste_demand(&mut self, r: usize, table: DemandTable, start: i32, text: &str) {
        let cells = match parse_cells(text) {
            Ok(cells) if !cells.is_empty() => cells,
            Ok(_) => return,
            Err(cell) => {
                self.notify(
                    NoticeLevel::Error,
                    tr_args("paste-not-a-number", &[("cell", Arg::from(cell))]),
                );
                return;
            }
        };
        let Some(demand) = self
            .doc
            .scenario()
            .regions
            .get(r)
            .and_then(|region| region.demand.clone())
        else {
            return;
        };
        let mut demand = demand;
        let years = (start..).zip(cells.iter().copied());
        match table {
            DemandTable::Births => demand.births.extend(years),
            DemandTable::Pupils => demand.pupils.get_or_insert_default().extend(years),
            DemandTable::Grades => {
                demand.grades.get_or_insert_default().insert(start, cells);
            }
        }
        self.doc.edit(None, |s| {
            if let Some(region) = s.regions.get_mut(r) {
                region.demand = Some(demand);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_from_a_spreadsheet_column_or_row() {
        // A column copied from a spreadsheet ends with a line break; Kazakh
        // and Russian sheets group thousands with a (no-break) space.
        assert_eq!(
            parse_cells("1 200\n1\u{a0}350\r\n1\u{202f}400\n"),
            Ok(vec![1200, 1350, 1400])
        );
        assert_eq!(
            parse_cells("41000\t39000\t38 500"),
            Ok(vec![41000, 39000, 38500])
        );
        assert_eq!(parse_cells("12,000\n\n13,500"), Ok(vec![12000, 13500]));
        assert_eq!(parse_cells("1 200\nn/a\n3"), Err("n/a".to_owned()));
        assert_eq!(parse_cells(""), Ok(vec![]));
    }
}

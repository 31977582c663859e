//! Demand in the window: switching a region, or a district of one, between a
//! typed deficit and a demand, and pasting a spreadsheet column into a
//! births, pupils, grades or dwellings table. Each is one command and one undo step.

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
    /// Dwellings completed per calendar year (the housing programme, begun
    /// with the illustrative yield if the demand has none).
    Dwellings,
}

/// The whole numbers in text copied from a spreadsheet: cells separated by
/// tabs (a row) or line breaks (a column), grouped as planners write them
/// (`1 200`, `1 200` with a no-break space, `1,200`). Empty cells are
/// skipped; `Err` names the first cell that is not a whole number.
pub fn parse_cells(text: &str) -> Result<Vec<i64>, NotANumber> {
    text.split(['\t', '\n', '\r', ';'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(|c| parse_int(c).ok_or_else(|| NotANumber { cell: c.to_owned() }))
        .collect()
}

/// A pasted cell that is not a whole number, as it was pasted; the window
/// names it in the planner's language (`paste-not-a-number`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotANumber {
    pub cell: String,
}

/// A new demand for a region that had a typed deficit: totals only, one
/// school year with no pupils yet. Validation then says what to enter
/// (births for the cohorts of that year), in the planner's language.
pub fn starter_demand(s: &Scenario) -> Demand {
    Demand {
        capacity: Some(0),
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

/// Whose deficit source an edit changes: region `region` planned as a whole
/// (`district: None`), or one district of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    pub region: usize,
    pub district: Option<usize>,
}

impl Unit {
    pub fn region(region: usize) -> Self {
        Unit {
            region,
            district: None,
        }
    }

    pub fn district(region: usize, district: usize) -> Self {
        Unit {
            region,
            district: Some(district),
        }
    }
}

/// A unit's typed deficit and its demand (exactly one is set in a clean file).
type Slots<'a> = (&'a mut Option<BTreeMap<i32, i64>>, &'a mut Option<Demand>);

/// The deficit and demand of a planning unit, to read or to change.
fn slots(s: &mut Scenario, unit: Unit) -> Option<Slots<'_>> {
    let region: &mut Region = s.regions.get_mut(unit.region)?;
    match unit.district {
        None => Some((&mut region.deficit, &mut region.demand)),
        Some(d) => {
            let district = region.districts.as_mut()?.get_mut(d)?;
            Some((&mut district.deficit, &mut district.demand))
        }
    }
}

impl SeatplanApp {
    /// A unit with a demand gets a typed deficit (the figures the demand
    /// gave), a unit with a typed deficit gets a starter demand.
    pub(super) fn switch_deficit_source(&mut self, unit: Unit) {
        let s = self.doc.scenario();
        let base_year = s.base_year;
        let starter = starter_demand(s);
        let projected = self.derived.projection.regions.get(unit.region);
        let rows = match unit.district {
            None => projected.map(|p| &p.rows[..]),
            Some(d) => projected
                .and_then(|p| p.districts.get(d))
                .map(|p| &p.rows[..]),
        };
        let deficit = deficit_from(rows.unwrap_or_default(), base_year);
        self.doc.edit(None, |s| {
            let Some((typed, demand)) = slots(s, unit) else {
                return;
            };
            if demand.is_some() {
                *typed = Some(deficit);
                *demand = None;
            } else {
                *demand = Some(starter);
                *typed = None;
            }
        });
    }

    /// Fills a demand table from pasted cells: births or pupils in
    /// consecutive years from `start`, or the grades of school year `start`.
    pub(super) fn paste_demand(&mut self, unit: Unit, table: DemandTable, start: i32, text: &str) {
        let cells = match parse_cells(text) {
            Ok(cells) if !cells.is_empty() => cells,
            Ok(_) => return,
            Err(NotANumber { cell }) => {
                self.notify(
                    NoticeLevel::Error,
                    tr_args("paste-not-a-number", &[("cell", Arg::from(cell))]),
                );
                return;
            }
        };
        self.doc.edit(None, |s| {
            let Some((_, Some(demand))) = slots(s, unit) else {
                return;
            };
            let years = (start..).zip(cells.iter().copied());
            match table {
                DemandTable::Births => demand.births.extend(years),
                DemandTable::Pupils => demand.pupils.get_or_insert_default().extend(years),
                DemandTable::Grades => {
                    demand.grades.get_or_insert_default().insert(start, cells);
                }
                DemandTable::Dwellings => demand
                    .housing
                    .get_or_insert_with(crate::model::Housing::starter)
                    .dwellings
                    .extend(years),
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
        assert_eq!(
            parse_cells("1 200\nn/a\n3"),
            Err(NotANumber {
                cell: "n/a".to_owned()
            })
        );
        assert_eq!(parse_cells(""), Ok(vec![]));
    }
}

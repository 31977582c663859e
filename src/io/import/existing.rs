//! Importing existing schools (the school stock) from a census table, as the
//! national education database and akimat tables give it: name, design
//! capacity, pupils of one or more census years, emergency and adobe flags
//! (docs/scenario-format.md, "Existing schools" and "Spreadsheets").
//!
//! Reads like the planned-school import (header row among the first rows,
//! kk/ru/en headers, grouped numbers, every problem at its cell) but maps
//! its own columns; `--map` names them by the keys of [`StockColumn::key`],
//! written as for planned schools (a letter, a header text, or nothing).

use std::collections::{BTreeMap, HashSet};

use super::fields::MapTarget;
use super::grid::CellValue;
use super::problems::{self, Problem, problem, text};
use super::stock_columns::{StockColumn, stock_column, year_in};
use super::words::{self, ValueError, normalise};
use super::{Grid, HEADER_SEARCH_ROWS, ImportError, Workbook, parse_seats_text};
use crate::model::{Condition, DiagArg, Existing, Region, Scenario, Severity, Text};

/// What an import of existing schools would do.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StockImport {
    pub sheet: String,
    pub header_row: Option<usize>,
    /// `(column, field)` in column order.
    pub columns: Vec<(usize, StockColumn)>,
    /// The schools of the rows without errors, in sheet order.
    pub schools: Vec<Existing>,
    /// Rows with an error, left out.
    pub bad_rows: usize,
    pub problems: Vec<Problem>,
}

impl StockImport {
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }

    /// Errors that stop the whole import, even with `--skip-bad`.
    pub fn has_sheet_errors(&self) -> bool {
        problems::has_sheet_errors(&self.problems, self.header_row)
    }

    /// The field read from column `col` (0-based), if any.
    pub fn field_of(&self, col: usize) -> Option<StockColumn> {
        self.columns
            .iter()
            .find(|(c, _)| *c == col)
            .map(|(_, f)| *f)
    }

    fn column(&self, want: StockColumn) -> Option<usize> {
        self.columns
            .iter()
            .find(|(_, f)| *f == want)
            .map(|(c, _)| *c)
    }
}

/// Works out the import of `wb`'s sheet as existing schools of `region`;
/// `year` is the census year of a pupils column whose header has none;
/// `overrides` are the planner's column choices, over what the headers say.
pub fn plan_existing(
    wb: &Workbook,
    scenario: &Scenario,
    region: &str,
    year: Option<i32>,
    overrides: &[(StockColumn, MapTarget)],
) -> Result<StockImport, ImportError> {
    let region = scenario
        .regions
        .iter()
        .find(|r| r.id == region)
        .ok_or_else(|| ImportError::NoSuchRegion {
            region: region.to_owned(),
            regions: scenario.regions.iter().map(|r| r.id.clone()).collect(),
        })?;
    let grid = &wb.grid;
    let mut out = StockImport {
        sheet: grid.sheet.clone(),
        ..StockImport::default()
    };
    let width = grid.width();
    let Some(header_row) = header_row(grid, width, overrides) else {
        out.problems.push(problem(
            Severity::Error,
            None,
            None,
            "import-existing-no-header",
            vec![("rows", DiagArg::Year(HEADER_SEARCH_ROWS as i64))],
        ));
        return Ok(out);
    };
    out.header_row = Some(header_row);
    map_columns(grid, width, header_row, (year, overrides), &mut out);
    if out.has_sheet_errors() {
        return Ok(out);
    }
    let mut taken: HashSet<String> = scenario
        .schools
        .iter()
        .map(|s| s.id.clone())
        .chain(scenario.existing.iter().map(|e| e.id.clone()))
        .collect();
    let mut next = 1usize;
    for row in header_row + 1..grid.rows.len() {
        let before = out.problems.len();
        let Some(mut school) = read_row(grid, row, region, &mut out) else {
            continue;
        };
        if out.problems[before..].iter().any(Problem::is_error) {
            out.bad_rows += 1;
            continue;
        }
        if school.id.is_empty() {
            school.id = loop {
                let id = format!("{}-e{next:02}", region.id);
                next += 1;
                if !taken.contains(&id) {
                    break id;
                }
            };
        } else if taken.contains(&school.id) {
            let col = out.column(StockColumn::Id).unwrap_or(0);
            out.problems.push(problem(
                Severity::Error,
                Some((row, col)),
                None,
                "import-id-taken",
                vec![("id", text(school.id.clone()))],
            ));
            out.bad_rows += 1;
            continue;
        }
        taken.insert(school.id.clone());
        out.schools.push(school);
    }
    Ok(out)
}

/// The row among the first [`HEADER_SEARCH_ROWS`] whose cells name the most
/// columns (at least two, or one the planner named by header text).
fn header_row(grid: &Grid, width: usize, overrides: &[(StockColumn, MapTarget)]) -> Option<usize> {
    let named: Vec<String> = overrides
        .iter()
        .filter_map(|(_, t)| match t {
            MapTarget::Header(h) => Some(normalise(h)),
            _ => None,
        })
        .collect();
    let mut best: Option<(usize, usize)> = None;
    for row in 0..grid.rows.len().min(HEADER_SEARCH_ROWS) {
        let cells: Vec<String> = (0..width).map(|c| grid.cell(row, c).display()).collect();
        let found: HashSet<StockColumn> = cells.iter().filter_map(|h| stock_column(h)).collect();
        let by_name = cells
            .iter()
            .filter(|h| named.contains(&normalise(h)))
            .count();
        let score = found.len() + 2 * by_name;
        if score >= 2 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, row));
        }
    }
    best.map(|(_, row)| row)
}

fn map_columns(
    grid: &Grid,
    width: usize,
    header_row: usize,
    (year, overrides): (Option<i32>, &[(StockColumn, MapTarget)]),
    out: &mut StockImport,
) {
    let header = |col: usize| grid.cell(header_row, col).display();
    // A pupils column without a year in its header takes `--year`.
    let with_year = |col: usize, column: StockColumn, out: &mut StockImport| match column {
        StockColumn::Pupils(None) => {
            let y = year_in(&normalise(&header(col))).or(year);
            if y.is_none() {
                out.problems.push(problem(
                    Severity::Error,
                    Some((header_row, col)),
                    None,
                    "import-existing-no-year",
                    vec![("value", text(header(col)))],
                ));
            }
            y.map(|y| StockColumn::Pupils(Some(y)))
        }
        other => Some(other),
    };
    // The planner's choices first, so the headers fill in only the rest.
    let mut chosen: Vec<(usize, StockColumn)> = Vec::new();
    for (field, target) in overrides {
        chosen.retain(|(_, f)| !field.covers(*f));
        let col = match target {
            MapTarget::Column(c) => Some(*c),
            MapTarget::Ignore => None,
            MapTarget::Header(h) => {
                let want = normalise(h);
                let found = (0..width).find(|&c| normalise(&header(c)) == want);
                if found.is_none() {
                    out.problems.push(problem(
                        Severity::Error,
                        None,
                        None,
                        "import-map-no-column",
                        vec![
                            ("field", text(field.key())),
                            ("column", text(h.clone())),
                            ("row", DiagArg::Year(header_row as i64 + 1)),
                        ],
                    ));
                }
                found
            }
        };
        if let Some(col) = col
            && let Some(column) = with_year(col, *field, out)
        {
            chosen.retain(|(c, _)| *c != col);
            chosen.push((col, column));
        }
    }
    let taken: HashSet<usize> = chosen.iter().map(|(c, _)| *c).collect();
    let mut seen: HashSet<StockColumn> = chosen.iter().map(|(_, f)| *f).collect();
    for col in (0..width).filter(|c| !taken.contains(c)) {
        let Some(column) = stock_column(&header(col)) else {
            continue;
        };
        if overrides.iter().any(|(f, _)| f.covers(column)) {
            continue;
        }
        let Some(column) = with_year(col, column, out) else {
            continue;
        };
        if overrides.iter().any(|(f, _)| f.covers(column)) {
            continue;
        }
        // The first column of a kind wins; later ones are left alone.
        if seen.insert(column) {
            chosen.push((col, column));
        }
    }
    chosen.sort_by_key(|(c, _)| *c);
    out.columns = chosen;
    for (needed, example) in [
        (StockColumn::Name, "Наименование организации образования"),
        (StockColumn::Capacity, "Проектная мощность"),
    ] {
        if !seen.contains(&needed) {
            out.problems.push(problem(
                Severity::Error,
                None,
                None,
                "import-existing-missing-column",
                vec![("example", text(example))],
            ));
        }
    }
    if !seen.iter().any(|c| matches!(c, StockColumn::Pupils(_))) && !out.has_errors() {
        out.problems.push(problem(
            Severity::Error,
            None,
            None,
            "import-existing-missing-column",
            vec![("example", text("Контингент 2024"))],
        ));
    }
}

/// One data row as an existing school (its id empty when the sheet has
/// none); `None` for an empty or total row.
fn read_row(grid: &Grid, row: usize, region: &Region, out: &mut StockImport) -> Option<Existing> {
    let columns = out.columns.clone();
    if columns.iter().all(|(c, _)| grid.cell(row, *c).is_empty()) {
        return None;
    }
    let mut school = Existing {
        id: String::new(),
        name: Text::default(),
        region: region.id.clone(),
        district: None,
        capacity: 0,
        pupils: BTreeMap::new(),
        condition: None,
        source: None,
    };
    for (col, column) in columns {
        let v = grid.cell(row, col);
        let at = (row, col);
        match column {
            StockColumn::Id => school.id = v.display(),
            StockColumn::Name => {
                let name = v.display();
                if words::is_total_row(&name) {
                    out.problems.push(problem(
                        Severity::Warning,
                        Some(at),
                        None,
                        "import-total-row",
                        vec![("value", text(name))],
                    ));
                    return None;
                }
                if name.is_empty() {
                    out.problems.push(problem(
                        Severity::Error,
                        Some(at),
                        None,
                        "import-empty-name",
                        vec![],
                    ));
                }
                school.name = Text::Plain(name);
            }
            StockColumn::District => school.district = district(v, at, region, out),
            StockColumn::Capacity => {
                if let Some(n) = count(v, at, "import-existing-bad-capacity", out) {
                    if n == 0 {
                        out.problems.push(problem(
                            Severity::Error,
                            Some(at),
                            None,
                            "import-existing-capacity-zero",
                            vec![],
                        ));
                    }
                    school.capacity = i64::from(n);
                }
            }
            StockColumn::Pupils(y) => {
                if let (Some(y), false) = (y, v.is_empty())
                    && let Some(n) = count(v, at, "import-existing-bad-pupils", out)
                {
                    school.pupils.insert(y, i64::from(n));
                }
            }
            StockColumn::Emergency | StockColumn::Adobe => {
                if flag(v, at, out) == Some(true) {
                    let c = if column == StockColumn::Emergency {
                        Condition::Emergency
                    } else {
                        Condition::Adobe
                    };
                    // Emergency wins over adobe: the building must close.
                    if school.condition != Some(Condition::Emergency) {
                        school.condition = Some(c);
                    }
                }
            }
            StockColumn::Condition => {
                if let Some(c) = condition_words(v, at, out)
                    && school.condition.is_none()
                {
                    school.condition = Some(c);
                }
            }
        }
    }
    row_checks(&school, row, region, out);
    Some(school)
}

/// What a whole row must have: pupils of some census year, and a district
/// where the region is planned by district.
fn row_checks(school: &Existing, row: usize, region: &Region, out: &mut StockImport) {
    if school.pupils.is_empty() {
        let col = out
            .columns
            .iter()
            .find(|(_, f)| matches!(f, StockColumn::Pupils(_)))
            .map_or(0, |(c, _)| *c);
        out.problems.push(problem(
            Severity::Error,
            Some((row, col)),
            None,
            "import-existing-no-pupils",
            vec![],
        ));
    }
    if region.districts.is_some()
        && school.district.is_none()
        && out.column(StockColumn::District).is_none()
    {
        out.problems.push(problem(
            Severity::Error,
            Some((row, 0)),
            None,
            "import-no-district",
            vec![
                ("region", text(super::places::region_name(region))),
                ("ids", text(super::places::district_names(region))),
            ],
        ));
    }
}

/// A whole count: grouped digits with an optional unit word, or a number
/// cell. `code` names the column in the message.
fn count(
    v: &CellValue,
    at: (usize, usize),
    code: &'static str,
    out: &mut StockImport,
) -> Option<u32> {
    let result = match v {
        CellValue::Number(n) => words::seats_from_number(*n),
        CellValue::Text(t) => parse_seats_text(t),
        CellValue::Empty => Err(ValueError::NotWhole),
        CellValue::Date(_) => Err(ValueError::NotWhole),
        CellValue::Error(e) => {
            out.problems.push(problem(
                Severity::Error,
                Some(at),
                None,
                "import-error-cell",
                vec![("value", text(e.clone()))],
            ));
            return None;
        }
    };
    result
        .map_err(|_| {
            out.problems.push(problem(
                Severity::Error,
                Some(at),
                None,
                code,
                vec![("value", text(v.display()))],
            ));
        })
        .ok()
}

/// A yes/no cell: да, иә, yes, 1, +, or the state's own word; empty, нет,
/// жоқ, no, 0, − for no.
fn flag(v: &CellValue, at: (usize, usize), out: &mut StockImport) -> Option<bool> {
    let t = normalise(&v.display());
    const YES: [&str; 9] = [
        "да",
        "иә",
        "ия",
        "yes",
        "1",
        "+",
        "аварий",
        "саман",
        "апатты",
    ];
    const NO: [&str; 7] = ["", "нет", "жоқ", "no", "0", "-", "−"];
    if NO.contains(&t.as_str()) {
        Some(false)
    } else if YES
        .iter()
        .any(|w| t == *w || (w.len() > 2 && t.starts_with(w)))
    {
        Some(true)
    } else {
        out.problems.push(problem(
            Severity::Error,
            Some(at),
            None,
            "import-existing-bad-flag",
            vec![("value", text(v.display()))],
        ));
        None
    }
}

/// The state of a building in words; empty is Sound.
fn condition_words(v: &CellValue, at: (usize, usize), out: &mut StockImport) -> Option<Condition> {
    let t = normalise(&v.display());
    let any = |list: &[&str]| list.iter().any(|w| t.contains(w));
    if t.is_empty()
        || any(&[
            "удовлетвор",
            "хорош",
            "норм",
            "исправ",
            "жақсы",
            "қанағат",
            "sound",
            "good",
        ])
    {
        Some(Condition::Sound)
    } else if any(&["аварий", "апатты", "emergency"]) {
        Some(Condition::Emergency)
    } else if any(&["саман", "adobe"]) {
        Some(Condition::Adobe)
    } else {
        out.problems.push(problem(
            Severity::Error,
            Some(at),
            None,
            "import-existing-bad-condition",
            vec![("value", text(v.display()))],
        ));
        None
    }
}

/// A district by id or name; where the region has none, the text as is.
fn district(
    v: &CellValue,
    at: (usize, usize),
    region: &Region,
    out: &mut StockImport,
) -> Option<String> {
    let t = v.display();
    if region.districts.is_none() {
        return (!t.is_empty()).then_some(t);
    }
    if let Some(d) = super::places::find_district(region, &t) {
        return Some(d.id.clone());
    }
    let (code, mut args) = if t.is_empty() {
        ("import-no-district", vec![])
    } else {
        ("import-bad-district", vec![("value", text(t))])
    };
    args.push(("region", text(super::places::region_name(region))));
    args.push(("ids", text(super::places::district_names(region))));
    out.problems
        .push(problem(Severity::Error, Some(at), None, code, args));
    None
}

/// Adds the import's schools to `scenario`. Refused (`None`) when it has
/// errors, unless `skip_bad` and the errors are only in rows.
pub fn apply_existing(
    scenario: &mut Scenario,
    import: &StockImport,
    skip_bad: bool,
) -> Option<usize> {
    if import.has_sheet_errors() || (import.has_errors() && !skip_bad) {
        return None;
    }
    scenario.existing.extend(import.schools.iter().cloned());
    Some(import.schools.len())
}

//! Region-by-year tables as the statistics bureau and the ministry publish
//! them: a title, a units row, a row of (school) years, then one row per
//! region, sometimes in several sections, with "-" for zero, "…" for not
//! available and footnotes below (docs/statistics-tables.md).
//!
//! [`plan_series`] works out, without writing, which region (or district)
//! each row is and which values it gives; [`apply_series`] writes them into
//! the regions' demand or deficit maps.

use std::collections::{BTreeMap, HashSet};

use super::grid::CellValue;
use super::problems::{Problem, problem, text};
use super::region_names::{self, Match};
use super::series_values::{parse_value, school_year, year_span};
use super::words::normalise;
use super::{HEADER_SEARCH_ROWS, ImportError, Workbook};
use crate::model::{DiagArg, Region, Scenario, Severity};

pub use super::series_target::Series;
use super::series_target::{Target, target_of, target_problem, write_values};

/// What to import and into what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesOptions {
    pub series: Series,
    /// The section of the sheet to read (a part of its heading row's text).
    pub section: Option<String>,
    /// Read the rows as districts of this region (id) instead of regions.
    pub district_of: Option<String>,
}

/// One row that matched a region or district, and the values it gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesRow {
    /// 0-based sheet row.
    pub row: usize,
    pub label: String,
    /// The region's id, or the district's id in `--district-of` mode.
    pub id: String,
    pub values: BTreeMap<i32, i64>,
}

/// What an import of a region-by-year table would do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesImport {
    pub sheet: String,
    pub series: Series,
    pub district_of: Option<String>,
    pub base_year: i32,
    /// 0-based row of the years, when found.
    pub year_row: Option<usize>,
    /// `(column, year)`, year = the calendar year or the school year's first.
    pub years: Vec<(usize, i32)>,
    pub label_col: usize,
    /// The sheet's section headings `(row, text)`, and the one read.
    pub sections: Vec<(usize, String)>,
    pub section: Option<usize>,
    pub rows: Vec<SeriesRow>,
    /// Rows that name no region of the file: `(row, label)`.
    pub unmatched: Vec<(usize, String)>,
    /// National (or parent) total rows, recognised and left out.
    pub totals: Vec<usize>,
    pub problems: Vec<Problem>,
}

impl SeriesImport {
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }

    /// How many values an apply would write.
    pub fn value_count(&self) -> usize {
        match self.series {
            Series::Capacity => self.rows.len(),
            _ => self.rows.iter().map(|r| r.values.len()).sum(),
        }
    }
}

/// Words that open a footnote or a note under the table.
const NOTE_WORDS: [&str; 8] = [
    "примечание",
    "ескерту",
    "ескертпе",
    "note",
    "источник",
    "дереккөз",
    "source",
    "сноска",
];

fn is_note(label: &str) -> bool {
    let t = normalise(label);
    let first = t.chars().next();
    first.is_some_and(|c| "*¹²³⁴⁵⁶⁷⁸⁹".contains(c))
        || t.split(['.', ')'])
            .next()
            .is_some_and(|p| !p.is_empty() && p.len() <= 2 && p.chars().all(|c| c.is_ascii_digit()))
            && t.len() > 3
        || NOTE_WORDS.iter().any(|w| t.starts_with(w))
}

/// Works out the import of `wb`'s sheet as the series `options.series`.
/// Pure: nothing is read or written.
pub fn plan_series(
    wb: &Workbook,
    scenario: &Scenario,
    options: &SeriesOptions,
) -> Result<SeriesImport, ImportError> {
    let parent = match &options.district_of {
        Some(id) => Some(
            scenario
                .regions
                .iter()
                .find(|r| r.id == *id)
                .ok_or_else(|| ImportError::NoSuchRegion {
                    region: id.clone(),
                    regions: scenario.regions.iter().map(|r| r.id.clone()).collect(),
                })?,
        ),
        None => None,
    };
    let grid = &wb.grid;
    let mut out = SeriesImport {
        sheet: grid.sheet.clone(),
        series: options.series,
        district_of: options.district_of.clone(),
        base_year: scenario.base_year,
        year_row: None,
        years: Vec::new(),
        label_col: 0,
        sections: Vec::new(),
        section: None,
        rows: Vec::new(),
        unmatched: Vec::new(),
        totals: Vec::new(),
        problems: Vec::new(),
    };
    if wb.legacy_encoding {
        out.problems.push(problem(
            Severity::Warning,
            None,
            None,
            "import-windows-1251",
            vec![],
        ));
    }
    if let Some(p) = parent
        && p.districts.is_none()
    {
        out.problems.push(problem(
            Severity::Error,
            None,
            None,
            "import-series-no-districts",
            vec![("region", text(p.id.clone()))],
        ));
        return Ok(out);
    }
    if !find_years(wb, &mut out) {
        return Ok(out);
    }
    let data_rows = sections_and_rows(wb, &mut out);
    let Some(data_rows) = choose_section(options.section.as_deref(), data_rows, &mut out) else {
        return Ok(out);
    };
    let mut seen: HashSet<usize> = HashSet::new();
    for row in data_rows {
        plan_row(
            wb,
            scenario,
            (parent, options.series),
            row,
            &mut seen,
            &mut out,
        );
    }
    Ok(out)
}

/// Matches one data row to a region (or district) and reads its values
/// into `out`: a total row is set aside, an unmatched one listed.
fn plan_row(
    wb: &Workbook,
    scenario: &Scenario,
    (parent, series): (Option<&Region>, Series),
    row: usize,
    seen: &mut HashSet<usize>,
    out: &mut SeriesImport,
) {
    let grid = &wb.grid;
    let label = grid.cell(row, out.label_col).display();
    let at = Some((row, out.label_col));
    let Some(found) = match_row(&label, scenario, parent) else {
        out.totals.push(row);
        return;
    };
    let ids = |i: usize| match parent {
        Some(p) => p
            .districts
            .as_deref()
            .and_then(|d| d.get(i))
            .map_or_else(String::new, |d| d.id.clone()),
        None => scenario
            .regions
            .get(i)
            .map_or_else(String::new, |r| r.id.clone()),
    };
    let index = match found {
        Match::One(i) => i,
        Match::None => {
            out.unmatched.push((row, label.clone()));
            out.problems.push(problem(
                Severity::Warning,
                at,
                None,
                "import-series-unmatched",
                vec![("value", text(label))],
            ));
            return;
        }
        Match::Ambiguous(all) => {
            out.unmatched.push((row, label.clone()));
            let list: Vec<String> = all.into_iter().map(ids).collect();
            out.problems.push(problem(
                Severity::Warning,
                at,
                None,
                "import-series-ambiguous",
                vec![("value", text(label)), ("ids", text(list.join(", ")))],
            ));
            return;
        }
    };
    let id = ids(index);
    if !seen.insert(index) {
        out.problems.push(problem(
            Severity::Error,
            at,
            None,
            "import-series-twice",
            vec![("value", text(label)), ("id", text(id))],
        ));
        return;
    }
    let target = match parent {
        Some(p) => p
            .districts
            .as_deref()
            .and_then(|d| d.get(index))
            .map(Target::District),
        None => scenario.regions.get(index).map(Target::Region),
    };
    let Some(target) = target else { return };
    if let Some(p) = target_problem(series, &target, at) {
        out.problems.push(p);
        return;
    }
    let values = read_values(wb, row, &label, &target, out);
    if series == Series::Capacity && !values.contains_key(&scenario.base_year) {
        out.problems.push(problem(
            Severity::Error,
            at,
            None,
            "import-series-no-base-year",
            vec![
                ("value", text(label.clone())),
                ("year", DiagArg::Year(i64::from(scenario.base_year))),
            ],
        ));
        return;
    }
    out.rows.push(SeriesRow {
        row,
        label,
        id,
        values,
    });
}

/// How a row's label matches: `None` for a total row (the country's, or
/// the parent region's in a table of its districts).
fn match_row(label: &str, scenario: &Scenario, parent: Option<&Region>) -> Option<Match> {
    match parent {
        Some(p) => {
            if region_names::is_national(label)
                || matches!(
                    region_names::match_region(label, std::slice::from_ref(p)),
                    Match::One(_)
                )
            {
                return None;
            }
            let districts = p.districts.as_deref().unwrap_or_default();
            Some(region_names::match_district(
                label,
                districts.iter().map(|d| &d.name),
            ))
        }
        None => {
            // A file that is the country as one region takes the
            // national row; otherwise it is the total of the others.
            let found = region_names::match_region(label, &scenario.regions);
            if found == Match::None && region_names::is_national(label) {
                return None;
            }
            Some(found)
        }
    }
}

/// Finds the row of years among the first rows: the one with the most
/// cells that read as a year. False (and an error) when none does.
fn find_years(wb: &Workbook, out: &mut SeriesImport) -> bool {
    let grid = &wb.grid;
    let width = grid.width();
    let mut best: Option<(usize, Vec<(usize, i32)>)> = None;
    for row in 0..grid.rows.len().min(HEADER_SEARCH_ROWS) {
        let years: Vec<(usize, i32)> = (0..width)
            .filter_map(|c| school_year(grid.cell(row, c)).map(|y| (c, y)))
            .collect();
        if !years.is_empty() && best.as_ref().is_none_or(|(_, b)| years.len() > b.len()) {
            best = Some((row, years));
        }
    }
    let Some((row, years)) = best else {
        out.problems.push(problem(
            Severity::Error,
            None,
            None,
            "import-series-no-years",
            vec![("rows", DiagArg::Year(HEADER_SEARCH_ROWS as i64))],
        ));
        return false;
    };
    let mut seen = HashSet::new();
    for (col, year) in &years {
        if !seen.insert(*year) {
            out.problems.push(problem(
                Severity::Error,
                Some((row, *col)),
                None,
                "import-series-year-twice",
                vec![("year", DiagArg::Year(i64::from(*year)))],
            ));
        }
    }
    let first = years.first().map_or(0, |(c, _)| *c);
    // The names are in the column left of the years that holds text below
    // them (bureau tables sometimes leave column A empty).
    out.label_col = (0..first)
        .find(|&c| {
            (row + 1..grid.rows.len())
                .any(|r| matches!(grid.cell(r, c), CellValue::Text(t) if !t.trim().is_empty()))
        })
        .unwrap_or(0);
    out.year_row = Some(row);
    out.years = years;
    if first == 0 {
        out.problems.push(problem(
            Severity::Error,
            Some((row, 0)),
            None,
            "import-series-no-names",
            vec![],
        ));
        return false;
    }
    !out.has_errors()
}

/// The rows below the years with at least one value, each with the
/// section heading above it; headings (rows with a label, no values and
/// data rows after them) go to `out.sections`.
fn sections_and_rows(wb: &Workbook, out: &mut SeriesImport) -> Vec<(usize, Option<usize>)> {
    let grid = &wb.grid;
    let start = out.year_row.map_or(0, |r| r + 1);
    let mut rows = Vec::new();
    let mut heading: Option<(usize, String)> = None;
    let mut current: Option<usize> = None;
    for row in start..grid.rows.len() {
        let label = grid.cell(row, out.label_col).display();
        let has_values = out
            .years
            .iter()
            .any(|(c, _)| !grid.cell(row, *c).is_empty());
        if label.is_empty() {
            continue;
        }
        if !has_values {
            if !is_note(&label) {
                heading = Some((row, label));
            }
            continue;
        }
        if let Some(h) = heading.take() {
            current = Some(h.0);
            out.sections.push(h);
        }
        rows.push((row, current));
    }
    rows
}

/// The data rows of the section asked for; `None` (and an error) when the
/// sheet has several sections and none was chosen, or the one asked for is
/// not there.
fn choose_section(
    wanted: Option<&str>,
    rows: Vec<(usize, Option<usize>)>,
    out: &mut SeriesImport,
) -> Option<Vec<usize>> {
    let list = || {
        text(
            out.sections
                .iter()
                .map(|(_, s)| format!("\"{s}\""))
                .collect::<Vec<_>>()
                .join(", "),
        )
    };
    let chosen = match wanted {
        Some(w) => {
            let w = normalise(w);
            let found: Vec<usize> = out
                .sections
                .iter()
                .filter(|(_, s)| normalise(s).contains(&w))
                .map(|(r, _)| *r)
                .collect();
            match found.as_slice() {
                [one] => Some(*one),
                _ => {
                    let key = if found.is_empty() {
                        "import-series-no-section"
                    } else {
                        "import-series-section-ambiguous"
                    };
                    let sections = list();
                    out.problems.push(problem(
                        Severity::Error,
                        None,
                        None,
                        key,
                        vec![("value", text(w)), ("sections", sections)],
                    ));
                    return None;
                }
            }
        }
        None if out.sections.len() > 1 => {
            let sections = list();
            out.problems.push(problem(
                Severity::Error,
                None,
                None,
                "import-series-choose-section",
                vec![("sections", sections)],
            ));
            return None;
        }
        None => None,
    };
    out.section = chosen;
    Some(
        rows.into_iter()
            .filter(|(_, s)| chosen.is_none() || *s == chosen)
            .map(|(r, _)| r)
            .collect(),
    )
}

/// The row's values by year: "-" is 0, "…" and empty cells are left out,
/// years a region did not exist in are left out and said, and a parent
/// region's years before a split are said.
fn read_values(
    wb: &Workbook,
    row: usize,
    label: &str,
    target: &Target<'_>,
    out: &mut SeriesImport,
) -> BTreeMap<i32, i64> {
    let grid = &wb.grid;
    let mut values = BTreeMap::new();
    for &(col, year) in &out.years {
        match parse_value(grid.cell(row, col), out.series.allows_negative()) {
            Ok(Some(v)) => {
                values.insert(year, v);
            }
            Ok(None) => {}
            Err((key, value)) => out.problems.push(problem(
                Severity::Error,
                Some((row, col)),
                None,
                key,
                vec![("value", text(value))],
            )),
        }
    }
    let Target::Region(region) = target else {
        return values;
    };
    let Some(known) = region_names::known_of(region) else {
        return values;
    };
    let col_of = |year: i32| {
        out.years
            .iter()
            .find(|(_, y)| *y == year)
            .map_or(out.label_col, |(c, _)| *c)
    };
    if let Some((parent, first)) = known.split {
        let before: Vec<i32> = values.range(..first).map(|(y, _)| *y).collect();
        if let Some(&y0) = before.first() {
            values.retain(|y, _| *y >= first);
            out.problems.push(problem(
                Severity::Warning,
                Some((row, col_of(y0))),
                None,
                "import-series-before-split",
                vec![
                    ("value", text(label)),
                    ("first", DiagArg::Year(i64::from(first))),
                    ("parent", DiagArg::Key(region_names::name_key(parent))),
                    ("years", text(year_span(&before))),
                ],
            ));
        }
    }
    for child in region_names::split_from(known.key) {
        let Some((_, first)) = child.split else {
            continue;
        };
        let before: Vec<i32> = values.range(..first).map(|(y, _)| *y).collect();
        if let Some(&y0) = before.first() {
            out.problems.push(problem(
                Severity::Warning,
                Some((row, col_of(y0))),
                None,
                "import-series-parent-includes",
                vec![
                    ("value", text(label)),
                    ("child", DiagArg::Key(region_names::name_key(child.key))),
                    ("first", DiagArg::Year(i64::from(first))),
                    ("years", text(year_span(&before))),
                ],
            ));
        }
    }
    values
}

/// Writes the import's values into `scenario`: imported years replace the
/// ones there, others stay. Refused (`None`) when the import has errors;
/// else the number of values written.
pub fn apply_series(scenario: &mut Scenario, import: &SeriesImport) -> Option<usize> {
    if import.has_errors() {
        return None;
    }
    for row in &import.rows {
        let Some(slots) = target_of(scenario, import.district_of.as_deref(), &row.id) else {
            continue;
        };
        write_values(slots, import.series, import.base_year, &row.values);
    }
    Some(import.value_count())
}

//! Importing a planner's list of schools from a spreadsheet (xlsx, xls, ods,
//! csv): find the header row, match the columns by the words their headers
//! contain (kk, ru, en), read every value the way planners write it, and
//! report every problem at its cell (`SHEET:SHEETNAME!CELL`).
//!
//! [`read`] reads a sheet; [`plan`] works out, without touching any file,
//! what an import would do (schools, problems, the column mapping), so the
//! window can preview it and let the planner fix the mapping; [`apply`] adds
//! the good schools to a scenario.

mod existing;
mod fields;
mod grid;
mod header;
mod ids;
mod places;
mod problems;
mod region_names;
mod rows;
mod series;
mod series_target;
#[cfg(test)]
mod series_tests;
mod series_values;
mod stock_columns;
mod words;

use std::path::{Path, PathBuf};

pub use existing::{StockImport, apply_existing, plan_existing};
pub use fields::{Field, HEADER_SEARCH_ROWS, MapError, MapTarget, Mapping, parse_map};
pub use grid::{
    CellValue, Grid, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, ReadProgress, Workbook, column_index,
    column_name, read_csv,
};
pub use problems::Problem;
pub use series::{Series, SeriesImport, SeriesOptions, SeriesRow, apply_series, plan_series};
pub use stock_columns::{StockColumn, parse_stock_map, stock_column};
pub use words::{header_field, parse_funding, parse_seats_text, parse_status, parse_year_text};

use crate::i18n::{Lang, tr_in};
use crate::model::{DiagArg, Scenario, School, Severity};
use header::{example_header, find_header_row, map_columns};
use ids::{assign_ids, check_with_scenario};
use problems::{problem, text};
use rows::RowContext;

/// A file that could not be imported at all. Keeps its cause; `Display` is
/// the English text (the CLI), the window calls [`ImportError::message`] with
/// its language (as `io/save.rs`'s `SaveError`).
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub enum ImportError {
    Read {
        path: PathBuf,
        #[source]
        source: ReadCause,
    },
    NoSuchSheet {
        sheet: String,
        sheets: Vec<String>,
    },
    NoSuchRegion {
        region: String,
        regions: Vec<String>,
    },
    /// The sheet has more rows than a file holds schools (with its title
    /// and header rows): reading stopped there.
    TooManyRows {
        max: usize,
    },
    /// A row has more cells than a spreadsheet has columns.
    TooManyColumns {
        max: usize,
    },
    /// The planner stopped the read.
    Cancelled,
}

/// Why a spreadsheet could not be read. The library's and the system's own
/// text is shown as it is.
#[derive(Debug, thiserror::Error)]
pub enum ReadCause {
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Sheet(#[from] calamine::Error),
    #[error("the workbook has no sheets")]
    NoSheets,
}

impl ImportError {
    fn read(path: &Path, source: impl Into<ReadCause>) -> Self {
        ImportError::Read {
            path: path.to_path_buf(),
            source: source.into(),
        }
    }

    /// What went wrong, in `lang` (keys in `assets/i18n`).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ImportError::Read { path, source } => tr_in(
                lang,
                "import-cannot-read",
                &[
                    ("file", path.display().to_string().into()),
                    ("reason", source.to_string().into()),
                ],
            ),
            ImportError::NoSuchSheet { sheet, sheets } => tr_in(
                lang,
                "import-no-sheet",
                &[
                    ("sheet", sheet.into()),
                    ("sheets", sheets.join(", ").into()),
                ],
            ),
            ImportError::TooManyRows { max } => tr_in(
                lang,
                "import-too-many-rows",
                &[
                    (
                        "max",
                        crate::i18n::num_in(lang, i64::try_from(*max).unwrap_or(i64::MAX)).into(),
                    ),
                    (
                        "schools",
                        crate::i18n::num_in(lang, crate::model::MAX_SCHOOLS as i64).into(),
                    ),
                ],
            ),
            ImportError::TooManyColumns { max } => tr_in(
                lang,
                "import-too-many-columns",
                &[(
                    "max",
                    crate::i18n::num_in(lang, i64::try_from(*max).unwrap_or(i64::MAX)).into(),
                )],
            ),
            ImportError::Cancelled => tr_in(lang, "import-cancelled", &[]),
            ImportError::NoSuchRegion { region, regions } => tr_in(
                lang,
                "import-no-region",
                &[
                    ("region", region.into()),
                    ("regions", regions.join(", ").into()),
                ],
            ),
        }
    }
}

/// Reads `sheet` (default: the first) of a spreadsheet or CSV file.
pub fn read(path: &Path, sheet: Option<&str>) -> Result<Workbook, ImportError> {
    grid::read(path, sheet, &ReadProgress::default())
}

/// [`read`] on a worker thread: `progress` says how far it got and stops
/// it when cancelled.
pub fn read_with(
    path: &Path,
    sheet: Option<&str>,
    progress: &ReadProgress,
) -> Result<Workbook, ImportError> {
    grid::read(path, sheet, progress)
}

impl ImportError {
    /// The sheet is over a file limit: a problem in the data (exit 1), not
    /// in the command.
    pub fn is_over_limit(&self) -> bool {
        matches!(
            self,
            ImportError::TooManyRows { .. } | ImportError::TooManyColumns { .. }
        )
    }
}

/// What happened to one data row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowOutcome {
    /// 0-based row in the sheet.
    pub row: usize,
    /// The school the row makes; `None` when it makes none (errors, or a
    /// total row).
    pub school: Option<School>,
    pub has_error: bool,
}

/// What an import would do, worked out without writing anything.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SheetImport {
    pub sheet: String,
    pub sheets: Vec<String>,
    /// 0-based row of the headers, if one was found (or given by mapping).
    pub header_row: Option<usize>,
    /// The header texts of that row, by column.
    pub headers: Vec<String>,
    pub mapping: Mapping,
    pub rows: Vec<RowOutcome>,
    pub problems: Vec<Problem>,
}

impl SheetImport {
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }

    /// Errors that stop the whole import, even with `--skip-bad` (no header
    /// row, a required column missing).
    pub fn has_sheet_errors(&self) -> bool {
        problems::has_sheet_errors(&self.problems, self.header_row)
    }

    /// The schools of the rows without errors, in sheet order.
    pub fn good_schools(&self) -> impl Iterator<Item = &School> {
        self.rows
            .iter()
            .filter(|r| !r.has_error)
            .filter_map(|r| r.school.as_ref())
    }

    pub fn bad_rows(&self) -> usize {
        self.rows.iter().filter(|r| r.has_error).count()
    }

    /// The problems at one cell.
    pub fn problems_at(&self, row: usize, col: usize) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(move |p| p.cell == Some((row, col)))
    }
}

/// What to import and where.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportOptions {
    /// The region (id) the schools belong to.
    pub region: String,
    /// The planner's column choices, over what the headers say.
    pub overrides: Vec<(Field, MapTarget)>,
}

/// Works out the import of `wb`'s sheet into `scenario`'s region
/// `options.region`: header row, mapping, one school per data row, and every
/// problem. Pure: nothing is read or written.
pub fn plan(
    wb: &Workbook,
    scenario: &Scenario,
    options: &ImportOptions,
) -> Result<SheetImport, ImportError> {
    let region = scenario
        .regions
        .iter()
        .find(|r| r.id == options.region)
        .ok_or_else(|| ImportError::NoSuchRegion {
            region: options.region.clone(),
            regions: scenario.regions.iter().map(|r| r.id.clone()).collect(),
        })?;
    let grid = &wb.grid;
    let mut out = SheetImport {
        sheet: grid.sheet.clone(),
        sheets: wb.sheets.clone(),
        ..SheetImport::default()
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
    let Some(header_row) = find_header_row(grid, &options.overrides) else {
        out.problems.push(problem(
            Severity::Error,
            None,
            None,
            "import-no-header",
            vec![("rows", DiagArg::Year(HEADER_SEARCH_ROWS as i64))],
        ));
        return Ok(out);
    };
    out.header_row = Some(header_row);
    out.headers = (0..grid.width())
        .map(|c| grid.cell(header_row, c).display())
        .collect();
    out.mapping = map_columns(
        &out.headers,
        &options.overrides,
        header_row,
        &mut out.problems,
    );
    let districts = region.districts.as_deref();
    for field in Field::ALL {
        let needed = field.required() || (field == Field::District && districts.is_some());
        if needed && out.mapping.get(field).is_none() {
            out.problems.push(problem(
                Severity::Error,
                None,
                Some(field),
                "import-missing-column",
                vec![
                    ("field", text(field.key())),
                    ("example", text(example_header(field))),
                ],
            ));
        }
    }
    if out.mapping.get(Field::Status).is_none() && out.mapping.get(Field::Name).is_some() {
        out.problems.push(problem(
            Severity::Warning,
            None,
            Some(Field::Status),
            "import-no-status-column",
            vec![],
        ));
    }
    if out.has_sheet_errors() {
        return Ok(out);
    }
    let ctx = RowContext {
        grid,
        width: grid.width(),
        mapping: out.mapping,
        region,
    };
    for row in header_row + 1..grid.rows.len() {
        if let Some(outcome) = ctx.read_row(row, &mut out.problems) {
            out.rows.push(outcome);
        }
    }
    assign_ids(scenario, region, &mut out);
    check_with_scenario(scenario, &mut out);
    Ok(out)
}

/// How many schools an import added and left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Applied {
    pub imported: usize,
    pub skipped: usize,
}

/// Adds the import's good schools to `scenario`. Refused (`None`) when it
/// has errors, unless `skip_bad` and the errors are only in rows.
pub fn apply(scenario: &mut Scenario, import: &SheetImport, skip_bad: bool) -> Option<Applied> {
    if import.has_sheet_errors() || (import.has_errors() && !skip_bad) {
        return None;
    }
    let before = scenario.schools.len();
    scenario.schools.extend(import.good_schools().cloned());
    Some(Applied {
        imported: scenario.schools.len() - before,
        skipped: import.bad_rows(),
    })
}

/// The mapping as `field=COLUMN` pairs, for messages.
pub fn describe_mapping(import: &SheetImport) -> String {
    import
        .mapping
        .fields()
        .map(|(f, c)| {
            let header = import.headers.get(c).map(String::as_str).unwrap_or("");
            format!("{}={} ({header})", f.key(), column_name(c))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

impl SheetImport {
    /// Which field column `col` is mapped to, if any.
    pub fn field_of(&self, col: usize) -> Option<Field> {
        self.mapping.field_of(col)
    }
}

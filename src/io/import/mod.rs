//! Importing a planner's list of schools from a spreadsheet (xlsx, xls, ods,
//! csv): find the header row, match the columns by the words their headers
//! contain (kk, ru, en), read every value the way planners write it, and
//! report every problem at its cell (`SHEET:SHEETNAME!CELL`).
//!
//! [`read`] reads a sheet; [`plan`] works out, without touching any file,
//! what an import would do (schools, problems, the column mapping), so the
//! window can preview it and let the planner fix the mapping; [`apply`] adds
//! the good schools to a scenario.

mod grid;
mod words;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

pub use grid::{CellValue, Grid, Workbook, column_index, column_name, read_csv};
pub use words::{header_field, parse_funding, parse_seats_text, parse_status, parse_year_text};

use crate::i18n::{Lang, diagnostic_text, tr_args};
use crate::model::{
    DiagArg, Diagnostic, Funding, Region, Scenario, School, SchoolStatus, Severity, Subject,
    validate,
};
use words::ValueError;

/// How many rows from the top the header row is looked for in (title rows
/// above it are normal).
pub const HEADER_SEARCH_ROWS: usize = 20;

/// A column of the school list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Id,
    Name,
    District,
    Seats,
    Replaces,
    Opens,
    Status,
    Funding,
}

impl Field {
    pub const ALL: [Field; 8] = [
        Field::Id,
        Field::Name,
        Field::District,
        Field::Seats,
        Field::Replaces,
        Field::Opens,
        Field::Status,
        Field::Funding,
    ];

    /// The name used by `--map` and in the scenario file.
    pub fn key(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Name => "name",
            Field::District => "district",
            Field::Seats => "seats",
            Field::Replaces => "replaces",
            Field::Opens => "opens",
            Field::Status => "status",
            Field::Funding => "funding",
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        let key = key.trim().to_lowercase();
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The translation key of the field's name in the window.
    pub fn label_key(self) -> &'static str {
        match self {
            Field::Id => "import-field-id",
            Field::Name => "col-name",
            Field::District => "col-district",
            Field::Seats => "col-seats",
            Field::Replaces => "col-replaces",
            Field::Opens => "col-opens",
            Field::Status => "col-status",
            Field::Funding => "col-funding",
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// Fields without which no school can be made.
    pub fn required(self) -> bool {
        matches!(self, Field::Name | Field::Seats | Field::Opens)
    }
}

/// Which column (0-based) holds each field, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Mapping([Option<usize>; 8]);

impl Mapping {
    pub fn get(&self, field: Field) -> Option<usize> {
        self.0[field.index()]
    }

    pub fn set(&mut self, field: Field, column: Option<usize>) {
        self.0[field.index()] = column;
    }

    pub fn fields(&self) -> impl Iterator<Item = (Field, usize)> + '_ {
        Field::ALL
            .into_iter()
            .filter_map(|f| self.get(f).map(|c| (f, c)))
    }

    fn field_of(&self, column: usize) -> Option<Field> {
        self.fields().find(|&(_, c)| c == column).map(|(f, _)| f)
    }
}

/// A planner's choice for one field, overriding what the headers say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MapTarget {
    /// A column by its position (0-based; `--map seats=C` is 2).
    Column(usize),
    /// The column whose header reads this (case-insensitive).
    Header(String),
    /// Do not import this field.
    Ignore,
}

/// Parses `--map FIELD=COLUMN,...`: COLUMN is a letter (`C`), a header
/// text, or empty to leave the field out.
pub fn parse_map(text: &str) -> Result<Vec<(Field, MapTarget)>, String> {
    let mut out = Vec::new();
    for part in text.split(',').filter(|p| !p.trim().is_empty()) {
        let (field, column) = part
            .split_once('=')
            .ok_or_else(|| format!("\"{part}\": write FIELD=COLUMN, e.g. seats=C"))?;
        let field = Field::from_key(field).ok_or_else(|| {
            let keys: Vec<&str> = Field::ALL.iter().map(|f| f.key()).collect();
            format!(
                "\"{}\" is not a field: use one of {}",
                field.trim(),
                keys.join(", ")
            )
        })?;
        let column = column.trim();
        let target = if column.is_empty() || column == "-" {
            MapTarget::Ignore
        } else if let Some(c) = column_index(column) {
            MapTarget::Column(c)
        } else {
            MapTarget::Header(column.to_owned())
        };
        out.push((field, target));
    }
    Ok(out)
}

/// A file that could not be imported at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("{}", tr_args("import-cannot-read", &[("file", path.display().to_string().into()), ("reason", reason.into())]))]
    Read { path: PathBuf, reason: String },
    #[error("{}", tr_args("import-no-sheet", &[("sheet", sheet.into()), ("sheets", sheets.join(", ").into())]))]
    NoSuchSheet { sheet: String, sheets: Vec<String> },
    #[error("{}", tr_args("import-no-region", &[("region", region.into()), ("regions", regions.join(", ").into())]))]
    NoSuchRegion {
        region: String,
        regions: Vec<String>,
    },
}

impl ImportError {
    fn read(path: &Path, reason: &str) -> Self {
        ImportError::Read {
            path: path.to_path_buf(),
            reason: reason.to_owned(),
        }
    }
}

/// Reads `sheet` (default: the first) of a spreadsheet or CSV file.
pub fn read(path: &Path, sheet: Option<&str>) -> Result<Workbook, ImportError> {
    grid::read(path, sheet)
}

/// One problem, at a cell (0-based row and column) or with the sheet as a
/// whole. The diagnostic carries the translation key; its `message` is the
/// English text the CLI prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub cell: Option<(usize, usize)>,
    pub diagnostic: Diagnostic,
}

impl Problem {
    pub fn is_error(&self) -> bool {
        self.diagnostic.is_error()
    }

    /// `B5`, or empty for the sheet as a whole.
    pub fn address(&self) -> String {
        self.cell
            .map(|(r, c)| format!("{}{}", column_name(c), r + 1))
            .unwrap_or_default()
    }

    /// `FILE:SHEET!B5: error: message` (`FILE:SHEET: …` without a cell).
    pub fn display(&self, file: &str, sheet: &str) -> String {
        let at = match self.cell {
            Some(_) => format!("{file}:{sheet}!{}", self.address()),
            None => format!("{file}:{sheet}"),
        };
        format!(
            "{at}: {}: {}",
            self.diagnostic.severity.as_str(),
            self.diagnostic.message
        )
    }

    /// The message in `lang` (numbers grouped), for the window.
    pub fn text(&self, lang: Lang) -> String {
        match self.diagnostic.code {
            Some(code) => diagnostic_text(code, &self.diagnostic.args, lang, true),
            None => self.diagnostic.message.clone(),
        }
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
        self.problems
            .iter()
            .any(|p| p.is_error() && p.cell.is_none_or(|(r, _)| Some(r) == self.header_row))
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

fn problem(
    severity: Severity,
    cell: Option<(usize, usize)>,
    field: Option<Field>,
    code: &'static str,
    args: Vec<(&'static str, DiagArg)>,
) -> Problem {
    let message = diagnostic_text(code, &args, Lang::En, false);
    let d = Diagnostic::error(Subject::Scenario, field.map(Field::key), message);
    let d = Diagnostic { severity, ..d }.with_code(code, args);
    Problem {
        cell,
        diagnostic: d,
    }
}

fn text(s: impl Into<String>) -> DiagArg {
    DiagArg::Text(s.into())
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

fn example_header(field: Field) -> &'static str {
    match field {
        Field::Id => "Код",
        Field::Name => "Наименование",
        Field::District => "Район",
        Field::Seats => "Мест",
        Field::Replaces => "Заменяет мест",
        Field::Opens => "Год ввода",
        Field::Status => "Статус",
        Field::Funding => "Финансирование",
    }
}

/// The row among the first [`HEADER_SEARCH_ROWS`] whose cells name the most
/// fields (at least two, or one the planner named by header text).
fn find_header_row(grid: &Grid, overrides: &[(Field, MapTarget)]) -> Option<usize> {
    let named: Vec<String> = overrides
        .iter()
        .filter_map(|(_, t)| match t {
            MapTarget::Header(h) => Some(words::normalise(h)),
            _ => None,
        })
        .collect();
    let mut best: Option<(usize, usize)> = None;
    let width = grid.width();
    for row in 0..grid.rows.len().min(HEADER_SEARCH_ROWS) {
        let cells: Vec<String> = (0..width).map(|c| grid.cell(row, c).display()).collect();
        let fields: HashSet<Field> = cells.iter().filter_map(|h| header_field(h)).collect();
        let by_name = cells
            .iter()
            .filter(|h| named.contains(&words::normalise(h)))
            .count();
        let score = fields.len() + 2 * by_name;
        if score >= 2 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, row));
        }
    }
    best.map(|(_, row)| row)
}

fn map_columns(
    headers: &[String],
    overrides: &[(Field, MapTarget)],
    header_row: usize,
    problems: &mut Vec<Problem>,
) -> Mapping {
    let mut mapping = Mapping::default();
    let mut taken: HashSet<usize> = HashSet::new();
    // The planner's choices first, so the headers fill in only the rest.
    for (field, target) in overrides {
        let column = match target {
            MapTarget::Column(c) => Some(*c),
            MapTarget::Ignore => None,
            MapTarget::Header(h) => {
                let want = words::normalise(h);
                let found = headers.iter().position(|x| words::normalise(x) == want);
                if found.is_none() {
                    problems.push(problem(
                        Severity::Error,
                        None,
                        Some(*field),
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
        mapping.set(*field, column);
        taken.extend(column);
    }
    let overridden: HashSet<Field> = overrides.iter().map(|(f, _)| *f).collect();
    for (col, header) in headers.iter().enumerate() {
        let Some(field) = header_field(header) else {
            continue;
        };
        if overridden.contains(&field) || mapping.get(field).is_some() || taken.contains(&col) {
            continue;
        }
        mapping.set(field, Some(col));
        taken.insert(col);
    }
    mapping
}

struct RowContext<'a> {
    grid: &'a Grid,
    /// The grid's width, measured once (it is a scan of every row).
    width: usize,
    mapping: Mapping,
    region: &'a Region,
}

impl RowContext<'_> {
    fn cell(&self, row: usize, field: Field) -> Option<(usize, &CellValue)> {
        let col = self.mapping.get(field)?;
        Some((col, self.grid.cell(row, col)))
    }

    /// The school of one data row; `None` for a row with nothing in the
    /// mapped columns.
    fn read_row(&self, row: usize, problems: &mut Vec<Problem>) -> Option<RowOutcome> {
        let mapped_empty = self
            .mapping
            .fields()
            .all(|(_, c)| self.grid.cell(row, c).is_empty());
        if mapped_empty {
            return None;
        }
        let before = problems.len();
        let err = |problems: &mut Vec<Problem>,
                   col: usize,
                   field: Field,
                   code: &'static str,
                   args: Vec<(&'static str, DiagArg)>| {
            problems.push(problem(
                Severity::Error,
                Some((row, col)),
                Some(field),
                code,
                args,
            ));
        };

        let name = self.cell(row, Field::Name);
        let name_text = name.map(|(_, v)| v.display()).unwrap_or_default();
        if let Some((col, label, code)) = self.not_a_school(row, &name_text) {
            problems.push(problem(
                Severity::Warning,
                Some((row, col)),
                Some(Field::Name),
                code,
                vec![("value", text(label))],
            ));
            return Some(RowOutcome {
                row,
                school: None,
                has_error: false,
            });
        }
        if let Some((col, v)) = name {
            if let CellValue::Error(e) = v {
                err(
                    problems,
                    col,
                    Field::Name,
                    "import-error-cell",
                    vec![("value", text(e.clone()))],
                );
            } else if name_text.is_empty() {
                err(problems, col, Field::Name, "import-empty-name", vec![]);
            }
        }
        let seats = self.number(row, Field::Seats, problems, true);
        let replaces = self.number(row, Field::Replaces, problems, false);
        let opens = self.year(row, problems);
        let status = self.status(row, problems);
        let funding = self.funding(row, problems);
        let district = self.district(row, problems);
        let id = self
            .cell(row, Field::Id)
            .map(|(_, v)| v.display())
            .filter(|s| !s.is_empty());

        let has_error = problems[before..].iter().any(Problem::is_error);
        let school = match (seats, opens) {
            (Some(seats), Some(opens)) if !has_error => Some(School {
                id: id.unwrap_or_default(),
                name: name_text,
                region: self.region.id.clone(),
                district,
                seats,
                replaces: replaces.unwrap_or(0),
                opens,
                status,
                funding,
                source: None,
            }),
            _ => None,
        };
        Some(RowOutcome {
            row,
            has_error: has_error || school.is_none(),
            school,
        })
    }

    /// A row that is no school: a total row ("Итого" in the name column or
    /// in the first filled cell, often the "№" column), or a heading row
    /// (a name, but neither seats nor an opening year, as planners group
    /// schools under "Алматинский район"). Its cell, text and message key.
    fn not_a_school(&self, row: usize, name: &str) -> Option<(usize, String, &'static str)> {
        let name_col = self.mapping.get(Field::Name);
        if let Some(col) = name_col
            && words::is_total_row(name)
        {
            return Some((col, name.to_owned(), "import-total-row"));
        }
        let first = (0..self.width).find(|&c| !self.grid.cell(row, c).is_empty());
        if let Some(col) = first {
            let t = self.grid.cell(row, col).display();
            if words::is_total_row(&t) {
                return Some((col, t, "import-total-row"));
            }
        }
        let empty = |f| self.cell(row, f).is_none_or(|(_, v)| v.is_empty());
        match name_col {
            Some(col) if !name.is_empty() && empty(Field::Seats) && empty(Field::Opens) => {
                Some((col, name.to_owned(), "import-heading-row"))
            }
            _ => None,
        }
    }

    fn number(
        &self,
        row: usize,
        field: Field,
        problems: &mut Vec<Problem>,
        required: bool,
    ) -> Option<u32> {
        let (col, v) = self.cell(row, field)?;
        let result = match v {
            CellValue::Empty if !required => return Some(0),
            CellValue::Empty => Err(ValueError::NotWhole),
            CellValue::Number(n) => words::seats_from_number(*n),
            CellValue::Text(t) if t.trim().is_empty() && !required => return Some(0),
            CellValue::Text(t) => parse_seats_text(t),
            CellValue::Date(_) => Err(ValueError::NotWhole),
            CellValue::Error(e) => {
                problems.push(problem(
                    Severity::Error,
                    Some((row, col)),
                    Some(field),
                    "import-error-cell",
                    vec![("value", text(e.clone()))],
                ));
                return None;
            }
        };
        result
            .map_err(|e| {
                let code = match e {
                    ValueError::Negative => "import-negative",
                    ValueError::TooLarge => "import-too-large",
                    _ if v.is_empty() => "import-empty-seats",
                    _ => "import-bad-number",
                };
                problems.push(problem(
                    Severity::Error,
                    Some((row, col)),
                    Some(field),
                    code,
                    vec![("value", text(v.display()))],
                ));
            })
            .ok()
    }

    fn year(&self, row: usize, problems: &mut Vec<Problem>) -> Option<i32> {
        let (col, v) = self.cell(row, Field::Opens)?;
        let result = match v {
            CellValue::Number(n) => words::year_from_number(*n),
            CellValue::Date(y) if words::YEARS.contains(y) => Ok(*y),
            CellValue::Date(_) => Err(ValueError::YearOutOfRange),
            CellValue::Text(t) => parse_year_text(t),
            CellValue::Empty => Err(ValueError::NotYear),
            CellValue::Error(e) => {
                problems.push(problem(
                    Severity::Error,
                    Some((row, col)),
                    Some(Field::Opens),
                    "import-error-cell",
                    vec![("value", text(e.clone()))],
                ));
                return None;
            }
        };
        result
            .map_err(|e| {
                let code = match e {
                    _ if v.is_empty() => "import-empty-year",
                    ValueError::YearOutOfRange => "import-year-range",
                    _ => "import-bad-year",
                };
                problems.push(problem(
                    Severity::Error,
                    Some((row, col)),
                    Some(Field::Opens),
                    code,
                    vec![
                        ("value", text(v.display())),
                        ("from", DiagArg::Year(i64::from(*words::YEARS.start()))),
                        ("to", DiagArg::Year(i64::from(*words::YEARS.end()))),
                    ],
                ));
            })
            .ok()
    }

    fn status(&self, row: usize, problems: &mut Vec<Problem>) -> SchoolStatus {
        let Some((col, v)) = self.cell(row, Field::Status) else {
            return SchoolStatus::Planned;
        };
        let t = v.display();
        if t.is_empty() {
            problems.push(problem(
                Severity::Warning,
                Some((row, col)),
                Some(Field::Status),
                "import-no-status",
                vec![],
            ));
            return SchoolStatus::Planned;
        }
        parse_status(&t).unwrap_or_else(|| {
            problems.push(problem(
                Severity::Error,
                Some((row, col)),
                Some(Field::Status),
                "import-bad-status",
                vec![("value", text(t))],
            ));
            SchoolStatus::Planned
        })
    }

    fn funding(&self, row: usize, problems: &mut Vec<Problem>) -> Option<Funding> {
        let (col, v) = self.cell(row, Field::Funding)?;
        let t = v.display();
        if t.is_empty() {
            return None;
        }
        let funding = parse_funding(&t);
        if funding.is_none() {
            problems.push(problem(
                Severity::Warning,
                Some((row, col)),
                Some(Field::Funding),
                "import-bad-funding",
                vec![("value", text(t))],
            ));
        }
        funding
    }

    fn district(&self, row: usize, problems: &mut Vec<Problem>) -> Option<String> {
        let cell = self.cell(row, Field::District);
        let t = cell.map(|(_, v)| v.display()).unwrap_or_default();
        let Some(districts) = self.region.districts.as_deref() else {
            return (!t.is_empty()).then_some(t);
        };
        let col = cell.map(|(c, _)| c)?;
        let ids = districts
            .iter()
            .map(|d| d.id.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        if t.is_empty() {
            problems.push(problem(
                Severity::Error,
                Some((row, col)),
                Some(Field::District),
                "import-no-district",
                vec![("region", text(self.region.id.clone())), ("ids", text(ids))],
            ));
            return None;
        }
        let want = words::normalise(&t);
        let found = districts.iter().find(|d| {
            words::normalise(&d.id) == want
                || [&d.name.kk, &d.name.ru, &d.name.en]
                    .into_iter()
                    .flatten()
                    .any(|n| words::normalise(n) == want)
        });
        match found {
            Some(d) => Some(d.id.clone()),
            None => {
                problems.push(problem(
                    Severity::Error,
                    Some((row, col)),
                    Some(Field::District),
                    "import-bad-district",
                    vec![
                        ("value", text(t)),
                        ("region", text(self.region.id.clone())),
                        ("ids", text(ids)),
                    ],
                ));
                None
            }
        }
    }
}

/// Checks ids from the sheet against the scenario and each other, and gives
/// rows without one `REGION-OPENS-NN`, unique in the file.
fn assign_ids(scenario: &Scenario, region: &Region, out: &mut SheetImport) {
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
fn check_with_scenario(scenario: &Scenario, out: &mut SheetImport) {
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

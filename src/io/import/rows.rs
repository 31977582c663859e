//! Reading one data row into a school, value by value.

use super::fields::{Field, Mapping};
use super::problems::{Problem, problem, text};
use super::words::{self, ValueError};
use super::{
    CellValue, Grid, RowOutcome, parse_funding, parse_seats_text, parse_status, parse_year_text,
};
use crate::model::{DiagArg, Funding, Region, School, SchoolStatus, Severity};

pub(super) struct RowContext<'a> {
    pub(super) grid: &'a Grid,
    /// The grid's width, measured once (it is a scan of every row).
    pub(super) width: usize,
    pub(super) mapping: Mapping,
    pub(super) region: &'a Region,
}

impl RowContext<'_> {
    fn cell(&self, row: usize, field: Field) -> Option<(usize, &CellValue)> {
        let col = self.mapping.get(field)?;
        Some((col, self.grid.cell(row, col)))
    }

    /// The school of one data row; `None` for a row with nothing in the
    /// mapped columns.
    pub(super) fn read_row(&self, row: usize, problems: &mut Vec<Problem>) -> Option<RowOutcome> {
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
                name: name_text.into(),
                region: self.region.id.clone(),
                district,
                seats,
                replaces: replaces.unwrap_or(0),
                opens,
                status,
                funding,
                source: None,
                replaces_existing: None,
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
                problems.push(error_cell((row, col), field, e));
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
                problems.push(error_cell((row, col), Field::Opens, e));
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
        if self.region.districts.is_none() {
            return (!t.is_empty()).then_some(t);
        }
        let col = cell.map(|(c, _)| c)?;
        let region = ("region", text(super::places::region_name(self.region)));
        let names = ("ids", text(super::places::district_names(self.region)));
        if t.is_empty() {
            problems.push(problem(
                Severity::Error,
                Some((row, col)),
                Some(Field::District),
                "import-no-district",
                vec![region, names],
            ));
            return None;
        }
        if let Some(d) = super::places::find_district(self.region, &t) {
            return Some(d.id.clone());
        }
        problems.push(problem(
            Severity::Error,
            Some((row, col)),
            Some(Field::District),
            "import-bad-district",
            vec![("value", text(t)), region, names],
        ));
        None
    }
}

/// A cell the spreadsheet itself marks as an error (`#REF!`, `#VALUE!`, …).
fn error_cell(at: (usize, usize), field: Field, e: &str) -> Problem {
    problem(
        Severity::Error,
        Some(at),
        Some(field),
        "import-error-cell",
        vec![("value", text(e.to_owned()))],
    )
}

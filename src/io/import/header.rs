//! Finding the header row and matching the columns by their headers.

use std::collections::HashSet;

use super::fields::{Field, HEADER_SEARCH_ROWS, MapTarget, Mapping};
use super::problems::{Problem, problem, text};
use super::{Grid, header_field, words};
use crate::model::{DiagArg, Severity};

pub(super) fn example_header(field: Field) -> &'static str {
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
pub(super) fn find_header_row(grid: &Grid, overrides: &[(Field, MapTarget)]) -> Option<usize> {
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

pub(super) fn map_columns(
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

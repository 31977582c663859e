//! The fields of the school list, the column mapping and `--map`.

use super::column_index;
use crate::i18n::{Lang, tr_in};

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

    pub(super) fn field_of(&self, column: usize) -> Option<Field> {
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

/// A `--map` the planner typed that cannot be read. `Display` is the English
/// text (the CLI); [`MapError::message`] gives it in another language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub enum MapError {
    /// A part without `=`.
    NoEquals { part: String },
    /// A field name seatplan does not import.
    UnknownField { field: String },
    /// A field name a census table (`--existing`) does not have.
    UnknownStockField { field: String },
}

impl MapError {
    /// What is wrong and how to write it, in `lang` (keys in `assets/i18n`).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            MapError::NoEquals { part } => {
                tr_in(lang, "import-map-no-equals", &[("part", part.into())])
            }
            MapError::UnknownField { field } => {
                let keys: Vec<&str> = Field::ALL.iter().map(|f| f.key()).collect();
                tr_in(
                    lang,
                    "import-map-unknown-field",
                    &[("field", field.into()), ("fields", keys.join(", ").into())],
                )
            }
            MapError::UnknownStockField { field } => tr_in(
                lang,
                "import-map-unknown-stock-field",
                &[("field", field.into())],
            ),
        }
    }
}

/// Parses `--map FIELD=COLUMN,...`: COLUMN is a letter (`C`), a header
/// text, or empty to leave the field out.
pub fn parse_map(text: &str) -> Result<Vec<(Field, MapTarget)>, MapError> {
    parse_pairs(text, Field::from_key, |field| MapError::UnknownField {
        field,
    })
}

/// `FIELD=COLUMN,...` with the fields `key` knows; `unknown` names the
/// error for a field it does not. Shared by the school list and the census
/// table (`existing.rs`), so a column is written the same way in both.
pub(super) fn parse_pairs<F>(
    text: &str,
    key: impl Fn(&str) -> Option<F>,
    unknown: impl Fn(String) -> MapError,
) -> Result<Vec<(F, MapTarget)>, MapError> {
    let mut out = Vec::new();
    for part in text.split(',').filter(|p| !p.trim().is_empty()) {
        let (field, column) = part.split_once('=').ok_or_else(|| MapError::NoEquals {
            part: part.to_owned(),
        })?;
        let field = key(field).ok_or_else(|| unknown(field.trim().to_owned()))?;
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

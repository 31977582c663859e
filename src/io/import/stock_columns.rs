//! The columns of a census table of existing schools: which header names
//! which field (kk/ru/en words, a census year inside a pupils header), and
//! `--map` for them (docs/scenario-format.md, "Existing schools").

use super::fields::{MapError, MapTarget, parse_pairs};
use super::words::{self, normalise};

/// A column of a census table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StockColumn {
    Id,
    Name,
    District,
    Capacity,
    /// Pupils of the census year the header holds, or of `--year`.
    Pupils(Option<i32>),
    /// A yes/no column: the building is in emergency state.
    Emergency,
    /// A yes/no column: the building is adobe.
    Adobe,
    /// A column naming the building's state in words.
    Condition,
}

impl StockColumn {
    /// The fields a planner can choose, in the order the window offers
    /// them; pupils takes its year from the column's header.
    pub const ALL: [StockColumn; 8] = [
        StockColumn::Id,
        StockColumn::Name,
        StockColumn::District,
        StockColumn::Capacity,
        StockColumn::Pupils(None),
        StockColumn::Emergency,
        StockColumn::Adobe,
        StockColumn::Condition,
    ];

    /// The name used by `--map`: `pupils:2024` for a census year.
    pub fn key(self) -> String {
        let key = match self {
            StockColumn::Id => "id",
            StockColumn::Name => "name",
            StockColumn::District => "district",
            StockColumn::Capacity => "capacity",
            StockColumn::Pupils(Some(y)) => return format!("pupils:{y}"),
            StockColumn::Pupils(None) => "pupils",
            StockColumn::Emergency => "emergency",
            StockColumn::Adobe => "adobe",
            StockColumn::Condition => "condition",
        };
        key.to_owned()
    }

    /// `pupils` alone takes the year from the header or `--year`;
    /// `pupils:2024` names it.
    pub fn from_key(key: &str) -> Option<StockColumn> {
        let key = key.trim().to_lowercase();
        if let Some(year) = key.strip_prefix("pupils:") {
            let year = year.trim().parse::<i32>().ok()?;
            return words::YEARS
                .contains(&year)
                .then_some(StockColumn::Pupils(Some(year)));
        }
        StockColumn::ALL.into_iter().find(|c| c.key() == key)
    }

    /// The translation key of the field's name in the window.
    pub fn label_key(self) -> &'static str {
        match self {
            StockColumn::Id => "import-field-id",
            StockColumn::Name => "col-name",
            StockColumn::District => "col-district",
            StockColumn::Capacity => "existing-col-capacity",
            StockColumn::Pupils(_) => "existing-col-pupils",
            StockColumn::Emergency => "import-stock-emergency",
            StockColumn::Adobe => "import-stock-adobe",
            StockColumn::Condition => "existing-col-condition",
        }
    }

    /// This field chosen by the planner stands for `header`'s: `pupils`
    /// alone stands for every pupils column, `pupils:2024` for 2024's.
    pub(super) fn covers(self, header: StockColumn) -> bool {
        match (self, header) {
            (StockColumn::Pupils(None), StockColumn::Pupils(_)) => true,
            _ => self == header,
        }
    }
}

/// Parses `--map FIELD=COLUMN,...` for a census table: FIELD is a
/// [`StockColumn::key`], COLUMN as for planned schools.
pub fn parse_stock_map(text: &str) -> Result<Vec<(StockColumn, MapTarget)>, MapError> {
    parse_pairs(text, StockColumn::from_key, |field| {
        MapError::UnknownStockField { field }
    })
}

/// Header words by column, the more specific first: «Аварийное состояние»
/// is the emergency flag, not a condition column; «Проектная мощность
/// (ученических мест)» is capacity, not pupils.
const WORDS: [(StockColumn, &[&str]); 6] = [
    (StockColumn::Emergency, &["аварий", "апатты", "emergency"]),
    (StockColumn::Adobe, &["саман", "adobe"]),
    (
        StockColumn::Condition,
        &["состояние", "жағдайы", "condition"],
    ),
    (
        StockColumn::Capacity,
        &["мощност", "қуат", "capacity", "мест", "орын", "seats"],
    ),
    (StockColumn::District, &["район", "аудан", "district"]),
    (
        StockColumn::Name,
        &["наименование", "название", "атауы", "name"],
    ),
];

const PUPIL_WORDS: [&str; 8] = [
    "контингент",
    "количество учащихся",
    "число учащихся",
    "учащихся",
    "оқушылар саны",
    "оқушылар",
    "pupils",
    "enrolment",
];

/// Capacity first: «Жобалық қуаты (оқушы орны)» and «Проектная мощность
/// (ученических мест)» name pupils' places, not pupils.
const CAPACITY_WORDS: [&str; 3] = ["мощност", "қуат", "capacity"];

/// The column a header names, if any; a pupils header keeps the year it
/// holds («Контингент 2024» → 2024).
pub fn stock_column(header: &str) -> Option<StockColumn> {
    let h = normalise(header);
    if h.is_empty() {
        return None;
    }
    if CAPACITY_WORDS.iter().any(|w| h.contains(w)) {
        return Some(StockColumn::Capacity);
    }
    if PUPIL_WORDS.iter().any(|w| h.contains(w)) {
        return Some(StockColumn::Pupils(year_in(&h)));
    }
    for (column, list) in WORDS {
        if list.iter().any(|w| h.contains(w)) {
            return Some(column);
        }
    }
    let is_id = h
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "код" || w == "id");
    is_id.then_some(StockColumn::Id)
}

/// A four-digit plausible year standing alone in a header.
pub(super) fn year_in(h: &str) -> Option<i32> {
    h.split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<i32>().ok())
        .find(|y| words::YEARS.contains(y))
}

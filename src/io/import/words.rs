//! How planners write things in kk, ru and en: header words, numbers with
//! unit words, years, statuses and funding forms.

use crate::model::{Funding, SchoolStatus};

use super::Field;

/// Words a header contains, per field, in the order fields are tried: the
/// more specific first, so "Заменяемые места" is `replaces`, not `seats`,
/// "Статус ввода" is `status`, not `opens`, and "Наименование района" is
/// `district`, not `name`. `id` is tried last, by whole word.
const HEADER_WORDS: [(Field, &[&str]); 7] = [
    (
        Field::Replaces,
        &["замен", "ауыстыр", "replaces", "replaced"],
    ),
    (Field::Status, &["статус", "мәртебе", "status"]),
    (Field::Funding, &["финансир", "қаржыланд", "funding"]),
    (
        Field::Opens,
        &[
            "год ввода",
            "год открытия",
            "ввод",
            "ашылу",
            "пайдалануға беру",
            "opens",
            "opening",
            "year",
        ],
    ),
    (Field::District, &["район", "аудан", "district"]),
    (
        Field::Seats,
        &["мест", "мощность", "орын", "seats", "capacity", "places"],
    ),
    (Field::Name, &["наименование", "название", "атауы", "name"]),
];

/// Headers that contain a seats word but mean a place, not seats.
const NOT_SEATS: [&str; 3] = ["местополож", "место располож", "располож"];

const ID_WORDS: [&str; 2] = ["код", "id"];

/// The field a header names, if any (case-insensitive, by contained word).
pub fn header_field(header: &str) -> Option<Field> {
    let h = normalise(header);
    if h.is_empty() {
        return None;
    }
    for (field, words) in HEADER_WORDS {
        if field == Field::Seats && NOT_SEATS.iter().any(|w| h.contains(w)) {
            continue;
        }
        if words.iter().any(|w| h.contains(w)) {
            return Some(field);
        }
    }
    let is_id = h
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| ID_WORDS.contains(&word));
    is_id.then_some(Field::Id)
}

/// Lower case, spaces of any kind made plain and collapsed.
pub fn normalise(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '\u{202F}' || c == '\u{A0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Why a value could not be read; the caller names the cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueError {
    NotWhole,
    Negative,
    TooLarge,
    NotYear,
    YearOutOfRange,
}

const UNIT_STEMS: [&str; 6] = ["мест", "орын", "seat", "place", "уч", "pupil"];

/// A whole number of seats: `1200`, `1 200`, `1 200 мест`, `1,200 seats`,
/// `1 200 орындық`, or a number cell.
pub fn parse_seats_text(text: &str) -> Result<u32, ValueError> {
    let t = normalise(text);
    let split = t
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || *c == ' ' || *c == ',' || *c == '-' || *c == '−'))
        .map_or(t.len(), |(i, _)| i);
    let (number, unit) = t.split_at(split);
    let unit = unit.trim();
    if !unit.is_empty() {
        let known = UNIT_STEMS.iter().any(|s| unit.starts_with(s))
            && unit
                .chars()
                .all(|c| c.is_alphabetic() || c == '.' || c == ' ');
        if !known {
            return Err(ValueError::NotWhole);
        }
    }
    let number = number.trim();
    if number.starts_with('-') || number.starts_with('−') {
        return Err(ValueError::Negative);
    }
    if !grouped_digits(number) {
        return Err(ValueError::NotWhole);
    }
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    digits
        .parse::<u64>()
        .map_err(|_| ValueError::TooLarge)
        .and_then(|n| u32::try_from(n).map_err(|_| ValueError::TooLarge))
}

/// `1200`, or digits in groups of three after the first, separated by one
/// space or comma: `1 200`, `12,000`; not `1,5` or `1 20`.
fn grouped_digits(s: &str) -> bool {
    if s.is_empty() {
        return false;
    }
    if s.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    let mut groups = s.split([' ', ',']);
    let first_ok = groups
        .next()
        .is_some_and(|g| (1..=3).contains(&g.len()) && g.chars().all(|c| c.is_ascii_digit()));
    first_ok && groups.all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
}

pub fn seats_from_number(n: f64) -> Result<u32, ValueError> {
    if n < 0.0 {
        Err(ValueError::Negative)
    } else if n.fract() != 0.0 {
        Err(ValueError::NotWhole)
    } else if n > f64::from(u32::MAX) {
        Err(ValueError::TooLarge)
    } else {
        Ok(n as u32)
    }
}

/// Years a scenario can sensibly plan for; anything else is a typo or a
/// number that is not a year.
pub const YEARS: std::ops::RangeInclusive<i32> = 1950..=2150;

/// `2025`, `2025 г.`, `2025 год`, `2025 ж.`, `2025 жыл`, `2025 year`,
/// `01.09.2025`, `2025-09-01`.
pub fn parse_year_text(text: &str) -> Result<i32, ValueError> {
    let t = normalise(text);
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    let rest = t[digits.len()..].trim();
    let year = if digits.len() == 4 {
        let suffix_ok = rest.is_empty()
            || ["г", "год", "ж", "жыл", "year"].iter().any(|w| {
                rest.strip_prefix(w)
                    .is_some_and(|r| r.chars().all(|c| c == '.' || c == ' ' || c.is_alphabetic()))
            })
            || (rest.starts_with('-') && rest.len() <= 6);
        suffix_ok.then(|| digits.parse().ok()).flatten()
    } else {
        // dd.mm.yyyy (a date typed as text, as Russian sheets often hold it)
        let parts: Vec<&str> = t.split(['.', '/']).map(str::trim).collect();
        match parts.as_slice() {
            // `get`: the fourth byte may fall inside a letter ("1/1/ћћ", found
            // by fuzzing), where slicing would panic.
            [d, m, y, ..] if (1..=2).contains(&d.len()) && (1..=2).contains(&m.len()) => y
                .get(..4)
                .filter(|y| y.chars().all(|c| c.is_ascii_digit()))
                .and_then(|y| y.parse().ok()),
            _ => None,
        }
    };
    let year: i32 = year.ok_or(ValueError::NotYear)?;
    if YEARS.contains(&year) {
        Ok(year)
    } else {
        Err(ValueError::YearOutOfRange)
    }
}

pub fn year_from_number(n: f64) -> Result<i32, ValueError> {
    if n.fract() != 0.0 {
        return Err(ValueError::NotYear);
    }
    if n >= f64::from(*YEARS.start()) && n <= f64::from(*YEARS.end()) {
        Ok(n as i32)
    } else {
        Err(ValueError::YearOutOfRange)
    }
}

/// A status in kk, ru or en; `None` for an unknown word.
pub fn parse_status(text: &str) -> Option<SchoolStatus> {
    let t = normalise(text).replace(' ', "");
    const PLANNED: [&str; 4] = ["планир", "жоспар", "planned", "план"];
    const BUILDING: [&str; 6] = [
        "строит",
        "строя",
        "салынуда",
        "салынып",
        "underconstruction",
        "construction",
    ];
    const DONE: [&str; 5] = [
        "введен",
        "сдан",
        "пайдалануғаберілді",
        "берілді",
        "commissioned",
    ];
    // "Введена" before "план": nothing ambiguous, but the built states are
    // checked first so "planned, under construction" is not read as planned.
    if DONE.iter().any(|w| t.contains(w)) {
        Some(SchoolStatus::Commissioned)
    } else if BUILDING.iter().any(|w| t.contains(w)) {
        Some(SchoolStatus::UnderConstruction)
    } else if PLANNED.iter().any(|w| t.contains(w)) {
        Some(SchoolStatus::Planned)
    } else {
        None
    }
}

/// A funding form in kk, ru or en; `None` for an unknown word.
pub fn parse_funding(text: &str) -> Option<Funding> {
    let t = normalise(text);
    let any = |words: &[&str]| words.iter().any(|w| t.contains(w));
    // Public-private before private: "государственно-частное" contains "частн".
    if any(&[
        "гчп",
        "мжә",
        "ppp",
        "государственно-частн",
        "мемлекеттік-жекеменшік",
        "public-private",
        "public private",
    ]) {
        Some(Funding::Ppp)
    } else if any(&["комфорт", "жайлы", "comfortable"]) {
        Some(Funding::ComfortableSchool)
    } else if any(&["республика", "republican"]) {
        Some(Funding::Republican)
    } else if any(&["местн", "жергілікті", "local"]) {
        Some(Funding::Local)
    } else if any(&["частн", "жеке", "private"]) {
        Some(Funding::Private)
    } else if any(&["друг", "иное", "иные", "басқа", "other"]) {
        Some(Funding::Other)
    } else {
        None
    }
}

/// A row that totals the rows above ("Итого", "Барлығы", "Total"): not a school.
pub fn is_total_row(name: &str) -> bool {
    let t = normalise(name);
    ["итого", "всего", "барлығы", "барлыгы", "жиыны", "total"]
        .iter()
        .any(|w| t.starts_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seats_forms() {
        assert_eq!(parse_seats_text("1 200 мест"), Ok(1200));
        assert_eq!(parse_seats_text("1\u{A0}200"), Ok(1200));
        assert_eq!(parse_seats_text("1\u{202F}200 орын"), Ok(1200));
        assert_eq!(parse_seats_text("12,000 seats"), Ok(12000));
        assert_eq!(parse_seats_text("1,5"), Err(ValueError::NotWhole));
        assert_eq!(parse_seats_text("-5"), Err(ValueError::Negative));
        assert_eq!(parse_seats_text("много"), Err(ValueError::NotWhole));
        assert_eq!(parse_seats_text("1200 рублей"), Err(ValueError::NotWhole));
    }

    #[test]
    fn years_and_words() {
        assert_eq!(parse_year_text("2025 г."), Ok(2025));
        assert_eq!(parse_year_text("2025 ж."), Ok(2025));
        assert_eq!(parse_year_text("01.09.2026"), Ok(2026));
        assert_eq!(parse_year_text("2025-09-01"), Ok(2025));
        assert_eq!(parse_year_text("25"), Err(ValueError::NotYear));
        assert_eq!(parse_year_text("3025"), Err(ValueError::YearOutOfRange));
        // A date whose year part starts with a two-byte letter: not a year,
        // and no panic (fuzz target import_series).
        assert_eq!(parse_year_text("0/a/\u{0}±ћр±"), Err(ValueError::NotYear));
        assert_eq!(parse_year_text("1.1.2ћ25"), Err(ValueError::NotYear));
        assert_eq!(parse_year_text("1/9/2026 г."), Ok(2026));
        assert_eq!(header_field("Код школы"), Some(Field::Id));
        assert_eq!(header_field("Paid"), None);
        assert_eq!(header_field("Заменяемые места"), Some(Field::Replaces));
        assert_eq!(header_field("Количество мест"), Some(Field::Seats));
        assert_eq!(
            parse_funding("Государственно-частное партнёрство"),
            Some(Funding::Ppp)
        );
    }
}

//! Years and values of a region-by-year table, as the bureau writes them.

use super::grid::CellValue;
use super::words::{YEARS, normalise, parse_year_text};

/// The year a cell of the year row names: a school year `2016/17`,
/// `2016/2017` or `2016-17` is the year it starts; a calendar year `2016`,
/// `2016 г.`, `2016 ж.`, a year number or a date cell is that year.
pub fn school_year(cell: &CellValue) -> Option<i32> {
    match cell {
        CellValue::Number(n) if n.fract() == 0.0 && YEARS.contains(&(*n as i32)) => Some(*n as i32),
        CellValue::Date(y) => Some(*y),
        CellValue::Text(t) => {
            let t = normalise(t).replace(['–', '—'], "-");
            let t = t.trim();
            if let Some((a, b)) = t.split_once(['/', '-'])
                && a.len() == 4
                && a.chars().all(|c| c.is_ascii_digit())
            {
                let start: i32 = a.parse().ok()?;
                let b: String = b.trim().chars().take_while(char::is_ascii_digit).collect();
                let end: i32 = b.parse().ok()?;
                let next = match b.len() {
                    2 => (start + 1) % 100,
                    4 => start + 1,
                    _ => return None,
                };
                return (end == next && YEARS.contains(&start)).then_some(start);
            }
            parse_year_text(t).ok()
        }
        _ => None,
    }
}

/// A value cell: `Ok(None)` for an empty cell or "…"/"..."/"x" (not
/// available, confidential); "-" is 0; grouped digits with spaces. `Err`
/// holds the translation key and the cell's text.
pub fn parse_value(
    cell: &CellValue,
    allow_negative: bool,
) -> Result<Option<i64>, (&'static str, String)> {
    let n = match cell {
        CellValue::Empty => return Ok(None),
        CellValue::Error(e) => return Err(("import-error-cell", e.clone())),
        CellValue::Date(y) => return Err(("import-series-bad-value", y.to_string())),
        CellValue::Number(n) => {
            if n.fract() != 0.0 || n.abs() > 1e12 {
                return Err(("import-series-bad-value", cell.display()));
            }
            *n as i64
        }
        CellValue::Text(t) => {
            let t = t.trim();
            if t.is_empty() || ["…", "...", "..", "x", "х", "X", "Х"].contains(&t) {
                return Ok(None);
            }
            if ["-", "–", "—", "−"].contains(&t) {
                return Ok(Some(0));
            }
            parse_text(t).ok_or(("import-series-bad-value", t.to_owned()))?
        }
    };
    if n < 0 && !allow_negative {
        return Err(("import-series-negative", cell.display()));
    }
    Ok(Some(n))
}

fn parse_text(t: &str) -> Option<i64> {
    let (neg, rest) = match t.strip_prefix(['-', '−']) {
        Some(r) => (true, r),
        None => (false, t),
    };
    let digits: String = rest
        .chars()
        .filter(|c| !(c.is_whitespace() || *c == '\u{202F}' || *c == '\u{A0}'))
        .collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) || digits.len() > 12 {
        return None;
    }
    let n: i64 = digits.parse().ok()?;
    Some(if neg { -n } else { n })
}

/// `2016–2021` for consecutive years, else `2016, 2018`.
pub fn year_span(years: &[i32]) -> String {
    match years {
        [] => String::new(),
        [one] => one.to_string(),
        [first, .., last] if years.windows(2).all(|w| w[1] == w[0] + 1) => {
            format!("{first}–{last}")
        }
        _ => years
            .iter()
            .map(i32::to_string)
            .collect::<Vec<_>>()
            .join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> CellValue {
        CellValue::Text(s.into())
    }

    #[test]
    fn years_of_the_year_row() {
        assert_eq!(school_year(&t("2016/17")), Some(2016));
        assert_eq!(school_year(&t("2019/2020")), Some(2019));
        assert_eq!(school_year(&t("1999/00")), Some(1999));
        assert_eq!(school_year(&t("2016/18")), None);
        assert_eq!(school_year(&t("2016")), Some(2016));
        assert_eq!(school_year(&t("2016 г.")), Some(2016));
        assert_eq!(school_year(&t("2016 ж.")), Some(2016));
        assert_eq!(school_year(&CellValue::Number(2021.0)), Some(2021));
        assert_eq!(school_year(&CellValue::Number(135_238.0)), None);
        assert_eq!(school_year(&t("человек")), None);
        assert_eq!(school_year(&t("Численность учащихся, 2016")), None);
    }

    #[test]
    fn values_as_the_bureau_writes_them() {
        assert_eq!(parse_value(&t("-"), false), Ok(Some(0)));
        assert_eq!(parse_value(&t("…"), false), Ok(None));
        assert_eq!(parse_value(&t("..."), false), Ok(None));
        assert_eq!(parse_value(&t("135 238"), false), Ok(Some(135_238)));
        assert_eq!(parse_value(&t("135\u{A0}238"), false), Ok(Some(135_238)));
        assert_eq!(parse_value(&CellValue::Number(42.0), false), Ok(Some(42)));
        assert_eq!(parse_value(&t("-1 200"), true), Ok(Some(-1200)));
        assert!(parse_value(&t("-1 200"), false).is_err());
        assert!(parse_value(&CellValue::Number(1.5), false).is_err());
        assert!(parse_value(&t("много"), false).is_err());
        assert_eq!(year_span(&[2016, 2017, 2018]), "2016–2018");
        assert_eq!(year_span(&[2016, 2018]), "2016, 2018");
    }
}

//! Languages, translations and number formatting.

mod diagnostic;
mod lang;
pub mod money;
mod translate;

pub use diagnostic::{DiagnosticText, diagnostic_text, limit_text};
pub use lang::Lang;
pub use money::format_money;
pub use translate::{
    Arg, FluentErrors, SOURCES, lang, message_ids, preload, set_lang, set_pseudo, tr, tr_args,
    tr_in,
};

/// A whole number as the current language writes it: `23 000` in Kazakh and
/// Russian (narrow no-break space), `23,000` in English. Years are not
/// numbers to group: print them with `to_string()`.
/// A share (0..=1) as whole percent, "62 %": the risk band's probabilities
/// read the same in the window, the slides and the PDF.
pub fn percent(share: f64) -> String {
    format!("{:.0} %", share * 100.0)
}

pub fn num(n: i64) -> String {
    num_in(lang(), n)
}

pub fn num_in(lang: Lang, n: i64) -> String {
    match lang {
        Lang::En => group(n, ','),
        Lang::Kk | Lang::Ru => group(n, '\u{202F}'),
    }
}

/// Groups thousands with a narrow no-break space (U+202F), as Kazakh and
/// Russian typography writes them: `23 000`, `-1 250 000`.
pub fn format_int(n: i64) -> String {
    group(n, '\u{202F}')
}

fn group(n: i64, sep: char) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3 + 1);
    if n < 0 {
        out.push('−');
    }
    let first = digits.len() % 3;
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (i + 3 - first).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_with_narrow_no_break_space() {
        assert_eq!(format_int(0), "0");
        assert_eq!(format_int(999), "999");
        assert_eq!(format_int(1000), "1\u{202F}000");
        assert_eq!(format_int(23000), "23\u{202F}000");
        assert_eq!(format_int(217_000), "217\u{202F}000");
        assert_eq!(format_int(-1_250_000), "−1\u{202F}250\u{202F}000");
        assert_eq!(num_in(Lang::En, 23_000), "23,000");
        assert_eq!(num_in(Lang::Ru, 23_000), "23\u{202F}000");
        assert_eq!(num_in(Lang::Kk, -1_250_000), "−1\u{202F}250\u{202F}000");
        assert_eq!(
            format_int(i64::MIN),
            "−9\u{202F}223\u{202F}372\u{202F}036\u{202F}854\u{202F}775\u{202F}808"
        );
    }
}

/// Parses a whole number as a planner types it: `23 000`, `23000`, `−500`.
pub fn parse_int(text: &str) -> Option<i64> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202F}' && *c != '\u{A0}' && *c != ',')
        .map(|c| if c == '−' { '-' } else { c })
        .collect();
    cleaned.parse().ok()
}

#[cfg(test)]
mod parse_tests {
    use super::*;

    #[test]
    fn parses_grouped_numbers() {
        assert_eq!(parse_int("23\u{202F}000"), Some(23_000));
        assert_eq!(parse_int(" 1 500 "), Some(1_500));
        assert_eq!(parse_int("−500"), Some(-500));
        assert_eq!(parse_int("abc"), None);
    }
}

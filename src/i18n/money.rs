//! Amounts of money in tenge, as the planner reads them in tables and charts:
//! `1,2 трлн ₸` (Kazakh, Russian), `1.2 trn ₸` (English).

use super::{Lang, num_in, tr_in};

/// No-break space between the number, the scale word and the tenge sign, so
/// an amount never wraps across lines in a table cell or a chart label.
const NBSP: char = '\u{A0}';

/// A tenge amount, rounded to one decimal of trillions (трлн / trn), billions
/// (млрд / bn) or millions (млн / mn); below a million, whole tenge grouped as
/// [`num_in`] groups them. Kazakh uses the same abbreviations as Russian.
/// The decimal comma is Kazakh and Russian, the point English; halves round
/// away from zero; an amount that rounds up to 1 000 of one scale moves to the
/// next (`999 960 000 000` → `1,0 трлн ₸`). Negative amounts start with `−`.
pub fn format_money(tenge: i64, lang: Lang) -> String {
    // The scale words come from the translation files (`money-trn`, …).
    const SCALES: [(u128, &str); 3] = [
        (1_000_000_000_000, "money-trn"),
        (1_000_000_000, "money-bn"),
        (1_000_000, "money-mn"),
    ];
    let abs = u128::from(tenge.unsigned_abs());
    let sign = if tenge < 0 { "−" } else { "" };
    let comma = match lang {
        Lang::Kk | Lang::Ru => ',',
        Lang::En => '.',
    };
    // The largest scale the amount reaches, in tenths rounded half up; an
    // amount that rounds to 1 000,0 of its scale moves to the next one up.
    let tenths = |scale: u128| (abs * 10 + scale / 2) / scale;
    let found = SCALES
        .iter()
        .position(|&(scale, _)| abs >= scale)
        .map(|i| match i.checked_sub(1) {
            Some(up) if tenths(SCALES[i].0) >= 10_000 => up,
            _ => i,
        })
        .map(|i| (tenths(SCALES[i].0), tr_in(lang, SCALES[i].1, &[])));
    match found {
        Some((tenths, name)) => {
            let whole = i64::try_from(tenths / 10).unwrap_or(i64::MAX);
            format!(
                "{sign}{}{comma}{}{NBSP}{name}{NBSP}₸",
                num_in(lang, whole),
                tenths % 10
            )
        }
        None => format!("{}{NBSP}₸", num_in(lang, tenge)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> String {
        s.replace(['\u{A0}', '\u{202F}'], " ")
    }

    #[test]
    fn scales_and_languages() {
        let t = |v, l| plain(&format_money(v, l));
        assert_eq!(t(1_234_000_000_000, Lang::Ru), "1,2 трлн ₸");
        assert_eq!(t(1_234_000_000_000, Lang::Kk), "1,2 трлн ₸");
        assert_eq!(t(1_234_000_000_000, Lang::En), "1.2 trn ₸");
        assert_eq!(t(5_760_000_000, Lang::Ru), "5,8 млрд ₸");
        assert_eq!(t(5_760_000_000, Lang::En), "5.8 bn ₸");
        assert_eq!(t(4_800_000, Lang::Ru), "4,8 млн ₸");
        assert_eq!(t(4_800_000, Lang::En), "4.8 mn ₸");
        assert_eq!(t(850_000, Lang::Ru), "850 000 ₸");
        assert_eq!(t(850_000, Lang::En), "850,000 ₸");
        assert_eq!(t(0, Lang::En), "0 ₸");
        assert_eq!(t(-2_500_000_000, Lang::Ru), "−2,5 млрд ₸");
        // 1,25 → 1,3 (half away from zero); 999,96 млрд → 1,0 трлн
        assert_eq!(t(1_250_000_000, Lang::Ru), "1,3 млрд ₸");
        assert_eq!(t(999_960_000_000, Lang::Ru), "1,0 трлн ₸");
        assert_eq!(t(999_940_000_000, Lang::Ru), "999,9 млрд ₸");
        // 999 999 tenge is below a million: whole tenge
        assert_eq!(t(999_999, Lang::Ru), "999 999 ₸");
        assert_eq!(t(1_234_567_000_000_000, Lang::En), "1,234.6 trn ₸");
        assert_eq!(
            t(i64::MIN, Lang::En),
            "−9,223,372.0 trn ₸",
            "no overflow at the limit"
        );
    }

    #[test]
    fn no_break_spaces_keep_an_amount_on_one_line() {
        assert_eq!(
            format_money(1_200_000_000_000, Lang::Ru),
            "1,2\u{A0}трлн\u{A0}₸"
        );
    }
}

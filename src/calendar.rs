//! Dates from the system clock without a date library: the school year,
//! today's date for slides, timestamps for recovery files.

use std::time::SystemTime;

/// Whole days and the seconds into the day since 1970-01-01 UTC.
pub fn days_and_seconds(t: SystemTime) -> (i64, u64) {
    let secs = t
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    (i64::try_from(secs / 86_400).unwrap_or(0), secs % 86_400)
}

/// (year, month, day) of a day count since 1970-01-01 (Howard Hinnant's
/// `civil_from_days`).
pub fn civil_date(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (
        i32::try_from(year).unwrap_or(i32::MAX),
        u32::try_from(month).unwrap_or(1),
        u32::try_from(day).unwrap_or(1),
    )
}

/// Today as `22.11.2026`, the form used on Kazakh and Russian documents.
pub fn today_dmy() -> String {
    let (days, _) = days_and_seconds(SystemTime::now());
    let (y, m, d) = civil_date(days);
    format!("{d:02}.{m:02}.{y}")
}

/// Today as `2026-11-22`, the form a review's signatures and notes use.
pub fn today_iso() -> String {
    let (days, _) = days_and_seconds(SystemTime::now());
    let (y, m, d) = civil_date(days);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::civil_date;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_date(0), (1970, 1, 1));
        // 2026-11-22 is day 20 779 (56 years of 365 days + 14 leap days + 304 + 21)
        assert_eq!(civil_date(20_779), (2026, 11, 22));
        assert_eq!(civil_date(19_782), (2024, 2, 29));
        assert_eq!(civil_date(-1), (1969, 12, 31));
    }
}

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

/// A calendar day. The window and the exports take one from the clock
/// ([`Day::today`]); tests pass a fixed one, so what a slide says does not
/// change with the date the tests run on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Day {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Day {
    pub const fn new(year: i32, month: u32, day: u32) -> Day {
        Day { year, month, day }
    }

    pub fn today() -> Day {
        let (days, _) = days_and_seconds(SystemTime::now());
        let (year, month, day) = civil_date(days);
        Day { year, month, day }
    }

    /// `22.11.2026`, the form used on Kazakh and Russian documents.
    pub fn dmy(self) -> String {
        format!("{:02}.{:02}.{}", self.day, self.month, self.year)
    }

    /// `2026-11-22`, the form a review's signatures and notes use.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The school year running on this day: it starts on 1 September, so
    /// 3 December 2026 is in 2026 and 1 May 2026 in 2025.
    pub fn school_year(self) -> i32 {
        if self.month >= 9 {
            self.year
        } else {
            self.year - 1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Day, civil_date};

    #[test]
    fn civil_dates() {
        assert_eq!(civil_date(0), (1970, 1, 1));
        // 2026-11-22 is day 20 779 (56 years of 365 days + 14 leap days + 304 + 21)
        assert_eq!(civil_date(20_779), (2026, 11, 22));
        assert_eq!(civil_date(19_782), (2024, 2, 29));
        assert_eq!(civil_date(-1), (1969, 12, 31));
    }

    #[test]
    fn school_year_starts_on_1_september() {
        assert_eq!(Day::new(2026, 8, 31).school_year(), 2025);
        assert_eq!(Day::new(2026, 9, 1).school_year(), 2026);
        assert_eq!(Day::new(2026, 12, 3).school_year(), 2026);
        assert_eq!(Day::new(2027, 1, 5).dmy(), "05.01.2027");
        assert_eq!(Day::new(2027, 1, 5).iso(), "2027-01-05");
    }
}

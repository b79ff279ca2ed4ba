//! Calendar dates and times of day, as the caller supplies them.
//!
//! The core reads no clock: a meeting's date, a member's joining date and the day
//! an advance electronic vote was cast are inputs. Dates are proleptic Gregorian,
//! years 1–9999, written `YYYY-MM-DD`; times `HH:MM` (24-hour, no time zone —
//! the meeting's local time).

use std::fmt;

/// A calendar date, e.g. `2025-06-14`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a text is not a [`Date`] or a [`TimeOfDay`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD` (or `HH:MM` for a time).
    Syntax,
    /// The form is right, the day does not exist (e.g. `2025-02-29`, `25:00`).
    NoSuchDay,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateError::Syntax => "not of the form YYYY-MM-DD",
            DateError::NoSuchDay => "no such day",
        })
    }
}

impl std::error::Error for DateError {}

const fn is_leap(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The value of a run of ASCII digits of exactly `len` characters.
fn digits(s: &str, len: usize) -> Option<u16> {
    if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.bytes()
        .try_fold(0u16, |acc, b| Some(acc * 10 + u16::from(b - b'0')))
}

impl Date {
    /// The date `year-month-day`, if it exists (years 1–9999).
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if year == 0 || year > 9999 || month == 0 || month > 12 {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` (exactly four, two and two digits).
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let mut parts = text.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(DateError::Syntax);
        };
        let (Some(y), Some(m), Some(d)) = (digits(y, 4), digits(m, 2), digits(d, 2)) else {
            return Err(DateError::Syntax);
        };
        // m and d have two digits, so they fit in u8.
        Date::new(y, m as u8, d as u8).ok_or(DateError::NoSuchDay)
    }

    /// The year.
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month, 1–12.
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    pub const fn day(self) -> u8 {
        self.day
    }

    /// Days since 0001-01-01 (which is day 0).
    pub fn day_number(self) -> i64 {
        // Days from civil (Howard Hinnant), shifted so that 0001-01-01 is 0.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let m = i64::from(self.month);
        let d = i64::from(self.day);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 306
    }

    /// The date with this [`Date::day_number`], if it is within years 1–9999.
    pub fn from_day_number(n: i64) -> Option<Date> {
        // Civil from days (Howard Hinnant), shifted as in `day_number`.
        if !(0..=3_652_058).contains(&n) {
            return None;
        }
        let z = n + 306;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(
            u16::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }

    /// The date `days` days earlier (`None` before year 1).
    pub fn minus_days(self, days: i64) -> Option<Date> {
        Date::from_day_number(self.day_number().checked_sub(days)?)
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.day_number() - self.day_number()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Date::parse(s)
    }
}

/// A time of day, e.g. `19:30`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TimeOfDay {
    hour: u8,
    minute: u8,
}

impl TimeOfDay {
    /// `hour:minute`, if it exists (00:00–23:59).
    pub const fn new(hour: u8, minute: u8) -> Option<TimeOfDay> {
        if hour > 23 || minute > 59 {
            return None;
        }
        Some(TimeOfDay { hour, minute })
    }

    /// Parses `HH:MM` (exactly two and two digits).
    pub fn parse(text: &str) -> Result<TimeOfDay, DateError> {
        let Some((h, m)) = text.split_once(':') else {
            return Err(DateError::Syntax);
        };
        let (Some(h), Some(m)) = (digits(h, 2), digits(m, 2)) else {
            return Err(DateError::Syntax);
        };
        TimeOfDay::new(h as u8, m as u8).ok_or(DateError::NoSuchDay)
    }

    /// The hour, 0–23.
    pub const fn hour(self) -> u8 {
        self.hour
    }

    /// The minute, 0–59.
    pub const fn minute(self) -> u8 {
        self.minute
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: Result<&str, DateError>) {
        assert_eq!(
            Date::parse(text).map(|d| d.to_string()),
            expected.map(str::to_string),
            "{text:?}"
        );
    }

    #[test]
    fn parses_and_prints() {
        check("2025-06-14", Ok("2025-06-14"));
        check("2024-02-29", Ok("2024-02-29"));
        check("2000-02-29", Ok("2000-02-29"));
        check("1900-02-29", Err(DateError::NoSuchDay));
        check("2025-02-29", Err(DateError::NoSuchDay));
        check("2025-13-01", Err(DateError::NoSuchDay));
        check("0000-01-01", Err(DateError::NoSuchDay));
        check("2025-6-14", Err(DateError::Syntax));
        check("2025-06-14T10:00", Err(DateError::Syntax));
        check("+025-06-14", Err(DateError::Syntax));
        check("２０２５-06-14", Err(DateError::Syntax));
        check("", Err(DateError::Syntax));
    }

    #[test]
    fn counts_days() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(d("0001-01-01").day_number(), 0);
        assert_eq!(d("1970-01-01").day_number(), 719_162);
        // VER-EL-2 worked example: meeting 30 June, earliest advance vote 31 May.
        assert_eq!(d("2025-05-31").days_until(d("2025-06-30")), 30);
        assert_eq!(d("2024-02-28").days_until(d("2024-03-01")), 2);
        assert_eq!(d("2025-01-01").days_until(d("2024-12-31")), -1);
        assert_eq!(
            d("9999-12-31").day_number() - d("0001-01-01").day_number(),
            3_652_058
        );
        for s in [
            "0001-01-01",
            "1600-02-29",
            "1970-01-01",
            "2024-02-29",
            "2025-12-31",
            "9999-12-31",
        ] {
            assert_eq!(Date::from_day_number(d(s).day_number()), Some(d(s)));
        }
        assert_eq!(d("2025-06-30").minus_days(30), Some(d("2025-05-31")));
        assert_eq!(d("0001-01-01").minus_days(1), None);
        assert_eq!(Date::from_day_number(3_652_059), None);
    }

    #[test]
    fn times() {
        assert_eq!(TimeOfDay::parse("19:30").unwrap().to_string(), "19:30");
        assert_eq!(TimeOfDay::parse("24:00"), Err(DateError::NoSuchDay));
        assert_eq!(TimeOfDay::parse("7:30"), Err(DateError::Syntax));
        assert_eq!(TimeOfDay::parse("07:3O"), Err(DateError::Syntax));
    }
}

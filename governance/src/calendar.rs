//! Legal dates: pure arithmetic on a [`Date`], no clock. The date of a meeting or
//! a request is always an input.
//!
//! How to count a period is not always written down (`decision-rules-nl.md` §J
//! ex. 10 marks it `[unverified]`). Where the law says "at least N days" between a
//! convocation and the meeting, this module counts *clear* days (neither the day of
//! sending nor the meeting day counts), the safe reading and the usual statute
//! wording; elsewhere it follows the worked examples.

use crate::fraction::Fraction;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A calendar date (proleptic Gregorian), year 1 to 9999.
///
/// Serialized as `"YYYY-MM-DD"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// A day of the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Weekday {
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
}

/// A text that is not a date `YYYY-MM-DD` in years 1–9999.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateError;

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a date YYYY-MM-DD")
    }
}

impl std::error::Error for DateError {}

const fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

const fn days_in_month(year: i64, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date, or `None` if it does not exist or lies outside years 1–9999.
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if year == 0 || year > 9999 || day == 0 || day > days_in_month(year as i64, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` (four-digit year, two-digit month and day).
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let b = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| {
            b[r].iter().try_fold(0u16, |acc, &c| {
                c.is_ascii_digit().then(|| acc * 10 + u16::from(c - b'0'))
            })
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateError);
        }
        let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) else {
            return Err(DateError);
        };
        // m, d < 100 here.
        Date::new(y, m as u8, d as u8).ok_or(DateError)
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

    /// Days since 1970-01-01 (negative before).
    fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (y, m, d) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_days(z: i64) -> Option<Date> {
        // Howard Hinnant's civil_from_days.
        let z = z.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date::new(u16::try_from(y).ok()?, m as u8, d as u8)
    }

    /// This date plus `days` (negative: earlier); `None` outside years 1–9999.
    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_days(self.to_days().checked_add(days)?)
    }

    /// This date plus `months`; a day that the target month lacks becomes its last
    /// day (31 January + 1 month = 28 or 29 February) `[interpretation]`.
    pub fn add_months(self, months: i32) -> Option<Date> {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(months);
        let year = u16::try_from(index.div_euclid(12)).ok()?;
        let month = (index.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(i64::from(year), month));
        Date::new(year, month, day)
    }

    /// This date plus `years` (29 February becomes 28 February in a common year).
    pub fn add_years(self, years: i32) -> Option<Date> {
        self.add_months(years.checked_mul(12)?)
    }

    /// Days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: Date) -> i64 {
        other.to_days() - self.to_days()
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        const DAYS: [Weekday; 7] = [
            Weekday::Thursday, // 1970-01-01
            Weekday::Friday,
            Weekday::Saturday,
            Weekday::Sunday,
            Weekday::Monday,
            Weekday::Tuesday,
            Weekday::Wednesday,
        ];
        DAYS[self.to_days().rem_euclid(7) as usize]
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl From<Date> for String {
    fn from(d: Date) -> String {
        d.to_string()
    }
}

impl TryFrom<String> for Date {
    type Error = DateError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Date::parse(&s)
    }
}

/// Advance electronic votes: not earlier than the 30th day before the meeting
/// (BW 2:38 lid 8, VER-EL-2).
pub const ADVANCE_EVOTE_MAX_DAYS: u32 = 30;
/// Convocation for a statute amendment or dissolution: at least 7 days (BW 2:42 lid 1, 4).
pub const AMENDMENT_NOTICE_DAYS: u32 = 7;
/// The proposal lies open for inspection at least 5 days before the meeting (BW 2:42 lid 2).
pub const PROPOSAL_INSPECTION_DAYS: u32 = 5;

/// The earliest day on which an advance electronic vote counts: `days_before`
/// days before the meeting (the law allows at most 30: meeting 30 June → 31 May,
/// §J ex. 9).
pub fn earliest_advance_evote(meeting: Date, days_before: u32) -> Option<Date> {
    meeting.add_days(-i64::from(days_before))
}

/// The last day to send a convocation that must come at least `notice_days`
/// before the meeting, counting clear days: `notice_days` whole days lie between
/// the day of sending and the meeting day.
pub fn convocation_deadline(meeting: Date, notice_days: u32) -> Option<Date> {
    meeting.add_days(-i64::from(notice_days) - 1)
}

/// The dates around a meeting on a statute amendment (or dissolution, BW 2:42 lid 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct AmendmentTiming {
    /// Send the convocation, which must announce the amendment, on this day at the
    /// latest (BW 2:42 lid 1).
    pub convocation_by: Date,
    /// Lay the verbatim proposal open for inspection from this day at the latest
    /// (BW 2:42 lid 2)…
    pub inspection_from: Date,
    /// …until the end of this day, the meeting day.
    pub inspection_until: Date,
}

/// The timing of a statute-amendment meeting with these periods (use
/// [`AMENDMENT_NOTICE_DAYS`] and [`PROPOSAL_INSPECTION_DAYS`] for the legal minima).
///
/// §J ex. 10: meeting Saturday 14 June → convocation by 6 June (7 clear days),
/// proposal open from 9 June (5 days before, as the example counts it) until the
/// end of 14 June.
pub fn statute_amendment_timing(
    meeting: Date,
    notice_days: u32,
    inspection_days: u32,
) -> Option<AmendmentTiming> {
    Some(AmendmentTiming {
        convocation_by: convocation_deadline(meeting, notice_days)?,
        inspection_from: meeting.add_days(-i64::from(inspection_days))?,
        inspection_until: meeting,
    })
}

/// The least number of votes whose holders may demand a members' meeting:
/// `fraction` (law: at most 1/10) of all votes, rounded up (BW 2:41 lid 2).
/// §J ex. 8: 45 members with one vote → 5.
pub fn members_request_minimum(entitled_votes: u64, fraction: Fraction) -> u64 {
    fraction
        .min_yes_needed(entitled_votes, false)
        .unwrap_or(entitled_votes)
}

/// The dates that follow a members' request for a meeting (BW 2:41 lid 2–3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct MembersRequestDates {
    /// The board must have acted on the request by the end of this day (14 days).
    pub board_acts_by: Date,
    /// If it has not, the requesters may convene the meeting themselves from this day.
    pub requesters_may_convene_from: Date,
    /// The meeting must be held by this day (4 weeks).
    pub meeting_held_by: Date,
}

/// §J ex. 8: request received 1 March → board acts by 15 March, meeting held by 29 March.
pub fn members_request_dates(received: Date) -> Option<MembersRequestDates> {
    Some(MembersRequestDates {
        board_acts_by: received.add_days(14)?,
        requesters_may_convene_from: received.add_days(15)?,
        meeting_held_by: received.add_days(28)?,
    })
}

/// The last day for an expelled member's appeal: one month after receiving the
/// notice (BW 2:35 lid 4; statutes may not shorten it). §J ex. 13: 1 March → 1 April.
pub fn expulsion_appeal_deadline(notice_received: Date) -> Option<Date> {
    notice_received.add_months(1)
}

/// The end of the day by which a claim to annul a voidable decision must be made:
/// one year after the day the decision was sufficiently made known (or the claimant
/// learned of it), BW 2:15 lid 5. A void decision (e.g. the required majority was
/// not reached, VAL-4) has no deadline. §J ex. 14: 15 March 2025 → 15 March 2026.
pub fn annulment_deadline(made_known: Date) -> Option<Date> {
    made_known.add_years(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn parse_and_display() {
        assert_eq!(date("2025-06-14").to_string(), "2025-06-14");
        assert_eq!(Date::new(2024, 2, 29), Some(date("2024-02-29")));
        for bad in [
            "2025-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-04-31",
            "0000-01-01",
            "2025-6-14",
            "2025/06/14",
            "2025-06-14 ",
            "+025-06-14",
            "",
            "２０２５-06-14",
        ] {
            assert_eq!(Date::parse(bad), Err(DateError), "{bad:?}");
        }
        assert_eq!(Date::new(10000, 1, 1), None);
    }

    #[test]
    fn arithmetic() {
        assert_eq!(date("2025-03-01").add_days(-1), Some(date("2025-02-28")));
        assert_eq!(date("2024-03-01").add_days(-1), Some(date("2024-02-29")));
        assert_eq!(date("2024-12-31").add_days(1), Some(date("2025-01-01")));
        assert_eq!(date("2025-01-31").add_months(1), Some(date("2025-02-28")));
        assert_eq!(date("2024-02-29").add_years(1), Some(date("2025-02-28")));
        assert_eq!(date("2025-01-15").add_months(-1), Some(date("2024-12-15")));
        assert_eq!(date("0001-01-01").add_days(-1), None);
        assert_eq!(date("9999-12-31").add_days(1), None);
        assert_eq!(date("9999-12-31").add_days(i64::MAX), None);
        assert_eq!(date("0001-01-01").add_months(i32::MIN), None);
        assert_eq!(date("2025-01-01").days_until(date("2026-01-01")), 365);
        assert_eq!(date("1970-01-01").weekday(), Weekday::Thursday);
        assert_eq!(date("2025-06-14").weekday(), Weekday::Saturday);
        assert_eq!(date("0001-01-01").weekday(), Weekday::Monday);
        for (a, b) in [("1900-02-28", "1900-03-01"), ("2000-02-28", "2000-02-29")] {
            assert_eq!(date(a).add_days(1), Some(date(b)));
        }
    }

    #[test]
    fn round_trip_every_day_of_four_centuries() {
        let mut d = date("1900-01-01");
        let start = d.to_days();
        for i in 0..146_097 {
            assert_eq!(d.to_days(), start + i);
            assert_eq!(Date::from_days(start + i), Some(d));
            d = d.add_days(1).unwrap();
        }
    }

    #[test]
    fn worked_example_8_members_request() {
        assert_eq!(members_request_minimum(45, Fraction::ONE_TENTH), 5);
        assert_eq!(members_request_minimum(40, Fraction::ONE_TENTH), 4);
        assert_eq!(members_request_minimum(0, Fraction::ONE_TENTH), 0);
        assert_eq!(members_request_minimum(u64::MAX, Fraction::ONE), u64::MAX);
        let dates = members_request_dates(date("2025-03-01")).unwrap();
        assert_eq!(dates.board_acts_by, date("2025-03-15"));
        assert_eq!(dates.requesters_may_convene_from, date("2025-03-16"));
        assert_eq!(dates.meeting_held_by, date("2025-03-29"));
    }

    #[test]
    fn worked_example_9_advance_evoting() {
        assert_eq!(
            earliest_advance_evote(date("2025-06-30"), ADVANCE_EVOTE_MAX_DAYS),
            Some(date("2025-05-31"))
        );
    }

    #[test]
    fn worked_example_10_statute_amendment_timing() {
        let meeting = date("2025-06-14");
        assert_eq!(meeting.weekday(), Weekday::Saturday);
        let t = statute_amendment_timing(meeting, AMENDMENT_NOTICE_DAYS, PROPOSAL_INSPECTION_DAYS)
            .unwrap();
        assert_eq!(t.convocation_by, date("2025-06-06"));
        assert_eq!(t.inspection_from, date("2025-06-09"));
        assert_eq!(t.inspection_until, meeting);
    }

    #[test]
    fn worked_example_13_expulsion_appeal() {
        assert_eq!(
            expulsion_appeal_deadline(date("2025-03-01")),
            Some(date("2025-04-01"))
        );
    }

    #[test]
    fn worked_example_14_annulment_deadline() {
        assert_eq!(
            annulment_deadline(date("2025-03-15")),
            Some(date("2026-03-15"))
        );
    }

    #[test]
    fn serde_as_text() {
        let json = serde_json::to_string(&date("2025-06-14")).unwrap();
        assert_eq!(json, "\"2025-06-14\"");
        assert_eq!(
            serde_json::from_str::<Date>(&json).unwrap(),
            date("2025-06-14")
        );
        assert!(serde_json::from_str::<Date>("\"2025-02-30\"").is_err());
    }
}

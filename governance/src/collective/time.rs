//! Times of day, as the caller supplies them (dates are [`crate::calendar::Date`]).
//!
//! The core reads no clock: a meeting's starting time is an input, written `HH:MM`
//! (24-hour, no time zone — the meeting's local time).

use std::fmt;

/// Why a text is not a [`TimeOfDay`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimeError {
    /// Not of the form `HH:MM`.
    Syntax,
    /// The form is right, the time does not exist (e.g. `24:00`).
    NoSuchTime,
}

impl fmt::Display for TimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TimeError::Syntax => "not of the form HH:MM",
            TimeError::NoSuchTime => "no such time",
        })
    }
}

impl std::error::Error for TimeError {}

/// A time of day, e.g. `19:30`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TimeOfDay {
    hour: u8,
    minute: u8,
}

/// The value of exactly two ASCII digits.
fn two_digits(s: &str) -> Option<u8> {
    match s.as_bytes() {
        [a @ b'0'..=b'9', b @ b'0'..=b'9'] => Some((a - b'0') * 10 + (b - b'0')),
        _ => None,
    }
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
    pub fn parse(text: &str) -> Result<TimeOfDay, TimeError> {
        let Some((h, m)) = text.split_once(':') else {
            return Err(TimeError::Syntax);
        };
        let (Some(h), Some(m)) = (two_digits(h), two_digits(m)) else {
            return Err(TimeError::Syntax);
        };
        TimeOfDay::new(h, m).ok_or(TimeError::NoSuchTime)
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

    #[test]
    fn times() {
        let check = |text: &str, expected: Result<&str, TimeError>| {
            assert_eq!(
                TimeOfDay::parse(text).map(|t| t.to_string()),
                expected.map(str::to_string),
                "{text:?}"
            );
        };
        check("19:30", Ok("19:30"));
        check("00:00", Ok("00:00"));
        check("24:00", Err(TimeError::NoSuchTime));
        check("12:60", Err(TimeError::NoSuchTime));
        check("7:30", Err(TimeError::Syntax));
        check("07:3O", Err(TimeError::Syntax));
        check("07:30:00", Err(TimeError::Syntax));
        check("", Err(TimeError::Syntax));
    }
}

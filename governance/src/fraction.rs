//! Exact fractions between 0 and 1 — the numbers of every threshold and quorum.
//!
//! "At least two thirds" is `3·yes ≥ 2·base`, never `yes / base ≥ 0.666…`
//! (`decision-rules-nl.md` CNT-3, CNT-4). A [`Fraction`] is kept reduced with a
//! positive denominator, and every comparison is a cross-multiplication in `u128`,
//! so no input can overflow or round.

use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::fmt;

/// An exact fraction `num/den` with `0 ≤ num ≤ den` and `den > 0`, always reduced.
///
/// Serialized as the text `"2/3"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Fraction {
    num: u64,
    den: u64,
}

/// Why a text is not a [`Fraction`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FractionError {
    /// Not of the form `P/Q` with `P` and `Q` decimal digits only.
    Syntax,
    /// The denominator `Q` is zero.
    ZeroDenominator,
    /// `P/Q` is more than one (thresholds and quorums are shares of a whole).
    GreaterThanOne,
    /// `P` or `Q` does not fit in 64 bits.
    TooLarge,
}

impl fmt::Display for FractionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FractionError::Syntax => "not of the form P/Q",
            FractionError::ZeroDenominator => "the denominator is zero",
            FractionError::GreaterThanOne => "more than 1",
            FractionError::TooLarge => "a number is too large",
        })
    }
}

impl std::error::Error for FractionError {}

const fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

impl Fraction {
    /// Nothing: `0/1`.
    pub const ZERO: Fraction = Fraction { num: 0, den: 1 };
    /// One tenth: members' request for a meeting (BW 2:41 lid 2).
    pub const ONE_TENTH: Fraction = Fraction { num: 1, den: 10 };
    /// One half: absolute majority (CNT-3).
    pub const ONE_HALF: Fraction = Fraction { num: 1, den: 2 };
    /// Two thirds: statute amendment (BW 2:43 lid 1), binding nomination (BW 2:37 lid 4).
    pub const TWO_THIRDS: Fraction = Fraction { num: 2, den: 3 };
    /// Three quarters: a common statutory qualified majority.
    pub const THREE_QUARTERS: Fraction = Fraction { num: 3, den: 4 };
    /// Nine tenths: conversion to another legal form (BW 2:18 lid 2 sub a).
    pub const NINE_TENTHS: Fraction = Fraction { num: 9, den: 10 };
    /// The whole: unanimity.
    pub const ONE: Fraction = Fraction { num: 1, den: 1 };

    /// `num/den`, reduced; `None` unless `den > 0` and `num ≤ den`.
    pub const fn new(num: u64, den: u64) -> Option<Fraction> {
        if den == 0 || num > den {
            return None;
        }
        let g = gcd(num, den); // ≥ 1 because den > 0
        Some(Fraction {
            num: num / g,
            den: den / g,
        })
    }

    /// Parses `"P/Q"` (ASCII digits only, no spaces or signs), e.g. `"2/3"`.
    pub fn parse(text: &str) -> Result<Fraction, FractionError> {
        let (p, q) = text.split_once('/').ok_or(FractionError::Syntax)?;
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(p) || !digits(q) {
            return Err(FractionError::Syntax);
        }
        // Only overflow can fail here: the digits were checked above.
        let num: u64 = p.parse().map_err(|_| FractionError::TooLarge)?;
        let den: u64 = q.parse().map_err(|_| FractionError::TooLarge)?;
        if den == 0 {
            return Err(FractionError::ZeroDenominator);
        }
        Fraction::new(num, den).ok_or(FractionError::GreaterThanOne)
    }

    /// The numerator (reduced).
    pub const fn num(self) -> u64 {
        self.num
    }

    /// The denominator (reduced, `> 0`).
    pub const fn den(self) -> u64 {
        self.den
    }

    /// True for `0/1`.
    pub const fn is_zero(self) -> bool {
        self.num == 0
    }

    /// True for `1/1`.
    pub const fn is_one(self) -> bool {
        self.num == self.den
    }

    /// The smallest whole number of yes votes (out of `base`) that meets this fraction:
    /// with `strict` ("more than") the least `y` with `y/base > self`, otherwise
    /// ("at least") the least `y` with `y/base ≥ self`.
    ///
    /// `None` when no `y ≤ base` can do so (only "more than" can be unreachable:
    /// more than all of them, or more than 0 of nothing).
    ///
    /// At least 2/3 of 9 needs 6; more than 2/3 of 9 needs 7 (`decision-rules-nl.md` §J ex. 1, 3).
    pub fn min_yes_needed(self, base: u64, strict: bool) -> Option<u64> {
        let product = u128::from(self.num) * u128::from(base);
        let den = u128::from(self.den);
        let needed = if strict {
            product / den + 1
        } else {
            product.div_ceil(den)
        };
        if needed > u128::from(base) {
            None
        } else {
            u64::try_from(needed).ok()
        }
    }

    /// True when `part/whole` meets this fraction: `part/whole > self` with `strict`,
    /// `part/whole ≥ self` otherwise. Cross-multiplied in `u128`; `whole` may be 0.
    pub fn is_met_by(self, part: u64, whole: u64, strict: bool) -> bool {
        let lhs = u128::from(part) * u128::from(self.den);
        let rhs = u128::from(self.num) * u128::from(whole);
        if strict {
            lhs > rhs
        } else {
            lhs >= rhs
        }
    }
}

impl PartialOrd for Fraction {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Fraction {
    fn cmp(&self, other: &Self) -> Ordering {
        let a = u128::from(self.num) * u128::from(other.den);
        let b = u128::from(other.num) * u128::from(self.den);
        a.cmp(&b)
    }
}

impl fmt::Display for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.num, self.den)
    }
}

impl std::str::FromStr for Fraction {
    type Err = FractionError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Fraction::parse(s)
    }
}

impl From<Fraction> for String {
    fn from(f: Fraction) -> String {
        f.to_string()
    }
}

impl TryFrom<String> for Fraction {
    type Error = FractionError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Fraction::parse(&s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frac(s: &str) -> Fraction {
        Fraction::parse(s).unwrap()
    }

    /// `check(fraction, base, strict, expected minimum yes)`.
    fn check(f: &str, base: u64, strict: bool, expect: Option<u64>) {
        assert_eq!(
            frac(f).min_yes_needed(base, strict),
            expect,
            "{} {f} of {base}",
            if strict { "more than" } else { "at least" }
        );
    }

    #[test]
    fn parse_reduces_and_rejects() {
        assert_eq!(frac("2/3"), Fraction::TWO_THIRDS);
        assert_eq!(frac("4/6"), Fraction::TWO_THIRDS);
        assert_eq!(frac("0/5"), Fraction::ZERO);
        assert_eq!(frac("7/7"), Fraction::ONE);
        assert_eq!(frac("0009/10"), Fraction::NINE_TENTHS);
        for bad in [
            "abc", "2", "/3", "2/", "2/3/4", " 2/3", "+2/3", "-1/2", "2 /3", "½", "",
        ] {
            assert_eq!(Fraction::parse(bad), Err(FractionError::Syntax), "{bad:?}");
        }
        assert_eq!(Fraction::parse("1/0"), Err(FractionError::ZeroDenominator));
        assert_eq!(Fraction::parse("3/2"), Err(FractionError::GreaterThanOne));
        assert_eq!(
            Fraction::parse("99999999999999999999999/1"),
            Err(FractionError::TooLarge)
        );
        assert_eq!(
            Fraction::parse("1/99999999999999999999999"),
            Err(FractionError::TooLarge)
        );
        assert_eq!(Fraction::new(1, 0), None);
        assert_eq!(Fraction::new(2, 1), None);
    }

    #[test]
    fn display_and_serde_form() {
        assert_eq!(Fraction::NINE_TENTHS.to_string(), "9/10");
        assert_eq!(String::from(frac("2/4")), "1/2");
        assert_eq!(
            Fraction::try_from("x".to_string()),
            Err(FractionError::Syntax)
        );
    }

    #[test]
    fn ordering_by_cross_multiplication() {
        assert!(Fraction::ONE_HALF < Fraction::TWO_THIRDS);
        assert!(Fraction::TWO_THIRDS < Fraction::THREE_QUARTERS);
        assert!(Fraction::NINE_TENTHS < Fraction::ONE);
        assert!(Fraction::ZERO < Fraction::ONE_TENTH);
        let big = Fraction::new(u64::MAX - 1, u64::MAX).unwrap();
        assert!(big < Fraction::ONE);
        assert!(Fraction::NINE_TENTHS < big);
    }

    #[test]
    fn worked_example_3_two_thirds() {
        // decision-rules-nl.md §J ex. 3: 2/3 of 9 = 6; of 10 → 7; of 23 → 16 (15 fails: 45 < 46).
        check("2/3", 9, false, Some(6));
        check("2/3", 10, false, Some(7));
        check("2/3", 23, false, Some(16));
        assert!(!Fraction::TWO_THIRDS.is_met_by(15, 23, false));
        assert!(Fraction::TWO_THIRDS.is_met_by(16, 23, false));
    }

    #[test]
    fn strict_and_inclusive() {
        check("2/3", 9, true, Some(7)); // more than 2/3 of 9
        check("1/2", 9, true, Some(5)); // absolute majority of 9
        check("1/2", 10, true, Some(6));
        check("1/2", 10, false, Some(5));
        check("9/10", 50, false, Some(45)); // §J ex. 6
        check("1/1", 7, false, Some(7));
        check("1/1", 7, true, None); // more than all: unreachable
        check("0/1", 7, false, Some(0));
        check("0/1", 7, true, Some(1));
        check("1/2", 0, false, Some(0));
        check("1/2", 0, true, None);
    }

    #[test]
    fn extremes_do_not_overflow() {
        check("1/1", u64::MAX, false, Some(u64::MAX));
        check("1/1", u64::MAX, true, None);
        let almost = Fraction::new(u64::MAX - 1, u64::MAX).unwrap();
        assert_eq!(almost.min_yes_needed(u64::MAX, false), Some(u64::MAX - 1));
        assert_eq!(almost.min_yes_needed(u64::MAX, true), Some(u64::MAX));
        assert!(Fraction::ONE.is_met_by(u64::MAX, u64::MAX, false));
    }

    #[test]
    fn min_yes_agrees_with_is_met() {
        for den in 1..=12u64 {
            for num in 0..=den {
                let f = Fraction::new(num, den).unwrap();
                for base in 0..=30u64 {
                    for strict in [false, true] {
                        let first = (0..=base).find(|&y| f.is_met_by(y, base, strict));
                        assert_eq!(f.min_yes_needed(base, strict), first, "{f} {base} {strict}");
                    }
                }
            }
        }
    }
}

//! Counting methods for elections (ranked, approval, score, consent).
//!
//! Every ranked method takes an [`Election`] plus a
//! [`TieBreak`] and returns a [`Tally`]: the elected in order of election, any
//! unresolved tie, and method-specific round-by-round report data.

use crate::ballot::{CandidateId, Election};
use serde::Serialize;

/// How ties that the rules leave to lot are settled (`counting-methods.md` §1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TieBreak {
    /// Seed for drawing lots with [`crate::lot::Lot`]. `None`: stop and report the tie.
    pub seed: Option<u64>,
}

/// A lot drawn during a count, recorded so that anyone can redraw it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LotDrawn {
    /// The seed that was supplied.
    pub seed: u64,
    /// The tied candidates, ascending.
    pub tied: Vec<CandidateId>,
    /// The candidate the lot chose.
    pub chosen: CandidateId,
}

/// The result of a count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Tally<R> {
    /// Seats that were to be filled.
    pub seats: usize,
    /// Elected candidates in order of election.
    pub elected: Vec<CandidateId>,
    /// All candidates among which the rules could not decide (empty when none).
    pub tied: Vec<CandidateId>,
    /// Method-specific round-by-round data.
    pub report: R,
}

pub mod approval;
pub mod borda;
pub mod consent;
pub mod copeland;
pub mod irv;
pub mod meek;
pub mod plurality;
pub mod schulze;
pub mod score;
pub mod stv;

mod pairwise;
mod select;
#[cfg(test)]
mod testutil;

/// The ranked counting methods, by their command-line names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Method {
    /// Plurality, single or multi-seat (§2).
    Plurality,
    /// Instant runoff, single seat (§3).
    Irv,
    /// Scottish STV (§4).
    Stv,
    /// Meek STV, PRF reference rule (§5).
    Meek,
    /// Schulze beat path, winning votes (§6).
    Schulze,
    /// Borda, averaged for truncated ballots (§7).
    Borda,
    /// Copeland, wins − losses (§8).
    Copeland,
}

impl Method {
    /// Every method, in the order of `counting-methods.md`.
    pub const ALL: [Method; 7] = [
        Method::Plurality,
        Method::Irv,
        Method::Stv,
        Method::Meek,
        Method::Schulze,
        Method::Borda,
        Method::Copeland,
    ];

    /// The command-line name (`plurality`, `irv`, `stv`, `meek`, `schulze`, `borda`, `copeland`).
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Plurality => "plurality",
            Method::Irv => "irv",
            Method::Stv => "stv",
            Method::Meek => "meek",
            Method::Schulze => "schulze",
            Method::Borda => "borda",
            Method::Copeland => "copeland",
        }
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A name that is not a counting method.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownMethod(pub String);

impl std::fmt::Display for UnknownMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = Method::ALL.iter().map(|m| m.as_str()).collect();
        write!(
            f,
            "unknown method '{}' (one of: {})",
            self.0,
            names.join(", ")
        )
    }
}

impl std::error::Error for UnknownMethod {}

impl std::str::FromStr for Method {
    type Err = UnknownMethod;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Method::ALL
            .into_iter()
            .find(|m| m.as_str() == s)
            .ok_or_else(|| UnknownMethod(s.to_string()))
    }
}

/// The report of any ranked method (serialised as the method's own report).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Report {
    /// See [`plurality::PluralityReport`].
    Plurality(plurality::PluralityReport),
    /// See [`irv::IrvReport`].
    Irv(irv::IrvReport),
    /// See [`stv::StvReport`].
    Stv(stv::StvReport),
    /// See [`meek::MeekReport`].
    Meek(meek::MeekReport),
    /// See [`schulze::SchulzeReport`].
    Schulze(schulze::SchulzeReport),
    /// See [`borda::BordaReport`].
    Borda(borda::BordaReport),
    /// See [`copeland::CopelandReport`].
    Copeland(copeland::CopelandReport),
}

/// Counts `election` with `method` (each method's default variant).
pub fn count(method: Method, election: &Election, tie: TieBreak) -> Tally<Report> {
    match method {
        Method::Plurality => plurality::count(election, tie).map_report(Report::Plurality),
        Method::Irv => irv::count(election, tie).map_report(Report::Irv),
        Method::Stv => stv::count(election, tie).map_report(Report::Stv),
        Method::Meek => meek::count(election, tie).map_report(Report::Meek),
        Method::Schulze => schulze::count(election, tie).map_report(Report::Schulze),
        Method::Borda => borda::count(election, tie).map_report(Report::Borda),
        Method::Copeland => copeland::count(election, tie).map_report(Report::Copeland),
    }
}

impl<R> Tally<R> {
    /// The same tally with its report converted by `f`.
    pub fn map_report<S>(self, f: impl FnOnce(R) -> S) -> Tally<S> {
        Tally {
            seats: self.seats,
            elected: self.elected,
            tied: self.tied,
            report: f(self.report),
        }
    }
}

#[cfg(test)]
mod method_tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for m in Method::ALL {
            assert_eq!(m.as_str().parse::<Method>(), Ok(m));
        }
        assert!("Schulze".parse::<Method>().is_err());
    }

    #[test]
    fn profile_x_by_every_method() {
        // §8: X gives plurality A, IRV A, Borda B, Copeland tie, Schulze A
        // (and STV and Meek with one seat follow IRV here).
        let e = testutil::election("8 A>B>C; 7 B>C>A; 5 C>A>B");
        let got: Vec<String> = Method::ALL
            .into_iter()
            .map(|m| {
                format!(
                    "{m}: {}",
                    testutil::outcome(&e, &count(m, &e, TieBreak::default()))
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                "plurality: elected [A] tied []",
                "irv: elected [A] tied []",
                "stv: elected [A] tied []",
                "meek: elected [A] tied []",
                "schulze: elected [A] tied []",
                "borda: elected [B] tied []",
                "copeland: elected [] tied [A, B, C]",
            ]
        );
    }
}

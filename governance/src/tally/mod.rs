//! Counting methods for elections (ranked, approval, score, consent).
//!
//! Every ranked method takes an [`Election`](crate::ballot::Election) plus a
//! [`TieBreak`] and returns a [`Tally`]: the elected in order of election, any
//! unresolved tie, and method-specific round-by-round report data.

use crate::ballot::CandidateId;
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
pub mod plurality;
pub mod score;
pub mod schulze;

mod pairwise;
mod select;
#[cfg(test)]
mod testutil;

//! Ranked ballots and the election they belong to: the common input of every
//! counting method (see `counting-methods.md` §0).

use serde::Serialize;

/// Index of a candidate in [`Election::candidates`] (0-based; BLT numbers are 1-based).
pub type CandidateId = usize;

/// One ballot line: a ranking (most preferred first, distinct candidates) and the
/// number of identical ballots it stands for.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct RankedBallot {
    /// Number of identical ballots (`≥ 1`).
    pub weight: u64,
    /// Candidates in order of preference, most preferred first; no repeats.
    pub ranking: Vec<CandidateId>,
}

impl RankedBallot {
    /// A ballot line of `weight` identical ballots with this ranking.
    pub fn new(weight: u64, ranking: Vec<CandidateId>) -> Self {
        Self { weight, ranking }
    }
}

/// A ranked election: candidates, seats, withdrawn candidates and ballots.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Election {
    /// Title of the election (the BLT title line).
    pub title: String,
    /// Candidate names, verbatim (never trimmed).
    pub candidates: Vec<String>,
    /// Number of seats to fill (`≥ 1`).
    pub seats: usize,
    /// Candidates withdrawn before the count, in ascending order.
    pub withdrawn: Vec<CandidateId>,
    /// Ballot lines, in file order.
    pub ballots: Vec<RankedBallot>,
}

impl Election {
    /// True when candidate `c` was withdrawn before the count.
    pub fn is_withdrawn(&self, c: CandidateId) -> bool {
        self.withdrawn.binary_search(&c).is_ok()
    }

    /// The ranking of `ballot` with withdrawn candidates removed (later preferences move up).
    pub fn effective_ranking<'a>(
        &'a self,
        ballot: &'a RankedBallot,
    ) -> impl Iterator<Item = CandidateId> + 'a {
        ballot
            .ranking
            .iter()
            .copied()
            .filter(move |&c| !self.is_withdrawn(c))
    }

    /// Candidates that take part in the count (not withdrawn), ascending.
    pub fn running(&self) -> Vec<CandidateId> {
        (0..self.candidates.len())
            .filter(|&c| !self.is_withdrawn(c))
            .collect()
    }
}

impl Election {
    /// Number of valid votes (`counting-methods.md` §0): the total weight of the
    /// ballot lines whose ranking is not empty once withdrawn candidates are deleted.
    /// Saturates at `u64::MAX` (never reached by a parsed BLT file, whose total
    /// weight is checked).
    pub fn valid_ballots(&self) -> u64 {
        self.ballots
            .iter()
            .filter(|b| self.effective_ranking(b).next().is_some())
            .fold(0u64, |acc, b| acc.saturating_add(b.weight))
    }

    /// Number of empty (blank) ballots: the total weight of the ballot lines that rank
    /// no candidate once withdrawn candidates are deleted. Not valid votes.
    pub fn empty_ballots(&self) -> u64 {
        self.ballots
            .iter()
            .filter(|b| self.effective_ranking(b).next().is_none())
            .fold(0u64, |acc, b| acc.saturating_add(b.weight))
    }
}

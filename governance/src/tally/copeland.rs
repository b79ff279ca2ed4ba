//! Copeland (`counting-methods.md` §8): score = pairwise wins − pairwise losses,
//! with the pairwise counts `d` of §6 (unranked candidates below ranked ones).
//! For `N` seats the top `N` scores are elected; a score group straddling seat `N`
//! is a tie (§1).

use super::pairwise::Pairwise;
use super::select::{fill_seats, groups_by_score};
use super::{LotDrawn, Tally, TieBreak};
use crate::ballot::{CandidateId, Election};
use serde::Serialize;

/// One candidate's pairwise record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CopelandScore {
    /// The candidate.
    pub candidate: CandidateId,
    /// Opponents this candidate beats pairwise.
    pub wins: u64,
    /// Opponents this candidate ties with pairwise.
    pub ties: u64,
    /// Opponents that beat this candidate pairwise.
    pub losses: u64,
    /// `wins − losses`.
    pub score: i64,
}

/// The Copeland count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CopelandReport {
    /// Running candidates, ascending: row and column `i` of `d` are `candidates[i]`.
    pub candidates: Vec<CandidateId>,
    /// `d[i][j]`: weight of the ballots ranking `candidates[i]` above `candidates[j]`.
    pub d: Vec<Vec<u64>>,
    /// The record of every running candidate, in candidate order.
    pub scores: Vec<CopelandScore>,
    /// Weight of the empty ballots (not counted).
    pub blank: u64,
    /// Weight of the non-empty ballots.
    pub valid: u64,
    /// Lots drawn, in order.
    pub lots: Vec<LotDrawn>,
}

/// Counts `election` by Copeland.
pub fn count(election: &Election, tie: TieBreak) -> Tally<CopelandReport> {
    let Pairwise {
        candidates,
        d,
        blank,
        valid,
    } = Pairwise::count(election);
    let n = candidates.len();
    let scores: Vec<CopelandScore> = (0..n)
        .map(|i| {
            let (mut wins, mut ties, mut losses) = (0u64, 0u64, 0u64);
            for j in (0..n).filter(|&j| j != i) {
                match d[i][j].cmp(&d[j][i]) {
                    std::cmp::Ordering::Greater => wins += 1,
                    std::cmp::Ordering::Equal => ties += 1,
                    std::cmp::Ordering::Less => losses += 1,
                }
            }
            CopelandScore {
                candidate: candidates[i],
                wins,
                ties,
                losses,
                score: i64::try_from(wins).unwrap_or(i64::MAX)
                    - i64::try_from(losses).unwrap_or(i64::MAX),
            }
        })
        .collect();
    let keyed: Vec<(CandidateId, i64)> = scores.iter().map(|s| (s.candidate, s.score)).collect();
    let sel = fill_seats(groups_by_score(&keyed), election.seats, tie);
    Tally {
        seats: election.seats,
        elected: sel.elected,
        tied: sel.tied,
        report: CopelandReport {
            candidates,
            d,
            scores,
            blank,
            valid,
            lots: sel.lots,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tally::testutil::{election, outcome};

    fn check(input: &str, expected: &str) {
        let e = election(input);
        let t = count(&e, TieBreak::default());
        let scores: Vec<String> = t
            .report
            .scores
            .iter()
            .map(|s| format!("{} {}", e.candidates[s.candidate], s.score))
            .collect();
        assert_eq!(
            format!("{} → {}", scores.join(", "), outcome(&e, &t)),
            expected
        );
    }

    #[test]
    fn x_cycle_ties_all_three() {
        check(
            "8 A>B>C; 7 B>C>A; 5 C>A>B",
            "A 0, B 0, C 0 → elected [] tied [A, B, C]",
        );
    }

    #[test]
    fn c2_pairwise_tie_counts_zero() {
        check(
            "2 A>B>C; 2 B>C>A; 1 C>A>B; 1 A>C>B",
            "A 1, B 0, C -1 → elected [A] tied []",
        );
        let t = count(
            &election("2 A>B>C; 2 B>C>A; 1 C>A>B; 1 A>C>B"),
            TieBreak::default(),
        );
        assert_eq!(
            t.report.d,
            vec![vec![0, 4, 3], vec![2, 0, 4], vec![3, 2, 0]]
        );
        assert_eq!((t.report.scores[0].wins, t.report.scores[0].ties), (1, 1));
    }

    #[test]
    fn two_seats_and_withdrawn() {
        check(
            "2 seats; withdrawn C; 2 A>B>C; 2 B>C>A; 1 C>A>B; 1 A>C>B",
            "A 1, B -1 → elected [A, B] tied []",
        );
    }

    #[test]
    fn seeded_lot_in_a_cycle() {
        let e = election("8 A>B>C; 7 B>C>A; 5 C>A>B");
        let t = count(&e, TieBreak { seed: Some(0) });
        assert_eq!(t.elected.len(), 1);
        assert_eq!(t.report.lots.len(), 1);
        assert_eq!(t.report.lots[0].tied, vec![0, 1, 2]);
    }
}

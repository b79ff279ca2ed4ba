//! Borda count (`counting-methods.md` §7).
//!
//! With `n` running candidates a ballot ranking `k` of them gives the candidate at
//! position `i` (0-based) `n−1−i` points. Unranked candidates get, by convention:
//! **averaged** (default) the mean of the unused points `(n−k−1)/2` each;
//! **pessimistic** nothing; **modified** ranks score `k−i` and unranked nothing.
//! Scores are kept as `2 × points` so that averaged halves stay integers.
//! For `N` seats the top `N` scores are elected; a score group straddling seat `N`
//! is a tie (§1).

use super::select::{fill_seats, groups_by_score, Rankings};
use super::{LotDrawn, Tally, TieBreak};
use crate::ballot::{CandidateId, Election};
use serde::Serialize;

/// How truncated ballots score their unranked candidates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BordaVariant {
    /// Ranked: `n−1−i`; each unranked: `(n−k−1)/2` (the default; same winners as
    /// pref_voting's symmetric Borda).
    #[default]
    Averaged,
    /// Ranked: `n−1−i`; unranked: 0.
    Pessimistic,
    /// Ranked: `k−i`; unranked: 0 (Modified Borda Count).
    Modified,
}

/// One candidate's Borda score.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BordaScore {
    /// The candidate.
    pub candidate: CandidateId,
    /// Twice the Borda score (exact; the score itself may end in `.5`).
    pub points_x2: u64,
}

/// The Borda count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BordaReport {
    /// The convention for unranked candidates.
    pub variant: BordaVariant,
    /// Score of every running candidate, in candidate order.
    pub scores: Vec<BordaScore>,
    /// Weight of the empty ballots (not counted).
    pub blank: u64,
    /// Weight of the non-empty ballots.
    pub valid: u64,
    /// Lots drawn, in order.
    pub lots: Vec<LotDrawn>,
}

/// Counts `election` by Borda, averaged convention.
pub fn count(election: &Election, tie: TieBreak) -> Tally<BordaReport> {
    count_with(election, tie, BordaVariant::Averaged)
}

/// Counts `election` by Borda with the given convention for truncated ballots.
pub fn count_with(election: &Election, tie: TieBreak, variant: BordaVariant) -> Tally<BordaReport> {
    let mut rankings = Rankings::new(election);
    let running = rankings.running();
    let n = running.len() as u64;
    let mut points = vec![0u64; election.candidates.len()];
    // Points for unranked candidates, collected per ballot and handed out at the end:
    // `unranked_pool` sums them over all ballots, `ranked_back` takes back the part that
    // went to candidates who were ranked on the ballot.
    let mut unranked_pool = 0u64;
    let mut ranked_back = vec![0u64; election.candidates.len()];
    let (mut blank, mut valid) = (0u64, 0u64);
    for ballot in &election.ballots {
        let ranking = rankings.clean(ballot);
        let w = ballot.weight;
        if ranking.is_empty() {
            blank = blank.saturating_add(w);
            continue;
        }
        valid = valid.saturating_add(w);
        let k = ranking.len() as u64;
        for (i, &c) in (0u64..).zip(ranking) {
            let x2 = match variant {
                BordaVariant::Averaged | BordaVariant::Pessimistic => 2 * (n - 1 - i),
                BordaVariant::Modified => 2 * (k - i),
            };
            points[c] = points[c].saturating_add(x2.saturating_mul(w));
        }
        if variant == BordaVariant::Averaged && k < n {
            // 2 × (n−k−1)/2 for each unranked candidate.
            let each = (n - k - 1).saturating_mul(w);
            unranked_pool = unranked_pool.saturating_add(each);
            for &c in ranking {
                ranked_back[c] = ranked_back[c].saturating_add(each);
            }
        }
    }
    let scores: Vec<(CandidateId, u64)> = running
        .iter()
        .map(|&c| {
            (
                c,
                points[c].saturating_add(unranked_pool - ranked_back[c].min(unranked_pool)),
            )
        })
        .collect();
    let sel = fill_seats(groups_by_score(&scores), election.seats, tie);
    Tally {
        seats: election.seats,
        elected: sel.elected,
        tied: sel.tied,
        report: BordaReport {
            variant,
            scores: scores
                .into_iter()
                .map(|(candidate, points_x2)| BordaScore {
                    candidate,
                    points_x2,
                })
                .collect(),
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

    fn check(input: &str, variant: BordaVariant, expected: &str) {
        let e = election(input);
        let t = count_with(&e, TieBreak::default(), variant);
        let scores: Vec<String> = t
            .report
            .scores
            .iter()
            .map(|s| {
                let half = if s.points_x2 % 2 == 1 { ".5" } else { "" };
                format!("{} {}{half}", e.candidates[s.candidate], s.points_x2 / 2)
            })
            .collect();
        assert_eq!(
            format!("{} → {}", scores.join(", "), outcome(&e, &t)),
            expected
        );
    }

    #[test]
    fn x_complete_rankings() {
        check(
            "8 A>B>C; 7 B>C>A; 5 C>A>B",
            BordaVariant::Averaged,
            "A 21, B 22, C 17 → elected [B] tied []",
        );
    }

    #[test]
    fn b_t_averaged() {
        check(
            "2 B>A; 3 D>B>A>C; 5 C",
            BordaVariant::Averaged,
            "A 12, B 17, C 16, D 15 → elected [B] tied []",
        );
    }

    #[test]
    fn b_t_pessimistic() {
        check(
            "2 B>A; 3 D>B>A>C; 5 C",
            BordaVariant::Pessimistic,
            "A 7, B 12, C 15, D 9 → elected [C] tied []",
        );
    }

    #[test]
    fn b_t_modified() {
        // 2 B>A: B 2, A 1 (×2); 3 D>B>A>C: D 4, B 3, A 2, C 1 (×3); 5 C: C 1 (×5).
        check(
            "2 B>A; 3 D>B>A>C; 5 C",
            BordaVariant::Modified,
            "A 8, B 13, C 8, D 12 → elected [B] tied []",
        );
    }

    #[test]
    fn averaged_halves() {
        // n = 3: 1 A gives A 2, B and C 0.5 each.
        check(
            "candidates 3; 1 A",
            BordaVariant::Averaged,
            "A 2, B 0.5, C 0.5 → elected [A] tied []",
        );
    }

    #[test]
    fn tie_and_withdrawn() {
        check(
            "2 seats; candidates 4; withdrawn D; 1 A>B>C; 1 B>A>C",
            BordaVariant::Averaged,
            "A 3, B 3, C 0 → elected [A, B] tied []",
        );
        check(
            "1 A>B>C; 1 B>A>C; 3 -",
            BordaVariant::Averaged,
            "A 3, B 3, C 0 → elected [] tied [A, B]",
        );
    }
}

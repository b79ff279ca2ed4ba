//! Plurality, single and multi-seat (`counting-methods.md` §2).
//!
//! Each non-empty ballot counts for its highest-ranked running candidate; the top
//! `seats` scores are elected. A score group straddling the last seat is a tie (§1).
//! Multi-seat plurality from ranked ballots is one vote per voter (SNTV-like).

use super::select::{fill_seats, groups_by_score, Rankings};
use super::{LotDrawn, Tally, TieBreak};
use crate::ballot::{CandidateId, Election};
use serde::Serialize;

/// One candidate's plurality score.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PluralityScore {
    /// The candidate.
    pub candidate: CandidateId,
    /// Weight of the ballots whose first (running) preference is this candidate.
    pub score: u64,
}

/// The plurality count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PluralityReport {
    /// Score of every running candidate, in candidate order.
    pub scores: Vec<PluralityScore>,
    /// Weight of the empty ballots (not counted).
    pub blank: u64,
    /// Weight of the non-empty ballots (the sum of the scores).
    pub valid: u64,
    /// Lots drawn for the last seats, in order.
    pub lots: Vec<LotDrawn>,
}

/// Counts `election` by plurality for `election.seats` seats.
pub fn count(election: &Election, tie: TieBreak) -> Tally<PluralityReport> {
    let mut rankings = Rankings::new(election);
    let mut score = vec![0u64; election.candidates.len()];
    let (mut blank, mut valid) = (0u64, 0u64);
    for ballot in &election.ballots {
        match rankings.clean(ballot).first() {
            Some(&c) => {
                score[c] = score[c].saturating_add(ballot.weight);
                valid = valid.saturating_add(ballot.weight);
            }
            None => blank = blank.saturating_add(ballot.weight),
        }
    }
    let scores: Vec<(CandidateId, u64)> = rankings
        .running()
        .into_iter()
        .map(|c| (c, score[c]))
        .collect();
    let sel = fill_seats(groups_by_score(&scores), election.seats, tie);
    Tally {
        seats: election.seats,
        elected: sel.elected,
        tied: sel.tied,
        report: PluralityReport {
            scores: scores
                .into_iter()
                .map(|(candidate, score)| PluralityScore { candidate, score })
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

    /// `input` counted without a seed: scores, then the outcome.
    fn check(input: &str, expected: &str) {
        check_seeded(input, None, expected);
    }

    fn check_seeded(input: &str, seed: Option<u64>, expected: &str) {
        let e = election(input);
        let t = count(&e, TieBreak { seed });
        let scores: Vec<String> = t
            .report
            .scores
            .iter()
            .map(|s| format!("{} {}", e.candidates[s.candidate], s.score))
            .collect();
        let lots: String = t
            .report
            .lots
            .iter()
            .map(|l| format!(" lot {}", e.candidates[l.chosen]))
            .collect();
        let got = format!(
            "{}; blank {} valid {}{lots} → {}",
            scores.join(", "),
            t.report.blank,
            t.report.valid,
            outcome(&e, &t)
        );
        assert_eq!(got, expected);
    }

    #[test]
    fn p1_single_seat() {
        check(
            "6 A; 5 B>C; 4 C>B",
            "A 6, B 5, C 4; blank 0 valid 15 → elected [A] tied []",
        );
    }

    #[test]
    fn p1_two_seats() {
        check(
            "2 seats; 6 A; 5 B>C; 4 C>B",
            "A 6, B 5, C 4; blank 0 valid 15 → elected [A, B] tied []",
        );
    }

    #[test]
    fn p2_tie_for_the_last_seat() {
        check(
            "2 seats; 5 A; 3 B; 3 C>A",
            "A 5, B 3, C 3; blank 0 valid 11 → elected [A] tied [B, C]",
        );
    }

    #[test]
    fn p2_seeded_lot_picks_one() {
        let e = election("2 seats; 5 A; 3 B; 3 C>A");
        let t = count(&e, TieBreak { seed: Some(1) });
        assert_eq!(t.elected.len(), 2);
        assert_eq!(t.elected[0], 0);
        assert!(t.tied.is_empty());
        assert_eq!(t.report.lots.len(), 1);
        assert_eq!(t.report.lots[0].tied, vec![1, 2]);
        assert_eq!(t.report.lots[0].chosen, t.elected[1]);
        // The same seed draws the same lot.
        assert_eq!(count(&e, TieBreak { seed: Some(1) }), t);
    }

    #[test]
    fn withdrawn_first_preference_moves_to_the_next() {
        check(
            "withdrawn A; 6 A>C; 5 B; 1 A; 2 -",
            "B 5, C 6; blank 3 valid 11 → elected [C] tied []",
        );
    }

    #[test]
    fn tie_for_the_single_seat() {
        check(
            "3 A; 3 B; 1 C",
            "A 3, B 3, C 1; blank 0 valid 7 → elected [] tied [A, B]",
        );
    }

    #[test]
    fn tie_above_the_last_seat_is_no_tie() {
        check(
            "2 seats; 3 A; 3 B; 1 C",
            "A 3, B 3, C 1; blank 0 valid 7 → elected [A, B] tied []",
        );
    }

    #[test]
    fn no_ballots_ties_everyone() {
        check(
            "candidates 2",
            "A 0, B 0; blank 0 valid 0 → elected [] tied [A, B]",
        );
    }

    #[test]
    fn more_seats_than_candidates() {
        check(
            "3 seats; 1 B",
            "A 0, B 1; blank 0 valid 1 → elected [B, A] tied []",
        );
    }
}

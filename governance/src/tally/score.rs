//! Score (range) voting (`counting-methods.md` §9): each ballot gives each candidate
//! an integer score `0..=max_score`; a candidate's total is the weighted sum; the top
//! `seats` totals are elected. A candidate a ballot does not score counts 0 on it
//! [interpretation of §9]. A total group straddling the last seat is a tie (§1).
//!
//! A ballot scoring no running candidate is blank. A ballot with a score above
//! `max_score`, a candidate scored twice, or an unknown candidate is invalid: it is
//! reported and not counted (its intent is unclear, so no part of it is used).

use super::select::{fill_seats, groups_by_score};
use super::{LotDrawn, Tally, TieBreak};
use crate::ballot::CandidateId;
use serde::Serialize;

/// One score ballot line.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct ScoreBallot {
    /// Number of identical ballots (`≥ 1`).
    pub weight: u64,
    /// `(candidate, score)` pairs; candidates not listed score 0.
    pub scores: Vec<(CandidateId, u64)>,
}

/// A score election.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ScoreElection {
    /// Title of the election.
    pub title: String,
    /// Candidate names.
    pub candidates: Vec<String>,
    /// Number of seats to fill.
    pub seats: usize,
    /// The highest score a ballot may give (`K`, fixed before the vote).
    pub max_score: u64,
    /// Candidates withdrawn before the count; scores for them are ignored.
    pub withdrawn: Vec<CandidateId>,
    /// Ballot lines.
    pub ballots: Vec<ScoreBallot>,
}

/// One candidate's total.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScoreTotal {
    /// The candidate.
    pub candidate: CandidateId,
    /// Sum of weight × score over the valid ballots.
    pub total: u64,
}

/// The score count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScoreReport {
    /// The highest allowed score.
    pub max_score: u64,
    /// Total of every running candidate, in candidate order.
    pub totals: Vec<ScoreTotal>,
    /// Weight of the ballots scoring no running candidate.
    pub blank: u64,
    /// Weight of the invalid ballots (score above the maximum, a candidate scored
    /// twice, or an unknown candidate).
    pub invalid: u64,
    /// Weight of the counted ballots.
    pub valid: u64,
    /// Lots drawn, in order.
    pub lots: Vec<LotDrawn>,
}

/// Counts a score election.
pub fn count(election: &ScoreElection, tie: TieBreak) -> Tally<ScoreReport> {
    let n = election.candidates.len();
    let mut running = vec![true; n];
    for &w in &election.withdrawn {
        if let Some(r) = running.get_mut(w) {
            *r = false;
        }
    }
    let mut totals = vec![0u64; n];
    let mut seen = vec![false; n];
    let (mut blank, mut invalid, mut valid) = (0u64, 0u64, 0u64);
    for ballot in &election.ballots {
        let ok = ballot.scores.iter().all(|&(c, s)| {
            let fresh = c < n && s <= election.max_score && !seen[c];
            if fresh {
                seen[c] = true;
            }
            fresh
        });
        for &(c, _) in &ballot.scores {
            if let Some(s) = seen.get_mut(c) {
                *s = false;
            }
        }
        let w = ballot.weight;
        if !ok {
            invalid = invalid.saturating_add(w);
        } else if ballot.scores.iter().all(|&(c, _)| !running[c]) {
            blank = blank.saturating_add(w);
        } else {
            valid = valid.saturating_add(w);
            for &(c, s) in ballot.scores.iter().filter(|&&(c, _)| running[c]) {
                totals[c] = totals[c].saturating_add(s.saturating_mul(w));
            }
        }
    }
    let keyed: Vec<(CandidateId, u64)> = (0..n)
        .filter(|&c| running[c])
        .map(|c| (c, totals[c]))
        .collect();
    let sel = fill_seats(groups_by_score(&keyed), election.seats, tie);
    Tally {
        seats: election.seats,
        elected: sel.elected,
        tied: sel.tied,
        report: ScoreReport {
            max_score: election.max_score,
            totals: keyed
                .into_iter()
                .map(|(candidate, total)| ScoreTotal { candidate, total })
                .collect(),
            blank,
            invalid,
            valid,
            lots: sel.lots,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `"2 seats; 3 A5 B2; 1 -"`: weight, then letter+score pairs (`-` = none).
    fn check(input: &str, expected: &str) {
        let mut e = ScoreElection {
            seats: 1,
            max_score: 5,
            candidates: ["A", "B", "C"].map(String::from).to_vec(),
            ..ScoreElection::default()
        };
        for part in input.split(';').map(str::trim) {
            let (head, rest) = part.split_once(' ').unwrap_or((part, ""));
            let letter = |t: &str| usize::from(t.as_bytes()[0] - b'A');
            match rest {
                "seats" => e.seats = head.parse().unwrap(),
                _ if head == "withdrawn" => e.withdrawn = vec![letter(rest)],
                _ => e.ballots.push(ScoreBallot {
                    weight: head.parse().unwrap(),
                    scores: rest
                        .split_whitespace()
                        .filter(|t| *t != "-")
                        .map(|t| (letter(t), t[1..].parse().unwrap()))
                        .collect(),
                }),
            }
        }
        let t = count(&e, TieBreak::default());
        let name = |c: &CandidateId| e.candidates[*c].as_str();
        let totals: Vec<String> = t
            .report
            .totals
            .iter()
            .map(|s| format!("{} {}", name(&s.candidate), s.total))
            .collect();
        let got = format!(
            "{}; blank {} invalid {} valid {} → elected {:?} tied {:?}",
            totals.join(", "),
            t.report.blank,
            t.report.invalid,
            t.report.valid,
            t.elected.iter().map(name).collect::<Vec<_>>(),
            t.tied.iter().map(name).collect::<Vec<_>>()
        );
        assert_eq!(got, expected);
    }

    #[test]
    fn unscored_counts_zero() {
        // B's average over those who scored it (5) beats A's (3.67), but sums decide.
        check(
            "3 A4 B0; 1 B5; 2 A3",
            "A 18, B 5, C 0; blank 0 invalid 0 valid 6 → elected [\"A\"] tied []",
        );
    }

    #[test]
    fn invalid_and_blank_ballots() {
        check(
            "1 A6; 2 A1 A2; 1 -; 1 B3",
            "A 0, B 3, C 0; blank 1 invalid 3 valid 1 → elected [\"B\"] tied []",
        );
    }

    #[test]
    fn tie_for_the_second_seat() {
        check(
            "2 seats; 1 A5 B3 C3",
            "A 5, B 3, C 3; blank 0 invalid 0 valid 1 → elected [\"A\"] tied [\"B\", \"C\"]",
        );
    }

    #[test]
    fn withdrawn_scores_are_ignored() {
        check(
            "withdrawn A; 1 A5 B1; 1 A5",
            "B 1, C 0; blank 1 invalid 0 valid 1 → elected [\"B\"] tied []",
        );
    }
}

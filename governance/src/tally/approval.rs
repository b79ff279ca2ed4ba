//! Approval voting (`counting-methods.md` §9): each ballot approves a set of
//! candidates; a candidate's score is the weight of the ballots approving it; the
//! top `seats` are elected (block approval, not proportional). A score group
//! straddling the last seat is a tie (§1). Blank ballots are reported, not scored.

use super::select::{fill_seats, groups_by_score};
use super::{LotDrawn, Tally, TieBreak};
use crate::ballot::CandidateId;
use serde::Serialize;

/// One approval ballot line.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct ApprovalBallot {
    /// Number of identical ballots (`≥ 1`).
    pub weight: u64,
    /// The approved candidates, in any order. Repeats count once; unknown and
    /// withdrawn candidates are ignored.
    pub approved: Vec<CandidateId>,
}

/// An approval election.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ApprovalElection {
    /// Title of the election.
    pub title: String,
    /// Candidate names.
    pub candidates: Vec<String>,
    /// Number of seats to fill.
    pub seats: usize,
    /// Candidates withdrawn before the count.
    pub withdrawn: Vec<CandidateId>,
    /// Ballot lines.
    pub ballots: Vec<ApprovalBallot>,
}

/// One candidate's approvals.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ApprovalScore {
    /// The candidate.
    pub candidate: CandidateId,
    /// Weight of the ballots approving the candidate.
    pub approvals: u64,
}

/// The approval count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ApprovalReport {
    /// Approvals of every running candidate, in candidate order.
    pub scores: Vec<ApprovalScore>,
    /// Weight of the ballots approving no running candidate (not counted).
    pub blank: u64,
    /// Weight of the other ballots.
    pub valid: u64,
    /// Lots drawn, in order.
    pub lots: Vec<LotDrawn>,
}

/// Counts an approval election.
pub fn count(election: &ApprovalElection, tie: TieBreak) -> Tally<ApprovalReport> {
    let n = election.candidates.len();
    let mut running = vec![true; n];
    for &w in &election.withdrawn {
        if let Some(r) = running.get_mut(w) {
            *r = false;
        }
    }
    let mut approvals = vec![0u64; n];
    let mut seen = vec![false; n];
    let (mut blank, mut valid) = (0u64, 0u64);
    for ballot in &election.ballots {
        let mut marked: Vec<CandidateId> = Vec::new();
        for &c in &ballot.approved {
            if running.get(c) == Some(&true) && !seen[c] {
                seen[c] = true;
                marked.push(c);
            }
        }
        if marked.is_empty() {
            blank = blank.saturating_add(ballot.weight);
            continue;
        }
        valid = valid.saturating_add(ballot.weight);
        for c in marked {
            seen[c] = false;
            approvals[c] = approvals[c].saturating_add(ballot.weight);
        }
    }
    let scores: Vec<(CandidateId, u64)> = (0..n)
        .filter(|&c| running[c])
        .map(|c| (c, approvals[c]))
        .collect();
    let sel = fill_seats(groups_by_score(&scores), election.seats, tie);
    Tally {
        seats: election.seats,
        elected: sel.elected,
        tied: sel.tied,
        report: ApprovalReport {
            scores: scores
                .into_iter()
                .map(|(candidate, approvals)| ApprovalScore {
                    candidate,
                    approvals,
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

    /// `"2 seats; 3 AB; 2 C; 1 -"`: weight, then the approved letters (`-` = none).
    fn check(input: &str, expected: &str) {
        let mut e = ApprovalElection {
            seats: 1,
            candidates: ["A", "B", "C", "D"].map(String::from).to_vec(),
            ..ApprovalElection::default()
        };
        for part in input.split(';').map(str::trim) {
            let (head, rest) = part.split_once(' ').unwrap_or((part, ""));
            let ids = || {
                rest.bytes()
                    .filter(u8::is_ascii_uppercase)
                    .map(|b| usize::from(b - b'A'))
            };
            match rest {
                "seats" => e.seats = head.parse().unwrap(),
                _ if head == "withdrawn" => e.withdrawn = ids().collect(),
                _ => e.ballots.push(ApprovalBallot {
                    weight: head.parse().unwrap(),
                    approved: ids().collect(),
                }),
            }
        }
        let t = count(&e, TieBreak::default());
        let name = |c: &CandidateId| e.candidates[*c].clone();
        let scores: Vec<String> = t
            .report
            .scores
            .iter()
            .map(|s| format!("{} {}", name(&s.candidate), s.approvals))
            .collect();
        let got = format!(
            "{}; blank {} → elected {:?} tied {:?}",
            scores.join(", "),
            t.report.blank,
            t.elected.iter().map(name).collect::<Vec<_>>(),
            t.tied.iter().map(name).collect::<Vec<_>>()
        );
        assert_eq!(got, expected);
    }

    #[test]
    fn top_one() {
        check(
            "3 AB; 2 C; 2 BC; 1 -",
            "A 3, B 5, C 4, D 0; blank 1 → elected [\"B\"] tied []",
        );
    }

    #[test]
    fn block_approval_and_tie() {
        check(
            "2 seats; 3 AB; 2 CD; 1 C",
            "A 3, B 3, C 3, D 2; blank 0 → elected [] tied [\"A\", \"B\", \"C\"]",
        );
        check(
            "2 seats; 3 AB; 2 CD; 2 C",
            "A 3, B 3, C 4, D 2; blank 0 → elected [\"C\"] tied [\"A\", \"B\"]",
        );
    }

    #[test]
    fn repeats_count_once_and_withdrawn_are_ignored() {
        check(
            "withdrawn D; 2 AAA; 1 D; 1 BD",
            "A 2, B 1, C 0; blank 1 → elected [\"A\"] tied []",
        );
    }
}

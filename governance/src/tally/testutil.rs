//! Test support: elections written as in the tables of `counting-methods.md`.
//!
//! `"2 seats; withdrawn D; 6 A; 5 B>C; 1 -"`: parts separated by `;` are
//! `N seats`, `withdrawn X Y`, `candidates N` or a ballot line `WEIGHT RANKING`
//! (`-` = empty ranking). Candidates are single letters `A`, `B`, …; there are as
//! many as the highest letter used (or `candidates N`).

use crate::ballot::{CandidateId, Election, RankedBallot};

fn id(letter: &str) -> CandidateId {
    let b = letter.trim().as_bytes();
    assert!(
        b.len() == 1 && b[0].is_ascii_uppercase(),
        "bad candidate {letter:?}"
    );
    usize::from(b[0] - b'A')
}

/// The election written in `spec` (one seat unless said otherwise).
pub(crate) fn election(spec: &str) -> Election {
    let mut e = Election {
        seats: 1,
        ..Election::default()
    };
    let mut n = 0;
    for part in spec.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let (head, rest) = part.split_once(' ').unwrap_or((part, ""));
        let rest = rest.trim();
        if rest == "seats" {
            e.seats = head.parse().expect("seats");
        } else if head == "withdrawn" {
            e.withdrawn = rest.split_whitespace().map(id).collect();
            e.withdrawn.sort_unstable();
        } else if head == "candidates" {
            n = rest.parse().expect("candidates");
        } else {
            let ranking: Vec<CandidateId> = if rest == "-" {
                vec![]
            } else {
                rest.split('>').map(id).collect()
            };
            e.ballots
                .push(RankedBallot::new(head.parse().expect("weight"), ranking));
        }
    }
    let used = e
        .ballots
        .iter()
        .flat_map(|b| b.ranking.iter())
        .chain(&e.withdrawn)
        .map(|&c| c + 1)
        .max()
        .unwrap_or(0);
    e.candidates = (0..n.max(used))
        .map(|c| char::from(b'A' + c as u8).to_string())
        .collect();
    e
}

/// Candidate names, comma-separated.
pub(crate) fn names(e: &Election, ids: &[CandidateId]) -> String {
    ids.iter()
        .map(|&c| e.candidates[c].as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// `elected [..] tied [..]` of a tally.
pub(crate) fn outcome<R>(e: &Election, t: &crate::tally::Tally<R>) -> String {
    format!(
        "elected [{}] tied [{}]",
        names(e, &t.elected),
        names(e, &t.tied)
    )
}

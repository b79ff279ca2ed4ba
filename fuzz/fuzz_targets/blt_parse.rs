//! `governance::blt::parse` on arbitrary bytes. When a file parses:
//! - `blt::write` then `parse` gives back the same election (round trip);
//! - every ranked counting method runs without a panic, with seats clamped small,
//!   and its result names only running candidates, each at most once.
//!
//! Counting is skipped for large elections, to keep each execution fast: the
//! parser is the target here, and the methods have their own property tests.
#![no_main]

use governance::ballot::Election;
use governance::blt;
use governance::tally::{self, Method, TieBreak};
use libfuzzer_sys::fuzz_target;

/// Most candidates, ballot lines and preferences (in all) for which the methods run.
const MAX_CANDIDATES: usize = 12;
const MAX_LINES: usize = 64;
const MAX_PREFERENCES: usize = 400;
/// Most seats a count is asked to fill.
const MAX_SEATS: usize = 4;

fuzz_target!(|data: &[u8]| {
    let Ok(election) = blt::parse(data) else {
        return;
    };
    let text = blt::write(&election);
    assert_eq!(
        blt::parse(text.as_bytes()).as_ref(),
        Ok(&election),
        "write then parse must give back the election; written:\n{text}"
    );
    let preferences: usize = election.ballots.iter().map(|b| b.ranking.len()).sum();
    if election.candidates.len() > MAX_CANDIDATES
        || election.ballots.len() > MAX_LINES
        || preferences > MAX_PREFERENCES
    {
        return;
    }
    let election = Election {
        seats: election.seats.min(MAX_SEATS),
        ..election
    };
    // Half the inputs stop at a tie, half draw a lot (seed from the input).
    let tie = TieBreak {
        seed: (data.len() % 2 == 1).then(|| data.iter().map(|&b| u64::from(b)).sum()),
    };
    for method in Method::ALL {
        let result = tally::count(method, &election, tie);
        assert!(
            result.elected.len() <= election.seats,
            "{method}: too many elected"
        );
        let mut seen = vec![false; election.candidates.len()];
        for &c in result.elected.iter() {
            assert!(c < seen.len(), "{method}: elected {c} is no candidate");
            assert!(!election.is_withdrawn(c), "{method}: elected withdrawn {c}");
            assert!(!seen[c], "{method}: {c} elected twice");
            seen[c] = true;
        }
        for &c in &result.tied {
            assert!(c < seen.len(), "{method}: tied {c} is no candidate");
        }
    }
});

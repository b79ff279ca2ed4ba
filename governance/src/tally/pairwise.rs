//! Pairwise counts `d[a][b]` (`counting-methods.md` §6 step 1), shared by Schulze
//! and Copeland.

use super::select::Rankings;
use crate::ballot::{CandidateId, Election};

/// The pairwise matrix over the running candidates.
#[derive(Debug)]
pub(crate) struct Pairwise {
    /// Running candidates, ascending; row/column `i` of `d` is `candidates[i]`.
    pub(crate) candidates: Vec<CandidateId>,
    /// `d[i][j]`: weight of the ballots ranking `candidates[i]` above `candidates[j]`.
    /// A ranked candidate is above every unranked one; unranked ones are tied.
    pub(crate) d: Vec<Vec<u64>>,
    /// Weight of the empty ballots.
    pub(crate) blank: u64,
    /// Weight of the non-empty ballots.
    pub(crate) valid: u64,
}

impl Pairwise {
    /// Counts `election`.
    pub(crate) fn count(election: &Election) -> Self {
        let mut rankings = Rankings::new(election);
        let candidates = rankings.running();
        let n = candidates.len();
        // Position of each candidate id in `candidates`.
        let mut index = vec![usize::MAX; election.candidates.len()];
        for (i, &c) in candidates.iter().enumerate() {
            index[c] = i;
        }
        let mut d = vec![0u64; n * n];
        let (mut blank, mut valid) = (0u64, 0u64);
        // `below[j]`: candidate j is not yet passed on this ballot (ranked lower or unranked).
        let mut below = vec![true; n];
        for ballot in &election.ballots {
            let ranking = rankings.clean(ballot);
            let w = ballot.weight;
            if ranking.is_empty() {
                blank = blank.saturating_add(w);
                continue;
            }
            valid = valid.saturating_add(w);
            for &c in ranking {
                let i = index[c];
                below[i] = false;
                let row = &mut d[i * n..(i + 1) * n];
                for (cell, &b) in row.iter_mut().zip(&below) {
                    if b {
                        *cell = cell.saturating_add(w);
                    }
                }
            }
            for &c in ranking {
                below[index[c]] = true;
            }
        }
        Self {
            candidates,
            d: d.chunks(n.max(1)).map(<[u64]>::to_vec).take(n).collect(),
            blank,
            valid,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tally::testutil::election;

    #[test]
    fn unranked_candidates_are_below_ranked_ones() {
        // S-T: d B>A 5:4, A>C 4:2, C>B 6:3.
        let p = Pairwise::count(&election("3 B; 4 A>C; 2 C>B>A"));
        assert_eq!(p.d, vec![vec![0, 4, 4], vec![5, 0, 3], vec![2, 6, 0]]);
        assert_eq!((p.blank, p.valid), (0, 9));
    }

    #[test]
    fn withdrawn_candidates_are_absent() {
        let p = Pairwise::count(&election("withdrawn B; 3 B; 4 A>B>C; 1 -"));
        assert_eq!(p.candidates, vec![0, 2]);
        assert_eq!(p.d, vec![vec![0, 4], vec![0, 0]]);
        assert_eq!((p.blank, p.valid), (4, 4));
    }
}

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
        let mut acc = Accumulator::new(n);
        let (mut blank, mut valid) = (0u64, 0u64);
        let mut line: Vec<usize> = Vec::with_capacity(n);
        for ballot in &election.ballots {
            let ranking = rankings.clean(ballot);
            if ranking.is_empty() {
                blank = blank.saturating_add(ballot.weight);
                continue;
            }
            valid = valid.saturating_add(ballot.weight);
            line.clear();
            line.extend(ranking.iter().map(|&c| index[c]));
            acc.add(ballot.weight, &line);
        }
        let d = acc.finish();
        Self {
            candidates,
            d: d.chunks(n.max(1)).map(<[u64]>::to_vec).take(n).collect(),
            blank,
            valid,
        }
    }
}

/// Up to this many candidates the prefix table (`n·2ⁿ` counters) is used.
const PREFIX_MAX: usize = 12;

/// Builds `d` (row-major, `n × n`) from ballot lines given as candidate indices.
enum Accumulator {
    /// Every ranked candidate gets `w` against every candidate not yet passed:
    /// `O(k·n)` per ballot line.
    Direct {
        n: usize,
        d: Vec<u64>,
        /// `below[j]`: candidate j not yet passed on this ballot.
        below: Vec<bool>,
    },
    /// For few candidates, `O(k)` per ballot line: on a ballot, candidate `a` beats
    /// exactly the candidates outside the set `S` ranked above it (other than itself).
    /// So add `w` once to `count[a][S]` and expand at the end:
    /// `d[a][b] = Σ { count[a][S] : b ∉ S }`.
    Prefix { n: usize, count: Vec<u64> },
}

impl Accumulator {
    fn new(n: usize) -> Self {
        if n <= PREFIX_MAX {
            Accumulator::Prefix {
                n,
                count: vec![0; n << n],
            }
        } else {
            Self::direct(n)
        }
    }

    fn direct(n: usize) -> Self {
        Accumulator::Direct {
            n,
            d: vec![0; n * n],
            below: vec![true; n],
        }
    }

    /// Adds a ballot line of weight `w` ranking `line` (distinct indices `< n`).
    fn add(&mut self, w: u64, line: &[usize]) {
        match self {
            Accumulator::Direct { n, d, below } => {
                let n = *n;
                for &i in line {
                    below[i] = false;
                    for (cell, &b) in d[i * n..(i + 1) * n].iter_mut().zip(below.iter()) {
                        if b {
                            *cell = cell.saturating_add(w);
                        }
                    }
                }
                for &i in line {
                    below[i] = true;
                }
            }
            Accumulator::Prefix { n, count } => {
                let mut above = 0usize;
                for &i in line {
                    let cell = &mut count[(i << *n) | above];
                    *cell = cell.saturating_add(w);
                    above |= 1 << i;
                }
            }
        }
    }

    /// The matrix `d`, row-major.
    fn finish(self) -> Vec<u64> {
        match self {
            Accumulator::Direct { d, .. } => d,
            Accumulator::Prefix { n, count } => {
                let mut d = vec![0u64; n * n];
                for a in 0..n {
                    let row = &mut d[a * n..(a + 1) * n];
                    for (set, &v) in count[a << n..(a + 1) << n].iter().enumerate() {
                        if v == 0 {
                            continue;
                        }
                        for (b, cell) in row.iter_mut().enumerate() {
                            if b != a && set & (1 << b) == 0 {
                                *cell = cell.saturating_add(v);
                            }
                        }
                    }
                }
                d
            }
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
    fn both_ways_of_counting_agree() {
        let mut lot = crate::lot::Lot::new(5);
        for n in 0..=7 {
            let lines: Vec<(u64, Vec<usize>)> = (0..60)
                .map(|_| {
                    let mut r: Vec<usize> = (0..n).collect();
                    for i in (1..n).rev() {
                        r.swap(i, lot.below(i + 1));
                    }
                    r.truncate(lot.below(n + 1));
                    (1 + lot.below(4) as u64, r)
                })
                .collect();
            let (mut direct, mut prefix) = (Accumulator::direct(n), Accumulator::new(n));
            assert!(matches!(prefix, Accumulator::Prefix { .. }));
            for (w, r) in &lines {
                direct.add(*w, r);
                prefix.add(*w, r);
            }
            assert_eq!(direct.finish(), prefix.finish(), "n = {n}");
        }
    }

    #[test]
    fn withdrawn_candidates_are_absent() {
        let p = Pairwise::count(&election("withdrawn B; 3 B; 4 A>B>C; 1 -"));
        assert_eq!(p.candidates, vec![0, 2]);
        assert_eq!(p.d, vec![vec![0, 4], vec![0, 0]]);
        assert_eq!((p.blank, p.valid), (4, 4));
    }
}

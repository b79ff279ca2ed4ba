//! Shared plumbing of the single-round methods: cleaning rankings and filling seats
//! from an ordered list of tie groups (`counting-methods.md` §1, §2).

use super::{LotDrawn, TieBreak};
use crate::ballot::{CandidateId, Election, RankedBallot};
use crate::lot::Lot;

/// Reads ballot rankings as the counting methods see them: withdrawn candidates,
/// candidates out of range and repeats (after the first occurrence) deleted.
///
/// The parser already guarantees distinct, in-range candidates; this makes every
/// method total on any hand-built [`Election`] as well, without allocating per ballot.
pub(crate) struct Rankings {
    /// `running[c]`: candidate `c` takes part in the count.
    running: Vec<bool>,
    /// Scratch: candidates already seen on the current ballot.
    seen: Vec<bool>,
    /// Scratch: the cleaned ranking of the current ballot.
    buf: Vec<CandidateId>,
}

impl Rankings {
    /// A reader for the ballots of `election`.
    pub(crate) fn new(election: &Election) -> Self {
        let n = election.candidates.len();
        let mut running = vec![true; n];
        for &w in &election.withdrawn {
            if let Some(r) = running.get_mut(w) {
                *r = false;
            }
        }
        Self {
            running,
            seen: vec![false; n],
            buf: Vec::with_capacity(n),
        }
    }

    /// The running (not withdrawn) candidates, ascending.
    pub(crate) fn running(&self) -> Vec<CandidateId> {
        (0..self.running.len())
            .filter(|&c| self.running[c])
            .collect()
    }

    /// True when `c` is a candidate of the election and not withdrawn.
    pub(crate) fn is_running(&self, c: CandidateId) -> bool {
        self.running.get(c).copied().unwrap_or(false)
    }

    /// The effective ranking of `ballot` (empty for a blank ballot).
    pub(crate) fn clean(&mut self, ballot: &RankedBallot) -> &[CandidateId] {
        self.clean_ids(&ballot.ranking)
    }

    /// The effective version of a list of candidates: running ones only, first
    /// occurrence kept, order preserved.
    pub(crate) fn clean_ids(&mut self, ids: &[CandidateId]) -> &[CandidateId] {
        for &c in &self.buf {
            self.seen[c] = false;
        }
        self.buf.clear();
        for &c in ids {
            if self.is_running(c) && !self.seen[c] {
                self.seen[c] = true;
                self.buf.push(c);
            }
        }
        &self.buf
    }
}

/// Who is elected from an ordered list of tie groups.
#[derive(Debug, Default)]
pub(crate) struct Selection {
    /// Elected, in order of election.
    pub(crate) elected: Vec<CandidateId>,
    /// The unresolved tie group (empty when none).
    pub(crate) tied: Vec<CandidateId>,
    /// Lots drawn, in order.
    pub(crate) lots: Vec<LotDrawn>,
}

/// Fills `seats` from `groups` (best first; inside a group in order of election).
///
/// A group that fits in the seats left is elected whole. The first group that does
/// not fit is a tie: with a seed, lots are drawn one seat at a time among the members
/// still unchosen (each draw recorded); without one, counting stops with `tied` = the
/// whole group.
pub(crate) fn fill_seats(groups: Vec<Vec<CandidateId>>, seats: usize, tie: TieBreak) -> Selection {
    let mut sel = Selection::default();
    for mut group in groups {
        let left = seats.saturating_sub(sel.elected.len());
        if left == 0 {
            break;
        }
        if group.len() <= left {
            sel.elected.extend(group);
            continue;
        }
        group.sort_unstable();
        match tie.seed {
            Some(seed) => {
                let mut lot = Lot::new(seed);
                // One generator per count, continued over the draws of this group.
                for _ in 0..left {
                    let chosen = lot.draw(&group);
                    sel.lots.push(LotDrawn {
                        seed,
                        tied: group.clone(),
                        chosen,
                    });
                    group.retain(|&c| c != chosen);
                    sel.elected.push(chosen);
                }
            }
            None => sel.tied = group,
        }
        break;
    }
    sel
}

/// Groups candidates by score, best first; inside a group by candidate number.
pub(crate) fn groups_by_score<S: Ord + Copy>(scores: &[(CandidateId, S)]) -> Vec<Vec<CandidateId>> {
    let mut sorted = scores.to_vec();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut groups: Vec<Vec<CandidateId>> = Vec::new();
    let mut last: Option<S> = None;
    for (c, s) in sorted {
        match (last, groups.last_mut()) {
            (Some(l), Some(g)) if l == s => g.push(c),
            _ => groups.push(vec![c]),
        }
        last = Some(s);
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_are_by_score_then_number() {
        let g = groups_by_score(&[(0, 3u64), (1, 5), (2, 3), (3, 1)]);
        assert_eq!(g, vec![vec![1], vec![0, 2], vec![3]]);
    }

    #[test]
    fn a_straddling_group_is_a_tie() {
        let s = fill_seats(vec![vec![1], vec![0, 2], vec![3]], 2, TieBreak::default());
        assert_eq!((s.elected, s.tied), (vec![1], vec![0, 2]));
    }

    #[test]
    fn a_seed_draws_each_remaining_seat() {
        let s = fill_seats(vec![vec![3, 1, 2]], 2, TieBreak { seed: Some(9) });
        assert_eq!(s.elected.len(), 2);
        assert!(s.tied.is_empty());
        assert_eq!(s.lots.len(), 2);
        assert_eq!(s.lots[0].tied, vec![1, 2, 3]);
        assert_eq!(s.lots[1].tied.len(), 2);
        assert_eq!(s.lots[0].chosen, s.elected[0]);
    }

    #[test]
    fn more_seats_than_candidates_elects_all() {
        let s = fill_seats(vec![vec![0, 1]], 5, TieBreak::default());
        assert_eq!((s.elected, s.tied), (vec![0, 1], vec![]));
    }

    #[test]
    fn rankings_drop_withdrawn_out_of_range_and_repeats() {
        let e = Election {
            candidates: vec!["A".into(), "B".into(), "C".into()],
            seats: 1,
            withdrawn: vec![1],
            ..Election::default()
        };
        let mut r = Rankings::new(&e);
        assert_eq!(r.clean_ids(&[2, 1, 7, 2, 0]), &[2, 0]);
        assert_eq!(r.clean_ids(&[0, 2]), &[0, 2]);
        assert_eq!(r.running(), vec![0, 2]);
    }
}

//! Instant-runoff voting, single seat (`counting-methods.md` §3).
//!
//! Each round every valid ballot counts its weight for its highest-ranked continuing
//! candidate; a candidate with more than half of the continuing ballots (`2·tally > V`),
//! or the last continuing candidate, is elected. Otherwise one candidate — the lowest —
//! is excluded and the next round starts. Ties for lowest: the earlier-round rule
//! (lowest in the most recent round where the tied candidates differed, narrowing the
//! tied set round by round), then §1: tied candidates without votes are excluded in
//! candidate order when that cannot matter, else a seeded lot decides or the count
//! stops with `tied`.

use super::{LotDrawn, Tally, TieBreak};
use crate::ballot::{CandidateId, Election};
use crate::lot::Lot;
use serde::Serialize;

/// How a tie for exclusion was settled (or not).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum IrvTie {
    /// The earlier-round rule: `excluded` was lowest in round `round` among `tied`.
    EarlierRound {
        /// Candidates tied for lowest in this round, ascending.
        tied: Vec<CandidateId>,
        /// The earliest round consulted (the one that decided).
        round: usize,
    },
    /// §1 immaterial zero-vote tie: all tied candidates hold no votes and excluding
    /// them all still leaves a continuing candidate; the lowest-numbered goes first.
    NoVotes {
        /// Candidates tied with no votes, ascending.
        tied: Vec<CandidateId>,
    },
    /// Decided by lot from the caller's seed.
    Lot(LotDrawn),
    /// Not decided: no seed. The count stops; [`Tally::tied`] holds the same set.
    Unresolved {
        /// Candidates among whom a lot is needed, ascending.
        tied: Vec<CandidateId>,
    },
}

/// One round of an IRV count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct IrvRound {
    /// Round number, from 1.
    pub round: usize,
    /// Tally of every candidate, indexed by [`CandidateId`]; `None` for candidates
    /// that are not continuing (withdrawn or excluded in an earlier round).
    pub tallies: Vec<Option<u64>>,
    /// Ballots exhausted so far (cumulative): valid ballots without a continuing
    /// candidate left.
    pub exhausted: u64,
    /// Continuing ballots `V`: the sum of the tallies.
    pub continuing: u64,
    /// Majority threshold `⌊V/2⌋ + 1`.
    pub threshold: u64,
    /// The candidate elected in this round, if any.
    pub elected: Option<CandidateId>,
    /// The candidate excluded at the end of this round, if any.
    pub excluded: Option<CandidateId>,
    /// How a tie for lowest was settled, if there was one.
    pub tie: Option<IrvTie>,
}

/// Round-by-round report of an IRV count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct IrvReport {
    /// Valid (non-empty) ballots.
    pub valid: u64,
    /// Empty ballots (blank; not counted).
    pub blank: u64,
    /// The rounds, in order.
    pub rounds: Vec<IrvRound>,
}

/// Valid ballot lines as the multi-round methods (IRV, STV, Meek) read them:
/// rankings with withdrawn candidates, unknown candidates and repeats deleted, empty
/// rankings left out (they are counted as blank). Stored flat, without allocation
/// per ballot.
pub(crate) struct Prefs {
    /// Number of candidates in the election.
    pub(crate) candidates: usize,
    /// `running[c]`: candidate `c` takes part (not withdrawn).
    pub(crate) running: Vec<bool>,
    /// Weight of each valid line.
    pub(crate) weight: Vec<u64>,
    /// `prefs[start[i]..start[i + 1]]` is the ranking of line `i`.
    start: Vec<usize>,
    prefs: Vec<CandidateId>,
    /// Total weight of the valid lines (exact).
    pub(crate) valid: u128,
    /// Total weight of the empty lines (exact).
    pub(crate) blank: u128,
}

impl Prefs {
    /// Reads the ballots of `election`.
    pub(crate) fn new(election: &Election) -> Self {
        let n = election.candidates.len();
        let mut running = vec![true; n];
        for &w in &election.withdrawn {
            if let Some(r) = running.get_mut(w) {
                *r = false;
            }
        }
        let mut seen = vec![usize::MAX; n];
        let mut p = Prefs {
            candidates: n,
            running,
            weight: Vec::with_capacity(election.ballots.len()),
            start: Vec::with_capacity(election.ballots.len() + 1),
            prefs: Vec::new(),
            valid: 0,
            blank: 0,
        };
        p.start.push(0);
        for (i, b) in election.ballots.iter().enumerate() {
            let before = p.prefs.len();
            for &c in &b.ranking {
                if c < n && p.running[c] && seen[c] != i {
                    seen[c] = i;
                    p.prefs.push(c);
                }
            }
            if p.prefs.len() == before {
                p.blank += u128::from(b.weight);
            } else if b.weight > 0 {
                p.valid += u128::from(b.weight);
                p.weight.push(b.weight);
                p.start.push(p.prefs.len());
            } else {
                p.prefs.truncate(before);
            }
        }
        p
    }

    /// Number of valid lines.
    pub(crate) fn lines(&self) -> usize {
        self.weight.len()
    }

    /// The ranking of valid line `i` (never empty).
    pub(crate) fn ranking(&self, i: usize) -> &[CandidateId] {
        &self.prefs[self.start[i]..self.start[i + 1]]
    }
}

/// `u128` to `u64`, saturating (only absurd hand-built elections exceed `u64`).
pub(crate) fn sat64(x: u128) -> u64 {
    u64::try_from(x).unwrap_or(u64::MAX)
}

/// Narrows a tie by looking back (`counting-methods.md` §4 tie notes): from the most
/// recent earlier round backwards, at each round where the tied candidates are not
/// all equal keep only the lowest (`lowest`) or highest of them; stop when one is
/// left. `value(round_index, c)` is the total of `c` in that earlier round.
/// Returns the remaining set (ascending) and the earliest round index consulted
/// that narrowed the set, if any.
pub(crate) fn look_back(
    tied: &[CandidateId],
    rounds: usize,
    lowest: bool,
    value: impl Fn(usize, CandidateId) -> u128,
) -> (Vec<CandidateId>, Option<usize>) {
    let mut set = tied.to_vec();
    let mut decided = None;
    for r in (0..rounds).rev() {
        if set.len() <= 1 {
            break;
        }
        let values: Vec<u128> = set.iter().map(|&c| value(r, c)).collect();
        let best = if lowest {
            values.iter().min()
        } else {
            values.iter().max()
        };
        let Some(&best) = best else { break };
        if values.iter().any(|&v| v != best) {
            set = set
                .iter()
                .zip(&values)
                .filter(|&(_, &v)| v == best)
                .map(|(&c, _)| c)
                .collect();
            decided = Some(r);
        }
    }
    (set, decided)
}

/// Counts `election` by instant-runoff voting (`counting-methods.md` §3).
///
/// One seat, whatever `election.seats` says. Never panics; with no running
/// candidate nobody is elected.
pub fn count(election: &Election, tie: TieBreak) -> Tally<IrvReport> {
    let p = Prefs::new(election);
    let n = p.candidates;
    let mut lot = tie.seed.map(Lot::new);
    let mut continuing = p.running.clone();
    let mut tally = vec![0u64; n];
    let mut pos = vec![0usize; p.lines()];
    let mut piles: Vec<Vec<usize>> = vec![Vec::new(); n];
    for i in 0..p.lines() {
        let c = p.ranking(i)[0];
        piles[c].push(i);
        tally[c] = tally[c].saturating_add(p.weight[i]);
    }
    let mut exhausted = 0u64;
    let mut rounds: Vec<IrvRound> = Vec::new();
    let mut elected = Vec::new();
    let mut tied_out = Vec::new();
    loop {
        let live: Vec<CandidateId> = (0..n).filter(|&c| continuing[c]).collect();
        let v = live.iter().fold(0u64, |a, &c| a.saturating_add(tally[c]));
        let mut round = IrvRound {
            round: rounds.len() + 1,
            tallies: (0..n).map(|c| continuing[c].then_some(tally[c])).collect(),
            exhausted,
            continuing: v,
            threshold: v / 2 + 1,
            elected: None,
            excluded: None,
            tie: None,
        };
        if live.is_empty() {
            rounds.push(round);
            break;
        }
        let winner = if live.len() == 1 {
            Some(live[0])
        } else {
            live.iter()
                .copied()
                .find(|&c| 2 * u128::from(tally[c]) > u128::from(v))
        };
        if let Some(w) = winner {
            round.elected = Some(w);
            elected.push(w);
            rounds.push(round);
            break;
        }
        let low = live.iter().map(|&c| tally[c]).min().unwrap_or(0);
        let lowest: Vec<CandidateId> = live.iter().copied().filter(|&c| tally[c] == low).collect();
        let x = if lowest.len() == 1 {
            lowest[0]
        } else {
            let history = &rounds;
            let (set, decided) = look_back(&lowest, history.len(), true, |r, c| {
                history[r].tallies[c].map_or(0, u128::from)
            });
            if let (1, Some(r)) = (set.len(), decided) {
                round.tie = Some(IrvTie::EarlierRound {
                    tied: lowest.clone(),
                    round: r + 1,
                });
                set[0]
            } else if low == 0 && live.len() > set.len() {
                round.tie = Some(IrvTie::NoVotes { tied: set.clone() });
                set[0]
            } else if let Some(lot) = lot.as_mut() {
                let chosen = lot.draw(&set);
                round.tie = Some(IrvTie::Lot(LotDrawn {
                    seed: tie.seed.unwrap_or_default(),
                    tied: set,
                    chosen,
                }));
                chosen
            } else {
                round.tie = Some(IrvTie::Unresolved { tied: set.clone() });
                tied_out = set;
                rounds.push(round);
                break;
            }
        };
        round.excluded = Some(x);
        rounds.push(round);
        continuing[x] = false;
        for i in std::mem::take(&mut piles[x]) {
            let r = p.ranking(i);
            let mut k = pos[i] + 1;
            while k < r.len() && !continuing[r[k]] {
                k += 1;
            }
            pos[i] = k;
            match r.get(k) {
                Some(&c) => {
                    piles[c].push(i);
                    tally[c] = tally[c].saturating_add(p.weight[i]);
                }
                None => exhausted = exhausted.saturating_add(p.weight[i]),
            }
        }
        tally[x] = 0;
    }
    Tally {
        seats: 1,
        elected,
        tied: tied_out,
        report: IrvReport {
            valid: sat64(p.valid),
            blank: sat64(p.blank),
            rounds,
        },
    }
}

/// Generated elections for the property tests of IRV, STV and Meek.
#[cfg(test)]
pub(crate) fn arb_election() -> impl proptest::strategy::Strategy<Value = Election> {
    use crate::ballot::RankedBallot;
    use proptest::prelude::*;
    (1usize..8, 1usize..5).prop_flat_map(|(n, seats)| {
        let line = (
            prop_oneof![1u64..5, 1u64..1_000_000_000],
            Just((0..n).collect::<Vec<_>>()).prop_shuffle(),
            0..=n,
        )
            .prop_map(|(w, order, k)| RankedBallot::new(w, order[..k].to_vec()));
        (
            proptest::collection::vec(line, 0..25),
            proptest::collection::btree_set(0..n, 0..n),
        )
            .prop_map(move |(ballots, withdrawn)| Election {
                title: String::new(),
                candidates: (0..n)
                    .map(|c| char::from(b'A' + c as u8).to_string())
                    .collect(),
                seats,
                withdrawn: withdrawn.into_iter().collect(),
                ballots,
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ballot::RankedBallot;
    use crate::tally::testutil::{election, outcome};

    /// Rounds as `A 6, B 5, C 4 → excl C` lines (tallies of continuing candidates,
    /// `V`, then the action), then the outcome.
    fn view(e: &Election, t: &Tally<IrvReport>) -> String {
        let mut out = Vec::new();
        for r in &t.report.rounds {
            let tallies: Vec<String> = r
                .tallies
                .iter()
                .enumerate()
                .filter_map(|(c, v)| v.map(|v| format!("{} {v}", e.candidates[c])))
                .collect();
            let mut line = format!(
                "R{} {}; V {}, ex {}",
                r.round,
                tallies.join(", "),
                r.continuing,
                r.exhausted
            );
            if let Some(x) = r.excluded {
                line.push_str(&format!(" → excl {}", e.candidates[x]));
            }
            if let Some(w) = r.elected {
                line.push_str(&format!(" → elect {}", e.candidates[w]));
            }
            match &r.tie {
                Some(IrvTie::EarlierRound { round, .. }) => {
                    line.push_str(&format!(" (earlier round {round})"))
                }
                Some(IrvTie::NoVotes { .. }) => line.push_str(" (no votes)"),
                Some(IrvTie::Lot(l)) => line.push_str(&format!(" (lot seed {})", l.seed)),
                Some(IrvTie::Unresolved { .. }) => line.push_str(" (unresolved)"),
                None => {}
            }
            out.push(line);
        }
        out.push(outcome(e, t));
        out.join("\n")
    }

    fn check(spec: &str, expected: &str) {
        check_seed(spec, None, expected);
    }

    fn check_seed(spec: &str, seed: Option<u64>, expected: &str) {
        let e = election(spec);
        let t = count(&e, TieBreak { seed });
        assert_eq!(view(&e, &t), expected, "election: {spec}");
    }

    #[test]
    fn i1_majority_after_transfer() {
        check(
            "6 A; 5 B>C; 4 C>B",
            "R1 A 6, B 5, C 4; V 15, ex 0 → excl C\n\
             R2 A 6, B 9; V 15, ex 0 → elect B\n\
             elected [B] tied []",
        );
    }

    #[test]
    fn i2_majority_of_continuing_ballots() {
        check(
            "9 A; 6 B>C; 5 C>B; 4 D>C; 2 D",
            "R1 A 9, B 6, C 5, D 6; V 26, ex 0 → excl C\n\
             R2 A 9, B 11, D 6; V 26, ex 0 → excl D\n\
             R3 A 9, B 11; V 20, ex 6 → elect B\n\
             elected [B] tied []",
        );
        let e = election("9 A; 6 B>C; 5 C>B; 4 D>C; 2 D");
        let r = &count(&e, TieBreak::default()).report.rounds[2];
        assert_eq!((r.continuing, r.threshold), (20, 11));
    }

    #[test]
    fn i3_earlier_round_rule() {
        check(
            "12 A; 8 B>A; 7 C>B; 1 D>C",
            "R1 A 12, B 8, C 7, D 1; V 28, ex 0 → excl D\n\
             R2 A 12, B 8, C 8; V 28, ex 0 → excl C (earlier round 1)\n\
             R3 A 12, B 15; V 27, ex 1 → elect B\n\
             elected [B] tied []",
        );
    }

    #[test]
    fn zero_vote_candidates_go_in_candidate_order() {
        check(
            "candidates 4; 3 A; 2 B>A",
            "R1 A 3, B 2, C 0, D 0; V 5, ex 0 → elect A\nelected [A] tied []",
        );
        check(
            "candidates 4; 3 A; 3 B",
            "R1 A 3, B 3, C 0, D 0; V 6, ex 0 → excl C (no votes)\n\
             R2 A 3, B 3, D 0; V 6, ex 0 → excl D\n\
             R3 A 3, B 3; V 6, ex 0 (unresolved)\n\
             elected [] tied [A, B]",
        );
    }

    #[test]
    fn final_two_tie_is_an_exclusion_tie() {
        check(
            "2 A; 2 B",
            "R1 A 2, B 2; V 4, ex 0 (unresolved)\nelected [] tied [A, B]",
        );
        let e = election("2 A; 2 B");
        let t = count(&e, TieBreak { seed: Some(1) });
        let Some(IrvTie::Lot(l)) = &t.report.rounds[0].tie else {
            panic!("no lot: {t:?}")
        };
        assert_eq!(l.tied, vec![0, 1]);
        assert_eq!(t.elected, vec![1 - l.chosen]);
        assert!(t.tied.is_empty());
        // The same seed draws the same lot.
        assert_eq!(t, count(&e, TieBreak { seed: Some(1) }));
    }

    #[test]
    fn three_way_tie_decided_by_look_back() {
        check(
            "10 A; 4 B; 3 C>E; 1 C; 3 E; 1 D>E",
            "R1 A 10, B 4, C 4, D 1, E 3; V 22, ex 0 → excl D\n\
             R2 A 10, B 4, C 4, E 4; V 22, ex 0 → excl E (earlier round 1)\n\
             R3 A 10, B 4, C 4; V 18, ex 4 → elect A\n\
             elected [A] tied []",
        );
    }

    #[test]
    fn look_back_narrows_to_a_subset_then_reports_it() {
        // R3: B, C, D tie at 4; R2 had B 3, C 3, D 4 → only B and C remain tied, and
        // they are equal in R1 too: a lot between B and C (D is safe).
        let spec = "10 A; 3 B; 3 C; 3 D; 1 E>D; 1 F>B; 1 F>C";
        check(
            spec,
            "R1 A 10, B 3, C 3, D 3, E 1, F 2; V 22, ex 0 → excl E\n\
             R2 A 10, B 3, C 3, D 4, F 2; V 22, ex 0 → excl F\n\
             R3 A 10, B 4, C 4, D 4; V 22, ex 0 (unresolved)\n\
             elected [] tied [B, C]",
        );
        let e = election(spec);
        let t = count(&e, TieBreak { seed: Some(7) });
        let Some(IrvTie::Lot(l)) = &t.report.rounds[2].tie else {
            panic!("no lot: {t:?}")
        };
        assert_eq!((l.seed, l.tied.clone()), (7, vec![1, 2]));
        assert_eq!(t.report.rounds[2].excluded, Some(l.chosen));
        assert!(t.tied.is_empty());
        assert_eq!(t.elected.len(), 1);
    }

    #[test]
    fn blanks_withdrawn_and_degenerate_elections() {
        check(
            "withdrawn B; 2 B; 3 A>B; 1 C>B",
            "R1 A 3, C 1; V 4, ex 0 → elect A\nelected [A] tied []",
        );
        let e = election("withdrawn B; 2 B; 3 A>B; 1 C>B");
        let t = count(&e, TieBreak::default());
        assert_eq!((t.report.valid, t.report.blank), (4, 2));
        check(
            "candidates 1",
            "R1 A 0; V 0, ex 0 → elect A\nelected [A] tied []",
        );
        check(
            "candidates 2; withdrawn A B",
            "R1 ; V 0, ex 0\nelected [] tied []",
        );
        check(
            "candidates 3",
            "R1 A 0, B 0, C 0; V 0, ex 0 (unresolved)\nelected [] tied [A, B, C]",
        );
        check(
            "2 A>B; 1 C",
            "R1 A 2, B 0, C 1; V 3, ex 0 → elect A\nelected [A] tied []",
        );
    }

    #[test]
    fn exhausted_ballots_are_cumulative() {
        check(
            "5 A; 4 B; 2 C; 1 D",
            "R1 A 5, B 4, C 2, D 1; V 12, ex 0 → excl D\n\
             R2 A 5, B 4, C 2; V 11, ex 1 → excl C\n\
             R3 A 5, B 4; V 9, ex 3 → elect A\n\
             elected [A] tied []",
        );
    }

    #[test]
    fn hand_built_elections_with_bad_rankings_do_not_panic() {
        let e = Election {
            candidates: vec!["A".into(), "B".into()],
            seats: 1,
            withdrawn: vec![5],
            ballots: vec![
                RankedBallot::new(1, vec![0, 0, 7, 1]),
                RankedBallot::new(0, vec![1]),
                RankedBallot::new(u64::MAX, vec![1]),
                RankedBallot::new(u64::MAX, vec![1]),
            ],
            ..Election::default()
        };
        let t = count(&e, TieBreak::default());
        assert_eq!(t.elected, vec![1]);
    }

    proptest::proptest! {
        #[test]
        fn winner_has_a_majority_of_continuing_ballots(
            e in arb_election(),
            seed in proptest::prelude::any::<u64>(),
        ) {
            let t = count(&e, TieBreak { seed: Some(seed) });
            proptest::prop_assert!(t.tied.is_empty());
            let running = e.running().len();
            proptest::prop_assert_eq!(t.elected.len(), usize::from(running > 0));
            let last = t.report.rounds.last().expect("a round");
            if let Some(&w) = t.elected.first() {
                let live = last.tallies.iter().filter(|v| v.is_some()).count();
                let tally = last.tallies[w].unwrap_or(0);
                proptest::prop_assert!(live == 1 || 2 * u128::from(tally) > u128::from(last.continuing));
            }
            for r in &t.report.rounds {
                let sum: u64 = r.tallies.iter().flatten().sum();
                proptest::prop_assert_eq!(sum, r.continuing);
                proptest::prop_assert_eq!(r.continuing + r.exhausted, e.valid_ballots());
            }
            // Without a seed: the same count up to the first lot, then a stop.
            let u = count(&e, TieBreak::default());
            if u.tied.is_empty() {
                proptest::prop_assert_eq!(&u.elected, &t.elected);
            } else {
                proptest::prop_assert!(u.elected.is_empty() && u.tied.len() >= 2);
            }
        }
    }
}

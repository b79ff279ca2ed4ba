//! Meek STV by the Proportional Representation Foundation's *Reference Meek Rule*
//! (`counting-methods.md` §5).
//!
//! Integers in units of 10⁻⁹. Every candidate has a keep factor `kf` (hopeful 1,
//! defeated or withdrawn 0, elected in (0, 1]). Each ballot line passes down its
//! ranking: a candidate with `kf > 0` keeps `⌈r·kf⌉₉` of the remaining weight `r`;
//! what is left after the last preference is excess. The quota is
//! `⌊(votes of hopeful and elected)/(seats+1)⌋₉ + 10⁻⁹`; hopefuls with votes ≥ quota
//! are elected. Keep factors of elected candidates are updated to
//! `⌈⌈kf·q⌉₉ / votes⌉₉` until someone is elected, the total surplus `s` falls below
//! ω = 10⁻⁶, or `s` stops falling. Without an election the round ends by defeating
//! the hopeful with the fewest votes; all hopefuls within `s` of the lowest count as
//! tied, and ties follow §1 (no-vote ties that cannot matter go in candidate order;
//! otherwise lot with a seed, or the count stops with `tied`).
//!
//! Guard beyond the rule text: a keep factor is never raised above 1 (it cannot be
//! in a proper count; the cap keeps the arithmetic total on any input).

use super::irv::{sat64, Prefs};
use super::stv::CandidateState;
use super::{LotDrawn, Tally, TieBreak};
use crate::ballot::{CandidateId, Election};
use crate::lot::Lot;
use serde::Serialize;

/// One vote in the units of this count: votes and keep factors are integers in 10⁻⁹.
pub const UNIT: u128 = 1_000_000_000;

/// ω: iteration stops when the total surplus is below 10⁻⁶.
pub const OMEGA: u128 = 1_000;

/// Formats a number of units (10⁻⁹) as an exact decimal with 9 decimals:
/// `format_units(4_272_727_274) == "4.272727274"`.
pub fn format_units(units: u128) -> String {
    format!("{}.{:09}", units / UNIT, units % UNIT)
}

/// One distribution of the votes with given keep factors.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MeekIteration {
    /// Keep factors used for this distribution, indexed by [`CandidateId`] (units of
    /// 10⁻⁹: hopeful `10⁹`, withdrawn and defeated 0).
    pub keep_factors: Vec<u128>,
    /// Votes of every candidate after the distribution (units).
    pub votes: Vec<u128>,
    /// Excess: weight left over after the last preference (units).
    pub excess: u128,
    /// Quota computed from this distribution (units).
    pub quota: u128,
    /// Total surplus `s` of the elected candidates, at least 0 (units).
    pub surplus: u128,
}

/// Why the iterations of a round stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum MeekStatus {
    /// Someone reached the quota.
    Elected,
    /// The surplus fell below ω.
    Omega,
    /// The surplus stopped falling.
    Stable,
}

/// A tie for defeat settled (or not): all hopefuls within `s` of the lowest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum MeekTie {
    /// §1 immaterial zero-vote tie: no tied candidate holds votes and defeating them
    /// all leaves enough hopefuls; the lowest-numbered goes first.
    NoVotes {
        /// Candidates tied with no votes, ascending.
        tied: Vec<CandidateId>,
    },
    /// Decided by lot from the caller's seed.
    Lot(LotDrawn),
    /// Not decided (no seed): the count stops; [`Tally::tied`] holds the same set.
    Unresolved {
        /// Candidates among whom a lot is needed, ascending.
        tied: Vec<CandidateId>,
    },
}

/// One round of a Meek count: iterations until an election or convergence, then
/// possibly one defeat. The last iteration holds the round's final quota, votes,
/// keep factors, excess and surplus.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MeekRound {
    /// Round number, from 1.
    pub round: usize,
    /// The iterations, in order (at least one).
    pub iterations: Vec<MeekIteration>,
    /// Why the iterations stopped.
    pub status: MeekStatus,
    /// Candidates elected in this round, by votes descending then number.
    pub elected: Vec<CandidateId>,
    /// The candidate defeated at the end of this round, if any.
    pub defeated: Option<CandidateId>,
    /// How a tie for defeat was settled, if there was one.
    pub tie: Option<MeekTie>,
    /// State of every candidate at the end of the round.
    pub states: Vec<CandidateState>,
}

/// Round-by-round report of a Meek count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MeekReport {
    /// Valid (non-empty) ballots.
    pub valid: u64,
    /// Empty ballots (blank; not counted).
    pub blank: u64,
    /// The rounds, in order.
    pub rounds: Vec<MeekRound>,
    /// Hopefuls elected after the last round because no more of them remained than
    /// seats, by votes (of the last distribution) descending then number.
    pub elected_remaining: Vec<CandidateId>,
}

/// `⌈a·b / d⌉` for `d > 0`.
fn ceil_div(num: u128, d: u128) -> u128 {
    num.div_ceil(d.max(1))
}

/// Distributes every ballot line with keep factors `kf`: (votes, excess).
fn distribute(p: &Prefs, kf: &[u128]) -> (Vec<u128>, u128) {
    let mut votes = vec![0u128; p.candidates];
    let mut excess = 0u128;
    for i in 0..p.lines() {
        let w = u128::from(p.weight[i]);
        let mut r = UNIT;
        for &c in p.ranking(i) {
            let k = kf[c];
            if k == 0 {
                continue;
            }
            let share = ceil_div(r * k, UNIT).min(r);
            votes[c] += share * w;
            r -= share;
            if r == 0 {
                break;
            }
        }
        excess += r * w;
    }
    (votes, excess)
}

/// Candidates by votes descending, then number.
fn by_votes(mut cs: Vec<CandidateId>, votes: &[u128]) -> Vec<CandidateId> {
    cs.sort_by(|&a, &b| votes[b].cmp(&votes[a]).then(a.cmp(&b)));
    cs
}

/// Counts `election` by Meek STV, PRF reference rule (`counting-methods.md` §5).
///
/// Never panics. Elects at most `election.seats` candidates; fewer only when the
/// count stops at a tie that needs a lot and no seed was given.
pub fn count(election: &Election, tie: TieBreak) -> Tally<MeekReport> {
    let p = Prefs::new(election);
    let n = p.candidates;
    let seats = election.seats;
    let divisor = seats as u128 + 1;
    let mut lot = tie.seed.map(Lot::new);
    let mut state: Vec<CandidateState> = p
        .running
        .iter()
        .map(|&r| {
            if r {
                CandidateState::Continuing
            } else {
                CandidateState::Withdrawn
            }
        })
        .collect();
    let mut kf: Vec<u128> = p
        .running
        .iter()
        .map(|&r| if r { UNIT } else { 0 })
        .collect();
    let mut elected: Vec<CandidateId> = Vec::new();
    let mut rounds: Vec<MeekRound> = Vec::new();
    let mut tied_out = Vec::new();
    let mut latest_votes = distribute(&p, &kf).0;
    let hopefuls = |state: &[CandidateState]| -> Vec<CandidateId> {
        (0..n)
            .filter(|&c| state[c] == CandidateState::Continuing)
            .collect()
    };
    loop {
        let vacancies = seats.saturating_sub(elected.len());
        if vacancies == 0 || hopefuls(&state).len() <= vacancies {
            break;
        }
        let mut iterations: Vec<MeekIteration> = Vec::new();
        let mut previous: Option<u128> = None;
        let mut newly: Vec<CandidateId>;
        let status = loop {
            let (votes, excess) = distribute(&p, &kf);
            let total: u128 = votes.iter().sum();
            let quota = total / divisor + 1;
            let reached: Vec<CandidateId> = hopefuls(&state)
                .into_iter()
                .filter(|&c| votes[c] >= quota)
                .collect();
            newly = by_votes(reached, &votes);
            for &c in &newly {
                state[c] = CandidateState::Elected;
            }
            elected.extend_from_slice(&newly);
            let (over, under) = elected.iter().fold((0u128, 0u128), |(o, u), &c| {
                if votes[c] >= quota {
                    (o + (votes[c] - quota), u)
                } else {
                    (o, u + (quota - votes[c]))
                }
            });
            let surplus = over.saturating_sub(under);
            iterations.push(MeekIteration {
                keep_factors: kf.clone(),
                votes: votes.clone(),
                excess,
                quota,
                surplus,
            });
            latest_votes = votes;
            if !newly.is_empty() {
                break MeekStatus::Elected;
            }
            if surplus < OMEGA {
                break MeekStatus::Omega;
            }
            if previous.is_some_and(|prev| surplus >= prev) {
                break MeekStatus::Stable;
            }
            previous = Some(surplus);
            for &c in &elected {
                let kept = ceil_div(kf[c].saturating_mul(quota), UNIT);
                if latest_votes[c] > 0 {
                    kf[c] = ceil_div(kept.saturating_mul(UNIT), latest_votes[c]).min(UNIT);
                }
            }
        };
        let mut round = MeekRound {
            round: rounds.len() + 1,
            iterations,
            status,
            elected: newly,
            defeated: None,
            tie: None,
            states: Vec::new(),
        };
        if status != MeekStatus::Elected {
            let s = round.iterations.last().map_or(0, |it| it.surplus);
            let hopeful = hopefuls(&state);
            let lowest = hopeful.iter().map(|&c| latest_votes[c]).min().unwrap_or(0);
            let tied: Vec<CandidateId> = hopeful
                .iter()
                .copied()
                .filter(|&c| latest_votes[c] <= lowest + s)
                .collect();
            let loser = if tied.len() == 1 {
                Some(tied[0])
            } else if tied.iter().all(|&c| latest_votes[c] == 0)
                && hopeful.len() - tied.len() >= vacancies
            {
                round.tie = Some(MeekTie::NoVotes { tied: tied.clone() });
                tied.first().copied()
            } else if let Some(lot) = lot.as_mut() {
                let chosen = lot.draw(&tied);
                round.tie = Some(MeekTie::Lot(LotDrawn {
                    seed: tie.seed.unwrap_or_default(),
                    tied,
                    chosen,
                }));
                Some(chosen)
            } else {
                round.tie = Some(MeekTie::Unresolved { tied: tied.clone() });
                tied_out = tied;
                None
            };
            match loser {
                Some(x) => {
                    state[x] = CandidateState::Excluded;
                    kf[x] = 0;
                    round.defeated = Some(x);
                }
                None => {
                    round.states = state.clone();
                    rounds.push(round);
                    break;
                }
            }
        }
        round.states = state.clone();
        rounds.push(round);
    }
    let mut elected_remaining = Vec::new();
    if tied_out.is_empty() && elected.len() < seats {
        elected_remaining = by_votes(hopefuls(&state), &latest_votes);
        for &c in &elected_remaining {
            state[c] = CandidateState::Elected;
        }
        elected.extend_from_slice(&elected_remaining);
    }
    Tally {
        seats,
        elected,
        tied: tied_out,
        report: MeekReport {
            valid: sat64(p.valid),
            blank: sat64(p.blank),
            rounds,
            elected_remaining,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ballot::RankedBallot;
    use crate::tally::testutil::{election, outcome};

    /// Iterations as `R.I kf(A) … | votes … | excess | q | s`, round ends, outcome.
    fn view(e: &Election, t: &Tally<MeekReport>) -> String {
        let name = |c: CandidateId| e.candidates[c].as_str();
        let mut out = Vec::new();
        for r in &t.report.rounds {
            for (k, it) in r.iterations.iter().enumerate() {
                let kfs: Vec<String> = (0..e.candidates.len())
                    .filter(|&c| it.keep_factors[c] != 0 && it.keep_factors[c] != UNIT)
                    .map(|c| format!("kf {} {}", name(c), format_units(it.keep_factors[c])))
                    .collect();
                let votes: Vec<String> = it.votes.iter().map(|&v| format_units(v)).collect();
                out.push(format!(
                    "{}.{} {}| {} | ex {} | q {} | s {}",
                    r.round,
                    k + 1,
                    if kfs.is_empty() {
                        String::new()
                    } else {
                        format!("{} ", kfs.join(" "))
                    },
                    votes.join(" "),
                    format_units(it.excess),
                    format_units(it.quota),
                    format_units(it.surplus)
                ));
            }
            let mut end = format!("{} {:?}", r.round, r.status);
            if !r.elected.is_empty() {
                let names: Vec<&str> = r.elected.iter().map(|&c| name(c)).collect();
                end.push_str(&format!(" elect {}", names.join(", ")));
            }
            if let Some(x) = r.defeated {
                end.push_str(&format!(" defeat {}", name(x)));
            }
            match &r.tie {
                Some(MeekTie::NoVotes { .. }) => end.push_str(" (no votes)"),
                Some(MeekTie::Lot(l)) => end.push_str(&format!(" (lot seed {})", l.seed)),
                Some(MeekTie::Unresolved { .. }) => end.push_str(" (unresolved)"),
                None => {}
            }
            out.push(end);
        }
        if !t.report.elected_remaining.is_empty() {
            let names: Vec<&str> = t
                .report
                .elected_remaining
                .iter()
                .map(|&c| name(c))
                .collect();
            out.push(format!("remaining {}", names.join(", ")));
        }
        out.push(outcome(e, t));
        out.join("\n")
    }

    fn check(spec: &str, expected: &str) {
        let e = election(spec);
        let t = count(&e, TieBreak::default());
        assert!(t.elected.len() <= t.seats);
        for r in &t.report.rounds {
            for it in &r.iterations {
                // Every unit of every valid ballot is either someone's vote or excess.
                let sum: u128 = it.votes.iter().sum();
                assert_eq!(sum + it.excess, u128::from(e.valid_ballots()) * UNIT);
            }
        }
        assert_eq!(view(&e, &t), expected, "election: {spec}");
    }

    #[test]
    fn format_units_is_exact() {
        assert_eq!(format_units(4_272_727_274), "4.272727274");
        assert_eq!(format_units(1), "0.000000001");
        assert_eq!(format_units(11 * UNIT), "11.000000000");
    }

    #[test]
    fn m1_quota_falls_as_bullet_votes_exhaust() {
        check(
            "2 seats; 4 A; 7 A>C; 4 B>A",
            "1.1 | 11.000000000 4.000000000 0.000000000 | ex 0.000000000 | q 5.000000001 | s 5.999999999\n\
             1 Elected elect A\n\
             2.1 | 11.000000000 4.000000000 0.000000000 | ex 0.000000000 | q 5.000000001 | s 5.999999999\n\
             2.2 kf A 0.454545455 | 5.000000005 4.000000000 3.818181815 | ex 2.181818180 | q 4.272727274 | s 0.727272731\n\
             2.3 kf A 0.388429753 | 4.272727283 4.000000000 4.280991729 | ex 2.446280988 | q 4.184573005 | s 0.184573002\n\
             2 Elected elect C\n\
             elected [A, C] tied []",
        );
    }

    #[test]
    fn m2_two_rounds() {
        check(
            "2 seats; 12 A>B; 4 A; 7 C; 6 B",
            "1.1 | 16.000000000 6.000000000 7.000000000 | ex 0.000000000 | q 9.666666667 | s 6.333333333\n\
             1 Elected elect A\n\
             2.1 | 16.000000000 6.000000000 7.000000000 | ex 0.000000000 | q 9.666666667 | s 6.333333333\n\
             2.2 kf A 0.604166667 | 9.666666672 10.749999996 7.000000000 | ex 1.583333332 | q 9.138888890 | s 2.138888888\n\
             2 Elected elect B\n\
             elected [A, B] tied []",
        );
    }

    #[test]
    fn defeat_and_ties_within_surplus() {
        // Nobody reaches the quota: C is lowest and defeated, then A wins.
        check(
            "4 A; 3 B; 2 C>A",
            "1.1 | 4.000000000 3.000000000 2.000000000 | ex 0.000000000 | q 4.500000001 | s 0.000000000\n\
             1 Omega defeat C\n\
             2.1 | 6.000000000 3.000000000 0.000000000 | ex 0.000000000 | q 4.500000001 | s 1.499999999\n\
             2 Elected elect A\n\
             elected [A] tied []",
        );
        check(
            "3 A; 3 B",
            "1.1 | 3.000000000 3.000000000 | ex 0.000000000 | q 3.000000001 | s 0.000000000\n\
             1 Omega (unresolved)\n\
             elected [] tied [A, B]",
        );
    }

    #[test]
    fn zero_vote_defeats_follow_candidate_order() {
        check(
            "candidates 4; 3 A; 2 B",
            "1.1 | 3.000000000 2.000000000 0.000000000 0.000000000 | ex 0.000000000 | q 2.500000001 | s 0.499999999\n\
             1 Elected elect A\n\
             elected [A] tied []",
        );
        // E and F hold nothing and go in candidate order (D, with votes, stays).
        let e = election("2 seats; candidates 6; 7 A; 3 B; 3 C; 2 D>B");
        let t = count(&e, TieBreak::default());
        let text = view(&e, &t);
        let ends: Vec<&str> = text.lines().filter(|l| !l.contains('|')).collect();
        assert_eq!(
            ends,
            [
                "1 Elected elect A",
                "2 Omega defeat E (no votes)",
                "3 Omega defeat F",
                "4 Omega defeat D",
                "5 Elected elect B",
                "elected [A, B] tied []"
            ]
        );
    }

    #[test]
    fn degenerate_elections() {
        check(
            "3 seats; 2 A; 1 B",
            "remaining A, B\nelected [A, B] tied []",
        );
        check(
            "2 seats; candidates 3",
            "1.1 | 0.000000000 0.000000000 0.000000000 | ex 0.000000000 | q 0.000000001 | s 0.000000000\n\
             1 Omega (unresolved)\n\
             elected [] tied [A, B, C]",
        );
        check(
            "1 seats; candidates 2; withdrawn A B; 3 A>B",
            "elected [] tied []",
        );
    }

    #[test]
    fn hand_built_elections_do_not_panic() {
        let e = Election {
            candidates: vec!["A".into(), "B".into(), "C".into()],
            seats: 2,
            withdrawn: vec![9],
            ballots: vec![
                RankedBallot::new(u64::MAX, vec![0, 0, 7, 2]),
                RankedBallot::new(u64::MAX, vec![2, 1]),
                RankedBallot::new(3, vec![1]),
                RankedBallot::new(0, vec![1]),
            ],
            ..Election::default()
        };
        let t = count(&e, TieBreak::default());
        assert_eq!(t.elected, vec![0, 2]);
    }

    proptest::proptest! {
        #[test]
        fn seats_filled_and_votes_conserved(
            e in crate::tally::irv::arb_election(),
            seed in proptest::prelude::any::<u64>(),
        ) {
            let t = count(&e, TieBreak { seed: Some(seed) });
            proptest::prop_assert!(t.tied.is_empty());
            proptest::prop_assert_eq!(t.elected.len(), e.seats.min(e.running().len()));
            let mut distinct = t.elected.clone();
            distinct.sort_unstable();
            distinct.dedup();
            proptest::prop_assert_eq!(distinct.len(), t.elected.len());
            let valid = u128::from(e.valid_ballots()) * UNIT;
            for r in &t.report.rounds {
                for it in &r.iterations {
                    let sum: u128 = it.votes.iter().sum();
                    proptest::prop_assert_eq!(sum + it.excess, valid);
                    proptest::prop_assert!(it.keep_factors.iter().all(|&k| k <= UNIT));
                }
            }
            let u = count(&e, TieBreak::default());
            if u.tied.is_empty() {
                proptest::prop_assert_eq!(&u.elected, &t.elected);
            }
        }
    }
}

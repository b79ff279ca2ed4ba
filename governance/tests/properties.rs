//! Properties every counting method must have, on generated elections.

use governance::ballot::{CandidateId, Election, RankedBallot};
use governance::tally::{self, approval, irv, score, stv, Method, TieBreak};
use proptest::prelude::*;

/// A well-formed election: distinct, in-range rankings (possibly empty), sorted
/// withdrawn list, weights ≥ 1.
fn election(max_candidates: usize, max_lines: usize) -> impl Strategy<Value = Election> {
    (1..=max_candidates, 1..=3usize).prop_flat_map(move |(n, seats)| {
        let line = (
            1..=4u64,
            Just((0..n).collect::<Vec<_>>()).prop_shuffle(),
            0..=n,
        )
            .prop_map(|(w, order, k)| RankedBallot::new(w, order[..k].to_vec()));
        (
            proptest::collection::vec(line, 0..=max_lines),
            proptest::collection::btree_set(0..n, 0..n),
        )
            .prop_map(move |(ballots, withdrawn)| Election {
                title: String::new(),
                candidates: (0..n).map(|c| format!("C{c}")).collect(),
                seats,
                withdrawn: withdrawn.into_iter().collect(),
                ballots,
            })
    })
}

/// Anything an `Election` can hold: unknown and repeated candidates, unsorted
/// withdrawn list, zero and huge weights, zero seats.
fn wild_election() -> impl Strategy<Value = Election> {
    let weight = prop_oneof![0..=3u64, Just(u64::MAX), any::<u64>()];
    let line = (weight, proptest::collection::vec(0..8usize, 0..8))
        .prop_map(|(w, r)| RankedBallot::new(w, r));
    (
        0..6usize,
        0..5usize,
        proptest::collection::vec(0..8usize, 0..4),
        proptest::collection::vec(line, 0..12),
    )
        .prop_map(|(n, seats, withdrawn, ballots)| Election {
            title: String::new(),
            candidates: (0..n).map(|c| format!("C{c}")).collect(),
            seats,
            withdrawn,
            ballots,
        })
}

/// The same election with its ballot lines in another order.
fn with_shuffled_ballots(max_candidates: usize) -> impl Strategy<Value = (Election, Election)> {
    election(max_candidates, 12).prop_flat_map(|e| {
        let original = e.clone();
        Just(e.ballots.clone())
            .prop_shuffle()
            .prop_map(move |ballots| {
                (
                    original.clone(),
                    Election {
                        ballots,
                        ..original.clone()
                    },
                )
            })
    })
}

/// The Condorcet winner (beats every other running candidate pairwise), if any,
/// computed independently of the methods: unranked candidates are below ranked ones.
fn condorcet_winner(e: &Election) -> Option<CandidateId> {
    let running = e.running();
    let beats = |a: CandidateId, b: CandidateId| -> u64 {
        e.ballots
            .iter()
            .filter(|bl| {
                let r: Vec<_> = e.effective_ranking(bl).collect();
                match (
                    r.iter().position(|&c| c == a),
                    r.iter().position(|&c| c == b),
                ) {
                    (Some(i), Some(j)) => i < j,
                    (Some(_), None) => true,
                    _ => false,
                }
            })
            .map(|bl| bl.weight)
            .sum()
    };
    running
        .iter()
        .copied()
        .find(|&a| running.iter().all(|&b| a == b || beats(a, b) > beats(b, a)))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn ballot_order_never_changes_a_result(
        (a, b) in with_shuffled_ballots(6),
        seed in proptest::option::of(0..4u64),
    ) {
        let tie = TieBreak { seed };
        for m in Method::ALL {
            let (x, y) = (tally::count(m, &a, tie), tally::count(m, &b, tie));
            prop_assert_eq!((&x.elected, &x.tied), (&y.elected, &y.tied), "{}", m);
        }
    }

    #[test]
    fn a_condorcet_winner_wins_schulze_and_copeland(mut e in election(6, 15)) {
        e.seats = 1;
        if let Some(w) = condorcet_winner(&e) {
            for m in [Method::Schulze, Method::Copeland] {
                let t = tally::count(m, &e, TieBreak::default());
                prop_assert_eq!(&t.elected, &vec![w], "{}", m);
                prop_assert!(t.tied.is_empty());
            }
        }
    }

    #[test]
    fn no_method_panics_on_any_election(e in wild_election(), seed in proptest::option::of(any::<u64>())) {
        let tie = TieBreak { seed };
        for m in Method::ALL {
            let t = tally::count(m, &e, tie);
            prop_assert!(t.elected.len() <= t.seats, "{}", m);
            prop_assert!(t.seats == e.seats || m == Method::Irv, "{}", m);
            prop_assert!(t.elected.iter().chain(&t.tied).all(|&c| c < e.candidates.len()));
        }
        for v in [tally::borda::BordaVariant::Pessimistic, tally::borda::BordaVariant::Modified] {
            tally::borda::count_with(&e, tie, v);
        }
        tally::schulze::count_with(&e, tie, tally::schulze::Strength::Margins);
        let ae = approval::ApprovalElection {
            title: String::new(),
            candidates: e.candidates.clone(),
            seats: e.seats,
            withdrawn: e.withdrawn.clone(),
            ballots: e.ballots.iter().map(|b| approval::ApprovalBallot { weight: b.weight, approved: b.ranking.clone() }).collect(),
        };
        approval::count(&ae, tie);
        let se = score::ScoreElection {
            title: String::new(),
            candidates: e.candidates.clone(),
            seats: e.seats,
            max_score: 3,
            withdrawn: e.withdrawn.clone(),
            ballots: e.ballots.iter().map(|b| score::ScoreBallot {
                weight: b.weight,
                scores: b.ranking.iter().map(|&c| (c, c as u64)).collect(),
            }).collect(),
        };
        score::count(&se, tie);
    }

    #[test]
    fn stv_for_one_seat_elects_the_irv_winner(mut e in election(5, 12)) {
        e.seats = 1;
        let i = irv::count(&e, TieBreak::default());
        let s = stv::count(&e, TieBreak::default());
        let tie_free = i.tied.is_empty()
            && s.tied.is_empty()
            && i.report.rounds.iter().all(|r| r.tie.is_none())
            && s.report.stages.iter().all(|st| st.tie.is_none());
        if tie_free {
            prop_assert_eq!(&s.elected, &i.elected);
            prop_assert_eq!(s.elected.len(), 1);
        }
    }

    #[test]
    fn a_tie_is_reported_only_without_a_seed(e in election(5, 6), seed in any::<u64>()) {
        for m in Method::ALL {
            let unseeded = tally::count(m, &e, TieBreak::default());
            let seeded = tally::count(m, &e, TieBreak { seed: Some(seed) });
            prop_assert!(seeded.tied.is_empty(), "{}", m);
            // A lot only fills the seats that the tie left open.
            prop_assert_eq!(&seeded.elected[..unseeded.elected.len()], &unseeded.elected[..]);
            if unseeded.tied.is_empty() {
                prop_assert_eq!(&seeded.elected, &unseeded.elected);
            }
        }
    }
}

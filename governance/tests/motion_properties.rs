//! Properties of deciding a motion that must hold for every count.
//!
//! The monotonicity properties hold for the tie rules `Rejected` and `ByThreshold`
//! on every base, and for the chair's casting vote on the votes-cast base. A
//! casting vote is an extra vote that only a tie hands to the chair, so on a base
//! that also counts abstentions or those present, one more "no" vote can create the
//! tie that carries the motion (see `TieOnMotion::ChairCastingVote`).

use governance::attendance::{Headcount, Turnout};
use governance::fraction::Fraction;
use governance::motion::{decide, Condition, Explanation, Outcome, Side, Votes};
use governance::rules::{
    Comparison, Method, OnQuorumMissed, Organ, Quorum, QuorumOf, QuorumSize, QuorumUnit, Rule,
    RuleSet, Threshold, TieOnMotion, VoteBase, Weighting,
};
use proptest::prelude::*;

fn fraction() -> impl Strategy<Value = Fraction> {
    (1u64..=24)
        .prop_flat_map(|den| (0..=den, Just(den)))
        .prop_map(|(num, den)| Fraction::new(num, den).unwrap())
}

fn threshold() -> impl Strategy<Value = Threshold> {
    (fraction(), any::<bool>()).prop_map(|(fraction, strict)| Threshold {
        fraction,
        comparison: if strict {
            Comparison::MoreThan
        } else {
            Comparison::AtLeast
        },
    })
}

fn base() -> impl Strategy<Value = VoteBase> {
    prop_oneof![
        Just(VoteBase::Cast),
        Just(VoteBase::CastAndAbstain),
        Just(VoteBase::Valid),
        Just(VoteBase::Present),
        Just(VoteBase::Members),
    ]
}

fn tie() -> impl Strategy<Value = TieOnMotion> {
    prop_oneof![
        Just(TieOnMotion::Rejected),
        Just(TieOnMotion::ByThreshold),
        Just(TieOnMotion::ChairCastingVote),
    ]
}

fn quorum() -> impl Strategy<Value = Option<Quorum>> {
    let size = prop_oneof![
        threshold().prop_map(QuorumSize::Share),
        (0u64..300).prop_map(QuorumSize::Minimum),
    ];
    let of = prop_oneof![Just(QuorumOf::Present), Just(QuorumOf::Participating)];
    let unit = prop_oneof![Just(QuorumUnit::Members), Just(QuorumUnit::Weight)];
    let missed = prop_oneof![
        Just(OnQuorumMissed::NotDecided),
        Just(OnQuorumMissed::SecondMeetingWithoutQuorum)
    ];
    proptest::option::of(
        (size, of, unit, missed).prop_map(|(size, of, unit, on_missed)| Quorum {
            size,
            of,
            unit,
            on_missed,
        }),
    )
}

fn weighting() -> impl Strategy<Value = Weighting> {
    prop_oneof![
        Just(Weighting::OneMemberOneVote),
        Just(Weighting::PerMember)
    ]
}

/// A counted-vote rule whose outcomes are monotone (see the module comment).
fn monotone_rule() -> impl Strategy<Value = Rule> {
    (threshold(), base(), quorum(), tie(), weighting()).prop_map(
        |(threshold, base, quorum, tie, weighting)| Rule {
            organ: Organ::GeneralMeeting,
            method: Method::Vote,
            threshold,
            base,
            quorum,
            tie: if tie == TieOnMotion::ChairCastingVote && base != VoteBase::Cast {
                TieOnMotion::Rejected
            } else {
                tie
            },
            weighting,
        },
    )
}

fn any_rule() -> impl Strategy<Value = Rule> {
    let organ = prop_oneof![Just(Organ::GeneralMeeting), Just(Organ::Board)];
    let method = prop_oneof![Just(Method::Vote), Just(Method::Consent)];
    (
        organ,
        method,
        threshold(),
        base(),
        quorum(),
        tie(),
        weighting(),
    )
        .prop_map(
            |(organ, method, threshold, base, quorum, tie, weighting)| Rule {
                organ,
                method,
                threshold,
                base,
                quorum,
                tie,
                weighting,
            },
        )
}

fn side() -> impl Strategy<Value = Option<Side>> {
    proptest::option::of(prop_oneof![Just(Side::Yes), Just(Side::No)])
}

fn small_votes() -> impl Strategy<Value = Votes> {
    (0u64..60, 0u64..60, 0u64..20, 0u64..10, 0u64..5, side()).prop_map(
        |(yes, no, abstain, blank, invalid, casting_vote)| Votes {
            yes,
            no,
            abstain,
            blank,
            invalid,
            casting_vote,
        },
    )
}

fn headcount(max: u64) -> impl Strategy<Value = Headcount> {
    (0..max, 0..max * 3).prop_map(|(members, extra)| Headcount {
        members,
        votes: members + extra % (members + 1),
    })
}

fn small_turnout() -> impl Strategy<Value = Turnout> {
    (
        proptest::option::of(headcount(200)),
        headcount(20),
        proptest::option::of(headcount(300)),
        proptest::option::of(0u64..200),
        any::<bool>(),
    )
        .prop_map(
            |(present, represented, entitled, voted_members, second_meeting)| Turnout {
                present,
                represented,
                entitled,
                voted_members,
                second_meeting,
            },
        )
}

/// Any `u64`, weighted towards the edges where overflow hides.
fn wide() -> impl Strategy<Value = u64> {
    prop_oneof![
        0u64..100,
        (u64::MAX - 100)..=u64::MAX,
        any::<u64>(),
        Just(u64::MAX / 2),
        Just(u64::MAX / 2 + 1),
    ]
}

fn wide_votes() -> impl Strategy<Value = Votes> {
    (wide(), wide(), wide(), wide(), wide(), side()).prop_map(
        |(yes, no, abstain, blank, invalid, casting_vote)| Votes {
            yes,
            no,
            abstain,
            blank,
            invalid,
            casting_vote,
        },
    )
}

fn wide_turnout() -> impl Strategy<Value = Turnout> {
    let h = || (wide(), wide()).prop_map(|(members, votes)| Headcount { members, votes });
    (
        proptest::option::of(h()),
        h(),
        proptest::option::of(h()),
        proptest::option::of(wide()),
        any::<bool>(),
    )
        .prop_map(
            |(present, represented, entitled, voted_members, second_meeting)| Turnout {
                present,
                represented,
                entitled,
                voted_members,
                second_meeting,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn raising_the_threshold_never_turns_rejected_into_passed(
        rule in monotone_rule(),
        other in threshold(),
        votes in small_votes(),
        turnout in small_turnout(),
    ) {
        let (low, high) = if other.at_least_as_strict_as(rule.threshold) {
            (rule.threshold, other)
        } else {
            (other, rule.threshold)
        };
        let before = decide(&Rule { threshold: low, ..rule }, &votes, &turnout);
        let after = decide(&Rule { threshold: high, ..rule }, &votes, &turnout);
        prop_assert!(
            !(before.outcome == Outcome::Rejected && after.outcome == Outcome::Passed),
            "{low:?} → {high:?}: {before:?} / {after:?}"
        );
    }

    #[test]
    fn one_more_yes_never_turns_passed_into_rejected(
        rule in monotone_rule(),
        votes in small_votes(),
        turnout in small_turnout(),
    ) {
        let before = decide(&rule, &votes, &turnout);
        let more = Votes { yes: votes.yes + 1, ..votes };
        let after = decide(&rule, &more, &turnout);
        prop_assert!(
            !(before.outcome == Outcome::Passed && after.outcome == Outcome::Rejected),
            "{before:?} / {after:?}"
        );
    }

    #[test]
    fn one_more_no_never_turns_rejected_into_passed(
        rule in monotone_rule(),
        votes in small_votes(),
        turnout in small_turnout(),
    ) {
        // "At least 0" passes anything, even 0 yes against 1 no; with nothing cast
        // there is no decision (CNT-6). That one degenerate threshold is left out.
        prop_assume!(!rule.threshold.is_trivial());
        let before = decide(&rule, &votes, &turnout);
        let more = Votes { no: votes.no + 1, ..votes };
        let after = decide(&rule, &more, &turnout);
        prop_assert!(
            !(before.outcome == Outcome::Rejected && after.outcome == Outcome::Passed),
            "{before:?} / {after:?}"
        );
    }

    #[test]
    fn decide_never_panics(
        rule in any_rule(),
        votes in wide_votes(),
        turnout in wide_turnout(),
    ) {
        let d = decide(&rule, &votes, &turnout);
        prop_assert!(serde_json::to_string(&d).is_ok());
    }

    #[test]
    fn decide_never_panics_on_small_counts(
        rule in any_rule(),
        votes in small_votes(),
        turnout in small_turnout(),
    ) {
        let _ = decide(&rule, &votes, &turnout);
    }

    #[test]
    fn the_explanation_agrees_with_the_outcome(
        rule in any_rule(),
        votes in small_votes(),
        turnout in small_turnout(),
    ) {
        let d = decide(&rule, &votes, &turnout);
        let condition = d.explanation.condition();
        let expected = match condition {
            Condition::ThresholdMet | Condition::NoObjection => Outcome::Passed,
            Condition::ThresholdNotMet
            | Condition::Tie
            | Condition::NoVotesCast
            | Condition::Objection { .. } => Outcome::Rejected,
            Condition::QuorumMissed(_) => Outcome::NoQuorum,
            Condition::Invalid { reason } => Outcome::Invalid(reason),
        };
        prop_assert_eq!(d.outcome, expected);
        prop_assert_eq!(
            matches!(d.explanation, Explanation::Consent(_)),
            rule.method == Method::Consent
        );
        if let Explanation::Vote(e) = d.explanation {
            // The minimum number of yes votes is exactly the line between met and not met.
            if matches!(condition, Condition::ThresholdMet | Condition::ThresholdNotMet) {
                let met = condition == Condition::ThresholdMet;
                match e.required_yes {
                    Some(r) => prop_assert_eq!(met, e.yes_counted >= r),
                    None => prop_assert!(!met),
                }
                prop_assert!(e.base_value.is_some());
            }
        }
    }

    #[test]
    fn votes_within_turnout_are_never_invalid_for_a_cast_base(
        threshold in threshold(),
        votes in small_votes(),
    ) {
        // A plain vote with no turnout or quorum needs nothing but the votes.
        let mut rule = Rule::vote(Organ::GeneralMeeting, threshold);
        rule.tie = TieOnMotion::Rejected;
        let d = decide(&rule, &votes, &Turnout::default());
        prop_assert!(!matches!(d.outcome, Outcome::Invalid(_)), "{:?}", d);
    }

    #[test]
    fn rules_round_trip_through_json(rule in any_rule()) {
        let json = serde_json::to_string(&rule).unwrap();
        prop_assert_eq!(serde_json::from_str::<Rule>(&json).unwrap(), rule);
    }

    #[test]
    fn fractions_round_trip_through_text(f in fraction()) {
        prop_assert_eq!(Fraction::parse(&f.to_string()), Ok(f));
    }

    #[test]
    fn parsing_any_text_never_panics(s in ".{0,40}") {
        let _ = Fraction::parse(&s);
        let _ = governance::calendar::Date::parse(&s);
        let _ = serde_json::from_str::<RuleSet>(&s);
    }
}

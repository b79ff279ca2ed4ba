//! Deciding a motion: the votes, the [`Rule`], the [`Turnout`] → a [`Decision`].
//!
//! The outcome comes with an [`Explanation`] that is data only — the base and its
//! value, the threshold, the least number of yes votes it needed, the quorum
//! count, and the [`Condition`] that decided — so that callers can say it in Dutch
//! or English ("nodig was minstens 6").
//!
//! Order of the checks: the counts must be consistent (else [`Outcome::Invalid`]),
//! then the quorum (else [`Outcome::NoQuorum`]), then a vote with nothing cast is
//! rejected (CNT-6), then ties (CNT-5), then the threshold (CNT-3, CNT-4).

use crate::attendance::{quorum_status, MemberId, QuorumCount, QuorumStatus, Turnout, TurnoutPart};
use crate::fraction::Fraction;
use crate::rules::{Method, Rule, Threshold, TieOnMotion, VoteBase};
use serde::{Deserialize, Serialize, Serializer};

/// A side of a yes/no vote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// In favour.
    Yes,
    /// Against.
    No,
}

/// The votes on a motion, in votes (weights when the rule is weighted).
///
/// Under consent, `no` counts the objections that stand.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Votes {
    /// In favour (voor).
    pub yes: u64,
    /// Against (tegen).
    pub no: u64,
    /// Abstentions (onthoudingen): not votes cast (CNT-2).
    #[serde(default)]
    pub abstain: u64,
    /// Blank votes: not votes cast by Dutch convention (CNT-2).
    #[serde(default)]
    pub blank: u64,
    /// Invalid votes (BW 2:13 lid 1): never votes cast.
    #[serde(default)]
    pub invalid: u64,
    /// The chair's casting vote, used only on a tie under
    /// [`TieOnMotion::ChairCastingVote`].
    #[serde(default)]
    pub casting_vote: Option<Side>,
}

impl Votes {
    /// `yes` in favour and `no` against, nothing else.
    pub const fn new(yes: u64, no: u64) -> Votes {
        Votes {
            yes,
            no,
            abstain: 0,
            blank: 0,
            invalid: 0,
            casting_vote: None,
        }
    }

    /// Votes cast: yes + no (`None` if too large for `u64`).
    pub fn cast(&self) -> Option<u64> {
        self.yes.checked_add(self.no)
    }

    /// Every vote recorded: yes, no, abstain, blank and invalid (`None` if too large).
    pub fn total(&self) -> Option<u64> {
        self.yes
            .checked_add(self.no)?
            .checked_add(self.abstain)?
            .checked_add(self.blank)?
            .checked_add(self.invalid)
    }
}

/// Why a count cannot be decided: the input contradicts itself or lacks a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum InvalidReason {
    /// The counts add up to more than `u64` can hold.
    CountTooLarge,
    /// More votes recorded than voters present or represented.
    MoreVotesThanPresent {
        /// Votes recorded (yes, no, abstain, blank, invalid).
        votes: u64,
        /// Votes present or represented.
        present: u64,
    },
    /// More votes recorded than voters entitled.
    MoreVotesThanMembers {
        /// Votes recorded.
        votes: u64,
        /// Votes of all entitled.
        members: u64,
    },
    /// More present or represented than entitled (in members or in votes).
    MorePresentThanMembers {
        /// Present or represented.
        present: u64,
        /// Entitled.
        members: u64,
    },
    /// The rule's base or quorum needs a number the turnout lacks.
    TurnoutMissing {
        /// The missing number.
        missing: TurnoutPart,
    },
    /// A tie under [`TieOnMotion::ChairCastingVote`] and no casting vote given.
    CastingVoteMissing,
}

/// The outcome of a motion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// Adopted (aangenomen).
    Passed,
    /// Not adopted (verworpen) — also when nothing was cast or the votes tied.
    Rejected,
    /// Not decided: the quorum was missed.
    NoQuorum,
    /// Not decided: the count is inconsistent or incomplete.
    Invalid(InvalidReason),
}

impl Outcome {
    /// The stable id: `passed`, `rejected`, `no_quorum` or `invalid`.
    pub const fn id(self) -> &'static str {
        match self {
            Outcome::Passed => "passed",
            Outcome::Rejected => "rejected",
            Outcome::NoQuorum => "no_quorum",
            Outcome::Invalid(_) => "invalid",
        }
    }
}

impl Serialize for Outcome {
    /// As its [`Outcome::id`]; the reason of an invalid outcome is in the
    /// explanation's [`Condition::Invalid`].
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

/// The condition that decided the outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Condition {
    /// Yes reached the threshold.
    ThresholdMet,
    /// Yes fell short of the threshold.
    ThresholdNotMet,
    /// As many yes as no, and the tie rejects: by the tie rule (CNT-5) or by the
    /// chair's casting vote against.
    Tie,
    /// The quorum was missed.
    QuorumMissed(QuorumCount),
    /// Nothing was cast (yes + no = 0): no decision, so not adopted (CNT-6).
    NoVotesCast,
    /// Consent: no objection stands.
    NoObjection,
    /// Consent: objections stand.
    Objection {
        /// How many.
        count: u64,
    },
    /// The count cannot be decided.
    Invalid {
        /// Why.
        reason: InvalidReason,
    },
}

/// The numbers behind a counted vote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct VoteExplanation {
    /// The votes as recorded.
    pub votes: Votes,
    /// Votes cast: yes + no (saturating).
    pub cast: u64,
    /// What counted as 100 %.
    pub base: VoteBase,
    /// Its value, including a casting vote; `None` when it could not be determined.
    pub base_value: Option<u64>,
    /// The threshold.
    pub threshold: Threshold,
    /// The least number of yes votes that meets the threshold given `base_value`;
    /// `None` when unknown or unreachable.
    pub required_yes: Option<u64>,
    /// Yes votes counted, including a casting vote.
    pub yes_counted: u64,
    /// As many yes as no (and something cast).
    pub tie: bool,
    /// The rule for ties.
    pub tie_rule: TieOnMotion,
    /// The casting vote, when it was used.
    pub casting_vote: Option<Side>,
    /// The quorum check.
    pub quorum: QuorumStatus,
    /// What decided.
    pub condition: Condition,
}

/// The numbers behind a consent decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct ConsentExplanation {
    /// Objections that stand.
    pub objections: u64,
    /// Objections raised, including those resolved or withdrawn.
    pub raised: u64,
    /// The quorum check.
    pub quorum: QuorumStatus,
    /// What decided.
    pub condition: Condition,
}

/// Why a decision came out as it did: data, rendered by the caller.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case", tag = "method")]
pub enum Explanation {
    /// A counted vote.
    Vote(VoteExplanation),
    /// A consent round.
    Consent(ConsentExplanation),
}

impl Explanation {
    /// The condition that decided.
    pub const fn condition(&self) -> Condition {
        match self {
            Explanation::Vote(e) => e.condition,
            Explanation::Consent(e) => e.condition,
        }
    }

    /// The quorum check.
    pub const fn quorum(&self) -> QuorumStatus {
        match self {
            Explanation::Vote(e) => e.quorum,
            Explanation::Consent(e) => e.quorum,
        }
    }
}

/// A decided motion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Decision {
    /// The outcome.
    pub outcome: Outcome,
    /// Why.
    pub explanation: Explanation,
}

/// The value of `base` for these votes and this turnout.
fn base_value(base: VoteBase, votes: &Votes, turnout: &Turnout) -> Result<u64, InvalidReason> {
    let sum = |parts: &[u64]| {
        parts
            .iter()
            .try_fold(0u64, |acc, &x| acc.checked_add(x))
            .ok_or(InvalidReason::CountTooLarge)
    };
    let missing = |missing| InvalidReason::TurnoutMissing { missing };
    match base {
        VoteBase::Cast => sum(&[votes.yes, votes.no]),
        VoteBase::CastAndAbstain => sum(&[votes.yes, votes.no, votes.abstain]),
        VoteBase::Valid => sum(&[votes.yes, votes.no, votes.abstain, votes.blank]),
        VoteBase::Present => turnout
            .present
            .ok_or(missing(TurnoutPart::Present))?
            .checked_add(turnout.represented)
            .map(|h| h.votes)
            .ok_or(InvalidReason::CountTooLarge),
        VoteBase::Members => Ok(turnout
            .entitled
            .ok_or(missing(TurnoutPart::Entitled))?
            .votes),
    }
}

/// The counts must fit together: nobody votes who is not there.
fn check_consistency(votes: &Votes, turnout: &Turnout) -> Result<(), InvalidReason> {
    let total = votes.total().ok_or(InvalidReason::CountTooLarge)?;
    let present = match turnout.present {
        Some(p) => Some(
            p.checked_add(turnout.represented)
                .ok_or(InvalidReason::CountTooLarge)?,
        ),
        None => None,
    };
    if let Some(p) = present {
        if total > p.votes {
            return Err(InvalidReason::MoreVotesThanPresent {
                votes: total,
                present: p.votes,
            });
        }
    }
    if let Some(e) = turnout.entitled {
        if let Some(p) = present {
            if p.members > e.members {
                return Err(InvalidReason::MorePresentThanMembers {
                    present: p.members,
                    members: e.members,
                });
            }
            if p.votes > e.votes {
                return Err(InvalidReason::MorePresentThanMembers {
                    present: p.votes,
                    members: e.votes,
                });
            }
        }
        if total > e.votes {
            return Err(InvalidReason::MoreVotesThanMembers {
                votes: total,
                members: e.votes,
            });
        }
    }
    Ok(())
}

/// Decides a motion under `rule`.
///
/// - **Invalid** when the counts contradict each other (more votes than present or
///   entitled, more present than entitled), do not fit in `u64`, or the base or
///   quorum needs a number that `turnout` lacks.
/// - **NoQuorum** when the quorum is missed (and not waived at a second meeting).
/// - **Rejected** with [`Condition::NoVotesCast`] when yes + no = 0. CNT-6 says
///   "no decision"; a proposal that no decision adopted is not adopted, and nothing
///   is wrong with the count, so this is a rejection and not invalid (a missed
///   majority leaves no valid decision either, VAL-4, BW 2:14).
/// - A tie (yes = no) is handled by [`TieOnMotion`] when the threshold is at least
///   one half; a lower threshold already decides a tie by itself.
/// - Otherwise the threshold decides, by cross-multiplication.
///
/// Under [`Method::Consent`], `votes.no` counts the objections that stand: adopted
/// iff there are none (after the consistency and quorum checks).
pub fn decide(rule: &Rule, votes: &Votes, turnout: &Turnout) -> Decision {
    let mut ex = VoteExplanation {
        votes: *votes,
        cast: votes.yes.saturating_add(votes.no),
        base: rule.base,
        base_value: None,
        threshold: rule.threshold,
        required_yes: None,
        yes_counted: votes.yes,
        tie: votes.yes == votes.no && votes.yes > 0,
        tie_rule: rule.tie,
        casting_vote: None,
        quorum: QuorumStatus::NotRequired,
        condition: Condition::ThresholdNotMet,
    };
    let consent = rule.method == Method::Consent;
    let finish = |outcome, condition, mut ex: VoteExplanation| {
        ex.condition = condition;
        let explanation = if consent {
            Explanation::Consent(ConsentExplanation {
                objections: votes.no,
                raised: votes.no,
                quorum: ex.quorum,
                condition,
            })
        } else {
            Explanation::Vote(ex)
        };
        Decision {
            outcome,
            explanation,
        }
    };
    let invalid = |reason, ex| finish(Outcome::Invalid(reason), Condition::Invalid { reason }, ex);

    if let Err(reason) = check_consistency(votes, turnout) {
        return invalid(reason, ex);
    }
    // Consent has no base; 0 stands in and is never used.
    let mut base = 0;
    if !consent {
        match base_value(rule.base, votes, turnout) {
            Ok(b) => base = b,
            Err(reason) => return invalid(reason, ex),
        }
        ex.base_value = Some(base);
        ex.required_yes = rule.threshold.required(base);
    }

    ex.quorum = quorum_status(rule, turnout, Some(votes));
    match ex.quorum {
        QuorumStatus::Unknown { missing } => {
            return invalid(InvalidReason::TurnoutMissing { missing }, ex)
        }
        QuorumStatus::Missed(count) => {
            return finish(Outcome::NoQuorum, Condition::QuorumMissed(count), ex)
        }
        _ => {}
    }

    if consent {
        return if votes.no == 0 {
            finish(Outcome::Passed, Condition::NoObjection, ex)
        } else {
            finish(
                Outcome::Rejected,
                Condition::Objection { count: votes.no },
                ex,
            )
        };
    }
    if ex.cast == 0 {
        return finish(Outcome::Rejected, Condition::NoVotesCast, ex);
    }

    let mut yes = votes.yes;
    if ex.tie && rule.threshold.fraction >= Fraction::ONE_HALF {
        match rule.tie {
            TieOnMotion::Rejected => return finish(Outcome::Rejected, Condition::Tie, ex),
            TieOnMotion::ByThreshold => {}
            TieOnMotion::ChairCastingVote => {
                let Some(side) = votes.casting_vote else {
                    return invalid(InvalidReason::CastingVoteMissing, ex);
                };
                ex.casting_vote = Some(side);
                if side == Side::No {
                    return finish(Outcome::Rejected, Condition::Tie, ex);
                }
                // One extra yes vote: it adds to the votes cast, not to those present.
                if matches!(
                    rule.base,
                    VoteBase::Cast | VoteBase::CastAndAbstain | VoteBase::Valid
                ) {
                    match base.checked_add(1) {
                        Some(b) => base = b,
                        None => return invalid(InvalidReason::CountTooLarge, ex),
                    }
                }
                yes += 1; // yes = no ≤ u64::MAX / 2
                ex.yes_counted = yes;
                ex.base_value = Some(base);
                ex.required_yes = rule.threshold.required(base);
            }
        }
    }
    if rule.threshold.is_met(yes, base) {
        finish(Outcome::Passed, Condition::ThresholdMet, ex)
    } else {
        finish(Outcome::Rejected, Condition::ThresholdNotMet, ex)
    }
}

/// Where an objection stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ObjectionState {
    /// Raised and not resolved: it blocks.
    #[default]
    Stands,
    /// Met by changing the proposal.
    Resolved,
    /// Withdrawn by whoever raised it.
    Withdrawn,
}

/// An objection in a consent round (a reasoned, overriding objection).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Objection {
    /// Who raised it.
    pub by: MemberId,
    /// The reason, as recorded (the user's own words; never formatted by the core).
    pub reason: String,
    /// Where it stands.
    pub state: ObjectionState,
}

/// Decides a consent round: adopted iff no objection stands, whatever the numbers
/// (`counting-methods.md` §9). Stand-asides are not objections. No quorum is
/// checked here; use [`decide`] with a consent [`Rule`] for that.
pub fn decide_consent(objections: &[Objection]) -> Decision {
    let standing = objections
        .iter()
        .filter(|o| o.state == ObjectionState::Stands)
        .count() as u64;
    let (outcome, condition) = if standing == 0 {
        (Outcome::Passed, Condition::NoObjection)
    } else {
        (Outcome::Rejected, Condition::Objection { count: standing })
    };
    Decision {
        outcome,
        explanation: Explanation::Consent(ConsentExplanation {
            objections: standing,
            raised: objections.len() as u64,
            quorum: QuorumStatus::NotRequired,
            condition,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attendance::Headcount;
    use crate::rules::{OnQuorumMissed, Organ, Quorum, QuorumOf, QuorumSize, QuorumUnit};

    fn frac(s: &str) -> Fraction {
        Fraction::parse(s).unwrap()
    }

    fn rule(threshold: Threshold, base: VoteBase) -> Rule {
        Rule {
            base,
            ..Rule::vote(Organ::GeneralMeeting, threshold)
        }
    }

    fn v(yes: u64, no: u64, abstain: u64) -> Votes {
        Votes {
            abstain,
            ..Votes::new(yes, no)
        }
    }

    fn turnout(present: u64, members: u64) -> Turnout {
        Turnout {
            present: Some(Headcount::equal(present)),
            entitled: Some(Headcount::equal(members)),
            ..Turnout::default()
        }
    }

    /// `check(rule, votes, turnout, expected outcome, expected condition, expected
    /// (base value, required yes))`.
    fn check(
        rule: Rule,
        votes: Votes,
        t: Turnout,
        outcome: Outcome,
        condition: Condition,
        numbers: (Option<u64>, Option<u64>),
    ) {
        let d = decide(&rule, &votes, &t);
        assert_eq!(d.outcome, outcome, "{votes:?} under {rule:?}");
        assert_eq!(
            d.explanation.condition(),
            condition,
            "{votes:?} under {rule:?}"
        );
        if let Explanation::Vote(e) = d.explanation {
            assert_eq!((e.base_value, e.required_yes), numbers, "{votes:?}");
        }
    }

    use Condition as C;
    use Outcome as O;

    const MAJ: Threshold = Threshold::MAJORITY;
    const TWO: Threshold = Threshold::TWO_THIRDS;

    // decision-rules-nl.md §J — worked examples.

    #[test]
    fn example_1_twelve_members_ten_present() {
        let t = turnout(10, 12);
        let votes = v(6, 3, 1);
        let cast = VoteBase::Cast;
        check(
            rule(MAJ, cast),
            votes,
            t,
            O::Passed,
            C::ThresholdMet,
            (Some(9), Some(5)),
        );
        check(
            rule(TWO, cast),
            votes,
            t,
            O::Passed,
            C::ThresholdMet,
            (Some(9), Some(6)),
        );
        let more = Threshold::more_than(Fraction::TWO_THIRDS);
        check(
            rule(more, cast),
            votes,
            t,
            O::Rejected,
            C::ThresholdNotMet,
            (Some(9), Some(7)),
        );
        // Wrongly counting the abstention: 18 ≥ 20 false.
        let abst = VoteBase::CastAndAbstain;
        check(
            rule(TWO, abst),
            votes,
            t,
            O::Rejected,
            C::ThresholdNotMet,
            (Some(10), Some(7)),
        );
        // The two absent members are irrelevant: the same without a turnout.
        let none = Turnout::default();
        check(
            rule(TWO, cast),
            votes,
            none,
            O::Passed,
            C::ThresholdMet,
            (Some(9), Some(6)),
        );
    }

    #[test]
    fn example_2_abstention_decides_majority() {
        let votes = v(5, 4, 1);
        let none = Turnout::default();
        check(
            rule(MAJ, VoteBase::Cast),
            votes,
            none,
            O::Passed,
            C::ThresholdMet,
            (Some(9), Some(5)),
        );
        check(
            rule(MAJ, VoteBase::CastAndAbstain),
            votes,
            none,
            O::Rejected,
            C::ThresholdNotMet,
            (Some(10), Some(6)),
        );
    }

    #[test]
    fn example_4_rb_gelderland_2022() {
        // 51 present, 5 abstain, 31 yes, 15 no → cast 46; 93 ≥ 92.
        let votes = v(31, 15, 5);
        let t = Turnout {
            present: Some(Headcount::equal(51)),
            ..Turnout::default()
        };
        check(
            rule(TWO, VoteBase::Cast),
            votes,
            t,
            O::Passed,
            C::ThresholdMet,
            (Some(46), Some(31)),
        );
    }

    #[test]
    fn example_5_tie_is_rejected() {
        let none = Turnout::default();
        check(
            rule(MAJ, VoteBase::Cast),
            v(5, 5, 0),
            none,
            O::Rejected,
            C::Tie,
            (Some(10), Some(6)),
        );
        // Even where "at least half" would pass it.
        let half = Threshold::at_least(Fraction::ONE_HALF);
        check(
            rule(half, VoteBase::Cast),
            v(5, 5, 0),
            none,
            O::Rejected,
            C::Tie,
            (Some(10), Some(5)),
        );
    }

    #[test]
    fn example_6_conversion_nine_tenths_of_fifty() {
        let r = rule(Threshold::NINE_TENTHS, VoteBase::Cast);
        let none = Turnout::default();
        check(
            r,
            v(45, 5, 0),
            none,
            O::Passed,
            C::ThresholdMet,
            (Some(50), Some(45)),
        );
        check(
            r,
            v(44, 6, 0),
            none,
            O::Rejected,
            C::ThresholdNotMet,
            (Some(50), Some(45)),
        );
    }

    #[test]
    fn example_7_binding_nomination_override() {
        // 60 members; ≥ 40 votes must be able to be cast; 42 present; 28 / 13 / 1 blank.
        let mut r = rule(TWO, VoteBase::Cast);
        r.quorum = Some(Quorum {
            size: QuorumSize::Minimum(40),
            of: QuorumOf::Present,
            unit: QuorumUnit::Weight,
            on_missed: OnQuorumMissed::NotDecided,
        });
        let votes = Votes {
            blank: 1,
            ..Votes::new(28, 13)
        };
        check(
            r,
            votes,
            turnout(42, 60),
            O::Passed,
            C::ThresholdMet,
            (Some(41), Some(28)),
        );
        // With 39 present the quorum is missed.
        let d = decide(
            &r,
            &Votes {
                blank: 1,
                ..Votes::new(27, 11)
            },
            &turnout(39, 60),
        );
        assert_eq!(d.outcome, O::NoQuorum);
        let C::QuorumMissed(count) = d.explanation.condition() else {
            panic!("{d:?}")
        };
        assert_eq!((count.counted, count.required), (39, Some(40)));
    }

    #[test]
    fn bases() {
        let votes = Votes {
            blank: 2,
            invalid: 1,
            ..v(6, 3, 1)
        };
        let t = turnout(14, 20);
        let b = |base| rule(MAJ, base);
        check(
            b(VoteBase::Cast),
            votes,
            t,
            O::Passed,
            C::ThresholdMet,
            (Some(9), Some(5)),
        );
        check(
            b(VoteBase::CastAndAbstain),
            votes,
            t,
            O::Passed,
            C::ThresholdMet,
            (Some(10), Some(6)),
        );
        check(
            b(VoteBase::Valid),
            votes,
            t,
            O::Rejected,
            C::ThresholdNotMet,
            (Some(12), Some(7)),
        );
        check(
            b(VoteBase::Present),
            votes,
            t,
            O::Rejected,
            C::ThresholdNotMet,
            (Some(14), Some(8)),
        );
        check(
            b(VoteBase::Members),
            votes,
            t,
            O::Rejected,
            C::ThresholdNotMet,
            (Some(20), Some(11)),
        );
        // Represented members count as present.
        let with_proxies = Turnout {
            present: Some(Headcount::equal(10)),
            represented: Headcount::equal(4),
            ..t
        };
        check(
            b(VoteBase::Present),
            votes,
            with_proxies,
            O::Rejected,
            C::ThresholdNotMet,
            (Some(14), Some(8)),
        );
    }

    #[test]
    fn unanimity_and_outside_meeting() {
        let all = rule(Threshold::UNANIMITY, VoteBase::Members);
        check(
            all,
            v(12, 0, 0),
            turnout(12, 12),
            O::Passed,
            C::ThresholdMet,
            (Some(12), Some(12)),
        );
        // One abstention (or one non-response) = no decision (VER-OUT-1).
        check(
            all,
            v(11, 0, 1),
            turnout(12, 12),
            O::Rejected,
            C::ThresholdNotMet,
            (Some(12), Some(12)),
        );
        check(
            all,
            v(11, 0, 0),
            turnout(11, 12),
            O::Rejected,
            C::ThresholdNotMet,
            (Some(12), Some(12)),
        );
        let strict_all = rule(Threshold::more_than(Fraction::ONE), VoteBase::Cast);
        check(
            strict_all,
            v(3, 0, 0),
            Turnout::default(),
            O::Rejected,
            C::ThresholdNotMet,
            (Some(3), None),
        );
    }

    #[test]
    fn nothing_cast_is_rejected_not_invalid() {
        let none = Turnout::default();
        check(
            rule(MAJ, VoteBase::Cast),
            v(0, 0, 4),
            none,
            O::Rejected,
            C::NoVotesCast,
            (Some(0), None),
        );
        check(
            rule(MAJ, VoteBase::Cast),
            Votes::default(),
            none,
            O::Rejected,
            C::NoVotesCast,
            (Some(0), None),
        );
    }

    #[test]
    fn invalid_counts() {
        let r = rule(MAJ, VoteBase::Cast);
        let inv = |reason| (O::Invalid(reason), C::Invalid { reason });
        let cases = [
            (
                v(8, 3, 0),
                turnout(10, 12),
                InvalidReason::MoreVotesThanPresent {
                    votes: 11,
                    present: 10,
                },
            ),
            (
                v(8, 3, 2),
                Turnout {
                    entitled: Some(Headcount::equal(12)),
                    ..Turnout::default()
                },
                InvalidReason::MoreVotesThanMembers {
                    votes: 13,
                    members: 12,
                },
            ),
            (
                v(1, 0, 0),
                turnout(13, 12),
                InvalidReason::MorePresentThanMembers {
                    present: 13,
                    members: 12,
                },
            ),
            (
                v(u64::MAX, 1, 0),
                Turnout::default(),
                InvalidReason::CountTooLarge,
            ),
        ];
        for (votes, t, reason) in cases {
            let (o, c) = inv(reason);
            let d = decide(&r, &votes, &t);
            assert_eq!((d.outcome, d.explanation.condition()), (o, c), "{votes:?}");
        }
        let d = decide(
            &rule(MAJ, VoteBase::Present),
            &v(1, 0, 0),
            &Turnout::default(),
        );
        assert_eq!(
            d.outcome,
            O::Invalid(InvalidReason::TurnoutMissing {
                missing: TurnoutPart::Present
            })
        );
        let d = decide(
            &rule(MAJ, VoteBase::Members),
            &v(1, 0, 0),
            &Turnout::default(),
        );
        assert_eq!(
            d.outcome,
            O::Invalid(InvalidReason::TurnoutMissing {
                missing: TurnoutPart::Entitled
            })
        );
    }

    #[test]
    fn quorum_of_members_present() {
        let mut r = rule(MAJ, VoteBase::Cast);
        r.quorum = Some(Quorum::share_present(frac("1/2")));
        check(
            r,
            v(3, 1, 0),
            turnout(5, 10),
            O::Passed,
            C::ThresholdMet,
            (Some(4), Some(3)),
        );
        let d = decide(&r, &v(3, 1, 0), &turnout(4, 10));
        assert_eq!(d.outcome, O::NoQuorum);
        // Second meeting without quorum.
        r.quorum = Some(Quorum {
            on_missed: OnQuorumMissed::SecondMeetingWithoutQuorum,
            ..Quorum::share_present(frac("1/2"))
        });
        let second = Turnout {
            second_meeting: true,
            ..turnout(4, 10)
        };
        check(
            r,
            v(3, 1, 0),
            second,
            O::Passed,
            C::ThresholdMet,
            (Some(4), Some(3)),
        );
        assert!(matches!(
            decide(&r, &v(3, 1, 0), &second).explanation.quorum(),
            QuorumStatus::Waived(_)
        ));
        // Missing numbers make it invalid, not a missed quorum.
        let d = decide(&r, &v(3, 1, 0), &Turnout::default());
        assert_eq!(
            d.outcome,
            O::Invalid(InvalidReason::TurnoutMissing {
                missing: TurnoutPart::Present
            })
        );
    }

    #[test]
    fn participation_quorum() {
        let mut r = rule(MAJ, VoteBase::Cast);
        r.quorum = Some(Quorum {
            of: QuorumOf::Participating,
            ..Quorum::share_present(frac("1/2"))
        });
        // 10 members; 3 yes, 1 no, 1 abstain → 5 took part: met.
        check(
            r,
            v(3, 1, 1),
            turnout(8, 10),
            O::Passed,
            C::ThresholdMet,
            (Some(4), Some(3)),
        );
        assert_eq!(
            decide(&r, &v(3, 1, 0), &turnout(8, 10)).outcome,
            O::NoQuorum
        );
    }

    #[test]
    fn casting_vote() {
        let mut r = rule(MAJ, VoteBase::Cast);
        r.tie = TieOnMotion::ChairCastingVote;
        let none = Turnout::default();
        let with = |side| Votes {
            casting_vote: Some(side),
            ..v(5, 5, 0)
        };
        check(
            r,
            with(Side::Yes),
            none,
            O::Passed,
            C::ThresholdMet,
            (Some(11), Some(6)),
        );
        check(
            r,
            with(Side::No),
            none,
            O::Rejected,
            C::Tie,
            (Some(10), Some(6)),
        );
        // Against: rejected even where the threshold alone would let a tie pass.
        let mut half_present = rule(Threshold::at_least(Fraction::ONE_HALF), VoteBase::Present);
        half_present.tie = TieOnMotion::ChairCastingVote;
        let t = Turnout {
            present: Some(Headcount::equal(10)),
            ..Turnout::default()
        };
        check(
            half_present,
            with(Side::No),
            t,
            O::Rejected,
            C::Tie,
            (Some(10), Some(5)),
        );
        check(
            half_present,
            with(Side::Yes),
            t,
            O::Passed,
            C::ThresholdMet,
            (Some(10), Some(5)),
        );
        // An extra vote that only a tie gives: on a base with those present, one more
        // "no" (6-5 → 6-6) lets the chair carry a motion that 6 of 12 could not.
        let mut maj_present = rule(MAJ, VoteBase::Present);
        maj_present.tie = TieOnMotion::ChairCastingVote;
        let t12 = Turnout {
            present: Some(Headcount::equal(12)),
            ..Turnout::default()
        };
        let yes_chair = |yes, no| Votes {
            casting_vote: Some(Side::Yes),
            ..v(yes, no, 0)
        };
        check(
            maj_present,
            yes_chair(6, 5),
            t12,
            O::Rejected,
            C::ThresholdNotMet,
            (Some(12), Some(7)),
        );
        check(
            maj_present,
            yes_chair(6, 6),
            t12,
            O::Passed,
            C::ThresholdMet,
            (Some(12), Some(7)),
        );
        let d = decide(&r, &v(5, 5, 0), &none);
        assert_eq!(d.outcome, O::Invalid(InvalidReason::CastingVoteMissing));
        // A casting vote cannot lift a qualified majority: 6 of 11 < 2/3.
        r.threshold = TWO;
        check(
            r,
            with(Side::Yes),
            none,
            O::Rejected,
            C::ThresholdNotMet,
            (Some(11), Some(8)),
        );
        // Not a tie: the casting vote is not used.
        r.threshold = MAJ;
        let d = decide(
            &r,
            &Votes {
                casting_vote: Some(Side::No),
                ..v(6, 5, 0)
            },
            &none,
        );
        assert_eq!(d.outcome, O::Passed);
        let Explanation::Vote(e) = d.explanation else {
            panic!()
        };
        assert_eq!(e.casting_vote, None);
    }

    #[test]
    fn tie_by_threshold_and_low_thresholds() {
        let mut r = rule(Threshold::at_least(Fraction::ONE_HALF), VoteBase::Cast);
        r.tie = TieOnMotion::ByThreshold;
        let none = Turnout::default();
        check(
            r,
            v(5, 5, 0),
            none,
            O::Passed,
            C::ThresholdMet,
            (Some(10), Some(5)),
        );
        // A threshold below one half decides a tie by itself, whatever the tie rule.
        let third = rule(Threshold::at_least(frac("1/3")), VoteBase::Cast);
        check(
            third,
            v(5, 5, 0),
            none,
            O::Passed,
            C::ThresholdMet,
            (Some(10), Some(4)),
        );
    }

    #[test]
    fn weighted_votes_are_counted_as_weights() {
        let mut r = rule(TWO, VoteBase::Cast);
        r.weighting = crate::rules::Weighting::PerMember;
        // A cooperative: 3 members with 10, 5, 5 votes; 10 + 5 yes, 5 no → 15 of 20 ≥ 2/3.
        let t = Turnout {
            present: Some(Headcount {
                members: 3,
                votes: 20,
            }),
            entitled: Some(Headcount {
                members: 3,
                votes: 20,
            }),
            ..Turnout::default()
        };
        check(
            r,
            v(15, 5, 0),
            t,
            O::Passed,
            C::ThresholdMet,
            (Some(20), Some(14)),
        );
    }

    #[test]
    fn consent() {
        let none = Turnout::default();
        let r = Rule::consent(Organ::GeneralMeeting);
        let d = decide(
            &r,
            &Votes {
                abstain: 2,
                ..Votes::new(5, 0)
            },
            &none,
        );
        assert_eq!(
            (d.outcome, d.explanation.condition()),
            (O::Passed, C::NoObjection)
        );
        let d = decide(&r, &Votes::new(9, 1), &none);
        assert_eq!(
            (d.outcome, d.explanation.condition()),
            (O::Rejected, C::Objection { count: 1 })
        );
        let obj = |state| Objection {
            by: "ans".into(),
            reason: "te duur".into(),
            state,
        };
        let d = decide_consent(&[
            obj(ObjectionState::Withdrawn),
            obj(ObjectionState::Resolved),
        ]);
        assert_eq!(d.outcome, O::Passed);
        let d = decide_consent(&[obj(ObjectionState::Stands), obj(ObjectionState::Withdrawn)]);
        assert_eq!(
            (d.outcome, d.explanation.condition()),
            (O::Rejected, C::Objection { count: 1 })
        );
        let Explanation::Consent(e) = d.explanation else {
            panic!()
        };
        assert_eq!((e.objections, e.raised), (1, 2));
        assert_eq!(decide_consent(&[]).outcome, O::Passed);
    }

    #[test]
    fn json_shape() {
        let d = decide(&rule(TWO, VoteBase::Cast), &v(6, 3, 1), &turnout(10, 12));
        let json = serde_json::to_value(d).unwrap();
        assert_eq!(json["outcome"], "passed");
        let e = &json["explanation"];
        assert_eq!(e["method"], "vote");
        assert_eq!(e["base"], "cast");
        assert_eq!(e["base_value"], 9);
        assert_eq!(e["required_yes"], 6);
        assert_eq!(e["threshold"]["fraction"], "2/3");
        assert_eq!(e["condition"]["kind"], "threshold_met");
        assert_eq!(e["quorum"]["status"], "not_required");
        let d = decide(&rule(TWO, VoteBase::Cast), &v(12, 3, 1), &turnout(10, 12));
        let json = serde_json::to_value(d).unwrap();
        assert_eq!(json["outcome"], "invalid");
        assert_eq!(json["explanation"]["condition"]["kind"], "invalid");
        assert_eq!(
            json["explanation"]["condition"]["reason"]["kind"],
            "more_votes_than_present"
        );
    }
}

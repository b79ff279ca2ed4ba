//! Checking a [`RuleSet`] against the law of its [`Regime`].
//!
//! A [`Finding::Violation`] breaks a mandatory rule: the rule set cannot be saved.
//! A [`Finding::Deviation`] differs from the regime's default: allowed, but marked,
//! with the citation of the default it departs from. Violations come first; a
//! topic with a violation is not also reported as a deviation.
//!
//! Checks that need the number of votes (the quorum cap of a binding nomination
//! given as a number) are in [`validate_with_votes`].

use crate::fraction::Fraction;
use crate::rules::{
    citation, cites, default_rule, Citation, DecisionType, ElectronicParticipation, Method, Organ,
    QuorumOf, QuorumSize, Regime, Rule, RuleSet, Threshold, Topic, VoteBase,
};
use serde::Serialize;

/// What is wrong with a rule or setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Problem {
    /// The regime has this decision type, the rule set has no rule for it.
    RuleMissing,
    /// The decision type does not exist in this regime (a stichting has no members
    /// to expel, BW 2:285; an informal group is no legal person to convert or merge).
    NotApplicable,
    /// A stichting has no members and no members' meeting (BW 2:285 lid 1).
    NoMembersMeeting,
    /// The law assigns this decision to another organ.
    OrganNotAllowed {
        /// The organ that must decide.
        required: Organ,
    },
    /// Board members are dismissed by the organ that appoints them (BW 2:37 lid 6).
    DismissalByOtherOrgan {
        /// The appointing organ.
        appointing: Organ,
    },
    /// The law requires at least this threshold.
    ThresholdTooLow {
        /// The least threshold allowed.
        minimum: Threshold,
    },
    /// The law allows at most this threshold.
    ThresholdTooHigh {
        /// The highest threshold allowed.
        maximum: Threshold,
    },
    /// The law counts a narrower base; a wider one asks more than it allows.
    BaseTooStrict {
        /// The base the law uses.
        allowed: VoteBase,
    },
    /// The law fixes a counted majority here; consent cannot replace it.
    CountRequired,
    /// The quorum share exceeds the legal cap.
    QuorumTooHigh {
        /// The highest share allowed.
        maximum: Threshold,
    },
    /// The quorum number exceeds the legal cap.
    QuorumMinimumTooHigh {
        /// The highest number allowed.
        maximum: u64,
        /// The number set.
        minimum: u64,
    },
    /// The law allows only a quorum of votes that *can be cast* (present or represented).
    QuorumNotOfPresent,
    /// A period shorter than the law's minimum (or not set).
    PeriodTooShort {
        /// The legal minimum, in days.
        minimum_days: u32,
        /// The period set; `None`: not set.
        days: Option<u32>,
    },
    /// Advance electronic votes earlier than the law allows.
    AdvanceVotingTooEarly {
        /// The legal maximum, in days before the meeting.
        maximum_days: u32,
        /// The number of days set.
        days: u32,
    },
    /// Outside a meeting only a unanimous decision counts.
    OutsideMeetingNotUnanimous,
    /// Outside a meeting the base is all members.
    OutsideMeetingNotAllMembers,
    /// Outside a meeting the board must know beforehand.
    OutsideMeetingBoardNotInformed,
    /// The members' request threshold may only be lowered below the legal one.
    MembersRequestTooHigh {
        /// The legal threshold.
        maximum: Fraction,
        /// The threshold set.
        fraction: Fraction,
    },
    /// Members holding 1/10 of the votes may always demand a meeting.
    MembersRequestMissing,
}

/// One finding about a rule set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Finding {
    /// Breaks a mandatory rule: the rule set cannot be saved.
    Violation {
        /// The decision type, for a rule topic.
        decision: Option<DecisionType>,
        /// What part of the rules.
        topic: Topic,
        /// The rule broken (its `rule_id` is the stable handle).
        citation: Citation,
        /// What is wrong.
        problem: Problem,
    },
    /// Differs from the regime's default: allowed, marked.
    Deviation {
        /// The decision type, for a rule topic.
        decision: Option<DecisionType>,
        /// What part of the rules.
        topic: Topic,
        /// The default departed from.
        citation: Citation,
    },
}

impl Finding {
    /// True for a violation.
    pub const fn is_violation(&self) -> bool {
        matches!(self, Finding::Violation { .. })
    }

    /// The decision type, for a rule topic.
    pub const fn decision(&self) -> Option<DecisionType> {
        match self {
            Finding::Violation { decision, .. } | Finding::Deviation { decision, .. } => *decision,
        }
    }

    /// What part of the rules.
    pub const fn topic(&self) -> Topic {
        match self {
            Finding::Violation { topic, .. } | Finding::Deviation { topic, .. } => *topic,
        }
    }

    /// The citation.
    pub const fn citation(&self) -> Citation {
        match self {
            Finding::Violation { citation, .. } | Finding::Deviation { citation, .. } => *citation,
        }
    }

    /// The problem, for a violation.
    pub const fn problem(&self) -> Option<Problem> {
        match self {
            Finding::Violation { problem, .. } => Some(*problem),
            Finding::Deviation { .. } => None,
        }
    }
}

/// True when no violation was found (the rule set may be saved).
pub fn is_valid(findings: &[Finding]) -> bool {
    !findings.iter().any(Finding::is_violation)
}

struct Checker {
    regime: Regime,
    violations: Vec<Finding>,
}

impl Checker {
    fn violation(&mut self, d: Option<DecisionType>, topic: Topic, c: Citation, problem: Problem) {
        self.violations.push(Finding::Violation {
            decision: d,
            topic,
            citation: c,
            problem,
        });
    }

    /// A violation citing the regime's own citation for the topic.
    fn flag(&mut self, d: Option<DecisionType>, topic: Topic, problem: Problem) {
        let c = citation(self.regime, d, topic);
        self.violation(d, topic, c, problem);
    }

    fn has_violation(&self, d: Option<DecisionType>, topic: Topic) -> bool {
        self.violations
            .iter()
            .any(|f| f.decision() == d && f.topic() == topic)
    }
}

/// Decision types the law excludes in a regime (a rule for them is a violation).
fn excluded_by_law(regime: Regime, d: DecisionType) -> bool {
    use DecisionType as D;
    match regime {
        Regime::Stichting => matches!(d, D::Expulsion | D::BindingNominationOverride),
        Regime::InformalGroup => matches!(d, D::Merger | D::Conversion),
        Regime::Vereniging | Regime::Cooperatie => false,
    }
}

/// Checks `set` against the law of `regime`: violations first, then deviations
/// from the regime's defaults ([`RuleSet::defaults`]).
pub fn validate(set: &RuleSet, regime: Regime) -> Vec<Finding> {
    let mut ck = Checker {
        regime,
        violations: Vec::new(),
    };
    for d in DecisionType::ALL {
        match (set.rule(d), default_rule(regime, d)) {
            (None, Some(_)) => ck.flag(Some(d), Topic::Presence, Problem::RuleMissing),
            (Some(_), _) if excluded_by_law(regime, d) => {
                ck.flag(Some(d), Topic::Presence, Problem::NotApplicable)
            }
            _ => {}
        }
    }
    match regime {
        Regime::Vereniging | Regime::Cooperatie => vereniging_law(&mut ck, set),
        Regime::Stichting => stichting_law(&mut ck, set),
        Regime::InformalGroup => {}
    }
    let mut findings = ck.violations.clone();
    deviations(&ck, set, &mut findings);
    findings
}

/// [`validate`], plus the checks that need the number of votes all entitled voters
/// together can cast: a binding-nomination quorum given as a number may not exceed
/// two thirds of it (BW 2:37 lid 4; §J ex. 7: 60 votes → at most 40).
pub fn validate_with_votes(set: &RuleSet, regime: Regime, entitled_votes: u64) -> Vec<Finding> {
    let mut findings = validate(set, regime);
    let d = DecisionType::BindingNominationOverride;
    if regime.is_vereniging_law() {
        if let Some(QuorumSize::Minimum(n)) = set.rule(d).and_then(|r| r.quorum).map(|q| q.size) {
            let maximum = binding_nomination_quorum_cap(entitled_votes);
            if n > maximum {
                findings.insert(
                    0,
                    Finding::Violation {
                        decision: Some(d),
                        topic: Topic::Quorum,
                        citation: cites::VER_QUO_2,
                        problem: Problem::QuorumMinimumTooHigh {
                            maximum,
                            minimum: n,
                        },
                    },
                );
                findings.retain(|f| {
                    f.is_violation() || f.decision() != Some(d) || f.topic() != Topic::Quorum
                });
            }
        }
    }
    findings
}

/// The most votes that statutes may require to be able to be cast at a meeting
/// overriding a binding nomination: two thirds of all votes, rounded down
/// (BW 2:37 lid 4, VER-QUO-2).
pub fn binding_nomination_quorum_cap(entitled_votes: u64) -> u64 {
    // 2/3 of u64::MAX fits in u64.
    u64::try_from(u128::from(entitled_votes) * 2 / 3).unwrap_or(u64::MAX)
}

fn vereniging_law(ck: &mut Checker, set: &RuleSet) {
    use DecisionType as D;
    // Decisions the law gives to the members' meeting.
    for d in [
        D::StatuteAmendment,
        D::Dissolution,
        D::Merger,
        D::Conversion,
        D::BindingNominationOverride,
    ] {
        if set
            .rule(d)
            .is_some_and(|r| r.organ != Organ::GeneralMeeting)
        {
            ck.flag(
                Some(d),
                Topic::Organ,
                Problem::OrganNotAllowed {
                    required: Organ::GeneralMeeting,
                },
            );
        }
    }
    // BW 2:37 lid 6: dismissal by the appointing organ.
    if let (Some(app), Some(dis)) = (set.rule(D::BoardAppointment), set.rule(D::BoardDismissal)) {
        if app.organ != dis.organ {
            ck.violation(
                Some(D::BoardDismissal),
                Topic::Organ,
                cites::VER_BRD_4,
                Problem::DismissalByOtherOrgan {
                    appointing: app.organ,
                },
            );
        }
    }
    if let Some(rule) = set.rule(D::Conversion) {
        conversion(ck, rule, set.rule(D::StatuteAmendment));
    }
    if let Some(rule) = set.rule(D::BindingNominationOverride) {
        binding_nomination(ck, rule);
    }
    settings_vereniging(ck, set);
}

/// BW 2:18 lid 2 sub a: the requirements of a statute amendment and at least 9/10
/// of the votes cast. Every base counts at least the votes cast, so only the
/// threshold can make the rule weaker.
fn conversion(ck: &mut Checker, rule: &Rule, amendment: Option<&Rule>) {
    let d = Some(DecisionType::Conversion);
    if rule.method == Method::Consent {
        ck.flag(d, Topic::Method, Problem::CountRequired);
        return;
    }
    let mut minimum = Threshold::NINE_TENTHS;
    if let Some(a) = amendment.filter(|a| a.method == Method::Vote) {
        if !minimum.at_least_as_strict_as(a.threshold) {
            minimum = a.threshold; // e.g. unanimity for amendments
        }
    }
    if !rule.threshold.at_least_as_strict_as(minimum) {
        ck.flag(d, Topic::Threshold, Problem::ThresholdTooLow { minimum });
    }
}

/// BW 2:37 lid 4: at least 2/3 of the votes cast overrides; statutes may not ask
/// more, and may require only that a number of votes *can be cast*, at most 2/3 of
/// all votes.
fn binding_nomination(ck: &mut Checker, rule: &Rule) {
    let d = Some(DecisionType::BindingNominationOverride);
    if rule.method == Method::Consent {
        ck.flag(d, Topic::Method, Problem::CountRequired);
    } else {
        if !Threshold::TWO_THIRDS.at_least_as_strict_as(rule.threshold) {
            ck.flag(
                d,
                Topic::Threshold,
                Problem::ThresholdTooHigh {
                    maximum: Threshold::TWO_THIRDS,
                },
            );
        }
        if rule.base != VoteBase::Cast && !rule.threshold.is_trivial() {
            ck.flag(
                d,
                Topic::Base,
                Problem::BaseTooStrict {
                    allowed: VoteBase::Cast,
                },
            );
        }
    }
    if let Some(q) = rule.quorum {
        if q.of != QuorumOf::Present {
            ck.flag(d, Topic::Quorum, Problem::QuorumNotOfPresent);
        } else if let QuorumSize::Share(share) = q.size {
            if !Threshold::TWO_THIRDS.at_least_as_strict_as(share) {
                ck.flag(
                    d,
                    Topic::Quorum,
                    Problem::QuorumTooHigh {
                        maximum: Threshold::TWO_THIRDS,
                    },
                );
            }
        }
    }
}

fn settings_vereniging(ck: &mut Checker, set: &RuleSet) {
    let period = |days: Option<u32>, minimum_days: u32| {
        (days.is_none_or(|d| d < minimum_days))
            .then_some(Problem::PeriodTooShort { minimum_days, days })
    };
    if let Some(p) = period(set.notice.statute_amendment_days, 7) {
        ck.flag(None, Topic::StatuteAmendmentNotice, p);
    }
    if let Some(p) = period(set.notice.proposal_inspection_days, 5) {
        ck.flag(None, Topic::ProposalInspection, p);
    }
    if let Some(a) = set.advance_evoting {
        if a.days_before > 30 {
            ck.flag(
                None,
                Topic::AdvanceEvoting,
                Problem::AdvanceVotingTooEarly {
                    maximum_days: 30,
                    days: a.days_before,
                },
            );
        }
    }
    if let Some(o) = set.outside_meeting {
        if !o.threshold.at_least_as_strict_as(Threshold::UNANIMITY) {
            ck.flag(
                None,
                Topic::OutsideMeeting,
                Problem::OutsideMeetingNotUnanimous,
            );
        }
        if o.base != VoteBase::Members {
            ck.flag(
                None,
                Topic::OutsideMeeting,
                Problem::OutsideMeetingNotAllMembers,
            );
        }
        if !o.board_informed {
            ck.flag(
                None,
                Topic::OutsideMeeting,
                Problem::OutsideMeetingBoardNotInformed,
            );
        }
    }
    match set.members_request {
        None => ck.flag(None, Topic::MembersRequest, Problem::MembersRequestMissing),
        Some(f) if f > Fraction::ONE_TENTH => ck.flag(
            None,
            Topic::MembersRequest,
            Problem::MembersRequestTooHigh {
                maximum: Fraction::ONE_TENTH,
                fraction: f,
            },
        ),
        Some(_) => {}
    }
}

/// BW 2:285: a stichting has no members, so nothing may need a members' vote.
fn stichting_law(ck: &mut Checker, set: &RuleSet) {
    let cite = cites::STI_1;
    let no_meeting = Problem::NoMembersMeeting;
    for (&d, rule) in &set.rules {
        if rule.organ == Organ::GeneralMeeting {
            ck.violation(Some(d), Topic::Organ, cite, no_meeting);
        }
    }
    if set.advance_evoting.is_some() {
        ck.violation(None, Topic::AdvanceEvoting, cites::STI_6, no_meeting);
    }
    if set.outside_meeting.is_some() {
        ck.violation(None, Topic::OutsideMeeting, cites::STI_6, no_meeting);
    }
    if set.members_request.is_some() {
        ck.violation(None, Topic::MembersRequest, cites::STI_6, no_meeting);
    }
}

fn deviations(ck: &Checker, set: &RuleSet, out: &mut Vec<Finding>) {
    let regime = ck.regime;
    let mut mark = |d: Option<DecisionType>, topic: Topic| {
        if !ck.has_violation(d, topic) {
            out.push(Finding::Deviation {
                decision: d,
                topic,
                citation: citation(regime, d, topic),
            });
        }
    };
    for (&d, rule) in &set.rules {
        let Some(def) = default_rule(regime, d) else {
            mark(Some(d), Topic::Presence);
            continue;
        };
        let counted = rule.method == Method::Vote;
        let topics = [
            (Topic::Organ, rule.organ != def.organ),
            (Topic::Method, rule.method != def.method),
            (Topic::Threshold, counted && rule.threshold != def.threshold),
            (Topic::Base, counted && rule.base != def.base),
            (Topic::Quorum, rule.quorum != def.quorum),
            (Topic::Tie, counted && rule.tie != def.tie),
            (Topic::Weighting, rule.weighting != def.weighting),
        ];
        for (topic, differs) in topics {
            if differs {
                mark(Some(d), topic);
            }
        }
    }
    let def = RuleSet::defaults(regime);
    let settings = [
        (Topic::Proxies, set.proxies != def.proxies),
        (
            Topic::AdvanceEvoting,
            set.advance_evoting != def.advance_evoting,
        ),
        (
            Topic::ElectronicParticipation,
            set.electronic_participation != ElectronicParticipation::Off,
        ),
        (
            Topic::OutsideMeeting,
            set.outside_meeting != def.outside_meeting,
        ),
        (
            Topic::MembersRequest,
            set.members_request != def.members_request,
        ),
        (
            Topic::StatuteAmendmentNotice,
            set.notice.statute_amendment_days != def.notice.statute_amendment_days,
        ),
        (
            Topic::ProposalInspection,
            set.notice.proposal_inspection_days != def.notice.proposal_inspection_days,
        ),
    ];
    for (topic, differs) in settings {
        if differs {
            mark(None, topic);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{
        AdvanceEvoting, OnQuorumMissed, OutsideMeeting, Quorum, QuorumUnit, TieOnMotion, Weighting,
    };
    use DecisionType as D;

    fn frac(s: &str) -> Fraction {
        Fraction::parse(s).unwrap()
    }

    fn vereniging() -> RuleSet {
        RuleSet::defaults(Regime::Vereniging)
    }

    fn violations(set: &RuleSet, regime: Regime) -> Vec<(Option<D>, Topic, &'static str, Problem)> {
        validate(set, regime)
            .into_iter()
            .filter_map(|f| match f {
                Finding::Violation {
                    decision,
                    topic,
                    citation,
                    problem,
                } => Some((decision, topic, citation.rule_id, problem)),
                Finding::Deviation { .. } => None,
            })
            .collect()
    }

    fn deviation_topics(set: &RuleSet, regime: Regime) -> Vec<(Option<D>, Topic)> {
        validate(set, regime)
            .into_iter()
            .filter(|f| !f.is_violation())
            .map(|f| (f.decision(), f.topic()))
            .collect()
    }

    /// `check(edit of the vereniging defaults, expected violations)`.
    fn check(edit: impl FnOnce(&mut RuleSet), expect: &[(Option<D>, Topic, &str, Problem)]) {
        let mut set = vereniging();
        edit(&mut set);
        let got = violations(&set, Regime::Vereniging);
        let want: Vec<_> = expect.to_vec();
        assert_eq!(got.len(), want.len(), "{got:#?}");
        for (g, w) in got.iter().zip(&want) {
            assert_eq!((g.0, g.1, g.2, g.3), (w.0, w.1, w.2, w.3));
        }
        // The same holds for a coöperatie (Titel 2 applies, BW 2:53a).
        let mut coop = RuleSet::defaults(Regime::Cooperatie);
        coop.rules = set.rules.clone();
        coop.proxies = set.proxies;
        coop.advance_evoting = set.advance_evoting;
        coop.outside_meeting = set.outside_meeting;
        coop.members_request = set.members_request;
        coop.notice = set.notice;
        assert_eq!(violations(&coop, Regime::Cooperatie).len(), want.len());
    }

    fn rule_mut(set: &mut RuleSet, d: D) -> &mut Rule {
        set.rules.get_mut(&d).unwrap()
    }

    #[test]
    fn defaults_are_valid_without_deviations() {
        for regime in Regime::ALL {
            let findings = validate(&RuleSet::defaults(regime), regime);
            assert!(findings.is_empty(), "{regime:?}: {findings:#?}");
        }
    }

    #[test]
    fn conversion_needs_nine_tenths() {
        let d = Some(D::Conversion);
        let low = Problem::ThresholdTooLow {
            minimum: Threshold::NINE_TENTHS,
        };
        check(
            |s| rule_mut(s, D::Conversion).threshold = Threshold::at_least(frac("3/4")),
            &[(d, Topic::Threshold, "VER-CONVERT-1", low)],
        );
        check(
            |s| rule_mut(s, D::Conversion).threshold = Threshold::more_than(frac("89/100")),
            &[(d, Topic::Threshold, "VER-CONVERT-1", low)],
        );
        // Stricter is allowed (a deviation), on any base.
        check(
            |s| rule_mut(s, D::Conversion).threshold = Threshold::UNANIMITY,
            &[],
        );
        check(|s| rule_mut(s, D::Conversion).base = VoteBase::Present, &[]);
        check(
            |s| rule_mut(s, D::Conversion).method = Method::Consent,
            &[(d, Topic::Method, "VER-CONVERT-1", Problem::CountRequired)],
        );
        // The statute-amendment requirements apply too (unanimous amendments → unanimous conversion).
        check(
            |s| rule_mut(s, D::StatuteAmendment).threshold = Threshold::UNANIMITY,
            &[(
                d,
                Topic::Threshold,
                "VER-CONVERT-1",
                Problem::ThresholdTooLow {
                    minimum: Threshold::UNANIMITY,
                },
            )],
        );
    }

    #[test]
    fn binding_nomination_override_caps() {
        const BNO: D = D::BindingNominationOverride;
        let d = Some(BNO);
        let high = Problem::ThresholdTooHigh {
            maximum: Threshold::TWO_THIRDS,
        };
        check(
            |s| rule_mut(s, BNO).threshold = Threshold::at_least(frac("3/4")),
            &[(d, Topic::Threshold, "VER-BRD-2", high)],
        );
        check(
            |s| rule_mut(s, BNO).threshold = Threshold::more_than(frac("2/3")),
            &[(d, Topic::Threshold, "VER-BRD-2", high)],
        );
        check(
            |s| rule_mut(s, BNO).base = VoteBase::Present,
            &[(
                d,
                Topic::Base,
                "CNT-8",
                Problem::BaseTooStrict {
                    allowed: VoteBase::Cast,
                },
            )],
        );
        // A lower majority makes the override easier: allowed, marked.
        check(|s| rule_mut(s, BNO).threshold = Threshold::MAJORITY, &[]);
        let quorum = |size, of| Quorum {
            size,
            of,
            unit: QuorumUnit::Weight,
            on_missed: OnQuorumMissed::NotDecided,
        };
        check(
            |s| {
                rule_mut(s, BNO).quorum = Some(quorum(
                    QuorumSize::Share(Threshold::at_least(frac("2/3"))),
                    QuorumOf::Present,
                ))
            },
            &[],
        );
        check(
            |s| {
                rule_mut(s, BNO).quorum = Some(quorum(
                    QuorumSize::Share(Threshold::at_least(frac("3/4"))),
                    QuorumOf::Present,
                ))
            },
            &[(
                d,
                Topic::Quorum,
                "VER-QUO-2",
                Problem::QuorumTooHigh {
                    maximum: Threshold::TWO_THIRDS,
                },
            )],
        );
        check(
            |s| {
                rule_mut(s, BNO).quorum = Some(quorum(
                    QuorumSize::Share(Threshold::at_least(frac("1/2"))),
                    QuorumOf::Participating,
                ))
            },
            &[(d, Topic::Quorum, "VER-QUO-2", Problem::QuorumNotOfPresent)],
        );
    }

    #[test]
    fn worked_example_7_quorum_cap_of_forty() {
        let d = D::BindingNominationOverride;
        assert_eq!(binding_nomination_quorum_cap(60), 40);
        assert_eq!(binding_nomination_quorum_cap(u64::MAX), u64::MAX / 3 * 2);
        let mut set = vereniging();
        let q = |n| Quorum {
            size: QuorumSize::Minimum(n),
            of: QuorumOf::Present,
            unit: QuorumUnit::Weight,
            on_missed: OnQuorumMissed::NotDecided,
        };
        rule_mut(&mut set, d).quorum = Some(q(40));
        let findings = validate_with_votes(&set, Regime::Vereniging, 60);
        assert!(is_valid(&findings), "{findings:#?}");
        assert!(findings.iter().any(|f| f.topic() == Topic::Quorum)); // a deviation
        rule_mut(&mut set, d).quorum = Some(q(41));
        let findings = validate_with_votes(&set, Regime::Vereniging, 60);
        assert_eq!(
            findings[0].problem(),
            Some(Problem::QuorumMinimumTooHigh {
                maximum: 40,
                minimum: 41
            })
        );
        assert_eq!(findings[0].citation().rule_id, "VER-QUO-2");
        assert!(!findings
            .iter()
            .any(|f| !f.is_violation() && f.topic() == Topic::Quorum));
    }

    #[test]
    fn organs_fixed_by_law() {
        let board = |d: D| move |s: &mut RuleSet| rule_mut(s, d).organ = Organ::Board;
        let need_gm = Problem::OrganNotAllowed {
            required: Organ::GeneralMeeting,
        };
        check(
            board(D::StatuteAmendment),
            &[(
                Some(D::StatuteAmendment),
                Topic::Organ,
                "VER-AMEND-1",
                need_gm,
            )],
        );
        check(
            board(D::Dissolution),
            &[(Some(D::Dissolution), Topic::Organ, "VER-DISS-1", need_gm)],
        );
        check(
            board(D::Merger),
            &[(Some(D::Merger), Topic::Organ, "VER-MERGE-1", need_gm)],
        );
        // Expulsion by the ALV instead of the board: the statutes may say so.
        check(
            |s| rule_mut(s, D::Expulsion).organ = Organ::GeneralMeeting,
            &[],
        );
        // Dismissal only by the appointing organ.
        check(
            board(D::BoardDismissal),
            &[(
                Some(D::BoardDismissal),
                Topic::Organ,
                "VER-BRD-4",
                Problem::DismissalByOtherOrgan {
                    appointing: Organ::GeneralMeeting,
                },
            )],
        );
        check(
            |s| {
                rule_mut(s, D::BoardDismissal).organ = Organ::Board;
                rule_mut(s, D::BoardAppointment).organ = Organ::Board;
            },
            &[],
        );
    }

    #[test]
    fn notice_periods() {
        let short = |min, days| Problem::PeriodTooShort {
            minimum_days: min,
            days,
        };
        check(
            |s| s.notice.statute_amendment_days = Some(6),
            &[(
                None,
                Topic::StatuteAmendmentNotice,
                "VER-AMEND-1",
                short(7, Some(6)),
            )],
        );
        check(
            |s| s.notice.statute_amendment_days = None,
            &[(
                None,
                Topic::StatuteAmendmentNotice,
                "VER-AMEND-1",
                short(7, None),
            )],
        );
        check(
            |s| s.notice.proposal_inspection_days = Some(4),
            &[(
                None,
                Topic::ProposalInspection,
                "VER-AMEND-2",
                short(5, Some(4)),
            )],
        );
        check(|s| s.notice.statute_amendment_days = Some(14), &[]);
    }

    #[test]
    fn advance_evoting_window() {
        check(
            |s| s.advance_evoting = Some(AdvanceEvoting { days_before: 30 }),
            &[],
        );
        check(
            |s| s.advance_evoting = Some(AdvanceEvoting { days_before: 31 }),
            &[(
                None,
                Topic::AdvanceEvoting,
                "VER-EL-2",
                Problem::AdvanceVotingTooEarly {
                    maximum_days: 30,
                    days: 31,
                },
            )],
        );
    }

    #[test]
    fn outside_meeting_only_unanimous_all_members_board_informed() {
        let set_to = |o: OutsideMeeting| move |s: &mut RuleSet| s.outside_meeting = Some(o);
        let legal = OutsideMeeting::LEGAL;
        check(set_to(legal), &[]);
        check(|s| s.outside_meeting = None, &[]);
        check(
            set_to(OutsideMeeting {
                threshold: Threshold::TWO_THIRDS,
                ..legal
            }),
            &[(
                None,
                Topic::OutsideMeeting,
                "VER-OUT-1",
                Problem::OutsideMeetingNotUnanimous,
            )],
        );
        check(
            set_to(OutsideMeeting {
                base: VoteBase::Cast,
                ..legal
            }),
            &[(
                None,
                Topic::OutsideMeeting,
                "VER-OUT-1",
                Problem::OutsideMeetingNotAllMembers,
            )],
        );
        check(
            set_to(OutsideMeeting {
                board_informed: false,
                ..legal
            }),
            &[(
                None,
                Topic::OutsideMeeting,
                "VER-OUT-1",
                Problem::OutsideMeetingBoardNotInformed,
            )],
        );
    }

    #[test]
    fn members_request_may_only_be_lowered() {
        check(|s| s.members_request = Some(frac("1/20")), &[]);
        check(
            |s| s.members_request = Some(frac("1/5")),
            &[(
                None,
                Topic::MembersRequest,
                "VER-REQ-1",
                Problem::MembersRequestTooHigh {
                    maximum: Fraction::ONE_TENTH,
                    fraction: frac("1/5"),
                },
            )],
        );
        check(
            |s| s.members_request = None,
            &[(
                None,
                Topic::MembersRequest,
                "VER-REQ-1",
                Problem::MembersRequestMissing,
            )],
        );
    }

    #[test]
    fn missing_rule_is_a_violation() {
        check(
            |s| {
                s.rules.remove(&D::Regular);
            },
            &[(
                Some(D::Regular),
                Topic::Presence,
                "VER-POW-1",
                Problem::RuleMissing,
            )],
        );
    }

    #[test]
    fn stichting_has_no_members_meeting() {
        let regime = Regime::Stichting;
        let mut set = RuleSet::defaults(regime);
        rule_mut(&mut set, D::Regular).organ = Organ::GeneralMeeting;
        set.rules.insert(D::Expulsion, Rule::majority(Organ::Board));
        set.members_request = Some(Fraction::ONE_TENTH);
        set.advance_evoting = Some(AdvanceEvoting { days_before: 10 });
        set.outside_meeting = Some(OutsideMeeting::LEGAL);
        let got = violations(&set, regime);
        let problems: Vec<_> = got.iter().map(|v| (v.0, v.1, v.2, v.3)).collect();
        assert_eq!(
            problems,
            vec![
                (
                    Some(D::Expulsion),
                    Topic::Presence,
                    "STI-6",
                    Problem::NotApplicable
                ),
                (
                    Some(D::Regular),
                    Topic::Organ,
                    "STI-1",
                    Problem::NoMembersMeeting
                ),
                (
                    None,
                    Topic::AdvanceEvoting,
                    "STI-6",
                    Problem::NoMembersMeeting
                ),
                (
                    None,
                    Topic::OutsideMeeting,
                    "STI-6",
                    Problem::NoMembersMeeting
                ),
                (
                    None,
                    Topic::MembersRequest,
                    "STI-6",
                    Problem::NoMembersMeeting
                ),
            ]
        );
        // Stichting conversion needs no 9/10 (BW 2:18 lid 2 sub a), and proxies or
        // electronic board meetings are statute matters: deviations at most.
        let mut set = RuleSet::defaults(regime);
        set.proxies.allowed = true;
        set.electronic_participation = ElectronicParticipation::On {
            debate_required: false,
        };
        assert!(is_valid(&validate(&set, regime)));
    }

    #[test]
    fn informal_group_cannot_convert_or_merge() {
        let regime = Regime::InformalGroup;
        let mut set = RuleSet::defaults(regime);
        set.rules.insert(
            D::Conversion,
            Rule::vote(Organ::GeneralMeeting, Threshold::NINE_TENTHS),
        );
        set.rules
            .insert(D::BindingNominationOverride, Rule::default());
        let got = violations(&set, regime);
        assert_eq!(got.len(), 1);
        assert_eq!(
            (got[0].0, got[0].2, got[0].3),
            (Some(D::Conversion), "VER-CONVERT-1", Problem::NotApplicable)
        );
        // An agreed binding nomination is the group's own affair: a deviation.
        assert!(deviation_topics(&set, regime)
            .contains(&(Some(D::BindingNominationOverride), Topic::Presence)));
    }

    #[test]
    fn deviations_are_marked_with_the_default_they_leave() {
        let regime = Regime::Vereniging;
        let mut set = vereniging();
        let amend = rule_mut(&mut set, D::StatuteAmendment);
        amend.threshold = Threshold::at_least(frac("3/4"));
        amend.quorum = Some(Quorum::share_present(frac("1/2")));
        let regular = rule_mut(&mut set, D::Regular);
        regular.tie = TieOnMotion::ChairCastingVote;
        regular.weighting = Weighting::PerMember;
        set.rules.insert(
            D::Expulsion,
            Rule::consent(Organ::Board), // threshold unchanged, method differs
        );
        set.proxies.max_per_holder = Some(2);
        set.electronic_participation = ElectronicParticipation::On {
            debate_required: true,
        };
        let findings = validate(&set, regime);
        assert!(is_valid(&findings));
        let got: Vec<_> = findings
            .iter()
            .map(|f| (f.decision(), f.topic(), f.citation().rule_id))
            .collect();
        assert_eq!(
            got,
            vec![
                (Some(D::Regular), Topic::Tie, "CNT-5"),
                (Some(D::Regular), Topic::Weighting, "VER-VOTE-1"),
                (Some(D::StatuteAmendment), Topic::Threshold, "VER-AMEND-4"),
                (Some(D::StatuteAmendment), Topic::Quorum, "VER-QUO-1"),
                (Some(D::Expulsion), Topic::Method, "VER-BRD-6"),
                (None, Topic::Proxies, "VER-PROXY-1"),
                (None, Topic::ElectronicParticipation, "VER-EL-1"),
            ]
        );
        // Statute amendment by consent: the statutes may choose (BW 2:43 lid 1).
        let mut set = vereniging();
        rule_mut(&mut set, D::StatuteAmendment).method = Method::Consent;
        assert!(is_valid(&validate(&set, regime)));
    }

    #[test]
    fn violations_and_deviations_do_not_repeat() {
        let mut set = vereniging();
        rule_mut(&mut set, D::Conversion).threshold = Threshold::TWO_THIRDS;
        let findings = validate(&set, Regime::Vereniging);
        assert_eq!(findings.len(), 1, "{findings:#?}");
        assert!(findings[0].is_violation());
    }

    #[test]
    fn findings_serialize_with_ids() {
        let mut set = vereniging();
        set.advance_evoting = Some(AdvanceEvoting { days_before: 45 });
        let json = serde_json::to_value(validate(&set, Regime::Vereniging)).unwrap();
        assert_eq!(json[0]["kind"], "violation");
        assert_eq!(json[0]["topic"], "advance_evoting");
        assert_eq!(json[0]["citation"]["rule_id"], "VER-EL-2");
        assert_eq!(json[0]["citation"]["source"], "BW 2:38 lid 8");
        assert_eq!(json[0]["citation"]["status"], "optional");
        assert_eq!(json[0]["problem"]["kind"], "advance_voting_too_early");
        assert_eq!(json[0]["problem"]["days"], 45);
    }
}

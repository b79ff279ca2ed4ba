//! Decision rules: who decides, by what majority of which votes, with what quorum,
//! and what a tie does — one [`Rule`] per [`DecisionType`], gathered with the
//! collective-wide settings (proxies, electronic voting, notice periods) in a
//! [`RuleSet`].
//!
//! [`RuleSet::defaults`] gives the legal (or conventional) defaults for a
//! [`Regime`]; [`citation`] gives, for every field, the rule ID and source in
//! `decision-rules-nl.md`, so the UI can show the source one tap away. Checks
//! against the law are in [`crate::validate`]; deciding a motion is in
//! [`crate::motion`].
//!
//! All ids serialize in `snake_case` (they are part of the decision-file format).

use crate::fraction::Fraction;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The legal regime a collective's rules are checked against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Regime {
    /// A group without legal personality (individuals or a maatschap, BW 7A:1655):
    /// no statute law on its decisions, only what the participants agree — the
    /// defaults are conventions. (An organised group may legally be an informal
    /// vereniging: use [`Regime::Vereniging`] then.)
    InformalGroup,
    /// A vereniging, formal or informal: Titel 2 (BW 2:26–2:52).
    Vereniging,
    /// A coöperatie: Titel 2 applies too (BW 2:53a lid 1), so every `VER-*` rule holds.
    Cooperatie,
    /// A stichting: no members, no members' meeting; the board decides (BW 2:285, 2:291).
    Stichting,
}

impl Regime {
    /// Every regime, in declaration order.
    pub const ALL: [Regime; 4] = [
        Regime::InformalGroup,
        Regime::Vereniging,
        Regime::Cooperatie,
        Regime::Stichting,
    ];

    /// True when Titel 2 (the vereniging rules) applies: vereniging and coöperatie.
    pub const fn is_vereniging_law(self) -> bool {
        matches!(self, Regime::Vereniging | Regime::Cooperatie)
    }
}

/// The kinds of decision that carry their own rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionType {
    /// Any decision without a rule of its own.
    Regular,
    /// Amending the statutes (statutenwijziging).
    StatuteAmendment,
    /// Appointing a board member (benoeming).
    BoardAppointment,
    /// Dismissing or suspending a board member (ontslag, schorsing).
    BoardDismissal,
    /// Expelling a member (ontzetting).
    Expulsion,
    /// Dissolving the legal person (ontbinding).
    Dissolution,
    /// Merger or division (fusie, splitsing).
    Merger,
    /// Conversion into another legal form (omzetting).
    Conversion,
    /// Removing the binding character of a binding nomination (bindende voordracht).
    BindingNominationOverride,
}

impl DecisionType {
    /// Every decision type, in declaration order.
    pub const ALL: [DecisionType; 9] = [
        DecisionType::Regular,
        DecisionType::StatuteAmendment,
        DecisionType::BoardAppointment,
        DecisionType::BoardDismissal,
        DecisionType::Expulsion,
        DecisionType::Dissolution,
        DecisionType::Merger,
        DecisionType::Conversion,
        DecisionType::BindingNominationOverride,
    ];

    /// The stable `snake_case` id (the same as the serialized form).
    pub const fn id(self) -> &'static str {
        match self {
            DecisionType::Regular => "regular",
            DecisionType::StatuteAmendment => "statute_amendment",
            DecisionType::BoardAppointment => "board_appointment",
            DecisionType::BoardDismissal => "board_dismissal",
            DecisionType::Expulsion => "expulsion",
            DecisionType::Dissolution => "dissolution",
            DecisionType::Merger => "merger",
            DecisionType::Conversion => "conversion",
            DecisionType::BindingNominationOverride => "binding_nomination_override",
        }
    }
}

/// The organ that takes a decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Organ {
    /// The members' meeting (algemene vergadering, ALV); for an informal group, the group.
    GeneralMeeting,
    /// The board (bestuur); its votes are the directors' votes.
    Board,
}

/// How a proposal is decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Votes are counted against a [`Threshold`] of a [`VoteBase`].
    Vote,
    /// Consent (sociocratic): adopted unless an objection stands; no numeric threshold.
    Consent,
}

/// "More than" or "at least".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Comparison {
    /// Strictly more than the fraction (meer dan): `yes/base > f`.
    MoreThan,
    /// At least the fraction (ten minste): `yes/base ≥ f`.
    AtLeast,
}

/// The share of the base that yes votes must reach, e.g. "at least 2/3".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Threshold {
    /// The fraction of the base.
    pub fraction: Fraction,
    /// Whether yes must exceed it or may equal it.
    pub comparison: Comparison,
}

impl Threshold {
    /// Absolute majority: more than half (volstrekte meerderheid, CNT-3).
    pub const MAJORITY: Threshold = Threshold::more_than(Fraction::ONE_HALF);
    /// At least two thirds (BW 2:43 lid 1, 2:37 lid 4; CNT-4).
    pub const TWO_THIRDS: Threshold = Threshold::at_least(Fraction::TWO_THIRDS);
    /// At least nine tenths (BW 2:18 lid 2 sub a; CNT-4).
    pub const NINE_TENTHS: Threshold = Threshold::at_least(Fraction::NINE_TENTHS);
    /// Unanimity: all of the base.
    pub const UNANIMITY: Threshold = Threshold::at_least(Fraction::ONE);

    /// More than `fraction`.
    pub const fn more_than(fraction: Fraction) -> Threshold {
        Threshold {
            fraction,
            comparison: Comparison::MoreThan,
        }
    }

    /// At least `fraction`.
    pub const fn at_least(fraction: Fraction) -> Threshold {
        Threshold {
            fraction,
            comparison: Comparison::AtLeast,
        }
    }

    /// True for "more than".
    pub const fn is_strict(self) -> bool {
        matches!(self.comparison, Comparison::MoreThan)
    }

    /// The least number of yes votes out of `base` that meets the threshold;
    /// `None` when no number up to `base` can (e.g. "more than all").
    pub fn required(self, base: u64) -> Option<u64> {
        self.fraction.min_yes_needed(base, self.is_strict())
    }

    /// True when `yes` out of `base` meets the threshold (exact cross-multiplication).
    pub fn is_met(self, yes: u64, base: u64) -> bool {
        self.fraction.is_met_by(yes, base, self.is_strict())
    }

    /// True when, for every positive base, meeting `self` implies meeting `other`.
    pub fn at_least_as_strict_as(self, other: Threshold) -> bool {
        self.fraction > other.fraction
            || (self.fraction == other.fraction && (self.is_strict() || !other.is_strict()))
    }

    /// True when every count meets it: at least 0.
    pub const fn is_trivial(self) -> bool {
        self.fraction.is_zero() && !self.is_strict()
    }
}

/// What counts as 100 %: the base the threshold is a share of (CNT-8).
///
/// The Dutch default is [`VoteBase::Cast`]: abstentions, blank and invalid votes are
/// not votes cast (CNT-2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VoteBase {
    /// Votes cast: yes + no (uitgebrachte stemmen).
    #[default]
    Cast,
    /// Yes + no + abstentions.
    CastAndAbstain,
    /// All valid votes: yes + no + abstentions + blank (everything except invalid).
    Valid,
    /// Everyone present, including those represented by proxy (in votes).
    Present,
    /// All members entitled to vote (in votes).
    Members,
}

/// The size of a quorum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuorumSize {
    /// A share of all members (or of all votes) entitled to vote.
    Share(Threshold),
    /// A fixed minimum number of members (or votes).
    Minimum(u64),
}

/// Who is counted towards a quorum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuorumOf {
    /// Those present, including those represented by proxy: the votes that *can be*
    /// cast (BW 2:37 lid 4).
    Present,
    /// Those who took part in the vote: yes, no, abstain, blank or invalid.
    Participating,
}

/// What a quorum counts: heads or votes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuorumUnit {
    /// Members (one each, whatever their weight).
    Members,
    /// Votes (members' weights).
    Weight,
}

/// What follows when a quorum is missed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OnQuorumMissed {
    /// Nothing is decided.
    NotDecided,
    /// Nothing is decided now; a second meeting may decide without quorum
    /// (a statute convention, VER-QUO-1; in the law only for the BV, BW 2:230 lid 3).
    SecondMeetingWithoutQuorum,
}

/// A quorum: how many must be present (or take part) for a valid decision.
///
/// The law sets none for a vereniging (VER-QUO-1); statutes may.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Quorum {
    /// How many.
    pub size: QuorumSize,
    /// Who is counted.
    pub of: QuorumOf,
    /// Heads or votes.
    pub unit: QuorumUnit,
    /// What follows when it is missed.
    pub on_missed: OnQuorumMissed,
}

impl Quorum {
    /// "At least `fraction` of the members present or represented", nothing decided otherwise.
    pub const fn share_present(fraction: Fraction) -> Quorum {
        Quorum {
            size: QuorumSize::Share(Threshold::at_least(fraction)),
            of: QuorumOf::Present,
            unit: QuorumUnit::Members,
            on_missed: OnQuorumMissed::NotDecided,
        }
    }
}

/// What a tie (as many yes as no) does to a motion.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TieOnMotion {
    /// The proposal is rejected (CNT-5 convention).
    #[default]
    Rejected,
    /// The chair's casting vote decides: against, the proposal is rejected; in
    /// favour, it counts as one extra yes vote (one more vote cast) and the threshold
    /// is applied again, so a casting vote cannot lift a qualified majority that a
    /// tie cannot reach. (Being an extra vote that only a tie gives, it can make one
    /// more "no" vote turn a rejection into a pass when abstentions or those present
    /// are part of the base.)
    ChairCastingVote,
    /// No special rule: the threshold alone decides (so "at least half" passes a tie).
    ByThreshold,
}

/// How votes are weighted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Weighting {
    /// Every member one vote (BW 2:38 lid 1).
    #[default]
    OneMemberOneVote,
    /// Each member's own weight (statutes may give members more votes, BW 2:38 lid 1).
    PerMember,
}

/// The rule for one kind of decision.
///
/// With [`Method::Consent`] the fields `threshold`, `base` and `tie` are kept (so a
/// form can switch back) but not used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Rule {
    /// Which organ decides.
    pub organ: Organ,
    /// Counting or consent.
    pub method: Method,
    /// The share of the base that yes must reach.
    pub threshold: Threshold,
    /// What counts as 100 %.
    pub base: VoteBase,
    /// `None`: no quorum.
    pub quorum: Option<Quorum>,
    /// What a tie does.
    pub tie: TieOnMotion,
    /// One member one vote, or weights.
    pub weighting: Weighting,
}

impl Rule {
    /// A counted vote of `organ` with this threshold over votes cast, no quorum,
    /// ties rejected, one member one vote.
    pub const fn vote(organ: Organ, threshold: Threshold) -> Rule {
        Rule {
            organ,
            method: Method::Vote,
            threshold,
            base: VoteBase::Cast,
            quorum: None,
            tie: TieOnMotion::Rejected,
            weighting: Weighting::OneMemberOneVote,
        }
    }

    /// Absolute majority of the votes cast by `organ` (CNT-1, CNT-3).
    pub const fn majority(organ: Organ) -> Rule {
        Rule::vote(organ, Threshold::MAJORITY)
    }

    /// Consent of `organ`: adopted unless an objection stands.
    pub const fn consent(organ: Organ) -> Rule {
        let mut rule = Rule::majority(organ);
        rule.method = Method::Consent;
        rule
    }
}

impl Default for Rule {
    /// Dutch practice for a members' meeting: more than half of the votes cast,
    /// blanks and abstentions not counted, no quorum, a tie rejected.
    fn default() -> Self {
        Rule::majority(Organ::GeneralMeeting)
    }
}

/// Proxies: a present voter casts the vote of an absent one (BW 2:38 lid 4–5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ProxyRule {
    /// Whether proxies are allowed at all.
    pub allowed: bool,
    /// Most proxies one holder may carry; `None`: no limit.
    pub max_per_holder: Option<u32>,
    /// Whether the proxy must be written (an electronic record counts, BW 2:38 lid 5).
    pub written_required: bool,
}

/// Votes cast electronically before the meeting count as cast at it (BW 2:38 lid 8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AdvanceEvoting {
    /// The earliest such vote: this many days before the meeting day (law: at most 30).
    pub days_before: u32,
}

/// Taking part in the meeting, and voting, by electronic means (BW 2:38 lid 6–7).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ElectronicParticipation {
    /// Not provided for in the statutes.
    #[default]
    Off,
    /// Provided for; voters must be identifiable, follow the meeting and vote.
    On {
        /// The statutes also require that remote voters can join the debate (lid 7).
        debate_required: bool,
    },
}

/// Decisions of the members outside a meeting (BW 2:40 lid 2): the law allows only a
/// unanimous decision of all members, taken with the board's prior knowledge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct OutsideMeeting {
    /// Share of the base needed (law: all of them).
    pub threshold: Threshold,
    /// Of whom (law: all members).
    pub base: VoteBase,
    /// Whether the board must know beforehand (law: yes).
    pub board_informed: bool,
}

impl OutsideMeeting {
    /// The legal form: unanimous, of all members, board informed.
    pub const LEGAL: OutsideMeeting = OutsideMeeting {
        threshold: Threshold::UNANIMITY,
        base: VoteBase::Members,
        board_informed: true,
    };
}

/// Notice periods, in days.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct NoticePeriods {
    /// Convocation of a meeting on a statute amendment or dissolution: clear days
    /// between sending and the meeting (law: at least 7, BW 2:42 lid 1, 4). `None`: not set.
    pub statute_amendment_days: Option<u32>,
    /// The verbatim proposal lies open for inspection this many days before the
    /// meeting (law: at least 5, BW 2:42 lid 2). `None`: not set.
    pub proposal_inspection_days: Option<u32>,
}

/// A collective's decision rules: a [`Rule`] per [`DecisionType`] plus the
/// collective-wide settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleSet {
    /// The rule for each decision type the collective has.
    pub rules: BTreeMap<DecisionType, Rule>,
    /// Proxies at the members' meeting (stichting: at the board).
    pub proxies: ProxyRule,
    /// Advance electronic voting; `None`: not allowed.
    pub advance_evoting: Option<AdvanceEvoting>,
    /// Electronic participation in the meeting.
    pub electronic_participation: ElectronicParticipation,
    /// Members' decisions outside a meeting; `None`: not used.
    pub outside_meeting: Option<OutsideMeeting>,
    /// Share of the votes whose holders may demand a members' meeting (law: at most
    /// 1/10, BW 2:41 lid 2); `None`: no such right (a stichting has no members).
    pub members_request: Option<Fraction>,
    /// Notice periods.
    pub notice: NoticePeriods,
}

impl RuleSet {
    /// The defaults of `regime`, each with the citation that [`citation`] returns.
    pub fn defaults(regime: Regime) -> RuleSet {
        let rules = DecisionType::ALL
            .iter()
            .filter_map(|&d| default_rule(regime, d).map(|r| (d, r)))
            .collect();
        let member_law = regime.is_vereniging_law();
        RuleSet {
            rules,
            proxies: ProxyRule {
                allowed: regime != Regime::Stichting,
                max_per_holder: None,
                written_required: true,
            },
            advance_evoting: None,
            electronic_participation: ElectronicParticipation::Off,
            outside_meeting: member_law.then_some(OutsideMeeting::LEGAL),
            members_request: member_law.then_some(Fraction::ONE_TENTH),
            notice: NoticePeriods {
                statute_amendment_days: member_law.then_some(7),
                proposal_inspection_days: member_law.then_some(5),
            },
        }
    }

    /// The rule for `decision`, if the collective has one.
    pub fn rule(&self, decision: DecisionType) -> Option<&Rule> {
        self.rules.get(&decision)
    }
}

/// The default rule of `regime` for `decision`; `None` when the decision type does
/// not exist there (a stichting expels no members; an informal group cannot merge
/// or convert, not being a legal person).
pub fn default_rule(regime: Regime, decision: DecisionType) -> Option<Rule> {
    use DecisionType as D;
    let gm = Organ::GeneralMeeting;
    match regime {
        Regime::Vereniging | Regime::Cooperatie => Some(match decision {
            D::Regular | D::BoardAppointment | D::BoardDismissal => Rule::majority(gm),
            D::Expulsion => Rule::majority(Organ::Board),
            D::StatuteAmendment | D::Dissolution | D::Merger | D::BindingNominationOverride => {
                Rule::vote(gm, Threshold::TWO_THIRDS)
            }
            D::Conversion => Rule::vote(gm, Threshold::NINE_TENTHS),
        }),
        Regime::Stichting => match decision {
            D::Expulsion | D::BindingNominationOverride => None,
            _ => Some(Rule::majority(Organ::Board)),
        },
        Regime::InformalGroup => match decision {
            D::Merger | D::Conversion | D::BindingNominationOverride => None,
            D::StatuteAmendment | D::Dissolution => Some(Rule::vote(gm, Threshold::TWO_THIRDS)),
            _ => Some(Rule::majority(gm)),
        },
    }
}

/// How firmly a rule holds (`decision-rules-nl.md` status words).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Statutes cannot deviate.
    Mandatory,
    /// Applies unless the statutes say otherwise.
    Default,
    /// Applies only if the statutes provide for it.
    Optional,
    /// Practice or model statutes, not law.
    Convention,
    /// A rule of law whose room for statutes the notes do not classify further.
    Law,
    /// Case law (a court's reading).
    CaseLaw,
}

/// Where a rule comes from: a rule ID of `decision-rules-nl.md`, its source, its status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Citation {
    /// Stable rule ID, e.g. `"VER-AMEND-4"`.
    pub rule_id: &'static str,
    /// The source, e.g. `"BW 2:43 lid 1"`.
    pub source: &'static str,
    /// How firmly it holds.
    pub status: Status,
}

/// What part of the rules a citation or finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// Whether the decision type exists (has a rule) at all.
    Presence,
    /// [`Rule::organ`].
    Organ,
    /// [`Rule::method`].
    Method,
    /// [`Rule::threshold`].
    Threshold,
    /// [`Rule::base`].
    Base,
    /// [`Rule::quorum`].
    Quorum,
    /// [`Rule::tie`].
    Tie,
    /// [`Rule::weighting`].
    Weighting,
    /// [`RuleSet::proxies`].
    Proxies,
    /// [`RuleSet::advance_evoting`].
    AdvanceEvoting,
    /// [`RuleSet::electronic_participation`].
    ElectronicParticipation,
    /// [`RuleSet::outside_meeting`].
    OutsideMeeting,
    /// [`RuleSet::members_request`].
    MembersRequest,
    /// [`NoticePeriods::statute_amendment_days`].
    StatuteAmendmentNotice,
    /// [`NoticePeriods::proposal_inspection_days`].
    ProposalInspection,
}

impl Topic {
    /// True for the topics that belong to a [`Rule`] (the others are [`RuleSet`] settings).
    pub const fn is_rule_topic(self) -> bool {
        matches!(
            self,
            Topic::Presence
                | Topic::Organ
                | Topic::Method
                | Topic::Threshold
                | Topic::Base
                | Topic::Quorum
                | Topic::Tie
                | Topic::Weighting
        )
    }
}

const fn cite(rule_id: &'static str, source: &'static str, status: Status) -> Citation {
    Citation {
        rule_id,
        source,
        status,
    }
}

/// The citations of `decision-rules-nl.md`, by rule ID.
pub mod cites {
    use super::{cite, Citation, Status::*};

    /// No default majority in Titel 2; practice: absolute majority of votes cast.
    pub const CNT_1: Citation = cite(
        "CNT-1",
        "BW 2:230 lid 1 (analogy); model statutes",
        Convention,
    );
    /// Abstentions (and, by statute practice, blanks) are not votes cast.
    pub const CNT_2: Citation = cite(
        "CNT-2",
        "Rb Gelderland 12-01-2022, ECLI:NL:RBGEL:2022:13",
        CaseLaw,
    );
    /// A tie on a proposal: rejected.
    pub const CNT_5: Citation = cite(
        "CNT-5",
        "BW 2:230 lid 1 (analogy); model statutes",
        Convention,
    );
    /// Nothing cast: no decision.
    pub const CNT_6: Citation = cite("CNT-6", "BW 2:38", Law);
    /// The law's base is the votes cast.
    pub const CNT_8: Citation = cite("CNT-8", "BW 2:37 lid 4, 2:43 lid 1, 2:18 lid 2", Law);
    /// One vote per member; statutes may give more.
    pub const VER_VOTE_1: Citation = cite("VER-VOTE-1", "BW 2:38 lid 1", Default);
    /// Written proxy to another voter.
    pub const VER_PROXY_1: Citation = cite("VER-PROXY-1", "BW 2:38 lid 4-5", Default);
    /// Electronic participation and voting during the meeting.
    pub const VER_EL_1: Citation = cite("VER-EL-1", "BW 2:38 lid 6-7, 9", Optional);
    /// Advance electronic votes, not before the 30th day before the meeting.
    pub const VER_EL_2: Citation = cite("VER-EL-2", "BW 2:38 lid 8", Optional);
    /// Unanimous decisions of all members outside a meeting, board informed.
    pub const VER_OUT_1: Citation = cite("VER-OUT-1", "BW 2:40 lid 2", Law);
    /// The ALV holds all powers not given to other organs.
    pub const VER_POW_1: Citation = cite("VER-POW-1", "BW 2:40 lid 1", Default);
    /// Members holding 1/10 of the votes may demand a meeting.
    pub const VER_REQ_1: Citation = cite("VER-REQ-1", "BW 2:41 lid 2-4", Default);
    /// No quorum in the law.
    pub const VER_QUO_1: Citation = cite("VER-QUO-1", "BW 2:42, 2:43 (none in law)", Law);
    /// Binding-nomination quorum cap: at most 2/3 of all votes.
    pub const VER_QUO_2: Citation = cite("VER-QUO-2", "BW 2:37 lid 4", Mandatory);
    /// Statute amendment only by the ALV, convened ≥ 7 days before.
    pub const VER_AMEND_1: Citation = cite("VER-AMEND-1", "BW 2:42 lid 1", Mandatory);
    /// The verbatim proposal open for inspection ≥ 5 days before.
    pub const VER_AMEND_2: Citation = cite("VER-AMEND-2", "BW 2:42 lid 2", Mandatory);
    /// Statute amendment: at least 2/3 of votes cast.
    pub const VER_AMEND_4: Citation = cite("VER-AMEND-4", "BW 2:43 lid 1", Default);
    /// Dissolution by the ALV, as a statute amendment.
    pub const VER_DISS_1: Citation = cite("VER-DISS-1", "BW 2:19 lid 1 a; 2:42 lid 4", Default);
    /// Conversion: at least 9/10 of votes cast.
    pub const VER_CONVERT_1: Citation = cite("VER-CONVERT-1", "BW 2:18 lid 2 sub a", Mandatory);
    /// Merger by the ALV, as a statute amendment.
    pub const VER_MERGE_1: Citation = cite("VER-MERGE-1", "BW 2:317", Default);
    /// The ALV appoints the board.
    pub const VER_BRD_1: Citation = cite("VER-BRD-1", "BW 2:37 lid 1-3", Default);
    /// A binding nomination loses its character by at least 2/3 of votes cast.
    pub const VER_BRD_2: Citation = cite("VER-BRD-2", "BW 2:37 lid 4", Mandatory);
    /// The appointing organ dismisses or suspends.
    pub const VER_BRD_4: Citation = cite("VER-BRD-4", "BW 2:37 lid 6", Mandatory);
    /// The board's own majority: statutes or convention.
    pub const VER_BRD_6: Citation = cite("VER-BRD-6", "statutes (law silent)", Convention);
    /// No director more votes than the others together.
    pub const VER_BRD_7: Citation = cite("VER-BRD-7", "BW 2:44 lid 4", Mandatory);
    /// A conflicted director does not take part.
    pub const VER_BRD_8: Citation = cite("VER-BRD-8", "BW 2:44 (WBTR)", Mandatory);
    /// Expulsion by the board unless the statutes name another organ.
    pub const VER_MEM_2: Citation = cite("VER-MEM-2", "BW 2:35 lid 3-4", Default);
    /// Stichting: no members, the board governs; law silent on its majority.
    pub const STI_1: Citation = cite("STI-1", "BW 2:285 lid 1, 2:291", Law);
    /// Stichting: multiple-vote cap, conflict of interest.
    pub const STI_2: Citation = cite("STI-2", "BW 2:291 lid 4 (WBTR)", Mandatory);
    /// Stichting: statute amendment only if the statutes allow.
    pub const STI_3: Citation = cite("STI-3", "BW 2:293", Mandatory);
    /// Stichting: dissolution and merger by the board unless the statutes say otherwise.
    pub const STI_4: Citation = cite("STI-4", "BW 2:19 lid 1 a; 2:317 lid 1, 5", Default);
    /// Stichting: no members may be created.
    pub const STI_6: Citation = cite("STI-6", "BW 2:285", Law);
    /// Informal group: whatever the participants agree (no statute law).
    pub const GROUP: Citation = cite(
        "CNT-1",
        "agreement of the participants (no statute law)",
        Convention,
    );
    /// Informal group: a 2/3 majority for changing its own rules, by analogy.
    pub const GROUP_AMEND: Citation = cite("VER-AMEND-4", "BW 2:43 lid 1 (analogy)", Convention);
    /// Informal group: proxies by analogy with the vereniging.
    pub const GROUP_PROXY: Citation = cite("VER-PROXY-1", "BW 2:38 lid 4 (analogy)", Convention);
    /// Not a legal person: no conversion or merger.
    pub const NOT_LEGAL_PERSON: Citation = cite("VER-CONVERT-1", "BW 2:18 lid 1; 2:308", Law);
}

/// The citation behind the default of `topic` for `decision` (`None` for settings)
/// in `regime`: what the UI shows as the source of a field, and what a finding of
/// [`crate::validate`] points at.
pub fn citation(regime: Regime, decision: Option<DecisionType>, topic: Topic) -> Citation {
    use cites::*;
    use DecisionType as D;
    match regime {
        Regime::Vereniging | Regime::Cooperatie => match (decision, topic) {
            (_, Topic::Proxies) => VER_PROXY_1,
            (_, Topic::AdvanceEvoting) => VER_EL_2,
            (_, Topic::ElectronicParticipation) => VER_EL_1,
            (_, Topic::OutsideMeeting) => VER_OUT_1,
            (_, Topic::MembersRequest) => VER_REQ_1,
            (_, Topic::StatuteAmendmentNotice) => VER_AMEND_1,
            (_, Topic::ProposalInspection) => VER_AMEND_2,
            (_, Topic::Weighting) => VER_VOTE_1,
            (_, Topic::Tie) => CNT_5,
            (Some(D::BindingNominationOverride), Topic::Quorum) => VER_QUO_2,
            (_, Topic::Quorum) => VER_QUO_1,
            (
                Some(D::StatuteAmendment | D::Conversion | D::BindingNominationOverride),
                Topic::Base,
            ) => CNT_8,
            (_, Topic::Base) => CNT_2,
            (Some(D::StatuteAmendment), Topic::Organ | Topic::Presence) => VER_AMEND_1,
            (Some(D::StatuteAmendment), _) => VER_AMEND_4,
            (Some(D::BoardAppointment), Topic::Organ | Topic::Presence) => VER_BRD_1,
            (Some(D::BoardDismissal), Topic::Organ | Topic::Presence) => VER_BRD_4,
            (Some(D::Expulsion), Topic::Organ | Topic::Presence) => VER_MEM_2,
            (Some(D::Expulsion), _) => VER_BRD_6,
            (Some(D::Dissolution), _) => VER_DISS_1,
            (Some(D::Merger), _) => VER_MERGE_1,
            (Some(D::Conversion), _) => VER_CONVERT_1,
            (Some(D::BindingNominationOverride), _) => VER_BRD_2,
            (Some(D::Regular) | None, Topic::Organ | Topic::Presence) => VER_POW_1,
            _ => CNT_1,
        },
        Regime::Stichting => match (decision, topic) {
            (_, Topic::AdvanceEvoting | Topic::OutsideMeeting | Topic::MembersRequest) => STI_6,
            (Some(D::Expulsion | D::BindingNominationOverride), _) => STI_6,
            (_, Topic::Weighting) => STI_2,
            (_, Topic::Tie) => CNT_5,
            (_, Topic::Base) => CNT_2,
            (Some(D::StatuteAmendment), _) | (_, Topic::StatuteAmendmentNotice) => STI_3,
            (_, Topic::ProposalInspection) => STI_3,
            (Some(D::Dissolution | D::Merger), _) => STI_4,
            _ => STI_1,
        },
        Regime::InformalGroup => match (decision, topic) {
            (Some(D::Merger | D::Conversion), _) => NOT_LEGAL_PERSON,
            (_, Topic::Proxies) => GROUP_PROXY,
            (_, Topic::Tie) => CNT_5,
            (_, Topic::Base) => CNT_2,
            (Some(D::StatuteAmendment | D::Dissolution), Topic::Threshold | Topic::Method) => {
                GROUP_AMEND
            }
            (Some(D::Regular), Topic::Threshold | Topic::Method) => CNT_1,
            _ => GROUP,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use DecisionType as D;

    /// `check(regime, decision, expected threshold, expected organ, expected citation id)`.
    fn check(regime: Regime, d: D, threshold: Threshold, organ: Organ, rule_id: &str) {
        let set = RuleSet::defaults(regime);
        let rule = set
            .rule(d)
            .unwrap_or_else(|| panic!("{regime:?} lacks {d:?}"));
        assert_eq!(rule.threshold, threshold, "{regime:?} {d:?}");
        assert_eq!(rule.organ, organ, "{regime:?} {d:?}");
        assert_eq!(rule.base, VoteBase::Cast, "{regime:?} {d:?}");
        assert_eq!(rule.quorum, None, "{regime:?} {d:?}");
        assert_eq!(
            citation(regime, Some(d), Topic::Threshold).rule_id,
            rule_id,
            "{regime:?} {d:?}"
        );
    }

    #[test]
    fn vereniging_and_cooperatie_defaults() {
        let gm = Organ::GeneralMeeting;
        for r in [Regime::Vereniging, Regime::Cooperatie] {
            check(r, D::Regular, Threshold::MAJORITY, gm, "CNT-1");
            check(
                r,
                D::StatuteAmendment,
                Threshold::TWO_THIRDS,
                gm,
                "VER-AMEND-4",
            );
            check(r, D::Dissolution, Threshold::TWO_THIRDS, gm, "VER-DISS-1");
            check(r, D::Merger, Threshold::TWO_THIRDS, gm, "VER-MERGE-1");
            check(
                r,
                D::Conversion,
                Threshold::NINE_TENTHS,
                gm,
                "VER-CONVERT-1",
            );
            check(
                r,
                D::BindingNominationOverride,
                Threshold::TWO_THIRDS,
                gm,
                "VER-BRD-2",
            );
            check(r, D::BoardAppointment, Threshold::MAJORITY, gm, "CNT-1");
            check(r, D::BoardDismissal, Threshold::MAJORITY, gm, "CNT-1");
            check(
                r,
                D::Expulsion,
                Threshold::MAJORITY,
                Organ::Board,
                "VER-BRD-6",
            );
            let set = RuleSet::defaults(r);
            assert!(set.proxies.allowed && set.proxies.written_required);
            assert_eq!(set.members_request, Some(Fraction::ONE_TENTH));
            assert_eq!(set.outside_meeting, Some(OutsideMeeting::LEGAL));
            assert_eq!(set.notice.statute_amendment_days, Some(7));
            assert_eq!(set.notice.proposal_inspection_days, Some(5));
            assert_eq!(set.advance_evoting, None);
            assert_eq!(set.electronic_participation, ElectronicParticipation::Off);
        }
    }

    #[test]
    fn citation_statuses() {
        let v = Regime::Vereniging;
        let c = |d, t| citation(v, Some(d), t);
        assert_eq!(c(D::Regular, Topic::Threshold).status, Status::Convention);
        assert_eq!(
            c(D::StatuteAmendment, Topic::Threshold).source,
            "BW 2:43 lid 1"
        );
        assert_eq!(
            c(D::StatuteAmendment, Topic::Threshold).status,
            Status::Default
        );
        assert_eq!(c(D::Conversion, Topic::Threshold).status, Status::Mandatory);
        assert_eq!(c(D::Regular, Topic::Quorum).rule_id, "VER-QUO-1");
        assert_eq!(
            c(D::BindingNominationOverride, Topic::Quorum).rule_id,
            "VER-QUO-2"
        );
        assert_eq!(citation(v, None, Topic::Proxies).source, "BW 2:38 lid 4-5");
        assert_eq!(
            citation(v, None, Topic::AdvanceEvoting).source,
            "BW 2:38 lid 8"
        );
        assert_eq!(
            citation(v, None, Topic::OutsideMeeting).source,
            "BW 2:40 lid 2"
        );
    }

    #[test]
    fn stichting_defaults_are_board_decisions() {
        let set = RuleSet::defaults(Regime::Stichting);
        assert!(set.rules.values().all(|r| r.organ == Organ::Board));
        assert!(set.rule(D::Expulsion).is_none());
        assert!(set.rule(D::BindingNominationOverride).is_none());
        // BW 2:18 lid 2 sub a: no 9/10 when a stichting converts.
        assert_eq!(
            set.rule(D::Conversion).unwrap().threshold,
            Threshold::MAJORITY
        );
        assert_eq!(set.members_request, None);
        assert_eq!(set.outside_meeting, None);
        assert!(!set.proxies.allowed);
        assert_eq!(
            citation(Regime::Stichting, Some(D::Regular), Topic::Threshold).rule_id,
            "STI-1"
        );
    }

    #[test]
    fn informal_group_defaults_are_conventions() {
        let set = RuleSet::defaults(Regime::InformalGroup);
        assert!(set.rule(D::Merger).is_none() && set.rule(D::Conversion).is_none());
        assert_eq!(set.rule(D::Regular), Some(&Rule::default()));
        for d in DecisionType::ALL {
            for t in [Topic::Threshold, Topic::Organ, Topic::Quorum, Topic::Tie] {
                let c = citation(Regime::InformalGroup, Some(d), t);
                assert!(
                    matches!(c.status, Status::Convention | Status::Law | Status::CaseLaw),
                    "{d:?} {t:?}: {c:?}"
                );
            }
        }
    }

    #[test]
    fn every_citation_is_filled_in() {
        let topics = [
            Topic::Presence,
            Topic::Organ,
            Topic::Method,
            Topic::Threshold,
            Topic::Base,
            Topic::Quorum,
            Topic::Tie,
            Topic::Weighting,
            Topic::Proxies,
            Topic::AdvanceEvoting,
            Topic::ElectronicParticipation,
            Topic::OutsideMeeting,
            Topic::MembersRequest,
            Topic::StatuteAmendmentNotice,
            Topic::ProposalInspection,
        ];
        for regime in Regime::ALL {
            for d in DecisionType::ALL.map(Some).into_iter().chain([None]) {
                for t in topics {
                    let c = citation(regime, d, t);
                    assert!(!c.rule_id.is_empty() && !c.source.is_empty());
                }
            }
        }
    }

    #[test]
    fn threshold_strictness_order() {
        let more_2_3 = Threshold::more_than(Fraction::TWO_THIRDS);
        assert!(more_2_3.at_least_as_strict_as(Threshold::TWO_THIRDS));
        assert!(!Threshold::TWO_THIRDS.at_least_as_strict_as(more_2_3));
        assert!(Threshold::NINE_TENTHS.at_least_as_strict_as(Threshold::TWO_THIRDS));
        assert!(Threshold::UNANIMITY.at_least_as_strict_as(Threshold::NINE_TENTHS));
        assert!(!Threshold::MAJORITY.at_least_as_strict_as(Threshold::TWO_THIRDS));
        assert!(Threshold::MAJORITY.at_least_as_strict_as(Threshold::MAJORITY));
        assert!(Threshold::at_least(Fraction::ZERO).is_trivial());
    }

    #[test]
    fn decision_type_ids_match_serde() {
        for d in DecisionType::ALL {
            let json = serde_json::to_string(&d).unwrap();
            assert_eq!(json, format!("\"{}\"", d.id()));
            assert_eq!(serde_json::from_str::<DecisionType>(&json).unwrap(), d);
        }
    }

    #[test]
    fn rule_set_round_trips_through_json() {
        for regime in Regime::ALL {
            let mut set = RuleSet::defaults(regime);
            set.advance_evoting = Some(AdvanceEvoting { days_before: 30 });
            set.electronic_participation = ElectronicParticipation::On {
                debate_required: true,
            };
            if let Some(rule) = set.rules.get_mut(&DecisionType::Regular) {
                rule.quorum = Some(Quorum::share_present(Fraction::ONE_HALF));
            }
            let json = serde_json::to_string(&set).unwrap();
            assert_eq!(serde_json::from_str::<RuleSet>(&json).unwrap(), set);
        }
        let json =
            serde_json::to_value(Rule::vote(Organ::GeneralMeeting, Threshold::TWO_THIRDS)).unwrap();
        assert_eq!(json["threshold"]["fraction"], "2/3");
        assert_eq!(json["threshold"]["comparison"], "at_least");
        assert_eq!(json["organ"], "general_meeting");
        assert_eq!(json["base"], "cast");
        assert_eq!(json["tie"], "rejected");
        assert_eq!(json["weighting"], "one_member_one_vote");
    }
}

//! Format `samen/1`: the serialized types, separate from the domain types, and
//! the conversions both ways. Frozen: a change here is a new format version (with
//! a migration in [`super::load`]), because files and log hashes depend on it.
//! Every field is documented in `docs/file-format.md`.

use crate::attendance::{Headcount, Proxy, ProxyForm, Turnout};
use crate::ballot::RankedBallot;
use crate::collective::log::{
    ChallengeBy, ChallengeEntry, ElectionEntry, EntryBody, Hash, LogEntry, MotionEntry,
    MotionOutcome, RollCallLine,
};
use crate::collective::meeting::{
    AgendaItem, Amendment, BallotBox, Ballots, CandidateElection, Choice, CountingMethod, Meeting,
    Proposal, SecretBallot, Subject, Vote, VoteCounts, VoteKind, VoteOn, VoteRecord,
};
use crate::collective::{Collective, Date, DecisionLog, LegalForm, Member, Parts, Role, TimeOfDay};
use crate::fraction::Fraction;
use crate::motion::{Side, Votes};
use crate::rules::ProxyRule;
use crate::rules::{self, DecisionType, RuleSet};
use crate::tally::{approval::ApprovalBallot, score::ScoreBallot};
use serde::de::{self, Deserializer, Unexpected};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

/// The format id of this version.
pub const FORMAT: &str = "samen/1";

/// A mirror of a domain enum without data, with stable snake_case ids.
macro_rules! mirror {
    ($v1:ident <=> $domain:path { $($variant:ident),+ $(,)? }) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub(crate) enum $v1 { $($variant),+ }
        impl From<$v1> for $domain {
            fn from(v: $v1) -> Self {
                match v { $($v1::$variant => <$domain>::$variant),+ }
            }
        }
        impl From<$domain> for $v1 {
            fn from(v: $domain) -> Self {
                match v { $(<$domain>::$variant => $v1::$variant),+ }
            }
        }
    };
}

mirror!(LegalFormV1 <=> LegalForm { InformalGroup, VerenigingLimited, VerenigingFull, CooperativeUa, CooperativeBa, CooperativeWa, Stichting, Bv, MutualInsurance });
mirror!(RoleV1 <=> Role { Board, Chair, Secretary });
mirror!(DecisionTypeV1 <=> DecisionType { Regular, StatuteAmendment, BoardAppointment, BoardDismissal, Expulsion, Dissolution, Merger, Conversion, BindingNominationOverride });
mirror!(OrganV1 <=> rules::Organ { GeneralMeeting, Board });
mirror!(RuleMethodV1 <=> rules::Method { Vote, Consent });
mirror!(ComparisonV1 <=> rules::Comparison { MoreThan, AtLeast });
mirror!(VoteBaseV1 <=> rules::VoteBase { Cast, CastAndAbstain, Valid, Present, Members });
mirror!(QuorumOfV1 <=> rules::QuorumOf { Present, Participating });
mirror!(QuorumUnitV1 <=> rules::QuorumUnit { Members, Weight });
mirror!(OnMissedV1 <=> rules::OnQuorumMissed { NotDecided, SecondMeetingWithoutQuorum });
mirror!(TieV1 <=> rules::TieOnMotion { Rejected, ChairCastingVote, ByThreshold });
mirror!(WeightingV1 <=> rules::Weighting { OneMemberOneVote, PerMember });
mirror!(ProxyFormV1 <=> ProxyForm { Written, Electronic, Oral });
mirror!(ChoiceV1 <=> Choice { Yes, No, Abstain, Blank });
mirror!(SideV1 <=> Side { Yes, No });
mirror!(VoteKindV1 <=> VoteKind { Open, RollCall, Secret, Ballots });
mirror!(OutcomeV1 <=> MotionOutcome { Passed, Rejected, NoQuorum, Invalid });
mirror!(TallyMethodV1 <=> crate::tally::Method { Plurality, Irv, Stv, Meek, Schulze, Borda, Copeland });

/// A value kept as text in the file, checked when read.
macro_rules! text_value {
    ($v1:ident, $domain:ty, $expected:literal, $parse:expr) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) struct $v1(pub $domain);
        impl Serialize for $v1 {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(&self.0)
            }
        }
        impl<'de> Deserialize<'de> for $v1 {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                let parse: fn(&str) -> Option<$domain> = $parse;
                parse(&text)
                    .map($v1)
                    .ok_or_else(|| de::Error::invalid_value(Unexpected::Str(&text), &$expected))
            }
        }
    };
}

text_value!(DateV1, Date, "a date YYYY-MM-DD", |s| Date::parse(s).ok());
text_value!(TimeV1, TimeOfDay, "a time HH:MM", |s| TimeOfDay::parse(s)
    .ok());
text_value!(HashV1, Hash, "64 lowercase hex digits", Hash::parse_hex);

/// A fraction, written `P/Q` (reduced).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FractionV1(pub Fraction);

impl Serialize for FractionV1 {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&format_args!("{}/{}", self.0.num(), self.0.den()))
    }
}

impl<'de> Deserialize<'de> for FractionV1 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Fraction::parse(&text).map(FractionV1).map_err(|_| {
            de::Error::invalid_value(Unexpected::Str(&text), &"a fraction P/Q between 0 and 1")
        })
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

// ------------------------------------------------------------------ the file

/// The whole file (read by [`super::read`] in one pass, field by field).
#[derive(Serialize)]
pub(crate) struct FileV1<'a> {
    pub format: String,
    pub collective: CollectiveV1<'a>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CollectiveV1<'a> {
    name: String,
    legal_form: LegalFormV1,
    members: Vec<MemberV1<'a>>,
    rules: RuleSetV1,
    #[serde(default)]
    proposals: Vec<ProposalV1>,
    #[serde(default)]
    meetings: Vec<MeetingV1>,
    #[serde(default)]
    log: Vec<EntryV1<'a>>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct MemberV1<'a> {
    id: Cow<'a, str>,
    name: Cow<'a, str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    email: Option<Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    weight: Option<u64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    roles: Vec<RoleV1>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    joined: Option<DateV1>,
    #[serde(default, skip_serializing_if = "is_false")]
    suspended: bool,
}

// ------------------------------------------------------------------ rules

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThresholdV1 {
    comparison: ComparisonV1,
    fraction: FractionV1,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum QuorumSizeV1 {
    Share(ThresholdV1),
    Minimum(u64),
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuorumV1 {
    of: QuorumOfV1,
    on_missed: OnMissedV1,
    size: QuorumSizeV1,
    unit: QuorumUnitV1,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleV1 {
    base: VoteBaseV1,
    method: RuleMethodV1,
    organ: OrganV1,
    quorum: Option<QuorumV1>,
    threshold: ThresholdV1,
    tie: TieV1,
    weighting: WeightingV1,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProxyRuleV1 {
    allowed: bool,
    max_per_holder: Option<u32>,
    written_required: bool,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AdvanceV1 {
    days_before: u32,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum ElectronicV1 {
    Off,
    On { debate_required: bool },
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct OutsideMeetingV1 {
    threshold: ThresholdV1,
    base: VoteBaseV1,
    board_informed: bool,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct NoticeV1 {
    statute_amendment_days: Option<u32>,
    proposal_inspection_days: Option<u32>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSetV1 {
    rules: BTreeMap<DecisionTypeV1, RuleV1>,
    proxies: ProxyRuleV1,
    advance_evoting: Option<AdvanceV1>,
    electronic_participation: ElectronicV1,
    outside_meeting: Option<OutsideMeetingV1>,
    members_request: Option<FractionV1>,
    notice: NoticeV1,
}

impl From<rules::Threshold> for ThresholdV1 {
    fn from(t: rules::Threshold) -> Self {
        ThresholdV1 {
            fraction: FractionV1(t.fraction),
            comparison: t.comparison.into(),
        }
    }
}

impl From<ThresholdV1> for rules::Threshold {
    fn from(t: ThresholdV1) -> Self {
        rules::Threshold {
            fraction: t.fraction.0,
            comparison: t.comparison.into(),
        }
    }
}

impl From<rules::Rule> for RuleV1 {
    fn from(r: rules::Rule) -> Self {
        RuleV1 {
            organ: r.organ.into(),
            method: r.method.into(),
            threshold: r.threshold.into(),
            base: r.base.into(),
            quorum: r.quorum.map(|q| QuorumV1 {
                size: match q.size {
                    rules::QuorumSize::Share(t) => QuorumSizeV1::Share(t.into()),
                    rules::QuorumSize::Minimum(n) => QuorumSizeV1::Minimum(n),
                },
                of: q.of.into(),
                unit: q.unit.into(),
                on_missed: q.on_missed.into(),
            }),
            tie: r.tie.into(),
            weighting: r.weighting.into(),
        }
    }
}

impl From<RuleV1> for rules::Rule {
    fn from(r: RuleV1) -> Self {
        rules::Rule {
            organ: r.organ.into(),
            method: r.method.into(),
            threshold: r.threshold.into(),
            base: r.base.into(),
            quorum: r.quorum.map(|q| rules::Quorum {
                size: match q.size {
                    QuorumSizeV1::Share(t) => rules::QuorumSize::Share(t.into()),
                    QuorumSizeV1::Minimum(n) => rules::QuorumSize::Minimum(n),
                },
                of: q.of.into(),
                unit: q.unit.into(),
                on_missed: q.on_missed.into(),
            }),
            tie: r.tie.into(),
            weighting: r.weighting.into(),
        }
    }
}

impl From<&RuleSet> for RuleSetV1 {
    fn from(s: &RuleSet) -> Self {
        RuleSetV1 {
            rules: s
                .rules
                .iter()
                .map(|(d, r)| ((*d).into(), (*r).into()))
                .collect(),
            proxies: ProxyRuleV1 {
                allowed: s.proxies.allowed,
                max_per_holder: s.proxies.max_per_holder,
                written_required: s.proxies.written_required,
            },
            advance_evoting: s.advance_evoting.map(|a| AdvanceV1 {
                days_before: a.days_before,
            }),
            electronic_participation: match s.electronic_participation {
                rules::ElectronicParticipation::Off => ElectronicV1::Off,
                rules::ElectronicParticipation::On { debate_required } => {
                    ElectronicV1::On { debate_required }
                }
            },
            outside_meeting: s.outside_meeting.map(|o| OutsideMeetingV1 {
                threshold: o.threshold.into(),
                base: o.base.into(),
                board_informed: o.board_informed,
            }),
            members_request: s.members_request.map(FractionV1),
            notice: NoticeV1 {
                statute_amendment_days: s.notice.statute_amendment_days,
                proposal_inspection_days: s.notice.proposal_inspection_days,
            },
        }
    }
}

impl From<RuleSetV1> for RuleSet {
    fn from(s: RuleSetV1) -> Self {
        RuleSet {
            rules: s
                .rules
                .into_iter()
                .map(|(d, r)| (d.into(), r.into()))
                .collect(),
            proxies: ProxyRule {
                allowed: s.proxies.allowed,
                max_per_holder: s.proxies.max_per_holder,
                written_required: s.proxies.written_required,
            },
            advance_evoting: s.advance_evoting.map(|a| rules::AdvanceEvoting {
                days_before: a.days_before,
            }),
            electronic_participation: match s.electronic_participation {
                ElectronicV1::Off => rules::ElectronicParticipation::Off,
                ElectronicV1::On { debate_required } => {
                    rules::ElectronicParticipation::On { debate_required }
                }
            },
            outside_meeting: s.outside_meeting.map(|o| rules::OutsideMeeting {
                threshold: o.threshold.into(),
                base: o.base.into(),
                board_informed: o.board_informed,
            }),
            members_request: s.members_request.map(|f| f.0),
            notice: rules::NoticePeriods {
                statute_amendment_days: s.notice.statute_amendment_days,
                proposal_inspection_days: s.notice.proposal_inspection_days,
            },
        }
    }
}

// ------------------------------------------------------------------ proposals, meetings

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AmendmentV1 {
    id: String,
    title: String,
    text: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProposalV1 {
    id: String,
    title: String,
    text: String,
    decision_type: DecisionTypeV1,
    #[serde(default)]
    amendments: Vec<AmendmentV1>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScoreMethodV1 {
    max_score: u64,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum CountingMethodV1 {
    Ranked(TallyMethodV1),
    Approval,
    Score(ScoreMethodV1),
}

impl From<CountingMethod> for CountingMethodV1 {
    fn from(m: CountingMethod) -> Self {
        match m {
            CountingMethod::Ranked(m) => CountingMethodV1::Ranked(m.into()),
            CountingMethod::Approval => CountingMethodV1::Approval,
            CountingMethod::Score { max_score } => {
                CountingMethodV1::Score(ScoreMethodV1 { max_score })
            }
        }
    }
}

impl From<CountingMethodV1> for CountingMethod {
    fn from(m: CountingMethodV1) -> Self {
        match m {
            CountingMethodV1::Ranked(m) => CountingMethod::Ranked(m.into()),
            CountingMethodV1::Approval => CountingMethod::Approval,
            CountingMethodV1::Score(s) => CountingMethod::Score {
                max_score: s.max_score,
            },
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ElectionV1 {
    title: String,
    decision_type: DecisionTypeV1,
    seats: u64,
    candidates: Vec<String>,
    #[serde(default)]
    withdrawn: Vec<usize>,
    method: CountingMethodV1,
    tie_seed: Option<u64>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum SubjectV1 {
    Proposal(String),
    Election(ElectionV1),
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CountsV1 {
    yes: u64,
    no: u64,
    #[serde(default)]
    abstain: u64,
    #[serde(default)]
    blank: u64,
    #[serde(default)]
    invalid: u64,
}

impl From<VoteCounts> for CountsV1 {
    fn from(c: VoteCounts) -> Self {
        CountsV1 {
            yes: c.yes,
            no: c.no,
            abstain: c.abstain,
            blank: c.blank,
            invalid: c.invalid,
        }
    }
}

impl From<CountsV1> for VoteCounts {
    fn from(c: CountsV1) -> Self {
        VoteCounts {
            yes: c.yes,
            no: c.no,
            abstain: c.abstain,
            blank: c.blank,
            invalid: c.invalid,
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RankedLineV1 {
    ranking: Vec<usize>,
    weight: u64,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ApprovalLineV1 {
    approved: Vec<usize>,
    weight: u64,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScoreLineV1 {
    scores: Vec<(usize, u64)>,
    weight: u64,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum BallotsV1 {
    Ranked(Vec<RankedLineV1>),
    Approval(Vec<ApprovalLineV1>),
    Score(Vec<ScoreLineV1>),
}

impl From<&Ballots> for BallotsV1 {
    fn from(b: &Ballots) -> Self {
        match b {
            Ballots::Ranked(l) => BallotsV1::Ranked(
                l.iter()
                    .map(|x| RankedLineV1 {
                        weight: x.weight,
                        ranking: x.ranking.clone(),
                    })
                    .collect(),
            ),
            Ballots::Approval(l) => BallotsV1::Approval(
                l.iter()
                    .map(|x| ApprovalLineV1 {
                        weight: x.weight,
                        approved: x.approved.clone(),
                    })
                    .collect(),
            ),
            Ballots::Score(l) => BallotsV1::Score(
                l.iter()
                    .map(|x| ScoreLineV1 {
                        weight: x.weight,
                        scores: x.scores.clone(),
                    })
                    .collect(),
            ),
        }
    }
}

impl From<BallotsV1> for Ballots {
    fn from(b: BallotsV1) -> Self {
        match b {
            BallotsV1::Ranked(l) => Ballots::Ranked(
                l.into_iter()
                    .map(|x| RankedBallot::new(x.weight, x.ranking))
                    .collect(),
            ),
            BallotsV1::Approval(l) => Ballots::Approval(
                l.into_iter()
                    .map(|x| ApprovalBallot {
                        weight: x.weight,
                        approved: x.approved,
                    })
                    .collect(),
            ),
            BallotsV1::Score(l) => Ballots::Score(
                l.into_iter()
                    .map(|x| ScoreBallot {
                        weight: x.weight,
                        scores: x.scores,
                    })
                    .collect(),
            ),
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SecretV1 {
    counts: CountsV1,
    voted: Vec<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BallotBoxV1 {
    lines: BallotsV1,
    voted: Vec<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum RecordV1 {
    Open(CountsV1),
    RollCall(BTreeMap<String, ChoiceV1>),
    Secret(SecretV1),
    Ballots(BallotBoxV1),
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct VoteV1 {
    amendment: Option<String>,
    record: RecordV1,
    #[serde(default)]
    advance: BTreeMap<String, DateV1>,
    #[serde(default)]
    casting_vote: Option<SideV1>,
    #[serde(default)]
    revote_of: Option<usize>,
    #[serde(default)]
    logged: Option<u64>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemV1 {
    id: String,
    subject: SubjectV1,
    #[serde(default)]
    votes: Vec<VoteV1>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProxyV1 {
    giver: String,
    holder: String,
    form: ProxyFormV1,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AttendanceV1 {
    present: Vec<String>,
    proxies: Vec<ProxyV1>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct MeetingV1 {
    id: String,
    title: String,
    date: DateV1,
    #[serde(default)]
    time: Option<TimeV1>,
    #[serde(default, skip_serializing_if = "is_false")]
    second_meeting: bool,
    attendance: AttendanceV1,
    #[serde(default)]
    agenda: Vec<ItemV1>,
}

// ------------------------------------------------------------------ log

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct VotesV1 {
    abstain: u64,
    blank: u64,
    casting_vote: Option<SideV1>,
    invalid: u64,
    no: u64,
    yes: u64,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct HeadcountV1 {
    members: u64,
    votes: u64,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TurnoutV1 {
    entitled: Option<HeadcountV1>,
    present: Option<HeadcountV1>,
    represented: HeadcountV1,
    second_meeting: bool,
    voted_members: Option<u64>,
}

fn headcount_v1(h: Headcount) -> HeadcountV1 {
    HeadcountV1 {
        members: h.members,
        votes: h.votes,
    }
}

fn headcount(h: HeadcountV1) -> Headcount {
    Headcount {
        members: h.members,
        votes: h.votes,
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RollCallLineV1 {
    choice: ChoiceV1,
    member: String,
    votes: u64,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct MotionEntryV1<'a> {
    amendment: Option<String>,
    decision_type: DecisionTypeV1,
    declared_by_chair: bool,
    explanation: SortedValue<'a>,
    kind: VoteKindV1,
    outcome: OutcomeV1,
    revote_of: Option<u64>,
    roll_call: Vec<RollCallLineV1>,
    rule: RuleV1,
    turnout: TurnoutV1,
    votes: VotesV1,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ElectionEntryV1<'a> {
    ballots: BallotsV1,
    candidates: Vec<String>,
    decision_type: DecisionTypeV1,
    declared_by_chair: bool,
    elected: Vec<usize>,
    explanation: SortedValue<'a>,
    method: CountingMethodV1,
    revote_of: Option<u64>,
    seats: u64,
    tie_seed: Option<u64>,
    tied: Vec<usize>,
    withdrawn: Vec<usize>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum ChallengeByV1 {
    Majority,
    Voter(String),
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChallengeEntryV1 {
    by: ChallengeByV1,
    entry: u64,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum BodyV1<'a> {
    Motion(Box<MotionEntryV1<'a>>),
    Election(Box<ElectionEntryV1<'a>>),
    Challenge(ChallengeEntryV1),
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryV1<'a> {
    seq: u64,
    meeting: String,
    item: String,
    vote: u64,
    date: DateV1,
    title: String,
    body: BodyV1<'a>,
    prev_hash: HashV1,
    hash: HashV1,
}

fn entry_v1(e: &LogEntry) -> EntryV1<'_> {
    let body = match &e.body {
        EntryBody::Motion(m) => BodyV1::Motion(Box::new(MotionEntryV1 {
            decision_type: m.decision_type.into(),
            amendment: match &m.on {
                VoteOn::Main => None,
                VoteOn::Amendment(a) => Some(a.clone()),
            },
            kind: m.kind.into(),
            rule: m.rule.into(),
            votes: VotesV1 {
                yes: m.votes.yes,
                no: m.votes.no,
                abstain: m.votes.abstain,
                blank: m.votes.blank,
                invalid: m.votes.invalid,
                casting_vote: m.votes.casting_vote.map(Into::into),
            },
            turnout: TurnoutV1 {
                present: m.turnout.present.map(headcount_v1),
                represented: headcount_v1(m.turnout.represented),
                entitled: m.turnout.entitled.map(headcount_v1),
                voted_members: m.turnout.voted_members,
                second_meeting: m.turnout.second_meeting,
            },
            roll_call: m
                .roll_call
                .iter()
                .map(|l| RollCallLineV1 {
                    member: l.member.clone(),
                    choice: l.choice.into(),
                    votes: l.votes,
                })
                .collect(),
            outcome: m.outcome.into(),
            explanation: SortedValue(Cow::Borrowed(&m.explanation)),
            declared_by_chair: m.declared_by_chair,
            revote_of: m.revote_of,
        })),
        EntryBody::Election(x) => BodyV1::Election(Box::new(ElectionEntryV1 {
            decision_type: x.decision_type.into(),
            method: x.method.into(),
            seats: x.seats,
            candidates: x.candidates.clone(),
            withdrawn: x.withdrawn.clone(),
            tie_seed: x.tie_seed,
            ballots: (&x.ballots).into(),
            elected: x.elected.clone(),
            tied: x.tied.clone(),
            explanation: SortedValue(Cow::Borrowed(&x.explanation)),
            declared_by_chair: x.declared_by_chair,
            revote_of: x.revote_of,
        })),
        EntryBody::Challenge(c) => BodyV1::Challenge(ChallengeEntryV1 {
            entry: c.entry,
            by: match &c.by {
                ChallengeBy::Majority => ChallengeByV1::Majority,
                ChallengeBy::Voter(id) => ChallengeByV1::Voter(id.clone()),
            },
        }),
    };
    EntryV1 {
        seq: e.seq,
        meeting: e.meeting.clone(),
        item: e.item.clone(),
        vote: e.vote,
        date: DateV1(e.date),
        title: e.title.clone(),
        body,
        prev_hash: HashV1(e.prev_hash),
        hash: HashV1(e.hash),
    }
}

fn entry(e: EntryV1<'_>) -> LogEntry {
    let body = match e.body {
        BodyV1::Motion(m) => EntryBody::Motion(MotionEntry {
            decision_type: m.decision_type.into(),
            on: m.amendment.map_or(VoteOn::Main, VoteOn::Amendment),
            kind: m.kind.into(),
            rule: m.rule.into(),
            votes: Votes {
                yes: m.votes.yes,
                no: m.votes.no,
                abstain: m.votes.abstain,
                blank: m.votes.blank,
                invalid: m.votes.invalid,
                casting_vote: m.votes.casting_vote.map(Into::into),
            },
            turnout: Turnout {
                present: m.turnout.present.map(headcount),
                represented: headcount(m.turnout.represented),
                entitled: m.turnout.entitled.map(headcount),
                voted_members: m.turnout.voted_members,
                second_meeting: m.turnout.second_meeting,
            },
            roll_call: m
                .roll_call
                .into_iter()
                .map(|l| RollCallLine {
                    member: l.member,
                    choice: l.choice.into(),
                    votes: l.votes,
                })
                .collect(),
            outcome: m.outcome.into(),
            explanation: m.explanation.0.into_owned(),
            declared_by_chair: m.declared_by_chair,
            revote_of: m.revote_of,
        }),
        BodyV1::Election(x) => EntryBody::Election(ElectionEntry {
            decision_type: x.decision_type.into(),
            method: x.method.into(),
            seats: x.seats,
            candidates: x.candidates,
            withdrawn: x.withdrawn,
            tie_seed: x.tie_seed,
            ballots: x.ballots.into(),
            elected: x.elected,
            tied: x.tied,
            explanation: x.explanation.0.into_owned(),
            declared_by_chair: x.declared_by_chair,
            revote_of: x.revote_of,
        }),
        BodyV1::Challenge(c) => EntryBody::Challenge(ChallengeEntry {
            entry: c.entry,
            by: match c.by {
                ChallengeByV1::Majority => ChallengeBy::Majority,
                ChallengeByV1::Voter(id) => ChallengeBy::Voter(id),
            },
        }),
    };
    LogEntry {
        seq: e.seq,
        meeting: e.meeting,
        item: e.item,
        vote: e.vote,
        date: e.date.0,
        title: e.title,
        body,
        prev_hash: e.prev_hash.0,
        hash: e.hash.0,
    }
}

/// The part of an entry the hash covers, with its keys in canonical (sorted)
/// order. Every type inside declares its fields in sorted order too, so that
/// plain serialization writes the canonical encoding directly.
#[derive(Serialize)]
struct EntryContent<'a> {
    body: &'a BodyV1<'a>,
    date: &'a DateV1,
    item: &'a str,
    meeting: &'a str,
    prev_hash: &'a HashV1,
    seq: u64,
    title: &'a str,
    vote: u64,
}

/// The canonical encoding of an entry (`docs/file-format.md`, "Hash chain"):
/// the same bytes as [`crate::collective::log::canonical_json`] of
/// [`entry_content`], written without building a JSON tree.
pub(crate) fn content_bytes(e: &LogEntry) -> Vec<u8> {
    content_bytes_v1(&entry_v1(e))
}

fn content_bytes_v1(v1: &EntryV1<'_>) -> Vec<u8> {
    let content = EntryContent {
        body: &v1.body,
        date: &v1.date,
        item: &v1.item,
        meeting: &v1.meeting,
        prev_hash: &v1.prev_hash,
        seq: v1.seq,
        title: &v1.title,
        vote: v1.vote,
    };
    serde_json::to_vec(&content).unwrap_or_default()
}

/// A JSON value written with its object keys sorted, whatever map type
/// `serde_json` was built with.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(transparent)]
struct SortedValue<'a>(Cow<'a, Value>);

impl Serialize for SortedValue<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        SortedRef(&self.0).serialize(s)
    }
}

struct SortedRef<'a>(&'a Value);

impl Serialize for SortedRef<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self.0 {
            Value::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(&SortedRef(item))?;
                }
                seq.end()
            }
            Value::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort_unstable();
                let mut out = s.serialize_map(Some(keys.len()))?;
                for k in keys {
                    out.serialize_entry(k, &SortedRef(&map[k.as_str()]))?;
                }
                out.end()
            }
            other => other.serialize(s),
        }
    }
}

/// The entry as the hash covers it: its `samen/1` JSON object without `hash`.
#[cfg(test)]
pub(crate) fn entry_content(e: &LogEntry) -> Value {
    let mut v = serde_json::to_value(entry_v1(e)).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut v {
        map.remove("hash");
    }
    v
}

// ------------------------------------------------------------------ conversions

fn member_v1(m: &Member) -> MemberV1<'_> {
    MemberV1 {
        id: Cow::Borrowed(&m.id),
        name: Cow::Borrowed(&m.name),
        email: m.email.as_deref().map(Cow::Borrowed),
        weight: m.weight,
        roles: m.roles.iter().map(|r| (*r).into()).collect(),
        joined: m.joined.map(DateV1),
        suspended: m.suspended,
    }
}

fn member(m: MemberV1<'_>) -> Member {
    Member {
        id: m.id.into_owned(),
        name: m.name.into_owned(),
        email: m.email.map(Cow::into_owned),
        weight: m.weight,
        roles: m.roles.into_iter().map(Into::into).collect(),
        joined: m.joined.map(|d| d.0),
        suspended: m.suspended,
    }
}

fn proposal_v1(p: &Proposal) -> ProposalV1 {
    ProposalV1 {
        id: p.id.clone(),
        title: p.title.clone(),
        text: p.text.clone(),
        decision_type: p.decision_type.into(),
        amendments: p
            .amendments
            .iter()
            .map(|a| AmendmentV1 {
                id: a.id.clone(),
                title: a.title.clone(),
                text: a.text.clone(),
            })
            .collect(),
    }
}

fn proposal(p: ProposalV1) -> Proposal {
    Proposal {
        id: p.id,
        title: p.title,
        text: p.text,
        decision_type: p.decision_type.into(),
        amendments: p
            .amendments
            .into_iter()
            .map(|a| Amendment {
                id: a.id,
                title: a.title,
                text: a.text,
            })
            .collect(),
    }
}

fn vote_v1(v: &Vote) -> VoteV1 {
    VoteV1 {
        amendment: match &v.on {
            VoteOn::Main => None,
            VoteOn::Amendment(a) => Some(a.clone()),
        },
        record: match &v.record {
            VoteRecord::Open(c) => RecordV1::Open((*c).into()),
            VoteRecord::RollCall(r) => {
                RecordV1::RollCall(r.iter().map(|(k, c)| (k.clone(), (*c).into())).collect())
            }
            VoteRecord::Secret(s) => RecordV1::Secret(SecretV1 {
                counts: s.counts().into(),
                voted: s.voted().iter().cloned().collect(),
            }),
            VoteRecord::Ballots(b) => RecordV1::Ballots(BallotBoxV1 {
                lines: b.ballots().into(),
                voted: b.voted().iter().cloned().collect(),
            }),
        },
        advance: v
            .advance
            .iter()
            .map(|(k, d)| (k.clone(), DateV1(*d)))
            .collect(),
        casting_vote: v.casting_vote.map(Into::into),
        revote_of: v.revote_of,
        logged: v.logged,
    }
}

fn vote(v: VoteV1) -> Vote {
    Vote {
        on: v.amendment.map_or(VoteOn::Main, VoteOn::Amendment),
        record: match v.record {
            RecordV1::Open(c) => VoteRecord::Open(c.into()),
            RecordV1::RollCall(r) => {
                VoteRecord::RollCall(r.into_iter().map(|(k, c)| (k, c.into())).collect())
            }
            RecordV1::Secret(s) => VoteRecord::Secret(SecretBallot::from_parts(
                s.counts.into(),
                s.voted.into_iter().collect::<BTreeSet<_>>(),
            )),
            RecordV1::Ballots(b) => VoteRecord::Ballots(BallotBox::from_parts(
                b.lines.into(),
                b.voted.into_iter().collect(),
            )),
        },
        advance: v.advance.into_iter().map(|(k, d)| (k, d.0)).collect(),
        casting_vote: v.casting_vote.map(Into::into),
        revote_of: v.revote_of,
        logged: v.logged,
    }
}

fn election_v1(e: &CandidateElection) -> ElectionV1 {
    ElectionV1 {
        title: e.title.clone(),
        decision_type: e.decision_type.into(),
        seats: e.seats,
        candidates: e.candidates.clone(),
        withdrawn: e.withdrawn.clone(),
        method: e.method.into(),
        tie_seed: e.tie_seed,
    }
}

fn election(e: ElectionV1) -> CandidateElection {
    CandidateElection {
        title: e.title,
        decision_type: e.decision_type.into(),
        seats: e.seats,
        candidates: e.candidates,
        withdrawn: e.withdrawn,
        method: e.method.into(),
        tie_seed: e.tie_seed,
    }
}

fn meeting_v1(m: &Meeting) -> MeetingV1 {
    MeetingV1 {
        id: m.id.clone(),
        title: m.title.clone(),
        date: DateV1(m.date),
        time: m.time.map(TimeV1),
        second_meeting: m.second_meeting,
        attendance: AttendanceV1 {
            present: m.attendance.present().cloned().collect(),
            proxies: m
                .attendance
                .proxies()
                .map(|p| ProxyV1 {
                    giver: p.giver.clone(),
                    holder: p.holder.clone(),
                    form: p.form.into(),
                })
                .collect(),
        },
        agenda: m
            .agenda
            .iter()
            .map(|i| ItemV1 {
                id: i.id.clone(),
                subject: match &i.subject {
                    Subject::Proposal(p) => SubjectV1::Proposal(p.clone()),
                    Subject::Election(e) => SubjectV1::Election(election_v1(e)),
                },
                votes: i.votes.iter().map(vote_v1).collect(),
            })
            .collect(),
    }
}

/// Where a semantic problem of reading was found (relative to `collective`).
pub(crate) type Problem = crate::collective::Located;

fn meeting(m: MeetingV1) -> Result<Meeting, Problem> {
    use crate::collective::CollectiveError as E;
    let mut attendance = crate::attendance::Attendance::new();
    let lenient = ProxyRule {
        allowed: true,
        max_per_holder: None,
        written_required: false,
    };
    let voter = |id: &str| crate::attendance::Member::new(id, 1);
    for id in &m.attendance.present {
        // Existence of the member is checked with the meeting, by path.
        let _ = attendance.check_in(&[voter(id)], id);
    }
    for (i, p) in m.attendance.proxies.into_iter().enumerate() {
        let members = [voter(&p.giver), voter(&p.holder)];
        let proxy = Proxy {
            giver: p.giver,
            holder: p.holder,
            form: p.form.into(),
        };
        attendance
            .grant_proxy(&members, &lenient, proxy)
            .map_err(|refusal| Problem {
                path: format!("attendance.proxies[{i}]"),
                error: E::Proxy(refusal),
            })?;
    }
    Ok(Meeting {
        id: m.id,
        title: m.title,
        date: m.date.0,
        time: m.time.map(|t| t.0),
        second_meeting: m.second_meeting,
        attendance,
        agenda: m
            .agenda
            .into_iter()
            .map(|i| AgendaItem {
                id: i.id,
                subject: match i.subject {
                    SubjectV1::Proposal(p) => Subject::Proposal(p),
                    SubjectV1::Election(e) => Subject::Election(election(e)),
                },
                votes: i.votes.into_iter().map(vote).collect(),
            })
            .collect(),
    })
}

/// The file of a collective.
pub(crate) fn to_file(c: &Collective) -> FileV1<'_> {
    FileV1 {
        format: FORMAT.to_string(),
        collective: CollectiveV1 {
            name: c.name().to_string(),
            legal_form: c.legal_form().into(),
            members: c.members().iter().map(member_v1).collect(),
            rules: c.rules().into(),
            proposals: c.proposals().iter().map(proposal_v1).collect(),
            meetings: c.meetings().iter().map(meeting_v1).collect(),
            log: c.log().entries().iter().map(entry_v1).collect(),
        },
    }
}

/// The collective of a file, with every check but the hash chain.
pub(crate) fn from_file(f: CollectiveV1<'_>) -> Result<Collective, Problem> {
    let mut meetings = Vec::with_capacity(f.meetings.len());
    for (i, m) in f.meetings.into_iter().enumerate() {
        meetings.push(meeting(m).map_err(|p| Problem {
            path: format!("meetings[{i}].{}", p.path),
            error: p.error,
        })?);
    }
    let computed = f
        .log
        .iter()
        .map(|e| Hash::of(&content_bytes_v1(e)))
        .collect();
    let log: Vec<LogEntry> = f.log.into_iter().map(entry).collect();
    for (i, e) in log.iter().enumerate() {
        check_entry(e).map_err(|(path, error)| Problem {
            path: format!("log[{i}].{path}"),
            error,
        })?;
    }
    Collective::from_parts(Parts {
        name: f.name,
        legal_form: f.legal_form.into(),
        members: f.members.into_iter().map(member).collect(),
        rules: f.rules.into(),
        proposals: f.proposals.into_iter().map(proposal).collect(),
        meetings,
        log: DecisionLog::from_computed(log, computed),
    })
}

/// An entry's own data: an election entry's ballots must fit it, so that a
/// recount can never be asked to count something malformed.
fn check_entry(e: &LogEntry) -> Result<(), (String, crate::collective::CollectiveError)> {
    use crate::collective::CollectiveError as E;
    if let EntryBody::Election(x) = &e.body {
        let election = CandidateElection {
            title: e.title.clone(),
            decision_type: x.decision_type,
            seats: x.seats,
            candidates: x.candidates.clone(),
            withdrawn: x.withdrawn.clone(),
            method: x.method,
            tie_seed: x.tie_seed,
        };
        crate::collective::check_election(&election)
            .map_err(|l| (format!("body.election.{}", l.path), l.error))?;
        crate::collective::check_ballots(&x.ballots, &election).map_err(|p| {
            (
                format!("body.election.ballots.{p}")
                    .trim_end_matches('.')
                    .to_string(),
                E::BadBallot,
            )
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collective::log::canonical_json;

    #[test]
    fn content_bytes_are_the_canonical_json_of_the_entry() {
        let text = include_str!("../../../tests/data/golden-samen-1.samen.json");
        let c = crate::file::load(text).unwrap();
        assert!(!c.log().is_empty());
        for e in c.log().entries() {
            assert_eq!(
                String::from_utf8(content_bytes(e)).unwrap(),
                String::from_utf8(canonical_json(&entry_content(e))).unwrap()
            );
        }
    }
}

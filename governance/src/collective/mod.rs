//! A collective: its members, its decision rules, its proposals and meetings, and
//! the log of everything it decided.
//!
//! A [`Collective`] keeps its invariants itself: member ids are unique, every
//! reference points at something that exists, and its rules have no
//! [`Finding`] that is a violation of mandatory law — [`Collective::set_rules`]
//! refuses such rules and returns the findings; deviations are allowed and
//! reported by [`Collective::findings`]. So every collective that exists can be
//! saved ([`crate::file::save`]) and loaded again.
//!
//! The core reads no clock and draws no random numbers: dates are arguments and
//! ids come from the caller ([`Collective::next_member_id`] and friends derive the
//! next free one deterministically).

mod check;
pub mod csv;
pub mod log;
pub mod meeting;
pub mod member;
pub mod time;
pub mod verify;
mod voting;

pub use crate::calendar::Date;
pub use crate::legal::LegalForm;
pub use crate::validate::Finding;
pub(crate) use check::{ballots as check_ballots, election as check_election};
pub use log::{DecisionLog, Hash, LogEntry};
pub use meeting::{
    AgendaItem, Amendment, BallotBox, Ballots, CandidateElection, Choice, CountingMethod,
    ElectionBallot, Meeting, MeetingId, Proposal, ProposalId, SecretBallot, Subject, Vote,
    VoteCounts, VoteKind, VoteOn, VoteRecord,
};
pub use member::{next_id, Member, MemberProblem, Role};
pub use time::{TimeError, TimeOfDay};
pub use voting::{voters, AdvanceChoice, Decided, ElectionResult};

use crate::attendance::{MemberId, Proxy, ProxyRefusal};
use crate::rules::ProxyRule;
use crate::rules::{DecisionType, Regime, RuleSet, Weighting};
use std::collections::HashMap;

/// Why a change to a collective was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CollectiveError {
    /// The collective's name is blank.
    EmptyName,
    /// The legal form brings no rules Samen supports (a BV: shares decide).
    UnsupportedLegalForm(LegalForm),
    /// The rules break mandatory law: every finding, violations first.
    RulesViolateLaw(Vec<Finding>),
    /// A member's data is not valid.
    BadMember {
        /// The member's id.
        id: MemberId,
        /// What is wrong.
        problem: MemberProblem,
    },
    /// Another member already has this id.
    DuplicateMember(MemberId),
    /// A member with the same name and e-mail address exists already.
    SamePerson {
        /// The existing member.
        existing: MemberId,
    },
    /// No member has this id.
    UnknownMember(MemberId),
    /// The member is still referred to by a meeting and cannot be removed.
    MemberInUse {
        /// The member.
        id: MemberId,
        /// The meeting that refers to them.
        meeting: MeetingId,
    },
    /// An id (of a meeting, item, proposal or amendment) is empty, too long, or
    /// holds whitespace.
    BadId(String),
    /// A title is blank or holds a control character.
    BadTitle,
    /// Another proposal already has this id.
    DuplicateProposal(ProposalId),
    /// No proposal has this id.
    UnknownProposal(ProposalId),
    /// The proposal is on an agenda and cannot be removed.
    ProposalInUse(ProposalId),
    /// A vote was held on the proposal: its title, text and decision type can no
    /// longer change (the members voted on exactly that text).
    ProposalVoted(ProposalId),
    /// Two amendments of a proposal have the same id.
    DuplicateAmendment(String),
    /// No amendment of the item's proposal has this id.
    UnknownAmendment(String),
    /// Another meeting already has this id.
    DuplicateMeeting(MeetingId),
    /// No meeting has this id.
    UnknownMeeting(MeetingId),
    /// Two agenda items of the meeting have the same id.
    DuplicateItem(String),
    /// No agenda item of the meeting has this id.
    UnknownItem(String),
    /// The item has no vote with this number.
    UnknownVote(usize),
    /// The election is not well formed (no candidates, no seats, a withdrawn
    /// candidate out of range or out of order, a score maximum of 0).
    BadElection,
    /// A ballot does not fit the election (unknown or repeated candidate, a score
    /// above the maximum, a weight of 0, the wrong kind).
    BadBallot,
    /// The vote's kind does not fit (ballots are for elections only, and elections
    /// have only ballots), or the operation needs another kind.
    WrongVoteKind(VoteKind),
    /// The vote is closed: its result is in the log.
    VoteClosed,
    /// Logged votes cannot be changed or removed.
    LoggedVoteChanged,
    /// Amendments are voted on before the main motion; the main motion was decided.
    AmendmentAfterMain,
    /// The member cannot vote here now (not present, not represented, suspended).
    NotEntitled(MemberId),
    /// The member's vote is in already.
    AlreadyVoted(MemberId),
    /// A count would not fit in 64 bits.
    CountTooLarge,
    /// The rules have no rule for this decision type.
    NoRule(DecisionType),
    /// The rules do not allow votes before the meeting (BW 2:38 lid 8).
    AdvanceVotingNotAllowed,
    /// An advance vote outside the window the rules (and BW 2:38 lid 8) allow.
    AdvanceVoteOutsideWindow {
        /// The earliest allowed day.
        earliest: Date,
        /// The meeting's day (the latest allowed).
        latest: Date,
    },
    /// A proxy the attendance rules refuse.
    Proxy(ProxyRefusal),
    /// A challenge that BW 2:13 lid 4 does not allow here: the result was not
    /// declared, other results were logged since (not "immediately"), or a single
    /// voter challenges a vote by roll call or in writing.
    ChallengeNotAllowed,
    /// A revote refers to a vote that is not an earlier, logged vote of the item.
    BadRevote,
    /// The BLT file could not be read.
    Blt(crate::blt::BltError),
    /// The BLT file's candidates or seats differ from the election's.
    BltMismatch,
    /// The log refers to a vote that does not exist, or a vote to a log entry that
    /// does not record it.
    BadLogReference(u64),
}

impl std::fmt::Display for CollectiveError {
    /// An English message (for the command line and logs; the app renders its own).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use CollectiveError as E;
        match self {
            E::EmptyName => write!(f, "the name is empty"),
            E::UnsupportedLegalForm(form) => write!(f, "legal form {} is not supported", form.id()),
            E::RulesViolateLaw(findings) => {
                let n = findings.iter().filter(|x| x.is_violation()).count();
                write!(f, "the rules break mandatory law ({n} violations)")
            }
            E::BadMember { id, problem } => write!(f, "member {id}: {problem:?}"),
            E::DuplicateMember(id) => write!(f, "member id {id} is used twice"),
            E::SamePerson { existing } => write!(f, "the same person as member {existing}"),
            E::UnknownMember(id) => write!(f, "no member has id {id}"),
            E::MemberInUse { id, meeting } => write!(f, "member {id} is in meeting {meeting}"),
            E::BadId(id) => write!(f, "'{id}' is not a valid id"),
            E::BadTitle => write!(f, "the title is empty or holds a control character"),
            E::DuplicateProposal(id) => write!(f, "proposal id {id} is used twice"),
            E::UnknownProposal(id) => write!(f, "no proposal has id {id}"),
            E::ProposalInUse(id) => write!(f, "proposal {id} is on an agenda"),
            E::ProposalVoted(id) => write!(
                f,
                "proposal {id} was voted on: its title, text and decision type stay as they were"
            ),
            E::DuplicateAmendment(id) => write!(f, "amendment id {id} is used twice"),
            E::UnknownAmendment(id) => write!(f, "no amendment has id {id}"),
            E::DuplicateMeeting(id) => write!(f, "meeting id {id} is used twice"),
            E::UnknownMeeting(id) => write!(f, "no meeting has id {id}"),
            E::DuplicateItem(id) => write!(f, "agenda item id {id} is used twice"),
            E::UnknownItem(id) => write!(f, "no agenda item has id {id}"),
            E::UnknownVote(n) => write!(f, "the item has no vote {n}"),
            E::BadElection => write!(f, "the election is not well formed"),
            E::BadBallot => write!(f, "a ballot does not fit the election"),
            E::WrongVoteKind(kind) => write!(f, "not possible for a vote of kind {}", kind.id()),
            E::VoteClosed => write!(f, "the vote is closed"),
            E::LoggedVoteChanged => write!(f, "a logged vote cannot change"),
            E::AmendmentAfterMain => write!(f, "amendments are voted on before the main motion"),
            E::NotEntitled(id) => write!(f, "member {id} cannot vote here"),
            E::AlreadyVoted(id) => write!(f, "member {id} has voted already"),
            E::CountTooLarge => write!(f, "a count is too large"),
            E::NoRule(d) => write!(f, "the rules have no rule for {}", d.id()),
            E::AdvanceVotingNotAllowed => {
                write!(f, "the rules do not allow votes before the meeting")
            }
            E::AdvanceVoteOutsideWindow { earliest, latest } => {
                write!(
                    f,
                    "an advance vote must be cast from {earliest} to {latest}"
                )
            }
            E::Proxy(refusal) => write!(f, "proxy refused: {refusal:?}"),
            E::ChallengeNotAllowed => write!(f, "this challenge is not allowed (BW 2:13 lid 4)"),
            E::BadRevote => write!(f, "a revote must follow a logged vote of the same item"),
            E::Blt(e) => write!(f, "BLT file: {e}"),
            E::BltMismatch => write!(
                f,
                "the BLT file's candidates or seats differ from the election's"
            ),
            E::BadLogReference(seq) => write!(
                f,
                "log entry {seq} and the meeting's votes do not refer to each other"
            ),
        }
    }
}

impl std::error::Error for CollectiveError {}

/// Where in a collective a problem is: a path of field names and indexes, as in
/// the decision file (`members[3].weight`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    /// The path, relative to the collective.
    pub path: String,
    /// What is wrong.
    pub error: CollectiveError,
}

/// A collective.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Collective {
    name: String,
    legal_form: LegalForm,
    regime: Regime,
    members: Vec<Member>,
    /// Position of each member in `members`, by id (a function of `members`).
    member_index: HashMap<MemberId, usize>,
    rules: RuleSet,
    proposals: Vec<Proposal>,
    meetings: Vec<Meeting>,
    log: DecisionLog,
}

/// The regime whose rules a legal form brings; `None` for a company (a BV:
/// shares decide, which Samen does not model).
pub fn regime_of(form: LegalForm) -> Option<Regime> {
    use crate::legal::GovernanceKind as K;
    match form.governance_kind() {
        K::InformalGroup => Some(Regime::InformalGroup),
        K::Vereniging => Some(Regime::Vereniging),
        K::Cooperatie => Some(Regime::Cooperatie),
        K::Stichting => Some(Regime::Stichting),
        K::Company => None,
    }
}

/// Position of each member, by id (the first, should an id repeat).
pub(crate) fn index_of(members: &[Member]) -> HashMap<MemberId, usize> {
    let mut index = HashMap::with_capacity(members.len());
    for (i, m) in members.iter().enumerate() {
        index.entry(m.id.clone()).or_insert(i);
    }
    index
}

fn regime(form: LegalForm) -> Result<Regime, CollectiveError> {
    regime_of(form).ok_or(CollectiveError::UnsupportedLegalForm(form))
}

pub(crate) fn check_title(title: &str) -> Result<(), CollectiveError> {
    if title.trim().is_empty() || title.chars().any(char::is_control) {
        Err(CollectiveError::BadTitle)
    } else {
        Ok(())
    }
}

pub(crate) fn check_id(id: &str) -> Result<(), CollectiveError> {
    if member::is_valid_id(id) {
        Ok(())
    } else {
        Err(CollectiveError::BadId(id.to_string()))
    }
}

impl Collective {
    /// A new collective with no members, under the default rules of `legal_form`.
    pub fn new(
        name: impl Into<String>,
        legal_form: LegalForm,
    ) -> Result<Collective, CollectiveError> {
        let name = name.into();
        check_title(&name).map_err(|_| CollectiveError::EmptyName)?;
        let regime = regime(legal_form)?;
        let collective = Collective {
            name,
            legal_form,
            regime,
            members: Vec::new(),
            member_index: HashMap::new(),
            rules: RuleSet::defaults(regime),
            proposals: Vec::new(),
            meetings: Vec::new(),
            log: DecisionLog::new(),
        };
        collective.check_rules(&collective.rules, regime)?;
        Ok(collective)
    }

    /// The name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The legal form.
    pub fn legal_form(&self) -> LegalForm {
        self.legal_form
    }

    /// The legal regime its rules are checked against (from the legal form).
    pub fn regime(&self) -> Regime {
        self.regime
    }

    /// The members, in the order they were added.
    pub fn members(&self) -> &[Member] {
        &self.members
    }

    /// The member with this id.
    pub fn member(&self, id: &str) -> Option<&Member> {
        self.member_index.get(id).map(|&i| &self.members[i])
    }

    fn reindex_members(&mut self) {
        self.member_index = index_of(&self.members);
    }

    /// The decision rules.
    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// The proposals.
    pub fn proposals(&self) -> &[Proposal] {
        &self.proposals
    }

    /// The proposal with this id.
    pub fn proposal(&self, id: &str) -> Option<&Proposal> {
        self.proposals.iter().find(|p| p.id == id)
    }

    /// The meetings, in the order they were added.
    pub fn meetings(&self) -> &[Meeting] {
        &self.meetings
    }

    /// The meeting with this id.
    pub fn meeting(&self, id: &str) -> Option<&Meeting> {
        self.meetings.iter().find(|m| m.id == id)
    }

    /// The decision log.
    pub fn log(&self) -> &DecisionLog {
        &self.log
    }

    /// Renames the collective.
    pub fn rename(&mut self, name: impl Into<String>) -> Result<(), CollectiveError> {
        let name = name.into();
        check_title(&name).map_err(|_| CollectiveError::EmptyName)?;
        self.name = name;
        Ok(())
    }

    // ---------------------------------------------------------------- rules

    /// The votes of everyone entitled, as the binding-nomination quorum cap (BW 2:37
    /// lid 4) counts them: weights when that rule (or else the regular rule) weighs.
    fn entitled_votes(&self, rules: &RuleSet) -> u64 {
        let weighted = rules
            .rule(DecisionType::BindingNominationOverride)
            .or_else(|| rules.rule(DecisionType::Regular))
            .is_some_and(|r| r.weighting == Weighting::PerMember);
        self.members
            .iter()
            .filter(|m| !m.suspended)
            .map(|m| if weighted { m.votes() } else { 1 })
            .fold(0u64, u64::saturating_add)
    }

    fn findings_for(&self, rules: &RuleSet, regime: Regime) -> Vec<Finding> {
        crate::validate::validate_with_votes(rules, regime, self.entitled_votes(rules))
    }

    /// The findings if none is a violation; else the error with all of them.
    fn check_rules(
        &self,
        rules: &RuleSet,
        regime: Regime,
    ) -> Result<Vec<Finding>, CollectiveError> {
        let findings = self.findings_for(rules, regime);
        if findings.iter().any(Finding::is_violation) {
            Err(CollectiveError::RulesViolateLaw(findings))
        } else {
            Ok(findings)
        }
    }

    /// The findings for a draft of the rules, as [`Collective::set_rules`] would
    /// check them (for showing warnings while the rules are edited).
    pub fn findings_of(&self, rules: &RuleSet) -> Vec<Finding> {
        self.findings_for(rules, self.regime)
    }

    /// How the rules deviate from the defaults of the legal form (never a
    /// violation: a collective cannot hold rules that break the law).
    pub fn findings(&self) -> Vec<Finding> {
        self.findings_for(&self.rules, self.regime)
    }

    /// Replaces the rules. Refused, with every finding, when one breaks mandatory
    /// law; otherwise the deviations are returned.
    pub fn set_rules(&mut self, rules: RuleSet) -> Result<Vec<Finding>, CollectiveError> {
        let findings = self.check_rules(&rules, self.regime)?;
        self.rules = rules;
        Ok(findings)
    }

    /// Changes the legal form and starts again from its default rules.
    pub fn set_legal_form(&mut self, form: LegalForm) -> Result<Vec<Finding>, CollectiveError> {
        let regime = regime(form)?;
        let rules = RuleSet::defaults(regime);
        let findings = self.check_rules(&rules, regime)?;
        self.legal_form = form;
        self.regime = regime;
        self.rules = rules;
        Ok(findings)
    }

    // ---------------------------------------------------------------- members

    /// The next free member id: `m` and one more than the highest number used.
    pub fn next_member_id(&self) -> MemberId {
        next_id("m", self.members.iter().map(|m| m.id.as_str()))
    }

    /// Adds a member.
    pub fn add_member(&mut self, member: Member) -> Result<(), CollectiveError> {
        member
            .check()
            .map_err(|problem| CollectiveError::BadMember {
                id: member.id.clone(),
                problem,
            })?;
        if self.member(&member.id).is_some() {
            return Err(CollectiveError::DuplicateMember(member.id));
        }
        self.member_index
            .insert(member.id.clone(), self.members.len());
        self.members.push(member);
        Ok(())
    }

    /// Adds members read from a CSV file ([`csv::parse_members_csv`]), all or none:
    /// each gets the next free id and `joined` as joining date. Refused when one of
    /// them has the same name and e-mail address as an existing member. Returns
    /// the new ids, in order.
    pub fn import_members(
        &mut self,
        imported: &[csv::CsvMember],
        joined: Option<Date>,
    ) -> Result<Vec<MemberId>, CollectiveError> {
        let existing: std::collections::HashMap<(String, Option<String>), &MemberId> = self
            .members
            .iter()
            .map(|m| (csv::person_key(&m.name, m.email.as_deref()), &m.id))
            .collect();
        let mut next = next_id("m", self.members.iter().map(|m| m.id.as_str()));
        let mut new = Vec::with_capacity(imported.len());
        for row in imported {
            if let Some(id) = existing.get(&csv::person_key(&row.name, row.email.as_deref())) {
                return Err(CollectiveError::SamePerson {
                    existing: (*id).clone(),
                });
            }
            let member = Member {
                email: row.email.clone(),
                weight: row.weight,
                joined,
                ..Member::new(next.clone(), row.name.clone())
            };
            member
                .check()
                .map_err(|problem| CollectiveError::BadMember {
                    id: member.id.clone(),
                    problem,
                })?;
            next = next_id("m", [next.as_str()]);
            new.push(member);
        }
        let ids = new.iter().map(|m| m.id.clone()).collect();
        for m in new {
            self.member_index.insert(m.id.clone(), self.members.len());
            self.members.push(m);
        }
        Ok(ids)
    }

    /// Replaces the member with `member.id`. Refused when the new weight or
    /// suspension would make the rules break the law (the quorum cap of BW 2:37
    /// lid 4 depends on the votes of all members).
    pub fn update_member(&mut self, member: Member) -> Result<(), CollectiveError> {
        member
            .check()
            .map_err(|problem| CollectiveError::BadMember {
                id: member.id.clone(),
                problem,
            })?;
        let Some(&i) = self.member_index.get(&member.id) else {
            return Err(CollectiveError::UnknownMember(member.id));
        };
        let old = std::mem::replace(&mut self.members[i], member);
        if let Err(e) = self.check_rules(&self.rules, self.regime) {
            self.members[i] = old;
            return Err(e);
        }
        Ok(())
    }

    /// Removes a member no meeting refers to (the log keeps its own copy of
    /// what it needs). Returns the member.
    pub fn remove_member(&mut self, id: &str) -> Result<Member, CollectiveError> {
        let Some(&i) = self.member_index.get(id) else {
            return Err(CollectiveError::UnknownMember(id.to_string()));
        };
        if let Some(m) = self
            .meetings
            .iter()
            .find(|m| check::meeting_mentions(m, id))
        {
            return Err(CollectiveError::MemberInUse {
                id: id.to_string(),
                meeting: m.id.clone(),
            });
        }
        let member = self.members.remove(i);
        if let Err(e) = self.check_rules(&self.rules, self.regime) {
            self.members.insert(i, member);
            return Err(e);
        }
        self.reindex_members();
        Ok(member)
    }

    // ---------------------------------------------------------------- proposals

    /// The next free proposal id (`p1`, `p2`, …).
    pub fn next_proposal_id(&self) -> ProposalId {
        next_id("p", self.proposals.iter().map(|p| p.id.as_str()))
    }

    /// Adds a proposal.
    pub fn add_proposal(&mut self, proposal: Proposal) -> Result<(), CollectiveError> {
        check::proposal(&proposal)?;
        if self.proposal(&proposal.id).is_some() {
            return Err(CollectiveError::DuplicateProposal(proposal.id));
        }
        self.proposals.push(proposal);
        Ok(())
    }

    /// Replaces the proposal with `proposal.id`. Once a vote was held on it, its
    /// title, text and decision type stay as they were, and so do the amendments that
    /// were voted on (amendments may still be added).
    pub fn update_proposal(&mut self, proposal: Proposal) -> Result<(), CollectiveError> {
        check::proposal(&proposal)?;
        let Some(i) = self.proposals.iter().position(|p| p.id == proposal.id) else {
            return Err(CollectiveError::UnknownProposal(proposal.id));
        };
        let old = &self.proposals[i];
        let voted = self
            .items_on(&proposal.id)
            .any(|item| !item.votes.is_empty());
        if voted
            && (old.title != proposal.title
                || old.text != proposal.text
                || old.decision_type != proposal.decision_type)
        {
            return Err(CollectiveError::ProposalVoted(proposal.id));
        }
        for item in self.items_on(&proposal.id) {
            for vote in &item.votes {
                if let VoteOn::Amendment(a) = &vote.on {
                    let Some(new) = proposal.amendments.iter().find(|x| &x.id == a) else {
                        return Err(CollectiveError::UnknownAmendment(a.clone()));
                    };
                    if old.amendments.iter().find(|x| &x.id == a) != Some(new) {
                        return Err(CollectiveError::ProposalVoted(proposal.id.clone()));
                    }
                }
            }
        }
        self.proposals[i] = proposal;
        Ok(())
    }

    /// Removes a proposal that is on no agenda.
    pub fn remove_proposal(&mut self, id: &str) -> Result<Proposal, CollectiveError> {
        let Some(i) = self.proposals.iter().position(|p| p.id == id) else {
            return Err(CollectiveError::UnknownProposal(id.to_string()));
        };
        if self.items_on(id).next().is_some() {
            return Err(CollectiveError::ProposalInUse(id.to_string()));
        }
        Ok(self.proposals.remove(i))
    }

    fn items_on<'a>(&'a self, proposal: &'a str) -> impl Iterator<Item = &'a AgendaItem> + 'a {
        self.meetings
            .iter()
            .flat_map(|m| &m.agenda)
            .filter(move |i| matches!(&i.subject, Subject::Proposal(p) if p == proposal))
    }

    // ---------------------------------------------------------------- meetings

    /// The next free meeting id (`v1`, `v2`, … — vergadering).
    pub fn next_meeting_id(&self) -> MeetingId {
        next_id("v", self.meetings.iter().map(|m| m.id.as_str()))
    }

    /// Adds a meeting (usually with an agenda and no votes yet).
    pub fn add_meeting(&mut self, meeting: Meeting) -> Result<(), CollectiveError> {
        if self.meeting(&meeting.id).is_some() {
            return Err(CollectiveError::DuplicateMeeting(meeting.id));
        }
        self.check_meeting(&meeting).map_err(|l| l.error)?;
        if meeting
            .agenda
            .iter()
            .any(|i| i.votes.iter().any(|v| v.logged.is_some()))
        {
            return Err(CollectiveError::LoggedVoteChanged);
        }
        self.meetings.push(meeting);
        Ok(())
    }

    /// Replaces the meeting with `meeting.id`: title, date, agenda order, items.
    /// Votes whose result is logged must stay exactly as they are.
    pub fn update_meeting(&mut self, meeting: Meeting) -> Result<(), CollectiveError> {
        let Some(i) = self.meetings.iter().position(|m| m.id == meeting.id) else {
            return Err(CollectiveError::UnknownMeeting(meeting.id));
        };
        self.check_meeting(&meeting).map_err(|l| l.error)?;
        let old = &self.meetings[i];
        let logged_kept = old.agenda.iter().all(|item| {
            item.votes.iter().enumerate().all(|(n, v)| {
                v.logged.is_none()
                    || meeting
                        .item(&item.id)
                        .and_then(|new| new.votes.get(n))
                        .is_some_and(|nv| nv == v)
            })
        });
        let new_logged = meeting.agenda.iter().any(|item| {
            item.votes.iter().enumerate().any(|(n, v)| {
                v.logged.is_some() && old.item(&item.id).and_then(|o| o.votes.get(n)) != Some(v)
            })
        });
        if !logged_kept || new_logged || (meeting.date != old.date && check::has_logged(old)) {
            return Err(CollectiveError::LoggedVoteChanged);
        }
        self.meetings[i] = meeting;
        Ok(())
    }

    /// Removes a meeting none of whose votes was logged.
    pub fn remove_meeting(&mut self, id: &str) -> Result<Meeting, CollectiveError> {
        let Some(i) = self.meetings.iter().position(|m| m.id == id) else {
            return Err(CollectiveError::UnknownMeeting(id.to_string()));
        };
        if check::has_logged(&self.meetings[i]) {
            return Err(CollectiveError::LoggedVoteChanged);
        }
        Ok(self.meetings.remove(i))
    }

    fn meeting_index(&self, id: &str) -> Result<usize, CollectiveError> {
        self.meetings
            .iter()
            .position(|m| m.id == id)
            .ok_or_else(|| CollectiveError::UnknownMeeting(id.to_string()))
    }

    fn voters_of<'a>(
        &self,
        ids: impl IntoIterator<Item = &'a str>,
    ) -> Result<Vec<crate::attendance::Member>, CollectiveError> {
        ids.into_iter()
            .map(|id| {
                self.member(id)
                    .map(Member::voter)
                    .ok_or_else(|| CollectiveError::UnknownMember(id.to_string()))
            })
            .collect()
    }

    /// Checks `member` in at `meeting`; a proxy they gave lapses (its holder is returned).
    pub fn check_in(
        &mut self,
        meeting: &str,
        member: &str,
    ) -> Result<Option<MemberId>, CollectiveError> {
        let i = self.meeting_index(meeting)?;
        let voters = self.voters_of([member])?;
        self.meetings[i]
            .attendance
            .check_in(&voters, member)
            .map_err(|e| CollectiveError::UnknownMember(e.id))
    }

    /// Checks `member` out; the proxies they held lapse (their givers are returned).
    pub fn check_out(
        &mut self,
        meeting: &str,
        member: &str,
    ) -> Result<Vec<MemberId>, CollectiveError> {
        let i = self.meeting_index(meeting)?;
        Ok(self.meetings[i].attendance.check_out(member))
    }

    /// Records a proxy under the collective's proxy rule.
    pub fn grant_proxy(&mut self, meeting: &str, proxy: Proxy) -> Result<(), CollectiveError> {
        let i = self.meeting_index(meeting)?;
        let voters = self.voters_of([proxy.giver.as_str(), proxy.holder.as_str()])?;
        let rule: ProxyRule = self.rules.proxies;
        self.meetings[i]
            .attendance
            .grant_proxy(&voters, &rule, proxy)
            .map_err(CollectiveError::Proxy)
    }

    /// Withdraws the proxy `giver` gave; returns its holder.
    pub fn revoke_proxy(
        &mut self,
        meeting: &str,
        giver: &str,
    ) -> Result<Option<MemberId>, CollectiveError> {
        let i = self.meeting_index(meeting)?;
        Ok(self.meetings[i].attendance.revoke_proxy(giver))
    }

    /// True when a member has this id.
    pub(crate) fn has_member(&self, id: &str) -> bool {
        self.member_index.contains_key(id)
    }
}

/// Parts of a collective as read from a file, before their checks
/// ([`Collective::from_parts`]).
pub(crate) struct Parts {
    pub name: String,
    pub legal_form: LegalForm,
    pub members: Vec<Member>,
    pub rules: RuleSet,
    pub proposals: Vec<Proposal>,
    pub meetings: Vec<Meeting>,
    pub log: DecisionLog,
}

impl Collective {
    /// Builds a collective from parts read from a file, checking every invariant
    /// except the hash chain (see [`DecisionLog::check`]); the first problem, with
    /// its path.
    pub(crate) fn from_parts(p: Parts) -> Result<Collective, Located> {
        check::from_parts(p)
    }
}

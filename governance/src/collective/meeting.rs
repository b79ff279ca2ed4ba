//! Meetings: the agenda (proposals and candidate elections), attendance and
//! proxies, and a vote record per vote.
//!
//! Vote records keep what the voting method allows and nothing more. A secret vote
//! ([`SecretBallot`]) holds only the tally and the set of members who have voted;
//! ballots for an election ([`BallotBox`]) are kept sorted and merged, without
//! voters. Neither type can hold a link between a voter and a choice.

use super::time::TimeOfDay;
use crate::attendance::{Attendance, MemberId};
use crate::ballot::{CandidateId, RankedBallot};
use crate::calendar::Date;
use crate::motion::{Side, Votes};
use crate::rules::DecisionType;
use crate::tally::{approval::ApprovalBallot, score::ScoreBallot};
use std::collections::{BTreeMap, BTreeSet};

/// A meeting's id, e.g. `v3` (supplied by the caller).
pub type MeetingId = String;
/// An agenda item's id, unique within its meeting.
pub type ItemId = String;
/// A proposal's id, e.g. `p4`.
pub type ProposalId = String;
/// An amendment's id, unique within its proposal.
pub type AmendmentId = String;

/// A proposal (voorstel): what the meeting is asked to decide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    /// Unique id.
    pub id: ProposalId,
    /// Short title, e.g. "Statutenwijziging".
    pub title: String,
    /// The text proposed (for a statute amendment: verbatim, BW 2:42 lid 2).
    pub text: String,
    /// Which rule decides it.
    pub decision_type: DecisionType,
    /// Amendments, voted on before the proposal itself, in this order.
    pub amendments: Vec<Amendment>,
}

impl Proposal {
    /// The next free amendment id (`a1`, `a2`, …).
    pub fn next_amendment_id(&self) -> AmendmentId {
        super::member::next_id("a", self.amendments.iter().map(|a| a.id.as_str()))
    }
}

/// An amendment (amendement) to a proposal: voted on before the main motion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Amendment {
    /// Unique within the proposal.
    pub id: AmendmentId,
    /// Short title.
    pub title: String,
    /// The change proposed.
    pub text: String,
}

/// How an election is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CountingMethod {
    /// Ranked ballots, counted by this method ([`crate::tally::count`]).
    Ranked(crate::tally::Method),
    /// Approval ballots ([`crate::tally::approval`]).
    Approval,
    /// Score ballots, each score `0..=max_score` ([`crate::tally::score`]).
    Score {
        /// The highest score.
        max_score: u64,
    },
}

/// An election of candidates, e.g. for the board.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CandidateElection {
    /// Title, e.g. "Bestuursverkiezing 2025".
    pub title: String,
    /// The rule whose organ and weighting apply (usually a board appointment).
    pub decision_type: DecisionType,
    /// Seats to fill (≥ 1).
    pub seats: u64,
    /// Candidate names, in ballot order (at least one).
    pub candidates: Vec<String>,
    /// Candidates withdrawn before the count, ascending.
    pub withdrawn: Vec<CandidateId>,
    /// How the ballots are counted.
    pub method: CountingMethod,
    /// Seed for drawing lots on a tie, supplied by the caller and recorded;
    /// `None`: a tie is reported, not drawn.
    pub tie_seed: Option<u64>,
}

/// What an agenda item is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// A proposal of the collective, by id.
    Proposal(ProposalId),
    /// An election.
    Election(CandidateElection),
}

/// What a vote is on.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VoteOn {
    /// The proposal itself, or the election.
    Main,
    /// An amendment of the item's proposal.
    Amendment(AmendmentId),
}

/// A choice on a motion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Choice {
    /// In favour.
    Yes,
    /// Against.
    No,
    /// Abstains (not a vote cast, CNT-2).
    Abstain,
    /// Blank (not a vote cast by Dutch convention, CNT-2).
    Blank,
}

impl Choice {
    /// Every choice, in declaration order.
    pub const ALL: [Choice; 4] = [Choice::Yes, Choice::No, Choice::Abstain, Choice::Blank];

    /// The stable id (`yes`, `no`, `abstain`, `blank`).
    pub const fn id(self) -> &'static str {
        match self {
            Choice::Yes => "yes",
            Choice::No => "no",
            Choice::Abstain => "abstain",
            Choice::Blank => "blank",
        }
    }

    /// The choice with this id.
    pub fn from_id(id: &str) -> Option<Choice> {
        Choice::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// Counted votes on a motion (in votes: weights when the rule weighs).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct VoteCounts {
    /// In favour.
    pub yes: u64,
    /// Against.
    pub no: u64,
    /// Abstentions.
    pub abstain: u64,
    /// Blank votes.
    pub blank: u64,
    /// Invalid votes (only a count by hand can have them).
    pub invalid: u64,
}

impl VoteCounts {
    /// Adds `votes` to `choice`; `None` (and unchanged) if a count would overflow.
    pub fn add(&mut self, choice: Choice, votes: u64) -> Option<()> {
        let slot = match choice {
            Choice::Yes => &mut self.yes,
            Choice::No => &mut self.no,
            Choice::Abstain => &mut self.abstain,
            Choice::Blank => &mut self.blank,
        };
        *slot = slot.checked_add(votes)?;
        Some(())
    }

    /// As [`Votes`] for [`crate::motion::decide`], with the chair's casting vote.
    pub fn to_votes(self, casting_vote: Option<Side>) -> Votes {
        Votes {
            yes: self.yes,
            no: self.no,
            abstain: self.abstain,
            blank: self.blank,
            invalid: self.invalid,
            casting_vote,
        }
    }
}

/// A secret vote on a shared device: the tally and who has voted — never who
/// voted what. The fields are private and hold no order of voting, so no link
/// between a voter and a choice can be stored or recovered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SecretBallot {
    counts: VoteCounts,
    voted: BTreeSet<MemberId>,
}

impl SecretBallot {
    /// Nobody has voted yet.
    pub fn new() -> SecretBallot {
        SecretBallot::default()
    }

    /// A ballot as read back from a file: the tally and the set of voters.
    pub fn from_parts(counts: VoteCounts, voted: BTreeSet<MemberId>) -> SecretBallot {
        SecretBallot { counts, voted }
    }

    /// The tally so far.
    pub fn counts(&self) -> VoteCounts {
        self.counts
    }

    /// The members whose vote has been cast, in id order.
    pub fn voted(&self) -> &BTreeSet<MemberId> {
        &self.voted
    }

    /// True when `member`'s vote has been cast.
    pub fn has_voted(&self, member: &str) -> bool {
        self.voted.contains(member)
    }

    /// Adds `votes` for `choice` and marks `member` as voted; `false` (and nothing
    /// changed) if the member already voted or a count would overflow.
    pub(crate) fn cast(&mut self, member: &str, choice: Choice, votes: u64) -> bool {
        if self.has_voted(member) || self.counts.add(choice, votes).is_none() {
            return false;
        }
        self.voted.insert(member.to_string());
        true
    }
}

/// Ballots of an election, by kind, each line with the number of identical
/// ballots it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ballots {
    /// Ranked ballots.
    Ranked(Vec<RankedBallot>),
    /// Approval ballots.
    Approval(Vec<ApprovalBallot>),
    /// Score ballots.
    Score(Vec<ScoreBallot>),
}

impl Ballots {
    /// No ballots of the kind `method` counts.
    pub fn empty(method: CountingMethod) -> Ballots {
        match method {
            CountingMethod::Ranked(_) => Ballots::Ranked(Vec::new()),
            CountingMethod::Approval => Ballots::Approval(Vec::new()),
            CountingMethod::Score { .. } => Ballots::Score(Vec::new()),
        }
    }

    /// The number of ballot lines.
    pub fn lines(&self) -> usize {
        match self {
            Ballots::Ranked(b) => b.len(),
            Ballots::Approval(b) => b.len(),
            Ballots::Score(b) => b.len(),
        }
    }

    /// The number of ballots (the sum of the line weights, saturating).
    pub fn count(&self) -> u64 {
        let sum = |w: &mut dyn Iterator<Item = u64>| w.fold(0u64, u64::saturating_add);
        match self {
            Ballots::Ranked(b) => sum(&mut b.iter().map(|b| b.weight)),
            Ballots::Approval(b) => sum(&mut b.iter().map(|b| b.weight)),
            Ballots::Score(b) => sum(&mut b.iter().map(|b| b.weight)),
        }
    }

    /// The number of ballots, `None` if it does not fit in 64 bits.
    pub fn total_weight(&self) -> Option<u64> {
        let sum = |w: &mut dyn Iterator<Item = u64>| {
            let mut total = 0u64;
            for x in w {
                total = total.checked_add(x)?;
            }
            Some(total)
        };
        match self {
            Ballots::Ranked(b) => sum(&mut b.iter().map(|b| b.weight)),
            Ballots::Approval(b) => sum(&mut b.iter().map(|b| b.weight)),
            Ballots::Score(b) => sum(&mut b.iter().map(|b| b.weight)),
        }
    }

    /// Sorts the lines and merges identical ones (adding their weights), so that
    /// the order in which ballots were cast is not kept.
    pub fn normalize(&mut self) {
        fn merge<T, K: Ord + Clone>(
            lines: &mut Vec<T>,
            key: impl Fn(&T) -> K,
            weight: impl Fn(&mut T) -> &mut u64,
        ) {
            let mut merged: BTreeMap<K, T> = BTreeMap::new();
            for mut line in lines.drain(..) {
                let k = key(&line);
                match merged.get_mut(&k) {
                    Some(existing) => {
                        let w = *weight(&mut line);
                        let slot = weight(existing);
                        *slot = slot.saturating_add(w);
                    }
                    None => {
                        merged.insert(k, line);
                    }
                }
            }
            lines.extend(merged.into_values());
        }
        match self {
            Ballots::Ranked(b) => merge(b, |x| x.ranking.clone(), |x| &mut x.weight),
            Ballots::Approval(b) => merge(b, |x| x.approved.clone(), |x| &mut x.weight),
            Ballots::Score(b) => merge(b, |x| x.scores.clone(), |x| &mut x.weight),
        }
    }
}

/// One voter's ballot in an election.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ElectionBallot {
    /// Candidates in order of preference, most preferred first.
    Ranked(Vec<CandidateId>),
    /// The candidates approved.
    Approval(Vec<CandidateId>),
    /// A score per candidate (unscored candidates count 0).
    Score(Vec<(CandidateId, u64)>),
}

/// The ballot box of an election: anonymous ballots and who has voted. The
/// ballots are kept normalized ([`Ballots::normalize`]): no order of voting, no
/// voter link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BallotBox {
    ballots: Ballots,
    voted: BTreeSet<MemberId>,
}

impl BallotBox {
    /// An empty box for `method`.
    pub fn new(method: CountingMethod) -> BallotBox {
        BallotBox {
            ballots: Ballots::empty(method),
            voted: BTreeSet::new(),
        }
    }

    /// A box as read back from a file (the ballots are normalized).
    pub fn from_parts(mut ballots: Ballots, voted: BTreeSet<MemberId>) -> BallotBox {
        ballots.normalize();
        BallotBox { ballots, voted }
    }

    /// The ballots.
    pub fn ballots(&self) -> &Ballots {
        &self.ballots
    }

    /// The members who have voted here (ballots imported from paper have none).
    pub fn voted(&self) -> &BTreeSet<MemberId> {
        &self.voted
    }

    /// True when `member` has voted.
    pub fn has_voted(&self, member: &str) -> bool {
        self.voted.contains(member)
    }

    /// Adds ballot lines without voters (e.g. paper ballots read from a BLT file).
    pub(crate) fn add_anonymous(&mut self, extra: Ballots) -> bool {
        match (&mut self.ballots, extra) {
            (Ballots::Ranked(a), Ballots::Ranked(b)) => a.extend(b),
            (Ballots::Approval(a), Ballots::Approval(b)) => a.extend(b),
            (Ballots::Score(a), Ballots::Score(b)) => a.extend(b),
            _ => return false,
        }
        self.ballots.normalize();
        true
    }

    /// Adds `member`'s ballot with `weight`; `false` if the member already voted or
    /// the ballot is of another kind.
    pub(crate) fn cast(&mut self, member: &str, ballot: ElectionBallot, weight: u64) -> bool {
        if self.has_voted(member) {
            return false;
        }
        let line = match (ballot, &self.ballots) {
            (ElectionBallot::Ranked(r), Ballots::Ranked(_)) => {
                Ballots::Ranked(vec![RankedBallot::new(weight, r)])
            }
            (ElectionBallot::Approval(approved), Ballots::Approval(_)) => {
                Ballots::Approval(vec![ApprovalBallot { weight, approved }])
            }
            (ElectionBallot::Score(scores), Ballots::Score(_)) => {
                Ballots::Score(vec![ScoreBallot { weight, scores }])
            }
            _ => return false,
        };
        self.add_anonymous(line);
        self.voted.insert(member.to_string());
        true
    }
}

/// How the votes of one vote are recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VoteRecord {
    /// Counted by hand or show of hands: only the counts.
    Open(VoteCounts),
    /// Roll call (hoofdelijke stemming): each member's choice, by member id. A
    /// proxy holder's vote for the giver is under the giver's id.
    RollCall(BTreeMap<MemberId, Choice>),
    /// Secret, on a shared device: the tally and who has voted.
    Secret(SecretBallot),
    /// An election's anonymous ballots.
    Ballots(BallotBox),
}

/// The kind of a [`VoteRecord`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VoteKind {
    /// [`VoteRecord::Open`].
    Open,
    /// [`VoteRecord::RollCall`].
    RollCall,
    /// [`VoteRecord::Secret`].
    Secret,
    /// [`VoteRecord::Ballots`].
    Ballots,
}

impl VoteKind {
    /// The stable id (`open`, `roll_call`, `secret`, `ballots`).
    pub const fn id(self) -> &'static str {
        match self {
            VoteKind::Open => "open",
            VoteKind::RollCall => "roll_call",
            VoteKind::Secret => "secret",
            VoteKind::Ballots => "ballots",
        }
    }

    /// True for a vote "by roll call or in writing" (BW 2:13 lid 4): after such a
    /// vote a single voter cannot force a new vote.
    pub const fn is_roll_call_or_written(self) -> bool {
        !matches!(self, VoteKind::Open)
    }
}

impl VoteRecord {
    /// The kind.
    pub fn kind(&self) -> VoteKind {
        match self {
            VoteRecord::Open(_) => VoteKind::Open,
            VoteRecord::RollCall(_) => VoteKind::RollCall,
            VoteRecord::Secret(_) => VoteKind::Secret,
            VoteRecord::Ballots(_) => VoteKind::Ballots,
        }
    }
}

/// One vote on an agenda item: a motion (the proposal or an amendment) or an
/// election round.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vote {
    /// What is voted on.
    pub on: VoteOn,
    /// The votes.
    pub record: VoteRecord,
    /// Members whose vote was cast electronically before the meeting, and on which
    /// day (BW 2:38 lid 8). Their votes are in `record`; they count as present.
    pub advance: BTreeMap<MemberId, Date>,
    /// The chair's casting vote on a tie, when the rule has one.
    pub casting_vote: Option<Side>,
    /// This vote is the new vote after a challenge of vote number `n` of the same
    /// item (BW 2:13 lid 4).
    pub revote_of: Option<usize>,
    /// The sequence number of the log entry that recorded the result; a vote with
    /// one is closed and cannot change.
    pub logged: Option<u64>,
}

impl Vote {
    /// An empty vote on `on` of kind `kind` (`method` for ballots).
    pub fn new(on: VoteOn, kind: VoteKind, method: Option<CountingMethod>) -> Vote {
        let record = match kind {
            VoteKind::Open => VoteRecord::Open(VoteCounts::default()),
            VoteKind::RollCall => VoteRecord::RollCall(BTreeMap::new()),
            VoteKind::Secret => VoteRecord::Secret(SecretBallot::new()),
            VoteKind::Ballots => VoteRecord::Ballots(BallotBox::new(
                method.unwrap_or(CountingMethod::Ranked(crate::tally::Method::Irv)),
            )),
        };
        Vote {
            on,
            record,
            advance: BTreeMap::new(),
            casting_vote: None,
            revote_of: None,
            logged: None,
        }
    }

    /// True when the member's vote is in (in person, by proxy or in advance).
    pub fn has_voted(&self, member: &str) -> bool {
        self.advance.contains_key(member)
            || match &self.record {
                VoteRecord::Open(_) => false,
                VoteRecord::RollCall(r) => r.contains_key(member),
                VoteRecord::Secret(s) => s.has_voted(member),
                VoteRecord::Ballots(b) => b.has_voted(member),
            }
    }
}

/// An item on the agenda.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaItem {
    /// Unique within the meeting.
    pub id: ItemId,
    /// A proposal or an election.
    pub subject: Subject,
    /// Its votes, in the order they were held.
    pub votes: Vec<Vote>,
}

/// A meeting (vergadering) of the members or of the board.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meeting {
    /// Unique id.
    pub id: MeetingId,
    /// Title, e.g. "ALV voorjaar 2025".
    pub title: String,
    /// The day of the meeting.
    pub date: Date,
    /// The starting time, if set.
    pub time: Option<TimeOfDay>,
    /// This is the second meeting after the first missed its quorum (see
    /// [`crate::rules::OnQuorumMissed`]).
    pub second_meeting: bool,
    /// Who is present, and the proxies.
    pub attendance: Attendance,
    /// The agenda, in order.
    pub agenda: Vec<AgendaItem>,
}

impl Meeting {
    /// A meeting with no agenda and nobody present yet.
    pub fn new(id: impl Into<MeetingId>, title: impl Into<String>, date: Date) -> Meeting {
        Meeting {
            id: id.into(),
            title: title.into(),
            date,
            time: None,
            second_meeting: false,
            attendance: Attendance::new(),
            agenda: Vec::new(),
        }
    }

    /// The next free agenda item id (`i1`, `i2`, …).
    pub fn next_item_id(&self) -> ItemId {
        super::member::next_id("i", self.agenda.iter().map(|i| i.id.as_str()))
    }

    /// The agenda item with this id.
    pub fn item(&self, id: &str) -> Option<&AgendaItem> {
        self.agenda.iter().find(|i| i.id == id)
    }

    /// True when `member` is entitled to cast their vote here in person or by
    /// proxy: checked in, or represented by a proxy holder who is.
    pub fn can_vote_at_meeting(&self, member: &str) -> bool {
        let att = &self.attendance;
        att.is_present(member) || att.holder_of(member).is_some_and(|h| att.is_present(h))
    }
}

/// An agenda item with a new vote opened on it: helper for the votes of items.
pub(crate) fn vote_title(item: &AgendaItem, vote: &Vote, proposals: &[Proposal]) -> String {
    match (&item.subject, &vote.on) {
        (Subject::Election(e), _) => e.title.clone(),
        (Subject::Proposal(p), on) => {
            let Some(p) = proposals.iter().find(|x| &x.id == p) else {
                return p.clone();
            };
            match on {
                VoteOn::Main => p.title.clone(),
                VoteOn::Amendment(a) => match p.amendments.iter().find(|x| &x.id == a) {
                    Some(a) => format!("{} — {}", p.title, a.title),
                    None => p.title.clone(),
                },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_ballot_keeps_no_link() {
        let mut s = SecretBallot::new();
        assert!(s.cast("m2", Choice::Yes, 1));
        assert!(s.cast("m1", Choice::No, 3));
        assert!(!s.cast("m2", Choice::No, 1), "twice");
        assert_eq!(
            s.counts(),
            VoteCounts {
                yes: 1,
                no: 3,
                ..VoteCounts::default()
            }
        );
        assert_eq!(s.voted().iter().collect::<Vec<_>>(), ["m1", "m2"]);
    }

    #[test]
    fn ballot_box_forgets_the_order() {
        let mut a = BallotBox::new(CountingMethod::Approval);
        let mut b = a.clone();
        a.cast("m1", ElectionBallot::Approval(vec![0, 2]), 1);
        a.cast("m2", ElectionBallot::Approval(vec![1]), 1);
        a.cast("m3", ElectionBallot::Approval(vec![0, 2]), 1);
        b.cast("m3", ElectionBallot::Approval(vec![1]), 1);
        b.cast("m2", ElectionBallot::Approval(vec![0, 2]), 1);
        b.cast("m1", ElectionBallot::Approval(vec![0, 2]), 1);
        assert_eq!(a, b);
        assert_eq!(a.ballots().lines(), 2);
        assert_eq!(a.ballots().count(), 3);
        assert!(!a.cast("m1", ElectionBallot::Approval(vec![1]), 1));
        assert!(
            !a.cast("m4", ElectionBallot::Ranked(vec![1]), 1),
            "wrong kind"
        );
    }
}

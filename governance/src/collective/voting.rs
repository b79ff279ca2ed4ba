//! Holding votes and recording their results in the log.
//!
//! A vote is opened on an agenda item ([`Collective::open_vote`]), filled by the
//! method's own operation (a count, a roll call, secret votes, ballots, advance
//! electronic votes), and closed by [`Collective::decide_vote`], which decides it
//! with [`crate::motion::decide`] or the election's counting method and appends a
//! [`LogEntry`] with everything needed to recount it. A challenge of the chair's
//! declaration ([`Collective::challenge`]) is logged and opens a new vote.

use super::log::{
    ChallengeBy, ChallengeEntry, ElectionEntry, EntryBody, Hash, LogEntry, MotionEntry,
    MotionOutcome, RollCallLine,
};
use super::meeting::{
    vote_title, Ballots, CandidateElection, Choice, CountingMethod, ElectionBallot, Meeting,
    Subject, Vote, VoteCounts, VoteKind, VoteOn, VoteRecord,
};
use super::{Collective, CollectiveError};
use crate::attendance::{Headcount, MemberId, Turnout};
use crate::ballot::{CandidateId, Election};
use crate::calendar::Date;
use crate::motion::{self, Decision, Side, Votes};
use crate::rules::{DecisionType, Rule, Weighting};
use crate::tally::{self, approval, score, Report, Tally, TieBreak};
use serde_json::Value;

/// The result of an election.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ElectionResult {
    /// Counted by a ranked method.
    Ranked(Tally<Report>),
    /// Counted by approval.
    Approval(Tally<approval::ApprovalReport>),
    /// Counted by score.
    Score(Tally<score::ScoreReport>),
}

impl ElectionResult {
    /// Elected, in order of election.
    pub fn elected(&self) -> &[CandidateId] {
        match self {
            ElectionResult::Ranked(t) => &t.elected,
            ElectionResult::Approval(t) => &t.elected,
            ElectionResult::Score(t) => &t.elected,
        }
    }

    /// Candidates among whom the count could not decide.
    pub fn tied(&self) -> &[CandidateId] {
        match self {
            ElectionResult::Ranked(t) => &t.tied,
            ElectionResult::Approval(t) => &t.tied,
            ElectionResult::Score(t) => &t.tied,
        }
    }

    /// The whole count in its JSON form, as the log records it.
    pub fn to_json(&self) -> Value {
        match self {
            ElectionResult::Ranked(t) => to_json(t),
            ElectionResult::Approval(t) => to_json(t),
            ElectionResult::Score(t) => to_json(t),
        }
    }
}

/// What a vote decided.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decided {
    /// A motion's decision, with its explanation.
    Motion(Decision),
    /// An election's count.
    Election(ElectionResult),
}

fn to_json<T: serde::Serialize>(value: &T) -> Value {
    // Explanations are plain data with string keys: serializing cannot fail.
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// Decides a logged motion again from its recorded inputs.
pub(crate) fn recount_motion(entry: &MotionEntry) -> Decision {
    motion::decide(&entry.rule, &entry.votes, &entry.turnout)
}

/// The JSON form of a motion's explanation, as the log records it.
pub(crate) fn explanation_json(decision: &Decision) -> Value {
    to_json(&decision.explanation)
}

/// Counts an election from its parts. `None` when the ballots are not of the
/// method's kind.
pub(crate) fn count_election(
    title: &str,
    method: CountingMethod,
    seats: u64,
    candidates: &[String],
    withdrawn: &[CandidateId],
    tie_seed: Option<u64>,
    ballots: &Ballots,
) -> Option<ElectionResult> {
    let seats = usize::try_from(seats).unwrap_or(usize::MAX);
    let tie = TieBreak { seed: tie_seed };
    Some(match (method, ballots) {
        (CountingMethod::Ranked(m), Ballots::Ranked(b)) => {
            let e = Election {
                title: title.to_string(),
                candidates: candidates.to_vec(),
                seats,
                withdrawn: withdrawn.to_vec(),
                ballots: b.clone(),
            };
            ElectionResult::Ranked(tally::count(m, &e, tie))
        }
        (CountingMethod::Approval, Ballots::Approval(b)) => {
            let e = approval::ApprovalElection {
                title: title.to_string(),
                candidates: candidates.to_vec(),
                seats,
                withdrawn: withdrawn.to_vec(),
                ballots: b.clone(),
            };
            ElectionResult::Approval(approval::count(&e, tie))
        }
        (CountingMethod::Score { max_score }, Ballots::Score(b)) => {
            let e = score::ScoreElection {
                title: title.to_string(),
                candidates: candidates.to_vec(),
                seats,
                max_score,
                withdrawn: withdrawn.to_vec(),
                ballots: b.clone(),
            };
            ElectionResult::Score(score::count(&e, tie))
        }
        _ => return None,
    })
}

/// Counts a logged election again from its recorded inputs.
pub(crate) fn recount_election(title: &str, e: &ElectionEntry) -> Option<ElectionResult> {
    count_election(
        title,
        e.method,
        e.seats,
        &e.candidates,
        &e.withdrawn,
        e.tie_seed,
        &e.ballots,
    )
}

/// `date` minus `days`, or the first day of the calendar if that is earlier.
pub(crate) fn date_minus(date: Date, days: i64) -> Date {
    date.add_days(-days)
        .or_else(|| Date::new(1, 1, 1))
        .unwrap_or(date)
}

fn votes_of(weighting: Weighting, member: &super::Member) -> u64 {
    match weighting {
        Weighting::OneMemberOneVote => 1,
        Weighting::PerMember => member.votes(),
    }
}

impl Collective {
    fn item_index(&self, meeting: &str, item: &str) -> Result<(usize, usize), CollectiveError> {
        let mi = self.meeting_index(meeting)?;
        let ii = self.meetings[mi]
            .agenda
            .iter()
            .position(|i| i.id == item)
            .ok_or_else(|| CollectiveError::UnknownItem(item.to_string()))?;
        Ok((mi, ii))
    }

    /// The decision type of a vote: the proposal's for the main motion, a regular
    /// decision for an amendment, the election's for an election.
    fn decision_type_of(&self, subject: &Subject, on: &VoteOn) -> DecisionType {
        match (subject, on) {
            (Subject::Election(e), _) => e.decision_type,
            (_, VoteOn::Amendment(_)) => DecisionType::Regular,
            (Subject::Proposal(p), VoteOn::Main) => self
                .proposal(p)
                .map_or(DecisionType::Regular, |p| p.decision_type),
        }
    }

    fn weighting_for(&self, decision_type: DecisionType) -> Weighting {
        self.rules
            .rule(decision_type)
            .map_or(Weighting::OneMemberOneVote, |r| r.weighting)
    }

    /// The open vote `vote` of an item, for a change; with the weighting of its rule.
    fn open_vote_mut(
        &mut self,
        meeting: &str,
        item: &str,
        vote: usize,
    ) -> Result<(usize, usize, Weighting), CollectiveError> {
        let (mi, ii) = self.item_index(meeting, item)?;
        let it = &self.meetings[mi].agenda[ii];
        let v = it
            .votes
            .get(vote)
            .ok_or(CollectiveError::UnknownVote(vote))?;
        if v.logged.is_some() {
            return Err(CollectiveError::VoteClosed);
        }
        let weighting = self.weighting_for(self.decision_type_of(&it.subject, &v.on));
        Ok((mi, ii, weighting))
    }

    /// The member, if they may vote in person or by proxy at the meeting on this
    /// vote now, and their votes.
    fn entitled(
        &self,
        m: &Meeting,
        v: &Vote,
        member: &str,
        weighting: Weighting,
    ) -> Result<u64, CollectiveError> {
        let votes = self.present_voter(m, member, weighting)?;
        if v.has_voted(member) {
            return Err(CollectiveError::AlreadyVoted(member.to_string()));
        }
        Ok(votes)
    }

    /// The member's votes, if they may vote at the meeting now (in person or by
    /// proxy), whether or not their vote is in already.
    fn present_voter(
        &self,
        m: &Meeting,
        member: &str,
        weighting: Weighting,
    ) -> Result<u64, CollectiveError> {
        let who = self
            .member(member)
            .ok_or_else(|| CollectiveError::UnknownMember(member.to_string()))?;
        if who.suspended || !m.can_vote_at_meeting(member) {
            return Err(CollectiveError::NotEntitled(member.to_string()));
        }
        Ok(votes_of(weighting, who))
    }

    /// Opens a new vote on an item: on the proposal or one of its amendments (open,
    /// roll call or secret), or on the election (ballots). Returns its number.
    pub fn open_vote(
        &mut self,
        meeting: &str,
        item: &str,
        on: VoteOn,
        kind: VoteKind,
    ) -> Result<usize, CollectiveError> {
        let (mi, ii) = self.item_index(meeting, item)?;
        let method = match &self.meetings[mi].agenda[ii].subject {
            Subject::Election(e) => Some(e.method),
            Subject::Proposal(_) => None,
        };
        let mut candidate = self.meetings[mi].agenda[ii].clone();
        candidate.votes.push(Vote::new(on, kind, method));
        let mut meeting_after = self.meetings[mi].clone();
        meeting_after.agenda[ii] = candidate;
        self.check_meeting(&meeting_after).map_err(|l| l.error)?;
        self.meetings[mi] = meeting_after;
        Ok(self.meetings[mi].agenda[ii].votes.len() - 1)
    }

    /// Sets the counts of an open (hand-counted) vote.
    pub fn record_open_count(
        &mut self,
        meeting: &str,
        item: &str,
        vote: usize,
        counts: VoteCounts,
    ) -> Result<(), CollectiveError> {
        let (mi, ii, _) = self.open_vote_mut(meeting, item, vote)?;
        match &mut self.meetings[mi].agenda[ii].votes[vote].record {
            VoteRecord::Open(c) => {
                *c = counts;
                Ok(())
            }
            other => Err(CollectiveError::WrongVoteKind(other.kind())),
        }
    }

    /// Records (or with `None` withdraws, before the close) a member's choice in a
    /// roll call. A proxy holder records the giver's vote under the giver's id.
    pub fn record_roll_call(
        &mut self,
        meeting: &str,
        item: &str,
        vote: usize,
        member: &str,
        choice: Option<Choice>,
    ) -> Result<(), CollectiveError> {
        let (mi, ii, weighting) = self.open_vote_mut(meeting, item, vote)?;
        let m = &self.meetings[mi];
        let v = &m.agenda[ii].votes[vote];
        if !matches!(v.record, VoteRecord::RollCall(_)) {
            return Err(CollectiveError::WrongVoteKind(v.record.kind()));
        }
        if choice.is_some() && !v.advance.contains_key(member) {
            // A choice already recorded may be corrected until the vote closes.
            self.present_voter(m, member, weighting)?;
        }
        let v = &mut self.meetings[mi].agenda[ii].votes[vote];
        if v.advance.contains_key(member) {
            return Err(CollectiveError::AlreadyVoted(member.to_string()));
        }
        if let VoteRecord::RollCall(r) = &mut v.record {
            match choice {
                Some(c) => r.insert(member.to_string(), c),
                None => r.remove(member),
            };
        }
        Ok(())
    }

    /// Casts a member's secret vote (on a shared device): only the tally and the
    /// fact that the member voted are kept. A proxy holder casts the giver's vote
    /// under the giver's id.
    pub fn cast_secret(
        &mut self,
        meeting: &str,
        item: &str,
        vote: usize,
        member: &str,
        choice: Choice,
    ) -> Result<(), CollectiveError> {
        let (mi, ii, weighting) = self.open_vote_mut(meeting, item, vote)?;
        let m = &self.meetings[mi];
        let v = &m.agenda[ii].votes[vote];
        if !matches!(v.record, VoteRecord::Secret(_)) {
            return Err(CollectiveError::WrongVoteKind(v.record.kind()));
        }
        let votes = self.entitled(m, v, member, weighting)?;
        match &mut self.meetings[mi].agenda[ii].votes[vote].record {
            VoteRecord::Secret(s) => s
                .cast(member, choice, votes)
                .then_some(())
                .ok_or(CollectiveError::CountTooLarge),
            other => Err(CollectiveError::WrongVoteKind(other.kind())),
        }
    }

    /// Casts a member's ballot in an election; the ballot is kept without the voter.
    pub fn cast_ballot(
        &mut self,
        meeting: &str,
        item: &str,
        vote: usize,
        member: &str,
        ballot: ElectionBallot,
    ) -> Result<(), CollectiveError> {
        let (mi, ii, weighting) = self.open_vote_mut(meeting, item, vote)?;
        let m = &self.meetings[mi];
        let it = &m.agenda[ii];
        let v = &it.votes[vote];
        let Subject::Election(e) = &it.subject else {
            return Err(CollectiveError::WrongVoteKind(v.record.kind()));
        };
        check_one_ballot(&ballot, e)?;
        let votes = self.entitled(m, v, member, weighting)?;
        match &mut self.meetings[mi].agenda[ii].votes[vote].record {
            VoteRecord::Ballots(b) => b
                .cast(member, ballot, votes)
                .then_some(())
                .ok_or(CollectiveError::BadBallot),
            other => Err(CollectiveError::WrongVoteKind(other.kind())),
        }
    }

    /// Records a vote cast electronically before the meeting, on `day` (BW 2:38
    /// lid 8): only when the rules allow it, not earlier than the rules' number of
    /// days (at most 30) before the meeting day, not after it. The member counts as
    /// present for this vote. For a roll call the choice is recorded openly; for a
    /// secret vote only in the tally; for an open count it is added to the counts.
    pub fn cast_advance(
        &mut self,
        meeting: &str,
        item: &str,
        vote: usize,
        member: &str,
        day: Date,
        choice: AdvanceChoice,
    ) -> Result<(), CollectiveError> {
        let Some(window) = self.rules.advance_evoting else {
            return Err(CollectiveError::AdvanceVotingNotAllowed);
        };
        let (mi, ii, weighting) = self.open_vote_mut(meeting, item, vote)?;
        let m = &self.meetings[mi];
        let days = i64::from(window.days_before).min(super::check::ADVANCE_LIMIT_DAYS);
        let earliest = date_minus(m.date, days);
        if day < earliest || day > m.date {
            return Err(CollectiveError::AdvanceVoteOutsideWindow {
                earliest,
                latest: m.date,
            });
        }
        let who = self
            .member(member)
            .ok_or_else(|| CollectiveError::UnknownMember(member.to_string()))?;
        if who.suspended {
            return Err(CollectiveError::NotEntitled(member.to_string()));
        }
        let votes = votes_of(weighting, who);
        let it = &m.agenda[ii];
        let v = &it.votes[vote];
        if v.has_voted(member) {
            return Err(CollectiveError::AlreadyVoted(member.to_string()));
        }
        if let (AdvanceChoice::Ballot(b), Subject::Election(e)) = (&choice, &it.subject) {
            check_one_ballot(b, e)?;
        }
        let v = &mut self.meetings[mi].agenda[ii].votes[vote];
        let kind = v.record.kind();
        let done = match (&mut v.record, choice) {
            (VoteRecord::Open(c), AdvanceChoice::Motion(choice)) => c.add(choice, votes).is_some(),
            (VoteRecord::RollCall(r), AdvanceChoice::Motion(choice)) => {
                r.insert(member.to_string(), choice);
                true
            }
            (VoteRecord::Secret(s), AdvanceChoice::Motion(choice)) => s.cast(member, choice, votes),
            (VoteRecord::Ballots(b), AdvanceChoice::Ballot(ballot)) => {
                b.cast(member, ballot, votes)
            }
            _ => return Err(CollectiveError::WrongVoteKind(kind)),
        };
        if !done {
            return Err(CollectiveError::CountTooLarge);
        }
        v.advance.insert(member.to_string(), day);
        Ok(())
    }

    /// Sets the chair's casting vote for a tie (used only when the rule has one).
    pub fn set_casting_vote(
        &mut self,
        meeting: &str,
        item: &str,
        vote: usize,
        side: Option<Side>,
    ) -> Result<(), CollectiveError> {
        let (mi, ii, _) = self.open_vote_mut(meeting, item, vote)?;
        self.meetings[mi].agenda[ii].votes[vote].casting_vote = side;
        Ok(())
    }

    /// Who could vote on this vote: the attendance, plus members whose advance vote
    /// counts (as present, when they are neither present nor represented).
    fn turnout(&self, m: &Meeting, v: &Vote, weighting: Weighting) -> Turnout {
        let voters: Vec<_> = self.members.iter().map(super::Member::voter).collect();
        let mut t = m.attendance.voting_power(&voters, weighting);
        let mut extra = Headcount::default();
        for id in v.advance.keys() {
            if let Some(who) = self.member(id).filter(|w| !w.suspended) {
                if !m.can_vote_at_meeting(id) {
                    extra.members = extra.members.saturating_add(1);
                    extra.votes = extra.votes.saturating_add(votes_of(weighting, who));
                }
            }
        }
        t.present = t.present.map(|p| {
            p.checked_add(extra).unwrap_or(Headcount {
                members: u64::MAX,
                votes: u64::MAX,
            })
        });
        t.voted_members = match &v.record {
            VoteRecord::RollCall(r) => Some(r.len() as u64),
            VoteRecord::Secret(s) => Some(s.voted().len() as u64),
            VoteRecord::Open(_) | VoteRecord::Ballots(_) => None,
        };
        t.second_meeting = m.second_meeting;
        t
    }

    /// Decides vote `vote` of an item without logging it (for a live display).
    pub fn preview_vote(
        &self,
        meeting: &str,
        item: &str,
        vote: usize,
    ) -> Result<Decided, CollectiveError> {
        self.evaluate(meeting, item, vote)
            .map(|(_, decided)| decided)
    }

    fn evaluate(
        &self,
        meeting: &str,
        item: &str,
        vote: usize,
    ) -> Result<(EntryBody, Decided), CollectiveError> {
        let (mi, ii) = self.item_index(meeting, item)?;
        let m = &self.meetings[mi];
        let it = &m.agenda[ii];
        let v = it
            .votes
            .get(vote)
            .ok_or(CollectiveError::UnknownVote(vote))?;
        let decision_type = self.decision_type_of(&it.subject, &v.on);
        let revote_of = match v.revote_of {
            Some(k) => Some(
                it.votes
                    .get(k)
                    .and_then(|x| x.logged)
                    .ok_or(CollectiveError::BadRevote)?,
            ),
            None => None,
        };
        if let Subject::Election(e) = &it.subject {
            let VoteRecord::Ballots(b) = &v.record else {
                return Err(CollectiveError::WrongVoteKind(v.record.kind()));
            };
            let result = count_election(
                &e.title,
                e.method,
                e.seats,
                &e.candidates,
                &e.withdrawn,
                e.tie_seed,
                b.ballots(),
            )
            .ok_or(CollectiveError::BadBallot)?;
            let body = EntryBody::Election(ElectionEntry {
                decision_type,
                method: e.method,
                seats: e.seats,
                candidates: e.candidates.clone(),
                withdrawn: e.withdrawn.clone(),
                tie_seed: e.tie_seed,
                ballots: b.ballots().clone(),
                elected: result.elected().to_vec(),
                tied: result.tied().to_vec(),
                explanation: result.to_json(),
                declared_by_chair: false,
                revote_of,
            });
            return Ok((body, Decided::Election(result)));
        }
        let rule: Rule = *self
            .rules
            .rule(decision_type)
            .ok_or(CollectiveError::NoRule(decision_type))?;
        let (counts, roll_call) = match &v.record {
            VoteRecord::Open(c) => (*c, Vec::new()),
            VoteRecord::Secret(s) => (s.counts(), Vec::new()),
            VoteRecord::RollCall(r) => {
                let mut counts = VoteCounts::default();
                let mut lines = Vec::with_capacity(r.len());
                for (id, &choice) in r {
                    let who = self
                        .member(id)
                        .ok_or_else(|| CollectiveError::UnknownMember(id.clone()))?;
                    let votes = votes_of(rule.weighting, who);
                    counts
                        .add(choice, votes)
                        .ok_or(CollectiveError::CountTooLarge)?;
                    lines.push(RollCallLine {
                        member: id.clone(),
                        choice,
                        votes,
                    });
                }
                (counts, lines)
            }
            VoteRecord::Ballots(_) => {
                return Err(CollectiveError::WrongVoteKind(VoteKind::Ballots))
            }
        };
        let votes: Votes = counts.to_votes(v.casting_vote);
        let turnout = self.turnout(m, v, rule.weighting);
        let decision = motion::decide(&rule, &votes, &turnout);
        let body = EntryBody::Motion(MotionEntry {
            decision_type,
            on: v.on.clone(),
            kind: v.record.kind(),
            rule,
            votes,
            turnout,
            roll_call,
            outcome: MotionOutcome::of(decision.outcome),
            explanation: explanation_json(&decision),
            declared_by_chair: false,
            revote_of,
        });
        Ok((body, Decided::Motion(decision)))
    }

    /// Closes vote `vote` of an item: decides it and appends the result to the log,
    /// with `declared_by_chair` when the chair declared it at the meeting (BW 2:13
    /// lid 3). Returns what was decided; the vote's `logged` now holds the entry.
    pub fn decide_vote(
        &mut self,
        meeting: &str,
        item: &str,
        vote: usize,
        declared_by_chair: bool,
    ) -> Result<Decided, CollectiveError> {
        let (mi, ii, _) = self.open_vote_mut(meeting, item, vote)?;
        let (mut body, decided) = self.evaluate(meeting, item, vote)?;
        match &mut body {
            EntryBody::Motion(x) => x.declared_by_chair = declared_by_chair,
            EntryBody::Election(x) => x.declared_by_chair = declared_by_chair,
            EntryBody::Challenge(_) => {}
        }
        let seq = self.append_entry(mi, ii, vote, body);
        self.meetings[mi].agenda[ii].votes[vote].logged = Some(seq);
        Ok(decided)
    }

    fn append_entry(&mut self, mi: usize, ii: usize, vote: usize, body: EntryBody) -> u64 {
        let m = &self.meetings[mi];
        let it = &m.agenda[ii];
        let entry = LogEntry {
            seq: 0,
            meeting: m.id.clone(),
            item: it.id.clone(),
            vote: vote as u64,
            date: m.date,
            title: vote_title(it, &it.votes[vote], &self.proposals),
            body,
            prev_hash: Hash::GENESIS,
            hash: Hash::GENESIS,
        };
        self.log.append(entry).seq
    }

    /// The correctness of the chair's declaration of vote `vote` is disputed
    /// immediately (BW 2:13 lid 4): the challenge is logged and a new vote of the
    /// same kind is opened on the same question; its result will replace the first.
    /// Allowed only for a declared result that is the latest log entry, and — when
    /// demanded by one voter — only if the vote was neither by roll call nor in
    /// writing (a secret vote or ballots count as written). Returns the new vote's
    /// number.
    pub fn challenge(
        &mut self,
        meeting: &str,
        item: &str,
        vote: usize,
        by: ChallengeBy,
    ) -> Result<usize, CollectiveError> {
        let (mi, ii) = self.item_index(meeting, item)?;
        let it = &self.meetings[mi].agenda[ii];
        let v = it
            .votes
            .get(vote)
            .ok_or(CollectiveError::UnknownVote(vote))?;
        let seq = v.logged.ok_or(CollectiveError::ChallengeNotAllowed)?;
        let latest = self
            .log
            .entries()
            .last()
            .is_some_and(|e| e.seq == seq && e.declared_by_chair());
        let kind = v.record.kind();
        let allowed = latest
            && match &by {
                ChallengeBy::Majority => true,
                ChallengeBy::Voter(id) => {
                    !kind.is_roll_call_or_written() && self.meetings[mi].can_vote_at_meeting(id)
                }
            };
        if !allowed {
            return Err(CollectiveError::ChallengeNotAllowed);
        }
        let method = match &it.subject {
            Subject::Election(e) => Some(e.method),
            Subject::Proposal(_) => None,
        };
        let mut revote = Vote::new(v.on.clone(), kind, method);
        revote.revote_of = Some(vote);
        self.append_entry(
            mi,
            ii,
            vote,
            EntryBody::Challenge(ChallengeEntry { entry: seq, by }),
        );
        let votes = &mut self.meetings[mi].agenda[ii].votes;
        votes.push(revote);
        Ok(votes.len() - 1)
    }

    /// The ranked ballots of an election vote as a BLT file.
    pub fn export_blt(
        &self,
        meeting: &str,
        item: &str,
        vote: usize,
    ) -> Result<String, CollectiveError> {
        let (mi, ii) = self.item_index(meeting, item)?;
        let it = &self.meetings[mi].agenda[ii];
        let v = it
            .votes
            .get(vote)
            .ok_or(CollectiveError::UnknownVote(vote))?;
        match (&it.subject, &v.record) {
            (Subject::Election(e), VoteRecord::Ballots(b)) => match b.ballots() {
                Ballots::Ranked(lines) => Ok(crate::blt::write(&Election {
                    title: e.title.clone(),
                    candidates: e.candidates.clone(),
                    seats: usize::try_from(e.seats).unwrap_or(usize::MAX),
                    withdrawn: e.withdrawn.clone(),
                    ballots: lines.clone(),
                })),
                _ => Err(CollectiveError::WrongVoteKind(VoteKind::Ballots)),
            },
            _ => Err(CollectiveError::WrongVoteKind(v.record.kind())),
        }
    }

    /// Adds the ballots of a BLT file (e.g. counted paper ballots) to an open
    /// ranked election vote, without voters. The file's candidates (names, in
    /// order) and seats must be the election's. Returns the number of ballots added.
    pub fn import_blt(
        &mut self,
        meeting: &str,
        item: &str,
        vote: usize,
        blt: &[u8],
    ) -> Result<u64, CollectiveError> {
        let (mi, ii, _) = self.open_vote_mut(meeting, item, vote)?;
        let parsed = crate::blt::parse(blt).map_err(CollectiveError::Blt)?;
        let it = &self.meetings[mi].agenda[ii];
        let Subject::Election(e) = &it.subject else {
            return Err(CollectiveError::WrongVoteKind(it.votes[vote].record.kind()));
        };
        if parsed.candidates != e.candidates || u64::try_from(parsed.seats).ok() != Some(e.seats) {
            return Err(CollectiveError::BltMismatch);
        }
        let added = Ballots::Ranked(parsed.ballots);
        super::check::ballots(&added, e).map_err(|_| CollectiveError::BadBallot)?;
        let count = added.count();
        match &mut self.meetings[mi].agenda[ii].votes[vote].record {
            VoteRecord::Ballots(b) => b
                .add_anonymous(added)
                .then_some(count)
                .ok_or(CollectiveError::BadBallot),
            other => Err(CollectiveError::WrongVoteKind(other.kind())),
        }
    }
}

/// A vote cast before the meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AdvanceChoice {
    /// On a motion.
    Motion(Choice),
    /// In an election.
    Ballot(ElectionBallot),
}

fn check_one_ballot(ballot: &ElectionBallot, e: &CandidateElection) -> Result<(), CollectiveError> {
    use crate::ballot::RankedBallot;
    let as_lines = match ballot.clone() {
        ElectionBallot::Ranked(r) => Ballots::Ranked(vec![RankedBallot::new(1, r)]),
        ElectionBallot::Approval(approved) => Ballots::Approval(vec![approval::ApprovalBallot {
            weight: 1,
            approved,
        }]),
        ElectionBallot::Score(scores) => {
            Ballots::Score(vec![score::ScoreBallot { weight: 1, scores }])
        }
    };
    super::check::ballots(&as_lines, e).map_err(|_| CollectiveError::BadBallot)
}

/// Who voted, for the members of a closed secret vote (no choices): a helper for
/// the minutes.
pub fn voters(vote: &Vote) -> Vec<MemberId> {
    let mut ids: Vec<MemberId> = match &vote.record {
        VoteRecord::Open(_) => Vec::new(),
        VoteRecord::RollCall(r) => r.keys().cloned().collect(),
        VoteRecord::Secret(s) => s.voted().iter().cloned().collect(),
        VoteRecord::Ballots(b) => b.voted().iter().cloned().collect(),
    };
    ids.extend(
        vote.advance
            .keys()
            .filter(|k| !ids.contains(k))
            .cloned()
            .collect::<Vec<_>>(),
    );
    ids.sort();
    ids
}

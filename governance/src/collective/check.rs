//! The invariants of a collective, checked where data comes in: by the update
//! functions, and for a whole collective read from a file ([`from_parts`]).

use super::meeting::{
    AgendaItem, Ballots, CandidateElection, CountingMethod, Meeting, Proposal, Subject, Vote,
    VoteOn, VoteRecord,
};
use super::member::{check_name, MemberProblem};
use super::{check_id, check_title, regime, Collective, CollectiveError, Located, Parts};
use crate::rules::Regime;
use std::collections::HashSet;

/// The hard limit of BW 2:38 lid 8: advance votes not earlier than the 30th day
/// before the meeting.
pub(crate) const ADVANCE_LIMIT_DAYS: i64 = crate::calendar::ADVANCE_EVOTE_MAX_DAYS as i64;

fn at(path: impl Into<String>, error: CollectiveError) -> Located {
    Located {
        path: path.into(),
        error,
    }
}

/// A proposal's own data: id, title, amendments with unique ids.
pub(super) fn proposal(p: &Proposal) -> Result<(), CollectiveError> {
    proposal_at(p).map_err(|l| l.error)
}

fn proposal_at(p: &Proposal) -> Result<(), Located> {
    check_id(&p.id).map_err(|e| at("id", e))?;
    check_title(&p.title).map_err(|e| at("title", e))?;
    let mut seen = HashSet::new();
    for (i, a) in p.amendments.iter().enumerate() {
        check_id(&a.id).map_err(|e| at(format!("amendments[{i}].id"), e))?;
        check_title(&a.title).map_err(|e| at(format!("amendments[{i}].title"), e))?;
        if !seen.insert(a.id.as_str()) {
            return Err(at(
                format!("amendments[{i}].id"),
                CollectiveError::DuplicateAmendment(a.id.clone()),
            ));
        }
    }
    Ok(())
}

/// An election's own data.
pub(crate) fn election(e: &CandidateElection) -> Result<(), Located> {
    check_title(&e.title).map_err(|err| at("title", err))?;
    let bad = |path: &str| Err(at(path, CollectiveError::BadElection));
    // At most one seat per candidate: a count never has to fill more.
    if e.seats == 0 || e.seats > e.candidates.len() as u64 {
        return bad("seats");
    }
    if e.candidates.is_empty() {
        return bad("candidates");
    }
    for (i, c) in e.candidates.iter().enumerate() {
        if check_name(c).is_err() {
            return bad(&format!("candidates[{i}]"));
        }
    }
    let ascending = e.withdrawn.windows(2).all(|w| w[0] < w[1]);
    if !ascending || e.withdrawn.iter().any(|&c| c >= e.candidates.len()) {
        return bad("withdrawn");
    }
    if matches!(e.method, CountingMethod::Score { max_score: 0 }) {
        return bad("method");
    }
    Ok(())
}

/// True when every candidate id is in range and none repeats.
fn distinct_in_range(ids: impl Iterator<Item = usize>, n: usize) -> bool {
    let mut seen = vec![false; n];
    for c in ids {
        match seen.get_mut(c) {
            Some(s) if !*s => *s = true,
            _ => return false,
        }
    }
    true
}

/// Ballots that fit `e`: the kind of its method, known and distinct candidates,
/// scores within the maximum, weights of at least 1. The path of the first bad line.
pub(crate) fn ballots(b: &Ballots, e: &CandidateElection) -> Result<(), String> {
    let n = e.candidates.len();
    let first_bad = match (b, e.method) {
        (Ballots::Ranked(lines), CountingMethod::Ranked(_)) => lines
            .iter()
            .position(|l| l.weight == 0 || !distinct_in_range(l.ranking.iter().copied(), n))
            .map(|i| format!("ranked[{i}]")),
        (Ballots::Approval(lines), CountingMethod::Approval) => lines
            .iter()
            .position(|l| l.weight == 0 || !distinct_in_range(l.approved.iter().copied(), n))
            .map(|i| format!("approval[{i}]")),
        (Ballots::Score(lines), CountingMethod::Score { max_score }) => lines
            .iter()
            .position(|l| {
                l.weight == 0
                    || l.scores.iter().any(|&(_, s)| s > max_score)
                    || !distinct_in_range(l.scores.iter().map(|&(c, _)| c), n)
            })
            .map(|i| format!("score[{i}]")),
        _ => Some(String::new()),
    };
    match first_bad {
        Some(path) => Err(path),
        None if b.total_weight().is_none() => Err(String::new()),
        None => Ok(()),
    }
}

/// True when the meeting mentions member `id` anywhere.
pub(super) fn meeting_mentions(m: &Meeting, id: &str) -> bool {
    m.attendance.is_present(id)
        || m.attendance
            .proxies()
            .any(|p| p.giver == id || p.holder == id)
        || m.agenda
            .iter()
            .flat_map(|i| &i.votes)
            .any(|v| v.has_voted(id))
}

/// True when a vote of the meeting was logged.
pub(super) fn has_logged(m: &Meeting) -> bool {
    m.agenda
        .iter()
        .flat_map(|i| &i.votes)
        .any(|v| v.logged.is_some())
}

impl Collective {
    /// Checks a meeting against the collective (not its uniqueness of id).
    pub(crate) fn check_meeting(&self, m: &Meeting) -> Result<(), Located> {
        self.check_meeting_with(m)
    }

    fn check_meeting_with(&self, m: &Meeting) -> Result<(), Located> {
        check_id(&m.id).map_err(|e| at("id", e))?;
        check_title(&m.title).map_err(|e| at("title", e))?;
        let known = |id: &str, path: String| {
            if self.has_member(id) {
                Ok(())
            } else {
                Err(at(path, CollectiveError::UnknownMember(id.to_string())))
            }
        };
        for (i, id) in m.attendance.present().enumerate() {
            known(id, format!("attendance.present[{i}]"))?;
        }
        for (i, p) in m.attendance.proxies().enumerate() {
            known(&p.giver, format!("attendance.proxies[{i}].giver"))?;
            known(&p.holder, format!("attendance.proxies[{i}].holder"))?;
        }
        let mut item_ids = HashSet::new();
        for (i, item) in m.agenda.iter().enumerate() {
            let base = format!("agenda[{i}]");
            check_id(&item.id).map_err(|e| at(format!("{base}.id"), e))?;
            if !item_ids.insert(item.id.as_str()) {
                return Err(at(
                    format!("{base}.id"),
                    CollectiveError::DuplicateItem(item.id.clone()),
                ));
            }
            self.check_item(m, item)
                .map_err(|l| at(format!("{base}.{}", l.path), l.error))?;
        }
        Ok(())
    }

    fn check_item(&self, m: &Meeting, item: &AgendaItem) -> Result<(), Located> {
        let proposal = match &item.subject {
            Subject::Proposal(p) => Some(self.proposal(p).ok_or_else(|| {
                at(
                    "subject.proposal",
                    CollectiveError::UnknownProposal(p.clone()),
                )
            })?),
            Subject::Election(e) => {
                election(e).map_err(|l| at(format!("subject.election.{}", l.path), l.error))?;
                None
            }
        };
        let mut main_logged = false;
        for (j, vote) in item.votes.iter().enumerate() {
            let base = format!("votes[{j}]");
            self.check_vote(m, item, j, vote, proposal, main_logged)
                .map_err(|l| at(format!("{base}.{}", l.path), l.error))?;
            main_logged |= vote.on == VoteOn::Main && vote.logged.is_some();
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn check_vote(
        &self,
        m: &Meeting,
        item: &AgendaItem,
        index: usize,
        vote: &Vote,
        proposal: Option<&Proposal>,
        main_logged: bool,
    ) -> Result<(), Located> {
        if let VoteOn::Amendment(a) = &vote.on {
            let exists = proposal.is_some_and(|p| p.amendments.iter().any(|x| &x.id == a));
            if !exists {
                return Err(at(
                    "amendment",
                    CollectiveError::UnknownAmendment(a.clone()),
                ));
            }
            if main_logged {
                return Err(at("amendment", CollectiveError::AmendmentAfterMain));
            }
        }
        let kind = vote.record.kind();
        let known = |id: &str, path: String| {
            if self.has_member(id) {
                Ok(())
            } else {
                Err(at(path, CollectiveError::UnknownMember(id.to_string())))
            }
        };
        match (&item.subject, &vote.record) {
            (Subject::Election(e), VoteRecord::Ballots(b)) => {
                ballots(b.ballots(), e).map_err(|p| {
                    let path = format!("record.ballots.lines.{p}");
                    at(path.trim_end_matches('.'), CollectiveError::BadBallot)
                })?;
                for (k, id) in b.voted().iter().enumerate() {
                    known(id, format!("record.ballots.voted[{k}]"))?;
                }
            }
            (Subject::Proposal(_), VoteRecord::Open(_)) => {}
            (Subject::Proposal(_), VoteRecord::RollCall(r)) => {
                for id in r.keys() {
                    known(id, format!("record.roll_call.{id}"))?;
                }
            }
            (Subject::Proposal(_), VoteRecord::Secret(s)) => {
                for (k, id) in s.voted().iter().enumerate() {
                    known(id, format!("record.secret.voted[{k}]"))?;
                }
            }
            _ => return Err(at("record", CollectiveError::WrongVoteKind(kind))),
        }
        if matches!(item.subject, Subject::Election(_)) && vote.on != VoteOn::Main {
            return Err(at("amendment", CollectiveError::WrongVoteKind(kind)));
        }
        let earliest = super::voting::date_minus(m.date, ADVANCE_LIMIT_DAYS);
        for (id, day) in &vote.advance {
            known(id, format!("advance.{id}"))?;
            if *day < earliest || *day > m.date {
                return Err(at(
                    format!("advance.{id}"),
                    CollectiveError::AdvanceVoteOutsideWindow {
                        earliest,
                        latest: m.date,
                    },
                ));
            }
        }
        if let Some(k) = vote.revote_of {
            let ok = k < index && item.votes[k].logged.is_some() && item.votes[k].on == vote.on;
            if !ok {
                return Err(at("revote_of", CollectiveError::BadRevote));
            }
        }
        if let Some(seq) = vote.logged {
            let ok = self.log.get(seq).is_some_and(|e| {
                e.is_decision() && e.meeting == m.id && e.item == item.id && e.vote == index as u64
            });
            if !ok {
                return Err(at("logged", CollectiveError::BadLogReference(seq)));
            }
        }
        Ok(())
    }
}

fn member_field(m: &super::Member, problem: MemberProblem) -> &'static str {
    match problem {
        MemberProblem::BadId => "id",
        MemberProblem::EmptyName => "name",
        MemberProblem::BadEmail => "email",
        MemberProblem::ZeroWeight => "weight",
        MemberProblem::ControlCharacter | MemberProblem::TooLong => {
            if check_name(&m.name).is_err() {
                "name"
            } else {
                "email"
            }
        }
    }
}

/// Builds a collective from parts read from a file: every invariant except the
/// hash chain; the first problem with its path.
pub(super) fn from_parts(p: Parts) -> Result<Collective, Located> {
    check_title(&p.name).map_err(|_| at("name", CollectiveError::EmptyName))?;
    let regime: Regime = regime(p.legal_form).map_err(|e| at("legal_form", e))?;
    {
        let mut seen = HashSet::with_capacity(p.members.len());
        for (i, m) in p.members.iter().enumerate() {
            m.check().map_err(|problem| {
                at(
                    format!("members[{i}].{}", member_field(m, problem)),
                    CollectiveError::BadMember {
                        id: m.id.clone(),
                        problem,
                    },
                )
            })?;
            if !seen.insert(m.id.as_str()) {
                return Err(at(
                    format!("members[{i}].id"),
                    CollectiveError::DuplicateMember(m.id.clone()),
                ));
            }
        }
    }
    let mut seen = HashSet::new();
    for (i, prop) in p.proposals.iter().enumerate() {
        proposal_at(prop).map_err(|l| at(format!("proposals[{i}].{}", l.path), l.error))?;
        if !seen.insert(prop.id.as_str()) {
            return Err(at(
                format!("proposals[{i}].id"),
                CollectiveError::DuplicateProposal(prop.id.clone()),
            ));
        }
    }
    let collective = Collective {
        name: p.name,
        legal_form: p.legal_form,
        regime,
        member_index: super::index_of(&p.members),
        members: p.members,
        rules: p.rules,
        proposals: p.proposals,
        meetings: p.meetings,
        log: p.log,
    };
    collective
        .check_rules(&collective.rules, regime)
        .map_err(|e| at("rules", e))?;
    let mut seen = HashSet::new();
    for (i, m) in collective.meetings.iter().enumerate() {
        if !seen.insert(m.id.as_str()) {
            return Err(at(
                format!("meetings[{i}].id"),
                CollectiveError::DuplicateMeeting(m.id.clone()),
            ));
        }
        collective
            .check_meeting_with(m)
            .map_err(|l| at(format!("meetings[{i}].{}", l.path), l.error))?;
    }
    for (k, e) in collective.log.entries().iter().enumerate() {
        if !e.is_decision() {
            continue;
        }
        let recorded = collective
            .meeting(&e.meeting)
            .and_then(|m| m.item(&e.item))
            .and_then(|i| usize::try_from(e.vote).ok().and_then(|v| i.votes.get(v)))
            .is_some_and(|v| v.logged == Some(e.seq));
        if !recorded {
            return Err(at(
                format!("log[{k}]"),
                CollectiveError::BadLogReference(e.seq),
            ));
        }
    }
    Ok(collective)
}

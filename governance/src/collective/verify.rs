//! Checking a collective's decision log: the hash chain, and every recorded
//! result recounted from its recorded inputs — motions with
//! [`crate::motion::decide`] under the recorded rule, elections with the recorded
//! counting method. What `samen verify` reports.

use super::log::{ChainProblem, EntryBody, Hash, LogEntry, MotionEntry};
use super::meeting::VoteCounts;
use super::voting::{explanation_json, recount_election, recount_motion};
use super::Collective;
use crate::ballot::CandidateId;
use serde_json::Value;

/// All is consistent: what was checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verified {
    /// Decisions (motions and elections) recounted.
    pub decisions: usize,
    /// Challenges checked.
    pub challenges: usize,
    /// The hash of the last entry: the head of the chain.
    pub head: Hash,
}

/// What differs in an entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The hash chain is broken here.
    Chain(ChainProblem),
    /// A motion's recorded outcome is not the recount's.
    Outcome {
        /// As recorded (an outcome id, e.g. `passed`).
        recorded: &'static str,
        /// As recounted.
        recount: &'static str,
    },
    /// An election's elected candidates (in order) are not the recount's.
    Elected {
        /// As recorded.
        recorded: Vec<CandidateId>,
        /// As recounted.
        recount: Vec<CandidateId>,
    },
    /// An election's unresolved tie is not the recount's.
    Tied {
        /// As recorded.
        recorded: Vec<CandidateId>,
        /// As recounted.
        recount: Vec<CandidateId>,
    },
    /// The recorded explanation differs from the recount's at `path`.
    Explanation {
        /// Where, as a JSON path inside the explanation (`required_yes`, `quorum.status`).
        path: String,
        /// The recorded value there (`None`: absent).
        recorded: Option<Value>,
        /// The recount's value there (`None`: absent).
        recount: Option<Value>,
    },
    /// A roll call's lines do not add up to the recorded counts.
    RollCall {
        /// The counts the lines add up to.
        lines: VoteCounts,
    },
    /// The ballots are not of the kind the recorded method counts.
    CannotRecount,
    /// The meeting's record of the vote (its counts, roll call or ballots) is not
    /// what the log recorded: the meeting data was changed after the vote closed.
    MeetingRecord,
}

/// The first inconsistency in the log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inconsistency {
    /// The entry's sequence number.
    pub seq: u64,
    /// The entry's title.
    pub title: String,
    /// What differs.
    pub problem: Problem,
}

/// The first place where two JSON values differ: its path and both values.
pub fn first_difference(a: &Value, b: &Value) -> Option<(String, Option<Value>, Option<Value>)> {
    fn walk(
        a: Option<&Value>,
        b: Option<&Value>,
        path: &mut String,
    ) -> Option<(String, Option<Value>, Option<Value>)> {
        match (a, b) {
            (Some(Value::Object(x)), Some(Value::Object(y))) => {
                let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
                keys.sort();
                keys.dedup();
                for k in keys {
                    let len = path.len();
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(k);
                    if let Some(d) = walk(x.get(k.as_str()), y.get(k.as_str()), path) {
                        return Some(d);
                    }
                    path.truncate(len);
                }
                None
            }
            (Some(Value::Array(x)), Some(Value::Array(y))) => {
                for i in 0..x.len().max(y.len()) {
                    let len = path.len();
                    path.push_str(&format!("[{i}]"));
                    if let Some(d) = walk(x.get(i), y.get(i), path) {
                        return Some(d);
                    }
                    path.truncate(len);
                }
                None
            }
            (x, y) if x == y => None,
            (x, y) => Some((path.clone(), x.cloned(), y.cloned())),
        }
    }
    walk(Some(a), Some(b), &mut String::new())
}

fn roll_call_sum(m: &MotionEntry) -> Option<VoteCounts> {
    let mut c = VoteCounts::default();
    for line in &m.roll_call {
        c.add(line.choice, line.votes)?;
    }
    Some(c)
}

fn check_motion(m: &MotionEntry) -> Result<(), Problem> {
    if !m.roll_call.is_empty() {
        let sum = roll_call_sum(m).unwrap_or_default();
        let v = &m.votes;
        let counts = VoteCounts {
            yes: v.yes,
            no: v.no,
            abstain: v.abstain,
            blank: v.blank,
            invalid: v.invalid,
        };
        if sum != counts {
            return Err(Problem::RollCall { lines: sum });
        }
    }
    let decision = recount_motion(m);
    let recount = super::log::MotionOutcome::of(decision.outcome);
    if recount != m.outcome {
        return Err(Problem::Outcome {
            recorded: m.outcome.id(),
            recount: recount.id(),
        });
    }
    explanation(&m.explanation, &explanation_json(&decision))
}

fn explanation(recorded: &Value, recount: &Value) -> Result<(), Problem> {
    match first_difference(recorded, recount) {
        None => Ok(()),
        Some((path, recorded, recount)) => Err(Problem::Explanation {
            path,
            recorded,
            recount,
        }),
    }
}

/// What a logged decision decided, recounted from its recorded inputs (typed,
/// for rendering its explanation); `None` for a challenge, or when an election's
/// ballots are not of its method's kind.
pub fn recount(entry: &LogEntry) -> Option<super::Decided> {
    match &entry.body {
        EntryBody::Motion(m) => Some(super::Decided::Motion(recount_motion(m))),
        EntryBody::Election(e) => recount_election(&entry.title, e).map(super::Decided::Election),
        EntryBody::Challenge(_) => None,
    }
}

/// Recounts one entry from its recorded inputs and compares (challenges have
/// nothing to recount).
pub fn check_entry(entry: &LogEntry) -> Result<(), Problem> {
    match &entry.body {
        EntryBody::Motion(m) => check_motion(m),
        EntryBody::Election(e) => {
            let result = recount_election(&entry.title, e).ok_or(Problem::CannotRecount)?;
            if result.elected() != e.elected.as_slice() {
                return Err(Problem::Elected {
                    recorded: e.elected.clone(),
                    recount: result.elected().to_vec(),
                });
            }
            if result.tied() != e.tied.as_slice() {
                return Err(Problem::Tied {
                    recorded: e.tied.clone(),
                    recount: result.tied().to_vec(),
                });
            }
            explanation(&e.explanation, &result.to_json())
        }
        EntryBody::Challenge(_) => Ok(()),
    }
}

/// True when the meeting's record of the vote an entry logged says the same as
/// the entry (for a challenge: nothing to compare).
fn meeting_agrees(collective: &Collective, entry: &LogEntry) -> bool {
    use super::meeting::VoteRecord;
    let vote = collective
        .meeting(&entry.meeting)
        .and_then(|m| m.item(&entry.item))
        .and_then(|i| {
            usize::try_from(entry.vote)
                .ok()
                .and_then(|n| i.votes.get(n))
        });
    let Some(vote) = vote else {
        return !entry.is_decision();
    };
    match (&entry.body, &vote.record) {
        (EntryBody::Challenge(_), _) => true,
        (EntryBody::Motion(m), record) => {
            let counts = |c: VoteCounts| {
                c == VoteCounts {
                    yes: m.votes.yes,
                    no: m.votes.no,
                    abstain: m.votes.abstain,
                    blank: m.votes.blank,
                    invalid: m.votes.invalid,
                }
            };
            vote.casting_vote == m.votes.casting_vote
                && match record {
                    VoteRecord::Open(c) => counts(*c),
                    VoteRecord::Secret(s) => counts(s.counts()),
                    VoteRecord::RollCall(r) => {
                        r.len() == m.roll_call.len()
                            && m.roll_call
                                .iter()
                                .all(|l| r.get(&l.member) == Some(&l.choice))
                    }
                    VoteRecord::Ballots(_) => false,
                }
        }
        (EntryBody::Election(e), VoteRecord::Ballots(b)) => *b.ballots() == e.ballots,
        (EntryBody::Election(_), _) => false,
    }
}

/// Verifies the log, entry by entry in order: the chain link and hash, then the
/// recount. The first inconsistency, or a summary when all is consistent.
pub fn verify(collective: &Collective) -> Result<Verified, Inconsistency> {
    let log = collective.log();
    let mut decisions = 0;
    let mut challenges = 0;
    for (i, entry) in log.entries().iter().enumerate() {
        let fail = |problem| Inconsistency {
            seq: entry.seq,
            title: entry.title.clone(),
            problem,
        };
        log.check_entry(i)
            .map_err(|e| fail(Problem::Chain(e.problem)))?;
        check_entry(entry).map_err(fail)?;
        if !meeting_agrees(collective, entry) {
            return Err(fail(Problem::MeetingRecord));
        }
        if entry.is_decision() {
            decisions += 1;
        } else {
            challenges += 1;
        }
    }
    Ok(Verified {
        decisions,
        challenges,
        head: log.head(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn first_difference_names_the_path() {
        let check = |a: Value, b: Value, expected: Option<&str>| {
            assert_eq!(
                first_difference(&a, &b).map(|d| d.0),
                expected.map(str::to_string)
            );
        };
        check(json!({"a": 1}), json!({"a": 1}), None);
        check(
            json!({"a": {"b": [1, 2]}}),
            json!({"a": {"b": [1, 3]}}),
            Some("a.b[1]"),
        );
        check(json!({"a": 1}), json!({"a": 1, "c": 2}), Some("c"));
        check(json!([1]), json!([1, 2]), Some("[1]"));
    }
}

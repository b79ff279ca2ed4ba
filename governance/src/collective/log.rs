//! The decision log: every result, as decided, in a hash chain.
//!
//! Each [`LogEntry`] records what was decided — the decision type, the rule
//! snapshot used, the inputs (counts or ballots), the outcome and its explanation,
//! whether the chair declared it, and which earlier entry a revote replaces — and
//! `hash = SHA-256(canonical encoding of the entry, including the previous
//! entry's hash)`. Changing any past entry changes its hash, which then no longer
//! matches, or — if it is recomputed — no longer matches the next entry's
//! `prev_hash`. The canonical encoding is specified in `docs/file-format.md`
//! ("Hash chain"); [`canonical_json`] implements it.

use super::meeting::{Ballots, Choice, CountingMethod, ItemId, MeetingId, VoteKind, VoteOn};
use crate::attendance::{MemberId, Turnout};
use crate::ballot::CandidateId;
use crate::calendar::Date;
use crate::motion::Votes;
use crate::rules::{DecisionType, Rule};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::fmt;

/// A SHA-256 hash, shown as 64 lowercase hex digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Hash(pub [u8; 32]);

impl Hash {
    /// All zeros: the `prev_hash` of the first entry.
    pub const GENESIS: Hash = Hash([0; 32]);

    /// SHA-256 of `bytes`.
    pub fn of(bytes: &[u8]) -> Hash {
        Hash(Sha256::digest(bytes).into())
    }

    /// Parses 64 lowercase hex digits.
    pub fn parse_hex(text: &str) -> Option<Hash> {
        let bytes = text.as_bytes();
        if bytes.len() != 64 {
            return None;
        }
        let nibble = |b: u8| match b {
            b'0'..=b'9' => Some(b - b'0'),
            b'a'..=b'f' => Some(b - b'a' + 10),
            _ => None,
        };
        let mut out = [0u8; 32];
        for (i, pair) in bytes.chunks_exact(2).enumerate() {
            out[i] = nibble(pair[0])? << 4 | nibble(pair[1])?;
        }
        Some(Hash(out))
    }
}

impl fmt::Display for Hash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for b in self.0 {
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

/// The outcome of a motion, as recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MotionOutcome {
    /// Adopted.
    Passed,
    /// Not adopted.
    Rejected,
    /// Quorum missed: not decided.
    NoQuorum,
    /// The count was inconsistent or incomplete: not decided.
    Invalid,
}

impl MotionOutcome {
    /// Every outcome.
    pub const ALL: [MotionOutcome; 4] = [
        MotionOutcome::Passed,
        MotionOutcome::Rejected,
        MotionOutcome::NoQuorum,
        MotionOutcome::Invalid,
    ];

    /// The stable id, equal to [`crate::motion::Outcome::id`].
    pub const fn id(self) -> &'static str {
        match self {
            MotionOutcome::Passed => "passed",
            MotionOutcome::Rejected => "rejected",
            MotionOutcome::NoQuorum => "no_quorum",
            MotionOutcome::Invalid => "invalid",
        }
    }

    /// The outcome with this id.
    pub fn from_id(id: &str) -> Option<MotionOutcome> {
        MotionOutcome::ALL.into_iter().find(|o| o.id() == id)
    }

    /// The recorded form of a decided outcome.
    pub fn of(outcome: crate::motion::Outcome) -> MotionOutcome {
        use crate::motion::Outcome as O;
        match outcome {
            O::Passed => MotionOutcome::Passed,
            O::Rejected => MotionOutcome::Rejected,
            O::NoQuorum => MotionOutcome::NoQuorum,
            O::Invalid(_) => MotionOutcome::Invalid,
        }
    }
}

/// One member's vote in a roll call, as logged.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RollCallLine {
    /// Whose vote (a proxy holder's vote for the giver is under the giver).
    pub member: MemberId,
    /// The choice.
    pub choice: Choice,
    /// Votes it carried (the weight under weighted voting, else 1).
    pub votes: u64,
}

/// A decided motion (a proposal or an amendment).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MotionEntry {
    /// Which rule applied.
    pub decision_type: DecisionType,
    /// The proposal itself or one of its amendments.
    pub on: VoteOn,
    /// How the votes were taken.
    pub kind: VoteKind,
    /// The rule as it was when decided.
    pub rule: Rule,
    /// The counts (including the chair's casting vote, if used).
    pub votes: Votes,
    /// Present, represented and entitled, as counted.
    pub turnout: Turnout,
    /// For a roll call: each member's vote, in member-id order (else empty).
    pub roll_call: Vec<RollCallLine>,
    /// The outcome.
    pub outcome: MotionOutcome,
    /// The explanation as produced by [`crate::motion::decide`], in its JSON form.
    pub explanation: Value,
    /// The chair declared the result at the meeting (BW 2:13 lid 3).
    pub declared_by_chair: bool,
    /// This is the new vote after a challenge of entry `n` (BW 2:13 lid 4).
    pub revote_of: Option<u64>,
}

/// A decided election.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ElectionEntry {
    /// Which rule's organ and weighting applied.
    pub decision_type: DecisionType,
    /// The counting method.
    pub method: CountingMethod,
    /// Seats filled.
    pub seats: u64,
    /// Candidate names, in ballot order.
    pub candidates: Vec<String>,
    /// Withdrawn candidates, ascending.
    pub withdrawn: Vec<CandidateId>,
    /// The seed lots were drawn from, if any.
    pub tie_seed: Option<u64>,
    /// The ballots (anonymous, normalized).
    pub ballots: Ballots,
    /// Elected, in order of election.
    pub elected: Vec<CandidateId>,
    /// Candidates among whom the count could not decide (empty when none).
    pub tied: Vec<CandidateId>,
    /// The full count (seats, elected, tied, the method's report) in its JSON form.
    pub explanation: Value,
    /// The chair declared the result at the meeting (BW 2:13 lid 3).
    pub declared_by_chair: bool,
    /// This is the new vote after a challenge of entry `n` (BW 2:13 lid 4).
    pub revote_of: Option<u64>,
}

/// Who demanded a new vote after the chair's declaration (BW 2:13 lid 4).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ChallengeBy {
    /// The majority of the meeting.
    Majority,
    /// One voter present — possible only when the vote was neither by roll call
    /// nor in writing.
    Voter(MemberId),
}

/// The correctness of a declared result was disputed immediately: a new vote
/// follows, whose result replaces this one's legal effects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChallengeEntry {
    /// The entry challenged.
    pub entry: u64,
    /// Who demanded the new vote.
    pub by: ChallengeBy,
}

/// What an entry records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryBody {
    /// A motion.
    Motion(MotionEntry),
    /// An election.
    Election(ElectionEntry),
    /// A challenge of an earlier entry.
    Challenge(ChallengeEntry),
}

/// One entry of the decision log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogEntry {
    /// 1, 2, 3, … without gaps.
    pub seq: u64,
    /// The meeting.
    pub meeting: MeetingId,
    /// The agenda item.
    pub item: ItemId,
    /// The vote of the item (0-based, in the item's order of votes).
    pub vote: u64,
    /// The meeting's date.
    pub date: Date,
    /// What was decided, in words the user chose (e.g. the proposal's title).
    pub title: String,
    /// The record.
    pub body: EntryBody,
    /// The hash of the entry before ([`Hash::GENESIS`] for the first).
    pub prev_hash: Hash,
    /// SHA-256 of the canonical encoding of this entry.
    pub hash: Hash,
}

impl LogEntry {
    /// The hash this entry should have: SHA-256 of its canonical encoding.
    pub fn compute_hash(&self) -> Hash {
        Hash::of(&crate::file::v1::content_bytes(self))
    }

    /// True for a motion or an election (not a challenge).
    pub fn is_decision(&self) -> bool {
        !matches!(self.body, EntryBody::Challenge(_))
    }

    /// The entry a revote replaces, for a decision.
    pub fn revote_of(&self) -> Option<u64> {
        match &self.body {
            EntryBody::Motion(m) => m.revote_of,
            EntryBody::Election(e) => e.revote_of,
            EntryBody::Challenge(_) => None,
        }
    }

    /// Whether the chair declared the result, for a decision.
    pub fn declared_by_chair(&self) -> bool {
        match &self.body {
            EntryBody::Motion(m) => m.declared_by_chair,
            EntryBody::Election(e) => e.declared_by_chair,
            EntryBody::Challenge(_) => false,
        }
    }
}

/// What is wrong with the chain or the links between entries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChainProblem {
    /// The sequence number is not the next one.
    Sequence {
        /// The number expected.
        expected: u64,
    },
    /// `prev_hash` is not the hash of the entry before.
    PrevHash {
        /// The hash of the entry before.
        expected: Hash,
    },
    /// `hash` is not the hash of the entry: it was changed after it was recorded.
    Hash {
        /// The hash of the entry as it is now.
        computed: Hash,
    },
    /// A challenge or revote refers to an entry that is not an earlier decision
    /// (a revote must follow a challenge of that entry).
    BadReference {
        /// The entry referred to.
        entry: u64,
    },
}

/// The first break in the log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChainError {
    /// Position in the log (0-based).
    pub index: usize,
    /// The entry's sequence number, as recorded.
    pub seq: u64,
    /// What is wrong.
    pub problem: ChainProblem,
}

/// The decision log: append-only, hash-chained.
#[derive(Clone, Debug, Default)]
pub struct DecisionLog {
    entries: Vec<LogEntry>,
    /// The hash each entry should have, computed once: entries cannot change
    /// after they are in a log (they are only ever appended).
    computed: Vec<Hash>,
}

impl PartialEq for DecisionLog {
    fn eq(&self, other: &Self) -> bool {
        self.entries == other.entries
    }
}

impl Eq for DecisionLog {}

impl DecisionLog {
    /// An empty log.
    pub fn new() -> DecisionLog {
        DecisionLog::default()
    }

    /// A log as read from a file; not checked (see [`DecisionLog::check`]).
    pub fn from_entries(entries: Vec<LogEntry>) -> DecisionLog {
        let computed = entries.iter().map(LogEntry::compute_hash).collect();
        DecisionLog { entries, computed }
    }

    /// A log read from a file, with the hash of each entry as computed from its
    /// serialized form.
    pub(crate) fn from_computed(entries: Vec<LogEntry>, computed: Vec<Hash>) -> DecisionLog {
        debug_assert_eq!(entries.len(), computed.len());
        DecisionLog { entries, computed }
    }

    /// The entries, oldest first.
    pub fn entries(&self) -> &[LogEntry] {
        &self.entries
    }

    /// The entry with sequence number `seq`.
    pub fn get(&self, seq: u64) -> Option<&LogEntry> {
        let i = usize::try_from(seq.checked_sub(1)?).ok()?;
        self.entries.get(i).filter(|e| e.seq == seq)
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when nothing was logged.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The hash of the last entry ([`Hash::GENESIS`] when empty): the head of the chain.
    pub fn head(&self) -> Hash {
        self.entries.last().map_or(Hash::GENESIS, |e| e.hash)
    }

    /// The entry (a revote) whose result replaced `seq`'s, if any.
    pub fn superseded_by(&self, seq: u64) -> Option<u64> {
        self.entries
            .iter()
            .find(|e| e.revote_of() == Some(seq))
            .map(|e| e.seq)
    }

    /// Appends an entry, filling in `seq`, `prev_hash` and `hash`.
    pub(crate) fn append(&mut self, mut entry: LogEntry) -> &LogEntry {
        entry.seq = self.entries.len() as u64 + 1;
        entry.prev_hash = self.head();
        entry.hash = entry.compute_hash();
        self.computed.push(entry.hash);
        self.entries.push(entry);
        &self.entries[self.entries.len() - 1]
    }

    /// Checks one entry at position `index` against the one before: sequence
    /// number, link, own hash, and the entries it refers to.
    pub fn check_entry(&self, index: usize) -> Result<(), ChainError> {
        let Some(e) = self.entries.get(index) else {
            return Ok(());
        };
        let err = |problem| ChainError {
            index,
            seq: e.seq,
            problem,
        };
        let expected = index as u64 + 1;
        if e.seq != expected {
            return Err(err(ChainProblem::Sequence { expected }));
        }
        let prev = match index {
            0 => Hash::GENESIS,
            i => self.entries[i - 1].hash,
        };
        if e.prev_hash != prev {
            return Err(err(ChainProblem::PrevHash { expected: prev }));
        }
        let computed = match self.computed.get(index) {
            Some(h) => *h,
            None => e.compute_hash(),
        };
        if e.hash != computed {
            return Err(err(ChainProblem::Hash { computed }));
        }
        let earlier = |n: u64| n < e.seq && self.get(n).is_some_and(LogEntry::is_decision);
        match &e.body {
            EntryBody::Challenge(c) if !earlier(c.entry) => {
                Err(err(ChainProblem::BadReference { entry: c.entry }))
            }
            _ => match e.revote_of() {
                Some(n) if !earlier(n) || !self.was_challenged_before(n, e.seq) => {
                    Err(err(ChainProblem::BadReference { entry: n }))
                }
                _ => Ok(()),
            },
        }
    }

    fn was_challenged_before(&self, entry: u64, before: u64) -> bool {
        self.entries
            .iter()
            .take_while(|e| e.seq < before)
            .any(|e| matches!(&e.body, EntryBody::Challenge(c) if c.entry == entry))
    }

    /// Checks the whole chain; the first break, if any.
    pub fn check(&self) -> Result<(), ChainError> {
        (0..self.entries.len()).try_for_each(|i| self.check_entry(i))
    }
}

/// The canonical JSON encoding of `value` (`docs/file-format.md`, "Hash chain"):
/// no whitespace; object keys sorted by their UTF-8 bytes; strings escaped as
/// JSON requires and nothing more (`\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`,
/// other control characters as `\u00xx` with lowercase hex; everything else,
/// including non-ASCII, as UTF-8); integers in plain decimal.
pub fn canonical_json(value: &Value) -> Vec<u8> {
    let mut out = Vec::with_capacity(512);
    write_canonical(value, &mut out);
    out
}

fn write_string(s: &str, out: &mut Vec<u8>) {
    // serde_json escapes exactly the set above; writing to a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, s);
}

fn write_canonical(value: &Value, out: &mut Vec<u8>) {
    match value {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::Number(n) => out.extend_from_slice(n.to_string().as_bytes()),
        Value::String(s) => write_string(s, out),
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_canonical(item, out);
            }
            out.push(b']');
        }
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort_unstable();
            out.push(b'{');
            for (i, key) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_string(key, out);
                out.push(b':');
                write_canonical(&map[key.as_str()], out);
            }
            out.push(b'}');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn canonical_json_sorts_and_escapes() {
        let check = |v: Value, expected: &str| {
            assert_eq!(String::from_utf8(canonical_json(&v)).unwrap(), expected);
        };
        check(
            json!({"b": 1, "a": [true, null, "x"]}),
            r#"{"a":[true,null,"x"],"b":1}"#,
        );
        check(json!({"é": 1, "z": 2, "Z": 3}), r#"{"Z":3,"z":2,"é":1}"#);
        check(json!("a\"b\\c\n\u{1}é/"), r#""a\"b\\c\n\u0001é/""#);
        check(json!(18446744073709551615u64), "18446744073709551615");
    }

    #[test]
    fn hash_hex_round_trips() {
        let h = Hash::of(b"abc");
        // FIPS 180-2 test vector.
        assert_eq!(
            h.to_string(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(Hash::parse_hex(&h.to_string()), Some(h));
        assert_eq!(Hash::parse_hex(&h.to_string().to_uppercase()), None);
        assert_eq!(Hash::parse_hex("00"), None);
        assert_eq!(Hash::GENESIS.to_string(), "0".repeat(64));
    }
}

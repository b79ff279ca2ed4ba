//! `samen verify FILE`: check a `.samen.json` decision file — its format, the hash
//! chain of its decision log, and every recorded result recounted with
//! `governance` (motions with `motion::decide` under the recorded rule, elections
//! with the recorded counting method).
//!
//! Exit 0 when all is consistent; 1 naming the first inconsistency (entry number,
//! title, what differs); 2 when the file cannot be read or parsed (with the JSON
//! path, line and column).

use governance::collective::log::{ChainProblem, EntryBody, LogEntry};
use governance::collective::verify::{verify, Inconsistency, Problem};
use governance::file;
use serde_json::Value;
use std::io::{Read, Write};

const USAGE: &str = "\
samen verify — check a .samen.json decision file

Usage:
  samen verify FILE        ('-' reads standard input)

Checks the file format, the hash chain of the decision log, and recounts every
recorded result. Exit 0 when all is consistent, 1 naming the first
inconsistency, 2 when the file cannot be read or parsed.
";

fn emit(out: &mut dyn Write, text: &str) {
    // A closed pipe is not an error worth a panic.
    let _ = out.write_all(text.as_bytes());
}

/// Runs `samen verify` with the arguments after `verify`; the exit code.
pub fn run(args: &[String]) -> u8 {
    let path = match args {
        [flag] if flag == "--help" || flag == "-h" => {
            emit(&mut std::io::stdout(), USAGE);
            return 0;
        }
        [path] if !path.starts_with("--") || path == "-" => path,
        _ => {
            emit(
                &mut std::io::stderr(),
                "samen verify: expected one FILE\nRun `samen verify --help` for usage.\n",
            );
            return 2;
        }
    };
    let mut bytes = Vec::new();
    let read = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    if let Err(e) = read {
        emit(
            &mut std::io::stderr(),
            &format!("samen verify: {path}: {e}\n"),
        );
        return 2;
    }
    let Ok(text) = String::from_utf8(bytes) else {
        emit(
            &mut std::io::stderr(),
            &format!("samen verify: {path}: not UTF-8 text\n"),
        );
        return 2;
    };
    let collective = match file::read(&text) {
        Ok(c) => c,
        Err(e) => {
            emit(
                &mut std::io::stderr(),
                &format!("samen verify: {path}: {e}\n"),
            );
            return 2;
        }
    };
    let log = collective.log();
    let mut out = String::new();
    out.push_str(&format!(
        "{} ({})\nmembers: {}\nmeetings: {}\nlog entries: {}\n",
        collective.name(),
        collective.legal_form().id(),
        collective.members().len(),
        collective.meetings().len(),
        log.len(),
    ));
    match verify(&collective) {
        Ok(v) => {
            out.push_str(&format!(
                "decisions verified: {}\nchallenges checked: {}\nchain head: {}\nOK: the chain is intact and every result recounts the same.\n",
                v.decisions, v.challenges, v.head
            ));
            emit(&mut std::io::stdout(), &out);
            0
        }
        Err(e) => {
            emit(&mut std::io::stdout(), &out);
            let entry = log.entries().iter().find(|x| x.seq == e.seq);
            emit(
                &mut std::io::stderr(),
                &format!("samen verify: {path}: {}\n", describe(&e, entry)),
            );
            1
        }
    }
}

fn names(ids: &[usize], entry: Option<&LogEntry>) -> String {
    let candidates = match entry.map(|e| &e.body) {
        Some(EntryBody::Election(x)) => x.candidates.as_slice(),
        _ => &[],
    };
    let list: Vec<String> = ids
        .iter()
        .map(|&i| match candidates.get(i) {
            Some(name) => name.clone(),
            None => format!("#{i}"),
        })
        .collect();
    if list.is_empty() {
        "nobody".to_string()
    } else {
        list.join(", ")
    }
}

fn show(v: &Option<Value>) -> String {
    match v {
        Some(v) => v.to_string(),
        None => "nothing".to_string(),
    }
}

/// The inconsistency in one line.
fn describe(e: &Inconsistency, entry: Option<&LogEntry>) -> String {
    let what = match &e.problem {
        Problem::Chain(ChainProblem::Hash { .. }) => {
            "hash mismatch — the entry was changed after it was recorded".to_string()
        }
        Problem::Chain(ChainProblem::PrevHash { .. }) => {
            "prev_hash is not the hash of the entry before — an earlier entry was changed, \
             removed or inserted"
                .to_string()
        }
        Problem::Chain(ChainProblem::Sequence { expected }) => format!(
            "sequence number {}, expected {expected} — entries were removed, added or reordered",
            e.seq
        ),
        Problem::Chain(ChainProblem::BadReference { entry }) => format!(
            "refers to entry {entry}, which is not an earlier (challenged) decision"
        ),
        Problem::Outcome { recorded, recount } => {
            format!("recorded outcome {recorded}, recount gives {recount}")
        }
        Problem::Elected { recorded, recount } => format!(
            "recorded elected {}, recount gives {}",
            names(recorded, entry),
            names(recount, entry)
        ),
        Problem::Tied { recorded, recount } => format!(
            "recorded tie between {}, recount gives {}",
            names(recorded, entry),
            names(recount, entry)
        ),
        Problem::Explanation {
            path,
            recorded,
            recount,
        } => format!(
            "recorded explanation differs from the recount at {path}: recorded {}, recount {}",
            show(recorded),
            show(recount)
        ),
        Problem::RollCall { lines } => format!(
            "the roll call adds up to {} yes, {} no, {} abstain, {} blank — not the recorded counts",
            lines.yes, lines.no, lines.abstain, lines.blank
        ),
        Problem::CannotRecount => {
            "the ballots are not of the kind the counting method counts".to_string()
        }
        Problem::MeetingRecord => {
            "the meeting's record of this vote differs from the log — the meeting data was \
             changed after the vote closed"
                .to_string()
        }
    };
    format!("entry {} '{}': {what}", e.seq, e.title)
}

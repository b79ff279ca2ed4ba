//! Published counts: every row of `shared/testdata/blt/EXPECTED.tsv` (real elections
//! and reference test elections with known results) must be reproduced exactly by
//! the BLT parser and the STV, Meek and IRV counts, without drawing lots.

use governance::ballot::{CandidateId, Election};
use governance::blt;
use governance::tally::{irv, meek, stv, TieBreak};
use std::path::PathBuf;

fn testdata() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/testdata/blt")
}

/// A name with every run of whitespace collapsed to one space (and none at the ends).
fn collapse(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One row of EXPECTED.tsv.
struct Row {
    file: String,
    method: String,
    seats: usize,
    elected: Vec<String>,
    ordered: bool,
    stages: Vec<u64>,
}

fn rows() -> Vec<Row> {
    let path = testdata().join("EXPECTED.tsv");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("header line").split('\t').collect();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .unwrap_or_else(|| panic!("no column {name}"))
    };
    let (file, method, seats, elected, ordered, stages) = (
        col("file"),
        col("method"),
        col("seats"),
        col("elected"),
        col("ordered"),
        col("stages"),
    );
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Row {
                file: f[file].to_string(),
                method: f[method].to_string(),
                seats: f[seats].parse().expect("seats"),
                elected: f[elected].split('|').map(collapse).collect(),
                ordered: f[ordered] == "yes",
                stages: f[stages]
                    .split('|')
                    .map(|s| s.parse().expect("stage"))
                    .collect(),
            }
        })
        .collect()
}

/// (elected, tied) of a count, as collapsed names.
fn run(e: &Election, method: &str) -> (Vec<String>, Vec<String>) {
    let names = |ids: &[CandidateId]| -> Vec<String> {
        ids.iter().map(|&c| collapse(&e.candidates[c])).collect()
    };
    let tie = TieBreak::default();
    let (elected, tied) = match method {
        "stv" => {
            let t = stv::count(e, tie);
            (t.elected, t.tied)
        }
        "meek" => {
            let t = meek::count(e, tie);
            (t.elected, t.tied)
        }
        "irv" => {
            let t = irv::count(e, tie);
            (t.elected, t.tied)
        }
        other => panic!("unknown method {other}"),
    };
    (names(&elected), names(&tied))
}

/// Whether `got` lists the expected candidates in non-decreasing stage order
/// (candidates of the same stage in any order).
fn order_consistent(row: &Row, got: &[String]) -> bool {
    let stage_of = |name: &String| {
        row.elected
            .iter()
            .position(|n| n == name)
            .map(|i| row.stages[i])
    };
    let stages: Option<Vec<u64>> = got.iter().map(stage_of).collect();
    stages.is_some_and(|s| s.windows(2).all(|w| w[0] <= w[1]))
}

#[test]
fn every_published_count_is_reproduced() {
    let rows = rows();
    assert_eq!(rows.len(), 38, "EXPECTED.tsv rows");
    let mut failures = Vec::new();
    for row in &rows {
        let path = testdata().join(&row.file);
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(err) => {
                failures.push(format!("{}: cannot read: {err}", row.file));
                continue;
            }
        };
        let e = match blt::parse(&bytes) {
            Ok(e) => e,
            Err(err) => {
                failures.push(format!("{}: parse error {err}", row.file));
                continue;
            }
        };
        let (got, tied) = run(&e, &row.method);
        let mut problems = Vec::new();
        if e.seats != row.seats {
            problems.push(format!("seats {} (expected {})", e.seats, row.seats));
        }
        if !tied.is_empty() {
            problems.push(format!("tied {tied:?}"));
        }
        let mut got_set = got.clone();
        got_set.sort();
        let mut want_set = row.elected.clone();
        want_set.sort();
        if got_set != want_set {
            problems.push("elected set differs".into());
        } else if row.ordered && !order_consistent(row, &got) {
            problems.push(format!("order inconsistent with stages {:?}", row.stages));
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{} [{}]: {}\n    expected {:?}\n    got      {:?}",
                row.file,
                row.method,
                problems.join("; "),
                row.elected,
                got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows fail:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

#[test]
fn every_test_file_round_trips_through_the_writer() {
    for row in rows() {
        let bytes = std::fs::read(testdata().join(&row.file)).expect("read");
        let e = blt::parse(&bytes).expect("parse");
        assert_eq!(
            blt::parse(blt::write(&e).as_bytes()).as_ref(),
            Ok(&e),
            "{}",
            row.file
        );
    }
}

#[test]
fn m135_counts_two_empty_ballots_as_blank() {
    let bytes = std::fs::read(testdata().join("droop_M135.blt")).expect("read");
    let e = blt::parse(&bytes).expect("parse");
    let t = stv::count(&e, TieBreak::default());
    assert_eq!((t.report.valid, t.report.blank), (677, 2));
    assert_eq!(t.report.quota, 85 * stv::UNIT);
}

#[test]
fn canal_names_are_kept_verbatim() {
    let bytes = std::fs::read(testdata().join("glasgow2007_canal.blt")).expect("read");
    let e = blt::parse(&bytes).expect("parse");
    assert!(e.candidates.iter().any(|n| n == "Ellen   Hurcombe"));
    assert!(e.candidates.iter().any(|n| n == "Kieran  Wild "));
}

/// Parse + IRV of 100,000 ballot lines × 10 candidates. Timing is only meaningful
/// in release builds: `cargo test -p governance --release --test expected -- --ignored`.
#[test]
#[ignore]
fn large_file_parses_and_counts_fast() {
    let mut text = String::from("10 1\n");
    let mut x: u64 = 12345;
    for _ in 0..100_000 {
        let mut perm: Vec<u64> = (1..=10).collect();
        for i in (1..perm.len()).rev() {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            perm.swap(i, (x >> 33) as usize % (i + 1));
        }
        let len = 1 + (x >> 40) as usize % 10;
        text.push('1');
        for c in &perm[..len] {
            text.push(' ');
            text.push_str(&c.to_string());
        }
        text.push_str(" 0\n");
    }
    text.push_str("0\n");
    for c in 0..10 {
        text.push_str(&format!("\"C{c}\"\n"));
    }
    text.push_str("\"perf\"\n");
    let start = std::time::Instant::now();
    let e = blt::parse(text.as_bytes()).expect("parse");
    let parsed = start.elapsed();
    let t = irv::count(&e, TieBreak::default());
    let total = start.elapsed();
    eprintln!(
        "{} bytes: parse {parsed:?}, parse + IRV {total:?}; elected {:?}",
        text.len(),
        t.elected
    );
    if !cfg!(debug_assertions) {
        assert!(total.as_millis() < 100, "too slow: {total:?}");
    }
}

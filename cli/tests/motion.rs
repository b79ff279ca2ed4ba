//! `samen motion`: the worked examples of `decision-rules-nl.md` §J through the
//! command line, and bad input.

use serde_json::Value;
use std::process::{Command, Output};

fn samen(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_samen"))
        .arg("motion")
        .args(args)
        .output()
        .unwrap()
}

/// Runs with `--json`; returns the parsed output (exit code must be 0).
fn json(args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    let out = samen(&all);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {:?}", out);
    serde_json::from_slice(&out.stdout).unwrap()
}

/// `check(args, expected outcome, expected required yes)`.
fn check(args: &str, outcome: &str, required_yes: Option<u64>) {
    let args: Vec<&str> = args.split_whitespace().collect();
    let v = json(&args);
    assert_eq!(v["outcome"], outcome, "{args:?}: {v}");
    if let Some(r) = required_yes {
        assert_eq!(v["explanation"]["required_yes"], r, "{args:?}: {v}");
    }
}

/// `refused(args, text the error must contain)`: exit 2, the flag named.
fn refused(args: &[&str], needle: &str) {
    let out = samen(args);
    assert_eq!(out.status.code(), Some(2), "{args:?}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains(needle), "{args:?}: {stderr}");
    assert!(out.stdout.is_empty());
}

fn text(args: &str) -> String {
    let out = samen(&args.split_whitespace().collect::<Vec<_>>());
    assert_eq!(out.status.code(), Some(0));
    String::from_utf8(out.stdout)
        .unwrap()
        .trim_end()
        .to_string()
}

#[test]
fn example_1_counting_choice_decides() {
    let base = "--yes 6 --no 3 --abstain 1 --present 10 --members 12";
    check(base, "passed", Some(5));
    check(&format!("{base} --threshold 2/3"), "passed", Some(6));
    check(
        &format!("{base} --threshold 2/3 --strict"),
        "rejected",
        Some(7),
    );
    check(
        &format!("{base} --threshold 2/3 --base cast+abstain"),
        "rejected",
        Some(7),
    );
}

#[test]
fn example_2_abstention_counted_or_not() {
    check("--yes 5 --no 4 --abstain 1", "passed", Some(5));
    check(
        "--yes 5 --no 4 --abstain 1 --base cast+abstain",
        "rejected",
        Some(6),
    );
}

#[test]
fn example_3_two_thirds_of() {
    check("--yes 6 --no 3 --threshold 2/3", "passed", Some(6));
    check("--yes 6 --no 4 --threshold 2/3", "rejected", Some(7));
    check("--yes 15 --no 8 --threshold 2/3", "rejected", Some(16));
    check("--yes 16 --no 7 --threshold 2/3", "passed", Some(16));
}

#[test]
fn example_4_rb_gelderland() {
    check(
        "--yes 31 --no 15 --abstain 5 --present 51 --threshold 2/3",
        "passed",
        Some(31),
    );
}

#[test]
fn example_5_tie() {
    check("--yes 5 --no 5", "rejected", Some(6));
    let v = json(&["--yes", "5", "--no", "5"]);
    assert_eq!(v["explanation"]["condition"]["kind"], "tie");
}

#[test]
fn example_6_conversion() {
    check("--yes 45 --no 5 --threshold 9/10", "passed", Some(45));
    check("--yes 44 --no 6 --threshold 9/10", "rejected", Some(45));
}

#[test]
fn example_7_binding_nomination_with_quorum() {
    let args = "--yes 28 --no 13 --blank 1 --present 42 --members 60 --threshold 2/3 --quorum 2/3";
    check(args, "passed", Some(28));
    let v = json(&args.split_whitespace().collect::<Vec<_>>());
    let q = &v["explanation"]["quorum"];
    assert_eq!(
        (q["status"].as_str(), q["counted"].as_u64()),
        (Some("met"), Some(42))
    );
    assert_eq!(q["required"], 40);
    check(
        "--yes 26 --no 12 --blank 1 --present 39 --members 60 --threshold 2/3 --quorum 2/3 --quorum-of present",
        "no_quorum",
        None,
    );
}

#[test]
fn quorum_of_members_taking_part() {
    check(
        "--yes 3 --no 1 --abstain 1 --members 10 --quorum 1/2 --quorum-of members",
        "passed",
        None,
    );
    let v = json(&[
        "--yes",
        "3",
        "--no",
        "1",
        "--members",
        "10",
        "--quorum",
        "1/2",
        "--quorum-of",
        "members",
    ]);
    assert_eq!(v["outcome"], "no_quorum");
    assert_eq!(v["explanation"]["condition"]["kind"], "quorum_missed");
    assert_eq!(v["explanation"]["condition"]["counted"], 4);
    assert_eq!(v["explanation"]["condition"]["required"], 5);
}

#[test]
fn bases_present_and_members() {
    check(
        "--yes 6 --no 3 --abstain 1 --present 14 --base present",
        "rejected",
        Some(8),
    );
    check(
        "--yes 11 --no 3 --members 20 --base members",
        "passed",
        Some(11),
    );
    check("--yes 6 --no 3 --blank 3 --base valid", "rejected", Some(7));
}

#[test]
fn nothing_cast_and_invalid_counts() {
    let v = json(&["--yes", "0", "--no", "0", "--abstain", "4"]);
    assert_eq!(v["outcome"], "rejected");
    assert_eq!(v["explanation"]["condition"]["kind"], "no_votes_cast");
    let v = json(&["--yes", "8", "--no", "3", "--present", "10"]);
    assert_eq!(v["outcome"], "invalid");
    assert_eq!(
        v["explanation"]["condition"]["reason"]["kind"],
        "more_votes_than_present"
    );
    let v = json(&[
        "--yes",
        "1",
        "--no",
        "0",
        "--present",
        "13",
        "--members",
        "12",
    ]);
    assert_eq!(v["outcome"], "invalid");
    let max = u64::MAX.to_string();
    let v = json(&["--yes", &max, "--no", "1"]);
    assert_eq!(v["outcome"], "invalid");
    assert_eq!(
        v["explanation"]["condition"]["reason"]["kind"],
        "count_too_large"
    );
}

#[test]
fn readable_text() {
    assert_eq!(
        text("--yes 6 --no 3 --abstain 1 --threshold 2/3"),
        "passed: 6 yes of 9 votes cast; at least 2/3 needed 6"
    );
    assert_eq!(
        text("--yes 6 --no 3 --threshold 2/3 --strict"),
        "rejected: 6 yes of 9 votes cast; more than 2/3 needed 7"
    );
    assert_eq!(
        text("--yes 5 --no 4"),
        "passed: 5 yes of 9 votes cast; more than 1/2 needed 5"
    );
    assert_eq!(
        text("--yes 5 --no 5"),
        "rejected: tie, 5 yes and 5 no; a tie rejects the motion"
    );
    assert_eq!(
        text("--yes 3 --no 1 --present 4 --members 10 --quorum 1/2"),
        "no quorum: 4 present of 10 members; at least 1/2 needed 5"
    );
    assert_eq!(
        text("--yes 8 --no 3 --present 10"),
        "invalid: 11 votes but only 10 present"
    );
    assert_eq!(
        text("--yes 3 --no 1 --present 6 --members 10 --quorum 1/2"),
        "passed: 3 yes of 4 votes cast; more than 1/2 needed 3 (quorum: 6 present of 10 members; at least 1/2 needed 5)"
    );
    assert_eq!(
        text("--yes=3 --no=0 --threshold=1/1 --strict"),
        "rejected: 3 yes of 3 votes cast; more than 1/1 cannot be reached"
    );
}

#[test]
fn help_exits_0() {
    let out = samen(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("--quorum-of present|members"));
}

#[test]
fn bad_input_exits_2_naming_the_flag() {
    refused(
        &["--yes", "6", "--no", "3", "--threshold", "abc"],
        "--threshold expects P/Q, got 'abc'",
    );
    refused(
        &["--yes", "6", "--no", "3", "--threshold", "3/2"],
        "--threshold expects P/Q",
    );
    refused(
        &["--yes", "6", "--no", "3", "--threshold", "1/0"],
        "--threshold expects P/Q",
    );
    refused(
        &["--yes", "6", "--no", "3", "--threshold", "-1/2"],
        "--threshold",
    );
    refused(
        &["--yes", "6", "--no", "3", "--quorum", "x", "--members", "9"],
        "--quorum expects P/Q",
    );
    refused(&["--yes", "x", "--no", "3"], "--yes expects a whole number");
    refused(&["--yes", "-1", "--no", "3"], "--yes");
    refused(&["--yes", "+1", "--no", "3"], "--yes");
    refused(
        &["--yes", "1", "--no", "99999999999999999999999"],
        "--no is too large",
    );
    refused(
        &["--yes", "1", "--no", "2", "--abstain"],
        "--abstain expects a value",
    );
    refused(&["--no", "3"], "--yes is required");
    refused(&["--yes", "3"], "--no is required");
    refused(&[], "--yes is required");
    refused(
        &["--yes", "1", "--yes", "2", "--no", "0"],
        "--yes given twice",
    );
    refused(
        &["--yes", "1", "--no", "0", "--frob"],
        "unknown option '--frob'",
    );
    refused(
        &["--yes", "1", "--no", "0", "extra"],
        "unexpected argument 'extra'",
    );
    refused(
        &["--yes", "1", "--no", "0", "--strict", "--inclusive"],
        "--strict and --inclusive",
    );
    refused(
        &["--yes", "1", "--no", "0", "--json=yes"],
        "--json takes no value",
    );
    refused(
        &["--yes", "1", "--no", "0", "--base", "all"],
        "--base expects",
    );
    refused(
        &["--yes", "1", "--no", "0", "--base", "present"],
        "--base present needs --present",
    );
    refused(
        &["--yes", "1", "--no", "0", "--base", "members"],
        "--base members needs --members",
    );
    refused(
        &["--yes", "1", "--no", "0", "--quorum", "1/2"],
        "--quorum needs --members",
    );
    refused(
        &[
            "--yes",
            "1",
            "--no",
            "0",
            "--quorum",
            "1/2",
            "--members",
            "4",
        ],
        "--quorum-of present needs --present",
    );
    refused(
        &["--yes", "1", "--no", "0", "--quorum-of", "members"],
        "--quorum-of needs --quorum",
    );
    refused(
        &["--yes", "1", "--no", "0", "--quorum-of", "all"],
        "--quorum-of expects present or members",
    );
}

#[test]
fn invalid_utf8_is_not_a_panic() {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let out = Command::new(env!("CARGO_BIN_EXE_samen"))
            .args(["motion", "--yes"])
            .arg(std::ffi::OsStr::from_bytes(b"\xff"))
            .args(["--no", "1"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
    }
}

//! End-to-end tests of `samen tally`: the command-line contract.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Profile X of `counting-methods.md` (8 A>B>C; 7 B>C>A; 5 C>A>B), with names that
/// must come out verbatim.
const X: &str =
    "3 1\n8 1 2 3 0\n7 2 3 1 0\n5 3 1 2 0\n0\n\"Alice\" \"Bob \" \"Carol Díaz\"\n\"Profile X\"\n";

/// Runs `samen` with `args` and `stdin`; returns (exit code, stdout, stderr).
fn samen(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_samen"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run samen");
    // samen may exit before reading its input (a flag error): ignore a broken pipe.
    let _ = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes());
    let out = child.wait_with_output().expect("wait for samen");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A file named `name` holding `content`, in the test's scratch directory.
fn file(name: &str, content: &str) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, content).expect("write test file");
    path
}

/// `samen tally --json` on `path` with extra `args`: the parsed JSON object.
fn json(path: &Path, args: &[&str]) -> Value {
    let p = path.to_str().expect("utf-8 path");
    let mut all = vec!["tally", "--json"];
    all.extend_from_slice(args);
    all.push(p);
    let (code, out, err) = samen(&all, "");
    assert_eq!(code, 0, "stderr: {err}");
    assert_eq!(out.lines().count(), 1, "one JSON object on one line: {out}");
    assert!(out.starts_with("{\"method\":"), "{out}");
    serde_json::from_str(&out).expect("valid JSON")
}

/// `(elected, tied)` of a JSON result, as name lists joined with `|`.
fn outcome(v: &Value) -> (String, String) {
    let list = |k: &str| {
        v[k].as_array()
            .expect(k)
            .iter()
            .map(|n| n.as_str().expect("name"))
            .collect::<Vec<_>>()
            .join("|")
    };
    (list("elected"), list("tied"))
}

fn check(method: &str, args: &[&str], expected: (&str, &str)) -> Value {
    let path = file(&format!("x-{method}-{}.blt", args.join("_")), X);
    let mut all = vec!["--method", method];
    all.extend_from_slice(args);
    let v = json(&path, &all);
    assert_eq!(v["method"], method);
    let mut keys: Vec<&str> = v
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(keys, ["elected", "method", "rounds", "seats", "tied"]);
    assert!(v["rounds"].is_array());
    assert_eq!(
        outcome(&v),
        (expected.0.to_string(), expected.1.to_string())
    );
    v
}

#[test]
fn plurality_json() {
    let v = check("plurality", &[], ("Alice", ""));
    assert_eq!(v["seats"], 1);
    assert_eq!(v["rounds"][0]["scores"][2]["candidate"], "Carol Díaz");
    assert_eq!(v["rounds"][0]["scores"][2]["votes"], 5);
}

#[test]
fn schulze_json_has_both_matrices() {
    let v = check("schulze", &[], ("Alice", ""));
    let r = &v["rounds"][0];
    assert_eq!(r["d"][0], serde_json::json!([0, 13, 8]));
    assert_eq!(r["p"][1], serde_json::json!([12, 0, 15]));
    assert_eq!(r["ranking"][1][0], "Bob ");
}

#[test]
fn borda_json() {
    let v = check("borda", &[], ("Bob ", ""));
    assert_eq!(v["rounds"][0]["scores"][1]["points"], "22");
}

#[test]
fn copeland_json_reports_the_tie() {
    check("copeland", &[], ("", "Alice|Bob |Carol Díaz"));
}

#[test]
fn a_seed_draws_the_lot() {
    let v = check("copeland", &["--seed", "4"], ("Bob ", ""));
    assert_eq!(v["rounds"][0]["lots"][0]["seed"], 4);
    assert_eq!(v["rounds"][0]["lots"][0]["chosen"], "Bob ");
}

#[test]
fn seats_override_the_file() {
    let v = check("plurality", &["--seats", "2"], ("Alice|Bob ", ""));
    assert_eq!(v["seats"], 2);
    check("schulze", &["--seats=3"], ("Alice|Bob |Carol Díaz", ""));
}

#[test]
fn dash_reads_stdin() {
    let (code, out, err) = samen(&["tally", "--method", "borda", "--json", "-"], X);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(outcome(&v), ("Bob ".to_string(), String::new()));
}

#[test]
fn text_output_is_a_table() {
    let (code, out, _) = samen(&["tally", "--method", "schulze", "-"], X);
    assert_eq!(code, 0);
    assert!(out.contains("d[a][b]"), "{out}");
    assert!(out.contains("p[a][b]"), "{out}");
    assert!(out.contains("Elected: Alice"), "{out}");
    let (_, out, _) = samen(&["tally", "--method", "copeland", "-"], X);
    assert!(out.contains("Tied:"), "{out}");
    assert!(out.contains("--seed"), "{out}");
}

#[test]
fn bad_file_gives_its_position() {
    let path = file(
        "bad-range.blt",
        "3 1\n2 1 2 0\n1 2 4 0\n0\n\"A\" \"B\" \"C\"\n\"t\"\n",
    );
    let p = path.to_str().expect("utf-8 path");
    let (code, out, err) = samen(&["tally", "--method", "plurality", p], "");
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.starts_with(&format!("{p}:3:5: ")), "{err}");
    let (code, _, err) = samen(&["tally", "--method", "plurality", "-"], "2 1\n1 1 0\n");
    assert_eq!(code, 2);
    assert!(err.starts_with("<stdin>:"), "{err}");
}

#[test]
fn unknown_method() {
    let (code, out, err) = samen(&["tally", "--method", "dhondt", "f.blt"], "");
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("--method") && err.contains("dhondt"), "{err}");
}

#[test]
fn missing_file_argument() {
    let (code, _, err) = samen(&["tally", "--method", "plurality"], "");
    assert_eq!(code, 2);
    assert!(err.contains("missing FILE"), "{err}");
}

#[test]
fn unreadable_file_names_the_path() {
    let (code, _, err) = samen(
        &["tally", "--method", "schulze", "/nonexistent/ballots.blt"],
        "",
    );
    assert_eq!(code, 2);
    assert!(err.contains("/nonexistent/ballots.blt"), "{err}");
    assert!(err.contains("No such file"), "{err}");
}

#[test]
fn flag_problems_name_the_flag() {
    let (code, _, err) = samen(&["tally", "--method", "schulze", "--seats", "0", "-"], X);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("samen tally: --seats needs a positive integer"),
        "{err}"
    );
    let (code, _, err) = samen(&["tally", "--method", "schulze", "--seed", "x", "-"], X);
    assert_eq!(code, 2);
    assert!(err.starts_with("samen tally: --seed"), "{err}");
}

#[test]
fn help() {
    let (code, out, _) = samen(&["tally", "--help"], "");
    assert_eq!(code, 0);
    assert!(out.contains("samen tally --method M [--seats N]"), "{out}");
    let (code, out, _) = samen(&["--help"], "");
    assert_eq!(code, 0);
    assert!(out.contains("samen tally"), "{out}");
}

/// The shared test data (`shared/testdata/blt`) with its expected results.
fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/testdata/blt")
}

/// Every ranked method runs on every shared BLT file without failing.
#[test]
fn every_testdata_file_counts() {
    let dir = testdata();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: {} not found", dir.display());
        return;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "blt"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for f in &files {
        for m in ["plurality", "schulze", "borda", "copeland"] {
            let v = json(f, &["--method", m]);
            let (elected, tied) = outcome(&v);
            assert!(
                !elected.is_empty() || !tied.is_empty(),
                "{m} {}",
                f.display()
            );
        }
    }
}

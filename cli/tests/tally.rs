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
fn irv_json() {
    let v = check("irv", &[], ("Alice", ""));
    let r = &v["rounds"];
    assert_eq!(r[0]["excluded"], "Carol Díaz");
    assert_eq!(r[1]["tallies"][0]["votes"], 13);
    assert_eq!(r[1]["elected"], "Alice");
}

#[test]
fn irv_fills_one_seat_whatever_is_asked() {
    let path = file("x-irv-seats.blt", X);
    let p = path.to_str().expect("utf-8 path");
    let (code, out, err) = samen(
        &["tally", "--method", "irv", "--seats", "2", "--json", p],
        "",
    );
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["seats"], 1);
    assert!(
        err.contains("irv fills 1 seat(s), not the 2 asked for"),
        "{err}"
    );
}

#[test]
fn stv_json_has_5_decimals() {
    let v = check("stv", &["--seats", "2"], ("Alice|Bob ", ""));
    let r = &v["rounds"][0];
    assert_eq!(r["quota"], "7.00000");
    assert_eq!(r["votes"][0]["votes"], "8.00000");
    assert_eq!(r["action"]["type"], "first_count");
}

#[test]
fn meek_json_has_9_decimals() {
    let v = check("meek", &[], ("Alice", ""));
    assert_eq!(v["rounds"][0]["quota"], "10.000000001");
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
    let (code, _, err) = samen(&["tally", "--method", "irv"], "");
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
fn too_many_candidates_for_a_pairwise_count() {
    let mut blt = String::from("1001 1\n1 1 2 0\n0\n");
    for c in 1..=1001 {
        blt.push_str(&format!("\"C{c}\" "));
    }
    blt.push_str("\n\"big\"\n");
    let (code, _, err) = samen(&["tally", "--method", "schulze", "-"], &blt);
    assert_eq!(code, 2);
    assert!(
        err.contains("1001 candidates is too many for schulze"),
        "{err}"
    );
    let (code, _, _) = samen(&["tally", "--method", "borda", "-"], &blt);
    assert_eq!(code, 0);
}

#[cfg(unix)]
#[test]
fn a_non_unicode_argument_is_an_error_not_a_panic() {
    use std::os::unix::ffi::OsStrExt;
    let out = Command::new(env!("CARGO_BIN_EXE_samen"))
        .args(["tally", "--method", "borda"])
        .arg(std::ffi::OsStr::from_bytes(b"bad\xffname.blt"))
        .output()
        .expect("run samen");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad"));
}

#[test]
fn degenerate_files_count_without_failing() {
    let all_withdrawn = "2 1\n-1 -2\n1 1 0\n0\n\"A\" \"B\"\n\"t\"\n";
    let no_count_needed = "4 3\n-2\n3 1 2 0\n2 2 0\n0\n\"A\" \"B\" \"C\" \"D\"\n\"t\"\n";
    for m in [
        "plurality",
        "irv",
        "stv",
        "meek",
        "schulze",
        "borda",
        "copeland",
    ] {
        for (blt, elected) in [(all_withdrawn, 0), (no_count_needed, 3)] {
            let (code, out, err) = samen(&["tally", "--method", m, "--json", "-"], blt);
            assert_eq!(code, 0, "{m}: {err}");
            let v: Value = serde_json::from_str(&out).expect("JSON");
            let want = if m == "irv" { elected.min(1) } else { elected };
            assert_eq!(
                v["elected"].as_array().map(Vec::len),
                Some(want),
                "{m}: {out}"
            );
            let (code, _, err) = samen(&["tally", "--method", m, "-"], blt);
            assert_eq!(code, 0, "{m}: {err}");
        }
    }
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
        for m in [
            "plurality",
            "irv",
            "stv",
            "meek",
            "schulze",
            "borda",
            "copeland",
        ] {
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

/// Collapses runs of whitespace, as `EXPECTED.tsv` says names are compared.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A few rows of `EXPECTED.tsv` (one per method), through the command line.
#[test]
fn expected_rows_through_the_cli() {
    let dir = testdata();
    let Ok(tsv) = std::fs::read_to_string(dir.join("EXPECTED.tsv")) else {
        eprintln!("skipped: {} not found", dir.display());
        return;
    };
    let wanted = [
        "glasgow2007_linn.blt",
        "glasgow2007_canal.blt",
        "droop_SC.blt",
        "ers97.blt",
        "minneapolis2013_mayor.blt",
    ];
    let mut seen = 0;
    for line in tsv.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 6 || !wanted.contains(&f[0]) {
            continue;
        }
        seen += 1;
        let (file, method, seats, ordered) = (f[0], f[1], f[2], f[4] == "yes");
        let v = json(&dir.join(file), &["--method", method]);
        assert_eq!(v["seats"].to_string(), seats, "{file}");
        assert_eq!(v["tied"], serde_json::json!([]), "{file}");
        let mut got: Vec<String> = v["elected"]
            .as_array()
            .expect("elected")
            .iter()
            .map(|n| collapse(n.as_str().expect("name")))
            .collect();
        let want: Vec<String> = f[3].split('|').map(collapse).collect();
        let stages: Vec<u64> = f[5].split('|').map(|x| x.parse().expect("stage")).collect();
        if ordered {
            // Candidates elected at the same stage may come in any order.
            let stage_of = |n: &String| want.iter().position(|w| w == n).map(|i| stages[i]);
            let got_stages: Vec<Option<u64>> = got.iter().map(stage_of).collect();
            assert!(got_stages.iter().all(Option::is_some), "{file}: {got:?}");
            assert!(
                got_stages.windows(2).all(|w| w[0] <= w[1]),
                "{file}: order {got:?}"
            );
        }
        let mut want = want;
        got.sort();
        want.sort();
        assert_eq!(got, want, "{file} {method}");
    }
    assert!(seen >= wanted.len(), "{seen} rows checked");
}

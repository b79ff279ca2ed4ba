use std::process::Command;

fn samen() -> Command {
    Command::new(env!("CARGO_BIN_EXE_samen"))
}

#[test]
fn version_prints_workspace_version() {
    let out = samen().arg("--version").output().unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout.trim(),
        format!("samen {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn help_lists_the_commands() {
    let out = samen().arg("--help").output().unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    for cmd in ["tally", "motion", "verify"] {
        assert!(stdout.contains(&format!("samen {cmd}")), "help lacks {cmd}");
    }
}

#[test]
fn unknown_command_exits_2() {
    let out = samen().arg("frobnicate").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("frobnicate"));
}

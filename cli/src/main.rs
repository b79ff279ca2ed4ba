//! `samen`: the command-line shell over `governance`. Counts ballots, decides
//! motions and verifies decision files exactly as the browser app does.
//!
//! Exit codes: 0 success; 1 a verified file is inconsistent; 2 bad input.

use std::process::ExitCode;

mod motion;
mod tally;
mod verify;

const USAGE: &str = "\
samen — tel, controleer en zet om / count, verify and convert

Usage:
  samen tally --method M [--seats N] [--json] FILE   count a BLT ballot file ('-' = stdin)
  samen motion --yes Y --no N [options] [--json]     decide a yes/no motion
  samen verify FILE                                  check a .samen.json decision file
  samen --help | --version

Run `samen COMMAND --help` for the options of a command.
";

fn main() -> ExitCode {
    // `std::env::args` panics on an argument that is not Unicode; read it lossily
    // instead (a mangled file name then fails to open with a message).
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let code = match args.first().map(String::as_str) {
        None => {
            eprint!("{USAGE}");
            2
        }
        Some("--help" | "-h" | "help") => {
            print!("{USAGE}");
            0
        }
        Some("motion") => motion::run(&args[1..]),
        Some("tally") => tally::run(&args[1..]),
        Some("verify") => verify::run(&args[1..]),
        Some("--version" | "-V") => {
            println!("samen {}", env!("CARGO_PKG_VERSION"));
            0
        }
        Some(other) => {
            eprintln!("samen: unknown command '{other}'\n");
            eprint!("{USAGE}");
            2
        }
    };
    ExitCode::from(code)
}

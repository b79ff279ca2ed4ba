//! `samen tally`: count a BLT ballot file with one of the ranked methods.
//!
//! ```text
//! samen tally --method M [--seats N] [--seed N] [--json] FILE
//! ```
//!
//! Exit codes: 0 counted (a tie is a result, not an error); 2 bad arguments, an
//! unreadable file or a file that is not valid BLT.

mod render;

use governance::ballot::Election;
use governance::blt;
use governance::tally::{self, Method, TieBreak};
use std::io::{Read, Write};

pub(crate) const USAGE: &str = "\
samen tally — count a BLT ballot file / tel een BLT-stembestand

Usage:
  samen tally --method M [--seats N] [--seed N] [--json] FILE

  FILE          BLT ballot file; '-' reads standard input
  --method M    plurality | irv | stv | meek | schulze | borda | copeland
  --seats N     seats to fill (default: the number in the file)
  --seed N      draw lots with this seed where the rules leave a tie to lot
                (default: no lot; the count stops and reports the tie)
  --json        print one JSON object: method, seats, elected, tied, rounds
  --help        show this help

Exit status: 0 counted (also when the result is a tie), 2 bad input.
";

/// Most running candidates for the pairwise methods: their matrices grow as `n²`
/// and Schulze's widest paths as `n³`, so a huge header must not exhaust memory.
const MAX_PAIRWISE: usize = 1000;

/// The parsed command line.
#[derive(Debug, PartialEq, Eq)]
struct Options {
    method: Method,
    seats: Option<usize>,
    seed: Option<u64>,
    json: bool,
    file: String,
}

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
enum Command {
    Help,
    Count(Options),
}

/// Runs `samen tally` with the arguments after `tally`; returns the exit code.
pub fn run(args: &[String]) -> u8 {
    let opts = match parse_args(args) {
        Ok(Command::Help) => return emit(USAGE),
        Ok(Command::Count(opts)) => opts,
        Err(msg) => {
            return fail(&format!(
                "samen tally: {msg}\nRun `samen tally --help` for usage."
            ))
        }
    };
    let (label, bytes) = match read_input(&opts.file) {
        Ok(x) => x,
        Err(msg) => return fail(&msg),
    };
    let mut election = match blt::parse(&bytes) {
        Ok(e) => e,
        Err(e) => return fail(&format!("{label}:{e}")),
    };
    if let Some(seats) = opts.seats {
        election.seats = seats;
    }
    let running = election.running().len();
    if matches!(opts.method, Method::Schulze | Method::Copeland) && running > MAX_PAIRWISE {
        return fail(&format!(
            "samen tally: {label}: {running} candidates is too many for {} \
             (a pairwise count takes at most {MAX_PAIRWISE})",
            opts.method
        ));
    }
    let tie = TieBreak { seed: opts.seed };
    let t = tally::count(opts.method, &election, tie);
    if t.seats != election.seats {
        let _ = writeln!(
            std::io::stderr(),
            "samen tally: note: {} fills {} seat(s), not the {} asked for",
            opts.method,
            t.seats,
            election.seats
        );
    }
    let out = if opts.json {
        let mut s = json_output(opts.method, &election, &t);
        s.push('\n');
        s
    } else {
        render::text(&election, &t, tie)
    };
    emit(&out)
}

fn parse_args(args: &[String]) -> Result<Command, String> {
    let mut method: Option<Method> = None;
    let mut seats = None;
    let mut seed = None;
    let mut json = false;
    let mut file: Option<String> = None;
    if args.iter().any(|a| a == "--help" || a == "-h") {
        return Ok(Command::Help);
    }
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            inline
                .clone()
                .or_else(|| it.next().cloned())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag {
            "--json" if inline.is_none() => json = true,
            "--method" => {
                let v = value("--method")?;
                method = Some(v.parse().map_err(|e| format!("--method: {e}"))?);
            }
            "--seats" => {
                let v = value("--seats")?;
                seats = Some(
                    v.parse::<usize>()
                        .ok()
                        .filter(|&n| n > 0)
                        .ok_or("--seats needs a positive integer")?,
                );
            }
            "--seed" => {
                let v = value("--seed")?;
                seed = Some(
                    v.parse::<u64>()
                        .map_err(|_| "--seed needs a non-negative integer")?,
                );
            }
            "-" => set_file(&mut file, arg)?,
            f if f.starts_with('-') => return Err(format!("unknown option '{arg}'")),
            _ => set_file(&mut file, arg)?,
        }
    }
    let method =
        method.ok_or("missing --method (plurality, irv, stv, meek, schulze, borda, copeland)")?;
    let file = file.ok_or("missing FILE (a BLT ballot file, or '-' for standard input)")?;
    Ok(Command::Count(Options {
        method,
        seats,
        seed,
        json,
        file,
    }))
}

fn set_file(file: &mut Option<String>, arg: &str) -> Result<(), String> {
    match file {
        Some(first) => Err(format!("only one FILE allowed (got '{first}' and '{arg}')")),
        None => {
            *file = Some(arg.to_string());
            Ok(())
        }
    }
}

/// The input bytes and the label to put in front of error positions.
fn read_input(file: &str) -> Result<(String, Vec<u8>), String> {
    if file == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("samen tally: cannot read standard input: {e}"))?;
        Ok(("<stdin>".to_string(), bytes))
    } else {
        let bytes = std::fs::read(file).map_err(|e| format!("samen tally: {file}: {e}"))?;
        Ok((file.to_string(), bytes))
    }
}

/// The `--json` object: method, seats, elected, tied, rounds (in this order, on one line).
fn json_output(method: Method, e: &Election, t: &tally::Tally<tally::Report>) -> String {
    #[derive(serde::Serialize)]
    struct Output {
        method: &'static str,
        seats: usize,
        elected: Vec<String>,
        tied: Vec<String>,
        rounds: serde_json::Value,
    }
    let out = Output {
        method: method.as_str(),
        seats: t.seats,
        elected: render::names(e, &t.elected),
        tied: render::names(e, &t.tied),
        rounds: render::json_rounds(e, &t.report),
    };
    // Serialising plain data to a string cannot fail; never panic regardless.
    serde_json::to_string(&out).unwrap_or_else(|err| format!("{{\"error\":\"{err}\"}}"))
}

fn emit(text: &str) -> u8 {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => 0,
        // The reader went away (e.g. `| head`): nothing left to tell anyone.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => fail(&format!("samen tally: cannot write the output: {e}")),
    }
}

fn fail(msg: &str) -> u8 {
    let _ = writeln!(std::io::stderr(), "{msg}");
    2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &str) -> Result<Command, String> {
        let v: Vec<String> = args.split_whitespace().map(String::from).collect();
        parse_args(&v)
    }

    #[test]
    fn full_command_line() {
        assert_eq!(
            parse("--method schulze --seats 2 --seed=7 --json f.blt"),
            Ok(Command::Count(Options {
                method: Method::Schulze,
                seats: Some(2),
                seed: Some(7),
                json: true,
                file: "f.blt".into()
            }))
        );
    }

    #[test]
    fn flag_problems_name_the_flag() {
        let err = |a| parse(a).unwrap_err();
        assert_eq!(
            err("--method borda --seats 0 f"),
            "--seats needs a positive integer"
        );
        assert_eq!(
            err("--method borda --seats x f"),
            "--seats needs a positive integer"
        );
        assert_eq!(err("--method borda f --seats"), "--seats needs a value");
        assert_eq!(
            err("--method borda --seed -1 f"),
            "--seed needs a non-negative integer"
        );
        assert!(err("--method nope f").starts_with("--method: unknown method 'nope'"));
        assert!(err("--method borda").starts_with("missing FILE"));
        assert!(err("f").starts_with("missing --method"));
        assert_eq!(err("--method borda --frob f"), "unknown option '--frob'");
        assert!(err("--method borda a b").starts_with("only one FILE"));
    }

    #[test]
    fn dash_is_stdin_and_help_wins() {
        assert!(matches!(parse("--method borda -"), Ok(Command::Count(o)) if o.file == "-"));
        assert_eq!(parse("--method nope --help"), Ok(Command::Help));
        assert_eq!(parse("-h"), Ok(Command::Help));
    }
}

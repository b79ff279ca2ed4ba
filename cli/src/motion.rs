//! `samen motion`: decide a yes/no motion from its counts, as the app does.
//!
//! Defaults follow Dutch practice for a vereniging or coöperatie: more than half of
//! the votes cast; blank votes and abstentions are not votes cast; no quorum; a tie
//! rejects. Exit 0 whatever the outcome, 2 on bad input (naming the flag at fault).

use governance::attendance::{Headcount, QuorumCount, QuorumStatus, Turnout};
use governance::fraction::{Fraction, FractionError};
use governance::motion::{decide, Condition, Decision, Explanation, InvalidReason, Side, Votes};
use governance::rules::{
    Comparison, OnQuorumMissed, Quorum, QuorumOf, QuorumSize, QuorumUnit, Rule, Threshold, VoteBase,
};
use std::io::Write;

const USAGE: &str = "\
samen motion — decide a yes/no motion

Usage:
  samen motion --yes Y --no N [--abstain A] [--blank B] [--invalid I]
               [--present P] [--members M]
               [--threshold P/Q] [--strict|--inclusive]
               [--base cast|cast+abstain|valid|present|members]
               [--quorum P/Q] [--quorum-of present|members] [--json]

Counts:
  --yes, --no            votes in favour and against (required)
  --abstain, --blank, --invalid
                         abstentions, blank and invalid votes (default 0)
  --present P            voters present, including those represented by proxy
  --members M            all members entitled to vote

Rule (defaults: more than 1/2 of the votes cast, no quorum, a tie rejects):
  --threshold P/Q        the share yes must reach; 'at least' unless --strict
  --strict               yes must be more than P/Q
  --inclusive            yes must be at least P/Q
  --base B               what counts as 100 %: cast (yes + no, the Dutch default),
                         cast+abstain, valid (all but invalid), present (needs
                         --present) or members (needs --members)
  --quorum P/Q           at least P/Q of --members must be counted
  --quorum-of present    count those present or represented (default; needs --present)
  --quorum-of members    count the members who took part in the vote
                         (yes, no, abstain, blank or invalid)

Output: a short explanation, or with --json an object with \"outcome\" (passed,
rejected, no_quorum, invalid) and \"explanation\". Exit 0 whatever the outcome,
2 on bad input.
";

/// Bad input: the message names the flag at fault.
struct BadInput(String);

fn bad(message: impl Into<String>) -> BadInput {
    BadInput(message.into())
}

#[derive(Default)]
struct Args {
    yes: Option<u64>,
    no: Option<u64>,
    abstain: Option<u64>,
    blank: Option<u64>,
    invalid: Option<u64>,
    present: Option<u64>,
    members: Option<u64>,
    threshold: Option<Fraction>,
    comparison: Option<(Comparison, &'static str)>,
    base: Option<VoteBase>,
    quorum: Option<Fraction>,
    quorum_of: Option<QuorumOf>,
    json: bool,
    help: bool,
}

fn number(flag: &str, value: &str) -> Result<u64, BadInput> {
    let digits = !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit());
    match value.parse::<u64>() {
        Ok(n) if digits => Ok(n),
        _ if digits => Err(bad(format!("{flag} is too large, got '{value}'"))),
        _ => Err(bad(format!(
            "{flag} expects a whole number (0 or more), got '{value}'"
        ))),
    }
}

fn fraction(flag: &str, value: &str) -> Result<Fraction, BadInput> {
    Fraction::parse(value).map_err(|e| {
        let detail = match e {
            FractionError::Syntax => "",
            FractionError::ZeroDenominator => " with Q > 0",
            FractionError::GreaterThanOne => " between 0 and 1",
            FractionError::TooLarge => " with smaller numbers",
        };
        bad(format!("{flag} expects P/Q{detail}, got '{value}'"))
    })
}

fn set<T>(slot: &mut Option<T>, flag: &str, value: T) -> Result<(), BadInput> {
    if slot.is_some() {
        return Err(bad(format!("{flag} given twice")));
    }
    *slot = Some(value);
    Ok(())
}

fn parse(args: &[String]) -> Result<Args, BadInput> {
    let mut a = Args::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        match flag {
            "--json" | "--strict" | "--inclusive" | "--help" | "-h" if inline.is_some() => {
                return Err(bad(format!("{flag} takes no value")));
            }
            "--json" => a.json = true,
            "--help" | "-h" => a.help = true,
            "--strict" | "--inclusive" => {
                let c = if flag == "--strict" {
                    (Comparison::MoreThan, "--strict")
                } else {
                    (Comparison::AtLeast, "--inclusive")
                };
                if let Some((_, earlier)) = a.comparison {
                    return Err(bad(if earlier == c.1 {
                        format!("{flag} given twice")
                    } else {
                        "--strict and --inclusive exclude each other".to_string()
                    }));
                }
                a.comparison = Some(c);
            }
            "--yes" | "--no" | "--abstain" | "--blank" | "--invalid" | "--present"
            | "--members" | "--threshold" | "--base" | "--quorum" | "--quorum-of" => {
                let value = match inline {
                    Some(v) => v,
                    None => it
                        .next()
                        .cloned()
                        .ok_or_else(|| bad(format!("{flag} expects a value")))?,
                };
                let v = value.as_str();
                match flag {
                    "--yes" => set(&mut a.yes, flag, number(flag, v)?)?,
                    "--no" => set(&mut a.no, flag, number(flag, v)?)?,
                    "--abstain" => set(&mut a.abstain, flag, number(flag, v)?)?,
                    "--blank" => set(&mut a.blank, flag, number(flag, v)?)?,
                    "--invalid" => set(&mut a.invalid, flag, number(flag, v)?)?,
                    "--present" => set(&mut a.present, flag, number(flag, v)?)?,
                    "--members" => set(&mut a.members, flag, number(flag, v)?)?,
                    "--threshold" => set(&mut a.threshold, flag, fraction(flag, v)?)?,
                    "--quorum" => set(&mut a.quorum, flag, fraction(flag, v)?)?,
                    "--base" => {
                        let base = match v {
                            "cast" => VoteBase::Cast,
                            "cast+abstain" => VoteBase::CastAndAbstain,
                            "valid" => VoteBase::Valid,
                            "present" => VoteBase::Present,
                            "members" => VoteBase::Members,
                            _ => {
                                return Err(bad(format!(
                                    "--base expects cast, cast+abstain, valid, present or members, got '{v}'"
                                )))
                            }
                        };
                        set(&mut a.base, flag, base)?
                    }
                    _ => {
                        let of = match v {
                            "present" => QuorumOf::Present,
                            "members" => QuorumOf::Participating,
                            _ => {
                                return Err(bad(format!(
                                    "--quorum-of expects present or members, got '{v}'"
                                )))
                            }
                        };
                        set(&mut a.quorum_of, flag, of)?
                    }
                }
            }
            _ if flag.starts_with('-') => return Err(bad(format!("unknown option '{flag}'"))),
            _ => return Err(bad(format!("unexpected argument '{arg}'"))),
        }
    }
    Ok(a)
}

/// The rule, votes and turnout the arguments describe.
fn build(a: &Args) -> Result<(Rule, Votes, Turnout), BadInput> {
    let yes = a.yes.ok_or_else(|| bad("--yes is required"))?;
    let no = a.no.ok_or_else(|| bad("--no is required"))?;
    let comparison = match (a.comparison, a.threshold) {
        (Some((c, _)), _) => c,
        (None, Some(_)) => Comparison::AtLeast, // "2/3" reads as "at least 2/3", as in the law
        (None, None) => Comparison::MoreThan,
    };
    let mut rule = Rule {
        threshold: Threshold {
            fraction: a.threshold.unwrap_or(Fraction::ONE_HALF),
            comparison,
        },
        base: a.base.unwrap_or_default(),
        ..Rule::default()
    };
    match rule.base {
        VoteBase::Present if a.present.is_none() => {
            return Err(bad("--base present needs --present"))
        }
        VoteBase::Members if a.members.is_none() => {
            return Err(bad("--base members needs --members"))
        }
        _ => {}
    }
    match (a.quorum, a.quorum_of) {
        (None, Some(_)) => return Err(bad("--quorum-of needs --quorum")),
        (None, None) => {}
        (Some(share), of) => {
            let of = of.unwrap_or(QuorumOf::Present);
            if a.members.is_none() {
                return Err(bad("--quorum needs --members"));
            }
            if of == QuorumOf::Present && a.present.is_none() {
                return Err(bad("--quorum-of present needs --present"));
            }
            rule.quorum = Some(Quorum {
                size: QuorumSize::Share(Threshold::at_least(share)),
                of,
                unit: QuorumUnit::Members,
                on_missed: OnQuorumMissed::NotDecided,
            });
        }
    }
    let votes = Votes {
        abstain: a.abstain.unwrap_or(0),
        blank: a.blank.unwrap_or(0),
        invalid: a.invalid.unwrap_or(0),
        ..Votes::new(yes, no)
    };
    let turnout = Turnout {
        present: a.present.map(Headcount::equal),
        entitled: a.members.map(Headcount::equal),
        ..Turnout::default()
    };
    Ok((rule, votes, turnout))
}

fn comparison_words(t: Threshold) -> &'static str {
    match t.comparison {
        Comparison::MoreThan => "more than",
        Comparison::AtLeast => "at least",
    }
}

fn base_words(base: VoteBase) -> &'static str {
    match base {
        VoteBase::Cast => "votes cast",
        VoteBase::CastAndAbstain => "votes cast and abstentions",
        VoteBase::Valid => "valid votes",
        VoteBase::Present => "present",
        VoteBase::Members => "members",
    }
}

fn quorum_words(c: &QuorumCount, rule: &Rule) -> String {
    let counted = match c.of {
        QuorumOf::Present => "present",
        QuorumOf::Participating => "took part",
    };
    let share = match rule.quorum.map(|q| q.size) {
        Some(QuorumSize::Share(t)) => format!("{} {}", comparison_words(t), t.fraction),
        _ => "a minimum".to_string(),
    };
    let total = c
        .total
        .map_or(String::new(), |t| format!(" of {t} members"));
    let needed = c
        .required
        .map_or("cannot be reached".to_string(), |r| format!("needed {r}"));
    format!("{} {counted}{total}; {share} {needed}", c.counted)
}

/// A short English explanation, e.g. "passed: 6 yes of 9 votes cast; at least 2/3 needed 6".
fn explain(d: &Decision, rule: &Rule) -> String {
    let Explanation::Vote(e) = d.explanation else {
        return d.outcome.id().to_string(); // the CLI never builds a consent rule
    };
    let word = d.outcome.id().replace('_', " ");
    let threshold = |e: &governance::motion::VoteExplanation| {
        let t = e.threshold;
        let needed = e
            .required_yes
            .map_or("cannot be reached".to_string(), |r| format!("needed {r}"));
        format!(
            "{} yes of {} {}; {} {} {needed}",
            e.yes_counted,
            e.base_value.unwrap_or(0),
            base_words(e.base),
            comparison_words(t),
            t.fraction
        )
    };
    let mut text = match e.condition {
        Condition::ThresholdMet | Condition::ThresholdNotMet => {
            let casting = match e.casting_vote {
                Some(side) => format!(
                    "tie {y}-{y}, the chair's casting vote: {}; ",
                    if side == Side::Yes { "yes" } else { "no" },
                    y = e.votes.yes
                ),
                None => String::new(),
            };
            format!("{word}: {casting}{}", threshold(&e))
        }
        Condition::Tie => format!(
            "{word}: tie, {y} yes and {y} no; a tie rejects the motion",
            y = e.votes.yes
        ),
        Condition::NoVotesCast => format!("{word}: no votes cast (nobody voted yes or no)"),
        Condition::QuorumMissed(c) => format!("{word}: {}", quorum_words(&c, rule)),
        Condition::Invalid { reason } => format!(
            "{word}: {}",
            match reason {
                InvalidReason::CountTooLarge => "the counts are too large".to_string(),
                InvalidReason::MoreVotesThanPresent { votes, present } =>
                    format!("{votes} votes but only {present} present"),
                InvalidReason::MoreVotesThanMembers { votes, members } =>
                    format!("{votes} votes but only {members} members"),
                InvalidReason::MorePresentThanMembers { present, members } =>
                    format!("{present} present but only {members} members"),
                InvalidReason::TurnoutMissing { .. } => "a count is missing".to_string(),
                InvalidReason::CastingVoteMissing => "a tie needs the chair's casting vote".into(),
            }
        ),
        Condition::NoObjection | Condition::Objection { .. } => word,
    };
    if let QuorumStatus::Met(c) = e.quorum {
        if !matches!(e.condition, Condition::Invalid { .. }) {
            text.push_str(&format!(" (quorum: {})", quorum_words(&c, rule)));
        }
    }
    text
}

/// Writes to stderr; a closed stderr is no reason to panic.
fn complain(text: &str) {
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// Reports bad input; exit code 2.
fn refuse(BadInput(message): BadInput) -> u8 {
    complain(&format!(
        "samen motion: {message}\nRun `samen motion --help` for the options.\n"
    ));
    2
}

/// Runs `samen motion` with the arguments after the command name; returns the exit code.
pub fn run(args: &[String]) -> u8 {
    let a = match parse(args) {
        Ok(a) => a,
        Err(e) => return refuse(e),
    };
    let mut out = std::io::stdout().lock();
    if a.help {
        let _ = out.write_all(USAGE.as_bytes());
        return 0;
    }
    let (rule, votes, turnout) = match build(&a) {
        Ok(x) => x,
        Err(e) => return refuse(e),
    };
    let decision = decide(&rule, &votes, &turnout);
    let text = if a.json {
        match serde_json::to_string_pretty(&decision) {
            Ok(json) => json,
            Err(e) => {
                complain(&format!("samen motion: cannot write JSON: {e}\n"));
                return 1;
            }
        }
    } else {
        explain(&decision, &rule)
    };
    // A closed pipe is not an error of the count.
    let _ = writeln!(out, "{text}");
    0
}

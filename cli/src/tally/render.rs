//! Presenting a count: the `rounds` of the JSON output and the text tables.
//! Candidates appear by name (verbatim from the file).

use governance::ballot::{CandidateId, Election};
use governance::tally::{
    borda::{BordaReport, BordaVariant},
    copeland::CopelandReport,
    plurality::PluralityReport,
    schulze::{SchulzeReport, Strength},
    LotDrawn, Report, Tally, TieBreak,
};
use serde_json::{json, Value};
use std::fmt::Write as _;

/// The name of candidate `c` (a placeholder if the core ever returned an unknown id).
pub(crate) fn name(e: &Election, c: CandidateId) -> String {
    e.candidates
        .get(c)
        .cloned()
        .unwrap_or_else(|| format!("#{}", c + 1))
}

/// Names of `ids`, in order.
pub(crate) fn names(e: &Election, ids: &[CandidateId]) -> Vec<String> {
    ids.iter().map(|&c| name(e, c)).collect()
}

/// A score with a possible half: `points_x2 / 2` as an exact decimal.
fn halves(points_x2: u64) -> String {
    if points_x2 % 2 == 0 {
        (points_x2 / 2).to_string()
    } else {
        format!("{}.5", points_x2 / 2)
    }
}

fn json_lots(e: &Election, lots: &[LotDrawn]) -> Value {
    lots.iter()
        .map(|l| json!({ "seed": l.seed, "tied": names(e, &l.tied), "chosen": name(e, l.chosen) }))
        .collect()
}

/// The `rounds` array of the JSON output.
pub(crate) fn json_rounds(e: &Election, report: &Report) -> Value {
    let round = match report {
        Report::Plurality(r) => json!({
            "round": 1,
            "scores": r.scores.iter().map(|s| json!({"candidate": name(e, s.candidate), "votes": s.score})).collect::<Value>(),
            "blank": r.blank,
            "valid": r.valid,
            "lots": json_lots(e, &r.lots),
        }),
        Report::Borda(r) => json!({
            "round": 1,
            "variant": r.variant,
            "scores": r.scores.iter().map(|s| json!({"candidate": name(e, s.candidate), "points": halves(s.points_x2)})).collect::<Value>(),
            "blank": r.blank,
            "valid": r.valid,
            "lots": json_lots(e, &r.lots),
        }),
        Report::Copeland(r) => json!({
            "round": 1,
            "candidates": names(e, &r.candidates),
            "d": r.d,
            "scores": r.scores.iter().map(|s| json!({
                "candidate": name(e, s.candidate),
                "wins": s.wins, "ties": s.ties, "losses": s.losses, "score": s.score,
            })).collect::<Value>(),
            "blank": r.blank,
            "valid": r.valid,
            "lots": json_lots(e, &r.lots),
        }),
        Report::Schulze(r) => json!({
            "round": 1,
            "strength": r.strength,
            "candidates": names(e, &r.candidates),
            "d": r.d,
            "p": r.p,
            "winners": names(e, &r.winners),
            "ranking": r.ranking.iter().map(|g| names(e, g)).collect::<Vec<_>>(),
            "blank": r.blank,
            "valid": r.valid,
            "lots": json_lots(e, &r.lots),
        }),
    };
    Value::Array(vec![round])
}

/// A plain-text table: first column left-aligned, the others right-aligned.
fn table(header: &[String], rows: &[Vec<String>]) -> String {
    let cols = header.len();
    let mut width = vec![0usize; cols];
    for row in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
        for (w, cell) in width.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for row in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
        let mut line = String::new();
        for (i, (cell, w)) in row.iter().zip(&width).enumerate() {
            let pad = " ".repeat(w - cell.chars().count());
            if i == 0 {
                let _ = write!(line, "  {cell}{pad}");
            } else {
                let _ = write!(line, "  {pad}{cell}");
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn strs<const N: usize>(cells: [&str; N]) -> Vec<String> {
    cells.iter().map(|s| s.to_string()).collect()
}

/// A pairwise matrix with candidate numbers as labels (the legend gives the names).
fn matrix(candidates: &[CandidateId], m: &[Vec<u64>]) -> String {
    let label = |c: CandidateId| (c + 1).to_string();
    let header: Vec<String> = std::iter::once(String::new())
        .chain(candidates.iter().map(|&c| label(c)))
        .collect();
    let rows: Vec<Vec<String>> = candidates
        .iter()
        .zip(m)
        .enumerate()
        .map(|(i, (&c, row))| {
            std::iter::once(label(c))
                .chain(row.iter().enumerate().map(|(j, v)| {
                    if i == j {
                        "-".to_string()
                    } else {
                        v.to_string()
                    }
                }))
                .collect()
        })
        .collect();
    table(&header, &rows)
}

fn legend(e: &Election, candidates: &[CandidateId]) -> String {
    let rows: Vec<Vec<String>> = candidates
        .iter()
        .map(|&c| vec![(c + 1).to_string(), name(e, c)])
        .collect();
    // Left-align the names: build by hand rather than with `table`.
    let w = rows.iter().map(|r| r[0].len()).max().unwrap_or(0);
    rows.iter()
        .map(|r| format!("  {:>w$}  {}\n", r[0], r[1]))
        .collect()
}

fn lots_text(e: &Election, lots: &[LotDrawn]) -> String {
    lots.iter()
        .map(|l| {
            format!(
                "Lot (seed {}) among {}: {} drawn\n",
                l.seed,
                names(e, &l.tied).join(", "),
                name(e, l.chosen)
            )
        })
        .collect()
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The readable report of a count.
pub(crate) fn text(e: &Election, t: &Tally<Report>, tie: TieBreak) -> String {
    let running = e.running().len();
    let mut out = format!(
        "{} — {}, {}\n",
        title(&t.report),
        plural(running, "candidate", "candidates"),
        plural(t.seats, "seat", "seats"),
    );
    if !e.title.is_empty() {
        let _ = writeln!(out, "{}", e.title);
    }
    out.push('\n');
    match &t.report {
        Report::Plurality(r) => plurality_text(&mut out, e, r),
        Report::Borda(r) => borda_text(&mut out, e, r),
        Report::Copeland(r) => copeland_text(&mut out, e, r),
        Report::Schulze(r) => schulze_text(&mut out, e, r),
    }
    out.push('\n');
    let _ = writeln!(out, "Elected: {}", list(&names(e, &t.elected)));
    if !t.tied.is_empty() {
        let _ = writeln!(
            out,
            "Tied:    {} — the rules leave this to lot{}",
            names(e, &t.tied).join(", "),
            if tie.seed.is_none() {
                "; run again with --seed N to draw it"
            } else {
                ""
            }
        );
    }
    out
}

fn list(v: &[String]) -> String {
    if v.is_empty() {
        "(none)".to_string()
    } else {
        v.join(", ")
    }
}

fn title(report: &Report) -> String {
    match report {
        Report::Schulze(r) => format!(
            "Schulze ({})",
            match r.strength {
                Strength::WinningVotes => "winning votes",
                Strength::Margins => "margins",
            }
        ),
        Report::Borda(r) => format!(
            "Borda ({})",
            match r.variant {
                BordaVariant::Averaged => "averaged for truncated ballots",
                BordaVariant::Pessimistic => "pessimistic",
                BordaVariant::Modified => "modified",
            }
        ),
        Report::Plurality(_) => "Plurality".to_string(),
        Report::Copeland(_) => "Copeland (wins − losses)".to_string(),
    }
}

fn ballots_line(out: &mut String, valid: u64, blank: u64) {
    let _ = writeln!(out, "Valid ballots {valid}, blank {blank}\n");
}

fn plurality_text(out: &mut String, e: &Election, r: &PluralityReport) {
    ballots_line(out, r.valid, r.blank);
    let rows: Vec<Vec<String>> = r
        .scores
        .iter()
        .map(|s| vec![name(e, s.candidate), s.score.to_string()])
        .collect();
    out.push_str(&table(&strs(["Candidate", "Votes"]), &rows));
    out.push_str(&lots_text(e, &r.lots));
}

fn borda_text(out: &mut String, e: &Election, r: &BordaReport) {
    ballots_line(out, r.valid, r.blank);
    let rows: Vec<Vec<String>> = r
        .scores
        .iter()
        .map(|s| vec![name(e, s.candidate), halves(s.points_x2)])
        .collect();
    out.push_str(&table(&strs(["Candidate", "Points"]), &rows));
    out.push_str(&lots_text(e, &r.lots));
}

fn copeland_text(out: &mut String, e: &Election, r: &CopelandReport) {
    ballots_line(out, r.valid, r.blank);
    out.push_str(&legend(e, &r.candidates));
    out.push_str("\nd[a][b]: ballots ranking a above b\n");
    out.push_str(&matrix(&r.candidates, &r.d));
    out.push('\n');
    let rows: Vec<Vec<String>> = r
        .scores
        .iter()
        .map(|s| {
            vec![
                name(e, s.candidate),
                s.wins.to_string(),
                s.ties.to_string(),
                s.losses.to_string(),
                s.score.to_string(),
            ]
        })
        .collect();
    out.push_str(&table(
        &strs(["Candidate", "Wins", "Ties", "Losses", "Score"]),
        &rows,
    ));
    out.push_str(&lots_text(e, &r.lots));
}

fn schulze_text(out: &mut String, e: &Election, r: &SchulzeReport) {
    ballots_line(out, r.valid, r.blank);
    out.push_str(&legend(e, &r.candidates));
    out.push_str("\nd[a][b]: ballots ranking a above b\n");
    out.push_str(&matrix(&r.candidates, &r.d));
    out.push_str("\np[a][b]: strength of the strongest path from a to b\n");
    out.push_str(&matrix(&r.candidates, &r.p));
    let groups: Vec<String> = r.ranking.iter().map(|g| names(e, g).join(" = ")).collect();
    let _ = writeln!(out, "\nRanking: {}", groups.join(" > "));
    out.push_str(&lots_text(e, &r.lots));
}

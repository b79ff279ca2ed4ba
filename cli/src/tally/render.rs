//! Presenting a count: the `rounds` of the JSON output and the text tables.
//! Candidates appear by name (verbatim from the file).

use governance::ballot::{CandidateId, Election};
use governance::tally::{
    borda::{BordaReport, BordaVariant},
    copeland::CopelandReport,
    irv::{IrvReport, IrvTie},
    meek::{self, MeekReport, MeekStatus, MeekTie},
    plurality::PluralityReport,
    schulze::{SchulzeReport, Strength},
    stv::{self, CandidateState, StvAction, StvReport, StvTie},
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
        Report::Irv(r) => return json_irv(e, r),
        Report::Stv(r) => return json_stv(e, r),
        Report::Meek(r) => return json_meek(e, r),
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

/// A tie and how it was settled, in the JSON output.
struct TieJson<'a> {
    rule: &'a str,
    tied: &'a [CandidateId],
    at: Option<(&'a str, usize)>,
    lot: Option<&'a LotDrawn>,
}

impl TieJson<'_> {
    fn value(&self, e: &Election) -> Value {
        let mut v = json!({ "rule": self.rule, "tied": names(e, self.tied) });
        if let Some((key, n)) = self.at {
            v[key] = json!(n);
        }
        if let Some(l) = self.lot {
            v["seed"] = json!(l.seed);
            v["chosen"] = json!(name(e, l.chosen));
        }
        v
    }

    /// `tie between A, B: …` for the text report.
    fn text(&self, e: &Election) -> String {
        let tied = names(e, self.tied).join(", ");
        match (self.rule, self.at, self.lot) {
            (_, _, Some(l)) => format!(
                "tie {tied}: lot (seed {}) drew {}",
                l.seed,
                name(e, l.chosen)
            ),
            ("no_votes", _, _) => {
                format!("tie {tied}: tie immaterial (no votes), lowest number first")
            }
            ("unresolved", _, _) => format!("tie {tied}: needs a lot (no --seed), count stopped"),
            (rule, Some((key, n)), _) => format!(
                "tie {tied}: settled by {key} {n} ({})",
                rule.replace('_', " ")
            ),
            (rule, None, None) => format!("tie {tied}: {rule}"),
        }
    }
}

fn irv_tie(t: &IrvTie) -> TieJson<'_> {
    match t {
        IrvTie::EarlierRound { tied, round } => TieJson {
            rule: "earlier_round",
            tied,
            at: Some(("round", *round)),
            lot: None,
        },
        IrvTie::NoVotes { tied } => TieJson {
            rule: "no_votes",
            tied,
            at: None,
            lot: None,
        },
        IrvTie::Lot(l) => TieJson {
            rule: "lot",
            tied: &l.tied,
            at: None,
            lot: Some(l),
        },
        IrvTie::Unresolved { tied } => TieJson {
            rule: "unresolved",
            tied,
            at: None,
            lot: None,
        },
    }
}

fn stv_tie(t: &StvTie) -> TieJson<'_> {
    match t {
        StvTie::Rule49 { tied, stage } => TieJson {
            rule: "rule_49",
            tied,
            at: Some(("stage", *stage)),
            lot: None,
        },
        StvTie::Rule51 { tied, stage } => TieJson {
            rule: "rule_51",
            tied,
            at: Some(("stage", *stage)),
            lot: None,
        },
        StvTie::NoVotes { tied } => TieJson {
            rule: "no_votes",
            tied,
            at: None,
            lot: None,
        },
        StvTie::Lot(l) => TieJson {
            rule: "lot",
            tied: &l.tied,
            at: None,
            lot: Some(l),
        },
        StvTie::Unresolved { tied } => TieJson {
            rule: "unresolved",
            tied,
            at: None,
            lot: None,
        },
    }
}

fn meek_tie(t: &MeekTie) -> TieJson<'_> {
    match t {
        MeekTie::NoVotes { tied } => TieJson {
            rule: "no_votes",
            tied,
            at: None,
            lot: None,
        },
        MeekTie::Lot(l) => TieJson {
            rule: "lot",
            tied: &l.tied,
            at: None,
            lot: Some(l),
        },
        MeekTie::Unresolved { tied } => TieJson {
            rule: "unresolved",
            tied,
            at: None,
            lot: None,
        },
    }
}

fn state_str(s: CandidateState) -> &'static str {
    match s {
        CandidateState::Withdrawn => "withdrawn",
        CandidateState::Continuing => "continuing",
        CandidateState::Elected => "elected",
        CandidateState::Excluded => "excluded",
    }
}

fn opt_name(e: &Election, c: Option<CandidateId>) -> Value {
    c.map_or(Value::Null, |c| json!(name(e, c)))
}

fn json_irv(e: &Election, r: &IrvReport) -> Value {
    r.rounds
        .iter()
        .map(|round| {
            json!({
                "round": round.round,
                "tallies": round.tallies.iter().enumerate()
                    .filter_map(|(c, t)| t.map(|t| json!({"candidate": name(e, c), "votes": t})))
                    .collect::<Value>(),
                "exhausted": round.exhausted,
                "continuing": round.continuing,
                "threshold": round.threshold,
                "elected": opt_name(e, round.elected),
                "excluded": opt_name(e, round.excluded),
                "tie": round.tie.as_ref().map_or(Value::Null, |t| irv_tie(t).value(e)),
                "valid": r.valid,
                "blank": r.blank,
            })
        })
        .collect()
}

fn stv_action(e: &Election, a: &StvAction) -> Value {
    match a {
        StvAction::FirstCount => json!({"type": "first_count"}),
        StvAction::Surplus {
            candidate,
            surplus,
            total,
            transfer_value,
        } => json!({
            "type": "surplus",
            "candidate": name(e, *candidate),
            "surplus": stv::format_units(*surplus),
            "total": stv::format_units(*total),
            "transfer_value": stv::format_units(*transfer_value),
        }),
        StvAction::Exclusion { candidate } => {
            json!({"type": "exclusion", "candidate": name(e, *candidate)})
        }
    }
}

fn json_stv(e: &Election, r: &StvReport) -> Value {
    r.stages
        .iter()
        .map(|st| {
            json!({
                "stage": st.stage,
                "action": stv_action(e, &st.action),
                "votes": st.votes.iter().zip(&st.states).enumerate()
                    .filter(|(_, (_, s))| **s != CandidateState::Withdrawn)
                    .map(|(c, (v, s))| json!({"candidate": name(e, c), "votes": stv::format_units(*v), "state": state_str(*s)}))
                    .collect::<Value>(),
                "non_transferable": stv::format_units(st.non_transferable),
                "lost": stv::format_units(st.lost),
                "elected": names(e, &st.elected),
                "last_vacancies": st.last_vacancies,
                "tie": st.tie.as_ref().map_or(Value::Null, |t| stv_tie(t).value(e)),
                "quota": stv::format_units(r.quota),
                "valid": r.valid,
                "blank": r.blank,
            })
        })
        .collect()
}

fn json_meek(e: &Election, r: &MeekReport) -> Value {
    if r.rounds.is_empty() {
        // No count was needed (no more hopefuls than seats).
        return json!([{
            "round": 0,
            "elected_remaining": names(e, &r.elected_remaining),
            "valid": r.valid,
            "blank": r.blank,
        }]);
    }
    let last = r.rounds.len() - 1;
    r.rounds
        .iter()
        .enumerate()
        .map(|(i, round)| {
            let fin = round.iterations.last();
            let unit = |f: fn(&meek::MeekIteration) -> u128| fin.map_or(Value::Null, |it| json!(meek::format_units(f(it))));
            let mut v = json!({
                "round": round.round,
                "iterations": round.iterations.len(),
                "status": match round.status {
                    MeekStatus::Elected => "elected",
                    MeekStatus::Omega => "omega",
                    MeekStatus::Stable => "stable",
                },
                "quota": unit(|it| it.quota),
                "votes": round.states.iter().enumerate()
                    .filter(|(_, s)| **s != CandidateState::Withdrawn)
                    .map(|(c, s)| json!({
                        "candidate": name(e, c),
                        "votes": fin.and_then(|it| it.votes.get(c)).map_or(Value::Null, |v| json!(meek::format_units(*v))),
                        "keep_factor": fin.and_then(|it| it.keep_factors.get(c)).map_or(Value::Null, |v| json!(meek::format_units(*v))),
                        "state": state_str(*s),
                    }))
                    .collect::<Value>(),
                "excess": unit(|it| it.excess),
                "surplus": unit(|it| it.surplus),
                "elected": names(e, &round.elected),
                "defeated": opt_name(e, round.defeated),
                "tie": round.tie.as_ref().map_or(Value::Null, |t| meek_tie(t).value(e)),
                "valid": r.valid,
                "blank": r.blank,
            });
            if i == last {
                v["elected_remaining"] = json!(names(e, &r.elected_remaining));
            }
            v
        })
        .collect()
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
        Report::Irv(r) => irv_text(&mut out, e, r),
        Report::Stv(r) => stv_text(&mut out, e, r),
        Report::Meek(r) => meek_text(&mut out, e, r),
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
        Report::Irv(_) => "Instant runoff (IRV)".to_string(),
        Report::Stv(_) => "Scottish STV".to_string(),
        Report::Meek(_) => "Meek STV (PRF reference rule)".to_string(),
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

/// A table with one row per candidate and one column per round or stage, split into
/// blocks of at most `per_block` columns so that it stays readable in a terminal.
fn grid(header: &str, cols: &[String], rows: &[Vec<String>], per_block: usize) -> String {
    let mut out = String::new();
    let per_block = per_block.max(1);
    let n = cols.len();
    if n == 0 {
        return out;
    }
    let mut start = 0;
    loop {
        let end = (start + per_block).min(n);
        let head: Vec<String> = std::iter::once(header.to_string())
            .chain(cols[start..end].iter().cloned())
            .collect();
        let body: Vec<Vec<String>> = rows
            .iter()
            .map(|r| {
                std::iter::once(r[0].clone())
                    .chain(r.iter().skip(1 + start).take(end - start).cloned())
                    .collect()
            })
            .collect();
        out.push_str(&table(&head, &body));
        if end >= n {
            break;
        }
        out.push('\n');
        start = end;
    }
    out
}

fn irv_text(out: &mut String, e: &Election, r: &IrvReport) {
    ballots_line(out, r.valid, r.blank);
    let cols: Vec<String> = r
        .rounds
        .iter()
        .map(|x| format!("Round {}", x.round))
        .collect();
    let mut rows: Vec<Vec<String>> = e
        .running()
        .into_iter()
        .map(|c| {
            std::iter::once(name(e, c))
                .chain(r.rounds.iter().map(|x| {
                    x.tallies
                        .get(c)
                        .copied()
                        .flatten()
                        .map_or("–".to_string(), |v| v.to_string())
                }))
                .collect()
        })
        .collect();
    let extra = |label: &str, f: fn(&governance::tally::irv::IrvRound) -> u64| {
        std::iter::once(label.to_string())
            .chain(r.rounds.iter().map(|x| f(x).to_string()))
            .collect::<Vec<_>>()
    };
    rows.push(extra("Exhausted", |x| x.exhausted));
    rows.push(extra("Continuing (V)", |x| x.continuing));
    rows.push(extra("Majority", |x| x.threshold));
    out.push_str(&grid("Candidate", &cols, &rows, 8));
    out.push('\n');
    for x in &r.rounds {
        let mut line = format!("Round {}:", x.round);
        if let Some(c) = x.elected {
            let _ = write!(line, " {} elected", name(e, c));
        }
        if let Some(c) = x.excluded {
            let _ = write!(line, " {} excluded", name(e, c));
        }
        if let Some(t) = &x.tie {
            let _ = write!(line, " ({})", irv_tie(t).text(e));
        }
        if x.elected.is_none() && x.excluded.is_none() && x.tie.is_none() {
            line.push_str(" no decision");
        }
        let _ = writeln!(out, "{line}");
    }
}

fn stv_text(out: &mut String, e: &Election, r: &StvReport) {
    let _ = writeln!(
        out,
        "Valid ballots {}, blank {}, quota {}\n",
        r.valid,
        r.blank,
        stv::format_units(r.quota)
    );
    for st in &r.stages {
        let action = match &st.action {
            StvAction::FirstCount => "first count".to_string(),
            StvAction::Surplus {
                candidate,
                surplus,
                total,
                transfer_value,
            } => format!(
                "surplus of {} ({} of {}; transfer value {})",
                name(e, *candidate),
                stv::format_units(*surplus),
                stv::format_units(*total),
                stv::format_units(*transfer_value)
            ),
            StvAction::Exclusion { candidate } => format!("exclusion of {}", name(e, *candidate)),
        };
        let mut line = format!("Stage {}: {action}", st.stage);
        if let Some(t) = &st.tie {
            let _ = write!(line, " ({})", stv_tie(t).text(e));
        }
        if !st.elected.is_empty() {
            let _ = write!(
                line,
                "; elected: {}{}",
                names(e, &st.elected).join(", "),
                if st.last_vacancies {
                    " (last vacancies, rule 52)"
                } else {
                    ""
                }
            );
        }
        let _ = writeln!(out, "{line}");
    }
    out.push('\n');
    let cols: Vec<String> = r
        .stages
        .iter()
        .map(|s| format!("Stage {}", s.stage))
        .collect();
    let mut rows: Vec<Vec<String>> = e
        .running()
        .into_iter()
        .map(|c| {
            let mut row = vec![name(e, c)];
            let mut excluded_before = false;
            for st in &r.stages {
                let state = st
                    .states
                    .get(c)
                    .copied()
                    .unwrap_or(CandidateState::Withdrawn);
                let excluded_here =
                    matches!(st.action, StvAction::Exclusion { candidate } if candidate == c);
                row.push(
                    if excluded_before && state == CandidateState::Excluded && !excluded_here {
                        "–".to_string()
                    } else {
                        st.votes
                            .get(c)
                            .map_or("–".to_string(), |v| stv::format_units(*v))
                    },
                );
                excluded_before |= state == CandidateState::Excluded;
            }
            row
        })
        .collect();
    let total = |label: &str, f: fn(&governance::tally::stv::StvStage) -> u128| {
        std::iter::once(label.to_string())
            .chain(r.stages.iter().map(|s| stv::format_units(f(s))))
            .collect::<Vec<_>>()
    };
    rows.push(total("Non-transferable", |s| s.non_transferable));
    rows.push(total("Lost to truncation", |s| s.lost));
    out.push_str(&grid("Candidate", &cols, &rows, 6));
}

fn meek_text(out: &mut String, e: &Election, r: &MeekReport) {
    ballots_line(out, r.valid, r.blank);
    let u = meek::format_units;
    for round in &r.rounds {
        let Some(fin) = round.iterations.last() else {
            continue;
        };
        let status = match round.status {
            MeekStatus::Elected => "someone reached the quota",
            MeekStatus::Omega => "surplus below 0.000001",
            MeekStatus::Stable => "surplus stopped falling",
        };
        let mut line = format!(
            "Round {}: {} iteration(s), {status}; quota {}, excess {}, surplus {}",
            round.round,
            round.iterations.len(),
            u(fin.quota),
            u(fin.excess),
            u(fin.surplus)
        );
        if !round.elected.is_empty() {
            let _ = write!(line, "; elected: {}", names(e, &round.elected).join(", "));
        }
        if let Some(c) = round.defeated {
            let _ = write!(line, "; defeated: {}", name(e, c));
        }
        if let Some(t) = &round.tie {
            let _ = write!(line, " ({})", meek_tie(t).text(e));
        }
        let _ = writeln!(out, "{line}");
        let kfs: Vec<String> = round
            .states
            .iter()
            .enumerate()
            .filter(|(_, s)| **s == CandidateState::Elected)
            .map(|(c, _)| {
                format!(
                    "{} {}",
                    name(e, c),
                    fin.keep_factors.get(c).map_or("?".to_string(), |k| u(*k))
                )
            })
            .collect();
        if !kfs.is_empty() {
            let _ = writeln!(out, "  keep factors: {}", kfs.join(", "));
        }
    }
    if !r.elected_remaining.is_empty() {
        let _ = writeln!(
            out,
            "Elected as the last hopefuls: {}",
            names(e, &r.elected_remaining).join(", ")
        );
    }
    out.push('\n');
    let cols: Vec<String> = r
        .rounds
        .iter()
        .map(|x| format!("Round {}", x.round))
        .collect();
    let mut rows: Vec<Vec<String>> = e
        .running()
        .into_iter()
        .map(|c| {
            std::iter::once(name(e, c))
                .chain(r.rounds.iter().map(|x| {
                    let defeated_before =
                        x.states.get(c) == Some(&CandidateState::Excluded) && x.defeated != Some(c);
                    match x.iterations.last().and_then(|it| it.votes.get(c)) {
                        Some(v) if !defeated_before => u(*v),
                        _ => "–".to_string(),
                    }
                }))
                .collect()
        })
        .collect();
    rows.push(
        std::iter::once("Excess".to_string())
            .chain(r.rounds.iter().map(|x| {
                x.iterations
                    .last()
                    .map_or("–".to_string(), |it| u(it.excess))
            }))
            .collect(),
    );
    out.push_str(&grid("Candidate", &cols, &rows, 5));
}

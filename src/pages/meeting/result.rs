//! Results in words and tables: a motion's explanation (via `explain`), an
//! election's elected candidates and its round-by-round table.

use super::text::T;
use crate::explain::say;
use crate::i18n::{fill, Lang};
use governance::ballot::Election;
use governance::collective::log::{EntryBody, LogEntry};
use governance::collective::{Ballots, Collective, CountingMethod, Decided, ElectionResult};
use governance::motion;
use governance::tally::stv::{format_units, CandidateState, StvAction};
use governance::tally::{self, approval, score, Report, TieBreak};
use yew::prelude::*;

/// A table of plain text cells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// What the table shows.
    pub caption: String,
    /// Column headings.
    pub head: Vec<String>,
    /// Rows; the first cell of each is its heading.
    pub rows: Vec<Vec<String>>,
}

/// A result said in words: headline with symbol, CSS class, detail sentences, tables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultWords {
    /// CSS class (`passed`, `rejected`, `no-quorum`, `invalid`).
    pub class: &'static str,
    /// "✔ Aangenomen", "Gekozen: …".
    pub headline: String,
    /// Numbers, base, threshold, the deciding condition.
    pub details: Vec<String>,
    /// Round tables of a ranked count.
    pub tables: Vec<Table>,
}

/// Counts a logged entry again from what the log recorded.
pub fn entry_decided(entry: &LogEntry) -> Option<Decided> {
    match &entry.body {
        EntryBody::Motion(m) => Some(Decided::Motion(motion::decide(
            &m.rule, &m.votes, &m.turnout,
        ))),
        EntryBody::Election(e) => {
            let seats = usize::try_from(e.seats).unwrap_or(usize::MAX);
            let tie = TieBreak { seed: e.tie_seed };
            Some(Decided::Election(match (e.method, &e.ballots) {
                (CountingMethod::Ranked(m), Ballots::Ranked(b)) => {
                    ElectionResult::Ranked(tally::count(
                        m,
                        &Election {
                            title: entry.title.clone(),
                            candidates: e.candidates.clone(),
                            seats,
                            withdrawn: e.withdrawn.clone(),
                            ballots: b.clone(),
                        },
                        tie,
                    ))
                }
                (CountingMethod::Approval, Ballots::Approval(b)) => {
                    ElectionResult::Approval(approval::count(
                        &approval::ApprovalElection {
                            title: entry.title.clone(),
                            candidates: e.candidates.clone(),
                            seats,
                            withdrawn: e.withdrawn.clone(),
                            ballots: b.clone(),
                        },
                        tie,
                    ))
                }
                (CountingMethod::Score { max_score }, Ballots::Score(b)) => {
                    ElectionResult::Score(score::count(
                        &score::ScoreElection {
                            title: entry.title.clone(),
                            candidates: e.candidates.clone(),
                            seats,
                            max_score,
                            withdrawn: e.withdrawn.clone(),
                            ballots: b.clone(),
                        },
                        tie,
                    ))
                }
                _ => return None,
            }))
        }
        EntryBody::Challenge(_) => None,
    }
}

/// The headline of a logged entry.
pub fn entry_headline(lang: Lang, _c: &Collective, entry: &LogEntry) -> (String, &'static str) {
    let candidates = match &entry.body {
        EntryBody::Election(e) => e.candidates.clone(),
        _ => Vec::new(),
    };
    match entry_decided(entry) {
        Some(d) => {
            let w = words(lang, &d, &candidates);
            (w.headline, w.class)
        }
        None => (String::new(), "open"),
    }
}

fn names(candidates: &[String], ids: &[usize]) -> String {
    ids.iter()
        .map(|i| {
            candidates
                .get(*i)
                .cloned()
                .unwrap_or_else(|| format!("#{i}"))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A result in words and tables.
pub fn words(lang: Lang, decided: &Decided, candidates: &[String]) -> ResultWords {
    match decided {
        Decided::Motion(d) => {
            let s = say(lang, d);
            ResultWords {
                class: s.class,
                headline: s.headline,
                details: s.details,
                tables: Vec::new(),
            }
        }
        Decided::Election(r) => {
            let elected = r.elected();
            let tied = r.tied();
            let headline = if elected.is_empty() {
                T::NobodyElected.get(lang).to_string()
            } else {
                fill(T::ElectedHeadline.get(lang), &[&names(candidates, elected)])
            };
            let mut details = Vec::new();
            if !tied.is_empty() {
                details.push(fill(T::TiedLine.get(lang), &[&names(candidates, tied)]));
            }
            let tables = match r {
                ElectionResult::Ranked(t) => match &t.report {
                    Report::Stv(rep) => {
                        details.push(fill(
                            T::StvQuota.get(lang),
                            &[&rep.valid, &format_units(rep.quota)],
                        ));
                        vec![stv_table(lang, rep, candidates)]
                    }
                    Report::Irv(rep) => vec![irv_table(lang, rep, candidates)],
                    Report::Meek(rep) => vec![meek_table(lang, rep, candidates)],
                    Report::Schulze(rep) => vec![
                        pairwise_table(
                            T::PairwiseCaption.get(lang),
                            &rep.candidates,
                            &rep.d,
                            candidates,
                            lang,
                        ),
                        pairwise_table(
                            T::PathCaption.get(lang),
                            &rep.candidates,
                            &rep.p,
                            candidates,
                            lang,
                        ),
                    ],
                    Report::Copeland(rep) => vec![
                        pairwise_table(
                            T::PairwiseCaption.get(lang),
                            &rep.candidates,
                            &rep.d,
                            candidates,
                            lang,
                        ),
                        Table {
                            caption: T::CopelandCaption.get(lang).to_string(),
                            head: vec![
                                T::Candidate.get(lang).to_string(),
                                T::WinsTiesLosses.get(lang).to_string(),
                                T::Points.get(lang).to_string(),
                            ],
                            rows: rep
                                .scores
                                .iter()
                                .map(|s| {
                                    vec![
                                        names(candidates, &[s.candidate]),
                                        format!("{} / {} / {}", s.wins, s.ties, s.losses),
                                        s.score.to_string(),
                                    ]
                                })
                                .collect(),
                        },
                    ],
                    Report::Borda(rep) => vec![score_table(
                        lang,
                        T::BordaCaption,
                        T::Points,
                        candidates,
                        rep.scores.iter().map(|s| {
                            let half = if s.points_x2 % 2 == 0 { "" } else { "½" };
                            (s.candidate, format!("{}{half}", s.points_x2 / 2))
                        }),
                    )],
                    Report::Plurality(rep) => vec![score_table(
                        lang,
                        T::PluralityCaption,
                        T::FirstPreferences,
                        candidates,
                        rep.scores
                            .iter()
                            .map(|s| (s.candidate, s.score.to_string())),
                    )],
                },
                ElectionResult::Approval(t) => vec![score_table(
                    lang,
                    T::ApprovalCaption,
                    T::Approvals,
                    candidates,
                    t.report
                        .scores
                        .iter()
                        .map(|s| (s.candidate, s.approvals.to_string())),
                )],
                ElectionResult::Score(t) => vec![score_table(
                    lang,
                    T::ScoreCaption,
                    T::TotalScore,
                    candidates,
                    t.report
                        .totals
                        .iter()
                        .map(|s| (s.candidate, s.total.to_string())),
                )],
            };
            ResultWords {
                class: if elected.is_empty() {
                    "no-quorum"
                } else {
                    "passed"
                },
                headline,
                details,
                tables,
            }
        }
    }
}

fn state_mark(lang: Lang, s: CandidateState) -> &'static str {
    match s {
        CandidateState::Elected => T::MarkElected.get(lang),
        CandidateState::Excluded => T::MarkExcluded.get(lang),
        CandidateState::Withdrawn => T::MarkWithdrawn.get(lang),
        CandidateState::Continuing => "",
    }
}

/// The stages of a Scottish STV count: votes with 5 decimals per candidate.
fn stv_table(lang: Lang, rep: &governance::tally::stv::StvReport, candidates: &[String]) -> Table {
    let mut head = vec![T::Candidate.get(lang).to_string()];
    for s in &rep.stages {
        let what = match &s.action {
            StvAction::FirstCount => T::FirstCount.get(lang).to_string(),
            StvAction::Surplus { candidate, .. } => {
                fill(T::SurplusOf.get(lang), &[&names(candidates, &[*candidate])])
            }
            StvAction::Exclusion { candidate } => fill(
                T::ExclusionOf.get(lang),
                &[&names(candidates, &[*candidate])],
            ),
        };
        head.push(format!("{} {}: {}", T::Stage.get(lang), s.stage, what));
    }
    let mut rows: Vec<Vec<String>> = candidates
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let mut row = vec![name.clone()];
            for s in &rep.stages {
                let v = s.votes.get(i).copied().unwrap_or(0);
                let mark = s.states.get(i).map_or("", |st| state_mark(lang, *st));
                row.push(
                    format!(
                        "{}{}{}",
                        format_units(v),
                        if mark.is_empty() { "" } else { " " },
                        mark
                    )
                    .trim()
                    .to_string(),
                );
            }
            row
        })
        .collect();
    let mut nt = vec![T::NonTransferable.get(lang).to_string()];
    let mut lost = vec![T::LostFractions.get(lang).to_string()];
    for s in &rep.stages {
        nt.push(format_units(s.non_transferable));
        lost.push(format_units(s.lost));
    }
    rows.push(nt);
    rows.push(lost);
    Table {
        caption: fill(T::StvCaption.get(lang), &[&format_units(rep.quota)]),
        head,
        rows,
    }
}

/// The rounds of an IRV count.
fn irv_table(lang: Lang, rep: &governance::tally::irv::IrvReport, candidates: &[String]) -> Table {
    let mut head = vec![T::Candidate.get(lang).to_string()];
    for r in &rep.rounds {
        head.push(format!("{} {}", T::Round.get(lang), r.round));
    }
    let mut rows: Vec<Vec<String>> = candidates
        .iter()
        .enumerate()
        .map(|(i, name)| {
            // Not continuing in the first round: the candidate withdrew before the count.
            let withdrawn = rep
                .rounds
                .first()
                .is_some_and(|r| r.tallies.get(i).copied().flatten().is_none());
            let mut row = vec![if withdrawn {
                format!("{name} ({})", T::MarkWithdrawn.get(lang))
            } else {
                name.clone()
            }];
            for r in &rep.rounds {
                let votes = r
                    .tallies
                    .get(i)
                    .copied()
                    .flatten()
                    .map_or("—".to_string(), |v| v.to_string());
                row.push(marked(
                    lang,
                    votes,
                    r.elected == Some(i),
                    r.excluded == Some(i),
                ));
            }
            row
        })
        .collect();
    let mut ex = vec![T::Exhausted.get(lang).to_string()];
    let mut th = vec![T::MajorityNeeded.get(lang).to_string()];
    for r in &rep.rounds {
        ex.push(r.exhausted.to_string());
        th.push(r.threshold.to_string());
    }
    rows.push(ex);
    rows.push(th);
    Table {
        caption: T::IrvCaption.get(lang).to_string(),
        head,
        rows,
    }
}

/// A round-table cell: the votes, then "✔ gekozen" or "✘ afgevallen" where it applies.
fn marked(lang: Lang, votes: String, elected: bool, excluded: bool) -> String {
    let mut cell = votes;
    for (on, mark) in [(elected, T::MarkElected), (excluded, T::MarkExcluded)] {
        if on {
            cell.push(' ');
            cell.push_str(mark.get(lang));
        }
    }
    cell
}

/// The rounds of a Meek count: each round's final iteration, votes with 9 decimals.
fn meek_table(
    lang: Lang,
    rep: &governance::tally::meek::MeekReport,
    candidates: &[String],
) -> Table {
    use governance::tally::meek::format_units as units9;
    let mut head = vec![T::Candidate.get(lang).to_string()];
    for r in &rep.rounds {
        head.push(format!("{} {}", T::Round.get(lang), r.round));
    }
    fn last(
        r: &governance::tally::meek::MeekRound,
    ) -> Option<&governance::tally::meek::MeekIteration> {
        r.iterations.last()
    }
    let mut rows: Vec<Vec<String>> = candidates
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let mut row = vec![name.clone()];
            for r in &rep.rounds {
                let v = last(r).and_then(|it| it.votes.get(i).copied()).unwrap_or(0);
                row.push(marked(
                    lang,
                    units9(v),
                    r.elected.contains(&i),
                    r.defeated == Some(i),
                ));
            }
            row
        })
        .collect();
    let mut quota = vec![T::Quota.get(lang).to_string()];
    let mut excess = vec![T::Exhausted.get(lang).to_string()];
    for r in &rep.rounds {
        let it = last(r);
        quota.push(it.map_or(String::new(), |it| units9(it.quota)));
        excess.push(it.map_or(String::new(), |it| units9(it.excess)));
    }
    rows.push(quota);
    rows.push(excess);
    Table {
        caption: T::MeekCaption.get(lang).to_string(),
        head,
        rows,
    }
}

/// One number per candidate, in the count's order.
fn score_table(
    lang: Lang,
    caption: T,
    column: T,
    candidates: &[String],
    scores: impl Iterator<Item = (usize, String)>,
) -> Table {
    Table {
        caption: caption.get(lang).to_string(),
        head: vec![
            T::Candidate.get(lang).to_string(),
            column.get(lang).to_string(),
        ],
        rows: scores
            .map(|(c, score)| vec![names(candidates, &[c]), score])
            .collect(),
    }
}

/// A pairwise matrix: how many voters rank the row candidate above the column candidate.
fn pairwise_table(
    caption: &str,
    ids: &[usize],
    m: &[Vec<u64>],
    candidates: &[String],
    lang: Lang,
) -> Table {
    let mut head = vec![T::Candidate.get(lang).to_string()];
    head.extend(ids.iter().map(|&c| names(candidates, &[c])));
    let rows = ids
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let mut row = vec![names(candidates, &[c])];
            row.extend((0..ids.len()).map(|j| {
                if i == j {
                    "—".to_string()
                } else {
                    m.get(i)
                        .and_then(|r| r.get(j))
                        .map_or(String::new(), u64::to_string)
                }
            }));
            row
        })
        .collect();
    Table {
        caption: caption.to_string(),
        head,
        rows,
    }
}

/// A table as HTML (row headings as `th`).
pub fn table_html(t: &Table) -> Html {
    html! {
        <div class="table-wrap">
            <table class="rounds">
                <caption>{ &t.caption }</caption>
                <thead><tr>{ for t.head.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                <tbody>
                    { for t.rows.iter().map(|r| html! {
                        <tr>
                            { for r.iter().enumerate().map(|(i, cell)| if i == 0 {
                                html! { <th scope="row">{ cell }</th> }
                            } else {
                                html! { <td class="num">{ cell }</td> }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// A result block: headline in words with its symbol, then the numbers and rule.
pub fn result_html(w: &ResultWords, id: Option<&str>) -> Html {
    html! {
        <div class={classes!("result", w.class)} id={id.map(str::to_string)}>
            <p class="result-headline">{ &w.headline }</p>
            { for w.details.iter().map(|d| html! { <p>{ d }</p> }) }
            { for w.tables.iter().map(table_html) }
        </div>
    }
}

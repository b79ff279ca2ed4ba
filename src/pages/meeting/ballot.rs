//! Voting on one shared device: each voter in turn gets a clean screen, votes,
//! confirms, and the screen clears. The choice lives only in this component until
//! it is cast; the core keeps the tally and who has voted, never who voted what.

use super::attendance::eligible_voters;
use super::result::{result_html, words};
use super::text::T;
use super::vote::{choice_words, declared_notice, VoteProps};
use super::{change, value_of};
use crate::i18n::{fill, Lang};
use crate::state::use_app;
use governance::collective::{Choice, CountingMethod, ElectionBallot, Subject, VoteRecord};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What a voter chose, before it is cast.
#[derive(Clone, Debug, PartialEq)]
enum Ballot {
    Motion(Choice),
    Election(ElectionBallot),
}

#[derive(Clone, Debug, PartialEq)]
enum Phase {
    /// The chair's view: who still has to vote.
    Choose,
    /// A voter's clean screen.
    Vote { voter: String, label: String },
    /// The voter checks their choice.
    Confirm {
        voter: String,
        label: String,
        ballot: Ballot,
    },
    /// Cast: hand the device back.
    Done,
}

fn focus_ballot_title() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("ballot-title"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// A secret vote or an election on one shared device.
#[function_component(SharedDevice)]
pub fn shared_device(p: &VoteProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let phase = use_state(|| Phase::Choose);
    let query = use_state(String::new);
    let show_result = use_state(|| false);
    {
        let key = std::mem::discriminant(&*phase);
        use_effect_with(key, |_| focus_ballot_title());
    }
    {
        // While a voter has the device, everything but their ballot is hidden (and
        // so cannot be reached with Tab either).
        let open = *phase != Phase::Choose;
        use_effect_with(open, |open| {
            let body = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.body());
            if let Some(b) = &body {
                let _ = if *open {
                    b.class_list().add_1("ballot-open")
                } else {
                    b.class_list().remove_1("ballot-open")
                };
            }
            move || {
                if let Some(b) = body {
                    let _ = b.class_list().remove_1("ballot-open");
                }
            }
        });
    }
    let Some(c) = app.workspace.collective() else {
        return html! {};
    };
    let Some(m) = c.meeting(&p.meeting) else {
        return html! {};
    };
    let Some(item) = m.item(&p.item) else {
        return html! {};
    };
    let Some(v) = item.votes.get(p.vote) else {
        return html! {};
    };
    let title = super::agenda::item_title(c, item);
    let eligible = eligible_voters(lang, c, m);
    let waiting: Vec<&(String, String)> =
        eligible.iter().filter(|(id, _)| !v.has_voted(id)).collect();
    let voted = match &v.record {
        VoteRecord::Secret(s) => s.voted().len(),
        VoteRecord::Ballots(b) => b.voted().len(),
        _ => 0,
    };
    let election = match &item.subject {
        Subject::Election(e) => Some(e.clone()),
        Subject::Proposal(_) => None,
    };
    let to = |next: Phase| {
        let phase = phase.clone();
        Callback::from(move |_| phase.set(next.clone()))
    };
    let screen = |body: Html| {
        html! {
            <div class="ballot-screen" role="dialog" aria-modal="true" aria-labelledby="ballot-title">
                <div class="ballot-inner">{ body }</div>
            </div>
        }
    };
    match (*phase).clone() {
        Phase::Vote { voter, label } => {
            let on_ballot = {
                let (phase, voter, label) = (phase.clone(), voter.clone(), label.clone());
                Callback::from(move |ballot: Ballot| {
                    phase.set(Phase::Confirm {
                        voter: voter.clone(),
                        label: label.clone(),
                        ballot,
                    })
                })
            };
            let form = match &election {
                None => html! { <MotionBallot on_ballot={on_ballot} lang={lang} /> },
                Some(e) => {
                    let running: Vec<(usize, String)> = e
                        .candidates
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| !e.withdrawn.contains(i))
                        .map(|(i, n)| (i, n.clone()))
                        .collect();
                    match e.method {
                        CountingMethod::Ranked(_) => {
                            html! { <RankBallot candidates={running} on_ballot={on_ballot} lang={lang} /> }
                        }
                        CountingMethod::Approval => {
                            html! { <ApprovalForm candidates={running} on_ballot={on_ballot} lang={lang} /> }
                        }
                        CountingMethod::Score { max_score } => {
                            html! { <ScoreForm candidates={running} max={max_score} on_ballot={on_ballot} lang={lang} /> }
                        }
                    }
                }
            };
            screen(html! {
                <>
                    <p class="eyebrow">{ T::BallotFor.get(lang) }</p>
                    <h2 id="ballot-title" tabindex="-1">{ label }</h2>
                    <p class="lead">{ &title }</p>
                    { form }
                    <button type="button" class="secondary" onclick={to(Phase::Choose)}>{ T::BackWithoutVoting.get(lang) }</button>
                </>
            })
        }
        Phase::Confirm {
            voter,
            label,
            ballot,
        } => {
            let summary = match (&ballot, &election) {
                (Ballot::Motion(ch), _) => choice_words(lang, *ch).to_string(),
                (Ballot::Election(b), Some(e)) => election_ballot_words(lang, b, &e.candidates),
                (Ballot::Election(_), None) => String::new(),
            };
            let cast = {
                let (app, phase, mid, iid, n) = (
                    app.clone(),
                    phase.clone(),
                    p.meeting.clone(),
                    p.item.clone(),
                    p.vote,
                );
                let (voter, ballot) = (voter.clone(), ballot.clone());
                Callback::from(move |_| {
                    let (mid, iid, voter, ballot) =
                        (mid.clone(), iid.clone(), voter.clone(), ballot.clone());
                    change(&app, move |c| {
                        match &ballot {
                            Ballot::Motion(ch) => c.cast_secret(&mid, &iid, n, &voter, *ch)?,
                            Ballot::Election(b) => {
                                c.cast_ballot(&mid, &iid, n, &voter, b.clone())?
                            }
                        }
                        Ok(None)
                    });
                    phase.set(Phase::Done);
                })
            };
            let back = to(Phase::Vote {
                voter,
                label: label.clone(),
            });
            screen(html! {
                <>
                    <p class="eyebrow">{ label }</p>
                    <h2 id="ballot-title" tabindex="-1">{ T::ConfirmTitle.get(lang) }</h2>
                    <p class="ballot-summary">{ summary }</p>
                    <div class="actions">
                        <button type="button" class="big" onclick={cast}>{ T::ConfirmCast.get(lang) }</button>
                        <button type="button" class="secondary" onclick={back}>{ T::ConfirmBack.get(lang) }</button>
                    </div>
                </>
            })
        }
        Phase::Done => screen(html! {
            <>
                <h2 id="ballot-title" tabindex="-1">{ T::CastTitle.get(lang) }</h2>
                <p>{ T::CastHelp.get(lang) }</p>
                <button type="button" class="big" onclick={to(Phase::Choose)}>{ T::NextVoter.get(lang) }</button>
            </>
        }),
        Phase::Choose => {
            let q = query.trim().to_lowercase();
            let rows = waiting
                .iter()
                .filter(|(_, label)| q.is_empty() || label.to_lowercase().contains(&q))
                .take(40)
                .map(|(id, label)| {
                    let onclick = to(Phase::Vote { voter: id.clone(), label: label.clone() });
                    html! {
                        <li key={id.clone()}>
                            <button type="button" class="voter-button" {onclick}
                                aria-label={fill(T::VoteAsLabel.get(lang), &[label])}>{ label.clone() }</button>
                        </li>
                    }
                });
            let on_query = {
                let query = query.clone();
                Callback::from(move |e: InputEvent| query.set(value_of(&e)))
            };
            let preview = show_result
                .then(|| c.preview_vote(&p.meeting, &p.item, p.vote).ok())
                .flatten();
            let candidates = election
                .as_ref()
                .map(|e| e.candidates.clone())
                .unwrap_or_default();
            let declare = {
                let (app, mid, iid, n) = (app.clone(), p.meeting.clone(), p.item.clone(), p.vote);
                Callback::from(move |_| {
                    let (mid, iid) = (mid.clone(), iid.clone());
                    change(&app, move |c| {
                        let d = c.decide_vote(&mid, &iid, n, true)?;
                        Ok(Some(declared_notice(lang, &d)))
                    })
                })
            };
            let reveal = {
                let s = show_result.clone();
                Callback::from(move |_| s.set(true))
            };
            let search_id = format!("voter-search-{}-{}", p.item, p.vote);
            html! {
                <div class="stack shared-device">
                    <p class="help">{ if election.is_some() { T::SharedElectionHelp.get(lang) } else { T::SharedSecretHelp.get(lang) } }</p>
                    <p class="voted-count" aria-live="polite">{ fill(T::VotedCount.get(lang), &[&voted, &eligible.len().max(voted)]) }</p>
                    if *show_result {
                        <p class="note">{ T::VoteClosedNote.get(lang) }</p>
                    } else if !waiting.is_empty() {
                        <div class="field">
                            <label for={search_id.clone()}>{ T::WhoVotesNow.get(lang) }</label>
                            <input id={search_id} type="search" autocomplete="off" value={(*query).clone()} oninput={on_query} />
                        </div>
                        <ul class="voter-list">{ for rows }</ul>
                    } else {
                        <p>{ T::EveryoneVoted.get(lang) }</p>
                    }
                    if !*show_result && election.as_ref().is_some_and(|e| matches!(e.method, CountingMethod::Ranked(_))) {
                        <BltImport meeting={p.meeting.clone()} item={p.item.clone()} vote={p.vote} />
                    }
                    if !*show_result {
                        <button type="button" class="secondary" onclick={reveal} disabled={voted == 0 && election.is_none()}>
                            { T::CloseAndShow.get(lang) }</button>
                    }
                    if let Some(d) = &preview {
                        <div class="preview">
                            <p class="eyebrow">{ T::PreviewLabel.get(lang) }</p>
                            { result_html(&words(lang, d, &candidates), None) }
                        </div>
                        <button type="button" class="declare" onclick={declare}>{ T::Declare.get(lang) }</button>
                    }
                </div>
            }
        }
    }
}

fn election_ballot_words(lang: Lang, b: &ElectionBallot, candidates: &[String]) -> String {
    let name = |i: &usize| candidates.get(*i).cloned().unwrap_or_default();
    match b {
        ElectionBallot::Ranked(r) if r.is_empty() => T::EmptyBallot.get(lang).to_string(),
        ElectionBallot::Ranked(r) => r
            .iter()
            .enumerate()
            .map(|(k, i)| format!("{}. {}", k + 1, name(i)))
            .collect::<Vec<_>>()
            .join(" · "),
        ElectionBallot::Approval(a) if a.is_empty() => T::EmptyBallot.get(lang).to_string(),
        ElectionBallot::Approval(a) => a.iter().map(name).collect::<Vec<_>>().join(", "),
        ElectionBallot::Score(s) => s
            .iter()
            .map(|(i, v)| format!("{}: {v}", name(i)))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

#[derive(Properties, PartialEq)]
struct MotionBallotProps {
    on_ballot: Callback<Ballot>,
    lang: Lang,
}

/// Yes, no, abstain or blank: a radio group with large targets.
#[function_component(MotionBallot)]
fn motion_ballot(p: &MotionBallotProps) -> Html {
    let lang = p.lang;
    let choice = use_state(|| None::<Choice>);
    let radios = Choice::ALL.iter().map(|&ch| {
        let s = choice.clone();
        let id = format!("ballot-{}", ch.id());
        html! {
            <label class="choice big-choice" for={id.clone()}>
                <input type="radio" id={id} name="ballot-choice" checked={*choice == Some(ch)}
                    onchange={Callback::from(move |_| s.set(Some(ch)))} />
                <span>{ choice_words(lang, ch) }</span>
            </label>
        }
    });
    let next = {
        let (cb, choice) = (p.on_ballot.clone(), choice.clone());
        Callback::from(move |_| {
            if let Some(ch) = *choice {
                cb.emit(Ballot::Motion(ch));
            }
        })
    };
    html! {
        <div class="stack">
            <fieldset class="choices">
                <legend>{ T::YourVote.get(lang) }</legend>
                { for radios }
            </fieldset>
            <button type="button" class="big" onclick={next} disabled={choice.is_none()}>{ T::Continue.get(lang) }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct CandidatesProps {
    candidates: Vec<(usize, String)>,
    on_ballot: Callback<Ballot>,
    lang: Lang,
}

/// A ranked ballot: add candidates in order of preference, move them with buttons.
#[function_component(RankBallot)]
fn rank_ballot(p: &CandidatesProps) -> Html {
    let lang = p.lang;
    let order = use_state(Vec::<usize>::new);
    // The control to focus after a change: a moved row's buttons are re-ordered in
    // the DOM, so focus is put back where a keyboard user expects it.
    let focus = use_state(|| (0u32, String::new()));
    use_effect_with((*focus).clone(), |(_, id)| {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
    let set_focus = {
        let focus = focus.clone();
        move |id: String| focus.set((focus.0.wrapping_add(1), id))
    };
    let name = |i: usize| {
        p.candidates
            .iter()
            .find(|(c, _)| *c == i)
            .map(|(_, n)| n.clone())
            .unwrap_or_default()
    };
    let n = order.len();
    let ranked = order.iter().enumerate().map(|(pos, &cand)| {
        let mv = |delta: isize| {
            let (order, set_focus) = (order.clone(), set_focus.clone());
            Callback::from(move |_| {
                let mut next = (*order).clone();
                let j = pos as isize + delta;
                if j >= 0 && (j as usize) < next.len() {
                    let j = j as usize;
                    next.swap(pos, j);
                    let len = next.len();
                    order.set(next);
                    let dir = match (delta < 0, j == 0, j + 1 == len) {
                        (true, true, _) if len > 1 => "down",
                        (false, _, true) if len > 1 => "up",
                        (true, _, _) => "up",
                        (false, _, _) => "down",
                    };
                    set_focus(format!("rank-{dir}-{cand}"));
                }
            })
        };
        let remove = {
            let (order, set_focus) = (order.clone(), set_focus.clone());
            Callback::from(move |_| {
                let mut next = (*order).clone();
                next.retain(|x| *x != cand);
                order.set(next);
                set_focus(format!("rank-add-{cand}"));
            })
        };
        let nm = name(cand);
        html! {
            <li key={cand.to_string()} class="rank-row">
                <span class="rank-number">{ pos + 1 }</span>
                <span class="rank-name">{ nm.clone() }</span>
                <span class="actions">
                    <button type="button" class="secondary" id={format!("rank-up-{cand}")} disabled={pos == 0} onclick={mv(-1)}
                        aria-label={fill(T::RankUp.get(lang), &[&nm])}>{ "↑" }</button>
                    <button type="button" class="secondary" id={format!("rank-down-{cand}")} disabled={pos + 1 == n} onclick={mv(1)}
                        aria-label={fill(T::RankDown.get(lang), &[&nm])}>{ "↓" }</button>
                    <button type="button" class="secondary" id={format!("rank-remove-{cand}")} onclick={remove}
                        aria-label={fill(T::RankRemove.get(lang), &[&nm])}>{ "✕" }</button>
                </span>
            </li>
        }
    });
    let left: Vec<(usize, String)> = p
        .candidates
        .iter()
        .filter(|(i, _)| !order.contains(i))
        .cloned()
        .collect();
    let unranked = left.iter().enumerate().map(|(k, (i, nm))| {
        // After adding, focus the next candidate still to add (or Continue).
        let after = left
            .get(k + 1)
            .or_else(|| k.checked_sub(1).and_then(|b| left.get(b)))
            .map_or_else(|| "rank-continue".to_string(), |(c, _)| format!("rank-add-{c}"));
        let add = {
            let (order, i, set_focus) = (order.clone(), *i, set_focus.clone());
            Callback::from(move |_| {
                let mut next = (*order).clone();
                next.push(i);
                order.set(next);
                set_focus(after.clone());
            })
        };
        html! {
            <li key={i.to_string()}>
                <button type="button" class="secondary add-candidate" id={format!("rank-add-{i}")} onclick={add}
                    aria-label={fill(T::RankAdd.get(lang), &[nm])}>{ "+ " }{ nm.clone() }</button>
            </li>
        }
    });
    let next = {
        let (cb, order) = (p.on_ballot.clone(), order.clone());
        Callback::from(move |_| cb.emit(Ballot::Election(ElectionBallot::Ranked((*order).clone()))))
    };
    html! {
        <div class="stack rank-ballot">
            <p class="help">{ T::RankHelp.get(lang) }</p>
            <h3 id="ranked-title">{ T::YourOrder.get(lang) }</h3>
            if order.is_empty() {
                <p class="note">{ T::NothingRanked.get(lang) }</p>
            } else {
                <ol class="ranked" aria-labelledby="ranked-title">{ for ranked }</ol>
            }
            if !left.is_empty() {
                <h3 id="unranked-title">{ T::NotRanked.get(lang) }</h3>
                <ul class="unranked" aria-labelledby="unranked-title">{ for unranked }</ul>
            }
            <button type="button" class="big" id="rank-continue" onclick={next}>{ T::Continue.get(lang) }</button>
        </div>
    }
}

/// An approval ballot: tick every candidate you approve of.
#[function_component(ApprovalForm)]
fn approval_form(p: &CandidatesProps) -> Html {
    let lang = p.lang;
    let chosen = use_state(Vec::<usize>::new);
    let boxes = p.candidates.iter().map(|(i, nm)| {
        let (s, i) = (chosen.clone(), *i);
        let id = format!("approve-{i}");
        let onchange = Callback::from(move |_| {
            let mut next = (*s).clone();
            if let Some(k) = next.iter().position(|x| *x == i) {
                next.remove(k);
            } else {
                next.push(i);
                next.sort_unstable();
            }
            s.set(next);
        });
        html! {
            <label class="choice big-choice" for={id.clone()}>
                <input type="checkbox" id={id} checked={chosen.contains(&i)} {onchange} />
                <span>{ nm.clone() }</span>
            </label>
        }
    });
    let next = {
        let (cb, chosen) = (p.on_ballot.clone(), chosen.clone());
        Callback::from(move |_| {
            cb.emit(Ballot::Election(ElectionBallot::Approval(
                (*chosen).clone(),
            )))
        })
    };
    html! {
        <div class="stack">
            <fieldset class="choices">
                <legend>{ T::ApproveLegend.get(lang) }</legend>
                { for boxes }
            </fieldset>
            <button type="button" class="big" onclick={next}>{ T::Continue.get(lang) }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ScoreProps {
    candidates: Vec<(usize, String)>,
    max: u64,
    on_ballot: Callback<Ballot>,
    lang: Lang,
}

/// A score ballot: a score from 0 to the maximum per candidate.
#[function_component(ScoreForm)]
fn score_form(p: &ScoreProps) -> Html {
    let lang = p.lang;
    let scores = use_state(|| {
        p.candidates
            .iter()
            .map(|(i, _)| (*i, 0u64))
            .collect::<Vec<_>>()
    });
    let max = p.max.min(100);
    let rows = p.candidates.iter().enumerate().map(|(k, (i, nm))| {
        let s = scores.clone();
        let id = format!("score-{i}");
        let onchange = Callback::from(move |e: Event| {
            let mut next = (*s).clone();
            if let Ok(v) = value_of(&e).parse::<u64>() {
                next[k].1 = v;
                s.set(next);
            }
        });
        let current = scores.get(k).map_or(0, |x| x.1);
        html! {
            <div class="field">
                <label for={id.clone()}>{ nm.clone() }</label>
                <select id={id} {onchange}>
                    { for (0..=max).map(|v| html! { <option value={v.to_string()} selected={v == current}>{ v }</option> }) }
                </select>
            </div>
        }
    });
    let next = {
        let (cb, scores) = (p.on_ballot.clone(), scores.clone());
        Callback::from(move |_| {
            let list: Vec<(usize, u64)> = scores.iter().copied().filter(|(_, v)| *v > 0).collect();
            cb.emit(Ballot::Election(ElectionBallot::Score(list)))
        })
    };
    html! {
        <div class="stack">
            <fieldset class="choices">
                <legend>{ fill(T::ScoreLegend.get(lang), &[&max]) }</legend>
                { for rows }
            </fieldset>
            <button type="button" class="big" onclick={next}>{ T::Continue.get(lang) }</button>
        </div>
    }
}

/// Paper ballots counted elsewhere, read from a BLT file into the open vote.
#[function_component(BltImport)]
fn blt_import(p: &VoteProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let id = format!("blt-{}-{}", p.item, p.vote);
    let on_pick = {
        let (app, mid, iid, n) = (app.clone(), p.meeting.clone(), p.item.clone(), p.vote);
        Callback::from(move |e: Event| {
            let input = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            let Some(file) = input
                .as_ref()
                .and_then(|i| i.files())
                .and_then(|f| f.get(0))
            else {
                return;
            };
            if let Some(i) = input {
                i.set_value("");
            }
            let (app, mid, iid) = (app.clone(), mid.clone(), iid.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(text) = crate::fileio::read_text(file).await {
                    change(&app, move |c| {
                        let added = c.import_blt(&mid, &iid, n, text.as_bytes())?;
                        Ok(Some(fill(T::BltImported.get(lang), &[&added])))
                    });
                }
            });
        })
    };
    html! {
        <details class="no-print">
            <summary>{ T::BltImportTitle.get(lang) }</summary>
            <p class="help">{ T::BltImportHelp.get(lang) }</p>
            <div class="field">
                <label for={id.clone()}>{ T::BltFile.get(lang) }</label>
                <input id={id} type="file" accept=".blt,text/plain" onchange={on_pick} />
            </div>
        </details>
    }
}

/// Downloads the ranked ballots of a vote as a BLT file.
#[function_component(BltExport)]
pub fn blt_export(p: &VoteProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let Some(c) = app.workspace.collective() else {
        return html! {};
    };
    let Ok(text) = c.export_blt(&p.meeting, &p.item, p.vote) else {
        return html! {};
    };
    let name = format!("{}-{}.blt", crate::fileio::safe_name(c.name()), p.item);
    let onclick = Callback::from(move |_| {
        let _ = crate::fileio::download(&name, "text/plain", &text);
    });
    html! {
        <p class="no-print"><button type="button" class="secondary" {onclick}>{ T::BltExport.get(lang) }</button></p>
    }
}

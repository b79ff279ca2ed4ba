//! One agenda item: its text and rule, the live quorum, and its votes —
//! amendments first, then the proposal (or the election) — each with its result,
//! the chair's declaration and a possible challenge.

use super::agenda::{item_decision_type, item_title, method_words};
use super::attendance::eligible_voters;
use super::ballot::SharedDevice;
use super::result::{entry_decided, result_html, words};
use super::text::T;
use super::{change, edit_meeting, turnout, value_of, weighting};
use crate::explain::{decision_type_words, full_rule_words, quorum_status_words};
use crate::i18n::{fill, Lang};
use crate::route::MeetingView;
use crate::state::use_app;
use governance::attendance::quorum_status;
use governance::collective::log::ChallengeBy;
use governance::collective::{
    AgendaItem, CandidateElection, Choice, Collective, CollectiveError, Decided, Subject,
    VoteCounts, VoteKind, VoteOn, VoteRecord,
};
use governance::motion::{InvalidReason, Outcome, Side};
use governance::rules::{DecisionType, TieOnMotion};
use yew::prelude::*;

/// Properties: meeting and item ids.
#[derive(Properties, PartialEq)]
pub struct ItemProps {
    /// The meeting.
    pub meeting: String,
    /// The agenda item.
    pub item: String,
}

/// The decision type of a vote on `on`: an amendment is a regular decision.
pub(crate) fn vote_decision_type(c: &Collective, item: &AgendaItem, on: &VoteOn) -> DecisionType {
    match on {
        VoteOn::Amendment(_) if matches!(item.subject, Subject::Proposal(_)) => {
            DecisionType::Regular
        }
        _ => item_decision_type(c, item),
    }
}

/// A choice in words.
pub(crate) fn choice_words(lang: Lang, c: Choice) -> &'static str {
    match c {
        Choice::Yes => T::Yes.get(lang),
        Choice::No => T::No.get(lang),
        Choice::Abstain => T::Abstain.get(lang),
        Choice::Blank => T::Blank.get(lang),
    }
}

/// A vote kind in words.
pub(crate) fn kind_words(lang: Lang, k: VoteKind) -> &'static str {
    match k {
        VoteKind::Open => T::KindOpen.get(lang),
        VoteKind::RollCall => T::KindRollCall.get(lang),
        VoteKind::Secret => T::KindSecret.get(lang),
        VoteKind::Ballots => T::KindBallots.get(lang),
    }
}

/// The candidates of an election. Until a result is declared, each can withdraw (and
/// stand again); the count then passes their votes on (BLT "withdrawn"), and the
/// shared-device ballot no longer lists them. At least one candidate keeps running.
fn candidate_list(
    app: &crate::state::AppContext,
    lang: Lang,
    meeting: &str,
    item: &AgendaItem,
    e: &CandidateElection,
) -> Html {
    let open = item.votes.iter().all(|v| v.logged.is_none());
    let running = e.candidates.len() - e.withdrawn.len();
    let rows = e.candidates.iter().enumerate().map(|(i, name)| {
        let withdrawn = e.withdrawn.contains(&i);
        let toggle = {
            let app = app.clone();
            let (mid, iid, name) = (meeting.to_string(), item.id.clone(), name.clone());
            Callback::from(move |_| {
                let (mid, iid, name) = (mid.clone(), iid.clone(), name.clone());
                change(&app, move |c| {
                    edit_meeting(c, &mid, |m| {
                        let Some(Subject::Election(e)) = m
                            .agenda
                            .iter_mut()
                            .find(|x| x.id == iid)
                            .map(|x| &mut x.subject)
                        else {
                            return Err(CollectiveError::UnknownItem(iid.clone()));
                        };
                        e.withdrawn.retain(|&x| x != i);
                        if !withdrawn {
                            e.withdrawn.push(i);
                            e.withdrawn.sort_unstable();
                        }
                        Ok(())
                    })?;
                    let said = if withdrawn { T::CandidateReinstated } else { T::CandidateWithdrawn };
                    Ok(Some(fill(said.get(lang), &[&name])))
                })
            })
        };
        let label = if withdrawn { T::Reinstate } else { T::Withdraw };
        html! {
            <li class={classes!(withdrawn.then_some("withdrawn"))}>
                <span class="candidate-name">{ name }</span>
                if withdrawn {
                    { " " }<span class="badge">{ T::MarkWithdrawn.get(lang) }</span>
                }
                if open && (withdrawn || running > 1) {
                    { " " }
                    <button type="button" class="secondary small no-print" onclick={toggle}
                        aria-label={format!("{}: {}", label.get(lang), name)}>{ label.get(lang) }</button>
                }
            </li>
        }
    });
    html! {
        <>
            <ul class="candidates">{ for rows }</ul>
            if open {
                <p class="help no-print">{ T::WithdrawHelp.get(lang) }</p>
            }
        </>
    }
}

/// The item page.
#[function_component(ItemPage)]
pub fn item_page(props: &ItemProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let Some(c) = app.workspace.collective() else {
        return html! {};
    };
    let Some(m) = c.meeting(&props.meeting) else {
        return html! {};
    };
    let Some(pos) = m.agenda.iter().position(|i| i.id == props.item) else {
        return html! { <section><h1 tabindex="-1">{ T::NoSuchItem.get(lang) }</h1>
        <p><a href={MeetingView::Agenda(m.id.clone()).hash()}>{ T::Agenda.get(lang) }</a></p></section> };
    };
    let item = &m.agenda[pos];
    let title = item_title(c, item);
    let d = item_decision_type(c, item);
    let rule = c.rules().rule(d);
    let (body, questions): (Html, Vec<(VoteOn, String)>) = match &item.subject {
        Subject::Proposal(pid) => {
            match c.proposal(pid) {
                Some(p) => {
                    let mut qs: Vec<(VoteOn, String)> = p
                        .amendments
                        .iter()
                        .enumerate()
                        .map(|(i, a)| {
                            (
                                VoteOn::Amendment(a.id.clone()),
                                fill(T::AmendmentQuestion.get(lang), &[&(i + 1), &a.title]),
                            )
                        })
                        .collect();
                    qs.push((VoteOn::Main, T::MainQuestion.get(lang).to_string()));
                    let amendments = p.amendments.iter().enumerate().map(|(i, a)| html! {
                    <div class="amendment-text">
                        <h3>{ fill(T::AmendmentQuestion.get(lang), &[&(i + 1), &a.title]) }</h3>
                        <p class="plain-text">{ &a.text }</p>
                    </div>
                });
                    (
                        html! {
                            <>
                                <h2>{ T::ProposalTextTitle.get(lang) }</h2>
                                <p class="plain-text proposal-text">{ &p.text }</p>
                                { for amendments }
                            </>
                        },
                        qs,
                    )
                }
                None => (html! {}, Vec::new()),
            }
        }
        Subject::Election(e) => (
            html! {
                <>
                    <p>{ fill(T::ElectionLine.get(lang), &[&e.seats, &e.candidates.len(), &method_words(lang, e.method)]) }</p>
                    { candidate_list(&app, lang, &m.id, item, e) }
                </>
            },
            vec![(VoteOn::Main, T::ElectionQuestion.get(lang).to_string())],
        ),
    };
    let t = turnout(c, m, weighting(c, d));
    let quorum = rule.map(|r| {
        let status = quorum_status(r, &t, None);
        let (words, class) = quorum_status_words(lang, &status);
        let class = if matches!(status, governance::attendance::QuorumStatus::NotRequired) {
            "open"
        } else {
            class
        };
        (words, class)
    });
    let prev = pos.checked_sub(1).map(|i| m.agenda[i].id.clone());
    let next = m.agenda.get(pos + 1).map(|i| i.id.clone());
    html! {
        <section>
            <p class="eyebrow">{ fill(T::ItemOf.get(lang), &[&(pos + 1), &m.agenda.len()]) }</p>
            <h1 tabindex="-1">{ &title }</h1>
            <p class="rule-line">
                <strong>{ decision_type_words(lang, d) }</strong>{ ": " }
                { rule.map(|r| full_rule_words(lang, r)).unwrap_or_else(|| T::NoRule.get(lang).to_string()) }
            </p>
            if let Some((words, class)) = quorum {
                <p class={classes!("quorum-line", class)} aria-live="polite">{ words }</p>
            }
            { body }
            { for questions.into_iter().map(|(on, label)| html! {
                <Question meeting={m.id.clone()} item={item.id.clone()} on={on} label={label} />
            }) }
            <nav class="item-nav no-print" aria-label={T::ItemNavLabel.get(lang)}>
                if let Some(p) = prev {
                    <a class="button secondary-link" href={MeetingView::Item(m.id.clone(), p).hash()}>{ T::PrevItem.get(lang) }</a>
                }
                <a class="button secondary-link" href={MeetingView::Agenda(m.id.clone()).hash()}>{ T::Agenda.get(lang) }</a>
                if let Some(n) = next {
                    <a class="button secondary-link" href={MeetingView::Item(m.id.clone(), n).hash()}>{ T::NextItem.get(lang) }</a>
                }
            </nav>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct QuestionProps {
    meeting: String,
    item: String,
    on: VoteOn,
    label: String,
}

/// One question (an amendment, the proposal, the election) with its votes.
#[function_component(Question)]
fn question(p: &QuestionProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let Some(c) = app.workspace.collective() else {
        return html! {};
    };
    let Some(item) = c.meeting(&p.meeting).and_then(|m| m.item(&p.item)) else {
        return html! {};
    };
    let votes: Vec<usize> = (0..item.votes.len())
        .filter(|i| item.votes[*i].on == p.on)
        .collect();
    let open = votes
        .iter()
        .copied()
        .find(|i| item.votes[*i].logged.is_none());
    let main_logged = item
        .votes
        .iter()
        .any(|v| v.on == VoteOn::Main && v.logged.is_some());
    let candidates = match &item.subject {
        Subject::Election(e) => e.candidates.clone(),
        Subject::Proposal(_) => Vec::new(),
    };
    let logged = votes.iter().filter_map(|i| item.votes[*i].logged.map(|seq| (*i, seq))).map(|(i, seq)| {
        let Some(entry) = c.log().get(seq) else { return html! {} };
        let w = entry_decided(entry).map(|d| words(lang, &d, &candidates));
        let latest = c.log().entries().last().is_some_and(|e| e.seq == seq) && entry.declared_by_chair();
        let superseded = c.log().superseded_by(seq).is_some();
        let challenged = c.log().entries().iter().any(|e| matches!(&e.body, governance::collective::log::EntryBody::Challenge(ch) if ch.entry == seq));
        let kind = item.votes[i].record.kind();
        html! {
            <div class="logged-vote">
                <p class="help">
                    { kind_words(lang, kind) }
                    if item.votes[i].revote_of.is_some() { { " · " }{ T::Revote.get(lang) } }
                    if entry.declared_by_chair() { { " · " }{ T::DeclaredByChair.get(lang) } }
                    { " · " }{ fill(T::LogNumber.get(lang), &[&seq]) }
                </p>
                if let Some(w) = w { { result_html(&w, None) } }
                if challenged || superseded {
                    <p class="note">{ T::ChallengedNote.get(lang) }</p>
                }
                if latest && !challenged {
                    <Challenge meeting={p.meeting.clone()} item={p.item.clone()} vote={i} kind={kind} />
                }
                if matches!(&item.votes[i].record, VoteRecord::Ballots(_)) {
                    <super::ballot::BltExport meeting={p.meeting.clone()} item={p.item.clone()} vote={i} />
                }
            </div>
        }
    });
    html! {
        <div class="card stack question">
            <h2>{ &p.label }</h2>
            <div aria-live="polite" class="results-live">{ for logged }</div>
            if let Some(i) = open {
                <VoteDesk key={i.to_string()} meeting={p.meeting.clone()} item={p.item.clone()} vote={i} />
            } else if votes.is_empty() {
                if main_logged && p.on != VoteOn::Main {
                    <p class="note">{ T::AmendmentTooLate.get(lang) }</p>
                } else {
                    <StartVote meeting={p.meeting.clone()} item={p.item.clone()} on={p.on.clone()}
                        election={!candidates.is_empty()} />
                }
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct StartProps {
    meeting: String,
    item: String,
    on: VoteOn,
    election: bool,
}

/// Opens a vote: how the members vote.
#[function_component(StartVote)]
fn start_vote(p: &StartProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let kind = use_state(|| VoteKind::Open);
    let start = {
        let (app, mid, iid, on) = (app.clone(), p.meeting.clone(), p.item.clone(), p.on.clone());
        let k = if p.election { VoteKind::Ballots } else { *kind };
        Callback::from(move |_| {
            let (mid, iid, on) = (mid.clone(), iid.clone(), on.clone());
            change(&app, move |c| {
                c.open_vote(&mid, &iid, on.clone(), k)?;
                Ok(Some(T::VoteOpened.get(lang).to_string()))
            })
        })
    };
    let radio = |k: VoteKind, help: T| {
        let s = kind.clone();
        let id = format!("kind-{}-{}", k.id(), p.item);
        html! {
            <label class="choice" for={id.clone()}>
                <input type="radio" id={id} name={format!("kind-{}", p.item)} checked={*kind == k}
                    onchange={Callback::from(move |_| s.set(k))} />
                <span><strong>{ kind_words(lang, k) }</strong><br /><span class="help">{ help.get(lang) }</span></span>
            </label>
        }
    };
    html! {
        <div class="stack start-vote no-print">
            if !p.election {
                <fieldset class="choices">
                    <legend>{ T::HowToVote.get(lang) }</legend>
                    { radio(VoteKind::Open, T::KindOpenHelp) }
                    { radio(VoteKind::RollCall, T::KindRollCallHelp) }
                    { radio(VoteKind::Secret, T::KindSecretHelp) }
                </fieldset>
            }
            <button type="button" onclick={start}>{ T::OpenVote.get(lang) }</button>
        </div>
    }
}

/// Properties: one vote of an agenda item.
#[derive(Properties, PartialEq)]
pub struct VoteProps {
    /// The meeting.
    pub meeting: String,
    /// The agenda item.
    pub item: String,
    /// The vote's number within the item.
    pub vote: usize,
}

/// An open vote: the form of its kind, a preview, and the chair's declaration.
#[function_component(VoteDesk)]
fn vote_desk(p: &VoteProps) -> Html {
    let app = use_app();
    let Some(c) = app.workspace.collective() else {
        return html! {};
    };
    let Some(v) = c
        .meeting(&p.meeting)
        .and_then(|m| m.item(&p.item))
        .and_then(|i| i.votes.get(p.vote))
    else {
        return html! {};
    };
    let desk = match &v.record {
        VoteRecord::Open(_) => {
            html! { <OpenCount meeting={p.meeting.clone()} item={p.item.clone()} vote={p.vote} /> }
        }
        VoteRecord::RollCall(_) => {
            html! { <RollCall meeting={p.meeting.clone()} item={p.item.clone()} vote={p.vote} /> }
        }
        VoteRecord::Secret(_) | VoteRecord::Ballots(_) => html! {
            <SharedDevice meeting={p.meeting.clone()} item={p.item.clone()} vote={p.vote} />
        },
    };
    let motion = !matches!(v.record, VoteRecord::Ballots(_));
    html! {
        <>
            { desk }
            if motion && c.rules().advance_evoting.is_some() {
                <AdvanceVotes meeting={p.meeting.clone()} item={p.item.clone()} vote={p.vote} />
            }
        </>
    }
}

/// Votes cast electronically before the meeting, where the rules allow them (BW 2:38 lid 8).
#[function_component(AdvanceVotes)]
fn advance_votes(p: &VoteProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let member = use_state(String::new);
    let day = use_state(String::new);
    let choice = use_state(|| Choice::Yes);
    let problem = use_state(|| false);
    let Some(c) = app.workspace.collective() else {
        return html! {};
    };
    let Some(v) = c
        .meeting(&p.meeting)
        .and_then(|m| m.item(&p.item))
        .and_then(|i| i.votes.get(p.vote))
    else {
        return html! {};
    };
    let days = c.rules().advance_evoting.map_or(0, |a| a.days_before);
    let mut members: Vec<(&str, &str)> = c
        .members()
        .iter()
        .filter(|m| !m.suspended && !v.has_voted(&m.id))
        .map(|m| (m.id.as_str(), m.name.as_str()))
        .collect();
    members.sort_by(|a, b| a.1.cmp(b.1));
    let record = {
        let (app, mid, iid, n) = (app.clone(), p.meeting.clone(), p.item.clone(), p.vote);
        let (member, day, choice, problem) =
            (member.clone(), day.clone(), choice.clone(), problem.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Ok(d) = governance::collective::Date::parse(day.trim()) else {
                problem.set(true);
                return;
            };
            problem.set(false);
            let (mid, iid, who, ch) = (mid.clone(), iid.clone(), (*member).clone(), *choice);
            change(&app, move |c| {
                c.cast_advance(
                    &mid,
                    &iid,
                    n,
                    &who,
                    d,
                    governance::collective::AdvanceChoice::Motion(ch),
                )?;
                Ok(Some(T::AdvanceRecorded.get(lang).to_string()))
            });
            member.set(String::new());
        })
    };
    let id = |k: &str| format!("advance-{k}-{}-{}", p.item, p.vote);
    let on_member = {
        let s = member.clone();
        Callback::from(move |e: Event| s.set(value_of(&e)))
    };
    let on_day = {
        let s = day.clone();
        Callback::from(move |e: InputEvent| s.set(value_of(&e)))
    };
    let radios = Choice::ALL.iter().map(|&ch| {
        let s = choice.clone();
        let rid = id(ch.id());
        html! {
            <label class="check" for={rid.clone()}>
                <input type="radio" id={rid} name={id("choice")} checked={*choice == ch}
                    onchange={Callback::from(move |_| s.set(ch))} />
                { choice_words(lang, ch) }
            </label>
        }
    });
    html! {
        <details class="no-print">
            <summary>{ fill(T::AdvanceTitle.get(lang), &[&v.advance.len()]) }</summary>
            <form class="stack" onsubmit={record}>
                <p class="help">{ fill(T::AdvanceHelp.get(lang), &[&days]) }</p>
                <div class="field">
                    <label for={id("member")}>{ T::AdvanceMember.get(lang) }</label>
                    <select id={id("member")} onchange={on_member}>
                        <option value="" selected={member.is_empty()}>{ T::ChooseMember.get(lang) }</option>
                        { for members.iter().map(|(mid, name)| html! {
                            <option value={mid.to_string()} selected={*member == *mid}>{ *name }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for={id("day")}>{ T::AdvanceDay.get(lang) }</label>
                    <input id={id("day")} type="date" value={(*day).clone()} oninput={on_day} />
                </div>
                if *problem {
                    <p class="field-error" role="alert">{ T::DateInvalid.get(lang) }</p>
                }
                <fieldset><legend>{ T::YourVote.get(lang) }</legend>{ for radios }</fieldset>
                <button type="submit" class="secondary" disabled={member.is_empty()}>{ T::AdvanceRecord.get(lang) }</button>
            </form>
        </details>
    }
}

fn parse_count(s: &str) -> Option<u64> {
    let t = s.trim();
    if t.is_empty() {
        Some(0)
    } else {
        t.parse().ok()
    }
}

/// The open count: the chair enters the counts; the result shows as they type.
#[function_component(OpenCount)]
fn open_count(p: &VoteProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let fields = use_state(|| [String::new(), String::new(), String::new(), String::new()]);
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
    let d = vote_decision_type(c, item, &v.on);
    let t = turnout(c, m, weighting(c, d));
    let available = t.present_or_represented().map_or(0, |h| h.votes);
    let parsed: Vec<Option<u64>> = fields.iter().map(|f| parse_count(f)).collect();
    let bad_number = parsed.iter().any(Option::is_none);
    let counts = VoteCounts {
        yes: parsed[0].unwrap_or(0),
        no: parsed[1].unwrap_or(0),
        abstain: parsed[2].unwrap_or(0),
        blank: parsed[3].unwrap_or(0),
        invalid: 0,
    };
    let total = counts
        .yes
        .saturating_add(counts.no)
        .saturating_add(counts.abstain)
        .saturating_add(counts.blank);
    let too_many = total > available;
    let entered = fields.iter().any(|f| !f.trim().is_empty());
    let preview = if entered && !bad_number {
        let mut copy = c.clone();
        copy.record_open_count(&p.meeting, &p.item, p.vote, counts)
            .and_then(|_| copy.preview_vote(&p.meeting, &p.item, p.vote))
            .ok()
    } else {
        None
    };
    let needs_casting = matches!(&preview, Some(Decided::Motion(dd)) if matches!(dd.outcome, Outcome::Invalid(InvalidReason::CastingVoteMissing)));
    let invalid =
        matches!(&preview, Some(Decided::Motion(dd)) if matches!(dd.outcome, Outcome::Invalid(_)));
    let field = |i: usize, label: T| {
        let s = fields.clone();
        let id = format!("count-{}-{}-{i}", p.item, p.vote);
        let oninput = Callback::from(move |e: InputEvent| {
            let mut next = (*s).clone();
            next[i] = value_of(&e);
            s.set(next);
        });
        html! {
            <div class="field count-field">
                <label for={id.clone()}>{ label.get(lang) }</label>
                <input id={id} type="number" min="0" inputmode="numeric" value={fields[i].clone()} {oninput}
                    aria-invalid={(parsed[i].is_none() || too_many).then_some("true")} />
            </div>
        }
    };
    let declare = {
        let (app, mid, iid, n) = (app.clone(), p.meeting.clone(), p.item.clone(), p.vote);
        Callback::from(move |_| {
            let (mid, iid) = (mid.clone(), iid.clone());
            change(&app, move |c| {
                c.record_open_count(&mid, &iid, n, counts)?;
                let d = c.decide_vote(&mid, &iid, n, true)?;
                Ok(Some(declared_notice(lang, &d)))
            })
        })
    };
    html! {
        <div class="stack open-count">
            <p class="help">{ fill(T::OpenCountHelp.get(lang), &[&available]) }</p>
            <div class="count-grid">
                { field(0, T::Yes) }{ field(1, T::No) }{ field(2, T::Abstain) }{ field(3, T::Blank) }
            </div>
            if bad_number {
                <p class="field-error" role="alert">{ T::CountNotNumber.get(lang) }</p>
            } else if too_many {
                <p class="field-error" role="alert">{ fill(T::TooManyVotes.get(lang), &[&total, &available]) }</p>
            }
            if let Some(d) = &preview {
                <div class="preview">
                    <p class="eyebrow">{ T::PreviewLabel.get(lang) }</p>
                    { result_html(&words(lang, d, &[]), None) }
                </div>
            }
            if needs_casting {
                <CastingVote meeting={p.meeting.clone()} item={p.item.clone()} vote={p.vote} />
            }
            <button type="button" class="declare" onclick={declare}
                disabled={preview.is_none() || too_many || invalid}>{ T::Declare.get(lang) }</button>
            <p class="help">{ T::DeclareHelp.get(lang) }</p>
        </div>
    }
}

/// The notice after the chair declared a result (also read out by screen readers).
pub(crate) fn declared_notice(lang: Lang, d: &Decided) -> String {
    let w = words(lang, d, &[]);
    match d {
        Decided::Motion(_) => fill(T::DeclaredNotice.get(lang), &[&w.headline]),
        Decided::Election(_) => T::ElectionDeclared.get(lang).to_string(),
    }
}

/// The chair's casting vote, when the rule gives the chair one on a tie.
#[function_component(CastingVote)]
fn casting_vote(p: &VoteProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let Some(c) = app.workspace.collective() else {
        return html! {};
    };
    let has_rule = c
        .rules()
        .rules
        .values()
        .any(|r| r.tie == TieOnMotion::ChairCastingVote);
    if !has_rule {
        return html! {};
    }
    let set = |side: Side| {
        let (app, mid, iid, n) = (app.clone(), p.meeting.clone(), p.item.clone(), p.vote);
        Callback::from(move |_| {
            let (mid, iid) = (mid.clone(), iid.clone());
            change(&app, move |c| {
                c.set_casting_vote(&mid, &iid, n, Some(side))?;
                Ok(None)
            })
        })
    };
    html! {
        <div class="actions">
            <button type="button" class="secondary" onclick={set(Side::Yes)}>{ T::CastingYes.get(lang) }</button>
            <button type="button" class="secondary" onclick={set(Side::No)}>{ T::CastingNo.get(lang) }</button>
        </div>
    }
}

/// Roll call: each present (or represented) member's choice, recorded openly.
#[function_component(RollCall)]
fn roll_call(p: &VoteProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let Some(c) = app.workspace.collective() else {
        return html! {};
    };
    let Some(m) = c.meeting(&p.meeting) else {
        return html! {};
    };
    let Some(v) = m.item(&p.item).and_then(|i| i.votes.get(p.vote)) else {
        return html! {};
    };
    let VoteRecord::RollCall(r) = &v.record else {
        return html! {};
    };
    let dispatcher = app.dispatcher();
    let rows = eligible_voters(lang, c, m).into_iter().map(|(id, label)| {
        let current = r.get(&id).copied();
        let key = id.clone();
        html! {
            <RollCallRow key={key} {current} id={id} label={label}
                meeting={p.meeting.clone()} item={p.item.clone()} vote={p.vote}
                lang={lang} dispatcher={dispatcher.clone()} />
        }
    });
    let preview = c.preview_vote(&p.meeting, &p.item, p.vote).ok();
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
    html! {
        <div class="stack">
            <p class="help">{ fill(T::RollCallHelp.get(lang), &[&r.len()]) }</p>
            <ul class="checkin-list">{ for rows }</ul>
            if let Some(d) = &preview {
                <div class="preview">
                    <p class="eyebrow">{ T::PreviewLabel.get(lang) }</p>
                    { result_html(&words(lang, d, &[]), None) }
                </div>
            }
            <button type="button" class="declare" onclick={declare} disabled={r.is_empty()}>{ T::Declare.get(lang) }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct RollCallRowProps {
    id: String,
    label: String,
    current: Option<Choice>,
    meeting: String,
    item: String,
    vote: usize,
    lang: Lang,
    dispatcher: UseReducerDispatcher<crate::state::AppState>,
}

/// One member in the roll call (memoized: a click re-renders only its row).
#[function_component(RollCallRow)]
fn roll_call_row(p: &RollCallRowProps) -> Html {
    let lang = p.lang;
    let buttons = Choice::ALL.iter().map(|&ch| {
        let (d, mid, iid, n, id) = (p.dispatcher.clone(), p.meeting.clone(), p.item.clone(), p.vote, p.id.clone());
        let pressed = p.current == Some(ch);
        let onclick = Callback::from(move |_| {
            let (mid, iid, id) = (mid.clone(), iid.clone(), id.clone());
            let next = if pressed { None } else { Some(ch) };
            super::change_with(&d, move |c| {
                c.record_roll_call(&mid, &iid, n, &id, next)?;
                Ok(None)
            })
        });
        html! {
            <button type="button" class={classes!("secondary", "choice-button", pressed.then_some("chosen"))}
                aria-pressed={if pressed { "true" } else { "false" }} {onclick}
                aria-label={format!("{}: {}", p.label, choice_words(lang, ch))}>
                { if pressed { "✔ " } else { "" } }{ choice_words(lang, ch) }
            </button>
        }
    });
    html! {
        <li class="rollcall-row">
            <span class="checkin-name">{ p.label.clone() }</span>
            <span class="actions">{ for buttons }</span>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct ChallengeProps {
    meeting: String,
    item: String,
    vote: usize,
    kind: VoteKind,
}

/// An immediate challenge of the chair's declaration (BW 2:13 lid 4): a new vote.
#[function_component(Challenge)]
fn challenge(p: &ChallengeProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let voter = use_state(String::new);
    let Some(c) = app.workspace.collective() else {
        return html! {};
    };
    let Some(m) = c.meeting(&p.meeting) else {
        return html! {};
    };
    let go = |by: Option<String>| {
        let (app, mid, iid, n) = (app.clone(), p.meeting.clone(), p.item.clone(), p.vote);
        let voter = voter.clone();
        Callback::from(move |_| {
            let by = match &by {
                Some(_) if voter.is_empty() => return,
                Some(_) => ChallengeBy::Voter((*voter).clone()),
                None => ChallengeBy::Majority,
            };
            let (mid, iid) = (mid.clone(), iid.clone());
            change(&app, move |c| {
                c.challenge(&mid, &iid, n, by.clone())?;
                Ok(Some(T::ChallengeLogged.get(lang).to_string()))
            })
        })
    };
    let on_voter = {
        let s = voter.clone();
        Callback::from(move |e: Event| s.set(value_of(&e)))
    };
    let single = !p.kind.is_roll_call_or_written();
    let sel_id = format!("challenge-voter-{}-{}", p.item, p.vote);
    html! {
        <details class="challenge no-print">
            <summary>{ T::ChallengeSummary.get(lang) }</summary>
            <p class="help">{ T::ChallengeHelp.get(lang) }</p>
            <button type="button" class="secondary" onclick={go(None)}>{ T::ChallengeMajority.get(lang) }</button>
            if single {
                <div class="field">
                    <label for={sel_id.clone()}>{ T::ChallengeVoter.get(lang) }</label>
                    <select id={sel_id} onchange={on_voter}>
                        <option value="" selected={voter.is_empty()}>{ T::ChooseMember.get(lang) }</option>
                        { for eligible_voters(lang, c, m).into_iter().map(|(id, label)| html! {
                            <option value={id.clone()} selected={*voter == id}>{ label }</option>
                        }) }
                    </select>
                </div>
                <button type="button" class="secondary" onclick={go(Some(String::new()))} disabled={voter.is_empty()}>
                    { T::ChallengeByVoter.get(lang) }</button>
            }
        </details>
    }
}

//! The agenda: proposals (with amendments) and candidate elections, in order.

use super::text::T;
use super::{change, edit_meeting, value_of};
use crate::explain::{decision_type_words, full_rule_words};
use crate::i18n::{fill, Lang};
use crate::route::MeetingView;
use crate::state::use_app;
use governance::collective::{
    AgendaItem, Amendment, CandidateElection, Collective, CountingMethod, Meeting, Proposal,
    Subject,
};
use governance::rules::DecisionType;
use governance::tally::Method;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties: the meeting id.
#[derive(Properties, PartialEq)]
pub struct MeetingProps {
    /// The meeting.
    pub meeting: String,
}

/// The title of an agenda item.
pub(crate) fn item_title(c: &Collective, item: &AgendaItem) -> String {
    match &item.subject {
        Subject::Proposal(p) => c.proposal(p).map_or_else(|| p.clone(), |p| p.title.clone()),
        Subject::Election(e) => e.title.clone(),
    }
}

/// The decision type of an agenda item's main vote.
pub(crate) fn item_decision_type(c: &Collective, item: &AgendaItem) -> DecisionType {
    match &item.subject {
        Subject::Proposal(p) => c
            .proposal(p)
            .map_or(DecisionType::Regular, |p| p.decision_type),
        Subject::Election(e) => e.decision_type,
    }
}

/// A counting method's name.
pub(crate) fn method_words(lang: Lang, m: CountingMethod) -> String {
    let nl = lang == Lang::Nl;
    match m {
        CountingMethod::Ranked(Method::Stv) => "STV (Schotse regels)".into(),
        CountingMethod::Ranked(Method::Meek) => "STV (Meek)".into(),
        CountingMethod::Ranked(Method::Irv) => if nl {
            "Alternatieve stem (IRV)"
        } else {
            "Instant runoff (IRV)"
        }
        .into(),
        CountingMethod::Ranked(Method::Schulze) => "Schulze".into(),
        CountingMethod::Ranked(Method::Borda) => "Borda".into(),
        CountingMethod::Ranked(Method::Copeland) => "Copeland".into(),
        CountingMethod::Ranked(Method::Plurality) => if nl {
            "Meeste stemmen (eerste voorkeur)"
        } else {
            "Plurality (first preference)"
        }
        .into(),
        CountingMethod::Approval => if nl {
            "Goedkeuringsstemming"
        } else {
            "Approval voting"
        }
        .into(),
        CountingMethod::Score { max_score } => {
            if nl {
                format!("Scorestemming (0 tot {max_score})")
            } else {
                format!("Score voting (0 to {max_score})")
            }
        }
    }
}

fn status_words(lang: Lang, c: &Collective, item: &AgendaItem) -> (String, &'static str) {
    let main_logged = item
        .votes
        .iter()
        .rev()
        .find(|v| v.on == governance::collective::VoteOn::Main && v.logged.is_some());
    match main_logged
        .and_then(|v| v.logged)
        .and_then(|seq| c.log().get(seq))
    {
        Some(entry) if c.log().superseded_by(entry.seq).is_none() => {
            super::result::entry_headline(lang, c, entry)
        }
        _ if item.votes.iter().any(|v| v.logged.is_none()) => {
            (T::VoteOpen.get(lang).to_string(), "open")
        }
        _ => (T::NotVoted.get(lang).to_string(), "open"),
    }
}

/// The agenda page.
#[function_component(Agenda)]
pub fn agenda(props: &MeetingProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    // The agenda item whose proposal is being edited.
    let editing = use_state(|| None::<String>);
    let Some(c) = app.workspace.collective() else {
        return html! {};
    };
    let Some(m) = c.meeting(&props.meeting) else {
        return html! {};
    };
    let n = m.agenda.len();
    let rows = m.agenda.iter().enumerate().map(|(i, item)| {
        let title = item_title(c, item);
        let d = item_decision_type(c, item);
        let rule = c.rules().rule(d).map(|r| full_rule_words(lang, r)).unwrap_or_default();
        let (status, class) = status_words(lang, c, item);
        let mover = |delta: isize| {
            let app = app.clone();
            let mid = m.id.clone();
            Callback::from(move |_| {
                let mid = mid.clone();
                change(&app, move |c| {
                    let mut meeting: Meeting = c.meeting(&mid).cloned().ok_or_else(|| governance::collective::CollectiveError::UnknownMeeting(mid.clone()))?;
                    let j = i as isize + delta;
                    if j >= 0 && (j as usize) < meeting.agenda.len() {
                        meeting.agenda.swap(i, j as usize);
                        c.update_meeting(meeting)?;
                    }
                    Ok(None)
                })
            })
        };
        let remove = {
            let app = app.clone();
            let mid = m.id.clone();
            let iid = item.id.clone();
            Callback::from(move |_| {
                let (mid, iid) = (mid.clone(), iid.clone());
                change(&app, move |c| {
                    edit_meeting(c, &mid, |m| {
                        m.agenda.retain(|x| x.id != iid);
                        Ok(())
                    })?;
                    Ok(Some(T::ItemRemoved.get(lang).to_string()))
                })
            })
        };
        // A proposal can be edited until the first vote on its item (the core refuses
        // later changes to what was voted on).
        let editable = match &item.subject {
            Subject::Proposal(p) if item.votes.is_empty() => Some(p.clone()),
            _ => None,
        };
        let is_editing = editable.is_some() && editing.as_deref() == Some(item.id.as_str());
        let link_id = format!("item-link-{}", item.id);
        let start_edit = {
            let (editing, iid) = (editing.clone(), item.id.clone());
            Callback::from(move |_| editing.set(Some(iid.clone())))
        };
        let done = {
            let (editing, link_id) = (editing.clone(), link_id.clone());
            Callback::from(move |()| {
                editing.set(None);
                // Back to the item, for keyboard and screen-reader users.
                if let Some(link) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&link_id))
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = link.focus();
                }
            })
        };
        let kind = match &item.subject {
            Subject::Proposal(_) => decision_type_words(lang, d).to_string(),
            Subject::Election(e) => format!("{} · {} · {}", T::Election.get(lang), fill(T::Seats.get(lang), &[&e.seats]), method_words(lang, e.method)),
        };
        html! {
            <li class="card agenda-item" key={item.id.clone()}>
                <div class="agenda-head">
                    <span class="agenda-number" aria-hidden="true">{ i + 1 }</span>
                    <div>
                        <h3><a id={link_id} href={MeetingView::Item(m.id.clone(), item.id.clone()).hash()}>{ &title }</a></h3>
                        <p class="help">{ kind }{ " — " }{ rule }</p>
                        <p class={classes!("status", class)}>{ status }</p>
                    </div>
                </div>
                if let (true, Some(pid)) = (is_editing, editable.clone()) {
                    <ProposalForm meeting={m.id.clone()} edit={Some(pid)} on_done={done} />
                } else {
                <div class="actions no-print">
                    <a class="button" href={MeetingView::Item(m.id.clone(), item.id.clone()).hash()}
                        aria-label={format!("{}: {}", T::ToVote.get(lang), title)}>{ T::ToVote.get(lang) }</a>
                    <button type="button" class="secondary" disabled={i == 0} onclick={mover(-1)}
                        aria-label={format!("{}: {}", T::MoveUp.get(lang), title)}>{ "↑" }</button>
                    <button type="button" class="secondary" disabled={i + 1 == n} onclick={mover(1)}
                        aria-label={format!("{}: {}", T::MoveDown.get(lang), title)}>{ "↓" }</button>
                    if editable.is_some() {
                        <button type="button" class="secondary" onclick={start_edit}
                            aria-label={format!("{}: {}", T::Edit.get(lang), title)}>{ T::Edit.get(lang) }</button>
                    }
                    if item.votes.is_empty() {
                        <button type="button" class="secondary" onclick={remove}
                            aria-label={format!("{}: {}", T::RemoveItem.get(lang), title)}>{ T::RemoveItem.get(lang) }</button>
                    }
                </div>
                }
            </li>
        }
    });
    let on_agenda: std::collections::HashSet<&str> = c
        .meetings()
        .iter()
        .flat_map(|m| &m.agenda)
        .filter_map(|i| match &i.subject {
            Subject::Proposal(p) => Some(p.as_str()),
            Subject::Election(_) => None,
        })
        .collect();
    let waiting: Vec<&Proposal> = c
        .proposals()
        .iter()
        .filter(|p| !on_agenda.contains(p.id.as_str()))
        .collect();
    let waiting_rows = waiting.iter().map(|p| {
        let add = {
            let app = app.clone();
            let mid = m.id.clone();
            let pid = p.id.clone();
            Callback::from(move |_| {
                let (mid, pid) = (mid.clone(), pid.clone());
                change(&app, move |c| {
                    put_on_agenda(c, &mid, Subject::Proposal(pid.clone()))?;
                    Ok(Some(T::ItemAdded.get(lang).to_string()))
                })
            })
        };
        html! {
            <li>
                { &p.title }{ " " }
                <button type="button" class="secondary" onclick={add}
                    aria-label={format!("{}: {}", T::PutOnAgenda.get(lang), p.title)}>{ T::PutOnAgenda.get(lang) }</button>
            </li>
        }
    });
    html! {
        <section>
            <h1 tabindex="-1">{ T::Agenda.get(lang) }</h1>
            if m.agenda.is_empty() {
                <p>{ T::EmptyAgenda.get(lang) }</p>
            } else {
                <ol class="agenda" aria-label={T::Agenda.get(lang)}>{ for rows }</ol>
            }
            <p class="no-print">
                <a class="button secondary-link" href={MeetingView::Attendance(m.id.clone()).hash()}>{ T::ToAttendance.get(lang) }</a>
            </p>
            if !waiting.is_empty() {
                <div class="card stack no-print">
                    <h2>{ T::WaitingProposals.get(lang) }</h2>
                    <ul>{ for waiting_rows }</ul>
                </div>
            }
            <ProposalForm meeting={m.id.clone()} />
            <NewElection meeting={m.id.clone()} />
        </section>
    }
}

/// Adds an agenda item about `subject` at the end of the meeting's agenda.
fn put_on_agenda(
    c: &mut Collective,
    meeting: &str,
    subject: Subject,
) -> Result<String, governance::collective::CollectiveError> {
    edit_meeting(c, meeting, |m| {
        let id = m.next_item_id();
        m.agenda.push(AgendaItem {
            id: id.clone(),
            subject,
            votes: Vec::new(),
        });
        Ok(id)
    })
}

#[derive(Clone, PartialEq, Default)]
struct AmendmentDraft {
    /// The amendment's id when it exists already (editing).
    id: Option<String>,
    title: String,
    text: String,
}

/// Properties of [`ProposalForm`].
#[derive(Properties, PartialEq)]
struct ProposalFormProps {
    /// The meeting whose agenda gets a new proposal.
    meeting: String,
    /// The proposal to edit; `None` adds a new one.
    #[prop_or_default]
    edit: Option<String>,
    /// Called after a saved edit, or on cancel.
    #[prop_or_default]
    on_done: Callback<()>,
}

/// A new proposal, put on this meeting's agenda at once; or an existing one, edited.
#[function_component(ProposalForm)]
fn proposal_form(props: &ProposalFormProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let existing = props
        .edit
        .as_deref()
        .and_then(|id| app.workspace.collective()?.proposal(id).cloned());
    let title = use_state(|| {
        existing
            .as_ref()
            .map(|p| p.title.clone())
            .unwrap_or_default()
    });
    let text = use_state(|| {
        existing
            .as_ref()
            .map(|p| p.text.clone())
            .unwrap_or_default()
    });
    let kind = use_state(|| {
        existing
            .as_ref()
            .map_or(DecisionType::Regular, |p| p.decision_type)
    });
    let amendments = use_state(|| {
        existing.as_ref().map_or_else(Vec::new, |p| {
            p.amendments
                .iter()
                .map(|a| AmendmentDraft {
                    id: Some(a.id.clone()),
                    title: a.title.clone(),
                    text: a.text.clone(),
                })
                .collect()
        })
    });
    let problem = use_state(|| None::<T>);
    let title_ref = use_node_ref();
    // An edit form opens with the cursor in its title.
    {
        let title_ref = title_ref.clone();
        let editing = props.edit.is_some();
        use_effect_with((), move |_| {
            if editing {
                if let Some(input) = title_ref.cast::<web_sys::HtmlElement>() {
                    let _ = input.focus();
                }
            }
        });
    }
    let Some(c) = app.workspace.collective() else {
        return html! {};
    };
    // Element ids: the edit form sits beside the form for new proposals.
    let prefix = if props.edit.is_some() { "edit-" } else { "" };
    let types: Vec<DecisionType> = c.rules().rules.keys().copied().collect();
    let on_submit = {
        let (app, title, text, kind, amendments, problem) = (
            app.clone(),
            title.clone(),
            text.clone(),
            kind.clone(),
            amendments.clone(),
            problem.clone(),
        );
        let mid = props.meeting.clone();
        let (edit, on_done) = (props.edit.clone(), props.on_done.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if title.trim().is_empty() {
                problem.set(Some(T::TitleRequired));
                return;
            }
            if amendments.iter().any(|a| a.title.trim().is_empty()) {
                problem.set(Some(T::AmendmentTitleRequired));
                return;
            }
            problem.set(None);
            let (t, x, d) = (title.trim().to_string(), text.to_string(), *kind);
            // Existing amendments keep their id (votes refer to it); new ones get the next free one.
            let mut draft = Proposal {
                id: String::new(),
                title: t.clone(),
                text: x.clone(),
                decision_type: d,
                amendments: Vec::new(),
            };
            let mut used: Vec<String> = amendments.iter().filter_map(|a| a.id.clone()).collect();
            for a in amendments.iter() {
                let id = a.id.clone().unwrap_or_else(|| {
                    let id = (1..)
                        .map(|n| format!("a{n}"))
                        .find(|id| !used.contains(id))
                        .unwrap_or_default();
                    used.push(id.clone());
                    id
                });
                draft.amendments.push(Amendment {
                    id,
                    title: a.title.trim().to_string(),
                    text: a.text.clone(),
                });
            }
            if let Some(pid) = edit.clone() {
                draft.id = pid;
                change(&app, move |c| {
                    c.update_proposal(draft.clone())?;
                    Ok(Some(fill(T::ProposalChanged.get(lang), &[&draft.title])))
                });
                on_done.emit(());
                return;
            }
            let ams = draft.amendments;
            let mid = mid.clone();
            change(&app, move |c| {
                let id = c.next_proposal_id();
                c.add_proposal(Proposal {
                    id: id.clone(),
                    title: t.clone(),
                    text: x.clone(),
                    decision_type: d,
                    amendments: ams.clone(),
                })?;
                if let Err(e) = put_on_agenda(c, &mid, Subject::Proposal(id.clone())) {
                    let _ = c.remove_proposal(&id);
                    return Err(e);
                }
                Ok(Some(fill(T::ProposalAdded.get(lang), &[&t])))
            });
            title.set(String::new());
            text.set(String::new());
            amendments.set(Vec::new());
        })
    };
    let on_title = {
        let s = title.clone();
        Callback::from(move |e: InputEvent| s.set(value_of(&e)))
    };
    let on_text = {
        let s = text.clone();
        Callback::from(move |e: InputEvent| s.set(value_of(&e)))
    };
    let on_kind = {
        let s = kind.clone();
        Callback::from(move |e: Event| {
            if let Some(d) = DecisionType::ALL
                .into_iter()
                .find(|d| d.id() == value_of(&e))
            {
                s.set(d);
            }
        })
    };
    let add_amendment = {
        let a = amendments.clone();
        Callback::from(move |_| {
            let mut next = (*a).clone();
            next.push(AmendmentDraft::default());
            a.set(next);
        })
    };
    let amendment_rows = amendments.iter().enumerate().map(|(i, a)| {
        let set = |field: fn(&mut AmendmentDraft, String)| {
            let list = amendments.clone();
            Callback::from(move |e: InputEvent| {
                let mut next = (*list).clone();
                field(&mut next[i], value_of(&e));
                list.set(next);
            })
        };
        let remove = {
            let list = amendments.clone();
            Callback::from(move |_| {
                let mut next = (*list).clone();
                next.remove(i);
                list.set(next);
            })
        };
        let tid = format!("{prefix}amendment-title-{i}");
        let xid = format!("{prefix}amendment-text-{i}");
        html! {
            <fieldset class="amendment">
                <legend>{ fill(T::AmendmentN.get(lang), &[&(i + 1)]) }</legend>
                <div class="field">
                    <label for={tid.clone()}>{ T::AmendmentTitle.get(lang) }</label>
                    <input id={tid} type="text" value={a.title.clone()} oninput={set(|d, v| d.title = v)} />
                </div>
                <div class="field">
                    <label for={xid.clone()}>{ T::AmendmentText.get(lang) }</label>
                    <textarea id={xid} rows="3" value={a.text.clone()} oninput={set(|d, v| d.text = v)} />
                </div>
                <button type="button" class="secondary" onclick={remove}>{ T::RemoveAmendment.get(lang) }</button>
            </fieldset>
        }
    });
    let rule = c
        .rules()
        .rule(*kind)
        .map(|r| full_rule_words(lang, r))
        .unwrap_or_default();
    let id = |name: &str| format!("{prefix}{name}");
    let editing = props.edit.is_some();
    let cancel = {
        let on_done = props.on_done.clone();
        Callback::from(move |_| on_done.emit(()))
    };
    html! {
        <form class={classes!("stack", "no-print", (!editing).then_some("card"))} onsubmit={on_submit} novalidate=true
            aria-labelledby={id("proposal-heading")}>
            if editing {
                <h4 id={id("proposal-heading")}>{ T::EditProposal.get(lang) }</h4>
                <p class="help">{ T::EditBeforeVote.get(lang) }</p>
            } else {
                <h2 id={id("proposal-heading")}>{ T::NewProposal.get(lang) }</h2>
            }
            <div class="field">
                <label for={id("proposal-title")}>{ T::ProposalTitle.get(lang) }</label>
                <input id={id("proposal-title")} ref={title_ref} type="text" value={(*title).clone()} oninput={on_title} />
            </div>
            <div class="field">
                <label for={id("proposal-text")}>{ T::ProposalText.get(lang) }</label>
                <textarea id={id("proposal-text")} rows="6" value={(*text).clone()} oninput={on_text} />
            </div>
            <div class="field">
                <label for={id("proposal-type")}>{ T::DecisionType.get(lang) }</label>
                <select id={id("proposal-type")} onchange={on_kind} aria-describedby={id("proposal-rule")}>
                    { for types.iter().map(|d| html! {
                        <option value={d.id()} selected={*d == *kind}>{ decision_type_words(lang, *d) }</option>
                    }) }
                </select>
                <p id={id("proposal-rule")} class="help">{ T::RuleIs.get(lang) }{ " " }{ rule }</p>
            </div>
            { for amendment_rows }
            <button type="button" class="secondary" onclick={add_amendment}>{ T::AddAmendment.get(lang) }</button>
            if let Some(p) = *problem {
                <p class="field-error" role="alert">{ p.get(lang) }</p>
            }
            if editing {
                <div class="actions">
                    <button type="submit">{ T::SaveProposal.get(lang) }</button>
                    <button type="button" class="secondary" onclick={cancel}>{ T::Cancel.get(lang) }</button>
                </div>
            } else {
                <button type="submit">{ T::AddProposal.get(lang) }</button>
            }
        </form>
    }
}

const METHODS: [(&str, CountingMethod); 8] = [
    ("stv", CountingMethod::Ranked(Method::Stv)),
    ("irv", CountingMethod::Ranked(Method::Irv)),
    ("meek", CountingMethod::Ranked(Method::Meek)),
    ("schulze", CountingMethod::Ranked(Method::Schulze)),
    ("borda", CountingMethod::Ranked(Method::Borda)),
    ("plurality", CountingMethod::Ranked(Method::Plurality)),
    ("approval", CountingMethod::Approval),
    ("score", CountingMethod::Score { max_score: 5 }),
];

/// A new candidate election on this meeting's agenda.
#[function_component(NewElection)]
fn new_election(props: &MeetingProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let title = use_state(String::new);
    let seats = use_state(|| "1".to_string());
    let candidates = use_state(String::new);
    let method = use_state(|| "stv".to_string());
    let lots = use_state(|| false);
    let problem = use_state(|| None::<T>);
    let on_submit = {
        let (app, title, seats, candidates, method, lots, problem) = (
            app.clone(),
            title.clone(),
            seats.clone(),
            candidates.clone(),
            method.clone(),
            lots.clone(),
            problem.clone(),
        );
        let mid = props.meeting.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let names: Vec<String> = candidates
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect();
            let n: u64 = match seats.trim().parse() {
                Ok(n) if n >= 1 && (n as usize) <= names.len().max(1) => n,
                _ => {
                    problem.set(Some(T::SeatsInvalid));
                    return;
                }
            };
            if title.trim().is_empty() {
                problem.set(Some(T::TitleRequired));
                return;
            }
            if names.is_empty() {
                problem.set(Some(T::CandidatesRequired));
                return;
            }
            problem.set(None);
            let m = METHODS
                .iter()
                .find(|(id, _)| *id == method.as_str())
                .map_or(CountingMethod::Ranked(Method::Stv), |x| x.1);
            let seed = (*lots).then(|| (js_sys::Math::random() * 9.0e15) as u64);
            let election = CandidateElection {
                title: title.trim().to_string(),
                decision_type: DecisionType::BoardAppointment,
                seats: n,
                candidates: names,
                withdrawn: Vec::new(),
                method: m,
                tie_seed: seed,
            };
            let mid = mid.clone();
            change(&app, move |c| {
                put_on_agenda(c, &mid, Subject::Election(election.clone()))?;
                Ok(Some(T::ItemAdded.get(lang).to_string()))
            });
            title.set(String::new());
            candidates.set(String::new());
        })
    };
    let input = |s: &UseStateHandle<String>| {
        let s = s.clone();
        Callback::from(move |e: InputEvent| s.set(value_of(&e)))
    };
    let on_method = {
        let s = method.clone();
        Callback::from(move |e: Event| s.set(value_of(&e)))
    };
    let on_lots = {
        let s = lots.clone();
        Callback::from(move |_| s.set(!*s))
    };
    html! {
        <form class="card stack no-print" onsubmit={on_submit} novalidate=true>
            <h2>{ T::NewElection.get(lang) }</h2>
            <div class="field">
                <label for="election-title">{ T::ElectionTitle.get(lang) }</label>
                <input id="election-title" type="text" value={(*title).clone()} oninput={input(&title)} />
            </div>
            <div class="field">
                <label for="election-seats">{ T::SeatsLabel.get(lang) }</label>
                <input id="election-seats" type="number" min="1" inputmode="numeric" value={(*seats).clone()} oninput={input(&seats)} />
            </div>
            <div class="field">
                <label for="election-candidates">{ T::CandidatesLabel.get(lang) }</label>
                <textarea id="election-candidates" rows="5" value={(*candidates).clone()} oninput={input(&candidates)} />
            </div>
            <div class="field">
                <label for="election-method">{ T::MethodLabel.get(lang) }</label>
                <select id="election-method" onchange={on_method}>
                    { for METHODS.iter().map(|(id, m)| html! {
                        <option value={*id} selected={*id == method.as_str()}>{ method_words(lang, *m) }</option>
                    }) }
                </select>
            </div>
            <label class="check" for="election-lots">
                <input type="checkbox" id="election-lots" checked={*lots} onchange={on_lots} />
                { T::DrawLots.get(lang) }
            </label>
            if let Some(p) = *problem {
                <p class="field-error" role="alert">{ p.get(lang) }</p>
            }
            <button type="submit">{ T::AddElection.get(lang) }</button>
        </form>
    }
}

//! Check-in (search by name, large buttons, check out to undo), proxies, and the
//! live quorum per kind of decision.

use super::agenda::MeetingProps;
use super::text::T;
use super::{change, change_with, name_of, turnout, value_of};
use crate::explain::{decision_type_words, quorum_status_words};
use crate::i18n::{fill, Lang};
use crate::state::{use_app, AppState};
use governance::attendance::{quorum_status, Proxy, ProxyForm};
use governance::collective::{Collective, Meeting};
use governance::rules::Weighting;
use yew::prelude::*;

/// Rows shown at once; search to find others.
const SHOWN: usize = 40;

/// The attendance page.
#[function_component(AttendancePage)]
pub fn attendance_page(props: &MeetingProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    html! {
        <section>
            <h1 tabindex="-1">{ T::Attendance.get(lang) }</h1>
            <QuorumPanel meeting={props.meeting.clone()} />
            <CheckIn meeting={props.meeting.clone()} />
            <Proxies meeting={props.meeting.clone()} />
        </section>
    }
}

/// Who is here, by members and by votes, and the quorum for each kind of decision.
#[function_component(QuorumPanel)]
pub fn quorum_panel(props: &MeetingProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let Some(c) = app.workspace.collective() else {
        return html! {};
    };
    let Some(m) = c.meeting(&props.meeting) else {
        return html! {};
    };
    let weighted = c
        .rules()
        .rules
        .values()
        .any(|r| r.weighting == Weighting::PerMember);
    let t = turnout(c, m, Weighting::PerMember);
    let p = t.present.unwrap_or_default();
    let r = t.represented;
    let e = t.entitled.unwrap_or_default();
    let mut without = Vec::new();
    let mut rows = Vec::new();
    for (d, rule) in &c.rules().rules {
        if rule.quorum.is_none() {
            without.push(decision_type_words(lang, *d));
            continue;
        }
        let t = turnout(c, m, rule.weighting);
        let (words, class) = quorum_status_words(lang, &quorum_status(rule, &t, None));
        rows.push(html! {
            <li class={classes!("quorum-line", class)}>
                <strong>{ decision_type_words(lang, *d) }{ ": " }</strong>{ words }
            </li>
        });
    }
    let no_quorum = match (without.len(), rows.len()) {
        (0, _) => None,
        (_, 0) => Some(T::NoQuorumAnywhere.get(lang).to_string()),
        _ => Some(fill(T::NoQuorumFor.get(lang), &[&without.join(", ")])),
    };
    html! {
        <div class="card stack quorum-panel" aria-labelledby="quorum-title">
            <h2 id="quorum-title">{ T::QuorumTitle.get(lang) }</h2>
            <p class="present-count">
                { fill(T::PresentMembers.get(lang), &[&p.members, &r.members, &(p.members + r.members), &e.members]) }
            </p>
            if weighted {
                <p>{ fill(T::PresentVotes.get(lang), &[&p.votes, &r.votes, &(p.votes + r.votes), &e.votes]) }</p>
            }
            <ul class="quorum-list" aria-live="polite">
                { for rows }
                if let Some(n) = no_quorum {
                    <li class="quorum-line open">{ n }</li>
                }
            </ul>
        </div>
    }
}

/// Search and check in or out.
#[function_component(CheckIn)]
fn check_in(props: &MeetingProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let query = use_state(String::new);
    let proxy_for = use_state(|| None::<String>);
    let Some(c) = app.workspace.collective() else {
        return html! {};
    };
    let Some(m) = c.meeting(&props.meeting) else {
        return html! {};
    };
    let q = query.trim().to_lowercase();
    let matching: Vec<_> = c
        .members()
        .iter()
        .filter(|x| q.is_empty() || x.name.to_lowercase().contains(&q))
        .collect();
    let dispatcher = app.dispatcher();
    let open_proxy = {
        let proxy_for = proxy_for.clone();
        Callback::from(move |id: String| proxy_for.set(Some(id)))
    };
    let rows = matching.iter().take(SHOWN).map(|x| {
        let holder = m.attendance.holder_of(&x.id).map(|h| name_of(c, h));
        html! {
            <MemberRow key={x.id.clone()} id={x.id.clone()} name={x.name.clone()}
                present={m.attendance.is_present(&x.id)} suspended={x.suspended}
                holder={holder} held={m.attendance.proxies_held(&x.id)}
                meeting={m.id.clone()} lang={lang} dispatcher={dispatcher.clone()}
                on_proxy={open_proxy.clone()} />
        }
    });
    let on_query = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| query.set(value_of(&e)))
    };
    let present = m.attendance.present().count();
    html! {
        <div class="card stack" aria-labelledby="checkin-title">
            <h2 id="checkin-title">{ T::CheckInTitle.get(lang) }</h2>
            <div class="field">
                <label for="checkin-search">{ T::SearchName.get(lang) }</label>
                <input id="checkin-search" type="search" autocomplete="off" value={(*query).clone()} oninput={on_query} />
            </div>
            <p class="help" aria-live="polite">
                { fill(T::CheckedIn.get(lang), &[&present, &c.members().len()]) }
                if matching.len() > SHOWN {
                    { " " }{ fill(T::ShowingFirst.get(lang), &[&SHOWN, &matching.len()]) }
                }
            </p>
            if let Some(giver) = (*proxy_for).clone() {
                <ProxyDialog meeting={m.id.clone()} giver={giver} on_close={ { let p = proxy_for.clone(); Callback::from(move |_| p.set(None)) } } />
            }
            <ul class="checkin-list">{ for rows }</ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    id: String,
    name: String,
    present: bool,
    suspended: bool,
    holder: Option<String>,
    held: usize,
    meeting: String,
    lang: Lang,
    dispatcher: UseReducerDispatcher<AppState>,
    on_proxy: Callback<String>,
}

/// One member in the check-in list (memoized: only a changed row re-renders).
#[function_component(MemberRow)]
fn member_row(p: &RowProps) -> Html {
    let lang = p.lang;
    let toggle = {
        let (d, mid, id, name, present) = (
            p.dispatcher.clone(),
            p.meeting.clone(),
            p.id.clone(),
            p.name.clone(),
            p.present,
        );
        Callback::from(move |_| {
            let (mid, id, name) = (mid.clone(), id.clone(), name.clone());
            change_with(&d, move |c: &mut Collective| {
                if present {
                    let lapsed = c.check_out(&mid, &id)?;
                    Ok(Some(if lapsed.is_empty() {
                        fill(T::CheckedOut.get(lang), &[&name])
                    } else {
                        fill(T::CheckedOutLapsed.get(lang), &[&name, &lapsed.len()])
                    }))
                } else {
                    let lapsed = c.check_in(&mid, &id)?;
                    Ok(Some(if lapsed.is_some() {
                        fill(T::CheckedInLapsed.get(lang), &[&name])
                    } else {
                        fill(T::CheckedInNotice.get(lang), &[&name])
                    }))
                }
            })
        })
    };
    let proxy = {
        let (cb, id) = (p.on_proxy.clone(), p.id.clone());
        Callback::from(move |_| cb.emit(id.clone()))
    };
    let status = if p.present {
        let mut s = T::IsPresent.get(lang).to_string();
        if p.held > 0 {
            s.push_str(&fill(T::HoldsProxies.get(lang), &[&p.held]));
        }
        s
    } else if let Some(h) = &p.holder {
        fill(T::RepresentedBy.get(lang), &[h])
    } else if p.suspended {
        T::Suspended.get(lang).to_string()
    } else {
        T::Absent.get(lang).to_string()
    };
    html! {
        <li class={classes!("checkin-row", p.present.then_some("present"))}>
            <span class="checkin-name">{ &p.name }</span>
            <span class="checkin-status">{ status }</span>
            <span class="actions">
                if p.present {
                    <button type="button" class="secondary" onclick={toggle}
                        aria-label={fill(T::CheckOutLabel.get(lang), &[&p.name])}>{ T::CheckOut.get(lang) }</button>
                } else {
                    <button type="button" class="checkin-button" onclick={toggle} disabled={p.suspended}
                        aria-label={fill(T::CheckInLabel.get(lang), &[&p.name])}>{ T::CheckIn.get(lang) }</button>
                    if p.holder.is_none() && !p.suspended {
                        <button type="button" class="secondary" onclick={proxy}
                            aria-label={fill(T::GiveProxyLabel.get(lang), &[&p.name])}>{ T::GiveProxy.get(lang) }</button>
                    }
                }
            </span>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct ProxyFormProps {
    meeting: String,
    giver: String,
    on_close: Callback<()>,
}

/// A proxy from an absent member to a present one; the core refuses what the rules forbid.
#[function_component(ProxyDialog)]
fn proxy_form(p: &ProxyFormProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let holder = use_state(String::new);
    let form = use_state(|| ProxyForm::Written);
    let Some(c) = app.workspace.collective() else {
        return html! {};
    };
    let Some(m) = c.meeting(&p.meeting) else {
        return html! {};
    };
    let mut present: Vec<(&str, &str)> = m
        .attendance
        .present()
        .filter(|id| **id != p.giver)
        .map(|id| {
            (
                id.as_str(),
                c.member(id).map_or(id.as_str(), |x| x.name.as_str()),
            )
        })
        .collect();
    present.sort_by(|a, b| a.1.cmp(b.1));
    let giver_name = name_of(c, &p.giver);
    let rule = c.rules().proxies;
    let on_holder = {
        let s = holder.clone();
        Callback::from(move |e: Event| s.set(value_of(&e)))
    };
    let on_submit = {
        let (app, holder, form, close) = (
            app.clone(),
            holder.clone(),
            form.clone(),
            p.on_close.clone(),
        );
        let (mid, giver, gname) = (p.meeting.clone(), p.giver.clone(), giver_name.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let proxy = Proxy {
                giver: giver.clone(),
                holder: (*holder).clone(),
                form: *form,
            };
            let (mid, gname) = (mid.clone(), gname.clone());
            change(&app, move |c| {
                let hname = name_of(c, &proxy.holder);
                c.grant_proxy(&mid, proxy.clone())?;
                Ok(Some(fill(T::ProxyGranted.get(lang), &[&gname, &hname])))
            });
            close.emit(());
        })
    };
    let form_radio = |f: ProxyForm, label: T| {
        let s = form.clone();
        let id = format!("proxy-form-{f:?}").to_lowercase();
        html! {
            <label class="check" for={id.clone()}>
                <input type="radio" name="proxy-form" id={id} checked={*form == f}
                    onchange={Callback::from(move |_| s.set(f))} />
                { label.get(lang) }
            </label>
        }
    };
    let cancel = {
        let close = p.on_close.clone();
        Callback::from(move |_| close.emit(()))
    };
    html! {
        <form class="card stack proxy-form" onsubmit={on_submit} aria-labelledby="proxy-title">
            <h3 id="proxy-title">{ fill(T::ProxyFor.get(lang), &[&giver_name]) }</h3>
            <p class="help">{ proxy_rule_words(lang, &rule) }</p>
            <div class="field">
                <label for="proxy-holder">{ T::ProxyHolder.get(lang) }</label>
                <select id="proxy-holder" onchange={on_holder}>
                    <option value="" selected={holder.is_empty()}>{ T::ChooseHolder.get(lang) }</option>
                    { for present.iter().map(|(id, name)| html! {
                        <option value={id.to_string()} selected={*holder == *id}>{ *name }</option>
                    }) }
                </select>
            </div>
            <fieldset>
                <legend>{ T::ProxyFormLegend.get(lang) }</legend>
                { form_radio(ProxyForm::Written, T::Written) }
                { form_radio(ProxyForm::Electronic, T::Electronic) }
                { form_radio(ProxyForm::Oral, T::Oral) }
            </fieldset>
            <div class="actions">
                <button type="submit" disabled={holder.is_empty()}>{ T::RecordProxy.get(lang) }</button>
                <button type="button" class="secondary" onclick={cancel}>{ T::Cancel.get(lang) }</button>
            </div>
        </form>
    }
}

/// The proxy rule in one sentence.
pub(crate) fn proxy_rule_words(lang: Lang, r: &governance::rules::ProxyRule) -> String {
    if !r.allowed {
        return T::ProxiesNotAllowed.get(lang).to_string();
    }
    let max = match r.max_per_holder {
        Some(n) => fill(T::ProxyMax.get(lang), &[&n]),
        None => T::ProxyNoMax.get(lang).to_string(),
    };
    let written = if r.written_required {
        T::ProxyWritten.get(lang)
    } else {
        ""
    };
    format!("{max}{written}")
}

/// The proxies of the meeting, each with a button to withdraw it.
#[function_component(Proxies)]
fn proxies(props: &MeetingProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let Some(c) = app.workspace.collective() else {
        return html! {};
    };
    let Some(m) = c.meeting(&props.meeting) else {
        return html! {};
    };
    let rows = m.attendance.proxies().map(|p| {
        let giver = name_of(c, &p.giver);
        let holder = name_of(c, &p.holder);
        let revoke = {
            let (app, mid, gid, gname) = (app.clone(), m.id.clone(), p.giver.clone(), giver.clone());
            Callback::from(move |_| {
                let (mid, gid, gname) = (mid.clone(), gid.clone(), gname.clone());
                change(&app, move |c| {
                    c.revoke_proxy(&mid, &gid)?;
                    Ok(Some(fill(T::ProxyRevoked.get(lang), &[&gname])))
                })
            })
        };
        html! {
            <li class="proxy-row">
                <span>{ fill(T::ProxyLine.get(lang), &[&giver, &holder, &form_words(lang, p.form)]) }</span>
                <button type="button" class="secondary" onclick={revoke}
                    aria-label={fill(T::RevokeLabel.get(lang), &[&giver])}>{ T::Revoke.get(lang) }</button>
            </li>
        }
    });
    html! {
        <div class="card stack" aria-labelledby="proxies-title">
            <h2 id="proxies-title">{ T::ProxiesTitle.get(lang) }</h2>
            <p class="help">{ proxy_rule_words(lang, &c.rules().proxies) }{ " " }{ T::ProxyHow.get(lang) }</p>
            if m.attendance.proxies().next().is_none() {
                <p>{ T::NoProxies.get(lang) }</p>
            } else {
                <ul class="proxy-list">{ for rows }</ul>
            }
        </div>
    }
}

/// How a proxy was given, in words.
pub(crate) fn form_words(lang: Lang, f: ProxyForm) -> &'static str {
    match f {
        ProxyForm::Written => T::Written.get(lang),
        ProxyForm::Electronic => T::Electronic.get(lang),
        ProxyForm::Oral => T::Oral.get(lang),
    }
}

/// Present and represented members who may vote at the meeting now: `(id, label)`,
/// the label naming the proxy holder for a represented member. Sorted by name.
pub(crate) fn eligible_voters(lang: Lang, c: &Collective, m: &Meeting) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = c
        .members()
        .iter()
        .filter(|x| !x.suspended && m.can_vote_at_meeting(&x.id))
        .map(|x| {
            let label = match m.attendance.holder_of(&x.id) {
                Some(h) if !m.attendance.is_present(&x.id) => {
                    fill(T::ViaProxy.get(lang), &[&x.name, &name_of(c, h)])
                }
                _ => x.name.clone(),
            };
            (x.id.clone(), label)
        })
        .collect();
    out.sort_by(|a, b| a.1.cmp(&b.1));
    out
}

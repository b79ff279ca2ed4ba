//! Meeting mode: the meetings of the open collective, each with its agenda,
//! check-in and proxies, live quorum, votes, results and minutes.
//!
//! Every change goes through [`crate::state::Action::Change`], so it is applied to
//! the latest state and saved at once; the core refuses what the rules do not
//! allow and the refusal is shown in words.

mod agenda;
mod attendance;
mod ballot;
mod list;
pub mod minutes;
mod result;
mod text;
mod vote;

use crate::i18n::Lang;
use crate::route::MeetingView;
use crate::state::{use_app, Action, AppContext, AppState};
use crate::workspace::Change;
use governance::collective::{Collective, CollectiveError, Meeting};
use governance::rules::{DecisionType, Weighting};
use std::rc::Rc;
use text::T;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What a change returns: a notice to show, or why it was refused.
type ChangeResult = Result<Option<String>, CollectiveError>;

/// Applies `f` to the open collective (on the latest state) and saves.
pub(crate) fn change(app: &AppContext, f: impl Fn(&mut Collective) -> ChangeResult + 'static) {
    app.dispatch(Action::Change(Change(Rc::new(f))));
}

/// The same through a dispatcher (stable across renders, for memoized rows).
pub(crate) fn change_with(
    dispatcher: &UseReducerDispatcher<AppState>,
    f: impl Fn(&mut Collective) -> ChangeResult + 'static,
) {
    dispatcher.dispatch(Action::Change(Change(Rc::new(f))));
}

/// Edits a copy of meeting `id` with `edit`, then stores it through the core's checks
/// (`update_meeting`); nothing changes when either refuses.
pub(crate) fn edit_meeting<R>(
    c: &mut Collective,
    id: &str,
    edit: impl FnOnce(&mut Meeting) -> Result<R, CollectiveError>,
) -> Result<R, CollectiveError> {
    let mut meeting = c
        .meeting(id)
        .cloned()
        .ok_or_else(|| CollectiveError::UnknownMeeting(id.to_string()))?;
    let out = edit(&mut meeting)?;
    c.update_meeting(meeting)?;
    Ok(out)
}

/// Goes to another page of the app.
pub(crate) fn go(hash: &str) {
    let _ = web_sys::window().map(|w| w.location().set_hash(hash));
}

/// The value of the input, textarea or select an event came from.
pub(crate) fn value_of<E: AsRef<web_sys::Event>>(e: &E) -> String {
    let Some(target) = e.as_ref().target() else {
        return String::new();
    };
    if let Some(i) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        i.value()
    } else if let Some(t) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        t.value()
    } else if let Some(s) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
        s.value()
    } else {
        String::new()
    }
}

/// The weighting of the rule for `d` (one member one vote when there is none).
pub(crate) fn weighting(c: &Collective, d: DecisionType) -> Weighting {
    c.rules()
        .rule(d)
        .map_or(Weighting::OneMemberOneVote, |r| r.weighting)
}

/// Who is present and represented, and who is entitled, under `weighting`.
pub(crate) fn turnout(
    c: &Collective,
    m: &Meeting,
    w: Weighting,
) -> governance::attendance::Turnout {
    let voters: Vec<_> = c.members().iter().map(|m| m.voter()).collect();
    let mut t = m.attendance.voting_power(&voters, w);
    t.second_meeting = m.second_meeting;
    t
}

/// A member's name (the id when the member is gone).
pub(crate) fn name_of(c: &Collective, id: &str) -> String {
    c.member(id)
        .map_or_else(|| id.to_string(), |m| m.name.clone())
}

/// Properties of [`MeetingPage`].
#[derive(Properties, PartialEq)]
pub struct MeetingPageProps {
    /// Which sub-page.
    pub view: MeetingView,
}

/// Meeting mode with its sub-pages.
#[function_component(MeetingPage)]
pub fn meeting_page(props: &MeetingPageProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let Some(c) = app.workspace.collective() else {
        return html! {
            <section>
                <h1 tabindex="-1">{ T::Title.get(lang) }</h1>
                <p>{ T::NoCollective.get(lang) }</p>
                <p><a class="button" href="#/collectief">{ T::ToCollective.get(lang) }</a></p>
            </section>
        };
    };
    let Some(id) = props.view.meeting() else {
        return html! { <><crate::pages::collective::Messages /><list::MeetingList /></> };
    };
    let Some(m) = c.meeting(id) else {
        return html! {
            <section>
                <h1 tabindex="-1">{ T::Title.get(lang) }</h1>
                <p>{ T::NoSuchMeeting.get(lang) }</p>
                <p><a href={MeetingView::List.hash()}>{ T::AllMeetings.get(lang) }</a></p>
            </section>
        };
    };
    let body = match &props.view {
        MeetingView::List => html! {},
        MeetingView::Agenda(_) => html! { <agenda::Agenda meeting={m.id.clone()} /> },
        MeetingView::Attendance(_) => {
            html! { <attendance::AttendancePage meeting={m.id.clone()} /> }
        }
        MeetingView::Item(_, item) => {
            html! { <vote::ItemPage meeting={m.id.clone()} item={item.clone()} /> }
        }
        MeetingView::Minutes(_) => html! { <minutes::MinutesPage meeting={m.id.clone()} /> },
    };
    html! {
        <>
            <MeetingBar view={props.view.clone()} />
            { body }
            <div class="sticky-messages no-print"><crate::pages::collective::Messages /></div>
        </>
    }
}

/// The meeting's name, date, sub-navigation and a one-line quorum summary.
#[derive(Properties, PartialEq)]
struct BarProps {
    view: MeetingView,
}

#[function_component(MeetingBar)]
fn meeting_bar(props: &BarProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let Some(c) = app.workspace.collective() else {
        return html! {};
    };
    let Some(m) = props.view.meeting().and_then(|id| c.meeting(id)) else {
        return html! {};
    };
    let link = |view: MeetingView, text: T| {
        let current = std::mem::discriminant(&props.view) == std::mem::discriminant(&view);
        html! {
            <li><a href={view.hash()} aria-current={current.then_some("page")}>{ text.get(lang) }</a></li>
        }
    };
    let t = turnout(c, m, Weighting::OneMemberOneVote);
    let present = t.present.unwrap_or_default().members;
    let represented = t.represented.members;
    let entitled = t.entitled.unwrap_or_default().members;
    html! {
        <div class="collective-bar meeting-bar no-print">
            <p class="collective-name">{ c.name() }{ " · " }{ &m.title }{ " · " }{ date_words(lang, m) }</p>
            <p class="meeting-count">
                { crate::i18n::fill(T::PresentLine.get(lang), &[&present, &represented, &entitled]) }
            </p>
            <nav aria-label={T::SectionsLabel.get(lang)} class="subnav">
                <ul>
                    <li><a href={MeetingView::List.hash()}>{ T::AllMeetings.get(lang) }</a></li>
                    { link(MeetingView::Agenda(m.id.clone()), T::Agenda) }
                    { link(MeetingView::Attendance(m.id.clone()), T::Attendance) }
                    { link(MeetingView::Minutes(m.id.clone()), T::Minutes) }
                </ul>
            </nav>
        </div>
    }
}

/// The meeting's date and time in words.
pub(crate) fn date_words(lang: Lang, m: &Meeting) -> String {
    let d = m.date;
    let months_nl = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    let months_en = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let i = usize::from(d.month().clamp(1, 12)) - 1;
    let day = match lang {
        Lang::Nl => format!("{} {} {}", d.day(), months_nl[i], d.year()),
        Lang::En => format!("{} {} {}", d.day(), months_en[i], d.year()),
    };
    match m.time {
        Some(t) => format!("{day}, {:02}:{:02}", t.hour(), t.minute()),
        None => day,
    }
}

//! The meetings of the open collective, and a form for a new one.

use super::text::T;
use super::{change, date_words, go, value_of};
use crate::i18n::fill;
use crate::route::MeetingView;
use crate::state::use_app;
use governance::collective::{Date, Meeting, TimeOfDay};
use yew::prelude::*;

/// Today's date in this browser, as `YYYY-MM-DD` (the core reads no clock).
fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// The list of meetings and the new-meeting form.
#[function_component(MeetingList)]
pub fn meeting_list() -> Html {
    let app = use_app();
    let lang = app.lang;
    let title = use_state(|| T::DefaultMeetingTitle.get(lang).to_string());
    let date = use_state(today);
    let time = use_state(String::new);
    let second = use_state(|| false);
    let problem = use_state(|| None::<T>);
    let Some(c) = app.workspace.collective() else {
        return html! {};
    };
    let rows = c.meetings().iter().rev().map(|m| {
        let decided = m.agenda.iter().filter(|i| i.votes.iter().any(|v| v.logged.is_some())).count();
        html! {
            <li class="card">
                <h3><a href={MeetingView::Agenda(m.id.clone()).hash()}>{ &m.title }</a></h3>
                <p>{ date_words(lang, m) }</p>
                <p class="help">{ fill(T::MeetingSummary.get(lang), &[&m.agenda.len(), &decided, &m.attendance.present().count()]) }</p>
            </li>
        }
    });
    let next_id = c.next_meeting_id();
    let on_submit = {
        let (app, title, date, time, second, problem) = (
            app.clone(),
            title.clone(),
            date.clone(),
            time.clone(),
            second.clone(),
            problem.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Ok(d) = Date::parse(date.trim()) else {
                problem.set(Some(T::DateInvalid));
                return;
            };
            let tm = if time.trim().is_empty() {
                None
            } else {
                match TimeOfDay::parse(time.trim()) {
                    Ok(t) => Some(t),
                    Err(_) => {
                        problem.set(Some(T::TimeInvalid));
                        return;
                    }
                }
            };
            if title.trim().is_empty() {
                problem.set(Some(T::TitleRequired));
                return;
            }
            problem.set(None);
            let mut meeting = Meeting::new(next_id.clone(), title.trim(), d);
            meeting.time = tm;
            meeting.second_meeting = *second;
            let id = next_id.clone();
            change(&app, move |c| {
                c.add_meeting(meeting.clone())?;
                Ok(Some(T::MeetingCreated.get(lang).to_string()))
            });
            go(&MeetingView::Agenda(id).hash());
        })
    };
    let text_field =
        |id: &'static str, label: T, state: &UseStateHandle<String>, kind: &'static str| {
            let s = state.clone();
            let oninput = Callback::from(move |e: InputEvent| s.set(value_of(&e)));
            html! {
                <div class="field">
                    <label for={id}>{ label.get(lang) }</label>
                    <input id={id} type={kind} value={(**state).clone()} {oninput} />
                </div>
            }
        };
    let on_second = {
        let second = second.clone();
        Callback::from(move |_| second.set(!*second))
    };
    html! {
        <section>
            <h1 tabindex="-1">{ T::Title.get(lang) }</h1>
            <p class="lead">{ c.name() }</p>
            <p>{ T::Intro.get(lang) }</p>
            if c.meetings().is_empty() {
                <p>{ T::NoMeetings.get(lang) }</p>
            } else {
                <ul class="cards">{ for rows }</ul>
            }
            <form class="card stack" onsubmit={on_submit} novalidate=true>
                <h2>{ T::NewMeeting.get(lang) }</h2>
                { text_field("meeting-title", T::MeetingTitle, &title, "text") }
                { text_field("meeting-date", T::MeetingDate, &date, "date") }
                { text_field("meeting-time", T::MeetingTime, &time, "time") }
                <label class="check" for="meeting-second">
                    <input type="checkbox" id="meeting-second" checked={*second} onchange={on_second} />
                    { T::SecondMeeting.get(lang) }
                </label>
                if let Some(p) = *problem {
                    <p class="field-error" role="alert">{ p.get(lang) }</p>
                }
                <button type="submit">{ T::CreateMeeting.get(lang) }</button>
            </form>
        </section>
    }
}

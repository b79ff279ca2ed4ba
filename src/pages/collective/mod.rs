//! The collective: create or open one, its members, rules, decision log and files.

mod errors;
mod files;
mod log;
mod members;
mod new;
mod overview;
mod rules;
pub mod text;

pub use errors::error_text;

use crate::route::CollectiveView;
use crate::state::{use_app, Action};
use crate::workspace::SaveStatus;
use text::T;
use yew::prelude::*;

/// Properties of [`CollectivePage`].
#[derive(Properties, PartialEq)]
pub struct CollectivePageProps {
    /// Which sub-page.
    pub view: CollectiveView,
}

/// The collective page with its sub-pages.
#[function_component(CollectivePage)]
pub fn collective_page(props: &CollectivePageProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let open = app.workspace.open.is_some();
    let body = match (&props.view, open) {
        (CollectiveView::New { form }, _) => html! { <new::NewCollective form={form.clone()} /> },
        (CollectiveView::Overview, false) => html! { <overview::Chooser /> },
        (CollectiveView::Overview, true) => html! { <overview::Overview /> },
        (CollectiveView::Files, false) => html! { <overview::Chooser /> },
        (_, false) => html! {
            <section>
                <h1 tabindex="-1">{ T::Title.get(lang) }</h1>
                <p>{ T::NoOpen.get(lang) }</p>
                <p><a href="#/collectief">{ T::ToOverview.get(lang) }</a></p>
            </section>
        },
        (CollectiveView::Members, true) => html! { <members::Members /> },
        (CollectiveView::Rules, true) => html! { <rules::Rules /> },
        (CollectiveView::Log, true) => html! { <log::Log /> },
        (CollectiveView::Files, true) => html! { <files::Files /> },
    };
    html! {
        <>
            <Messages />
            if open && !matches!(props.view, CollectiveView::New { .. }) {
                <SubNav view={props.view.clone()} />
            }
            { body }
        </>
    }
}

/// The sub-navigation of an open collective, with its save status.
#[derive(Properties, PartialEq)]
struct SubNavProps {
    view: CollectiveView,
}

#[function_component(SubNav)]
fn sub_nav(props: &SubNavProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let Some(open) = &app.workspace.open else {
        return html! {};
    };
    let link = |view: CollectiveView, text: T| {
        let current = props.view == view;
        html! {
            <li><a href={view.hash()} aria-current={current.then_some("page")}>{ text.get(lang) }</a></li>
        }
    };
    html! {
        <div class="collective-bar">
            <p class="collective-name">{ open.collective.name() }</p>
            <nav aria-label={T::SectionsLabel.get(lang)} class="subnav">
                <ul>
                    { link(CollectiveView::Overview, T::Title) }
                    { link(CollectiveView::Members, T::Members) }
                    { link(CollectiveView::Rules, T::Rules) }
                    { link(CollectiveView::Log, T::Log) }
                    { link(CollectiveView::Files, T::Files) }
                </ul>
            </nav>
            <SaveBanner />
        </div>
    }
}

/// Save status of the open collective, with what to do when it is not saved.
#[function_component(SaveBanner)]
pub fn save_banner() -> Html {
    let app = use_app();
    let lang = app.lang;
    let Some(open) = &app.workspace.open else {
        return html! {};
    };
    let export = {
        let collective = open.collective.clone();
        Callback::from(move |_| files::export(&collective))
    };
    match &open.status {
        SaveStatus::Saved => html! {
            <p class="save-status ok" role="status">{ T::SavedStatus.get(lang) }</p>
        },
        SaveStatus::Conflict => {
            let reload = {
                let app = app.clone();
                let id = open.id.clone();
                Callback::from(move |_| {
                    if let Ok(Some(fresh)) = crate::workspace::open_stored(&id) {
                        app.dispatch(Action::OpenCollective(fresh));
                    }
                })
            };
            let keep = {
                let app = app.clone();
                let id = open.id.clone();
                Callback::from(move |_| {
                    let found = crate::store::stored_revision(&id).unwrap_or(0);
                    app.dispatch(Action::Overwrite { found });
                })
            };
            html! {
                <div class="banner warning" role="alert">
                    <p>{ T::ConflictStatus.get(lang) }</p>
                    <div class="actions">
                        <button type="button" onclick={reload}>{ T::ConflictReload.get(lang) }</button>
                        <button type="button" class="secondary" onclick={export}>{ T::ConflictExport.get(lang) }</button>
                        <button type="button" class="secondary" onclick={keep}>{ T::ConflictKeepMine.get(lang) }</button>
                    </div>
                </div>
            }
        }
        SaveStatus::Failed(e) => {
            let retry = {
                let app = app.clone();
                let found = open.revision;
                Callback::from(move |_| app.dispatch(Action::Overwrite { found }))
            };
            html! {
                <div class="banner warning" role="alert">
                    <p>{ T::FailedStatus.get(lang) }</p>
                    <p class="small">{ e.to_string() }</p>
                    <div class="actions">
                        <button type="button" onclick={export}>{ T::ConflictExport.get(lang) }</button>
                        <button type="button" class="secondary" onclick={retry}>{ T::Retry.get(lang) }</button>
                    </div>
                </div>
            }
        }
    }
}

/// The last refused change or notice, in a live region.
#[function_component(Messages)]
pub fn messages() -> Html {
    let app = use_app();
    let lang = app.lang;
    let dismiss = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::DismissMessages))
    };
    let error = app.workspace.error.as_ref().map(|e| error_text(lang, e));
    let problem = app.startup_problem.clone();
    html! {
        <div aria-live="polite" class="messages">
            if let Some(p) = problem {
                <div class="banner warning" role="alert">
                    <p>{ T::StartupProblem.get(lang) }{ " " }{ p }</p>
                    <button type="button" class="secondary" onclick={dismiss.clone()}>{ T::Close.get(lang) }</button>
                </div>
            }
            if let Some(lines) = error {
                <div class="banner error" role="alert">
                    { for lines.into_iter().map(|l| html! { <p>{ l }</p> }) }
                    <button type="button" class="secondary" onclick={dismiss.clone()}>{ T::Close.get(lang) }</button>
                </div>
            }
            if let Some(n) = app.workspace.notice.clone() {
                <div class="banner ok" role="status">
                    <p>{ n }</p>
                    <button type="button" class="secondary" onclick={dismiss}>{ T::Close.get(lang) }</button>
                </div>
            }
        </div>
    }
}

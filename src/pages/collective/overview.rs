//! Choosing a collective, and the overview of the open one.

use super::files::ImportFile;
use super::text::T;
use crate::i18n::fill;
use crate::route::CollectiveView;
use crate::state::{use_app, Action};
use governance::legal::LegalForm;
use yew::prelude::*;

/// Name of a legal form id in the current language.
pub fn form_name(lang: crate::i18n::Lang, id: &str) -> String {
    LegalForm::from_id(id)
        .map(|f| {
            let t = f.name();
            match lang {
                crate::i18n::Lang::Nl => t.nl,
                crate::i18n::Lang::En => t.en,
            }
            .to_string()
        })
        .unwrap_or_else(|| id.to_string())
}

/// The list of stored collectives, a link to create one, and import.
#[function_component(Chooser)]
pub fn chooser() -> Html {
    let app = use_app();
    let lang = app.lang;
    let rows = app.workspace.index.iter().map(|(id, s)| {
        let open = {
            let app = app.clone();
            let id = id.clone();
            Callback::from(move |_| match crate::workspace::open_stored(&id) {
                Ok(Some(open)) => app.dispatch(Action::OpenCollective(open)),
                _ => app.dispatch(Action::Removed(id.clone())),
            })
        };
        let remove = {
            let app = app.clone();
            let id = id.clone();
            Callback::from(move |_| {
                let ok = web_sys::window()
                    .and_then(|w| w.confirm_with_message(T::ConfirmRemove.get(lang)).ok())
                    .unwrap_or(false);
                if ok && crate::store::remove(&id).is_ok() {
                    let mut index = crate::workspace::read_index();
                    index.remove(&id);
                    crate::workspace::write_index(&index);
                    app.dispatch(Action::Removed(id.clone()));
                }
            })
        };
        html! {
            <li class="card collective-card">
                <h3>{ &s.name }</h3>
                <p>{ form_name(lang, &s.form) }{ " · " }{ fill(if lang == crate::i18n::Lang::Nl { "{} leden" } else { "{} members" }, &[&s.members]) }</p>
                <div class="actions">
                    <button type="button" onclick={open} aria-label={format!("{} {}", T::Open.get(lang), s.name)}>{ T::Open.get(lang) }</button>
                    <button type="button" class="secondary" onclick={remove} aria-label={format!("{} {}", T::Remove.get(lang), s.name)}>{ T::Remove.get(lang) }</button>
                </div>
            </li>
        }
    });
    html! {
        <section>
            <h1 tabindex="-1">{ T::Title.get(lang) }</h1>
            if app.workspace.index.is_empty() {
                <p>{ T::NoneYet.get(lang) }</p>
            } else {
                <h2>{ T::YourCollectives.get(lang) }</h2>
                <ul class="cards">{ for rows }</ul>
            }
            <p><a class="button" href={CollectiveView::New { form: None }.hash()}>{ T::NewCollective.get(lang) }</a></p>
            <ImportFile />
        </section>
    }
}

/// The open collective at a glance.
#[function_component(Overview)]
pub fn overview() -> Html {
    let app = use_app();
    let lang = app.lang;
    let Some(open) = &app.workspace.open else {
        return html! {};
    };
    let c = &open.collective;
    let close = {
        let app = app.clone();
        Callback::from(move |_| {
            let _ = crate::storage::remove(crate::workspace::CURRENT_KEY);
            app.dispatch(Action::CloseCollective)
        })
    };
    let decisions = c.log().entries().iter().filter(|e| e.is_decision()).count();
    html! {
        <section>
            <h1 tabindex="-1">{ c.name() }</h1>
            <p class="lead">{ form_name(lang, c.legal_form().id()) }</p>
            <p>{ fill(T::Summary.get(lang), &[&c.members().len(), &c.meetings().len(), &decisions]) }</p>
            <ul class="cards">
                <li class="card"><h2><a href={CollectiveView::Members.hash()}>{ T::Members.get(lang) }</a></h2></li>
                <li class="card"><h2><a href={CollectiveView::Rules.hash()}>{ T::Rules.get(lang) }</a></h2></li>
                <li class="card"><h2><a href={CollectiveView::Log.hash()}>{ T::Log.get(lang) }</a></h2></li>
                <li class="card"><h2><a href={CollectiveView::Files.hash()}>{ T::Files.get(lang) }</a></h2></li>
            </ul>
            <p><button type="button" class="secondary" onclick={close}>{ T::OtherCollective.get(lang) }</button></p>
        </section>
    }
}

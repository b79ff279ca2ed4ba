//! Creating a collective (optionally with the form chosen in the guide).

use super::overview::form_name;
use super::text::T;
use crate::route::{CollectiveView, Route};
use crate::state::{use_app, Action};
use crate::workspace::Change;
use governance::collective::Collective;
use governance::legal::LegalForm;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`NewCollective`].
#[derive(Properties, PartialEq)]
pub struct NewProps {
    /// Legal form id chosen in the guide.
    pub form: Option<String>,
}

fn supported(form: LegalForm) -> bool {
    governance::collective::regime_of(form).is_some()
}

/// The form to create a collective.
#[function_component(NewCollective)]
pub fn new_collective(props: &NewProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let initial = props
        .form
        .as_deref()
        .and_then(LegalForm::from_id)
        .filter(|f| supported(*f))
        .unwrap_or(LegalForm::VerenigingLimited);
    let name = use_state(String::new);
    let form = use_state(|| initial);
    let problem = use_state(|| None::<&'static str>);
    {
        let form = form.clone();
        use_effect_with(initial, move |f| form.set(*f));
    }
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                name.set(i.value());
            }
        })
    };
    let on_form = {
        let form = form.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            {
                if let Some(f) = LegalForm::from_id(&s.value()) {
                    form.set(f);
                }
            }
        })
    };
    let on_submit = {
        let app = app.clone();
        let name = name.clone();
        let form = form.clone();
        let problem = problem.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match Collective::new(name.trim(), *form) {
                Ok(c) => {
                    request_persistence();
                    app.dispatch(Action::OpenCollective(crate::workspace::open_new(c)));
                    app.dispatch(Action::Notice(T::Created.get(lang).to_string()));
                    let _ = web_sys::window()
                        .map(|w| w.location().set_hash(&CollectiveView::Members.hash()));
                }
                Err(_) => problem.set(Some(T::NameRequired.get(lang))),
            }
        })
    };
    let change_open = app.workspace.open.as_ref().map(|o| {
        let app = app.clone();
        let f = *form;
        let same = o.collective.legal_form() == f;
        let onclick = Callback::from(move |_| {
            app.dispatch(Action::Change(Change(Rc::new(
                move |c: &mut Collective| {
                    c.set_legal_form(f)?;
                    Ok(Some(T::FormChanged.get(lang).to_string()))
                },
            ))));
            let _ = web_sys::window().map(|w| w.location().set_hash(&CollectiveView::Rules.hash()));
        });
        html! {
            <p>
                <button type="button" class="secondary" disabled={same} {onclick}>
                    { T::UseFormOnOpen.get(lang) }{ ": " }{ o.collective.name() }
                </button>
            </p>
        }
    });
    html! {
        <section>
            <h1 tabindex="-1">{ T::NewCollective.get(lang) }</h1>
            <form onsubmit={on_submit} class="stack" novalidate=true>
                <div class="field">
                    <label for="new-name">{ T::Name.get(lang) }</label>
                    <input id="new-name" type="text" autocomplete="organization" required=true
                        value={(*name).clone()} oninput={on_name}
                        aria-invalid={problem.is_some().then_some("true")}
                        aria-describedby={problem.is_some().then_some("new-name-problem")} />
                    if let Some(p) = *problem {
                        <p id="new-name-problem" class="field-error">{ p }</p>
                    }
                </div>
                <div class="field">
                    <label for="new-form">{ T::LegalForm.get(lang) }</label>
                    <select id="new-form" onchange={on_form} aria-describedby="new-form-help">
                        { for LegalForm::ALL.iter().filter(|f| supported(**f)).map(|f| html! {
                            <option value={f.id()} selected={*f == *form}>{ form_name(lang, f.id()) }</option>
                        }) }
                    </select>
                    <p id="new-form-help" class="help">{ T::LegalFormHelp.get(lang) }{ " " }
                        <a href={Route::Legal.link()}>{ T::ToTheGuide.get(lang) }</a></p>
                </div>
                <button type="submit">{ T::Create.get(lang) }</button>
            </form>
            { for change_open }
        </section>
    }
}

/// Asks the browser to keep this site's storage (best effort; the Files page shows the result).
pub fn request_persistence() {
    if let Some(storage) = web_sys::window().map(|w| w.navigator().storage()) {
        let _ = storage.persist();
    }
}

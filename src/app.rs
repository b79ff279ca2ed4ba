//! The root component: state provider, page frame (header, nav, main, footer)
//! and the effects that connect state to the browser (URL hash, storage, `<html lang>`).

use crate::bundle::{self, Bundle};
use crate::i18n::{Lang, Text};
use crate::route::{CollectiveView, MeetingView, Route};
use crate::state::{use_app, Action, AppContext, AppState};
use crate::storage;
use crate::workspace::{SaveStatus, Workspace};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The URL hash (`#/rechtsvorm`), empty when there is none.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

fn stored_lang() -> Lang {
    match storage::get(storage::LANG_KEY) {
        Ok(Some(code)) => Lang::from_code(&code),
        _ => Lang::Nl,
    }
}

/// Root component of Samen, showing the routes of bundle `B` (see [`crate::bundle`]).
#[function_component(App)]
pub fn app<B: Bundle>() -> Html {
    let state = use_reducer(|| {
        let mut state = AppState::new(stored_lang(), Route::from_hash(&current_hash()));
        if B::WORKSPACE {
            let (workspace, problem) = Workspace::restore();
            state.workspace = workspace;
            state.startup_problem = problem;
        }
        state
    });

    // Every change to the open collective is written at once (see store.rs).
    {
        let state = state.clone();
        let key = state
            .workspace
            .open
            .as_ref()
            .map(|o| (o.id.clone(), o.generation, o.status.clone()));
        use_effect_with(key, move |_| {
            if let Some(open) = state.workspace.open.as_ref().filter(|_| B::WORKSPACE) {
                let _ = storage::set(crate::workspace::CURRENT_KEY, &open.id);
                if open.generation > open.saved_generation && open.status != SaveStatus::Conflict {
                    let generation = open.generation;
                    match crate::workspace::save(open) {
                        Ok(revision) => {
                            let summary = crate::workspace::summary(&open.collective);
                            let mut index = state.workspace.index.clone();
                            index.insert(open.id.clone(), summary.clone());
                            crate::workspace::write_index(&index);
                            state.dispatch(Action::Saved {
                                generation,
                                revision,
                                summary,
                            });
                        }
                        Err(error) => state.dispatch(Action::SaveFailed { generation, error }),
                    }
                }
            }
        });
    }

    // Another tab wrote the open collective: stop saving here and offer a reload.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener =
                Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
                    if !B::WORKSPACE {
                        return;
                    }
                    if let Some(id) = e
                        .key()
                        .and_then(|k| k.strip_prefix(crate::store::PREFIX).map(str::to_string))
                    {
                        state.dispatch(Action::ExternalChange(id));
                    }
                });
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w
                    .add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = window {
                    let _ = w.remove_event_listener_with_callback(
                        "storage",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }

    // URL hash → state (links, back/forward); a route of another page opens that page.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = Closure::<dyn Fn()>::new(move || {
                let hash = current_hash();
                let route = Route::from_hash(&hash);
                if bundle::owns::<B>(&route) {
                    state.dispatch(Action::Navigated(route));
                } else {
                    bundle::open_elsewhere(&route, &hash);
                }
            });
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w.add_event_listener_with_callback(
                    "hashchange",
                    listener.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(w) = window {
                    let _ = w.remove_event_listener_with_callback(
                        "hashchange",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }

    // Language → storage and <html lang>.
    use_effect_with(state.lang, |lang| {
        let _ = storage::set(storage::LANG_KEY, lang.code());
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", lang.code());
        }
    });

    // The document title names the part, in the interface language (tabs, history,
    // screen readers); the pages' static <title> is the Dutch text until the app runs.
    let part = match state.route.section() {
        Route::Home => None,
        Route::Legal => Some(Text::NavLegal),
        Route::Collective(_) => Some(Text::NavCollective),
        Route::Meeting(_) => Some(Text::NavMeeting),
        _ => Some(Text::NotFoundTitle),
    };
    use_effect_with((state.lang, part), |(lang, part)| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            let app = Text::AppName.get(*lang);
            document.set_title(&match part {
                Some(part) => format!("{app} · {}", part.get(*lang)),
                None => app.to_string(),
            });
        }
    });

    // Move focus to the page heading after navigation, for keyboard and screen-reader users.
    // Not on the first render: a fresh page load starts at the top, so the first Tab
    // reaches the skip link.
    let first_render = use_mut_ref(|| true);
    use_effect_with(state.route.clone(), move |_| {
        if std::mem::replace(&mut *first_render.borrow_mut(), false) {
            return;
        }
        if let Some(h1) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("main h1").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = h1.focus();
        }
    });

    html! {
        <ContextProvider<AppContext> context={state}>
            <Frame<B> />
        </ContextProvider<AppContext>>
    }
}

#[function_component(Frame)]
fn frame<B: Bundle>() -> Html {
    let app = use_app();
    let t = |text| app.t(text);
    let page = B::render(&app.route);
    let switch = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::SetLanguage(app.lang.other())))
    };
    // The skip link moves focus to <main> without touching the URL: the hash holds the
    // route, and `#main` would otherwise navigate to "page not found".
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        if let Some(main) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("main"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = main.focus();
        }
    });
    let nav_link = |route: Route, text: Text| {
        let current = app.route.section() == route;
        html! {
            <li>
                <a href={route.link()} aria-current={current.then_some("page")}>{ t(text) }</a>
            </li>
        }
    };
    html! {
        <>
            <a class="skip-link" href="#main" onclick={skip}>{ t(Text::SkipToContent) }</a>
            <header class="site-header">
                <div class="brand">
                    <a href={Route::Home.link()} class="brand-name">{ t(Text::AppName) }</a>
                    <span class="tagline">{ t(Text::Tagline) }</span>
                </div>
                <button type="button" class="lang-switch" id="lang-switch"
                    lang={app.lang.other().code()}
                    aria-label={t(Text::SwitchLanguageLabel)}
                    onclick={switch}>
                    { t(Text::SwitchLanguage) }
                </button>
                <nav aria-label={t(Text::AppName)}>
                    <ul>
                        { nav_link(Route::Home, Text::NavHome) }
                        { nav_link(Route::Legal, Text::NavLegal) }
                        { nav_link(Route::Collective(CollectiveView::Overview), Text::NavCollective) }
                        { nav_link(Route::Meeting(MeetingView::List), Text::NavMeeting) }
                    </ul>
                </nav>
            </header>
            <main id="main" tabindex="-1">{ page }</main>
            <footer class="site-footer">
                <p>{ t(Text::FooterDisclaimer) }</p>
                <p>{ format!("Samen · {} {}", t(Text::FooterVersion), env!("CARGO_PKG_VERSION")) }</p>
            </footer>
        </>
    }
}

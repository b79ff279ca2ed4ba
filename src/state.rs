//! The app's one state: an [`AppState`] reducer shared through context.
//!
//! Actions name user intents; persistence is an effect on state change (in
//! `app.rs`), never scattered through handlers.

use crate::i18n::{Lang, Text};
use crate::route::Route;
use std::rc::Rc;
use yew::prelude::*;

/// Everything the interface shows that is not local to one component.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// Interface language.
    pub lang: Lang,
    /// Current page.
    pub route: Route,
}

impl AppState {
    /// Initial state: the stored language (Dutch when none) and the route in the URL.
    pub fn new(lang: Lang, route: Route) -> Self {
        Self { lang, route }
    }

    /// Text in the current language.
    pub fn t(&self, text: Text) -> &'static str {
        text.get(self.lang)
    }
}

/// What a user (or the browser) did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The user chose a language.
    SetLanguage(Lang),
    /// The URL hash changed (link, back/forward).
    Navigated(Route),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLanguage(lang) => next.lang = lang,
            Action::Navigated(route) => next.route = route,
        }
        Rc::new(next)
    }
}

/// Handle to the app state, given to every component through context.
pub type AppContext = UseReducerHandle<AppState>;

/// The app state from context. Panics only if used outside `App` (a programming error).
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("use_app() outside <App>")
}

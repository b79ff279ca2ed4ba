//! The app's one state: an [`AppState`] reducer shared through context.
//!
//! Actions name user intents; persistence is an effect on state change (in
//! `app.rs`), never scattered through handlers.

use crate::i18n::{Lang, Text};
use crate::route::Route;
use crate::store::SaveError;
use crate::workspace::{Change, Open, SaveStatus, Summary, Workspace};
use std::rc::Rc;
use yew::prelude::*;

/// Everything the interface shows that is not local to one component.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// Interface language.
    pub lang: Lang,
    /// Current page.
    pub route: Route,
    /// The collectives in this browser and the open one.
    pub workspace: Workspace,
    /// A storage problem found at start-up, shown until dismissed.
    pub startup_problem: Option<String>,
}

impl AppState {
    /// Initial state: the stored language (Dutch when none) and the route in the URL.
    pub fn new(lang: Lang, route: Route) -> Self {
        Self {
            lang,
            route,
            workspace: Workspace::default(),
            startup_problem: None,
        }
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
    /// A collective was created, imported or loaded: it becomes the open one.
    OpenCollective(Open),
    /// Close the open collective (it stays stored).
    CloseCollective,
    /// A collective was removed from storage.
    Removed(String),
    /// The user changed the open collective.
    Change(Change),
    /// The save effect wrote `generation` as `revision`.
    Saved {
        /// Generation written.
        generation: u64,
        /// Revision now in storage.
        revision: u64,
        /// The index line of the saved collective.
        summary: Summary,
    },
    /// The save effect could not write `generation`.
    SaveFailed {
        /// Generation that is not stored.
        generation: u64,
        /// Why.
        error: SaveError,
    },
    /// Another tab wrote the collective with this id.
    ExternalChange(String),
    /// Keep this tab's version: write it over the other tab's (explicit choice).
    Overwrite {
        /// The revision the other tab left in storage.
        found: u64,
    },
    /// Tell the user what just happened.
    Notice(String),
    /// Hide the last error and notice.
    DismissMessages,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLanguage(lang) => next.lang = lang,
            Action::Navigated(route) => next.route = route,
            Action::OpenCollective(open) => {
                next.workspace
                    .index
                    .insert(open.id.clone(), crate::workspace::summary(&open.collective));
                next.workspace.open = Some(open);
                next.workspace.error = None;
            }
            Action::CloseCollective => next.workspace.open = None,
            Action::Removed(id) => {
                next.workspace.index.remove(&id);
                if next.workspace.open.as_ref().is_some_and(|o| o.id == id) {
                    next.workspace.open = None;
                }
            }
            Action::Change(change) => next.workspace.apply(&change),
            Action::Saved {
                generation,
                revision,
                summary,
            } => {
                if let Some(open) = &mut next.workspace.open {
                    open.revision = revision;
                    open.saved_generation = generation;
                    open.status = SaveStatus::Saved;
                    next.workspace.index.insert(open.id.clone(), summary);
                }
            }
            Action::SaveFailed { generation, error } => {
                if let Some(open) = &mut next.workspace.open {
                    if open.generation == generation {
                        open.status = match error {
                            SaveError::Conflict { .. } => SaveStatus::Conflict,
                            SaveError::Storage(e) => SaveStatus::Failed(e),
                        };
                    }
                }
            }
            Action::ExternalChange(id) => {
                if let Some(open) = &mut next.workspace.open {
                    if open.id == id {
                        open.status = SaveStatus::Conflict;
                    }
                }
            }
            Action::Overwrite { found } => {
                if let Some(open) = &mut next.workspace.open {
                    open.revision = found;
                    open.generation += 1;
                    open.status = SaveStatus::Saved;
                }
            }
            Action::Notice(text) => {
                next.workspace.notice = Some(text);
                next.workspace.error = None;
            }
            Action::DismissMessages => {
                next.workspace.error = None;
                next.workspace.notice = None;
                next.startup_problem = None;
            }
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

//! Bundles: which routes one wasm module renders.
//!
//! The app is built as three pages (`index.html`, `rechtsvorm.html`,
//! `collectief.html`), each with its own wasm module. Every module links the same
//! library but mounts [`App`](crate::App) with its own [`Bundle`], and the linker drops
//! whatever that bundle cannot reach: the start page carries no legal catalog, no
//! decision-file reader and no counting methods, so it loads fast on a phone. A route
//! that belongs to another page is opened there ([`open_elsewhere`]), keeping its hash,
//! so old links and bookmarks such as `/#/vergadering` keep working.

use crate::pages;
use crate::route::{Page, Route};
use yew::prelude::*;

/// What one wasm module renders.
pub trait Bundle: 'static {
    /// The page this bundle is built for; `None` renders every route (tests).
    const PAGE: Option<Page>;
    /// Whether it reads and writes the collectives in browser storage.
    const WORKSPACE: bool;
    /// The page content for a route this bundle owns.
    fn render(route: &Route) -> Html;
}

/// Whether bundle `B` shows `route` itself. "Not found" is shown by every bundle.
pub fn owns<B: Bundle>(route: &Route) -> bool {
    *route == Route::NotFound || B::PAGE.is_none_or(|page| route.page() == page)
}

/// Opens the page that owns `route`, with the same `hash`, replacing the current
/// history entry (so "back" does not bounce).
pub fn open_elsewhere(route: &Route, hash: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window
            .location()
            .replace(&format!("{}{}", route.page().file(), hash));
    }
}

/// `index.html`: the start page.
pub struct HomeBundle;

impl Bundle for HomeBundle {
    const PAGE: Option<Page> = Some(Page::Home);
    const WORKSPACE: bool = false;
    fn render(route: &Route) -> Html {
        match route {
            Route::Home => html! { <pages::home::Home /> },
            _ => html! { <pages::not_found::NotFound /> },
        }
    }
}

/// `rechtsvorm.html`: the legal-form guide.
pub struct LegalBundle;

impl Bundle for LegalBundle {
    const PAGE: Option<Page> = Some(Page::Legal);
    const WORKSPACE: bool = false;
    fn render(route: &Route) -> Html {
        match route {
            Route::Legal
            | Route::LegalQuestion(_)
            | Route::LegalResult
            | Route::LegalCompare(_)
            | Route::LegalFounding(_) => html! { <pages::legal::Legal /> },
            _ => html! { <pages::not_found::NotFound /> },
        }
    }
}

/// `collectief.html`: the collective and meeting mode.
pub struct CollectiveBundle;

impl Bundle for CollectiveBundle {
    const PAGE: Option<Page> = Some(Page::Collective);
    const WORKSPACE: bool = true;
    fn render(route: &Route) -> Html {
        match route {
            Route::Collective(view) => {
                html! { <pages::collective::CollectivePage view={view.clone()} /> }
            }
            Route::Meeting(view) => html! { <pages::meeting::MeetingPage view={view.clone()} /> },
            _ => html! { <pages::not_found::NotFound /> },
        }
    }
}

/// Every route in one module: for the browser tests, which drive the whole app
/// in one document.
pub struct AllPages;

impl Bundle for AllPages {
    const PAGE: Option<Page> = None;
    const WORKSPACE: bool = true;
    fn render(route: &Route) -> Html {
        match route {
            Route::Home => HomeBundle::render(route),
            Route::Collective(_) | Route::Meeting(_) => CollectiveBundle::render(route),
            Route::NotFound => html! { <pages::not_found::NotFound /> },
            _ => LegalBundle::render(route),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::{CollectiveView, MeetingView};
    use governance::legal::LegalForm;

    #[test]
    fn each_page_owns_its_routes_and_not_found() {
        let routes = [
            Route::Home,
            Route::Legal,
            Route::LegalFounding(LegalForm::Stichting),
            Route::Collective(CollectiveView::Members),
            Route::Meeting(MeetingView::List),
        ];
        let owned = |f: fn(&Route) -> bool| routes.iter().filter(|r| f(r)).count();
        assert_eq!(owned(owns::<HomeBundle>), 1);
        assert_eq!(owned(owns::<LegalBundle>), 2);
        assert_eq!(owned(owns::<CollectiveBundle>), 2);
        assert_eq!(owned(owns::<AllPages>), 5);
        assert!(owns::<HomeBundle>(&Route::NotFound));
        assert!(owns::<LegalBundle>(&Route::NotFound));
        assert!(owns::<CollectiveBundle>(&Route::NotFound));
        for route in &routes {
            let owners = [
                owns::<HomeBundle>(route),
                owns::<LegalBundle>(route),
                owns::<CollectiveBundle>(route),
            ];
            assert_eq!(owners.iter().filter(|o| **o).count(), 1, "{route:?}");
        }
    }
}

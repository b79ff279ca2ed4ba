//! Samen, the browser app (Yew, client-side rendered).
//!
//! `app` holds the root component; `pages/` one module per page; `components/`
//! shared pieces; `state` the one reducer; `storage` the only code that touches
//! browser storage; `i18n` every interface text in Dutch and English.

pub mod app;
pub mod bundle;
pub mod explain;
pub mod fileio;
pub mod i18n;
pub mod pages;
pub mod route;
pub mod state;
pub mod storage;
pub mod store;
pub mod workspace;

pub use app::App;

/// Mounts the app with bundle `B` on the document body, or, when the URL names a
/// route of another page (an old link such as `/#/vergadering`), opens that page.
pub fn start<B: bundle::Bundle>() {
    let hash = app::current_hash();
    let route = route::Route::from_hash(&hash);
    if bundle::owns::<B>(&route) {
        yew::Renderer::<App<B>>::new().render();
    } else {
        bundle::open_elsewhere(&route, &hash);
    }
}

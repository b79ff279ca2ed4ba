//! Samen, the browser app (Yew, client-side rendered).
//!
//! `app` holds the root component; `pages/` one module per page; `components/`
//! shared pieces; `state` the one reducer; `storage` the only code that touches
//! browser storage; `i18n` every interface text in Dutch and English.

pub mod app;
pub mod i18n;
pub mod pages;
pub mod route;
pub mod state;
pub mod storage;
pub mod store;

pub use app::App;

/// Mounts the app on the document body.
pub fn start() {
    yew::Renderer::<App>::new().render();
}

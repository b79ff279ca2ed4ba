//! Samen, the browser app (Yew, client-side rendered).

/// Mounts the app on the document body.
pub fn start() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<App>::new().render();
}

use yew::prelude::*;

/// Root component (placeholder until the shell lands).
#[function_component(App)]
pub fn app() -> Html {
    html! { <main>{ "Samen" }</main> }
}

//! Unknown route.

use crate::i18n::Text;
use crate::route::Route;
use crate::state::use_app;
use yew::prelude::*;

/// Shown for an unknown URL hash.
#[function_component(NotFound)]
pub fn not_found() -> Html {
    let app = use_app();
    html! {
        <section>
            <h1 tabindex="-1">{ app.t(Text::NotFoundTitle) }</h1>
            <p>{ app.t(Text::NotFoundBody) }</p>
            <p><a href={Route::Home.link()}>{ app.t(Text::BackHome) }</a></p>
        </section>
    }
}

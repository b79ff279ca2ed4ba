//! An honest page for a part that is not built yet.

use crate::i18n::Text;
use crate::route::Route;
use crate::state::use_app;
use yew::prelude::*;

/// Properties of [`Coming`].
#[derive(Properties, PartialEq)]
pub struct ComingProps {
    /// Page title.
    pub title: Text,
    /// What this page will do.
    pub body: Text,
}

/// A page that says what is coming, without fake content.
#[function_component(Coming)]
pub fn coming(props: &ComingProps) -> Html {
    let app = use_app();
    html! {
        <section>
            <h1 tabindex="-1">{ app.t(props.title) }</h1>
            <p class="badge">{ app.t(Text::ComingSoon) }</p>
            <p>{ app.t(props.body) }</p>
            <p><a href={Route::Home.href()}>{ app.t(Text::BackHome) }</a></p>
        </section>
    }
}

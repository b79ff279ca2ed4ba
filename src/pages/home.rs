//! Start page: what Samen does, and the three ways in.

use crate::i18n::Text;
use crate::route::{CollectiveView, Route};
use crate::state::use_app;
use yew::prelude::*;

/// The start page.
#[function_component(Home)]
pub fn home() -> Html {
    let app = use_app();
    let t = |text| app.t(text);
    let card = |route: Route, title: Text, body: Text| {
        html! {
            <li class="card">
                <h2><a href={route.link()}>{ t(title) }</a></h2>
                <p>{ t(body) }</p>
            </li>
        }
    };
    html! {
        <section class="home">
            <h1 tabindex="-1">{ t(Text::HomeTitle) }</h1>
            <p class="lead">{ t(Text::HomeIntro1) }</p>
            <p class="lead">{ t(Text::HomeIntro2) }</p>
            <ul class="cards">
                { card(Route::Legal, Text::HomeLegalTitle, Text::HomeLegalBody) }
                { card(Route::Collective(CollectiveView::Overview), Text::HomeCollectiveTitle, Text::HomeCollectiveBody) }
                { card(Route::Meeting(crate::route::MeetingView::List), Text::HomeMeetingTitle, Text::HomeMeetingBody) }
            </ul>
            <p class="note">{ t(Text::HomePrivacy) }</p>
        </section>
    }
}

//! Forms side by side: one row group per catalog field, rows where the forms differ
//! marked in words ("≠ Verschilt"), not by colour alone. On a phone the table scrolls
//! sideways inside its own wrapper, which keyboard users can focus and scroll.

use super::result::use_form_href;
use super::text::{pick, T};
use super::widgets::{self, disclaimer};
use crate::route::Route;
use crate::state::use_app;
use governance::legal::{compare, LegalForm};
use yew::prelude::*;

/// Properties of [`ComparePage`].
#[derive(Properties, PartialEq)]
pub struct CompareProps {
    /// The forms to compare, in the order chosen.
    pub forms: Vec<LegalForm>,
}

/// The comparison page.
#[function_component(ComparePage)]
pub fn compare_page(props: &CompareProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let t = |text: T| text.get(lang);
    let only_differences = use_state_eq(|| false);

    if props.forms.len() < 2 {
        return html! {
            <section class="compare">
                <h1 tabindex="-1">{ t(T::CompareTitle) }</h1>
                <p>{ t(T::CompareNeedTwo) }</p>
                <p><a href={Route::LegalResult.href()}>{ t(T::BackToResult) }</a></p>
            </section>
        };
    }

    let c = compare(&props.forms);
    let cols = c.forms.len();
    let toggle = {
        let only_differences = only_differences.clone();
        Callback::from(move |_: Event| only_differences.set(!*only_differences))
    };
    let rows = c
        .rows
        .iter()
        .filter(|row| !(*only_differences && row.same))
        .map(|row| {
            let marker = if row.same { T::Same } else { T::Differs };
            html! {
                <tbody class={classes!(if row.same { "same" } else { "differs" })}>
                    <tr class="topic">
                        <th colspan={cols.to_string()} scope="rowgroup">
                            { pick(lang, row.topic.label()) }
                            { " " }
                            <span class="diff-marker">{ t(marker) }</span>
                        </th>
                    </tr>
                    <tr>
                        { for row.cells.iter().map(|fact| html! {
                            <td>{ widgets::fact(lang, fact, false) }</td>
                        }) }
                    </tr>
                </tbody>
            }
        });

    html! {
        <section class="compare">
            <h1 tabindex="-1">{ t(T::CompareTitle) }</h1>
            <p class="lead">{ t(T::CompareIntro) }</p>
            <p class="no-print">
                <label class="tick">
                    <input type="checkbox" checked={*only_differences} onchange={toggle} />
                    <span>{ t(T::OnlyDifferences) }</span>
                </label>
            </p>
            <p class="scroll-hint narrow-only">{ t(T::ScrollHint) }</p>
            <div class="table-scroll" role="region" aria-labelledby="compare-caption" tabindex="0">
                <table class={classes!("compare-table", format!("cols-{cols}"))}>
                    <caption id="compare-caption">{ t(T::CompareCaption) }</caption>
                    <thead>
                        <tr>
                            { for c.forms.iter().map(|&f| html! {
                                <th scope="col">{ pick(lang, f.name()) }</th>
                            }) }
                        </tr>
                    </thead>
                    { for rows }
                    <tfoot class="no-print">
                        <tr>
                            { for c.forms.iter().map(|&f| {
                                let name = pick(lang, f.name());
                                html! {
                                    <td>
                                        <a href={Route::LegalFounding(f).href()}>
                                            { t(T::WhatToArrange) }
                                            <span class="sr-only">{ format!(" ({name})") }</span>
                                        </a>
                                        <br />
                                        <a href={use_form_href(f)}>
                                            { t(T::UseForm) }
                                            <span class="sr-only">{ format!(": {name}") }</span>
                                        </a>
                                    </td>
                                }
                            }) }
                        </tr>
                    </tfoot>
                </table>
            </div>
            { disclaimer(lang) }
            <p class="no-print"><a href={Route::LegalResult.href()}>{ t(T::BackToResult) }</a></p>
        </section>
    }
}

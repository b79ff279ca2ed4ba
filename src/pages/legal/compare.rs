//! Forms side by side: one row group per catalog field, rows where the forms differ
//! marked in words ("≠ Verschilt"), not by colour alone. On a phone the table scrolls
//! sideways inside its own wrapper, which keyboard users can focus and scroll.

use super::result::use_form_href;
use super::text::{pick, T};
use super::widgets::{self, disclaimer};
use super::{Ctx, LegalAction};
use crate::route::Route;
use governance::legal::{compare, LegalForm};
use yew::prelude::*;

/// The comparison page for `forms` (2 or 3; fewer shows how to choose them).
pub fn view(ctx: &Ctx, forms: &[LegalForm]) -> Html {
    let lang = ctx.lang;
    let t = |text: T| ctx.t(text);
    let only_differences = ctx.state.only_differences;

    if forms.len() < 2 {
        return html! {
            <section class="compare">
                <h1 tabindex="-1">{ t(T::CompareTitle) }</h1>
                <p>{ t(T::CompareNeedTwo) }</p>
                <p><a href={Route::LegalResult.href()}>{ t(T::BackToResult) }</a></p>
            </section>
        };
    }

    let c = compare(forms);
    let cols = c.forms.len();
    let rows = c
        .rows
        .iter()
        .filter(|row| !(only_differences && row.same))
        .map(|row| {
            let marker = if row.same { T::Same } else { T::Differs };
            html! {
                <tbody data-diff={if row.same { "same" } else { "differs" }}>
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
                    <input type="checkbox" checked={only_differences}
                        onchange={ctx.send(LegalAction::ToggleOnlyDifferences)} />
                    <span>{ t(T::OnlyDifferences) }</span>
                </label>
            </p>
            if cols > 2 {
                <p class="narrow-only">{ t(T::ScrollHint) }</p>
            }
            <div class="table-scroll" role="region" aria-labelledby="compare-caption" tabindex="0">
                <table class="compare-table" data-cols={cols.to_string()}>
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

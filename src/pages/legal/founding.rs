//! The founding summary of one form: at a glance, the steps, the statute items to
//! decide and the governance defaults. Printable (print CSS: no navigation, a header
//! with title and date) and downloadable as an HTML file.

use super::export::{self, Entry, Summary};
use super::result::use_form_href;
use super::text::{pick, T};
use super::widgets::{citations, disclaimer};
use super::{Ctx, LegalAction};
use crate::i18n::Lang;
use crate::route::Route;
use governance::legal::LegalForm;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// Today's date in the interface language, e.g. "23 november 2026".
fn today(lang: Lang) -> String {
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    let locale = match lang {
        Lang::Nl => "nl-NL",
        Lang::En => "en-GB",
    };
    js_sys::Date::new_0()
        .to_locale_date_string(locale, &options)
        .into()
}

/// Offers `contents` as a file download (Blob + object URL + `<a download>`).
fn download(file_name: &str, contents: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type("text/html;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(file_name);
    a.set_hidden(true);
    let body = document.body().ok_or("no body")?;
    body.append_child(&a)?;
    a.click();
    a.remove();
    // Revoke later: some browsers still read the URL after click() returns.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000)?;
    Ok(())
}

fn entry(lang: Lang, e: &Entry) -> Html {
    html! {
        <>
            <p class="fact-text">
                if let Some(label) = &e.label {
                    <strong>{ label.clone() }</strong>{ " " }
                }
                { e.text }
                if let Some(status) = e.status {
                    { " " }<span class="status">{ status }</span>
                }
            </p>
            { citations(lang, e.citations) }
        </>
    }
}

fn sections(lang: Lang, s: &Summary) -> Html {
    html! {
        { for s.sections.iter().map(|section| {
            let items = section.entries.iter().map(|e| html! { <li>{ entry(lang, e) }</li> });
            html! {
                <section class="founding-section">
                    <h2>{ section.title }</h2>
                    if let Some(intro) = section.intro {
                        <p>{ intro }</p>
                    }
                    if !section.entries.is_empty() {
                        if section.ordered {
                            <ol class="entries">{ for items }</ol>
                        } else {
                            <ul class="entries">{ for items }</ul>
                        }
                    }
                </section>
            }
        }) }
    }
}

/// The founding summary page of `form`.
pub fn view(ctx: &Ctx, form: LegalForm) -> Html {
    let lang = ctx.lang;
    let t = |text: T| ctx.t(text);
    let summary = export::summary(lang, form);
    let date = today(lang);

    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let on_download = {
        let summary = summary.clone();
        let date = date.clone();
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let html = export::to_html(lang, &summary, &date);
            let ok = download(&export::file_name(form), &html).is_ok();
            dispatch.dispatch(LegalAction::Downloaded(ok));
        })
    };

    html! {
        <article class="founding">
            <header class="print-header print-only">
                <p>{ format!("Samen · {} {date}", t(T::MadeOn)) }</p>
            </header>
            <h1 tabindex="-1">{ summary.title.clone() }</h1>
            <p class="law-term"><i>{ summary.law_term.clone() }</i></p>
            { entry(lang, &summary.what_it_is) }
            <div class="actions no-print">
                <button type="button" id="print-button" onclick={on_print}>{ t(T::Print) }</button>
                <button type="button" id="download-button" class="secondary" onclick={on_download}>
                    { t(T::Download) }
                </button>
                if ctx.state.download_failed {
                    <p class="problem" role="alert">{ t(T::DownloadFailed) }</p>
                }
            </div>
            { sections(lang, &summary) }
            { disclaimer(lang) }
            <section class="use-form no-print" aria-labelledby="use-form-title">
                <h2 id="use-form-title">{ t(T::UseForm) }</h2>
                <p>{ t(T::UseFormNote) }</p>
                <p>
                    <a class="button" id="use-form" href={use_form_href(form)}>
                        { t(T::UseForm) }{ ": " }{ pick(lang, form.name()) }
                    </a>
                </p>
                <p><a href={Route::LegalResult.href()}>{ t(T::BackToResult) }</a></p>
            </section>
        </article>
    }
}

//! The result: forms in three groups (fits / possible with caveats / does not fit),
//! each with its reasons and their citations, the open questions, and a choice of
//! forms to compare.

use super::text::{pick, T};
use super::widgets::{
    disclaimer, fact, fit_class, fit_symbol, stance_class, stance_symbol, with_symbol,
};
use super::{LegalAction, LegalState};
use crate::i18n::Lang;
use crate::route::{Route, MAX_COMPARED};
use crate::state::use_app;
use governance::legal::{
    recommend, Answer, Answers, Basis, Fit, FormResult, LegalForm, Question, Reason, Stance,
};
use yew::prelude::*;

/// Properties of [`ResultPage`].
#[derive(Properties, PartialEq)]
pub struct ResultProps {
    /// The answers so far.
    pub answers: Answers,
    /// Forms ticked for comparison.
    pub selected: Vec<LegalForm>,
    /// Where ticks go.
    pub dispatch: UseReducerDispatcher<LegalState>,
}

/// The 1-based number of a question.
fn number(q: Question) -> usize {
    Question::ALL.iter().position(|&x| x == q).unwrap_or(0) + 1
}

/// The collective page, creating or updating a collective with `form`'s defaults.
pub fn use_form_href(form: LegalForm) -> String {
    format!("#/collectief/nieuw?vorm={}", form.id())
}

/// The result page.
#[function_component(ResultPage)]
pub fn result_page(props: &ResultProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let t = |text: T| text.get(lang);
    let rec = recommend(&props.answers);
    let problem = use_state_eq(|| None::<T>);

    let open = if rec.open_questions.is_empty() {
        html! { <p>{ t(T::AllAnswered) }</p> }
    } else {
        html! {
            <>
                <p>{ t(T::OpenIntro) }</p>
                <ul class="open-questions">
                    { for rec.open_questions.iter().map(|&q| html! {
                        <li>
                            <a href={Route::LegalQuestion(number(q)).href()}>{ pick(lang, q.text()) }</a>
                        </li>
                    }) }
                </ul>
            </>
        }
    };

    let group = |fit: Fit, intro: T| {
        let forms = rec.group(fit);
        let heading_id = format!("groep-{}", fit_class(fit));
        html! {
            <section class={classes!("group", fit_class(fit))} aria-labelledby={heading_id.clone()}>
                <h2 id={heading_id}>{ with_symbol(fit_symbol(fit), pick(lang, fit.label())) }</h2>
                <p class="group-intro">{ t(intro) }</p>
                if forms.is_empty() {
                    <p class="none">{ t(T::GroupEmpty) }</p>
                } else {
                    <ul class="forms">
                        { for forms.iter().map(|r| form_card(lang, r, &props.selected, &props.dispatch)) }
                    </ul>
                }
            </section>
        }
    };

    let on_compare = {
        let selected = props.selected.clone();
        let problem = problem.clone();
        Callback::from(move |_| {
            if selected.len() < 2 {
                problem.set(Some(T::CompareTooFew));
            } else if selected.len() > MAX_COMPARED {
                problem.set(Some(T::CompareTooMany));
            } else {
                problem.set(None);
                if let Some(w) = web_sys::window() {
                    let _ = w
                        .location()
                        .set_hash(&Route::LegalCompare(selected.clone()).href());
                }
            }
        })
    };
    let chosen_names: Vec<&str> = props
        .selected
        .iter()
        .map(|f| pick(lang, f.name()))
        .collect();

    html! {
        <section class="result">
            <h1 tabindex="-1">{ t(T::ResultTitle) }</h1>
            <p class="lead">{ t(T::ResultIntro) }</p>
            { disclaimer(lang) }
            <section class="open" aria-labelledby="open-title">
                <h2 id="open-title">{ t(T::OpenTitle) }</h2>
                { open }
                <p><a href={Route::Legal.href()}>{ t(T::ChangeAnswers) }</a></p>
            </section>
            { group(Fit::Fits, T::FitsIntro) }
            { group(Fit::PossibleWithCaveats, T::CaveatsIntro) }
            { group(Fit::DoesNotFit, T::NotFitIntro) }
            <div class="compare-bar no-print">
                <p aria-live="polite">
                    if chosen_names.is_empty() {
                        { t(T::CompareChoose) }
                    } else {
                        { format!("{} ({}) {}", chosen_names.join(", "), chosen_names.len(), t(T::Chosen)) }
                    }
                </p>
                if let Some(p) = *problem {
                    <p class="problem" role="alert">{ t(p) }</p>
                }
                <button type="button" id="compare-button" onclick={on_compare}>{ t(T::CompareButton) }</button>
            </div>
        </section>
    }
}

/// One form: name, legal term, reasons, and what you can do next.
fn form_card(
    lang: Lang,
    r: &FormResult,
    selected: &[LegalForm],
    dispatch: &UseReducerDispatcher<LegalState>,
) -> Html {
    let form = r.form;
    let profile = form.profile();
    let name = pick(lang, form.name());
    let ticked = selected.contains(&form);
    let on_tick = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: Event| dispatch.dispatch(LegalAction::ToggleCompare(form)))
    };
    // For a form that does not fit, the reasons against come first; the rest folds away.
    let (shown, folded): (Vec<&Reason>, Vec<&Reason>) = if r.fit == Fit::DoesNotFit {
        r.reasons.iter().partition(|x| x.stance == Stance::Against)
    } else {
        (r.reasons.iter().collect(), Vec::new())
    };
    html! {
        <li class={classes!("form-card", fit_class(r.fit))} id={format!("vorm-{}", form.id())}>
            <h3>{ with_symbol(fit_symbol(r.fit), name) }</h3>
            <p class="law-term">{ T::InLaw.get(lang) }{ " " }<i>{ profile.law_term }</i></p>
            <ul class="reasons">{ for shown.into_iter().map(|x| reason(lang, x)) }</ul>
            if !folded.is_empty() {
                <details class="more-reasons">
                    <summary>{ T::MoreReasons.get(lang) }{ format!(" ({})", folded.len()) }</summary>
                    <ul class="reasons">{ for folded.into_iter().map(|x| reason(lang, x)) }</ul>
                </details>
            }
            <div class="form-actions no-print">
                <label class="tick">
                    <input type="checkbox" checked={ticked} onchange={on_tick} />
                    <span>
                        { T::CompareCheckbox.get(lang) }
                        <span class="sr-only">{ format!(": {name}") }</span>
                    </span>
                </label>
                <a href={Route::LegalFounding(form).href()}>
                    { T::WhatToArrange.get(lang) }
                    <span class="sr-only">{ format!(" ({name})") }</span>
                </a>
                if r.fit != Fit::DoesNotFit {
                    <a href={use_form_href(form)}>
                        { T::UseForm.get(lang) }
                        <span class="sr-only">{ format!(": {name}") }</span>
                    </a>
                }
            </div>
        </li>
    }
}

/// One reason: stance, the fact, why it is shown, status and citations.
fn reason(lang: Lang, r: &Reason) -> Html {
    html! {
        <li class={classes!("reason", stance_class(r.stance))}>
            <p class="stance">{ with_symbol(stance_symbol(r.stance), pick(lang, r.stance.label())) }</p>
            { fact(lang, r.fact, false) }
            { basis(lang, r.basis) }
        </li>
    }
}

fn quoted(lang: Lang, a: Answer) -> String {
    format!("‘{}’", pick(lang, a.label()))
}

/// Why a reason is shown: the form itself, an answer, or an open question.
fn basis(lang: Lang, basis: Basis) -> Html {
    match basis {
        Basis::Form => html! { <p class="basis">{ T::AlwaysForThisForm.get(lang) }</p> },
        Basis::Answer(a) => html! {
            <p class="basis">
                { T::YourAnswerTo.get(lang) }{ " ‘" }{ pick(lang, a.question().text()) }{ "’: " }
                <strong>{ pick(lang, a.label()) }</strong>
            </p>
        },
        Basis::Unsure(a) => {
            let q = a.question();
            let then = T::ThenItDoesNotFit.get(lang);
            let sep = if then.starts_with(',') { "" } else { " " };
            html! {
                <p class="basis">
                    { T::StillOpen.get(lang) }{ " " }
                    <a href={Route::LegalQuestion(number(q)).href()}>{ pick(lang, q.text()) }</a>
                    { " " }{ T::IfTheAnswerIs.get(lang) }{ " " }{ quoted(lang, a) }{ sep }{ then }
                </p>
            }
        }
    }
}

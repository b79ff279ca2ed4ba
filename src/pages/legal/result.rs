//! The result: forms in three groups (fits / possible with caveats / does not fit),
//! each with its reasons and their citations, the open questions, and a choice of
//! forms to compare.

use super::text::{pick, T};
use super::widgets::{
    disclaimer, fact, fit_class, fit_symbol, stance_class, stance_symbol, with_symbol,
};
use super::{navigate, Ctx, LegalAction};
use crate::i18n::Lang;
use crate::route::{CollectiveView, Route, MAX_COMPARED};
use governance::legal::{recommend, Basis, Fit, FormResult, LegalForm, Question, Reason, Stance};
use yew::prelude::*;

/// The 1-based number of a question.
fn number(q: Question) -> usize {
    Question::ALL.iter().position(|&x| x == q).unwrap_or(0) + 1
}

/// The collective page, creating or updating a collective with `form`'s defaults.
pub fn use_form_href(form: LegalForm) -> String {
    Route::Collective(CollectiveView::New {
        form: Some(form.id().to_string()),
    })
    .link()
}

/// The result page.
pub fn view(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let rec = recommend(&ctx.state.answers);

    let open = if rec.open_questions.is_empty() {
        html! { <p>{ ctx.t(T::AllAnswered) }</p> }
    } else {
        html! {
            <>
                <p>{ ctx.t(T::OpenIntro) }</p>
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
            <section class="group" data-fit={fit_class(fit)} aria-labelledby={heading_id.clone()}>
                <h2 id={heading_id}>{ with_symbol(fit_symbol(fit), pick(lang, fit.label())) }</h2>
                <p>{ ctx.t(intro) }</p>
                if forms.is_empty() {
                    <p class="none">{ ctx.t(T::GroupEmpty) }</p>
                } else {
                    <ul class="forms">{ for forms.iter().map(|r| form_card(ctx, r)) }</ul>
                }
            </section>
        }
    };

    let selected = &ctx.state.compare;
    let on_compare = {
        let selected = selected.clone();
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            if selected.len() < 2 {
                dispatch.dispatch(LegalAction::CannotCompare(T::CompareTooFew));
            } else if selected.len() > MAX_COMPARED {
                dispatch.dispatch(LegalAction::CannotCompare(T::CompareTooMany));
            } else {
                navigate(&Route::LegalCompare(selected.clone()));
            }
        })
    };

    html! {
        <section class="result">
            <h1 tabindex="-1">{ ctx.t(T::ResultTitle) }</h1>
            <p class="lead">{ ctx.t(T::ResultIntro) }</p>
            <ul class="glance">
                { for [Fit::Fits, Fit::PossibleWithCaveats, Fit::DoesNotFit].into_iter().map(|fit| {
                    let names: Vec<&str> = rec.group(fit).iter().map(|r| pick(lang, r.form.name())).collect();
                    html! {
                        <li data-fit={fit_class(fit)}>
                            <strong>{ with_symbol(fit_symbol(fit), pick(lang, fit.label())) }{ ": " }</strong>
                            { if names.is_empty() { ctx.t(T::None).to_string() } else { names.join(", ") } }
                        </li>
                    }
                }) }
            </ul>
            { disclaimer(lang) }
            <section aria-labelledby="open-title">
                <h2 id="open-title">{ ctx.t(T::OpenTitle) }</h2>
                { open }
                <p><a href={Route::Legal.href()}>{ ctx.t(T::ChangeAnswers) }</a></p>
            </section>
            { group(Fit::Fits, T::FitsIntro) }
            { group(Fit::PossibleWithCaveats, T::CaveatsIntro) }
            { group(Fit::DoesNotFit, T::NotFitIntro) }
            <div class="compare-bar no-print" data-sticky={(!selected.is_empty()).then_some("true")}>
                <p aria-live="polite">
                    if selected.is_empty() {
                        { ctx.t(T::CompareChoose) }
                    } else {
                        { format!("{} {}", selected.len(), ctx.t(T::Chosen)) }
                    }
                </p>
                if let Some(problem) = ctx.state.compare_problem {
                    <p class="problem" role="alert">{ ctx.t(problem) }</p>
                }
                <button type="button" id="compare-button" onclick={on_compare}>{ ctx.t(T::CompareButton) }</button>
            </div>
        </section>
    }
}

/// One form: name, legal term, reasons, and what you can do next.
fn form_card(ctx: &Ctx, r: &FormResult) -> Html {
    let lang = ctx.lang;
    let form = r.form;
    let name = pick(lang, form.name());
    // For a form that does not fit, the reasons against come first; the rest folds away.
    let (shown, folded): (Vec<&Reason>, Vec<&Reason>) = if r.fit == Fit::DoesNotFit {
        r.reasons.iter().partition(|x| x.stance == Stance::Against)
    } else {
        (r.reasons.iter().collect(), Vec::new())
    };
    html! {
        <li class="form-card" data-fit={fit_class(r.fit)} id={format!("vorm-{}", form.id())}>
            <h3>{ with_symbol(fit_symbol(r.fit), name) }</h3>
            <p class="law-term">{ ctx.t(T::InLaw) }{ " " }<i>{ form.profile().law_term }</i></p>
            <ul class="reasons">{ for shown.into_iter().map(|x| reason(lang, x)) }</ul>
            if !folded.is_empty() {
                <details>
                    <summary>{ format!("{} ({})", ctx.t(T::MoreReasons), folded.len()) }</summary>
                    <ul class="reasons">{ for folded.into_iter().map(|x| reason(lang, x)) }</ul>
                </details>
            }
            <div class="form-actions no-print">
                <label class="tick">
                    <input type="checkbox" checked={ctx.state.compare.contains(&form)}
                        onchange={ctx.send(LegalAction::ToggleCompare(form))} />
                    <span>
                        { ctx.t(T::CompareCheckbox) }
                        <span class="sr-only">{ format!(": {name}") }</span>
                    </span>
                </label>
                <a href={Route::LegalFounding(form).href()}>
                    { ctx.t(T::WhatToArrange) }
                    <span class="sr-only">{ format!(" ({name})") }</span>
                </a>
                if r.fit != Fit::DoesNotFit {
                    <a href={use_form_href(form)}>
                        { ctx.t(T::UseForm) }
                        <span class="sr-only">{ format!(": {name}") }</span>
                    </a>
                }
            </div>
        </li>
    }
}

/// One reason: stance, the fact with its status and citations, and why it is shown.
fn reason(lang: Lang, r: &Reason) -> Html {
    html! {
        <li class="reason" data-stance={stance_class(r.stance)}>
            <p class="stance">{ with_symbol(stance_symbol(r.stance), pick(lang, r.stance.label())) }</p>
            { basis(lang, r.basis) }
            { fact(lang, r.fact, false) }
        </li>
    }
}

/// Why a reason is shown: the form itself, an answer, or an open question.
fn basis(lang: Lang, basis: Basis) -> Html {
    match basis {
        Basis::Form => html! { <p class="basis">{ T::AlwaysForThisForm.get(lang) }</p> },
        Basis::Answer(a) => html! {
            <p class="basis">
                { format!("{} ‘{}’: ", T::YourAnswerTo.get(lang), pick(lang, a.question().text())) }
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
                    { format!(" {} ‘{}’{sep}{then}", T::IfTheAnswerIs.get(lang), pick(lang, a.label())) }
                </p>
            }
        }
    }
}

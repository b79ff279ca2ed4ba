//! The interview: twelve questions, each a fieldset of radio buttons with *why we ask*
//! and a *not sure* answer, and beside them the result so far.
//!
//! On a laptop every question is visible; on a phone (narrow viewport, CSS only) just
//! the current one, with links to the previous and next question. The current
//! question is in the URL (`#/rechtsvorm/vraag/3`), so back and forward work.

use super::text::{pick, T};
use super::widgets::{fit_class, fit_symbol, with_symbol};
use super::{navigate, Ctx, LegalAction};
use crate::route::Route;
use governance::legal::{recommend, Answers, Fit, Question};
use yew::prelude::*;

/// The DOM id of question `n` (1-based).
pub fn question_id(n: usize) -> String {
    format!("vraag-{n}")
}

/// The interview page; `step` is the question named in the URL (1-based), if any.
pub fn view(ctx: &Ctx, step: Option<usize>) -> Html {
    let current = step.unwrap_or(1);
    let total = Question::ALL.len();
    let answers = &ctx.state.answers;

    let step_nav = html! {
        <div class="step-nav">
            if current > 1 {
                <a class="button secondary" href={Route::LegalQuestion(current - 1).href()}>
                    { "← " }{ ctx.t(T::Previous) }
                </a>
            }
            if current < total {
                <a class="button" href={Route::LegalQuestion(current + 1).href()}>
                    { ctx.t(T::Next) }{ " →" }
                </a>
            } else {
                <a class="button" href={Route::LegalResult.href()}>{ ctx.t(T::SeeResult) }{ " →" }</a>
            }
        </div>
    };

    let start_over = if ctx.state.confirming_start_over {
        let yes = {
            let dispatch = ctx.dispatch.clone();
            Callback::from(move |_: MouseEvent| {
                dispatch.dispatch(LegalAction::StartOver);
                navigate(&Route::Legal);
            })
        };
        html! {
            <div class="start-over confirm">
                <p role="alert">{ ctx.t(T::StartOverConfirm) }</p>
                <button type="button" onclick={yes}>{ ctx.t(T::StartOverYes) }</button>
                <button type="button" class="secondary" onclick={ctx.send(LegalAction::KeepAnswers)}>
                    { ctx.t(T::StartOverNo) }
                </button>
            </div>
        }
    } else {
        html! {
            <div class="start-over">
                <button type="button" class="secondary" onclick={ctx.send(LegalAction::AskStartOver)}
                    disabled={*answers == Answers::default()}>
                    { ctx.t(T::StartOver) }
                </button>
            </div>
        }
    };

    html! {
        <section class="interview" data-later={(current > 1).then_some("true")}>
            <h1 tabindex="-1">{ ctx.t(T::Title) }</h1>
            <p class="lead">{ ctx.t(T::Intro) }</p>
            <p class="note" data-warning={ctx.state.save_failed.then_some("true")} role="status">
                { ctx.t(if ctx.state.save_failed { T::SaveFailed } else { T::Saved }) }
            </p>
            <div class="interview-layout">
                <div class="questions">
                    { for Question::ALL.iter().enumerate().map(|(i, &q)| question(ctx, q, i + 1, i + 1 == current)) }
                    { step_nav }
                    <p class="wide-only">
                        <a class="button" href={Route::LegalResult.href()}>{ ctx.t(T::SeeResult) }{ " →" }</a>
                    </p>
                </div>
                { summary(ctx) }
            </div>
            { start_over }
        </section>
    }
}

/// One question: a fieldset with the question as legend, why we ask, and the options.
fn question(ctx: &Ctx, q: Question, n: usize, current: bool) -> Html {
    let lang = ctx.lang;
    let chosen = ctx.state.answers.get(q);
    let name = question_id(n);
    let options = q.options().iter().map(|&a| {
        html! {
            <li class="option">
                <label>
                    <input type="radio" name={name.clone()} checked={chosen == Some(a)}
                        onchange={ctx.send(LegalAction::Answer(a))} />
                    <span>{ pick(lang, a.label()) }</span>
                </label>
            </li>
        }
    });
    html! {
        <fieldset id={name.clone()} tabindex="-1" class="question"
            data-current={current.then_some("true")}>
            <legend>
                <span class="q-number">
                    { format!("{} {n} {} {}", ctx.t(T::Question), ctx.t(T::Of), Question::ALL.len()) }
                </span>
                { pick(lang, q.text()) }
            </legend>
            <details class="why">
                <summary>{ ctx.t(T::WhyWeAsk) }</summary>
                <p>{ pick(lang, q.why()) }</p>
            </details>
            <ul class="options" data-many={(q.options().len() > 6).then_some("true")}>
                { for options }
            </ul>
        </fieldset>
    }
}

/// The result so far, updated on every answer: the three groups with form names only.
fn summary(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let answers = &ctx.state.answers;
    let rec = recommend(answers);
    let answered = Question::ALL
        .iter()
        .filter(|&&q| answers.get(q).is_some())
        .count();
    let names = |fit: Fit| -> Vec<&'static str> {
        rec.group(fit)
            .iter()
            .map(|r| pick(lang, r.form.name()))
            .collect()
    };
    let fits_now = names(Fit::Fits);
    let live = format!(
        "{} {}.",
        ctx.t(T::FitsNow),
        if fits_now.is_empty() {
            ctx.t(T::None).to_string()
        } else {
            fits_now.join(", ")
        }
    );
    let group = |fit: Fit| {
        let forms = names(fit);
        html! {
            <div data-fit={fit_class(fit)}>
                <h3>{ with_symbol(fit_symbol(fit), pick(lang, fit.label())) }</h3>
                if forms.is_empty() {
                    <p class="none">{ ctx.t(T::NoneYet) }</p>
                } else {
                    <ul>{ for forms.into_iter().map(|n| html! { <li>{ n }</li> }) }</ul>
                }
            </div>
        }
    };
    html! {
        <aside class="summary" aria-labelledby="summary-title">
            <h2 id="summary-title">{ ctx.t(T::SummaryTitle) }</h2>
            <p class="answered">
                { format!("{answered} {} {} {}", ctx.t(T::AnsweredOf), Question::ALL.len(), ctx.t(T::QuestionsAnswered)) }
            </p>
            <p class="sr-only" aria-live="polite">{ live }</p>
            { group(Fit::Fits) }
            { group(Fit::PossibleWithCaveats) }
            { group(Fit::DoesNotFit) }
            <p><a href={Route::LegalResult.href()}>{ ctx.t(T::SeeResultWithReasons) }</a></p>
        </aside>
    }
}

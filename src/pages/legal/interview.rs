//! The interview: twelve questions, each a fieldset of radio buttons with *why we ask*
//! and a *not sure* answer, and beside them the result so far.
//!
//! On a laptop every question is visible; on a phone (narrow viewport, CSS only) just
//! the current one, with links to the previous and next question. The current
//! question is in the URL (`#/rechtsvorm/vraag/3`), so back and forward work.

use super::text::{pick, T};
use super::widgets::{fit_class, fit_symbol, with_symbol};
use super::{LegalAction, LegalState};
use crate::i18n::Lang;
use crate::route::Route;
use crate::state::use_app;
use governance::legal::{recommend, Answers, Fit, Question};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`Interview`].
#[derive(Properties, PartialEq)]
pub struct InterviewProps {
    /// The answers so far.
    pub answers: Answers,
    /// The current question (1-based) when the URL names one.
    pub step: Option<usize>,
    /// Where answers go.
    pub dispatch: UseReducerDispatcher<LegalState>,
    /// True when the last save to browser storage failed.
    pub save_failed: bool,
}

/// The DOM id of question `n` (1-based).
pub fn question_id(n: usize) -> String {
    format!("vraag-{n}")
}

/// The interview page.
#[function_component(Interview)]
pub fn interview(props: &InterviewProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let t = |text: T| text.get(lang);
    let confirming = use_state_eq(|| false);

    // A question named in the URL gets focus (after the app has focused the page
    // heading, hence deferred), so the keyboard and screen readers start there.
    use_effect_with(props.step, |step| {
        if let Some(n) = *step {
            yew::platform::spawn_local(async move {
                if let Some(el) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&question_id(n)))
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                }
            });
        }
    });

    let current = props.step.unwrap_or(1);
    let total = Question::ALL.len();
    let questions = Question::ALL.iter().enumerate().map(|(i, &q)| {
        question(
            lang,
            q,
            i + 1,
            i + 1 == current,
            &props.answers,
            &props.dispatch,
        )
    });

    let step_nav = html! {
        <div class="step-nav">
            if current > 1 {
                <a class="button secondary" href={Route::LegalQuestion(current - 1).href()}>
                    { "← " }{ t(T::Previous) }
                </a>
            }
            if current < total {
                <a class="button" href={Route::LegalQuestion(current + 1).href()}>
                    { t(T::Next) }{ " →" }
                </a>
            } else {
                <a class="button" href={Route::LegalResult.href()}>{ t(T::SeeResult) }{ " →" }</a>
            }
        </div>
    };

    let start_over = if *confirming {
        let yes = {
            let dispatch = props.dispatch.clone();
            let confirming = confirming.clone();
            Callback::from(move |_| {
                dispatch.dispatch(LegalAction::StartOver);
                confirming.set(false);
                if let Some(w) = web_sys::window() {
                    let _ = w.location().set_hash(&Route::Legal.href());
                }
            })
        };
        let no = {
            let confirming = confirming.clone();
            Callback::from(move |_| confirming.set(false))
        };
        html! {
            <div class="start-over confirm" role="group" aria-label={t(T::StartOver)}>
                <p role="alert">{ t(T::StartOverConfirm) }</p>
                <button type="button" onclick={yes}>{ t(T::StartOverYes) }</button>
                <button type="button" class="secondary" onclick={no}>{ t(T::StartOverNo) }</button>
            </div>
        }
    } else {
        let ask = {
            let confirming = confirming.clone();
            Callback::from(move |_| confirming.set(true))
        };
        html! {
            <div class="start-over">
                <button type="button" class="secondary" onclick={ask}
                    disabled={props.answers == Answers::default()}>
                    { t(T::StartOver) }
                </button>
            </div>
        }
    };

    html! {
        <section class="interview">
            <h1 tabindex="-1">{ t(T::Title) }</h1>
            <p class="lead">{ t(T::Intro) }</p>
            <p class={classes!("note", props.save_failed.then_some("warning"))} role="status">
                { if props.save_failed { t(T::SaveFailed) } else { t(T::Saved) } }
            </p>
            <div class="interview-layout">
                <form class="questions" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { for questions }
                    { step_nav }
                    <p class="to-result wide-only">
                        <a class="button" href={Route::LegalResult.href()}>{ t(T::SeeResult) }{ " →" }</a>
                    </p>
                </form>
                <Summary answers={props.answers} />
            </div>
            { start_over }
        </section>
    }
}

/// One question: a fieldset with the question as legend, why we ask, and the options.
fn question(
    lang: Lang,
    q: Question,
    n: usize,
    current: bool,
    answers: &Answers,
    dispatch: &UseReducerDispatcher<LegalState>,
) -> Html {
    let chosen = answers.get(q);
    let name = question_id(n);
    let options = q.options().iter().map(|&a| {
        let onchange = {
            let dispatch = dispatch.clone();
            Callback::from(move |_: Event| dispatch.dispatch(LegalAction::Answer(a)))
        };
        html! {
            <li class={classes!("option", a.is_not_sure().then_some("not-sure"))}>
                <label>
                    <input type="radio" name={name.clone()} checked={chosen == Some(a)} {onchange} />
                    <span>{ pick(lang, a.label()) }</span>
                </label>
            </li>
        }
    });
    html! {
        <fieldset id={name.clone()} tabindex="-1"
            class={classes!("question", current.then_some("current"), chosen.is_some().then_some("answered"))}>
            <legend>
                <span class="q-number">
                    { format!("{} {n} {} {}", T::Question.get(lang), T::Of.get(lang), Question::ALL.len()) }
                </span>
                <span class="q-text">{ pick(lang, q.text()) }</span>
            </legend>
            <details class="why">
                <summary>{ T::WhyWeAsk.get(lang) }</summary>
                <p>{ pick(lang, q.why()) }</p>
            </details>
            <ul class={classes!("options", (q.options().len() > 6).then_some("many"))}>
                { for options }
            </ul>
        </fieldset>
    }
}

/// Properties of [`Summary`].
#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    /// The answers so far.
    pub answers: Answers,
}

/// The result so far, updated on every answer: the three groups with form names only.
#[function_component(Summary)]
pub fn summary(props: &SummaryProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let t = |text: T| text.get(lang);
    let rec = recommend(&props.answers);
    let answered = Question::ALL
        .iter()
        .filter(|&&q| props.answers.get(q).is_some())
        .count();
    let names = |fit: Fit| -> Vec<&'static str> {
        rec.group(fit)
            .iter()
            .map(|r| pick(lang, r.form.name()))
            .collect()
    };
    let fits_now = names(Fit::Fits);
    let live = if fits_now.is_empty() {
        format!("{} {}.", t(T::FitsNow), t(T::NoneYet).to_lowercase())
    } else {
        format!("{} {}.", t(T::FitsNow), fits_now.join(", "))
    };
    let group = |fit: Fit| {
        let forms = names(fit);
        html! {
            <div class={classes!("summary-group", fit_class(fit))}>
                <h3>{ with_symbol(fit_symbol(fit), pick(lang, fit.label())) }</h3>
                if forms.is_empty() {
                    <p class="none">{ t(T::NoneYet) }</p>
                } else {
                    <ul>{ for forms.into_iter().map(|n| html! { <li>{ n }</li> }) }</ul>
                }
            </div>
        }
    };
    html! {
        <aside class="summary" aria-labelledby="summary-title">
            <h2 id="summary-title">{ t(T::SummaryTitle) }</h2>
            <p class="answered">
                { format!("{answered} {} {} {}", t(T::AnsweredOf), Question::ALL.len(), t(T::QuestionsAnswered)) }
            </p>
            <p class="sr-only" aria-live="polite">{ live }</p>
            { group(Fit::Fits) }
            { group(Fit::PossibleWithCaveats) }
            { group(Fit::DoesNotFit) }
            <p><a href={Route::LegalResult.href()}>{ t(T::SeeResultWithReasons) }</a></p>
        </aside>
    }
}

//! Rechtsvorm kiezen / Choose a legal form: the interview, the result with reasons and
//! citations, a side-by-side comparison, and the founding summary of one form.
//!
//! All knowledge comes from `governance::legal`; this module only shows it. The
//! answers live in one small reducer ([`LegalState`]) held by [`Legal`], which stays
//! mounted while the user moves between the sub-pages (`#/rechtsvorm/…`), and are
//! written to browser storage by one effect whenever they change.

pub mod compare;
pub mod export;
pub mod founding;
pub mod interview;
pub mod result;
pub mod text;
mod widgets;

use crate::route::Route;
use crate::state::use_app;
use crate::storage::{self, StorageError, LEGAL_ANSWERS_KEY};
use governance::legal::{Answer, Answers, LegalForm};
use std::rc::Rc;
use yew::prelude::*;

/// The guide's state: the answers so far and the forms ticked for comparison.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LegalState {
    /// The interview answers (`None` per question = not answered yet).
    pub answers: Answers,
    /// Forms ticked on the result page, in the order ticked.
    pub compare: Vec<LegalForm>,
}

/// What the user did in the guide.
#[derive(Clone, Debug, PartialEq)]
pub enum LegalAction {
    /// Chose an answer (replacing an earlier answer to that question).
    Answer(Answer),
    /// Asked to forget every answer and start again.
    StartOver,
    /// Ticked or unticked a form for comparison.
    ToggleCompare(LegalForm),
}

impl Reducible for LegalState {
    type Action = LegalAction;

    fn reduce(self: Rc<Self>, action: LegalAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            LegalAction::Answer(answer) => next.answers.set(answer),
            LegalAction::StartOver => next = LegalState::default(),
            LegalAction::ToggleCompare(form) => {
                if let Some(i) = next.compare.iter().position(|&f| f == form) {
                    next.compare.remove(i);
                } else {
                    next.compare.push(form);
                }
            }
        }
        Rc::new(next)
    }
}

/// Reads the stored answers; nothing stored or unreadable means no answers yet.
pub fn load_answers() -> Answers {
    storage::get(LEGAL_ANSWERS_KEY)
        .ok()
        .flatten()
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// Stores the answers; no answers at all removes the key.
pub fn save_answers(answers: &Answers) -> Result<(), StorageError> {
    if *answers == Answers::default() {
        return storage::remove(LEGAL_ANSWERS_KEY);
    }
    // Serialising plain enums and options cannot fail.
    let json = serde_json::to_string(answers).unwrap_or_default();
    storage::set(LEGAL_ANSWERS_KEY, &json)
}

/// The legal-form guide: picks the sub-page from the route.
#[function_component(Legal)]
pub fn legal() -> Html {
    let app = use_app();
    let state = use_reducer(|| LegalState {
        answers: load_answers(),
        compare: Vec::new(),
    });
    let save_failed = use_state_eq(|| false);
    {
        let save_failed = save_failed.clone();
        use_effect_with(state.answers, move |answers| {
            save_failed.set(save_answers(answers).is_err());
        });
    }
    let dispatch = state.dispatcher();
    let answers = state.answers;
    html! {
        <div class="legal">
            {
                match &app.route {
                    Route::LegalQuestion(n) => html! {
                        <interview::Interview {answers} step={Some(*n)} {dispatch}
                            save_failed={*save_failed} />
                    },
                    Route::LegalResult => html! {
                        <result::ResultPage {answers} selected={state.compare.clone()} {dispatch} />
                    },
                    Route::LegalCompare(forms) => html! {
                        <compare::ComparePage forms={forms.clone()} />
                    },
                    Route::LegalFounding(form) => html! {
                        <founding::FoundingPage form={*form} />
                    },
                    _ => html! {
                        <interview::Interview {answers} step={None} {dispatch}
                            save_failed={*save_failed} />
                    },
                }
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use governance::legal::{Control, YesNo};

    fn reduce(state: LegalState, action: LegalAction) -> LegalState {
        (*Rc::new(state).reduce(action)).clone()
    }

    #[test]
    fn answers_replace_and_start_over_forgets() {
        let s = reduce(
            LegalState::default(),
            LegalAction::Answer(Answer::Control(Control::Board)),
        );
        let s = reduce(s, LegalAction::Answer(Answer::Control(Control::Members)));
        let s = reduce(s, LegalAction::Answer(Answer::Anbi(YesNo::NotSure)));
        assert_eq!(s.answers.control, Some(Control::Members));
        assert_eq!(s.answers.anbi, Some(YesNo::NotSure));
        let s = reduce(s, LegalAction::ToggleCompare(LegalForm::Bv));
        assert_eq!(reduce(s, LegalAction::StartOver), LegalState::default());
    }

    #[test]
    fn compare_toggles_in_the_order_ticked() {
        let mut s = LegalState::default();
        for f in [LegalForm::Stichting, LegalForm::Bv, LegalForm::Stichting] {
            s = reduce(s, LegalAction::ToggleCompare(f));
        }
        assert_eq!(s.compare, [LegalForm::Bv]);
    }

    #[test]
    fn stored_answers_are_plain_json() {
        let a = Answers::default().with(Answer::Control(Control::Members));
        let json = serde_json::to_string(&a).unwrap();
        assert!(json.contains("\"control\":\"members\""), "{json}");
        assert_eq!(serde_json::from_str::<Answers>(&json).unwrap(), a);
        // Fields missing from an older stored value count as not answered.
        assert_eq!(
            serde_json::from_str::<Answers>("{\"control\":\"members\"}").unwrap(),
            a
        );
    }
}

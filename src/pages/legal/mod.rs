//! Rechtsvorm kiezen / Choose a legal form: the interview, the result with reasons and
//! citations, a side-by-side comparison, and the founding summary of one form.
//!
//! All knowledge comes from `governance::legal`; this module only shows it. One
//! component, [`Legal`], holds one reducer ([`LegalState`]) and stays mounted while the
//! user moves between the sub-pages (`#/rechtsvorm/…`); the sub-pages are plain
//! functions of that state (fewer components keep the download small). The answers
//! are written to browser storage by one effect whenever they change.

pub mod compare;
pub mod export;
pub mod founding;
pub mod interview;
pub mod result;
pub mod text;
mod widgets;

use crate::i18n::Lang;
use crate::route::Route;
use crate::state::use_app;
use crate::storage::{self, StorageError, LEGAL_ANSWERS_KEY};
use governance::legal::{Answer, Answers, LegalForm, Question};
use std::rc::Rc;
use text::T;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The guide's state: the answers, the forms ticked for comparison, and what the
/// pages show about the user's last action.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LegalState {
    /// The interview answers (`None` per question = not answered yet).
    pub answers: Answers,
    /// Forms ticked on the result page, in the order ticked.
    pub compare: Vec<LegalForm>,
    /// "Start over" was pressed once; the page asks to confirm.
    pub confirming_start_over: bool,
    /// Why "Compare" could not go ahead, if it could not.
    pub compare_problem: Option<T>,
    /// The comparison shows only the rows where the forms differ.
    pub only_differences: bool,
    /// The last save to browser storage failed.
    pub save_failed: bool,
    /// The last download could not be made.
    pub download_failed: bool,
}

/// What the user (or the storage effect) did in the guide.
#[derive(Clone, Debug, PartialEq)]
pub enum LegalAction {
    /// Chose an answer (replacing an earlier answer to that question).
    Answer(Answer),
    /// Pressed "start over": ask to confirm.
    AskStartOver,
    /// Changed their mind about starting over.
    KeepAnswers,
    /// Confirmed: forget every answer and start again.
    StartOver,
    /// Ticked or unticked a form for comparison.
    ToggleCompare(LegalForm),
    /// Pressed "Compare" with too few or too many forms.
    CannotCompare(T),
    /// Showed all rows, or only the differences, in the comparison.
    ToggleOnlyDifferences,
    /// Storage accepted (`true`) or refused the answers.
    Saved(bool),
    /// The founding summary download worked (`true`) or not.
    Downloaded(bool),
}

impl Reducible for LegalState {
    type Action = LegalAction;

    fn reduce(self: Rc<Self>, action: LegalAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            LegalAction::Answer(answer) => next.answers.set(answer),
            LegalAction::AskStartOver => next.confirming_start_over = true,
            LegalAction::KeepAnswers => next.confirming_start_over = false,
            LegalAction::StartOver => {
                next = LegalState {
                    save_failed: self.save_failed,
                    ..LegalState::default()
                }
            }
            LegalAction::ToggleCompare(form) => {
                if let Some(i) = next.compare.iter().position(|&f| f == form) {
                    next.compare.remove(i);
                } else {
                    next.compare.push(form);
                }
                next.compare_problem = None;
            }
            LegalAction::CannotCompare(problem) => next.compare_problem = Some(problem),
            LegalAction::ToggleOnlyDifferences => next.only_differences = !next.only_differences,
            LegalAction::Saved(ok) => next.save_failed = !ok,
            LegalAction::Downloaded(ok) => next.download_failed = !ok,
        }
        if next == *self {
            // Same state: no new render.
            self
        } else {
            Rc::new(next)
        }
    }
}

/// What every sub-page gets: the language, the state and where actions go.
pub struct Ctx<'a> {
    /// Interface language.
    pub lang: Lang,
    /// The guide's state.
    pub state: &'a LegalState,
    /// Where actions go.
    pub dispatch: &'a UseReducerDispatcher<LegalState>,
}

impl Ctx<'_> {
    /// A page text in the current language.
    pub fn t(&self, text: T) -> &'static str {
        text.get(self.lang)
    }

    /// A callback that sends `action` on any event.
    pub fn send<E: 'static>(&self, action: LegalAction) -> Callback<E> {
        let dispatch = self.dispatch.clone();
        Callback::from(move |_: E| dispatch.dispatch(action.clone()))
    }
}

/// Goes to `route` (a new history entry, so "back" returns here).
pub fn navigate(route: &Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.href());
    }
}

/// One answer as stored: `"kind":"broodfonds"` — serde_json of the [`Answer`] without
/// its braces, which is also the field of [`Answers`] in serde_json.
fn stored_pair(answer: Answer) -> String {
    let json = serde_json::to_string(&answer).unwrap_or_default();
    json.trim_start_matches('{')
        .trim_end_matches('}')
        .to_string()
}

/// The answers as stored: a JSON object with one field per answered question, e.g.
/// `{"kind":"broodfonds","control":"members"}`, the same as serde_json of [`Answers`]
/// without the unanswered (`null`) fields.
pub fn encode_answers(answers: &Answers) -> String {
    let pairs: Vec<String> = Question::ALL
        .iter()
        .filter_map(|&q| answers.get(q))
        .map(stored_pair)
        .collect();
    format!("{{{}}}", pairs.join(","))
}

/// Reads stored answers. Fields it does not know are skipped, so a stored value from
/// an older or newer version still gives every answer it can.
///
/// Why not `serde_json::from_str`: deserialising costs about 13 KB (brotli) of the
/// first load; every stored field is one of a few dozen known strings, so matching
/// them is enough.
pub fn decode_answers(stored: &str) -> Answers {
    let body = stored.trim().trim_start_matches('{').trim_end_matches('}');
    let mut answers = Answers::default();
    for part in body.split(',').map(str::trim) {
        let known = Question::ALL
            .iter()
            .flat_map(|q| q.options().iter().copied())
            .find(|&a| stored_pair(a) == part);
        if let Some(a) = known {
            answers.set(a);
        }
    }
    answers
}

/// Reads the stored answers; nothing stored means no answers yet.
pub fn load_answers() -> Answers {
    storage::get(LEGAL_ANSWERS_KEY)
        .ok()
        .flatten()
        .map(|stored| decode_answers(&stored))
        .unwrap_or_default()
}

/// Stores the answers; no answers at all removes the key.
pub fn save_answers(answers: &Answers) -> Result<(), StorageError> {
    if *answers == Answers::default() {
        return storage::remove(LEGAL_ANSWERS_KEY);
    }
    storage::set(LEGAL_ANSWERS_KEY, &encode_answers(answers))
}

/// The legal-form guide: picks the sub-page from the route.
#[function_component(Legal)]
pub fn legal() -> Html {
    let app = use_app();
    let state = use_reducer(|| LegalState {
        answers: load_answers(),
        ..LegalState::default()
    });
    let dispatch = state.dispatcher();

    // Answers → storage, on every change.
    {
        let dispatch = dispatch.clone();
        use_effect_with(state.answers, move |answers| {
            dispatch.dispatch(LegalAction::Saved(save_answers(answers).is_ok()));
        });
    }

    // A question named in the URL gets focus, so keyboard and screen-reader users start
    // there. Deferred: the app focuses the page heading after every navigation, and
    // its effect runs after this one.
    let step = match app.route {
        Route::LegalQuestion(n) => Some(n),
        _ => None,
    };
    use_effect_with(step, |step| {
        if let Some(n) = *step {
            yew::platform::spawn_local(async move {
                if let Some(el) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&interview::question_id(n)))
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                }
            });
        }
    });

    let ctx = Ctx {
        lang: app.lang,
        state: &state,
        dispatch: &dispatch,
    };
    let page = match &app.route {
        Route::LegalResult => result::view(&ctx),
        Route::LegalCompare(forms) => compare::view(&ctx, forms),
        Route::LegalFounding(form) => founding::view(&ctx, *form),
        _ => interview::view(&ctx, step),
    };
    html! { <div class="legal">{ page }</div> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use governance::legal::{CollectiveKind, Control, YesNo};

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
        let s = reduce(s, LegalAction::AskStartOver);
        assert!(s.confirming_start_over);
        assert_eq!(reduce(s, LegalAction::StartOver), LegalState::default());
    }

    #[test]
    fn compare_toggles_in_the_order_ticked_and_clears_the_problem() {
        let mut s = reduce(
            LegalState::default(),
            LegalAction::CannotCompare(T::CompareTooFew),
        );
        for f in [LegalForm::Stichting, LegalForm::Bv, LegalForm::Stichting] {
            s = reduce(s, LegalAction::ToggleCompare(f));
        }
        assert_eq!(s.compare, [LegalForm::Bv]);
        assert_eq!(s.compare_problem, None);
    }

    #[test]
    fn an_unchanged_state_is_the_same_state() {
        let s = Rc::new(LegalState::default());
        assert!(Rc::ptr_eq(&s, &s.clone().reduce(LegalAction::Saved(true))));
        assert!(!Rc::ptr_eq(
            &s,
            &s.clone().reduce(LegalAction::Saved(false))
        ));
    }

    #[test]
    fn stored_answers_are_the_json_of_answers_without_nulls() {
        let a = Answers::default()
            .with(Answer::Kind(CollectiveKind::Broodfonds))
            .with(Answer::Control(Control::Members))
            .with(Answer::MemberSupply(YesNo::NotSure));
        let stored = encode_answers(&a);
        assert_eq!(
            stored,
            r#"{"kind":"broodfonds","control":"members","member_supply":"not_sure"}"#
        );
        assert_eq!(decode_answers(&stored), a);
        // serde reads it too (missing fields are unanswered), and we read serde's output.
        assert_eq!(serde_json::from_str::<Answers>(&stored).unwrap(), a);
        assert_eq!(decode_answers(&serde_json::to_string(&a).unwrap()), a);
        assert_eq!(encode_answers(&Answers::default()), "{}");
    }

    #[test]
    fn every_option_survives_storage() {
        for q in Question::ALL {
            for &option in q.options() {
                let a = Answers::default().with(option);
                assert_eq!(decode_answers(&encode_answers(&a)), a, "{option:?}");
            }
        }
    }

    #[test]
    fn unknown_or_broken_stored_fields_are_skipped() {
        let a = decode_answers(r#"{"kind":"space_station","control":"board","x":1,"anbi":"#);
        assert_eq!(a, Answers::default().with(Answer::Control(Control::Board)));
        assert_eq!(decode_answers("not json"), Answers::default());
    }
}

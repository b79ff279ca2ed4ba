//! Browser tests of the legal-form guide (`#/rechtsvorm`): the real app mounted in
//! headless Chromium.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Mounts the app at `hash` with empty storage.
async fn mount(hash: &str) -> web_sys::Element {
    storage().clear().unwrap();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<samen::App<samen::bundle::AllPages>>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn text_of(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

/// Clicks the option of question `n` whose label is `label`.
fn choose(root: &web_sys::Element, n: usize, label: &str) {
    let labels = root
        .query_selector_all(&format!("#vraag-{n} label"))
        .unwrap();
    for i in 0..labels.length() {
        let l: web_sys::HtmlElement = labels.get(i).unwrap().dyn_into().unwrap();
        if l.text_content().unwrap_or_default().trim() == label {
            l.query_selector("input")
                .unwrap()
                .unwrap()
                .dyn_into::<web_sys::HtmlElement>()
                .unwrap()
                .click();
            return;
        }
    }
    panic!("question {n} has no option {label:?}");
}

#[wasm_bindgen_test]
async fn answering_a_question_updates_the_result_at_once() {
    let root = mount("/rechtsvorm").await;
    assert_eq!(text_of(&root, "main h1"), "Rechtsvorm kiezen");
    let no_fit = text_of(&root, "aside.summary [data-fit='no-fit']");
    assert!(!no_fit.contains("Stichting"), "{no_fit}");
    assert!(text_of(&root, "aside.summary .answered").starts_with("0 van de 12"));

    // No notary: every form founded at a notary no longer fits.
    choose(&root, 12, "Ja, liefst zonder notaris");
    yew::scheduler::flush().await;
    let no_fit = text_of(&root, "aside.summary [data-fit='no-fit']");
    for form in [
        "Stichting",
        "Coöperatie U.A.",
        "Formele vereniging (bij de notaris)",
    ] {
        assert!(no_fit.contains(form), "{form} should not fit: {no_fit}");
    }
    assert!(text_of(&root, "aside.summary .answered").starts_with("1 van de 12"));
    let checked: web_sys::HtmlInputElement = root
        .query_selector("#vraag-12 input:checked")
        .unwrap()
        .expect("the answer is checked")
        .dyn_into()
        .unwrap();
    assert!(checked.checked());
    // Kept in browser storage.
    assert_eq!(
        storage()
            .get_item("samen.legal.answers")
            .unwrap()
            .as_deref(),
        Some(r#"{"formalities":"no_notary"}"#)
    );

    // Changing the answer changes the result back.
    choose(&root, 12, "Een notaris is geen probleem");
    yew::scheduler::flush().await;
    let no_fit = text_of(&root, "aside.summary [data-fit='no-fit']");
    assert!(!no_fit.contains("Stichting"), "{no_fit}");
    root.remove();
}

#[wasm_bindgen_test]
async fn language_switch_changes_the_page_text() {
    let root = mount("/rechtsvorm").await;
    assert_eq!(text_of(&root, "main h1"), "Rechtsvorm kiezen");
    assert!(text_of(&root, "#vraag-1 legend").contains("Wat voor collectief"));
    assert_eq!(text_of(&root, "#summary-title"), "Tussenstand");

    let switch: web_sys::HtmlElement = root
        .query_selector("#lang-switch")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    switch.click();
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, "main h1"), "Choose a legal form");
    assert!(text_of(&root, "#vraag-1 legend").contains("What kind of collective"));
    assert_eq!(text_of(&root, "#summary-title"), "Result so far");
    assert!(text_of(&root, "aside.summary [data-fit='no-fit'] h3").contains("Does not fit"));

    switch.click();
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, "main h1"), "Rechtsvorm kiezen");
    root.remove();
}

#[wasm_bindgen_test]
async fn stored_answers_come_back_and_the_result_page_shows_them() {
    storage().clear().unwrap();
    let root = mount("/rechtsvorm/uitslag").await;
    assert_eq!(
        text_of(&root, "main h1"),
        "Welke rechtsvorm past bij jullie?"
    );
    root.remove();

    storage()
        .set_item(
            "samen.legal.answers",
            r#"{"kind":"broodfonds","formalities":"no_notary"}"#,
        )
        .unwrap();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("/rechtsvorm/uitslag")
        .unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<samen::App<samen::bundle::AllPages>>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    // Ten questions are still open; the answered two are not among them.
    assert_eq!(
        root.query_selector_all(".open-questions li")
            .unwrap()
            .length(),
        10
    );
    let no_fit = text_of(&root, "section[data-fit='no-fit']");
    assert!(no_fit.contains("Stichting"), "{no_fit}");
    root.remove();
}

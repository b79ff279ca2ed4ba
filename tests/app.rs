//! Browser tests: the app mounted in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

async fn mount() -> web_sys::Element {
    web_sys::window().unwrap().location().set_hash("/").unwrap();
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

#[wasm_bindgen_test]
async fn starts_in_dutch_and_switches_to_english_and_back() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let root = mount().await;
    assert_eq!(text_of(&root, "h1"), "Samen organiseren, samen beslissen");
    assert_eq!(
        text_of(&root, "nav a[href='rechtsvorm.html#/rechtsvorm']"),
        "Rechtsvorm kiezen"
    );

    let switch: web_sys::HtmlElement = root
        .query_selector("#lang-switch")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    switch.click();
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, "h1"), "Organise together, decide together");
    assert_eq!(
        text_of(&root, "nav a[href='rechtsvorm.html#/rechtsvorm']"),
        "Choose a legal form"
    );
    assert_eq!(
        storage.get_item("samen.lang").unwrap().as_deref(),
        Some("en")
    );
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );

    switch.click();
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, "h1"), "Samen organiseren, samen beslissen");
    assert_eq!(
        storage.get_item("samen.lang").unwrap().as_deref(),
        Some("nl")
    );
    root.remove();
}

//! Browser benchmark (not part of the gate; run `scripts/bench-storage`): save and
//! load a collective of 10,000 members and 1,000 decisions in Chromium, through the
//! same code the app uses (decision file + localStorage). Prints the figures;
//! asserts only that the round trip is exact. Budget (issue): 100 ms each.
#![cfg(target_arch = "wasm32")]

#[path = "../governance/examples/support/large.rs"]
mod large;

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    js_sys::Date::now()
}

#[wasm_bindgen_test]
#[ignore]
fn save_and_load_a_large_collective() {
    let c = large::build(false);
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let runs = 5;
    let (mut save_ms, mut load_ms) = (f64::MAX, f64::MAX);
    let mut size = 0;
    for _ in 0..runs {
        let t = now();
        let text = governance::file::save_compact(&c);
        let stored = samen::store::stored_revision("bench").unwrap();
        samen::store::save("bench", stored, &text).unwrap();
        save_ms = save_ms.min(now() - t);
        size = text.len();

        let t = now();
        let back = samen::store::load("bench").unwrap().unwrap();
        let loaded = governance::file::load(&back.file).unwrap();
        load_ms = load_ms.min(now() - t);
        assert_eq!(loaded.members().len(), c.members().len());
        assert_eq!(loaded.log().len(), c.log().len());
    }
    web_sys::console::log_1(
        &format!(
            "BENCH storage: {} members, {} log entries, {:.1} MB compact; best of {runs}: save {save_ms:.0} ms, load {load_ms:.0} ms (budget 100 ms each)",
            c.members().len(),
            c.log().len(),
            size as f64 / 1e6
        )
        .into(),
    );
    storage.clear().unwrap();
}

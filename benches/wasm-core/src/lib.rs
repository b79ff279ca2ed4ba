//! `parse_and_count`: the work of `samen tally` without the process — BLT bytes in,
//! a one-line result out — for timing the governance core in WebAssembly
//! (`scripts/bench-tally`). The caller times it; nothing here reads a clock.

use governance::blt;
use governance::tally::{self, Method, TieBreak};
use wasm_bindgen::prelude::*;

/// Parses `blt` (a BLT file) and counts it with `method` (`schulze`, `irv`, … as in
/// `samen tally --method`), stopping at a tie. Returns `elected […] tied […]` with
/// 1-based candidate numbers, or an error for a bad file or method name.
#[wasm_bindgen]
pub fn parse_and_count(blt: &[u8], method: &str) -> Result<String, JsError> {
    let method: Method = method.parse().map_err(|e| JsError::new(&format!("{e}")))?;
    let election = blt::parse(blt).map_err(|e| JsError::new(&e.to_string()))?;
    let result = tally::count(method, &election, TieBreak::default());
    let numbers = |cs: &[usize]| cs.iter().map(|c| c + 1).collect::<Vec<_>>();
    Ok(format!(
        "elected {:?} tied {:?}",
        numbers(&result.elected),
        numbers(&result.tied)
    ))
}

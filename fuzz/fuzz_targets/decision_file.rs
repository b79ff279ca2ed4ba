//! The decision-file loader (`governance::file`) on arbitrary text. When a file reads:
//! - `save` then `read` gives back the same collective, and so does `save_compact`;
//! - `load` (which also checks the hash chain) accepts the saved text exactly when it
//!   accepts the input;
//! - the rules check (`findings`) and the recount of the log (`verify`) run without
//!   a panic.
//!
//! `read` is the target rather than `load` alone: a fuzzer cannot forge a SHA-256
//! chain, so `load` would reject almost every mutated log before the checks behind it.
#![no_main]

use governance::collective::verify::verify;
use governance::file;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The loader takes text: the app and the CLI read files as UTF-8 first.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let loaded = file::load(text);
    let Ok(collective) = file::read(text) else {
        assert!(loaded.is_err(), "load accepts what read refuses");
        return;
    };
    let saved = file::save(&collective);
    assert_eq!(
        file::read(&saved).as_ref(),
        Ok(&collective),
        "save then read must give back the collective; saved:\n{saved}"
    );
    let compact = file::save_compact(&collective);
    assert_eq!(
        file::read(&compact).as_ref(),
        Ok(&collective),
        "save_compact then read"
    );
    assert_eq!(
        file::load(&saved).is_ok(),
        loaded.is_ok(),
        "load of the saved file disagrees with load of the input: {loaded:?}"
    );
    let _ = collective.findings();
    let _ = verify(&collective);
});

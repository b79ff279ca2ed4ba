//! The members CSV parser (`governance::collective::csv::parse_members_csv`) on
//! arbitrary text. Checks what it promises: every line is either good, in error or
//! skipped, in file order; good members have a non-blank name and a weight of
//! at least 1; and the good lines import into a collective (all or none) and survive
//! a decision-file round trip.
#![no_main]

use governance::collective::csv::parse_members_csv;
use governance::collective::{Collective, LegalForm};
use governance::file;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let import = parse_members_csv(text);
    let lines = text.lines().count();
    let mut previous = 0;
    for m in &import.good {
        assert!(
            m.line > previous && m.line <= lines,
            "good line {} out of order",
            m.line
        );
        previous = m.line;
        // Names are trimmed, quoted or not (fuzz/artifacts-found/members_csv/).
        assert_eq!(m.name, m.name.trim(), "line {}: name not trimmed", m.line);
        assert!(!m.name.is_empty(), "line {}: empty name", m.line);
        assert_ne!(m.weight, Some(0), "line {}: weight 0", m.line);
    }
    let mut previous = 0;
    for e in &import.errors {
        assert!(
            e.line > previous && e.line <= lines,
            "error line {} out of order",
            e.line
        );
        previous = e.line;
        assert!(
            import.good.iter().all(|m| m.line != e.line),
            "line {} both good and in error",
            e.line
        );
    }
    if import.good.is_empty() {
        return;
    }
    let mut collective = Collective::new("Fuzz", LegalForm::VerenigingFull).expect("a collective");
    let ids = collective
        .import_members(&import.good, None)
        .unwrap_or_else(|e| panic!("the good lines do not import: {e:?}"));
    assert_eq!(ids.len(), import.good.len());
    let saved = file::save(&collective);
    assert_eq!(file::read(&saved).as_ref(), Ok(&collective), "round trip");
});

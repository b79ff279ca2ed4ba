//! Inputs found by the fuzz targets in `fuzz/` (see `fuzz/artifacts-found/README.md`),
//! kept as tests. A test marked `#[ignore]` shows a finding that is not fixed yet: run
//! it with `cargo test -p governance --test fuzz_regressions -- --ignored`.

use governance::collective::csv::parse_members_csv;

/// `CsvMember::name` is trimmed, also when it was quoted with spaces inside the
/// quotes (fuzz/artifacts-found/members_csv/quoted-name-not-trimmed.csv; fixed).
#[test]
fn quoted_csv_name_is_trimmed() {
    let import = parse_members_csv("\" Anna\";anna@example.nl\n");
    assert_eq!(import.errors, []);
    assert_eq!(import.good[0].name, "Anna");
}

/// The fuzz finding's own input still reads without a panic, with its good lines.
#[test]
fn quoted_csv_name_input_reads() {
    let input =
        include_bytes!("../../fuzz/artifacts-found/members_csv/quoted-name-not-trimmed.csv");
    let import = parse_members_csv(std::str::from_utf8(input).expect("UTF-8"));
    assert!(import.good.iter().any(|m| m.name.trim() == "#Jansen"));
}

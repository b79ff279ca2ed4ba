//! Whatever the input, `load`, `read`, `verify` and `parse_members_csv` return a
//! value or an error — never a panic.

use governance::collective::csv::parse_members_csv;
use governance::collective::verify::verify;
use governance::file::{load, read, save};
use proptest::prelude::*;
use serde_json::Value;

const GOLDEN: &str = include_str!("../../tests/data/golden-samen-1.samen.json");

/// Every leaf of `v` with its path of keys and indexes.
fn leaves(v: &Value, path: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                path.push(Value::String(k.clone()));
                leaves(x, path, out);
                path.pop();
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                path.push(Value::from(i));
                leaves(x, path, out);
                path.pop();
            }
        }
        _ => out.push(path.clone()),
    }
}

fn at<'a>(v: &'a mut Value, path: &[Value]) -> &'a mut Value {
    path.iter().fold(v, |v, k| match k {
        Value::String(s) => &mut v[s.as_str()],
        Value::Number(n) => &mut v[n.as_u64().unwrap() as usize],
        _ => v,
    })
}

fn replacement() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (0u64..12).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        Just(Value::from(u64::MAX)),
        "[a-z0-9/_ -]{0,12}".prop_map(Value::from),
        Just(Value::from("m1")),
        Just(Value::from("2025-06-14")),
        Just(Value::Array(vec![])),
        Just(serde_json::json!([0, 0])),
        Just(serde_json::json!({})),
    ]
}

fn exercise(text: &str) {
    let _ = load(text);
    if let Ok(c) = read(text) {
        let _ = verify(&c);
        let saved = save(&c);
        assert!(
            read(&saved).is_ok(),
            "a read collective saves to a readable file"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn mutated_golden_files_never_panic(picks in proptest::collection::vec((any::<prop::sample::Index>(), replacement()), 1..4)) {
        let mut v: Value = serde_json::from_str(GOLDEN).unwrap();
        let mut all = Vec::new();
        leaves(&v, &mut Vec::new(), &mut all);
        for (index, new) in picks {
            let path = index.get(&all).clone();
            *at(&mut v, &path) = new;
        }
        exercise(&serde_json::to_string(&v).unwrap());
    }

    #[test]
    fn truncated_and_spliced_files_never_panic(cut in 0usize..GOLDEN.len(), insert in "[\\[\\]{}\":,0-9a-z]{0,8}") {
        let mut cut = cut;
        while !GOLDEN.is_char_boundary(cut) {
            cut -= 1;
        }
        exercise(&GOLDEN[..cut]);
        exercise(&format!("{}{}{}", &GOLDEN[..cut], insert, &GOLDEN[cut..]));
    }

    #[test]
    fn any_text_never_panics(text in "\\PC{0,200}") {
        exercise(&text);
        let _ = parse_members_csv(&text);
    }

    #[test]
    fn csv_like_text_never_panics(lines in proptest::collection::vec("[\"a-z;, 0-9@.\\t\u{feff}é-]{0,30}", 0..12)) {
        let text = lines.join("\n");
        let import = parse_members_csv(&text);
        for m in &import.good {
            prop_assert!(!m.name.trim().is_empty());
            prop_assert!(m.weight != Some(0));
        }
    }
}

#[test]
fn odd_elections_recount_without_panic() {
    let base: Value = serde_json::from_str(GOLDEN).unwrap();
    let methods = [
        serde_json::json!({"ranked": "plurality"}),
        serde_json::json!({"ranked": "irv"}),
        serde_json::json!({"ranked": "stv"}),
        serde_json::json!({"ranked": "meek"}),
        serde_json::json!({"ranked": "schulze"}),
        serde_json::json!({"ranked": "borda"}),
        serde_json::json!({"ranked": "copeland"}),
    ];
    for method in methods {
        for withdrawn in [
            serde_json::json!([0, 1, 2]),
            serde_json::json!([0, 2]),
            serde_json::json!([]),
        ] {
            for seats in [1, 2, 3] {
                for seed in [Value::Null, Value::from(7)] {
                    let mut v = base.clone();
                    let e = &mut v["collective"]["log"][5]["body"]["election"];
                    e["method"] = method.clone();
                    e["withdrawn"] = withdrawn.clone();
                    e["seats"] = seats.into();
                    e["tie_seed"] = seed.clone();
                    let text = serde_json::to_string(&v).unwrap();
                    let c = read(&text).unwrap();
                    let _ = verify(&c);
                }
            }
        }
        // No ballots at all.
        let mut v = base.clone();
        v["collective"]["log"][5]["body"]["election"]["method"] = method.clone();
        v["collective"]["log"][5]["body"]["election"]["ballots"] =
            serde_json::json!({"ranked": []});
        let _ = verify(&read(&serde_json::to_string(&v).unwrap()).unwrap());
    }
}

//! The JSON path at a line and column of a JSON text (`collective.members[3].weight`).
//!
//! serde_json reports where a value did not fit (line and column); this finds which
//! value that was by scanning the text up to that point, keeping a stack of the
//! objects and arrays entered. It replaces a path-tracking second deserializer,
//! which doubled the code size of the file reader in the browser bundle.

enum Frame {
    Object { key: Option<String> },
    Array { index: usize, started: bool },
}

/// The path of the value at `line` / `column` (1-based; column in bytes, as
/// serde_json counts). `""` for the top level.
pub fn at(text: &str, line: usize, column: usize) -> String {
    let bytes = text.as_bytes();
    let mut stop = bytes.len();
    let (mut l, mut c) = (1usize, 0usize);
    for (i, &b) in bytes.iter().enumerate() {
        if l == line && c + 1 >= column {
            stop = i;
            break;
        }
        if b == b'\n' {
            l += 1;
            c = 0;
            if l > line {
                stop = i;
                break;
            }
        } else {
            c += 1;
        }
    }
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < stop {
        let b = bytes[i];
        if b.is_ascii_whitespace() || b == b':' {
            i += 1;
            continue;
        }
        if !matches!(b, b',' | b']' | b'}') {
            if let Some(Frame::Array { started, .. }) = stack.last_mut() {
                *started = true;
            }
        }
        match b {
            b'{' => stack.push(Frame::Object { key: None }),
            b'[' => stack.push(Frame::Array {
                index: 0,
                started: false,
            }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key }) => *key = None,
                Some(Frame::Array { index, .. }) => *index += 1,
                None => {}
            },
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                // In an object without a current key, a string is the key (JSON grammar).
                if let Some(Frame::Object { key: key @ None }) = stack.last_mut() {
                    let raw = text.get(start..=i.min(bytes.len() - 1)).unwrap_or("");
                    *key = Some(
                        serde_json::from_str::<String>(raw)
                            .unwrap_or_else(|_| raw.trim_matches('"').to_string()),
                    );
                }
            }
            _ => {}
        }
        i += 1;
    }
    // An error reported at a closing brace is about the object itself (a missing field).
    if bytes.get(stop) == Some(&b'}') {
        if let Some(Frame::Object { key }) = stack.last_mut() {
            *key = None;
        }
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(k) } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Object { key: None } => {}
            Frame::Array { index, started } => {
                if *started || *index > 0 {
                    path.push_str(&format!("[{index}]"));
                }
            }
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::at;

    fn check(text: &str, expect: &str) {
        let err = serde_json::from_str::<Shape>(text).unwrap_err();
        assert_eq!(at(text, err.line(), err.column()), expect, "{err}");
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Shape {
        name: String,
        members: Vec<Member>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Member {
        name: String,
        #[serde(default)]
        weight: Option<u64>,
    }

    #[test]
    fn finds_the_value_that_did_not_fit() {
        check(r#"{"name": 12, "members": []}"#, "name");
        check(
            "{\n \"name\": \"x\",\n \"members\": [\n  {\"name\": \"a\"},\n  {\"name\": \"b\", \"weight\": \"two\"}\n ]\n}",
            "members[1].weight",
        );
        check(
            r#"{"name": "x", "members": [{"name": "a", "weight": -1}]}"#,
            "members[0].weight",
        );
        check(r#"{"name": "x", "members": [{"weight": 1}]}"#, "members[0]");
        check(
            r#"{"name": "x", "members": [{"name": "a"}, 7]}"#,
            "members[1]",
        );
        check(
            r#"{"name": "x", "members": [{"name": "a", "kleur": 1}]}"#,
            "members[0].kleur",
        );
        check(r#"{"name": "é\"", "members": {"a": 1}}"#, "members");
    }

    #[test]
    fn top_level_is_empty() {
        assert_eq!(at("[1, 2]", 1, 1), "");
        assert_eq!(at("", 1, 1), "");
    }
}

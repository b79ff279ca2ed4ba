//! The decision file `.samen.json`: a collective with its members, rules,
//! meetings and decision log, to hand on, archive and check.
//!
//! The file is JSON with a format field (`"format": "samen/1"`). [`load`] reads
//! the format field first and dispatches on it, so a later version adds its own
//! reader (and a migration to the current domain types) next to `v1` (the module `file::v1`); an
//! unknown version is a clear error. The serialized types are separate from the
//! domain types. The format is documented field by field in `docs/file-format.md`.
//!
//! Errors name where they are: the JSON path (`collective.members[3].weight`),
//! line and column for errors of syntax and type, and what was expected; semantic
//! errors (duplicate ids, references to unknown members, a broken hash chain, …)
//! name their path.

pub(crate) mod v1;

use crate::collective::log::{ChainError, ChainProblem};
use crate::collective::{Collective, CollectiveError};
use serde::de::{self, MapAccess};
use serde::Deserialize;
use serde_json::Value;
use std::fmt;

/// The format this version of Samen writes.
pub const FORMAT: &str = v1::FORMAT;

/// The formats this version of Samen reads.
pub const READABLE_FORMATS: [&str; 1] = [v1::FORMAT];

/// Why a file could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// Where: a JSON path such as `collective.members[3].weight` (`""`: the whole file).
    pub path: String,
    /// Line (1-based), for errors of syntax and type.
    pub line: Option<usize>,
    /// Column (1-based), for errors of syntax and type.
    pub column: Option<usize>,
    /// What is wrong.
    pub kind: LoadErrorKind,
}

/// What is wrong with a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadErrorKind {
    /// Not valid JSON (the parser's message, e.g. "expected `,` or `}`").
    Syntax(String),
    /// Valid JSON, but a value is not what the format expects (the message says what
    /// was found and what was expected, e.g. "invalid type: string \"drie\",
    /// expected u64").
    Data(String),
    /// No `format` field: not a Samen decision file.
    NoFormat,
    /// A format this version of Samen cannot read.
    UnknownFormat(String),
    /// The data breaks a rule of the format (a duplicate id, a reference to
    /// something that does not exist, rules that break the law, …).
    Invalid(CollectiveError),
    /// The decision log's hash chain is broken: an entry was changed after it was
    /// recorded (or entries were removed, added or reordered).
    Chain(ChainError),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.path.is_empty() {
            write!(f, "at {}", self.path)?;
        }
        if let (Some(line), Some(column)) = (self.line, self.column) {
            let sep = if self.path.is_empty() { "" } else { ", " };
            write!(f, "{sep}line {line}, column {column}")?;
        }
        if !self.path.is_empty() || self.line.is_some() {
            f.write_str(": ")?;
        }
        match &self.kind {
            LoadErrorKind::Syntax(m) | LoadErrorKind::Data(m) => f.write_str(m),
            LoadErrorKind::NoFormat => {
                f.write_str("no \"format\" field: not a Samen decision file")
            }
            LoadErrorKind::UnknownFormat(v) => write!(
                f,
                "unknown format \"{v}\": this version of Samen reads {}",
                READABLE_FORMATS.join(", ")
            ),
            LoadErrorKind::Invalid(e) => write!(f, "{e}"),
            LoadErrorKind::Chain(e) => write!(
                f,
                "the hash chain of the decision log is broken at entry {}: {}",
                e.seq,
                match e.problem {
                    ChainProblem::Sequence { .. } => "sequence number out of order",
                    ChainProblem::PrevHash { .. } =>
                        "prev_hash is not the hash of the entry before",
                    ChainProblem::Hash { .. } => "the entry was changed after it was recorded",
                    ChainProblem::BadReference { .. } => {
                        "it refers to an entry that is not an earlier decision"
                    }
                }
            ),
        }
    }
}

impl std::error::Error for LoadError {}

fn json_error(path: String, e: &serde_json::Error) -> LoadError {
    use serde_json::error::Category;
    let message = strip_position(&e.to_string());
    let kind = match e.classify() {
        Category::Data => LoadErrorKind::Data(message),
        Category::Syntax | Category::Eof | Category::Io => LoadErrorKind::Syntax(message),
    };
    LoadError {
        path,
        line: (e.line() > 0).then_some(e.line()),
        column: (e.line() > 0).then_some(e.column()),
        kind,
    }
}

/// serde_json's message without its " at line L column C" (kept as fields).
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// Reads a typed value; on an error, reads again with path tracking to name the
/// JSON path of the first error (tracking every value costs about a third of the
/// time of reading, so only a failing read pays for it).
fn deserialize<'a, T: Deserialize<'a>>(text: &'a str) -> Result<T, LoadError> {
    let mut de = serde_json::Deserializer::from_str(text);
    if let Ok(value) = T::deserialize(&mut de).and_then(|v| de.end().map(|()| v)) {
        return Ok(value);
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." || path == "?" {
            String::new()
        } else {
            path
        };
        json_error(path, e.inner())
    })?;
    de.end().map_err(|e| json_error(String::new(), &e))?;
    Ok(value)
}

/// The top-level object, read in one pass: the format field, then the collective
/// typed by that format. (A `collective` before `format` is buffered as JSON and
/// typed afterwards: correct, only slower, and without line and column.)
enum Top {
    V1(Box<v1::CollectiveV1<'static>>),
    Buffered(Value),
    Other(Option<String>),
}

impl<'de> Deserialize<'de> for Top {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Top;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a Samen decision file (a JSON object)")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Top, A::Error> {
                let mut format: Option<String> = None;
                let mut typed = None;
                let mut buffered = None;
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "format" if format.is_some() => {
                            return Err(de::Error::duplicate_field("format"))
                        }
                        "format" => format = Some(map.next_value()?),
                        "collective" if typed.is_some() || buffered.is_some() => {
                            return Err(de::Error::duplicate_field("collective"))
                        }
                        "collective" => match format.as_deref() {
                            Some(v1::FORMAT) => {
                                typed =
                                    Some(Box::new(map.next_value::<v1::CollectiveV1<'static>>()?))
                            }
                            Some(_) => {
                                buffered =
                                    Some(map.next_value::<de::IgnoredAny>().map(|_| Value::Null)?)
                            }
                            None => buffered = Some(map.next_value::<Value>()?),
                        },
                        _ if format.as_deref() == Some(v1::FORMAT) => {
                            return Err(de::Error::unknown_field(&key, &["format", "collective"]))
                        }
                        _ => {
                            map.next_value::<de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(match (format, typed, buffered) {
                    (Some(_), Some(c), _) => Top::V1(c),
                    (Some(f), None, Some(v)) if f == v1::FORMAT => Top::Buffered(v),
                    (Some(f), None, None) if f == v1::FORMAT => {
                        return Err(de::Error::missing_field("collective"))
                    }
                    (format, _, _) => Top::Other(format),
                })
            }
        }
        d.deserialize_map(Visitor)
    }
}

/// Reads a decision file without checking the hash chain: for `samen verify`,
/// which reports a broken chain as an inconsistency rather than a read error.
/// Every other check of [`load`] is made.
pub fn read(text: &str) -> Result<Collective, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let collective = match deserialize::<Top>(text)? {
        Top::V1(c) => *c,
        Top::Buffered(value) => serde_path_to_error::deserialize::<_, v1::CollectiveV1<'static>>(
            value,
        )
        .map_err(|e| LoadError {
            path: format!("collective.{}", e.path()),
            line: None,
            column: None,
            kind: LoadErrorKind::Data(e.inner().to_string()),
        })?,
        Top::Other(None) => {
            return Err(LoadError {
                path: String::new(),
                line: None,
                column: None,
                kind: LoadErrorKind::NoFormat,
            })
        }
        Top::Other(Some(other)) => {
            return Err(LoadError {
                path: "format".to_string(),
                line: None,
                column: None,
                kind: LoadErrorKind::UnknownFormat(other),
            })
        }
    };
    v1::from_file(collective).map_err(|p| LoadError {
        path: format!("collective.{}", p.path),
        line: None,
        column: None,
        kind: LoadErrorKind::Invalid(p.error),
    })
}

/// Loads a decision file: any readable format, every check, including the hash
/// chain of the decision log.
pub fn load(text: &str) -> Result<Collective, LoadError> {
    let collective = read(text)?;
    collective.log().check().map_err(|e| LoadError {
        path: format!("collective.log[{}]", e.index),
        line: None,
        column: None,
        kind: LoadErrorKind::Chain(e),
    })?;
    Ok(collective)
}

/// A guess of the size of the file, so that the output buffer is not grown (and
/// copied) over and over while writing.
fn size_hint(c: &Collective) -> usize {
    let votes: usize = c
        .meetings()
        .iter()
        .flat_map(|m| &m.agenda)
        .map(|i| i.votes.len())
        .sum();
    4096 + c.members().len() * 160 + votes * 2048 + c.log().len() * 4096
}

fn write(collective: &Collective, pretty: bool) -> String {
    let file = v1::to_file(collective);
    let mut out = Vec::with_capacity(size_hint(collective) * if pretty { 3 } else { 1 });
    // Writing plain data into a Vec cannot fail, and serde_json writes UTF-8.
    let written = if pretty {
        serde_json::to_writer_pretty(&mut out, &file)
    } else {
        serde_json::to_writer(&mut out, &file)
    };
    match (written, String::from_utf8(out)) {
        (Ok(()), Ok(text)) => text,
        _ => String::new(),
    }
}

/// The decision file of `collective`, in the current format, indented for people
/// to read (two spaces).
pub fn save(collective: &Collective) -> String {
    write(collective, true)
}

/// The decision file without whitespace: smaller, for storage.
pub fn save_compact(collective: &Collective) -> String {
    write(collective, false)
}

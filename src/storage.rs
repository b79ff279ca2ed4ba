//! Browser storage: the only module that touches `localStorage`.
//!
//! Every call returns a `Result`, so callers can show a clear message when storage
//! is disabled or full instead of losing a change silently.

use std::fmt;

/// Why storage could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// No `localStorage` (disabled by the browser or a privacy setting).
    Unavailable,
    /// The browser refused the write (usually: quota exceeded).
    WriteRefused(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => write!(f, "browser storage is unavailable"),
            StorageError::WriteRefused(e) => write!(f, "browser storage refused the write: {e}"),
        }
    }
}

fn local() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

/// Reads a key; `Ok(None)` when absent.
pub fn get(key: &str) -> Result<Option<String>, StorageError> {
    local()?
        .get_item(key)
        .map_err(|_| StorageError::Unavailable)
}

/// Writes a key, reporting a refused write (quota) as an error.
pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
    local()?
        .set_item(key, value)
        .map_err(|e| StorageError::WriteRefused(format!("{e:?}")))
}

/// Removes a key.
pub fn remove(key: &str) -> Result<(), StorageError> {
    local()?
        .remove_item(key)
        .map_err(|_| StorageError::Unavailable)
}

/// All keys currently stored.
pub fn keys() -> Result<Vec<String>, StorageError> {
    let s = local()?;
    let n = s.length().map_err(|_| StorageError::Unavailable)?;
    Ok((0..n).filter_map(|i| s.key(i).ok().flatten()).collect())
}

/// Storage key of the interface language.
pub const LANG_KEY: &str = "samen.lang";

/// Storage key of the legal-form interview's answers (serde_json of `Answers`).
pub const LEGAL_ANSWERS_KEY: &str = "samen.legal.answers";

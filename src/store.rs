//! Durable storage of collectives in `localStorage`, one key per collective.
//!
//! Why localStorage and not IndexedDB: a write is synchronous and atomic per key,
//! so a change is on disk before the handler returns (a tab closed or crashed a
//! moment later loses nothing), and a refused write (quota) leaves the old value
//! whole. A collective of 10,000 members and 1,000 decisions is about 2 MB of
//! JSON, well inside Chromium's per-origin limit; see ARCHITECTURE.md.
//!
//! Each value is `"<revision>\n<decision file>"`. A tab remembers the revision it
//! loaded or last wrote; a save first checks that the stored revision is still
//! that one, so two tabs editing the same collective never overwrite each other
//! silently: the second gets [`SaveError::Conflict`] and keeps its change in memory.

use crate::storage::{self, StorageError};

/// Key prefix of stored collectives.
pub const PREFIX: &str = "samen.collective.";

/// A stored collective: its revision and its decision-file text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    /// Increases by one on every save.
    pub revision: u64,
    /// The decision file (`samen/1` JSON).
    pub file: String,
}

/// Why a save did not happen. In every case the stored value is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Another tab saved this collective since this tab loaded it.
    Conflict {
        /// Revision this tab expected.
        expected: u64,
        /// Revision found in storage.
        found: u64,
    },
    /// Storage is unavailable or refused the write (quota).
    Storage(StorageError),
}

/// The storage key of collective `id`.
pub fn key(id: &str) -> String {
    format!("{PREFIX}{id}")
}

/// Splits a stored value into revision and file text.
pub fn decode(value: &str) -> Option<Stored> {
    let (rev, file) = value.split_once('\n')?;
    Some(Stored {
        revision: rev.parse().ok()?,
        file: file.to_string(),
    })
}

/// Joins revision and file text into a stored value.
pub fn encode(revision: u64, file: &str) -> String {
    let mut s = String::with_capacity(file.len() + 21);
    s.push_str(&revision.to_string());
    s.push('\n');
    s.push_str(file);
    s
}

/// The revision stored for `id` (0 when absent), read without copying the file.
pub fn stored_revision(id: &str) -> Result<u64, StorageError> {
    Ok(storage::get(&key(id))?
        .and_then(|v| v.split_once('\n').and_then(|(r, _)| r.parse().ok()))
        .unwrap_or(0))
}

/// Loads collective `id`.
pub fn load(id: &str) -> Result<Option<Stored>, StorageError> {
    Ok(storage::get(&key(id))?.as_deref().and_then(decode))
}

/// Saves `file` as the next revision after `expected`; returns the new revision.
pub fn save(id: &str, expected: u64, file: &str) -> Result<u64, SaveError> {
    let found = stored_revision(id).map_err(SaveError::Storage)?;
    if found != expected {
        return Err(SaveError::Conflict { expected, found });
    }
    let next = expected + 1;
    storage::set(&key(id), &encode(next, file)).map_err(SaveError::Storage)?;
    Ok(next)
}

/// Removes collective `id`.
pub fn remove(id: &str) -> Result<(), StorageError> {
    storage::remove(&key(id))
}

/// Ids of all stored collectives, sorted.
pub fn ids() -> Result<Vec<String>, StorageError> {
    let mut ids: Vec<String> = storage::keys()?
        .into_iter()
        .filter_map(|k| k.strip_prefix(PREFIX).map(str::to_string))
        .collect();
    ids.sort();
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_decode_round_trip() {
        let v = encode(7, "{\"format\":\"samen/1\"}\nmore");
        assert_eq!(
            decode(&v),
            Some(Stored {
                revision: 7,
                file: "{\"format\":\"samen/1\"}\nmore".into()
            })
        );
        assert_eq!(decode("x\n{}"), None);
        assert_eq!(decode("no newline"), None);
    }
}

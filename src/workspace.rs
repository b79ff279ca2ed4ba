//! The collectives kept in this browser, and the one that is open.
//!
//! Changes go through [`Workspace::apply`] on the latest state (inside the app
//! reducer), so two quick changes never start from the same stale copy. Saving is
//! an effect in `app.rs`: after every change the open collective is written to
//! [`crate::store`] at once, and the outcome lands in [`SaveStatus`].

use crate::storage::{self, StorageError};
use crate::store::{self, SaveError};
use governance::collective::{Collective, CollectiveError};
use std::collections::BTreeMap;
use std::fmt;
use std::rc::Rc;

/// Storage key of the index (id → name, form, members) of stored collectives.
pub const INDEX_KEY: &str = "samen.index";
/// Storage key of the id of the collective that was open last.
pub const CURRENT_KEY: &str = "samen.current";

/// A line in the list of stored collectives.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Summary {
    /// Name of the collective.
    pub name: String,
    /// Legal form id.
    pub form: String,
    /// Number of members.
    pub members: usize,
}

/// Whether the open collective is safely stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// Stored at this revision.
    Saved,
    /// Another tab changed it: this tab's changes are kept in memory only.
    Conflict,
    /// Storage refused the write (quota, disabled): kept in memory only.
    Failed(StorageError),
}

/// What a change does to a collective: a notice to show, or why it was refused.
pub type ChangeFn = dyn Fn(&mut Collective) -> Result<Option<String>, CollectiveError>;

/// A change to the open collective.
#[derive(Clone)]
pub struct Change(pub Rc<ChangeFn>);

impl PartialEq for Change {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl fmt::Debug for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Change")
    }
}

/// The open collective.
#[derive(Clone, Debug, PartialEq)]
pub struct Open {
    /// Storage id.
    pub id: String,
    /// The collective.
    pub collective: Rc<Collective>,
    /// Revision in storage this state is based on.
    pub revision: u64,
    /// Increases with every change in this tab (what the save effect watches).
    pub generation: u64,
    /// Generation last written to storage.
    pub saved_generation: u64,
    /// Save state.
    pub status: SaveStatus,
}

/// The collectives in this browser.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Workspace {
    /// Stored collectives by id.
    pub index: BTreeMap<String, Summary>,
    /// The open one.
    pub open: Option<Open>,
    /// The last refused change, to show to the user.
    pub error: Option<CollectiveError>,
    /// A message about the last change ("3 leden toegevoegd").
    pub notice: Option<String>,
}

impl Workspace {
    /// Reads the index and reopens the collective that was open last.
    pub fn restore() -> (Workspace, Option<String>) {
        let mut ws = Workspace {
            index: read_index(),
            ..Workspace::default()
        };
        let mut problem = None;
        if let Ok(Some(id)) = storage::get(CURRENT_KEY) {
            match open_stored(&id) {
                Ok(Some(open)) => ws.open = Some(open),
                Ok(None) => {}
                Err(e) => problem = Some(e),
            }
        }
        (ws, problem)
    }

    /// Applies a change to the open collective: on success a new generation to save.
    pub fn apply(&mut self, change: &Change) {
        let Some(open) = &mut self.open else { return };
        let mut next = (*open.collective).clone();
        match (change.0)(&mut next) {
            Ok(notice) => {
                open.collective = Rc::new(next);
                open.generation += 1;
                self.error = None;
                self.notice = notice;
            }
            Err(e) => {
                self.error = Some(e);
                self.notice = None;
            }
        }
    }

    /// The open collective, if any.
    pub fn collective(&self) -> Option<&Collective> {
        self.open.as_ref().map(|o| &*o.collective)
    }
}

/// A fresh storage id (time and randomness belong to the app layer, not the core).
pub fn new_id() -> String {
    let now = js_sys::Date::now() as u64;
    let rand = (js_sys::Math::random() * 1e9) as u64;
    format!("c{now:x}{rand:x}")
}

/// Reads the index; rebuilt from the stored collectives when missing or damaged.
pub fn read_index() -> BTreeMap<String, Summary> {
    let stored = storage::get(INDEX_KEY)
        .ok()
        .flatten()
        .and_then(|s| serde_json::from_str::<BTreeMap<String, Summary>>(&s).ok());
    let ids = store::ids().unwrap_or_default();
    match stored {
        Some(index) if ids.iter().all(|id| index.contains_key(id)) => index
            .into_iter()
            .filter(|(id, _)| ids.contains(id))
            .collect(),
        _ => ids
            .into_iter()
            .filter_map(|id| {
                let c = governance::file::load(&store::load(&id).ok()??.file).ok()?;
                Some((id, summary(&c)))
            })
            .collect(),
    }
}

/// The index line of a collective.
pub fn summary(c: &Collective) -> Summary {
    Summary {
        name: c.name().to_string(),
        form: c.legal_form().id().to_string(),
        members: c.members().len(),
    }
}

/// Writes the index (best effort: it can always be rebuilt).
pub fn write_index(index: &BTreeMap<String, Summary>) {
    if let Ok(s) = serde_json::to_string(index) {
        let _ = storage::set(INDEX_KEY, &s);
    }
}

/// Loads a stored collective.
pub fn open_stored(id: &str) -> Result<Option<Open>, String> {
    let Some(stored) = store::load(id).map_err(|e| e.to_string())? else {
        return Ok(None);
    };
    let collective = governance::file::load(&stored.file).map_err(|e| e.to_string())?;
    Ok(Some(Open {
        id: id.to_string(),
        collective: Rc::new(collective),
        revision: stored.revision,
        generation: 0,
        saved_generation: 0,
        status: SaveStatus::Saved,
    }))
}

/// A collective that is not stored yet (created or imported): generation 1, revision 0.
pub fn open_new(collective: Collective) -> Open {
    Open {
        id: new_id(),
        collective: Rc::new(collective),
        revision: 0,
        generation: 1,
        saved_generation: 0,
        status: SaveStatus::Saved,
    }
}

/// Writes the open collective if it has unsaved changes. Returns the new revision
/// or why nothing was written (storage unchanged in that case).
pub fn save(open: &Open) -> Result<u64, SaveError> {
    let text = governance::file::save(&open.collective);
    store::save(&open.id, open.revision, &text)
}

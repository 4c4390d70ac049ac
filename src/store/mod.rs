/*!
Keeps the saved state on the device, and survives every way that can fail.

The browser's storage sits behind [`KeyValue`]; [`browser`] is the only code
that touches `localStorage`, and [`MemoryKv`] stands in for it in tests.
Everything else here is plain Rust, tested natively.

What the store promises:
- storage missing or throwing: the app runs from memory and says so once;
- a corrupt document: the raw text is kept under [`BACKUP_KEY`], what can
  be read is kept, and the learner is told progress was reset;
- a document from a newer version: read what we understand, never write;
- storage full: say so once, keep working from memory;
- two tabs: every change is applied to the latest saved document
  (read, change, write), and a tab re-reads when the other one writes,
  so neither tab erases the other's progress.
*/

#[cfg(target_arch = "wasm32")]
pub mod browser;

use std::{cell::RefCell, collections::BTreeMap, rc::Rc};

use crate::model::saved::{self, Loaded, SavedState};

/// The key of the saved document.
pub const KEY: &str = "oefenplein";
/// Where an unreadable document is kept, so nothing is thrown away.
pub const BACKUP_KEY: &str = "oefenplein.backup";

/// Why the browser's storage refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Storage is switched off, blocked or missing.
    Unavailable,
    /// Storage is full.
    Full,
}

/// The few storage operations the app needs.
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
}

/// Something the learner should hear about, once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Nothing can be kept on this device.
    Unavailable,
    /// The saved document was damaged; it was backed up and reset.
    Corrupt,
    /// A newer version saved here; we leave its document alone.
    Newer,
    /// Storage is full; changes are kept in memory only.
    Full,
}

/// How the store behaves after opening.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Reads and writes the device's storage.
    Saving,
    /// Memory only, because of the given notice.
    MemoryOnly(Notice),
}

/// The saved state and where it goes.
pub struct Store {
    kv: Option<Box<dyn KeyValue>>,
    mode: Mode,
    state: SavedState,
}

impl Store {
    /// Opens the store. `kv` is `None` when the browser has no usable
    /// storage at all.
    pub fn open(kv: Option<Box<dyn KeyValue>>) -> (Store, Option<Notice>) {
        let Some(kv) = kv else {
            return Store::memory_only(None, SavedState::default(), Notice::Unavailable);
        };
        let raw = match kv.get(KEY) {
            Ok(raw) => raw,
            Err(_) => {
                return Store::memory_only(Some(kv), SavedState::default(), Notice::Unavailable)
            }
        };
        let loaded = saved::load(raw.as_deref());
        let state = loaded.state();
        match loaded {
            Loaded::Empty | Loaded::Intact(_) => (Store::saving(kv, state), None),
            Loaded::Migrated { .. } => {
                let mut store = Store::saving(kv, state);
                let notice = store.write();
                (store, notice)
            }
            Loaded::Newer { .. } => Store::memory_only(Some(kv), state, Notice::Newer),
            Loaded::Damaged(_) => {
                let raw = raw.unwrap_or_default();
                if kv.set(BACKUP_KEY, &raw).is_err() {
                    // Without a backup, overwriting would lose the old text.
                    return Store::memory_only(Some(kv), state, Notice::Corrupt);
                }
                let mut store = Store::saving(kv, state);
                let notice = store.write().unwrap_or(Notice::Corrupt);
                (store, Some(notice))
            }
        }
    }

    fn saving(kv: Box<dyn KeyValue>, state: SavedState) -> Store {
        Store {
            kv: Some(kv),
            mode: Mode::Saving,
            state,
        }
    }

    fn memory_only(
        kv: Option<Box<dyn KeyValue>>,
        state: SavedState,
        notice: Notice,
    ) -> (Store, Option<Notice>) {
        let store = Store {
            kv,
            mode: Mode::MemoryOnly(notice),
            state,
        };
        (store, Some(notice))
    }

    pub fn state(&self) -> &SavedState {
        &self.state
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// Applies a change to the latest saved document and saves it. Returns
    /// a notice the first time saving stops working.
    pub fn update(&mut self, change: impl FnOnce(&mut SavedState)) -> Option<Notice> {
        let mut notice = None;
        if self.mode == Mode::Saving {
            notice = self.refresh_for_write();
        }
        change(&mut self.state);
        if self.mode == Mode::Saving {
            notice = notice.or(self.write());
        }
        notice
    }

    /// Re-reads the saved document after another tab changed it. Returns
    /// true when the state changed.
    pub fn reload(&mut self) -> bool {
        if self.mode != Mode::Saving {
            return false;
        }
        let before = self.state.clone();
        let _ = self.refresh_for_write();
        self.state != before
    }

    /// Removes everything Oefenplein saved on this device (for shared
    /// computers), and starts over with defaults.
    pub fn clear_all(&mut self) {
        if let Some(kv) = &self.kv {
            let _ = kv.remove(KEY);
            let _ = kv.remove(BACKUP_KEY);
        }
        self.state = SavedState::default();
        if self.mode == Mode::MemoryOnly(Notice::Newer) {
            self.mode = Mode::Saving;
        }
    }

    /// Takes the latest saved document as the base for a change.
    fn refresh_for_write(&mut self) -> Option<Notice> {
        let kv = self.kv.as_ref()?;
        let raw = match kv.get(KEY) {
            Ok(raw) => raw,
            Err(_) => {
                self.mode = Mode::MemoryOnly(Notice::Unavailable);
                return Some(Notice::Unavailable);
            }
        };
        match saved::load(raw.as_deref()) {
            Loaded::Intact(state) | Loaded::Migrated { state, .. } => self.state = state,
            Loaded::Newer { state, .. } => {
                self.state = state;
                self.mode = Mode::MemoryOnly(Notice::Newer);
                return Some(Notice::Newer);
            }
            // Someone removed or broke the document: our copy is the best.
            Loaded::Empty | Loaded::Damaged(_) => {}
        }
        None
    }

    fn write(&mut self) -> Option<Notice> {
        let kv = self.kv.as_ref()?;
        match kv.set(KEY, &saved::save(&self.state)) {
            Ok(()) => None,
            Err(StoreError::Full) => {
                self.mode = Mode::MemoryOnly(Notice::Full);
                Some(Notice::Full)
            }
            Err(StoreError::Unavailable) => {
                self.mode = Mode::MemoryOnly(Notice::Unavailable);
                Some(Notice::Unavailable)
            }
        }
    }
}

/// In-memory storage for tests and for simulating a second tab. Clones
/// share the same data, like two tabs share `localStorage`.
#[derive(Clone, Default)]
pub struct MemoryKv {
    data: Rc<RefCell<BTreeMap<String, String>>>,
    /// Simulated failures.
    pub fail: Rc<RefCell<Option<(FailOn, StoreError)>>>,
    /// Total bytes allowed, to simulate a full storage.
    pub quota: Option<usize>,
}

/// Which operation a [`MemoryKv`] fails on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailOn {
    Everything,
    Writes,
}

impl MemoryKv {
    pub fn with(entries: &[(&str, &str)]) -> MemoryKv {
        let kv = MemoryKv::default();
        for (k, v) in entries {
            kv.data.borrow_mut().insert((*k).into(), (*v).into());
        }
        kv
    }

    pub fn raw(&self, key: &str) -> Option<String> {
        self.data.borrow().get(key).cloned()
    }

    fn failure(&self, writing: bool) -> Result<(), StoreError> {
        match *self.fail.borrow() {
            Some((FailOn::Everything, e)) => Err(e),
            Some((FailOn::Writes, e)) if writing => Err(e),
            _ => Ok(()),
        }
    }
}

impl KeyValue for MemoryKv {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.failure(false)?;
        Ok(self.raw(key))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.failure(true)?;
        if let Some(quota) = self.quota {
            let others: usize = self
                .data
                .borrow()
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| k.len() + v.len())
                .sum();
            if others + key.len() + value.len() > quota {
                return Err(StoreError::Full);
            }
        }
        self.data.borrow_mut().insert(key.into(), value.into());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.failure(true)?;
        self.data.borrow_mut().remove(key);
        Ok(())
    }
}

#[cfg(test)]
mod tests;

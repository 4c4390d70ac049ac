/*!
The saved-state context: settings and progress, kept by the [`Store`].

Views read the state through [`Prefs::with`] and change it only through
[`Prefs::update`], which saves it (or explains why it cannot) and updates
every view. A change made in another tab shows up here too.
*/

use leptos::prelude::*;

use crate::{
    model::saved::SavedState,
    store::{Mode, Notice, Store},
};

#[derive(Clone, Copy)]
pub struct Prefs {
    state: RwSignal<SavedState>,
    mode: RwSignal<Mode>,
    notice: RwSignal<Option<Notice>>,
    store: StoredValue<Store, LocalStorage>,
}

impl Prefs {
    /// Reads the state (tracked).
    pub fn with<T>(self, f: impl FnOnce(&SavedState) -> T) -> T {
        self.state.with(f)
    }

    /// Reads the state without tracking it.
    pub fn peek<T>(self, f: impl FnOnce(&SavedState) -> T) -> T {
        self.state.with_untracked(f)
    }

    /// Changes the state and saves it.
    pub fn update(self, change: impl FnOnce(&mut SavedState)) {
        let result = self.store.try_update_value(|store| {
            let notice = store.update(change);
            (notice, store.state().clone(), store.mode())
        });
        if let Some((notice, state, mode)) = result {
            self.sync(state, mode);
            if notice.is_some() {
                self.notice.set(notice);
            }
        }
    }

    /// Forgets everything saved on this device.
    pub fn clear_all(self) {
        let result = self.store.try_update_value(|store| {
            store.clear_all();
            (store.state().clone(), store.mode())
        });
        if let Some((state, mode)) = result {
            self.sync(state, mode);
            self.notice.set(None);
        }
    }

    /// True when changes are kept on the device.
    pub fn is_saving(self) -> bool {
        self.mode.get() == Mode::Saving
    }

    /// The notice to show, if any.
    pub fn notice(self) -> Option<Notice> {
        self.notice.get()
    }

    pub fn dismiss_notice(self) {
        self.notice.set(None);
    }

    /// Re-reads after another tab saved.
    pub fn reload(self) {
        let result = self.store.try_update_value(|store| {
            store
                .reload()
                .then(|| (store.state().clone(), store.mode()))
        });
        if let Some(Some((state, mode))) = result {
            self.sync(state, mode);
        }
    }

    fn sync(self, state: SavedState, mode: Mode) {
        if self.state.with_untracked(|s| *s != state) {
            self.state.set(state);
        }
        self.mode.set(mode);
    }
}

/// Provides [`Prefs`] around an opened store.
pub fn provide_prefs(store: Store, notice: Option<Notice>) -> Prefs {
    let prefs = Prefs {
        state: RwSignal::new(store.state().clone()),
        mode: RwSignal::new(store.mode()),
        notice: RwSignal::new(notice),
        store: StoredValue::new_local(store),
    };
    provide_context(prefs);
    prefs
}

pub fn use_prefs() -> Prefs {
    expect_context::<Prefs>()
}

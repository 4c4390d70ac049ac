/*!
The only code that touches the browser's `localStorage`.

Every call can throw (private mode, a locked-down library PC, a full disk),
so each one is caught and turned into a [`StoreError`]; nothing here can
panic. `gloo-storage` is not used because it panics when storage is
switched off.
*/

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{DomException, Storage, StorageEvent};

use super::{KeyValue, StoreError, KEY};

/// `localStorage`, reached safely.
pub struct LocalStorageKv(Storage);

/// The device's storage, or `None` when the browser refuses it.
pub fn local_storage() -> Option<Box<dyn KeyValue>> {
    let storage = web_sys::window()?.local_storage().ok()??;
    Some(Box::new(LocalStorageKv(storage)))
}

fn to_error(error: JsValue) -> StoreError {
    match error.dyn_ref::<DomException>() {
        Some(e) if e.name() == "QuotaExceededError" || e.code() == 22 => StoreError::Full,
        _ => StoreError::Unavailable,
    }
}

impl KeyValue for LocalStorageKv {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.get_item(key).map_err(to_error)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.set_item(key, value).map_err(to_error)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.0.remove_item(key).map_err(to_error)
    }
}

/// Calls `on_change` whenever another tab changes the saved document.
pub fn on_other_tab_change(on_change: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener = Closure::<dyn Fn(StorageEvent)>::new(move |event: StorageEvent| {
        // `key` is null when the other tab cleared all storage.
        if event.key().is_none_or(|k| k == KEY) {
            on_change();
        }
    });
    let added =
        window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    if added.is_ok() {
        // The listener lives as long as the page.
        listener.forget();
    }
}

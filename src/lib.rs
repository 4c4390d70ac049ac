/*!
Oefenplein: practise digital (health) care with fake services and fake data.

The crate is a library so every part can be tested; `main.rs` only calls
[`start`]. Plain-Rust models live in [`model`] and [`store`]; the Leptos
views live in [`ui`]. See ARCHITECTURE.md for the map and the invariants.
*/

pub mod i18n;
pub mod lesson;
pub mod model;
pub mod practice;
pub mod routes;
pub mod store;
pub mod ui;

/// Starts the app in the browser (natively there is nothing to draw on).
pub fn start() {
    // In development a panic says why in the console; release builds
    // stay small (and a panic there is a bug the tests must find).
    #[cfg(all(target_arch = "wasm32", debug_assertions))]
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&wasm_bindgen::JsValue::from_str(&info.to_string()));
    }));
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(ui::app::start());
}

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

/// Mounts the app on `<body>`.
pub fn start() {
    leptos::mount::mount_to_body(ui::app::App);
}

/*!
Plain-Rust models: what the app knows, without any view or browser code.

Everything here compiles and is tested natively (`cargo test`). Nothing in
this folder may use `leptos`, `web_sys`, `js_sys` or `wasm_bindgen`; the
architecture test in `tests/architecture.rs` enforces that. Views read these
types and call their methods; they never re-implement the rules.
*/

pub mod glossary;
pub mod help;
pub mod in_view;
pub mod kiosk;
pub mod lang;
pub mod learners;
pub mod lesson_index;
pub mod lesson_plan;
pub mod presenter;
pub mod progress;
pub mod progress_code;
pub mod saved;
pub mod self_check;
pub mod settings;
pub mod speech;
pub mod step_code;
pub mod tasks;

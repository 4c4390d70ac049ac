/*!
Small, safe wrappers around the browser's document and network, so views
never call `web_sys` directly and never `unwrap()` what the browser returns.
*/

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCache, RequestInit, Response};

use crate::model::{lang::Lang, settings::Settings};

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return vec![];
    };
    let navigator = window.navigator();
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// Puts language, direction and display settings on `<html>`, where the
/// CSS picks them up.
/// `waiting`: the first visit's texts in the learner's language are on
/// their way; the page stays hidden (`html[data-waiting]` in app.css) so
/// it never shows Dutch first and then flips.
pub fn apply_to_html(lang: Lang, settings: &Settings, waiting: bool) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let attrs = [
        ("lang", lang.code()),
        ("dir", lang.dir().as_str()),
        ("data-text-size", settings.text_size.as_str()),
        ("data-contrast", settings.contrast_attr()),
        ("data-motion", settings.motion_attr()),
    ];
    for (name, value) in attrs {
        let _ = root.set_attribute(name, value);
    }
    let _ = root.toggle_attribute_with_force("data-waiting", waiting);
}

/// Takes away the page's first look (`#boot` in index.html, shown by
/// page.js while the wasm downloaded). Called in the task that draws the
/// app, so the browser never paints the two together.
pub fn remove_first_look() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
}

/// Sets the browser tab's title.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Fetches a text file from our own origin, bypassing the HTTP cache (the
/// service worker still answers when offline).
pub async fn fetch_text(path: &str) -> Option<String> {
    if let Some(text) = early_text(path).await {
        return Some(text);
    }
    let window = web_sys::window()?;
    let init = RequestInit::new();
    init.set_cache(RequestCache::NoCache);
    let response = JsFuture::from(window.fetch_with_str_and_init(path, &init))
        .await
        .ok()?;
    let response: Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// A text `public/page.js` asked for before the wasm ran (the learner's
/// interface texts when not Dutch), taken once; `None` when it asked for
/// none, or its answer failed (then the caller fetches as usual).
async fn early_text(path: &str) -> Option<String> {
    let waiting =
        js_sys::Reflect::get(&web_sys::window()?.into(), &"oefenpleinTexts".into()).ok()?;
    if !waiting.is_object() {
        return None;
    }
    let answer = js_sys::Reflect::get(&waiting, &path.into()).ok()?;
    let answer: js_sys::Promise = answer.dyn_into().ok()?;
    let _ =
        js_sys::Reflect::delete_property(waiting.unchecked_ref::<js_sys::Object>(), &path.into());
    JsFuture::from(answer).await.ok()?.as_string()
}

/// Lets the browser breathe: resumes in a new task of its event loop, so
/// the work before and after counts as two short tasks, not one long
/// one (a page that answers late to a tap while it starts feels broken).
#[cfg(target_arch = "wasm32")]
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let queued =
            web_sys::window().is_some_and(|w| w.set_timeout_with_callback(&resolve).is_ok());
        if !queued {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Natively (the views' logic under `cargo test`) there is no event loop
/// to wait for.
#[cfg(not(target_arch = "wasm32"))]
pub async fn next_task() {}

/// Whether a click landed on no control (a button, link or field): a tap
/// beside the button, for the kind "net ernaast" help.
pub fn lands_on_no_control(ev: &web_sys::MouseEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            el.closest("button, a, input, select, label, summary")
                .ok()
                .flatten()
                .is_none()
        })
}

/// Copies `text` to the clipboard; false where the browser has no
/// clipboard (or refuses: then the code is still there to write down).
pub fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into()).ok();
    let write = clipboard
        .as_ref()
        .and_then(|c| js_sys::Reflect::get(c, &"writeText".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match (clipboard, write) {
        (Some(clipboard), Some(write)) => write.call1(&clipboard, &text.into()).is_ok(),
        _ => false,
    }
}

/// This app's origin ("https://oefenplein.example"), for links in QR codes.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// The address's `#…` part ("" when none).
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Loads `path` of the app anew, as a fresh visit (the kiosk's wipe):
/// nothing of the last visitor stays in memory.
pub fn start_over(path: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(path);
    }
}

/// Milliseconds since 1970, from the browser's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Today as the Dutch write it: 30-11-2026.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:02}-{:02}-{}",
        d.get_date(),
        d.get_month() + 1,
        d.get_full_year()
    )
}

/// A seed for practice codes, different on every visit.
pub fn random_seed() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

/// Adds the stylesheet `href` to the page once and waits until it is
/// applied, so a lazily loaded page never shows unstyled. `false` when it
/// could not be fetched (the page then works unstyled).
///
/// The link itself says whether it loaded (its `sheet`), not only the
/// caller that added it: that caller may be gone (the learner left the
/// page before the file came), and its load event does not fire again for
/// the next caller. A link that neither loads nor fails within
/// [`STYLESHEET_WAIT_MS`] does not hold the page up either.
pub async fn load_stylesheet(href: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let selector = format!("link[rel=stylesheet][href=\"{href}\"]");
    let existing = document.query_selector(&selector).ok().flatten();
    let link: web_sys::Element = match existing {
        // Added before and applied.
        Some(link) if link.get_attribute("data-loaded").is_some() || has_sheet(&link) => {
            let _ = link.set_attribute("data-loaded", "");
            return true;
        }
        // On its way: wait for it too.
        Some(link) => link,
        None => {
            let Ok(link) = document.create_element("link") else {
                return false;
            };
            let _ = link.set_attribute("rel", "stylesheet");
            let _ = link.set_attribute("href", href);
            link
        }
    };
    let waiting = link.clone();
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let _ = waiting.add_event_listener_with_callback("load", &resolve);
        let _ = waiting.add_event_listener_with_callback("error", &reject);
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                STYLESHEET_WAIT_MS,
            );
        }
    });
    if link.parent_node().is_none() {
        match document.head() {
            Some(head) => {
                let _ = head.append_child(&link);
            }
            None => return false,
        }
    }
    let loaded = JsFuture::from(promise).await.is_ok() && has_sheet(&link);
    if loaded {
        let _ = link.set_attribute("data-loaded", "");
    } else {
        // A later try starts afresh.
        link.remove();
    }
    loaded
}

/// The longest a page waits for one stylesheet.
pub const STYLESHEET_WAIT_MS: i32 = 8000;

/// Whether a `<link rel=stylesheet>` has its style sheet (it loaded).
fn has_sheet(link: &web_sys::Element) -> bool {
    js_sys::Reflect::get(link, &wasm_bindgen::JsValue::from_str("sheet"))
        .is_ok_and(|sheet| !sheet.is_null() && !sheet.is_undefined())
}

//! Component tests in headless Chromium (wasm-bindgen-test). Run with
//! `make component`; under a native `cargo test` this file is empty.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use leptos::{mount::mount_to, prelude::*};
use oefenplein::{
    i18n::{k, tr},
    model::lang::Lang,
    store::{MemoryKv, Store, KEY},
    ui::app::AppWith,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

mod practice;

fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

/// One turn of the event loop: what the app does after an event (its
/// effects and tasks run as microtasks) is done. For checks that something
/// did *not* happen; a check that something did waits with [`until`].
async fn next_turn() {
    gloo_timers_sleep(Duration::ZERO).await;
}

/// The next painted frame: what the app does "when drawn" (bringing the
/// step's control into view, moving focus) has run. A browser that paints
/// seldom (a hidden test window) gets 50 ms at most.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.request_animation_frame(&resolve);
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits until `ready` holds (the app renders and saves asynchronously), at
/// most 5 s; returns whether it did. Tests assert on the result, so a
/// condition that never comes fails the test instead of a fixed sleep
/// hiding it.
async fn until(ready: impl FnMut() -> bool) -> bool {
    until_within(Duration::from_secs(5), ready).await
}

/// [`until`] with its own bound.
async fn until_within(bound: Duration, mut ready: impl FnMut() -> bool) -> bool {
    let tries = bound.as_millis() / 20;
    for _ in 0..tries {
        if ready() {
            return true;
        }
        gloo_timers_sleep(Duration::from_millis(20)).await;
    }
    ready()
}

async fn gloo_timers_sleep(duration: Duration) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                duration.as_millis() as i32,
            );
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A mounted app: its container, and the app itself, unmounted when this
/// goes (so no earlier test's app still follows the address).
struct Mounted {
    root: HtmlElement,
    _app: Box<dyn std::any::Any>,
}

impl std::ops::Deref for Mounted {
    type Target = HtmlElement;
    fn deref(&self) -> &HtmlElement {
        &self.root
    }
}

/// Puts the lesson pages' stylesheets into the page, marked as loaded, so
/// the app does not wait for them.
///
/// Why: on a busy machine the test server sometimes never answers one of
/// several requests made at once, and the browser then holds every later
/// request for that file behind it. Each lesson page waited the app's full
/// stylesheet timeout (8 s), and the suite ran past its time limit. The
/// files still come when the server answers (`scripts/component-runner.sh`
/// serves them); the end-to-end tests cover how the app loads them.
fn stylesheets_in_place() {
    let Some(head) = document().head() else {
        return;
    };
    let pages = oefenplein::ui::pages::PRACTICE_STYLES;
    for href in pages
        .into_iter()
        .chain([oefenplein::ui::pages::PROGRESS_STYLE])
    {
        let selector = format!("link[rel=stylesheet][href=\"{href}\"]");
        if document()
            .query_selector(&selector)
            .ok()
            .flatten()
            .is_some()
        {
            continue;
        }
        let link = document().create_element("link").expect("link");
        for (name, value) in [("rel", "stylesheet"), ("href", href), ("data-loaded", "")] {
            link.set_attribute(name, value).expect("attribute");
        }
        head.append_child(&link).expect("append");
    }
}

/// Mounts the app at `path` into a fresh container.
async fn mount_at(path: &str, store: Store, notice: Option<oefenplein::store::Notice>) -> Mounted {
    stylesheets_in_place();
    let window = web_sys::window().expect("window");
    window
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .expect("replace state");
    let container: HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    document()
        .body()
        .expect("body")
        .append_child(&container)
        .expect("append");
    let app = mount_to(
        container.clone(),
        move || view! { <AppWith store notice /> },
    );
    // Drawn once the page has its heading; a lesson or practice page once
    // its practice screen is there too (texts and styles come first, and
    // a busy machine takes its time: wait for the page, not a fixed while).
    wait_for(&container, "h1").await;
    if path.starts_with("/les/") || path.starts_with("/oefenen/") {
        wait_for(&container, ".practice-area").await;
    }
    // Its effects (the page's language and direction, the title) and what
    // it does once drawn, too.
    next_turn().await;
    next_frame().await;
    next_frame().await;
    Mounted {
        root: container,
        _app: Box::new(app),
    }
}

/// Waits until `selector` matches inside `root` (lazily loaded parts take a
/// few turns of the event loop), at most 10 s. Returns whether it did.
async fn wait_for(root: &HtmlElement, selector: &str) -> bool {
    until_within(Duration::from_secs(10), || {
        root.query_selector(selector).ok().flatten().is_some()
    })
    .await
}

fn text_of(root: &HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn click(root: &HtmlElement, selector: &str) {
    let element: HtmlElement = root
        .query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into();
    element.click();
}

fn html_attr(name: &str) -> String {
    document()
        .document_element()
        .and_then(|e| e.get_attribute(name))
        .unwrap_or_default()
}

/// A store in memory, with Dutch chosen (the test browser prefers English).
fn memory_store() -> (Store, MemoryKv) {
    let kv = MemoryKv::default();
    let (mut store, _) = Store::open(Some(Box::new(kv.clone())));
    store.update(|s| s.settings.lang = Some(Lang::Nl));
    (store, kv)
}

#[wasm_bindgen_test]
async fn home_shows_the_task_cards_in_dutch() {
    let (store, _) = memory_store();
    let root = mount_at("/", store, None).await;
    assert_eq!(text_of(&root, "h1"), "Wat wil je kunnen?");
    // The cards come a task after the heading.
    assert!(wait_for(&root, ".cards .card").await);
    let cards = root.query_selector_all(".cards .card").expect("cards");
    assert_eq!(cards.length(), 8);
    assert!(text_of(&root, ".practice-bar").contains("Oefenen — niets is echt"));
    root.remove();
}

#[wasm_bindgen_test]
async fn choosing_arabic_turns_the_page_right_to_left_and_is_saved() {
    let (store, kv) = memory_store();
    let root = mount_at("/", store, None).await;
    assert_eq!(html_attr("dir"), "ltr");
    click(&root, ".lang-button");
    assert!(wait_for(&root, ".lang-list button[lang=ar]").await);
    click(&root, ".lang-list button[lang=ar]");
    assert!(until(|| text_of(&root, "h1") == "ماذا تريد أن تستطيع أن تفعل؟").await);
    assert_eq!(html_attr("dir"), "rtl");
    assert_eq!(html_attr("lang"), "ar");
    assert!(kv.raw(KEY).unwrap_or_default().contains("\"lang\":\"ar\""));
    click(&root, ".lang-button");
    assert!(wait_for(&root, ".lang-list button[lang=nl]").await);
    click(&root, ".lang-list button[lang=nl]");
    assert!(until(|| html_attr("dir") == "ltr").await);
    root.remove();
}

#[wasm_bindgen_test]
async fn text_size_choice_reaches_the_page_and_the_store() {
    let (store, kv) = memory_store();
    let root = mount_at("/instellingen", store, None).await;
    click(&root, "input[value=largest]");
    assert!(until(|| html_attr("data-text-size") == "largest").await);
    assert!(kv
        .raw(KEY)
        .unwrap_or_default()
        .contains("\"text_size\":\"largest\""));
    assert_eq!(text_of(&root, ".saved-status"), "Je keuze is bewaard.");
    click(&root, "input[value=normal]");
    assert!(until(|| html_attr("data-text-size") == "normal").await);
    root.remove();
}

#[wasm_bindgen_test]
async fn read_aloud_pace_is_a_setting_and_the_step_text_is_words() {
    let (store, kv) = memory_store();
    let root = mount_at("/instellingen", store, None).await;
    let pace = |kv: &MemoryKv, pace: &str| {
        kv.raw(KEY)
            .unwrap_or_default()
            .contains(&format!("\"read_pace\":\"{pace}\""))
    };
    click(&root, "input[name=read-pace][value=slow]");
    assert!(until(|| pace(&kv, "slow")).await);
    click(&root, "input[name=read-pace][value=normal]");
    assert!(until(|| pace(&kv, "normal")).await);
    root.remove();
    let (store, _) = memory_store();
    let root = mount_at("/les/digid-web/1", store, None).await;
    // One span per word, so the spoken word can light up; the text is unchanged.
    let words = root
        .query_selector_all("h1 .word")
        .map(|l| l.length())
        .unwrap_or(0);
    assert_eq!(words, 12);
    assert_eq!(
        text_of(&root, "h1"),
        "Typ je gebruikersnaam in het vak “Gebruikersnaam”. Die staat op je oefenkaart."
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn without_storage_the_app_says_so_once_and_works() {
    let (mut store, notice) = Store::open(None);
    store.update(|s| s.settings.lang = Some(Lang::Nl));
    let root = mount_at("/instellingen", store, notice).await;
    assert!(text_of(&root, ".notice").starts_with("Dit apparaat bewaart niets."));
    click(&root, ".notice button");
    assert!(until(|| text_of(&root, ".notice-area").is_empty()).await);
    click(&root, "input[value=large]");
    assert!(until(|| html_attr("data-text-size") == "large").await);
    assert_eq!(
        text_of(&root, ".saved-status"),
        "Je keuze geldt tot je de pagina sluit."
    );
    click(&root, "input[value=normal]");
    assert!(until(|| html_attr("data-text-size") == "normal").await);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_first_visit_follows_the_browser_language() {
    let (store, _) = Store::open(Some(Box::new(MemoryKv::default())));
    let root = mount_at("/", store, None).await;
    let expected = Lang::negotiate(&oefenplein::ui::dom::preferred_languages());
    assert!(
        until(|| html_attr("lang") == expected.code()).await,
        "{}",
        html_attr("lang")
    );
    assert_eq!(text_of(&root, "h1"), tr(expected, k::HOME_TITLE));
    root.remove();
}

#[wasm_bindgen_test]
async fn an_unknown_path_gets_the_friendly_page() {
    let (store, _) = memory_store();
    let root = mount_at("/bestaat/niet", store, None).await;
    assert_eq!(text_of(&root, "h1"), "Deze pagina bestaat niet");
    root.remove();
}

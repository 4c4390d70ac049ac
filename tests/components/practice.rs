//! The practice screens inside the app: steps done by doing them, the
//! guard, the phone and the computer together, and every lesson target
//! drawn on its step.

use super::*;

fn type_into(root: &HtmlElement, selector: &str, value: &str) {
    let input: web_sys::HtmlInputElement = root
        .query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into();
    input.set_value(value);
    let event = web_sys::Event::new("input").expect("event");
    input.dispatch_event(&event).expect("dispatch");
}

/// Moves focus away from a field, as a learner leaving it.
fn leave(root: &HtmlElement, selector: &str) {
    let input = root.query_selector(selector).ok().flatten().expect("field");
    let event = web_sys::Event::new("blur").expect("event");
    input.dispatch_event(&event).expect("dispatch");
}

fn path() -> String {
    web_sys::window()
        .map(|w| w.location().pathname().unwrap_or_default())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_lesson_step_is_done_by_doing_it_in_the_practice_screen() {
    let (store, kv) = memory_store();
    let root = mount_at("/les/digid-web/1", store, None).await;
    assert!(text_of(&root, "h1").starts_with("Typ je gebruikersnaam"));
    // Typing something else does not complete the step.
    type_into(&root, "#live-username", "noor");
    next_turn().await;
    assert_eq!(path(), "/les/digid-web/1");
    type_into(&root, "#live-username", "noor.oefen");
    assert!(until(|| path() == "/les/digid-web/2").await, "{}", path());
    assert!(until(|| text_of(&root, ".praise") == "Goed gedaan!").await);
    let saved = oefenplein::model::saved::load(kv.raw(KEY).as_deref()).state();
    assert_eq!(saved.progress.lessons["digid-web"].step, 1);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_guard_keeps_a_real_bsn_out_of_the_state_and_the_field() {
    let (store, kv) = memory_store();
    let root = mount_at("/oefenen/digid-web", store, None).await;
    type_into(&root, "#live-username", "111222333");
    next_turn().await;
    // Judged whole, when the learner leaves the field: not mid-typing.
    assert_eq!(text_of(&root, ".guard-warning"), "");
    leave(&root, "#live-username");
    assert!(until(|| text_of(&root, ".guard-warning").contains("burgerservicenummer")).await);
    let input: web_sys::HtmlInputElement = root
        .query_selector("#live-username")
        .ok()
        .flatten()
        .expect("field")
        .unchecked_into();
    assert_eq!(input.value(), "");
    assert!(!kv.raw(KEY).unwrap_or_default().contains("111222333"));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_phone_installs_the_app_and_the_computer_draws_a_qr_code() {
    let (store, _) = memory_store();
    let root = mount_at("/oefenen/digid-app", store, None).await;
    assert!(root
        .query_selector("#live-app-icon")
        .ok()
        .flatten()
        .is_none());
    click(&root, "#live-store");
    assert!(wait_for(&root, "#live-install").await);
    click(&root, "#live-install");
    assert!(until(|| text_of(&root, ".store").contains("Geïnstalleerd")).await);
    click(&root, "#live-home");
    assert!(wait_for(&root, "#live-app-icon").await);
    // The website on the computer: a koppelcode of four letters.
    click(&root, "#live-web-app");
    assert!(wait_for(&root, "#live-web-koppelcode").await);
    let shown = text_of(&root, "#live-web-koppelcode");
    let code: Vec<char> = shown.trim().chars().rev().take(4).collect();
    assert!(
        code.len() == 4 && code.iter().all(char::is_ascii_uppercase),
        "{shown}"
    );
    root.remove();
}

/// A PIN typed into the app's field is used (the lesson moves on and saves
/// where the learner is), and the PIN itself is never saved.
#[wasm_bindgen_test]
async fn a_pin_typed_into_the_app_is_used_but_never_saved() {
    let lesson = oefenplein::lesson::find("digid-app-activate").expect("lesson");
    let index = lesson
        .steps
        .iter()
        .position(|s| s.id == "pin")
        .expect("the PIN step");
    let (store, kv) = memory_store();
    let root = mount_at(
        &format!("/les/digid-app-activate/{}", index + 1),
        store,
        None,
    )
    .await;
    assert!(wait_for(&root, "#live-pin").await, "the PIN field");
    type_into(&root, "#live-pin", "24680");
    let moved_on = format!("\"step\":{}", index + 1);
    let mut saved = String::new();
    for _ in 0..150 {
        saved = kv.raw(KEY).unwrap_or_default();
        if saved.contains(&moved_on) {
            break;
        }
        gloo_timers_sleep(Duration::from_millis(20)).await;
    }
    assert!(saved.contains(&moved_on), "the PIN was not taken: {saved}");
    assert!(!saved.contains("24680"), "the PIN was saved: {saved}");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_qr_step_shows_a_drawn_qr_code() {
    let (store, _) = memory_store();
    let root = mount_at("/les/digid-app-qr/7", store, None).await;
    assert!(wait_for(&root, ".qr path").await, "the QR code is drawn");
    let path = root
        .query_selector(".qr path")
        .ok()
        .flatten()
        .and_then(|p| p.get_attribute("d"))
        .unwrap_or_default();
    assert!(path.starts_with('M') && path.len() > 500, "{path}");
    assert_eq!(text_of(&root, "#live-screen-title"), "Scan de QR-code");
    root.remove();
}

#[wasm_bindgen_test]
async fn applying_for_digid_says_which_field_is_wrong_and_why() {
    let (store, kv) = memory_store();
    let root = mount_at("/oefenen/digid-apply", store, None).await;
    click(&root, "#live-start");
    assert!(wait_for(&root, "#live-birth-date").await);
    type_into(&root, "#live-birth-date", "31-02-1958");
    type_into(&root, "#live-bsn", "123456780");
    click(&root, "#live-details-next");
    let invalid = |selector: &str| {
        root.query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.get_attribute("aria-invalid"))
    };
    assert!(until(|| invalid("#live-birth-date").as_deref() == Some("true")).await);
    assert!(text_of(&root, "#live-birth-date-error").contains("Deze datum bestaat niet."));
    // The BSN from the oefenkaart is fine; nothing typed is saved.
    assert_eq!(invalid("#live-bsn").as_deref(), Some("false"));
    let saved = kv.raw(KEY).unwrap_or_default();
    assert!(
        saved.contains("\"settings\""),
        "nothing saved at all: {saved}"
    );
    assert!(!saved.contains("123456780"), "{saved}");
    root.remove();
}

/// Every control a lesson step points at ("Laat zien") is really drawn by
/// the practice screen at that step: the lesson files' targets are checked
/// against the ids the views render, not against a list; so is what a step
/// asks the learner to look at. And no page has an id twice.
#[wasm_bindgen_test]
async fn every_lesson_target_is_on_its_step_screen() {
    let mut missing = vec![];
    let mut doubled = vec![];
    let mut checked = 0;
    for lesson in oefenplein::lesson::all() {
        for (i, step) in lesson.steps.iter().enumerate() {
            let Some(target) = &step.target else {
                continue;
            };
            let (store, _) = memory_store();
            let path = format!("/les/{}/{}", lesson.id, i + 1);
            let root = mount_at(&path, store, None).await;
            let selector = format!("#live-{target}");
            if !wait_for(&root, &selector).await {
                missing.push(format!("{path}: {selector} (at {})", self::path()));
            }
            // What the step asks the learner to look at is there too.
            if let Some(show) = &step.show {
                if root
                    .query_selector(&format!("#live-{show}"))
                    .ok()
                    .flatten()
                    .is_none()
                {
                    missing.push(format!("{path}: #live-{show}"));
                }
            }
            // One control per id: "Laat zien" must not light a hidden twin.
            let ids = root.query_selector_all("[id]").expect("a valid selector");
            let mut seen = std::collections::BTreeSet::new();
            for i in 0..ids.length() {
                let id = ids
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                    .map(|e| e.id())
                    .unwrap_or_default();
                if !seen.insert(id.clone()) {
                    doubled.push(format!("{path}: #{id}"));
                }
            }
            checked += 1;
            root.remove();
        }
    }
    assert!(checked >= 40, "only {checked} targets checked");
    assert!(missing.is_empty(), "not on the step's screen: {missing:?}");
    doubled.dedup();
    assert!(
        doubled.is_empty(),
        "the same id twice on one page: {doubled:?}"
    );
}

/*!
Where focus and scrolling go when a page changes under the learner: a
step done, a screen of a practice service replaced, a mistake's message
shown, a lesson finished. Keyboard and screen-reader users keep their
place, and on a phone what the step names is on screen, not under the
sticky step head.
*/

use wasm_bindgen::JsCast;

use crate::model::in_view::{scroll_for, Layout, Span};

/// The element with `id`, when it is on the page.
fn by_id(id: &str) -> Option<web_sys::Element> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
}

/// Whether an element matching `selector` is on the page.
pub fn is_drawn(selector: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .is_some()
}

/// Moves focus to the element with `id` and scrolls it into view.
pub fn focus_by_id(id: &str) {
    let Some(element) = by_id(id) else {
        return;
    };
    element.scroll_into_view_with_bool(false);
    if let Ok(html) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = html.focus();
    }
}

/// [`focus_by_id`] once the element is drawn: "Laat zien" may be pressed
/// while the practice screen's chunk is still on its way (on a slow phone,
/// up to about two seconds; after that nothing is focused).
pub fn focus_when_drawn(id: String, frames_left: u32) {
    if by_id(&id).is_some() {
        focus_by_id(&id);
    } else if frames_left > 0 {
        leptos::prelude::request_animation_frame(move || focus_when_drawn(id, frames_left - 1));
    }
}

/// Brings the element `id` to the top of the screen (below the sticky
/// practice bar) and focuses it: a new part of the same page, such as the
/// end of a lesson, which would otherwise open far above the place the
/// learner had scrolled to.
pub fn bring_to_top(id: &str) {
    let Some(element) = by_id(id) else {
        return;
    };
    // The part it heads (with its picture above the heading) at the top.
    let part = element.closest("section").ok().flatten();
    if let Ok(html) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = html.focus();
        part.unwrap_or_else(|| html.into())
            .scroll_into_view_with_bool(true);
    }
}

/// When the learner's action on a practice screen removed the focused
/// control (the screen changed), focus goes to the new screen's title
/// (or the screen itself), without scrolling: the next Tab reaches its
/// first field, and a screen reader reads where the learner is now. The
/// new screen may take `frames_left` frames to come.
pub fn rescue_focus_to_screen(frames_left: u32) {
    if !focus_is_lost() {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let first = |selector: &str| document.query_selector(selector).ok().flatten();
    // The new screen may come a few frames later (its part of the wasm).
    let element = match first(".practice-area .practice-screen :is(h1, h2, h3)") {
        Some(title) => title,
        None if frames_left > 0 => {
            leptos::prelude::request_animation_frame(move || {
                rescue_focus_to_screen(frames_left - 1)
            });
            return;
        }
        None => match first(".practice-area .practice-screen") {
            Some(screen) => screen,
            None => return,
        },
    };
    if !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
    }
    if let Ok(html) = element.dyn_into::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = html.focus_with_options(&options);
    }
}

fn practice_alert() -> Option<web_sys::Element> {
    web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.query_selector(".practice-area [role=alert]")
            .ok()
            .flatten()
    })
}

/// The text of the message the practice screen shows (its red error),
/// if any: so a new one can be brought into view.
pub fn practice_message() -> Option<String> {
    practice_alert().and_then(|e| e.text_content())
}

/// The language the practice screen's message is written in: Dutch for
/// the service's own, the learner's for the real-data warning.
pub fn practice_message_lang() -> String {
    practice_alert()
        .and_then(|e| e.closest("[lang]").ok().flatten())
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_else(|| "nl".to_owned())
}

/// Whether the focus is lost: on nothing or on the page itself, because
/// the control that had it has gone (a practice screen changed).
pub fn focus_is_lost() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.active_element().is_none_or(|el| el.tag_name() == "BODY"))
}

/// Whether the focused element is inside an element matching `selector`.
pub fn focus_is_in(selector: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .and_then(|el| el.closest(selector).ok().flatten())
        .is_some()
}

/// When a screen change removed the focused control (focus fell back to
/// the page), moves focus to the first of `ids` that exists, so keyboard
/// and screen-reader users stay where they were working.
pub fn rescue_focus(ids: &[String]) {
    if !focus_is_lost() {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let found = ids.iter().find_map(|id| document.get_element_by_id(id));
    if let Some(html) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = html.focus();
    }
}

/// What a step brings into view: its text, the control it names and what
/// else it asks the learner to look at (ids of elements on the page).
#[derive(Clone, Debug)]
pub struct InView {
    pub text: &'static str,
    pub target: Option<String>,
    pub show: Option<String>,
}

/// [`bring_into_view`] once the practice area is drawn: a practice screen
/// that comes with its chunk may arrive a few frames after the step's
/// text, and after a control beside it ("1 dag later"), which it then
/// pushes down. Up to about two seconds; then what is there is measured.
pub fn bring_into_view_when_drawn(what: InView, frames_left: u32) {
    let missing = |id: &Option<String>| id.as_deref().is_some_and(|id| by_id(id).is_none());
    let loading = is_drawn(".practice-area .loading");
    if frames_left > 0 && (loading || missing(&what.target) || missing(&what.show)) {
        leptos::prelude::request_animation_frame(move || {
            bring_into_view_when_drawn(what, frames_left - 1)
        });
    } else {
        bring_into_view(&what);
    }
}

/// Where `element` is on screen; none when it is not drawn (no height).
fn span_of(element: web_sys::Element) -> Option<Span> {
    let rect = element.get_bounding_client_rect();
    (rect.height() > 0.0).then(|| Span::new(rect.top(), rect.bottom()))
}

fn span_of_first(document: &web_sys::Document, selector: &str) -> Option<Span> {
    document
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(span_of)
}

/// The part of the screen nothing covers, from the bottom of the sticky
/// practice bar to the top of the SMS banner (else the window's bottom).
fn uncovered(window: &web_sys::Window, document: &web_sys::Document) -> (f64, f64) {
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    (
        span_of_first(document, ".practice-bar").map_or(0.0, |bar| bar.bottom.max(0.0)),
        span_of_first(document, ".sms-banner.shown").map_or(height, |b| b.top.min(height)),
    )
}

/// Scrolls as little as needed so the step's text, its control and what
/// there is to read (a new message, else what the step names) are in view
/// together, below the sticky practice bar and above the SMS banner. See
/// [`crate::model::in_view`].
pub fn bring_into_view(what: &InView) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let by_id = |id: &str| document.get_element_by_id(id).and_then(span_of);
    let Some(text) = by_id(what.text) else {
        return;
    };
    let (bar, bottom) = uncovered(&window, &document);
    let by = scroll_for(Layout {
        bar,
        bottom,
        sticky_head: document
            .query_selector(".step-head")
            .ok()
            .flatten()
            .filter(|head| is_sticky(&window, head))
            .and_then(span_of),
        text,
        // A text field comes with its label (the words the step quotes).
        target: what
            .target
            .as_deref()
            .and_then(|id| document.get_element_by_id(id))
            .map(|e| e.closest(".ps-field").ok().flatten().unwrap_or(e))
            .and_then(span_of),
        // What the step names wins over a message left from the step
        // before: the step's text already says how to go on. A new
        // message (a mistake in this step) comes without `show`.
        read: what
            .show
            .as_deref()
            .and_then(by_id)
            .or_else(|| span_of_first(&document, ".practice-area [role=alert]")),
    });
    if by != 0.0 {
        window.scroll_by_with_x_and_y(0.0, by);
    }
}

/// Scrolls as little as needed so the practice screen's message is in
/// view with the control just pressed, below the sticky practice bar and
/// above the SMS banner: free practice, where no step head sticks.
pub fn message_into_view() {
    let (Some(window), Some(alert)) = (web_sys::window(), practice_alert()) else {
        return;
    };
    let (Some(document), Some(message)) = (window.document(), span_of(alert)) else {
        return;
    };
    let pressed = document
        .active_element()
        .filter(|e| e.closest(".practice-area").ok().flatten().is_some())
        .and_then(span_of);
    let (bar, bottom) = uncovered(&window, &document);
    let by = scroll_for(Layout {
        bar,
        bottom,
        sticky_head: None,
        text: pressed.unwrap_or(message),
        target: Some(message),
        read: None,
    });
    if by != 0.0 {
        window.scroll_by_with_x_and_y(0.0, by);
    }
}

fn is_sticky(window: &web_sys::Window, element: &web_sys::Element) -> bool {
    window
        .get_computed_style(element)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value("position").ok())
        .is_some_and(|position| position == "sticky")
}

/*!
Typing into a practice field, with the real-data guard deciding on whole
values.

Checking every keystroke fires the guard in the middle of a word: an
e-mail address already looks complete at `…@gmail.co`, so the field was
emptied and the warning shown, and the next key (`m`) hid the warning and
stayed behind as a stray character. So text goes to the practice service
at once only while it does not look real (live checks, such as the
password rules, keep working). Text that looks real stays in the browser's
field, never in any state, until the learner leaves the field or presses
Enter; then the whole value is judged once: the field is emptied and the
service shows the warning. A learner who types slowly is judged on the
value they meant, not on a pause.
*/

use leptos::prelude::*;
use web_sys::HtmlInputElement;

use crate::practice::kit::input;

/// The handlers of one practice text field.
#[derive(Clone, Copy)]
pub struct GuardedTyping {
    send: Callback<String>,
    /// Whether the field holds text that looks real and has not been
    /// judged yet.
    holding: StoredValue<bool>,
}

impl GuardedTyping {
    /// `send` puts text into the practice service's field.
    pub fn new(send: Callback<String>) -> Self {
        Self {
            send,
            holding: StoredValue::new(false),
        }
    }

    /// On every `input`: send what may be kept, hold what looks real.
    pub fn input(self, field: &HtmlInputElement) {
        let text = field.value();
        if input::looks_real(&text) {
            self.holding.set_value(true);
            return;
        }
        self.holding.set_value(false);
        self.send.run(text);
    }

    /// On leaving the field or pressing Enter: judge a held value whole.
    pub fn settle(self, field: &HtmlInputElement) {
        if !self.holding.try_get_value().unwrap_or(false) {
            return;
        }
        self.holding.set_value(false);
        let text = field.value();
        if input::looks_real(&text) {
            field.set_value("");
        }
        // The service judges it again by the same rule: it warns and keeps
        // nothing.
        self.send.run(text);
    }

    /// Handlers for `input`, `blur` and `keydown` (Enter submits a form
    /// right after its keydown, so the value is judged before the submit).
    pub fn handlers(
        self,
    ) -> (
        impl Fn(leptos::ev::Event) + Copy + 'static,
        impl Fn(leptos::ev::FocusEvent) + Copy + 'static,
        impl Fn(leptos::ev::KeyboardEvent) + Copy + 'static,
    ) {
        (
            move |ev: leptos::ev::Event| self.input(&event_target::<HtmlInputElement>(&ev)),
            move |ev: leptos::ev::FocusEvent| self.settle(&event_target::<HtmlInputElement>(&ev)),
            move |ev: leptos::ev::KeyboardEvent| {
                if ev.key() == "Enter" {
                    self.settle(&event_target::<HtmlInputElement>(&ev));
                }
            },
        )
    }
}

/*!
A box to write a longer text (a question to the GP), with a counter.

Like every practice field it follows the input rule, deciding on whole
values: text that looks like real data is not sent to the service while
the learner types, only when they leave the box. The service then warns
and keeps its last good text; the box keeps what the learner wrote, so
they only take the real detail out and nothing else is lost.

Its signals are read with `try_get`: when the screen is replaced, an
update may still reach it once after its derived signals are gone, and
that must not stop the app.
*/

use leptos::prelude::*;
use web_sys::HtmlTextAreaElement;

use crate::practice::kit::input;

#[component]
pub fn WritingBox(
    id: String,
    label: String,
    hint: String,
    #[prop(into)] value: Signal<String>,
    /// "120 van 500 tekens".
    #[prop(into)]
    counter: Signal<String>,
    max: usize,
    #[prop(into)] invalid: Signal<bool>,
    /// The problem box's id, while `invalid`.
    error_id: String,
    #[prop(into)] lit: Signal<bool>,
    on_text: Callback<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let counter_id = format!("{id}-counter");
    let described = {
        let (hint_id, counter_id) = (hint_id.clone(), counter_id.clone());
        move || {
            let mut ids = format!("{hint_id} {counter_id}");
            if invalid.try_get().unwrap_or(false) {
                ids.push(' ');
                ids.push_str(&error_id);
            }
            ids
        }
    };
    let send_unless_real = move |text: String| {
        if !input::looks_real(&text) {
            on_text.run(text);
        }
    };
    view! {
        <div class="ps-field">
            <label for=id.clone()>{label}</label>
            <p class="ps-hint" id=hint_id>{hint}</p>
            <textarea
                id=id
                rows="5"
                maxlength=(max + 40).to_string()
                class:highlight=move || lit.try_get().unwrap_or(false)
                aria-invalid=move || invalid.try_get().unwrap_or(false).to_string()
                aria-describedby=described
                prop:value=move || value.try_get().unwrap_or_default()
                on:input=move |ev| {
                    send_unless_real(event_target::<HtmlTextAreaElement>(&ev).value())
                }
                on:blur=move |ev| on_text.run(event_target::<HtmlTextAreaElement>(&ev).value())
            ></textarea>
            <p class="ps-counter" id=counter_id aria-live="polite">{move || counter.try_get().unwrap_or_default()}</p>
        </div>
    }
}

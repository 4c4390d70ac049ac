/*!
View parts every practice service draws the same way: the problem box,
a screen title with its way back, a row of a list that opens a detail,
a box to write a longer text with a counter, a checkbox row, a picker for
a day and time, the confirmation after a form, and a question that
stops the screen until it is answered.

They are concrete (plain strings, signals and callbacks, never generic
over a service), so each exists once in the wasm, and brand-neutral
(`ps-*` classes): a service's look comes from the custom properties of
its `data-theme`, so two portals share every part and still look
different. `controls.rs` has the fields and buttons bound to a state.
*/

mod dialog;
mod done;
mod list;
mod problem;
mod slots;
mod writing;

pub use dialog::{alert_dialog, DialogButton};
pub use done::Confirmation;
pub use list::{CheckRow, ListRow};
pub use problem::{shown, ProblemBox, Shown};
pub use slots::{by_day, slot_words, SlotChoice, SlotPicker};
pub use writing::WritingBox;

use leptos::prelude::*;

/// A screen's title, and a "Terug" link before it when there is a way back.
pub fn screen_title(title: String, back: Option<(String, String, Callback<()>)>) -> impl IntoView {
    let back = back.map(|(id, label, on_back)| {
        view! {
            <button class="ps-back ps-back-top" type="button" id=id on:click=move |_| on_back.run(())>
                <span aria-hidden="true">"‹"</span>
                <span>{label}</span>
            </button>
        }
    });
    view! {
        {back}
        <h2 class="ps-title">{title}</h2>
    }
}

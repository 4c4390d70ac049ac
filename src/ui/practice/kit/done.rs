//! The confirmation after a form: what happened and what comes next.

use leptos::prelude::*;

use crate::ui::icon::Icon;

#[component]
pub fn Confirmation(title: String, lines: Vec<String>) -> impl IntoView {
    let lines = lines
        .into_iter()
        .map(|line| view! { <p>{line}</p> })
        .collect_view();
    view! {
        <div class="ps-done" role="status">
            <span class="ps-done-mark"><Icon name="check" /></span>
            <div>
                <h2 class="ps-title">{title}</h2>
                {lines}
            </div>
        </div>
    }
}

//! Rows of a list: one that opens its detail (a message, a result, an
//! order), and one with a checkbox (a medicine to order).

use leptos::prelude::*;

/// A row that opens its detail.
#[component]
pub fn ListRow(
    id: String,
    #[prop(into)] lit: Signal<bool>,
    title: String,
    /// A second line: a date, a value, a status.
    #[prop(into)]
    detail: Signal<String>,
    /// A short mark after the title ("nieuw", "te laag").
    #[prop(optional, into)]
    badge: Signal<Option<String>>,
    on_open: Callback<()>,
) -> impl IntoView {
    view! {
        <li class="ps-row">
            <button type="button" id=id class:highlight=move || lit.try_get().unwrap_or(false) on:click=move |_| on_open.run(())>
                <span class="ps-row-text">
                    <span class="ps-row-title">
                        {title}
                        {move || badge.try_get().flatten().map(|b| view! { <span class="ps-badge">{b}</span> })}
                    </span>
                    <span class="ps-row-detail">{move || detail.try_get().unwrap_or_default()}</span>
                </span>
                <span class="ps-row-go" aria-hidden="true">"›"</span>
            </button>
        </li>
    }
}

/// A row with a checkbox, its label and a line under it.
#[component]
pub fn CheckRow(
    id: String,
    #[prop(into)] lit: Signal<bool>,
    label: String,
    detail: String,
    #[prop(into)] checked: Signal<bool>,
    on_toggle: Callback<bool>,
) -> impl IntoView {
    let detail_id = format!("{id}-detail");
    view! {
        <li class="ps-check">
            <input
                type="checkbox"
                id=id.clone()
                class:highlight=move || lit.try_get().unwrap_or(false)
                aria-describedby=detail_id.clone()
                prop:checked=move || checked.try_get().unwrap_or(false)
                on:change=move |ev| {
                    on_toggle.run(event_target_checked(&ev));
                    // The service may refuse (a medicine that needs a
                    // check-up first): the box shows what it decided.
                    let input = event_target::<web_sys::HtmlInputElement>(&ev);
                    input.set_checked(checked.try_get_untracked().unwrap_or(false));
                }
            />
            <label for=id>
                <span class="ps-row-title">{label}</span>
                <span class="ps-row-detail" id=detail_id>{detail}</span>
            </label>
        </li>
    }
}

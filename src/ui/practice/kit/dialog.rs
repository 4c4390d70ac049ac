//! A question that stops the practice screen until it is answered ("Wilt
//! u ingelogd blijven?"): a modal alert dialog over the screen, its first
//! button focused so a keyboard or screen-reader user lands on it.

use leptos::{html, prelude::*};

/// One of the dialog's two buttons.
pub struct DialogButton {
    pub id: String,
    pub class: &'static str,
    pub label: String,
    pub lit: Signal<bool>,
    pub on_press: Callback<()>,
}

impl DialogButton {
    fn view(self, node: Option<NodeRef<html::Button>>) -> impl IntoView {
        let DialogButton {
            id,
            class,
            label,
            lit,
            on_press,
        } = self;
        let node = node.unwrap_or_default();
        view! {
            <button
                type="button"
                class=class
                node_ref=node
                id=id
                class:highlight=move || lit.try_get().unwrap_or(false)
                on:click=move |_| on_press.run(())
            >
                {label}
            </button>
        }
    }
}

/// The dialog; `id` prefixes its title's and text's ids.
pub fn alert_dialog(
    id: String,
    title: String,
    text: String,
    first: DialogButton,
    second: DialogButton,
) -> impl IntoView {
    let focus = NodeRef::<html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = focus.get() {
            let _ = button.focus();
        }
    });
    let (title_id, text_id) = (format!("{id}-title"), format!("{id}-text"));
    view! {
        <div class="ps-dialog" role="alertdialog" aria-modal="true" aria-labelledby=title_id.clone() aria-describedby=text_id.clone()>
            <div class="ps-dialog-box">
                <h2 class="ps-title" id=title_id.clone()>{title}</h2>
                <p id=text_id.clone()>{text}</p>
                {first.view(Some(focus))}
                {second.view(None)}
            </div>
        </div>
    }
}

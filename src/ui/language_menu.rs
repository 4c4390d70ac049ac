/*!
The language menu. Each language is named in its own script, so a learner
finds theirs without reading the current one. Escape closes the menu and
gives focus back to its button.
*/

use leptos::{ev::KeyboardEvent, prelude::*};

use super::{i18n::use_i18n, icon::Icon, prefs::use_prefs};
use crate::{i18n::k, model::lang::Lang};

#[component]
pub fn LanguageMenu() -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let button = NodeRef::<leptos::html::Button>::new();
    let close = move || {
        open.set(false);
        if let Some(b) = button.get_untracked() {
            let _ = b.focus();
        }
    };
    let on_keydown = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            close();
        }
    };
    let label = i18n.t_with(k::LANGUAGE_BUTTON, "language", move || {
        i18n.lang().native_name().to_owned()
    });
    let choices = Lang::ALL
        .into_iter()
        .map(|lang| view! { <LanguageChoice lang on_chosen=close /> })
        .collect_view();
    view! {
        <div class="lang-menu" on:keydown=on_keydown>
            <button
                class="lang-button"
                node_ref=button
                aria-expanded=move || open.get().to_string()
                aria-controls="lang-list"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <Icon name="globe" />
                <span class="lang-full">{label}</span>
                // On a phone: only the language's own name, beside the globe.
                <span class="lang-short" aria-hidden="true">
                    {move || i18n.lang().native_name()}
                </span>
            </button>
            <ul id="lang-list" class="lang-list" hidden=move || !open.get()>
                {choices}
            </ul>
        </div>
    }
}

#[component]
fn LanguageChoice(
    lang: Lang,
    on_chosen: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    let choose = move |_| {
        i18n.choose(prefs, lang);
        on_chosen();
    };
    view! {
        <li>
            <button
                lang=lang.code()
                dir=lang.dir().as_str()
                aria-pressed=move || (i18n.lang() == lang).to_string()
                on:click=choose
            >
                <Icon name="check" />
                {lang.native_name()}
            </button>
        </li>
    }
}

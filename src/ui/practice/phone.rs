//! The simulated phone that receives the SMS codes. On a wide screen it
//! stands beside the practice screen; on a phone-sized screen it slides in
//! over the page when a message arrives, and can be put away again.

use leptos::prelude::*;

use crate::{
    i18n::{k, p, practice_with},
    practice::digid_web::Sms,
    ui::{
        i18n::use_i18n,
        icon::Icon,
        practice::{controls::WaitButton, lit, Highlight},
    },
};

#[component]
pub fn Phone(
    #[prop(into)] messages: Signal<Vec<Sms>>,
    #[prop(into)] minutes: Signal<u32>,
    #[prop(into)] highlight: Highlight,
    /// Pretends ten minutes have passed.
    on_wait: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    // A new message slides the phone in.
    Effect::new(move |seen: Option<usize>| {
        let count = messages.with(Vec::len);
        if seen.is_some_and(|s| count > s) {
            open.set(true);
        }
        count
    });
    let list = move || {
        let items = messages.get();
        if items.is_empty() {
            return view! { <p class="phone-empty">{i18n.t(k::PHONE_EMPTY)}</p> }.into_any();
        }
        let sms = items
            .into_iter()
            .rev()
            .map(|sms| {
                let text = practice_with(p::DIGID_SMS, "code", sms.code);
                view! {
                    <li class="sms" lang="nl" dir="ltr">
                        <span class="sms-from">"DigiD"</span>
                        <span class="sms-text">{text}</span>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="sms-list">{sms}</ul> }.into_any()
    };
    let waited = move || {
        let m = minutes.get();
        (m > 0)
            .then(|| crate::i18n::tr_with(i18n.lang(), k::PHONE_WAITED, "minutes", m.to_string()))
    };
    let announce = move || {
        (messages.with(Vec::len) > 0).then(|| crate::i18n::tr(i18n.lang(), k::PHONE_NEW_MESSAGE))
    };
    view! {
        <button
            class="phone-toggle button secondary"
            type="button"
            aria-expanded=move || open.get().to_string()
            aria-controls="live-phone"
            on:click=move |_| open.update(|o| *o = !*o)
        >
            <Icon name="phone" />
            <span>{i18n.t(k::PHONE_OPEN)}</span>
        </button>
        <aside
            class="phone"
            id="live-phone"
            class:open=move || open.get()
            class:highlight=lit(highlight, "phone")
            aria-labelledby="phone-title"
        >
            <div class="phone-top">
                <h2 id="phone-title">{i18n.t(k::PHONE_TITLE)}</h2>
                <button class="phone-close" type="button" on:click=move |_| open.set(false)>
                    {i18n.t(k::PHONE_CLOSE)}
                </button>
            </div>
            <p class="phone-label">{i18n.t(k::PHONE_MESSAGES)}</p>
            {list}
            <p class="visually-hidden" aria-live="polite">{announce}</p>
            <WaitButton
                target="wait"
                label=k::PHONE_WAIT
                hint=k::PHONE_WAIT_HINT
                highlight
                waited=Signal::derive(waited)
                on_wait
            />
        </aside>
    }
}

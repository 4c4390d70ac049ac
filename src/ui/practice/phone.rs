//! The simulated phone that receives the SMS codes. On a wide screen it
//! stands beside the practice screen. On a phone-sized screen a new
//! message shows as a notification banner at the bottom, like a real
//! phone's, that stays readable while the learner types the code (the
//! whole phone would cover the step and the field); a notice without a
//! code goes at the learner's next click; the phone itself opens
//! with a button. The newest message is marked "Nieuw", with its time, as
//! the service's messages say "kijk naar de nieuwste sms".

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::read_aloud::SpeakButton;
use crate::{
    i18n::{k, practice, practice_with},
    practice::kit::phone::Message,
    ui::{
        i18n::use_i18n,
        icon::Icon,
        practice::{controls::WaitButton, lit, Highlight},
    },
};

#[component]
pub fn Phone(
    #[prop(into)] messages: Signal<Vec<Message>>,
    #[prop(into)] minutes: Signal<u32>,
    #[prop(into)] highlight: Highlight,
    /// Pretends ten minutes have passed.
    on_wait: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let banner = RwSignal::new(false);
    // A new message shows the banner; so does a message already there
    // when the screen opens (a reload in the middle of a lesson).
    // `armed`: the click that brought the message is over.
    let armed = StoredValue::new(false);
    Effect::new(move |seen: Option<usize>| {
        let count = messages.with(Vec::len);
        if count > seen.unwrap_or(0) {
            banner.set(true);
            armed.set_value(false);
            request_animation_frame(move || armed.set_value(true));
        }
        count
    });
    // A notice's banner goes at the learner's next click elsewhere.
    let next_click = window_event_listener(leptos::ev::click, move |ev| {
        let on_banner = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| e.closest(".sms-banner").ok().flatten().is_some());
        let notice = messages.with_untracked(|m| m.last().is_some_and(|m| !m.banner_stays()));
        if armed.get_value() && notice && !on_banner {
            banner.set(false);
        }
    });
    on_cleanup(move || next_click.remove());
    let age = move |sent_at: u32| {
        let ago = minutes.get().saturating_sub(sent_at);
        let days = crate::practice::kit::clock::whole_days(ago);
        if ago == 0 {
            crate::i18n::tr(i18n.lang(), k::PHONE_JUST_NOW)
        } else if days > 0 {
            crate::i18n::tr_count(i18n.lang(), k::PHONE_DAYS_AGO, "days", days as usize)
        } else {
            crate::i18n::tr_with(
                i18n.lang(),
                k::PHONE_MINUTES_AGO,
                "minutes",
                ago.to_string(),
            )
        }
    };
    let list = move || {
        let items = messages.get();
        if items.is_empty() {
            return view! { <p class="phone-empty">{i18n.t(k::PHONE_EMPTY)}</p> }.into_any();
        }
        let sms = items
            .into_iter()
            .rev()
            .enumerate()
            .map(|(i, sms)| {
                let text = practice_with(sms.text, "code", sms.code);
                let from = practice(sms.from);
                let sent_at = sms.sent_at;
                view! {
                    <li class="sms" class:newest=i == 0>
                        <span class="sms-head">
                            <span class="sms-from" lang="nl" dir="ltr">{from}</span>
                            {(i == 0).then(|| view! { <span class="sms-new">{i18n.t(k::PHONE_NEW)}</span> })}
                            <span class="sms-time">{move || age(sent_at)}</span>
                        </span>
                        <span class="sms-text" lang="nl" dir="ltr">{text.clone()}</span>
                        <SpeakButton text />
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="sms-list">{sms}</ul> }.into_any()
    };
    let newest = move || {
        messages.with(|m| {
            m.last().map(|sms| {
                (
                    practice(sms.from),
                    practice_with(sms.text, "code", sms.code.clone()),
                )
            })
        })
    };
    let show_banner = move || banner.get() && !open.get();
    let waited = move || {
        let m = minutes.get();
        let days = crate::practice::kit::clock::whole_days(m);
        (m > 0).then(|| {
            if days > 0 {
                crate::i18n::tr_count(i18n.lang(), k::PHONE_WAITED_DAYS, "days", days as usize)
            } else {
                crate::i18n::tr_with(i18n.lang(), k::PHONE_WAITED, "minutes", m.to_string())
            }
        })
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
            on:click=move |_| {
                banner.set(false);
                open.update(|o| *o = !*o);
            }
        >
            <Icon name="phone" />
            <span>{i18n.t(k::PHONE_OPEN)}</span>
        </button>
        <div class="sms-banner" class:shown=show_banner>
            <Icon name="phone" />
            <div class="sms-banner-text">
                <p class="sms-head">
                    <span class="sms-from" lang="nl" dir="ltr">{move || newest().map(|(from, _)| from)}</span>
                    <span class="sms-new">{i18n.t(k::PHONE_NEW)}</span>
                </p>
                <p class="sms-text" lang="nl" dir="ltr">{move || newest().map(|(_, text)| text)}</p>
            </div>
            <button class="sms-banner-close" type="button" on:click=move |_| banner.set(false)>
                {i18n.t(k::PHONE_BANNER_CLOSE)}
            </button>
        </div>
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

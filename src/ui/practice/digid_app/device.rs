//! The simulated phone: its frame, the home screen, the practice app
//! store, the text messages and the browser. The DigiD app's own screens
//! are in `app.rs`. The home button always leads out, like a real phone.

use leptos::prelude::*;

use super::{action_button, app, web::Website, AppCtx};
use crate::{
    i18n::{k, p, practice, practice_with},
    practice::digid_app::{Action, PhoneScreen as P},
    ui::{i18n::use_i18n, practice::lit},
};

/// The phone, showing whatever screen the state says.
#[component]
pub fn Device(ctx: AppCtx) -> impl IntoView {
    let i18n = use_i18n();
    let screen = Memo::new(move |_| ctx.state.with(|s| s.phone));
    let acted = super::keep_focus(ctx, screen, ["pin", "screen-title"]);
    view! {
        <section
            class="device"
            id=ctx.id("device")
            aria-labelledby=ctx.id("device-title")
            data-keeps-focus
            on:pointerdown=move |_| acted.set_value(true)
            on:keydown=move |_| acted.set_value(true)
        >
            <h2 class="visually-hidden" id=ctx.id("device-title")>{i18n.t(k::PHONE_TITLE)}</h2>
            <div class="device-bar" lang="nl" dir="ltr">
                <span class="device-mark">{practice(p::DEV_MARK)}</span>
                <span aria-hidden="true">{practice(p::DEV_CLOCK)}</span>
            </div>
            <div class="device-screen" lang="nl" dir="ltr">
                {move || sms_banner(ctx, screen.get())}
                {move || match screen.get() {
                    P::Home => home(ctx).into_any(),
                    P::Store => store(ctx).into_any(),
                    P::Messages => messages(ctx).into_any(),
                    P::Browser => view! { <Website ctx /> }.into_any(),
                    other => app::screen(ctx, other).into_any(),
                }}
            </div>
            <button
                class="device-home"
                type="button"
                id=ctx.id("home")
                class:highlight=lit(ctx.highlight, "home")
                aria-label=practice(p::DEV_HOME)
                on:click=move |_| ctx.send(Action::GoHome)
            >
                <span aria-hidden="true"></span>
            </button>
        </section>
    }
}

/// A new SMS shows at the top while the app waits for its code, as on a
/// real phone, so the learner need not leave the app.
fn sms_banner(ctx: AppCtx, screen: P) -> Option<impl IntoView> {
    if screen != P::SmsCode {
        return None;
    }
    let code = ctx.state.with(|s| s.latest_sms().map(str::to_owned))?;
    Some(view! {
        <p class="dev-notice" role="status">
            <strong>"DigiD "</strong>
            <span class="sms-new">{practice(p::DEV_SMS_NEW)}</span>
            " "
            {practice_with(p::APP_SMS_MESSAGE, "code", code)}
        </p>
    })
}

/// The home screen: a grid of app icons.
fn home(ctx: AppCtx) -> impl IntoView {
    let icon = move |target: &'static str,
                     mark: &'static str,
                     label: &'static str,
                     action: Action| {
        view! {
            <li>
                <button
                    class="dev-icon"
                    type="button"
                    id=ctx.id(target)
                    class:highlight=lit(ctx.highlight, target)
                    on:click=move |_| ctx.send(action.clone())
                >
                    <span class=format!("dev-icon-mark {target}") aria-hidden="true">{mark}</span>
                    <span>{practice(label)}</span>
                </button>
            </li>
        }
    };
    let installed = move || ctx.state.with(|s| s.installed);
    let no_computer = move || ctx.state.with(|s| !s.computer);
    view! {
        <h3 class="visually-hidden" id=ctx.id("screen-title") tabindex="-1">
            {practice(p::DEV_HOME)}
        </h3>
        <ul class="dev-home">
            {icon("store", "▲", p::DEV_STORE, Action::OpenStore)}
            {icon("messages-icon", "✉", p::DEV_MESSAGES, Action::OpenMessages)}
            {move || no_computer().then(|| icon("browser-icon", "◎", p::DEV_BROWSER, Action::OpenBrowser))}
            {move || installed().then(|| icon("app-icon", "D", p::DEV_DIGID, Action::OpenApp))}
        </ul>
    }
}

/// The practice app store, on the DigiD app's page.
fn store(ctx: AppCtx) -> impl IntoView {
    let installed = move || ctx.state.with(|s| s.installed);
    view! {
        <div class="store">
            <h3 class="store-title" id=ctx.id("screen-title") tabindex="-1">{practice(p::STORE_TITLE)}</h3>
            <div class="store-app">
                <span class="dev-icon-mark app-icon" aria-hidden="true">"D"</span>
                <div>
                    <p class="store-name">{practice(p::STORE_APP_NAME)}</p>
                    <p class="store-maker">{practice(p::STORE_APP_MAKER)}</p>
                </div>
            </div>
            <p>{practice(p::STORE_APP_TEXT)}</p>
            {move || if installed() {
                view! {
                    <p class="store-done">"✓ "{practice(p::STORE_INSTALLING)}</p>
                    {action_button(ctx, "open", "ps-button", p::STORE_OPEN, Action::OpenApp)}
                }
                .into_any()
            } else {
                action_button(ctx, "install", "ps-button", p::STORE_INSTALL, Action::Install).into_any()
            }}
            <p class="store-note">{practice(p::STORE_NOTE)}</p>
        </div>
    }
}

/// The text messages, newest first.
fn messages(ctx: AppCtx) -> impl IntoView {
    let list = move || {
        let items = ctx.state.with(|s| s.messages.clone());
        if items.is_empty() {
            return view! { <p>{practice(p::DEV_MESSAGES_EMPTY)}</p> }.into_any();
        }
        let sms = items
            .into_iter()
            .rev()
            .enumerate()
            .map(|(i, sms)| {
                // The newest is marked, as the app's messages say
                // "kijk naar de nieuwste sms".
                view! {
                    <li class="sms" class:newest=i == 0>
                        <span class="sms-head">
                            <span class="sms-from">"DigiD"</span>
                            {(i == 0).then(|| view! { <span class="sms-new">{practice(p::DEV_SMS_NEW)}</span> })}
                        </span>
                        <span class="sms-text">{practice_with(p::APP_SMS_MESSAGE, "code", sms.code)}</span>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="sms-list">{sms}</ul> }.into_any()
    };
    view! {
        <h3 class="dev-title" id=ctx.id("screen-title") tabindex="-1">{practice(p::DEV_MESSAGES)}</h3>
        {list}
    }
}

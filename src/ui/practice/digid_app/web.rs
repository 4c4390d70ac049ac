//! "Mijn Oefenzorg", the practice website that asks for a DigiD login:
//! on the computer it shows the koppelcode and then the QR code; in the
//! phone's browser it hands over to the app on the same phone.

use leptos::prelude::*;

use super::{action_button, option_button, problem_box, AppCtx};
use crate::{
    i18n::{p, practice, practice_with},
    practice::{
        card::CARD,
        digid_app::{Action, DigidApp, PhoneScreen, WebScreen},
        qr,
    },
    ui::practice::lit,
};

#[component]
pub fn Website(ctx: AppCtx) -> impl IntoView {
    let screen = Memo::new(move |_| ctx.state.with(|s| s.web));
    let acted = super::keep_focus(ctx, screen, ["web-title", "web-title"]);
    view! {
        <div
            class="ps web"
            data-theme="digid"
            data-keeps-focus
            on:pointerdown=move |_| acted.set_value(true)
            on:keydown=move |_| acted.set_value(true)
        >
            <header class="ps-header">
                <span class="ps-mark web-mark" aria-hidden="true">"Z"</span>
                <span class="ps-brand">{practice(p::WEB_BRAND)}</span>
            </header>
            {move || match screen.get() {
                WebScreen::Login => login(ctx).into_any(),
                WebScreen::Koppelcode => koppelcode(ctx).into_any(),
                WebScreen::Qr => qr_code(ctx).into_any(),
                WebScreen::WaitingForApp => view! {
                    <h3 class="ps-title" id=ctx.id("web-title") tabindex="-1">{practice(p::WEB_KOPPEL_TITLE)}</h3>
                    <p class="web-waiting">{practice(p::WEB_WAITING)}</p>
                }
                .into_any(),
                WebScreen::LoggedIn => logged_in(ctx).into_any(),
            }}
        </div>
    }
}

fn login(ctx: AppCtx) -> impl IntoView {
    view! {
        <h3 class="ps-title" id=ctx.id("web-title") tabindex="-1">{practice(p::WEB_LOGIN_TITLE)}</h3>
        <p>{practice(p::WEB_LOGIN_TEXT)}</p>
        {problem_box(ctx, |s| s.web_problem, "web-error")}
        <div class="ps-options">
            {option_button(ctx, "web-app", p::WEB_APP, p::WEB_APP_TEXT, Action::WebChooseApp)}
            {option_button(ctx, "web-sms", p::WEB_SMS, p::WEB_SMS_TEXT, Action::WebChooseSms)}
        </div>
    }
}

/// The expired message and "Nieuwe koppelcode", when `expired` says so.
fn expired_box(ctx: AppCtx, expired: fn(&DigidApp) -> bool, text: &'static str) -> impl IntoView {
    move || {
        ctx.state.with(expired).then(|| {
            view! {
                <div class="ps-error" role="alert">
                    <p>{practice(text)}</p>
                </div>
                {action_button(ctx, "new-koppelcode", "ps-button", p::WEB_NEW_KOPPELCODE, Action::NewKoppelcode)}
            }
        })
    }
}

fn koppelcode(ctx: AppCtx) -> impl IntoView {
    let code = move || {
        ctx.state
            .with(|s| s.koppel.as_ref().map(|k| k.code.clone()))
            .unwrap_or_default()
    };
    let expired = move || ctx.state.with(DigidApp::koppelcode_expired);
    view! {
        <h3 class="ps-title" id=ctx.id("web-title") tabindex="-1">{practice(p::WEB_KOPPEL_TITLE)}</h3>
        <ol class="web-steps">
            <li>{practice(p::WEB_KOPPEL_STEP_1)}</li>
            <li>{practice(p::WEB_KOPPEL_STEP_2)}</li>
            <li>{practice(p::WEB_KOPPEL_STEP_3)}</li>
        </ol>
        <p
            class="koppelcode"
            class:expired=expired
            id=ctx.id("web-koppelcode")
            class:highlight=lit(ctx.highlight, "web-koppelcode")
        >
            <span class="visually-hidden">{practice(p::WEB_KOPPEL_CODE)}": "</span>
            {code}
        </p>
        <p class="hint">{practice(p::WEB_KOPPEL_VALID)}</p>
        {expired_box(ctx, DigidApp::koppelcode_expired, p::WEB_KOPPEL_EXPIRED)}
        {action_button(ctx, "web-cancel", "ps-link", p::WEB_CANCEL, Action::WebCancel)}
    }
}

fn qr_code(ctx: AppCtx) -> impl IntoView {
    let picture = move || {
        let code = ctx
            .state
            .with(|s| s.koppel.as_ref().map(|k| k.code.clone()))
            .unwrap_or_default();
        let qr = qr::encode(&practice_with(p::WEB_QR_CONTENT, "code", code))?;
        let view_box = format!("0 0 {0} {0}", qr.size);
        Some(view! {
            <svg class="qr" viewBox=view_box role="img" aria-label=practice(p::WEB_QR_LABEL) shape-rendering="crispEdges">
                <rect width="100%" height="100%" fill="#fff" />
                <path d=qr.path fill="#000" />
            </svg>
        })
    };
    let expired = move || ctx.state.with(DigidApp::qr_expired);
    let aiming = move || ctx.state.with(|s| s.phone == PhoneScreen::Scan);
    view! {
        <h3 class="ps-title" id=ctx.id("web-title") tabindex="-1">{practice(p::WEB_QR_TITLE)}</h3>
        <p>{practice(p::WEB_QR_TEXT)}</p>
        <div
            class="qr-box"
            class:expired=expired
            class:aim=aiming
            id=ctx.id("web-qr")
            class:highlight=lit(ctx.highlight, "web-qr")
            // Pointing at the code with the phone: a click on the code
            // scans it too (the phone's own button does it by keyboard).
            on:click=move |_| {
                if aiming() {
                    ctx.send(Action::Scan);
                }
            }
        >
            {picture}
        </div>
        {expired_box(ctx, DigidApp::qr_expired, p::WEB_QR_EXPIRED)}
        {action_button(ctx, "web-cancel", "ps-link", p::WEB_CANCEL, Action::WebCancel)}
    }
}

fn logged_in(ctx: AppCtx) -> impl IntoView {
    view! {
        <div class="ps-welcome">
            <h3 class="ps-title" id=ctx.id("web-title") tabindex="-1">{practice_with(p::WEB_WELCOME, "name", CARD.first_name)}</h3>
            <p>{practice(p::WEB_WELCOME_TEXT)}</p>
            <p>{practice(p::WEB_WELCOME_APP)}</p>
        </div>
    }
}

//! The DigiD app's own screens on the phone: activating (login, SMS,
//! letter or ID check, PIN), logging in (koppelcode, scan, confirm, PIN)
//! and the ways back when something went wrong (blocked, forgotten PIN,
//! lost or new phone).

use leptos::prelude::*;

use super::{action_button, on_submit, option_button, problem_box, text_field, AppCtx};
use crate::{
    i18n::{p, practice, practice_with},
    practice::digid_app::{Action, IdCheck, PhoneScreen as P, PIN_LEN},
    ui::{practice::lit, prefs::use_prefs},
};

/// One app screen, with the app's header, a way back and the problem box.
pub fn screen(ctx: AppCtx, screen: P) -> impl IntoView {
    let has_back = ctx.state.with_untracked(|s| s.previous_screen().is_some());
    let back = has_back.then(|| {
        view! {
            <button class="app-back" type="button" on:click=move |_| ctx.send(Action::AppBack)>
                "‹ "{practice(p::APP_BACK)}
            </button>
        }
    });
    let body = match screen {
        P::Welcome => welcome(ctx).into_any(),
        P::Login => login(ctx).into_any(),
        P::Method => method(ctx).into_any(),
        P::SmsCode => code(ctx, true).into_any(),
        P::Letter => code(ctx, false).into_any(),
        P::IdCheck => id_check(ctx).into_any(),
        P::ChoosePin => pin_screen(ctx, p::APP_CHOOSE_PIN_TITLE, p::APP_CHOOSE_PIN_TEXT).into_any(),
        P::ConfirmPin => {
            pin_screen(ctx, p::APP_CONFIRM_PIN_TITLE, p::APP_CONFIRM_PIN_TEXT).into_any()
        }
        P::Pin => pin_login(ctx).into_any(),
        P::Activated => activated(ctx).into_any(),
        P::AppHome => app_home(ctx).into_any(),
        P::Koppelcode => koppelcode(ctx).into_any(),
        P::Scan => scan(ctx).into_any(),
        P::Confirm => confirm(ctx).into_any(),
        P::Done => done(ctx).into_any(),
        P::Blocked => blocked(ctx).into_any(),
        P::ForgotPin => forgot(ctx).into_any(),
        P::Help => help(ctx).into_any(),
        P::Home | P::Store | P::Messages | P::Browser => ().into_any(),
    };
    view! {
        <div class="app">
            <header class="app-header">
                {back}
                <span class="app-brand"><span class="app-mark" aria-hidden="true">"D"</span>{practice(p::APP_BRAND)}</span>
            </header>
            {problem_box(ctx, |s| s.problem, "app-error")}
            {body}
        </div>
    }
}

fn title(ctx: AppCtx, key: &'static str) -> impl IntoView {
    view! { <h3 class="app-title" id=ctx.id("screen-title") tabindex="-1">{practice(key)}</h3> }
}

fn text(key: &'static str) -> impl IntoView {
    view! { <p>{practice(key)}</p> }
}

fn welcome(ctx: AppCtx) -> impl IntoView {
    view! {
        {title(ctx, p::APP_WELCOME_TITLE)}
        {text(p::APP_WELCOME_TEXT)}
        {text(p::APP_WELCOME_TEXT_2)}
        {action_button(ctx, "start", "ps-button", p::APP_START, Action::StartActivation)}
    }
}

fn login(ctx: AppCtx) -> impl IntoView {
    view! {
        {title(ctx, p::APP_LOGIN_TITLE)}
        {text(p::APP_LOGIN_TEXT)}
        <form class="ps-form" on:submit=on_submit(ctx, Action::SubmitAppLogin) novalidate>
            {text_field(ctx, "app-username", p::APP_USERNAME, "text", |s| s.username.clone(), Action::AppUsername)}
            {text_field(ctx, "app-password", p::APP_PASSWORD, "password", |s| s.password.clone(), Action::AppPassword)}
            <button class="ps-button" type="submit" id=ctx.id("app-login") class:highlight=lit(ctx.highlight, "app-login")>
                {practice(p::APP_LOGIN_BUTTON)}
            </button>
        </form>
    }
}

fn method(ctx: AppCtx) -> impl IntoView {
    view! {
        {title(ctx, p::APP_METHOD_TITLE)}
        <div class="ps-options">
            {option_button(ctx, "method-sms", p::APP_METHOD_SMS, p::APP_METHOD_SMS_TEXT, Action::ChooseSmsActivation)}
            {option_button(ctx, "method-letter", p::APP_METHOD_LETTER, p::APP_METHOD_LETTER_TEXT, Action::ChooseLetterActivation)}
            {option_button(ctx, "method-id", p::APP_METHOD_ID, p::APP_METHOD_ID_TEXT, Action::ChooseIdCheck)}
        </div>
    }
}

/// The activation code from the SMS (`sms`) or from the letter.
fn code(ctx: AppCtx, sms: bool) -> impl IntoView {
    let (heading, intro, label) = if sms {
        (p::APP_SMS_TITLE, p::APP_SMS_TEXT, p::APP_SMS_LABEL)
    } else {
        (p::APP_LETTER_TITLE, p::APP_LETTER_TEXT, p::APP_LETTER_LABEL)
    };
    view! {
        {title(ctx, heading)}
        {text(intro)}
        {(!sms).then(|| text(p::APP_LETTER_TEXT_2))}
        <form class="ps-form" on:submit=on_submit(ctx, Action::SubmitActivationCode) novalidate>
            {text_field(ctx, "app-code", label, "text", |s| s.code.clone(), Action::ActivationCode)}
            <button class="ps-button" type="submit" id=ctx.id("app-submit-code") class:highlight=lit(ctx.highlight, "app-submit-code")>
                {practice(p::APP_CODE_BUTTON)}
            </button>
        </form>
        {sms.then(|| action_button(ctx, "resend", "ps-link", p::APP_SMS_RESEND, Action::ResendSms))}
    }
}

/// Holding the practice ID card to the phone: an animation, then done.
fn id_check(ctx: AppCtx) -> impl IntoView {
    let prefs = use_prefs();
    let reading = move || ctx.state.with(|s| s.id_check == IdCheck::Reading);
    let hold = move |_| {
        ctx.send(Action::HoldCard);
        let calm = prefs.peek(|s| s.settings.reduce_motion);
        let wait = std::time::Duration::from_millis(if calm { 300 } else { 1600 });
        set_timeout(move || ctx.send(Action::CardRead), wait);
    };
    view! {
        {title(ctx, p::APP_ID_TITLE)}
        {text(p::APP_ID_TEXT)}
        <div class="id-stage" class:reading=reading aria-hidden="true">
            <span class="id-card">{practice(p::APP_ID_CARD)}</span>
        </div>
        <p class="id-status" role="status">{move || reading().then(|| practice(p::APP_ID_READING))}</p>
        <button
            class="ps-button"
            type="button"
            id=ctx.id("hold-card")
            class:highlight=lit(ctx.highlight, "hold-card")
            disabled=reading
            on:click=hold
        >
            {practice(p::APP_ID_HOLD)}
        </button>
    }
}

/// The PIN typed so far, as dots, a field and a keypad.
fn pin_pad(ctx: AppCtx) -> impl IntoView {
    let entry = move || ctx.state.with(|s| s.pin_entry.clone());
    let dots = move || {
        let typed = ctx.state.with(|s| s.pin_entry.len());
        (0..PIN_LEN)
            .map(|i| view! { <span class="pin-dot" class:filled=i < typed></span> })
            .collect_view()
    };
    let key = move |label: &'static str| {
        let press = move |_| {
            let mut typed = entry();
            if label == "⌫" {
                typed.pop();
            } else {
                typed.push_str(label);
            }
            ctx.send(Action::Pin(typed));
        };
        let name = (label == "⌫").then(|| practice(p::APP_PIN_ERASE));
        view! {
            <button class="pin-key" type="button" aria-label=name on:click=press>{label}</button>
        }
    };
    let id = ctx.id("pin");
    view! {
        <div class="pin-dots" aria-hidden="true">{dots}</div>
        <div class="ps-field pin-field">
            <label for=id.clone()>{practice(p::APP_PIN_LABEL)}</label>
            <input
                id=id
                type="password"
                inputmode="numeric"
                autocomplete="off"
                maxlength="5"
                class:highlight=lit(ctx.highlight, "pin")
                aria-invalid=move || ctx.state.with(|s| s.problem.is_some()).to_string()
                aria-describedby=move || ctx.state.with(|s| s.problem.is_some()).then(|| ctx.id("app-error"))
                prop:value=entry
                on:input=move |ev| ctx.send(Action::Pin(event_target_value(&ev)))
            />
        </div>
        <p class="visually-hidden" aria-live="polite">
            {move || practice_with(p::APP_PIN_TYPED, "count", entry().len().to_string())}
        </p>
        <div class="pin-keys">
            {["1", "2", "3", "4", "5", "6", "7", "8", "9"].map(key)}
            <span></span>
            {key("0")}
            {key("⌫")}
        </div>
    }
}

fn pin_screen(ctx: AppCtx, heading: &'static str, intro: &'static str) -> impl IntoView {
    view! {
        {title(ctx, heading)}
        {text(intro)}
        {pin_pad(ctx)}
    }
}

fn pin_login(ctx: AppCtx) -> impl IntoView {
    view! {
        {title(ctx, p::APP_PIN_TITLE)}
        {text(p::APP_PIN_TEXT)}
        {pin_pad(ctx)}
        {action_button(ctx, "forgot-pin", "ps-link", p::APP_FORGOT_PIN, Action::ForgotPin)}
    }
}

fn activated(ctx: AppCtx) -> impl IntoView {
    view! {
        <div class="ps-welcome">
            {title(ctx, p::APP_ACTIVATED_TITLE)}
            {text(p::APP_ACTIVATED_TEXT)}
        </div>
        {action_button(ctx, "activated-next", "ps-button", p::APP_ACTIVATED_NEXT, Action::AppActivatedNext)}
    }
}

fn app_home(ctx: AppCtx) -> impl IntoView {
    view! {
        {title(ctx, p::APP_HOME_TITLE)}
        {text(p::APP_HOME_TEXT)}
        {text(p::APP_HOME_TEXT_2)}
        {action_button(ctx, "koppel-start", "ps-button", p::APP_KOPPEL_START, Action::StartKoppel)}
        <div class="app-links">
            {action_button(ctx, "forgot-pin", "ps-link", p::APP_FORGOT_PIN, Action::ForgotPin)}
            {action_button(ctx, "help", "ps-link", p::APP_HELP_LINK, Action::OpenHelp)}
        </div>
    }
}

fn koppelcode(ctx: AppCtx) -> impl IntoView {
    view! {
        {title(ctx, p::APP_KOPPEL_TITLE)}
        {text(p::APP_KOPPEL_TEXT)}
        <p class="app-warning">{practice(p::APP_KOPPEL_WARNING)}</p>
        <form class="ps-form" on:submit=on_submit(ctx, Action::SubmitKoppelcode) novalidate>
            {text_field(ctx, "koppelcode", p::APP_KOPPEL_LABEL, "text", |s| s.koppel_entry.clone(), Action::Koppelcode)}
            <button class="ps-button" type="submit" id=ctx.id("koppel-submit") class:highlight=lit(ctx.highlight, "koppel-submit")>
                {practice(p::APP_KOPPEL_BUTTON)}
            </button>
        </form>
    }
}

fn scan(ctx: AppCtx) -> impl IntoView {
    view! {
        {title(ctx, p::APP_SCAN_TITLE)}
        {text(p::APP_SCAN_TEXT)}
        <div class="viewfinder" role="img" aria-label=practice(p::APP_SCAN_VIEW)>
            <span class="viewfinder-line"></span>
        </div>
        {action_button(ctx, "scan", "ps-button", p::APP_SCAN_BUTTON, Action::Scan)}
    }
}

fn confirm(ctx: AppCtx) -> impl IntoView {
    view! {
        {title(ctx, p::APP_CONFIRM_TITLE)}
        {text(p::APP_CONFIRM_TEXT)}
        {action_button(ctx, "confirm", "ps-button", p::APP_CONFIRM_YES, Action::ConfirmLogin)}
        {action_button(ctx, "cancel-login", "ps-link", p::APP_CONFIRM_NO, Action::CancelLogin)}
    }
}

fn done(ctx: AppCtx) -> impl IntoView {
    let computer = ctx.state.with_untracked(|s| s.computer);
    view! {
        <div class="ps-welcome">
            {title(ctx, p::APP_DONE_TITLE)}
            {text(if computer { p::APP_DONE_COMPUTER } else { p::APP_DONE_PHONE })}
        </div>
        {(!computer).then(|| action_button(ctx, "back-to-browser", "ps-button", p::APP_DONE_BACK, Action::BackToBrowser))}
    }
}

fn blocked(ctx: AppCtx) -> impl IntoView {
    view! {
        {title(ctx, p::APP_BLOCKED_TITLE)}
        <div class="ps-error">
            {text(p::APP_BLOCKED_TEXT)}
            {text(p::APP_BLOCKED_TEXT_2)}
            {text(p::APP_BLOCKED_TEXT_3)}
        </div>
        {action_button(ctx, "reactivate", "ps-button", p::APP_REACTIVATE, Action::Reactivate)}
        {action_button(ctx, "help", "ps-link", p::APP_HELP_LINK, Action::OpenHelp)}
    }
}

fn forgot(ctx: AppCtx) -> impl IntoView {
    view! {
        {title(ctx, p::APP_FORGOT_TITLE)}
        {text(p::APP_FORGOT_TEXT)}
        {text(p::APP_FORGOT_TEXT_2)}
        {action_button(ctx, "reactivate", "ps-button", p::APP_REACTIVATE, Action::Reactivate)}
    }
}

fn help(ctx: AppCtx) -> impl IntoView {
    view! {
        {title(ctx, p::APP_HELP_TITLE)}
        {text(p::APP_HELP_NEW)}
        {text(p::APP_HELP_NEW_2)}
        {text(p::APP_HELP_LOST)}
        {text(p::APP_HELP_LOST_2)}
        {text(p::APP_HELP_LOST_3)}
    }
}

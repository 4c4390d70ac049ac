//! Getting in: the portal's login page, DigiD (oefenen) inside it, the
//! first visit's terms and mobile number, and the idle-time warning.

use leptos::prelude::*;

use super::{GpCtx, Word};
use crate::{
    i18n::{p, practice},
    practice::gp::{Action, Gp},
    ui::practice::{
        controls,
        digid_web::DigidWebScreen,
        kit::{alert_dialog, DialogButton},
        lit,
    },
};

/// The login page; after logging out it says so first.
pub fn start(ctx: GpCtx, after_logout: bool) -> impl IntoView {
    let (title, text) = if after_logout {
        (p::GP_LOGGED_OUT_TITLE, p::GP_LOGGED_OUT_TEXT)
    } else {
        (p::GP_START_TITLE, p::GP_START_TEXT)
    };
    view! {
        <h2 class="ps-title">{practice(title)}</h2>
        <p>{practice(text)}</p>
        {ctx.button("digid-login", "ps-button", practice(p::GP_DIGID_LOGIN), Action::StartDigid)}
        <p class="ps-hint">{practice(p::GP_OWN_LOGIN_TEXT)}</p>
        {ctx.button("own-login", "ps-secondary", practice(p::GP_OWN_LOGIN), Action::StartOwn)}
        <p class="ps-hint">{practice(p::GP_START_HELP)}</p>
        <p class="ps-hint">{practice(p::GP_PRACTICE_PHONE)}</p>
    }
}

/// DigiD (oefenen) itself, as the portal sends the learner there.
pub fn digid(ctx: GpCtx) -> impl IntoView {
    let state = Signal::derive(move || ctx.state.with(|s| s.login.digid.clone()));
    let on_action = Callback::new(move |a| ctx.send(Action::Digid(a)));
    view! {
        <div class="gp-digid">
            <DigidWebScreen
                state
                on_action
                highlight=ctx.highlight
                prefix=ctx.prefix
                service=crate::practice::gp::words::key(ctx.look(), Word::Brand)
            />
        </div>
    }
}

/// The portal's own account: e-mail address and password.
pub fn own_login(ctx: GpCtx) -> impl IntoView {
    let field = |name, label, kind, value: fn(&Gp) -> String, action: fn(String) -> Action| {
        controls::text_field(
            ctx,
            name,
            label,
            kind,
            value,
            action,
            |s: &Gp| s.problem.is_some(),
            "error",
        )
    };
    view! {
        {ctx.title(p::GP_OWN_TITLE)}
        {ctx.problem_box()}
        <form class="ps-form" on:submit=controls::submit(ctx, Action::SubmitOwn) novalidate>
            {field("email", p::GP_OWN_EMAIL, "email", |s| s.email.clone(), Action::Email)}
            {field("own-password", p::GP_OWN_PASSWORD, "password", |s| s.own_password.clone(), Action::OwnPassword)}
            <button class="ps-button" type="submit" id=ctx.id("own-submit") class:highlight=lit(ctx.highlight, "own-submit")>
                {practice(p::GP_OWN_SUBMIT)}
            </button>
        </form>
        <p class="ps-hint">{practice(p::GP_START_HELP)}</p>
    }
}

/// The code the portal sent to the phone.
pub fn own_code(ctx: GpCtx) -> impl IntoView {
    view! {
        {ctx.title(p::GP_OWN_CODE_TITLE)}
        <p>{practice(p::GP_OWN_CODE_TEXT)}</p>
        {ctx.problem_box()}
        <form class="ps-form" on:submit=controls::submit(ctx, Action::SubmitOwnCode) novalidate>
            {controls::text_field(
                ctx,
                "own-code",
                p::GP_OWN_CODE,
                "text",
                |s: &Gp| s.own_code.clone(),
                Action::OwnCode,
                |s: &Gp| s.problem.is_some(),
                "error",
            )}
            <button class="ps-button" type="submit" id=ctx.id("own-code-submit") class:highlight=lit(ctx.highlight, "own-code-submit")>
                {practice(p::GP_OWN_SUBMIT)}
            </button>
        </form>
        {ctx.button("own-resend", "ps-link", practice(p::GP_OWN_RESEND), Action::ResendOwnCode)}
    }
}

pub fn terms(ctx: GpCtx) -> impl IntoView {
    let ticked = move || ctx.state.with(|s| s.terms_ticked);
    let id = ctx.id("terms-tick");
    view! {
        <h2 class="ps-title">{practice(p::GP_TERMS_TITLE)}</h2>
        <p>{practice(p::GP_TERMS_TEXT)}</p>
        {ctx.problem_box()}
        <p class="ps-tick">
            <input
                type="checkbox"
                id=id.clone()
                class:highlight=lit(ctx.highlight, "terms-tick")
                aria-invalid=move || ctx.has_problem().to_string()
                aria-describedby=move || ctx.has_problem().then(|| ctx.id("error"))
                prop:checked=ticked
                on:change=move |ev| ctx.send(Action::TickTerms(event_target_checked(&ev)))
            />
            <label for=id>{practice(p::GP_TERMS_TICK)}</label>
        </p>
        {ctx.button("terms-next", "ps-button", ctx.word(Word::Next), Action::AcceptTerms)}
    }
}

pub fn mobile(ctx: GpCtx) -> impl IntoView {
    view! {
        <h2 class="ps-title">{practice(p::GP_MOBILE_TITLE)}</h2>
        <p>{practice(p::GP_MOBILE_TEXT)}</p>
        <p class="gp-number" dir="ltr">{practice(p::GP_MOBILE_NUMBER)}</p>
        {ctx.button("mobile-right", "ps-button", practice(p::GP_MOBILE_RIGHT), Action::MobileRight)}
        <p class="ps-hint">{practice(p::GP_MOBILE_WRONG)}</p>
    }
}

/// "Wilt u ingelogd blijven?": over the page, which is inert meanwhile.
pub fn idle_dialog(ctx: GpCtx) -> impl IntoView {
    let button = |target: &'static str, class, label, action: Action| DialogButton {
        id: ctx.id(target),
        class,
        label,
        lit: Signal::derive(lit(ctx.highlight, target)),
        on_press: Callback::new(move |()| ctx.send(action.clone())),
    };
    alert_dialog(
        ctx.id("idle"),
        practice(p::GP_IDLE_TITLE),
        practice(p::GP_IDLE_TEXT),
        button(
            "stay",
            "ps-button",
            practice(p::GP_IDLE_STAY),
            Action::StayLoggedIn,
        ),
        button(
            "idle-logout",
            "ps-link",
            ctx.word(Word::Logout),
            Action::Logout,
        ),
    )
}

/*!
"DigiD aanvragen" after the form is sent: the letter on its way, logging
in to activate, the code from the letter, and the two ends (active, or
blocked after too many wrong codes). The same form parts as the first
screens, from the parent module.
*/

use leptos::prelude::*;

use super::{
    action_button, back_button, field, guard_box, main_button, submit, ApplyCtx, CAPITALS, SECRET,
    TEXT,
};
use crate::{
    i18n::{p, practice},
    practice::digid_apply::{Action, Field},
    ui::read_aloud::SpeakButton,
};

pub(super) fn sent(ctx: ApplyCtx) -> impl IntoView {
    view! {
        <div class="ps-welcome">
            <h2 class="ps-title" id=ctx.id("title") tabindex="-1">{practice(p::APPLY_SENT_TITLE)}</h2>
            <p class="apply-letter-note">
                <span class="apply-envelope" aria-hidden="true"></span>
                <strong>{practice(p::APPLY_SENT_TEXT)}</strong>
            </p>
            <p>{practice(p::APPLY_SENT_TEXT_2)}</p>
            <p>{practice(p::APPLY_SENT_TEXT_3)}</p>
        </div>
        {action_button(ctx, "open-activation", p::APPLY_OPEN_ACTIVATION, "ps-button apply-next-step", Action::OpenActivation)}
    }
}

pub(super) fn activate_login(ctx: ApplyCtx) -> impl IntoView {
    view! {
        <h2 class="ps-title" id=ctx.id("title") tabindex="-1">{practice(p::APPLY_LOGIN_TITLE)}</h2>
        <p>{practice(p::APPLY_LOGIN_INTRO)}</p>
        {guard_box(ctx)}
        <form class="ps-form" on:submit=submit(ctx, Action::SubmitActivationLogin) novalidate>
            {field(ctx, Field::LoginUsername, p::APPLY_USERNAME, None, TEXT, |s| s.login_username.clone(), Action::ActivationUsername)}
            {field(ctx, Field::LoginPassword, p::APPLY_PASSWORD, None, SECRET, |s| s.login_password.clone(), Action::ActivationPassword)}
            {main_button(ctx, "activate-login", p::APPLY_LOGIN_BUTTON)}
        </form>
        {back_button(ctx)}
    }
}

pub(super) fn activate_code(ctx: ApplyCtx) -> impl IntoView {
    view! {
        <h2 class="ps-title" id=ctx.id("title") tabindex="-1">{practice(p::APPLY_CODE_TITLE)}</h2>
        <p>{practice(p::APPLY_CODE_INTRO)}</p>
        {guard_box(ctx)}
        <form class="ps-form" on:submit=submit(ctx, Action::SubmitActivationCode) novalidate>
            {field(ctx, Field::Code, p::APPLY_CODE_LABEL, Some(p::APPLY_CODE_HINT), CAPITALS, |s| s.code.clone(), Action::ActivationCode)}
            {main_button(ctx, "activate", p::APPLY_ACTIVATE)}
        </form>
        {back_button(ctx)}
    }
}

pub(super) fn active(ctx: ApplyCtx) -> impl IntoView {
    view! {
        <div class="ps-welcome apply-active">
            <span class="apply-check-mark" aria-hidden="true">"✓"</span>
            <h2 class="ps-title" id=ctx.id("title") tabindex="-1">{practice(p::APPLY_ACTIVE_TITLE)}</h2>
            <p>{practice(p::APPLY_ACTIVE_TEXT)}</p>
            <p>{practice(p::APPLY_ACTIVE_TEXT_2)}</p>
        </div>
    }
}

pub(super) fn blocked(ctx: ApplyCtx) -> impl IntoView {
    view! {
        <h2 class="ps-title" id=ctx.id("title") tabindex="-1">{practice(p::APPLY_BLOCKED_TITLE)}</h2>
        <div class="ps-error" role="alert">
            <p>{practice(p::APPLY_BLOCKED_TEXT)}</p>
            <p>{practice(p::APPLY_BLOCKED_TEXT_2)}</p>
        </div>
        <SpeakButton text=format!("{} {}", practice(p::APPLY_BLOCKED_TEXT), practice(p::APPLY_BLOCKED_TEXT_2)) />
        <button class="ps-button" type="button" on:click=move |_| ctx.send(Action::Restart)>
            {practice(p::FRAME_RESTART)}
        </button>
    }
}

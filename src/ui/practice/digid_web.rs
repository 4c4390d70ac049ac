/*!
"DigiD (oefenen)" on the web: thin views over [`DigidWeb`]. Each screen
reads the state and sends actions; all rules live in the state machine.
The look is an invented look-alike: same flow and words, no real logo.
*/

use leptos::{ev::SubmitEvent, prelude::*};

use super::{
    controls,
    kit::{ProblemBox, Shown},
    lit, Highlight, ScreenCtx,
};
use crate::ui::read_aloud::SpeakButton;
use crate::{
    i18n::{p, practice, practice_with},
    practice::{
        card::CARD,
        digid_web::{Action, DigidWeb, Problem, Screen},
    },
};

/// Everything a DigiD screen needs.
type DigidCtx = ScreenCtx<DigidWeb, Action>;

/// The whole practice service, switching screens as the state says.
#[component]
pub fn DigidWebScreen(
    #[prop(into)] state: Signal<DigidWeb>,
    on_action: Callback<Action>,
    #[prop(into)] highlight: Highlight,
    #[prop(default = "live")] prefix: &'static str,
    /// The practice text key of the website that asked for the login
    /// (DigiD names it, like the real one does).
    #[prop(default = p::DIGID_SERVICE)]
    service: &'static str,
) -> impl IntoView {
    let ctx = DigidCtx {
        state,
        on_action,
        highlight,
        prefix,
    };
    let screen = Memo::new(move |_| state.with(|s| s.screen));
    view! {
        <div class="ps" data-theme="digid">
            <header class="ps-header">
                <span class="ps-mark" aria-hidden="true">"D"</span>
                <span class="ps-brand">{practice(p::DIGID_BRAND)}</span>
            </header>
            {move || match screen.get() {
                Screen::Login => login(ctx, service).into_any(),
                Screen::ForgotPassword => forgot(ctx).into_any(),
                Screen::ResetCode => reset_code(ctx).into_any(),
                Screen::NewPassword => new_password(ctx).into_any(),
                Screen::PasswordChanged => password_changed(ctx).into_any(),
                Screen::ChooseMethod => choose(ctx).into_any(),
                Screen::SmsCode => code(ctx).into_any(),
                Screen::LoggedIn => logged_in().into_any(),
                Screen::Locked => locked(ctx).into_any(),
            }}
        </div>
    }
}

/// The kind, specific message for a problem (in Dutch, like the service).
fn problem_text(problem: Problem) -> Vec<String> {
    let one = |key| vec![practice(key)];
    match problem {
        Problem::EmptyUsername => one(p::DIGID_ERROR_EMPTY_USERNAME),
        Problem::EmptyPassword => one(p::DIGID_ERROR_EMPTY_PASSWORD),
        Problem::WrongLogin { tries_left } => vec![
            practice(p::DIGID_ERROR_WRONG_LOGIN),
            practice(p::DIGID_ERROR_WRONG_LOGIN_HELP),
            practice_with(p::DIGID_ERROR_TRIES_LEFT, "count", tries_left.to_string()),
        ],
        Problem::AppNotHere => one(p::DIGID_ERROR_APP_NOT_HERE),
        Problem::EmptyCode => one(p::DIGID_ERROR_EMPTY_CODE),
        Problem::CodeFormat => one(p::DIGID_ERROR_CODE_FORMAT),
        Problem::WrongCode => one(p::DIGID_ERROR_WRONG_CODE),
        Problem::OldCode => one(p::DIGID_ERROR_OLD_CODE),
        Problem::CodeExpired => vec![
            practice(p::DIGID_ERROR_CODE_EXPIRED),
            practice(p::DIGID_ERROR_CODE_EXPIRED_HELP),
        ],
        Problem::TooLong => one(p::DIGID_ERROR_TOO_LONG),
        Problem::UnknownUsername => one(p::DIGID_ERROR_UNKNOWN_USERNAME),
        Problem::PasswordRules => one(p::DIGID_ERROR_PASSWORD_RULES),
        Problem::PasswordsDiffer => one(p::DIGID_ERROR_PASSWORDS_DIFFER),
        Problem::RealData(_) => vec![],
    }
}

/// The problem box of a screen: the service's own error, or Oefenplein's
/// real-data warning.
fn problem_box(ctx: DigidCtx) -> impl IntoView {
    let shown = Signal::derive(move || {
        ctx.state.with(|s| s.problem).map(|problem| match problem {
            Problem::RealData(kind) => Shown::RealData(kind),
            other => Shown::Service(problem_text(other)),
        })
    });
    view! { <ProblemBox shown id=ctx.id("error") /> }
}

fn submit(ctx: DigidCtx, action: Action) -> impl Fn(SubmitEvent) + Clone {
    controls::submit(ctx, action)
}

/// A labelled text field bound to part of the state.
fn text_field(
    ctx: DigidCtx,
    name: &'static str,
    label_key: &'static str,
    kind: &'static str,
    value: fn(&DigidWeb) -> String,
    action: fn(String) -> Action,
) -> impl IntoView {
    controls::text_field(
        ctx,
        name,
        label_key,
        kind,
        value,
        action,
        |s| s.problem.is_some(),
        "error",
    )
}

fn login(ctx: DigidCtx, service: &'static str) -> impl IntoView {
    let service = practice(service);
    view! {
        <h2 class="ps-title">{practice_with(p::DIGID_LOGIN_TITLE, "service", service.clone())}</h2>
        <p>{practice_with(p::DIGID_LOGIN_INTRO, "service", service)}</p>
        {problem_box(ctx)}
        <form class="ps-form" on:submit=submit(ctx, Action::SubmitLogin) novalidate>
            {text_field(ctx, "username", p::DIGID_USERNAME, "text", |s| s.username.clone(), Action::Username)}
            {text_field(ctx, "password", p::DIGID_PASSWORD, "password", |s| s.password.clone(), Action::Password)}
            {submit_button(ctx, "login", p::DIGID_LOGIN_BUTTON)}
        </form>
        {link_button(ctx, "forgot", p::DIGID_FORGOT, Action::ForgotPassword)}
    }
}

fn forgot(ctx: DigidCtx) -> impl IntoView {
    view! {
        <h2 class="ps-title">{practice(p::DIGID_FORGOT_TITLE)}</h2>
        <p>{practice(p::DIGID_FORGOT_TEXT)}</p>
        <p>{practice(p::DIGID_FORGOT_TEXT_2)}</p>
        {problem_box(ctx)}
        <form class="ps-form" on:submit=submit(ctx, Action::SubmitResetUsername) novalidate>
            {text_field(ctx, "reset-username", p::DIGID_USERNAME, "text", |s| s.reset_username.clone(), Action::ResetUsername)}
            {submit_button(ctx, "reset-next", p::DIGID_RESET_NEXT)}
        </form>
        {link_button(ctx, "back-to-login", p::DIGID_FORGOT_BACK, Action::BackToLogin)}
    }
}

fn reset_code(ctx: DigidCtx) -> impl IntoView {
    view! {
        <h2 class="ps-title">{practice(p::DIGID_CODE_TITLE)}</h2>
        <p>{practice(p::DIGID_RESET_CODE_INTRO)}</p>
        {problem_box(ctx)}
        <form class="ps-form" on:submit=submit(ctx, Action::SubmitResetCode) novalidate>
            {text_field(ctx, "code", p::DIGID_CODE_LABEL, "text", |s| s.code.clone(), Action::Code)}
            {submit_button(ctx, "submit-code", p::DIGID_RESET_NEXT)}
        </form>
        {link_button(ctx, "resend", p::DIGID_RESEND, Action::ResendCode)}
        {back_button(ctx)}
    }
}

fn new_password(ctx: DigidCtx) -> impl IntoView {
    let rules = controls::password_rules(Signal::derive(move || {
        ctx.state.with(|s| s.new_password.clone())
    }));
    view! {
        <h2 class="ps-title">{practice(p::DIGID_NEW_TITLE)}</h2>
        {problem_box(ctx)}
        <form class="ps-form" on:submit=submit(ctx, Action::SubmitNewPassword) novalidate>
            {text_field(ctx, "new-password", p::DIGID_NEW_PASSWORD, "password", |s| s.new_password.clone(), Action::NewPassword)}
            <div class="rules" aria-live="polite">
                <p>{practice(p::DIGID_RULES)}</p>
                <ul>{rules}</ul>
            </div>
            {text_field(ctx, "repeat-password", p::DIGID_REPEAT_PASSWORD, "password", |s| s.repeat_password.clone(), Action::RepeatPassword)}
            {submit_button(ctx, "save-password", p::DIGID_SAVE_PASSWORD)}
        </form>
        {back_button(ctx)}
    }
}

fn password_changed(ctx: DigidCtx) -> impl IntoView {
    view! {
        <div class="ps-welcome">
            <h2 class="ps-title">{practice(p::DIGID_CHANGED_TITLE)}</h2>
            <p>{practice(p::DIGID_CHANGED_TEXT)}</p>
        </div>
        <button
            class="ps-button"
            type="button"
            id=ctx.id("back-to-login")
            class:highlight=lit(ctx.highlight, "back-to-login")
            on:click=move |_| ctx.send(Action::BackToLogin)
        >
            {practice(p::DIGID_FORGOT_BACK)}
        </button>
    }
}

fn choose(ctx: DigidCtx) -> impl IntoView {
    let option = move |target, title, text, action| {
        controls::option_button(ctx, target, title, text, action)
    };
    view! {
        <h2 class="ps-title">{practice(p::DIGID_CHOOSE_TITLE)}</h2>
        <p>{practice(p::DIGID_CHOOSE_INTRO)}</p>
        {problem_box(ctx)}
        <div class="ps-options">
            {option("sms", p::DIGID_CHOOSE_SMS, p::DIGID_CHOOSE_SMS_TEXT, Action::ChooseSms)}
            {option("app", p::DIGID_CHOOSE_APP, p::DIGID_CHOOSE_APP_TEXT, Action::ChooseApp)}
        </div>
        {back_button(ctx)}
    }
}

fn code(ctx: DigidCtx) -> impl IntoView {
    view! {
        <h2 class="ps-title">{practice(p::DIGID_CODE_TITLE)}</h2>
        <p>{practice(p::DIGID_CODE_INTRO)}</p>
        {problem_box(ctx)}
        <form class="ps-form" on:submit=submit(ctx, Action::SubmitCode) novalidate>
            {text_field(ctx, "code", p::DIGID_CODE_LABEL, "text", |s| s.code.clone(), Action::Code)}
            {submit_button(ctx, "submit-code", p::DIGID_CODE_BUTTON)}
        </form>
        {link_button(ctx, "resend", p::DIGID_RESEND, Action::ResendCode)}
        {back_button(ctx)}
    }
}

/// The main button of a form; `target` names it for "Laat zien".
fn submit_button(ctx: DigidCtx, target: &'static str, label: &'static str) -> impl IntoView {
    view! {
        <button class="ps-button" id=ctx.id(target) class:highlight=lit(ctx.highlight, target) type="submit">
            {practice(label)}
        </button>
    }
}

/// A secondary action that looks like a link.
fn link_button(
    ctx: DigidCtx,
    target: &'static str,
    label: &'static str,
    action: Action,
) -> impl IntoView {
    controls::action_button(ctx, target, "ps-link", label, action)
}

fn back_button(ctx: DigidCtx) -> impl IntoView {
    view! {
        <button class="ps-back" type="button" on:click=move |_| ctx.send(Action::Back)>
            {practice(p::DIGID_CANCEL)}
        </button>
    }
}

fn logged_in() -> impl IntoView {
    view! {
        <div class="ps-welcome">
            <p class="ps-service">{practice(p::DIGID_SERVICE)}</p>
            <h2 class="ps-title">{practice_with(p::DIGID_WELCOME, "name", CARD.first_name)}</h2>
            <p>{practice(p::DIGID_WELCOME_TEXT)}</p>
            <p>{practice_with(p::DIGID_WELCOME_BORN, "date", CARD.birth_date)}</p>
        </div>
    }
}

fn locked(ctx: DigidCtx) -> impl IntoView {
    view! {
        <h2 class="ps-title">{practice(p::DIGID_LOCKED_TITLE)}</h2>
        <div class="ps-error" role="alert">
            <p>{practice(p::DIGID_LOCKED_TEXT)}</p>
            <p>{practice(p::DIGID_LOCKED_TEXT_2)}</p>
        </div>
        <SpeakButton text=format!("{} {}", practice(p::DIGID_LOCKED_TEXT), practice(p::DIGID_LOCKED_TEXT_2)) />
        <button class="ps-button" type="button" on:click=move |_| ctx.send(Action::Restart)>
            {practice(p::FRAME_RESTART)}
        </button>
    }
}

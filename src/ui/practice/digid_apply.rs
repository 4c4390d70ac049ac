/*!
"DigiD aanvragen" (oefenen): thin views over [`DigidApply`]. Each screen
reads the state and sends actions; all rules live in the state machine.

Forms show their messages inline, under the field they are about, tied to
it with `aria-invalid` and `aria-describedby`; after a refused submit the
first field with a message gets the focus, so a screen reader reads it.
*/

mod activate;

use leptos::{ev::SubmitEvent, prelude::*};

use super::{controls, guard::GuardWarning, lit, typing::GuardedTyping, Highlight, ScreenCtx};
use crate::ui::read_aloud::SpeakButton;
use crate::{
    i18n::{p, practice, practice_with},
    practice::{
        card::CARD,
        digid_apply::{parse, Action, DigidApply, Field, FieldError, Screen},
    },
    ui::focus,
};

/// Everything a screen of "DigiD aanvragen" needs.
type ApplyCtx = ScreenCtx<DigidApply, Action>;

/// The whole practice service, switching screens as the state says.
#[component]
pub fn DigidApplyScreen(
    #[prop(into)] state: Signal<DigidApply>,
    on_action: Callback<Action>,
    #[prop(into)] highlight: Highlight,
    #[prop(default = "live")] prefix: &'static str,
) -> impl IntoView {
    let ctx = ApplyCtx {
        state,
        on_action,
        highlight,
        prefix,
    };
    let screen = Memo::new(move |_| state.with(|s| s.screen));
    // A new page of the service takes the focus from the button that led
    // there (now gone), so keyboard and screen reader users start at its
    // heading. The small copy in a lesson picture never takes the focus.
    if prefix == "live" {
        Effect::new(move |previous: Option<Screen>| {
            let now = screen.get();
            if previous.is_some_and(|p| p != now) {
                request_animation_frame(move || {
                    if focus::focus_is_lost() {
                        focus::focus_by_id(&ctx.id("title"));
                    }
                });
            }
            now
        });
    }
    view! {
        <div class="ps apply" data-theme="digid" data-keeps-focus>
            <header class="ps-header">
                <span class="ps-mark" aria-hidden="true">"D"</span>
                <span class="ps-brand">{practice(p::DIGID_BRAND)}</span>
            </header>
            {move || match screen.get() {
                Screen::Start => start(ctx).into_any(),
                Screen::Details => details(ctx).into_any(),
                Screen::Account => account(ctx).into_any(),
                Screen::Check => check(ctx).into_any(),
                Screen::Sent => activate::sent(ctx).into_any(),
                Screen::ActivateLogin => activate::activate_login(ctx).into_any(),
                Screen::ActivateCode => activate::activate_code(ctx).into_any(),
                Screen::Active => activate::active(ctx).into_any(),
                Screen::CodeBlocked => activate::blocked(ctx).into_any(),
            }}
        </div>
    }
}

/// The invented web address of the screen that is showing.
pub fn address(state: &DigidApply) -> String {
    match state.screen {
        Screen::ActivateLogin | Screen::ActivateCode | Screen::Active | Screen::CodeBlocked => {
            practice(p::APPLY_WEB_ADDRESS_ACTIVATE)
        }
        _ => practice(p::APPLY_WEB_ADDRESS),
    }
}

/// The kind, specific message for a field (in Dutch, like the service).
fn error_text(field: Field, error: FieldError) -> String {
    let key = match error {
        FieldError::Empty => match field {
            Field::Bsn => p::APPLY_ERROR_BSN_EMPTY,
            Field::BirthDate => p::APPLY_ERROR_BIRTH_DATE_EMPTY,
            Field::Postcode => p::APPLY_ERROR_POSTCODE_EMPTY,
            Field::HouseNumber => p::APPLY_ERROR_HOUSE_NUMBER_EMPTY,
            Field::Username => p::APPLY_ERROR_USERNAME_EMPTY,
            Field::Password => p::APPLY_ERROR_PASSWORD_EMPTY,
            Field::Repeat => p::APPLY_ERROR_REPEAT_EMPTY,
            Field::LoginUsername => p::APPLY_ERROR_LOGIN_USERNAME_EMPTY,
            Field::LoginPassword => p::APPLY_ERROR_LOGIN_PASSWORD_EMPTY,
            Field::Code => p::APPLY_ERROR_CODE_EMPTY,
        },
        FieldError::TooLong => p::APPLY_ERROR_TOO_LONG,
        FieldError::BsnFormat => p::APPLY_ERROR_BSN_FORMAT,
        FieldError::BsnNotCard => p::APPLY_ERROR_BSN_NOT_CARD,
        FieldError::DateFormat => p::APPLY_ERROR_DATE_FORMAT,
        FieldError::DateShortYear => p::APPLY_ERROR_DATE_SHORT_YEAR,
        FieldError::DateImpossible => p::APPLY_ERROR_DATE_IMPOSSIBLE,
        FieldError::DateNotCard => p::APPLY_ERROR_DATE_NOT_CARD,
        FieldError::PostcodeFormat => p::APPLY_ERROR_POSTCODE_FORMAT,
        FieldError::PostcodeNotCard => p::APPLY_ERROR_POSTCODE_NOT_CARD,
        FieldError::HouseNumberFormat => p::APPLY_ERROR_HOUSE_NUMBER_FORMAT,
        FieldError::HouseNumberNotCard => p::APPLY_ERROR_HOUSE_NUMBER_NOT_CARD,
        FieldError::UsernameShort => p::APPLY_ERROR_USERNAME_SHORT,
        FieldError::UsernameSpaces => p::APPLY_ERROR_USERNAME_SPACES,
        FieldError::PasswordRules => p::APPLY_ERROR_PASSWORD_RULES,
        FieldError::PasswordsDiffer => p::APPLY_ERROR_PASSWORDS_DIFFER,
        FieldError::WrongLogin => p::APPLY_ERROR_WRONG_LOGIN,
        FieldError::NoLetterYet => p::APPLY_ERROR_NO_LETTER,
        FieldError::CodeFormat => p::APPLY_ERROR_CODE_FORMAT,
        FieldError::WrongCode { tries_left } => {
            return format!(
                "{} {}",
                practice(p::APPLY_ERROR_WRONG_CODE),
                practice_with(p::APPLY_ERROR_TRIES_LEFT, "count", tries_left.to_string())
            );
        }
    };
    practice(key)
}

/// Oefenplein's real-data warning, when the last typed value looked real.
fn guard_box(ctx: ApplyCtx) -> impl IntoView {
    move || {
        ctx.state
            .with(|s| s.guard)
            .map(|kind| view! { <GuardWarning kind /> })
    }
}

/// Sends a submit action, then moves the focus to the first field with a
/// message, so it is read out and can be fixed at once.
fn submit(ctx: ApplyCtx, action: Action) -> impl Fn(SubmitEvent) + Clone {
    move |ev: SubmitEvent| {
        ev.prevent_default();
        ctx.send(action.clone());
        let first = ctx
            .state
            .with_untracked(|s| s.errors.first().map(|(field, _)| field.name()));
        if let Some(name) = first {
            focus::focus_by_id(&ctx.id(name));
        }
    }
}

/// How a field is typed into.
struct Input {
    kind: &'static str,
    inputmode: &'static str,
    autocapitalize: &'static str,
}

const TEXT: Input = Input {
    kind: "text",
    inputmode: "text",
    autocapitalize: "off",
};
const NUMBER: Input = Input {
    kind: "text",
    inputmode: "numeric",
    autocapitalize: "off",
};
const CAPITALS: Input = Input {
    kind: "text",
    inputmode: "text",
    autocapitalize: "characters",
};
const SECRET: Input = Input {
    kind: "password",
    inputmode: "text",
    autocapitalize: "off",
};

/// A labelled field with its own hint and its own inline message.
fn field(
    ctx: ApplyCtx,
    field: Field,
    label_key: &'static str,
    hint_key: Option<&'static str>,
    input: Input,
    value: fn(&DigidApply) -> String,
    action: fn(String) -> Action,
) -> impl IntoView {
    let name = field.name();
    let id = ctx.id(name);
    let hint_id = ctx.id(&format!("{name}-hint"));
    let error_id = ctx.id(&format!("{name}-error"));
    let error = move || ctx.state.with(|s| s.error(field));
    let (on_input, on_blur, on_keydown) =
        GuardedTyping::new(Callback::new(move |text| ctx.send(action(text)))).handlers();
    let described_by = {
        let hint_id = hint_id.clone();
        let error_id = error_id.clone();
        move || {
            let ids: Vec<&str> = hint_key
                .map(|_| hint_id.as_str())
                .into_iter()
                .chain(error().map(|_| error_id.as_str()))
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let hint = hint_key.map(|key| view! { <p class="apply-hint" id=hint_id>{practice(key)}</p> });
    view! {
        <div class="ps-field" class:invalid=move || error().is_some()>
            <label for=id.clone()>{practice(label_key)}</label>
            {hint}
            {move || {
                error().map(|e| {
                    view! {
                        <p class="apply-error" id=error_id.clone()>
                            <span class="apply-error-mark" aria-hidden="true">"!"</span>
                            <span>{error_text(field, e)}</span>
                        </p>
                        <SpeakButton text=error_text(field, e) />
                    }
                })
            }}
            <input
                id=id
                type=input.kind
                inputmode=input.inputmode
                autocomplete="off"
                autocapitalize=input.autocapitalize
                spellcheck="false"
                maxlength="80"
                class:highlight=lit(ctx.highlight, name)
                aria-invalid=move || error().is_some().to_string()
                aria-describedby=described_by
                prop:value=move || ctx.state.with(value)
                on:input=on_input
                on:blur=on_blur
                on:keydown=on_keydown
            />
        </div>
    }
}

/// The main button of a screen; `target` names it for "Laat zien".
fn main_button(ctx: ApplyCtx, target: &'static str, label: &'static str) -> impl IntoView {
    view! {
        <button class="ps-button" id=ctx.id(target) class:highlight=lit(ctx.highlight, target) type="submit">
            {practice(label)}
        </button>
    }
}

/// A button that does one thing, outside a form.
fn action_button(
    ctx: ApplyCtx,
    target: &'static str,
    label: &'static str,
    class: &'static str,
    action: Action,
) -> impl IntoView {
    controls::action_button(ctx, target, class, label, action)
}

fn back_button(ctx: ApplyCtx) -> impl IntoView {
    view! {
        <button class="ps-back" type="button" on:click=move |_| ctx.send(Action::Back)>
            <span aria-hidden="true">"‹"</span>
            <span>{practice(p::APPLY_BACK)}</span>
        </button>
    }
}

fn start(ctx: ApplyCtx) -> impl IntoView {
    view! {
        <h2 class="ps-title" id=ctx.id("title") tabindex="-1">{practice(p::APPLY_START_TITLE)}</h2>
        <p>{practice(p::APPLY_START_TEXT)}</p>
        <p>{practice(p::APPLY_START_TEXT_2)}</p>
        <p>{practice(p::APPLY_START_TEXT_3)}</p>
        {action_button(ctx, "start", p::APPLY_START_BUTTON, "ps-button", Action::StartApplication)}
    }
}

fn details(ctx: ApplyCtx) -> impl IntoView {
    view! {
        <h2 class="ps-title" id=ctx.id("title") tabindex="-1">{practice(p::APPLY_DETAILS_TITLE)}</h2>
        <p>{practice(p::APPLY_DETAILS_INTRO)}</p>
        {guard_box(ctx)}
        <form class="ps-form" on:submit=submit(ctx, Action::SubmitDetails) novalidate>
            {field(ctx, Field::Bsn, p::APPLY_BSN, Some(p::APPLY_BSN_HINT), NUMBER, |s| s.bsn.clone(), Action::Bsn)}
            {field(ctx, Field::BirthDate, p::APPLY_BIRTH_DATE, Some(p::APPLY_BIRTH_DATE_HINT), TEXT, |s| s.birth_date.clone(), Action::BirthDate)}
            {field(ctx, Field::Postcode, p::APPLY_POSTCODE, Some(p::APPLY_POSTCODE_HINT), CAPITALS, |s| s.postcode.clone(), Action::Postcode)}
            {field(ctx, Field::HouseNumber, p::APPLY_HOUSE_NUMBER, Some(p::APPLY_HOUSE_NUMBER_HINT), TEXT, |s| s.house_number.clone(), Action::HouseNumber)}
            {main_button(ctx, "details-next", p::APPLY_NEXT)}
        </form>
        {back_button(ctx)}
    }
}

fn account(ctx: ApplyCtx) -> impl IntoView {
    let rules = controls::password_rules(Signal::derive(move || {
        ctx.state.with(|s| s.password.clone())
    }));
    view! {
        <h2 class="ps-title" id=ctx.id("title") tabindex="-1">{practice(p::APPLY_ACCOUNT_TITLE)}</h2>
        <p>{practice(p::APPLY_ACCOUNT_INTRO)}</p>
        {guard_box(ctx)}
        <form class="ps-form" on:submit=submit(ctx, Action::SubmitAccount) novalidate>
            {field(ctx, Field::Username, p::APPLY_USERNAME, Some(p::APPLY_USERNAME_HINT), TEXT, |s| s.username.clone(), Action::NewUsername)}
            {field(ctx, Field::Password, p::APPLY_PASSWORD, None, SECRET, |s| s.password.clone(), Action::ChoosePassword)}
            <div class="rules" aria-live="polite">
                <p>{practice(p::APPLY_RULES)}</p>
                <ul>{rules}</ul>
            </div>
            {field(ctx, Field::Repeat, p::APPLY_REPEAT, None, SECRET, |s| s.repeat.clone(), Action::RepeatChosenPassword)}
            {main_button(ctx, "account-next", p::APPLY_NEXT)}
        </form>
        {back_button(ctx)}
    }
}

fn check(ctx: ApplyCtx) -> impl IntoView {
    let row = |label: &'static str, value: String| {
        view! {
            <div class="apply-summary-row">
                <dt>{practice(label)}</dt>
                <dd>{value}</dd>
            </div>
        }
    };
    let summary = ctx.state.with_untracked(|s| {
        let date = parse::date(&s.birth_date)
            .map(|d| d.to_dutch())
            .unwrap_or_else(|_| s.birth_date.clone());
        let bsn = parse::bsn(&s.bsn).unwrap_or_else(|_| s.bsn.clone());
        let address = home_address(&s.house_number);
        let username = s
            .account
            .as_ref()
            .map(|a| a.username.clone())
            .unwrap_or_default();
        view! {
            {row(p::APPLY_BSN, bsn)}
            {row(p::APPLY_BIRTH_DATE, date)}
            {row(p::APPLY_HOME_ADDRESS, address)}
            {row(p::APPLY_USERNAME, username)}
        }
    });
    view! {
        <h2 class="ps-title" id=ctx.id("title") tabindex="-1">{practice(p::APPLY_CHECK_TITLE)}</h2>
        <p>{practice(p::APPLY_CHECK_INTRO)}</p>
        <dl class="apply-summary">{summary}</dl>
        <div class="apply-actions">
            {action_button(ctx, "send", p::APPLY_SEND, "ps-button", Action::SendApplication)}
            {action_button(ctx, "edit", p::APPLY_EDIT, "ps-secondary", Action::EditDetails)}
        </div>
        {back_button(ctx)}
    }
}

/// "Oefenstraat 12, 9999 ZZ Oefendorp": the address the service found
/// with the postcode and house number (written as addresses are, so it
/// needs no text of its own).
fn home_address(house_number: &str) -> String {
    let number = parse::house_number(house_number).unwrap_or_else(|_| CARD.house_number.to_owned());
    format!("{} {number}, {} {}", CARD.street, CARD.postcode, CARD.town)
}

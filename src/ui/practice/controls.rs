//! Controls that every practice service draws the same way: a labelled
//! text field, a button that sends one action, the live checklist of
//! password rules, and the button beside a practice screen that makes
//! simulated time pass. Generic over the service's state and action, so a
//! fix here reaches every service.

use leptos::prelude::*;

use super::{lit, typing::GuardedTyping, Highlight, ScreenCtx};
use crate::{
    i18n::{p, practice},
    practice::kit::password::PasswordRule,
    ui::{i18n::use_i18n, icon::Icon},
};

/// A labelled text field bound to part of the state. While `invalid`
/// says so, the field is marked invalid and described by `error_id`.
#[allow(clippy::too_many_arguments)]
pub fn text_field<S: Send + Sync + 'static, A: 'static>(
    ctx: ScreenCtx<S, A>,
    name: &'static str,
    label: &'static str,
    kind: &'static str,
    value: fn(&S) -> String,
    action: fn(String) -> A,
    invalid: fn(&S) -> bool,
    error_id: &'static str,
) -> impl IntoView {
    let id = ctx.id(name);
    let has_problem = move || ctx.state.with(invalid);
    let (on_input, on_blur, on_keydown) =
        GuardedTyping::new(Callback::new(move |text| ctx.send(action(text)))).handlers();
    view! {
        <div class="ps-field">
            <label for=id.clone()>{practice(label)}</label>
            <input
                id=id
                type=kind
                autocomplete="off"
                autocapitalize="off"
                spellcheck="false"
                maxlength="80"
                class:highlight=lit(ctx.highlight, name)
                aria-invalid=move || has_problem().to_string()
                aria-describedby=move || has_problem().then(|| ctx.id(error_id))
                prop:value=move || ctx.state.with(value)
                on:input=on_input
                on:blur=on_blur
                on:keydown=on_keydown
            />
        </div>
    }
}

/// A form's submit handler: the page stays, the service gets `action`.
pub fn submit<S: Send + Sync + 'static, A: Clone + 'static>(
    ctx: ScreenCtx<S, A>,
    action: A,
) -> impl Fn(leptos::ev::SubmitEvent) + Clone {
    move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        ctx.send(action.clone());
    }
}

/// A button that sends `action`; `target` names it for "Laat zien".
pub fn action_button<S: Send + Sync + 'static, A: Clone + 'static>(
    ctx: ScreenCtx<S, A>,
    target: &'static str,
    class: &'static str,
    label: &'static str,
    action: A,
) -> impl IntoView {
    labelled_button(ctx, target, class, practice(label), action)
}

/// [`action_button`] with its label already in words (a portal's look
/// chooses them).
pub fn labelled_button<S: Send + Sync + 'static, A: Clone + 'static>(
    ctx: ScreenCtx<S, A>,
    target: &'static str,
    class: &'static str,
    label: String,
    action: A,
) -> impl IntoView {
    view! {
        <button
            class=class
            type="button"
            id=ctx.id(target)
            class:highlight=lit(ctx.highlight, target)
            on:click=move |_| ctx.send(action.clone())
        >
            {label}
        </button>
    }
}

/// A choice with a title and a line of explanation.
pub fn option_button<S: Send + Sync + 'static, A: Clone + 'static>(
    ctx: ScreenCtx<S, A>,
    target: &'static str,
    title: &'static str,
    text: &'static str,
    action: A,
) -> impl IntoView {
    view! {
        <button
            class="ps-option"
            type="button"
            id=ctx.id(target)
            class:highlight=lit(ctx.highlight, target)
            on:click=move |_| ctx.send(action.clone())
        >
            <span class="ps-option-title">{practice(title)}</span>
            <span class="ps-option-text">{practice(text)}</span>
        </button>
    }
}

/// The password rules, each ticked off live as `password` meets it.
pub fn password_rules(password: Signal<String>) -> impl IntoView {
    PasswordRule::ALL
        .into_iter()
        .map(|rule| {
            let met = move || password.with(|p| rule.holds(p));
            let label = match rule {
                PasswordRule::Length => p::DIGID_RULE_LENGTH,
                PasswordRule::Capital => p::DIGID_RULE_CAPITAL,
                PasswordRule::Small => p::DIGID_RULE_SMALL,
                PasswordRule::Digit => p::DIGID_RULE_DIGIT,
            };
            view! {
                <li class="rule" class:met=met>
                    <span class="rule-mark" aria-hidden="true">{move || if met() { "✓" } else { "•" }}</span>
                    <span>{practice(label)}</span>
                    <span class="visually-hidden">
                        {move || format!(": {}", practice(if met() { p::DIGID_RULE_MET } else { p::DIGID_RULE_UNMET }))}
                    </span>
                </li>
            }
        })
        .collect_view()
}

/// "10 minuten later", "3 dagen later": pretends time has passed, so a code
/// can expire or a letter arrive without waiting. Beside the practice
/// screen, so in the learner's language; `waited` says how much has passed.
#[component]
pub fn WaitButton(
    /// The control's name for "Laat zien" (its id is `live-<target>`).
    target: &'static str,
    label: &'static str,
    hint: &'static str,
    #[prop(into)] highlight: Highlight,
    #[prop(into)] waited: Signal<Option<String>>,
    on_wait: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = format!("{target}-hint");
    view! {
        <button
            class="button secondary wait-button"
            id=format!("live-{target}")
            class:highlight=lit(highlight, target)
            type="button"
            aria-describedby=hint_id.clone()
            on:click=move |_| on_wait.run(())
        >
            <Icon name="clock" />
            <span>{i18n.t(label)}</span>
        </button>
        <p class="hint" id=hint_id>{i18n.t(hint)}</p>
        <p class="waited" aria-live="polite">{waited}</p>
    }
}

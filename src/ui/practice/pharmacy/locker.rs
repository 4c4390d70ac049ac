//! The pickup locker on the pharmacy's wall: a screen with the typed
//! digits, a keypad (the learner may also type), and the door that opens.

use leptos::prelude::*;

use super::PharmacyCtx;
use crate::{
    i18n::{p, practice, practice_with},
    practice::pharmacy::{Action, Problem, LOCKER_DOOR, PICKUP_CODE_LENGTH},
    ui::practice::{controls::submit, lit},
};

/// The keypad's keys, as on the wall: 1–9, clear, 0, back.
const KEYS: [&str; 12] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "C", "0", "<"];

/// "Typ uw afhaalcode": the digits field, the keypad and "OK".
pub fn keypad(ctx: PharmacyCtx) -> impl IntoView {
    let typed = move || ctx.state.with(|s| s.locker_typed.clone());
    let invalid = move || {
        ctx.state.with(|s| {
            matches!(
                s.problem,
                Some(
                    Problem::CodeMissing
                        | Problem::CodeWrong
                        | Problem::CodeOld
                        | Problem::CodeExpired
                )
            )
        })
    };
    let press = move |key: &'static str| {
        let mut code = typed();
        match key {
            "C" => code.clear(),
            "<" => {
                code.pop();
            }
            digit => code.push_str(digit),
        }
        ctx.send(Action::LockerCode(code));
    };
    let keys = KEYS
        .into_iter()
        .map(|key| {
            let label = match key {
                "C" => practice(p::PHARMACY_LOCKER_CLEAR),
                "<" => practice(p::PHARMACY_LOCKER_BACK),
                digit => digit.to_owned(),
            };
            let wide = matches!(key, "C" | "<");
            view! {
                <button class="locker-key" type="button" class:wide=wide on:click=move |_| press(key)>
                    {label}
                </button>
            }
        })
        .collect_view();
    let field = ctx.id("locker-code");
    view! {
        <div class="locker">
            <p class="locker-brand">{practice(p::PHARMACY_LOCKER_BRAND)}</p>
            <form class="locker-panel" on:submit=submit(ctx, Action::LockerOk)>
                <label for=field.clone()>{practice(p::PHARMACY_LOCKER_TITLE)}</label>
                <input
                    id=field
                    class="locker-display"
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    maxlength=PICKUP_CODE_LENGTH.to_string()
                    class:highlight=lit(ctx.highlight, "locker-code")
                    aria-invalid=move || invalid().to_string()
                    aria-describedby=move || invalid().then(|| ctx.id("error"))
                    prop:value=typed
                    on:input=move |ev| ctx.send(Action::LockerCode(event_target_value(&ev)))
                />
                <div class="locker-keys" aria-label=practice(p::PHARMACY_LOCKER_KEYPAD) role="group">{keys}</div>
                {ctx.problem_box()}
                <button class="ps-button locker-ok" type="submit" id=ctx.id("locker-ok") class:highlight=lit(ctx.highlight, "locker-ok")>
                    {practice(p::PHARMACY_LOCKER_OK)}
                </button>
            </form>
            <div class="locker-doors" aria-hidden="true">
                {(1..=18).map(|n| view! { <span class="locker-door">{n}</span> }).collect_view()}
            </div>
        </div>
    }
}

/// The door is open: the bag with the learner's name.
pub fn open(ctx: PharmacyCtx) -> impl IntoView {
    view! {
        <div class="locker">
            <p class="locker-brand">{practice(p::PHARMACY_LOCKER_BRAND)}</p>
            <p class="ps-note" role="status">
                {practice_with(p::PHARMACY_LOCKER_OPEN, "door", LOCKER_DOOR.to_string())}
            </p>
            <div class="locker-open" aria-hidden="true">
                <span class="locker-bag">{practice(p::PHARMACY_LOCKER_BAG)}</span>
            </div>
            {ctx.button("take-medicines", "ps-button", p::PHARMACY_LOCKER_TAKE, Action::TakeMedicines)}
        </div>
    }
}

/// Door closed, medicines taken.
pub fn done(_ctx: PharmacyCtx) -> impl IntoView {
    view! {
        <div class="locker">
            <p class="locker-brand">{practice(p::PHARMACY_LOCKER_BRAND)}</p>
            <h2 class="ps-title">{practice(p::PHARMACY_LOCKER_DONE)}</h2>
            <p>{practice(p::PHARMACY_LOCKER_DONE_TEXT)}</p>
        </div>
    }
}

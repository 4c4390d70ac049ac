//! Beside the phone: a button that makes simulated time pass, so a
//! koppelcode or QR code can expire without waiting. (A letter's three
//! days are the letterbox's own button.)

use leptos::prelude::*;

use super::AppCtx;
use crate::{
    i18n::{k, tr_with},
    practice::digid_app::Action,
    ui::{i18n::use_i18n, icon::Icon, practice::lit},
};

/// Minutes the button moves the clock on.
const WAIT_MINUTES: u32 = 5;

/// "5 minuten later", and how much time has passed (within the day).
#[component]
pub fn TimeTools(ctx: AppCtx) -> impl IntoView {
    let i18n = use_i18n();
    let waited = move || {
        let minutes = ctx.state.with(|s| s.minutes % (24 * 60));
        (minutes > 0).then(|| tr_with(i18n.lang(), k::PHONE_WAITED, "minutes", minutes.to_string()))
    };
    view! {
        <div class="time-tools">
            <button
                class="button secondary"
                type="button"
                id=ctx.id("wait")
                class:highlight=lit(ctx.highlight, "wait")
                aria-describedby="wait-hint"
                on:click=move |_| ctx.send(Action::WaitMinutes(WAIT_MINUTES))
            >
                <Icon name="clock" />
                <span>{i18n.t(k::PHONE_WAIT_5)}</span>
            </button>
            <p class="hint" id="wait-hint">{i18n.t(k::PHONE_WAIT_5_HINT)}</p>
            <p class="phone-waited" aria-live="polite">{waited}</p>
        </div>
    }
}

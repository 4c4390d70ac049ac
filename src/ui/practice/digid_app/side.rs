//! Beside the phone: a button that makes simulated time pass, so a
//! koppelcode or QR code can expire without waiting. (A letter's three
//! days are the letterbox's own button.)

use leptos::prelude::*;

use super::AppCtx;
use crate::{
    i18n::{k, tr_with},
    practice::digid_app::Action,
    ui::{i18n::use_i18n, practice::controls::WaitButton},
};

/// Minutes the button moves the clock on.
const WAIT_MINUTES: u32 = 5;

/// "5 minuten later", and how much time has passed (within the day).
#[component]
pub fn TimeTools(ctx: AppCtx) -> impl IntoView {
    let i18n = use_i18n();
    let waited = Signal::derive(move || {
        let minutes = ctx.state.with(|s| s.minutes % (24 * 60));
        (minutes > 0).then(|| tr_with(i18n.lang(), k::PHONE_WAITED, "minutes", minutes.to_string()))
    });
    let on_wait = Callback::new(move |()| ctx.send(Action::WaitMinutes(WAIT_MINUTES)));
    view! {
        <div class="time-tools">
            <WaitButton
                target="wait"
                label=k::PHONE_WAIT_5
                hint=k::PHONE_WAIT_5_HINT
                highlight=ctx.highlight
                waited
                on_wait
            />
        </div>
    }
}

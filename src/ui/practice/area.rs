//! The practice area: the framed practice screen with the phone and the
//! oefenkaart beside it. Used by lessons and by free practice.

use leptos::prelude::*;

use super::{
    card::PracticeCardView, digid_web::DigidWebScreen, frame::PracticeFrame, phone::Phone,
    Highlight,
};
use crate::{
    i18n::{k, p, practice},
    practice::digid_web::{Action, DigidWeb},
    ui::i18n::use_i18n,
};

#[component]
pub fn PracticeArea(
    state: RwSignal<DigidWeb>,
    on_action: Callback<Action>,
    #[prop(into)] highlight: Highlight,
    on_restart: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let messages = Signal::derive(move || state.with(|s| s.messages.clone()));
    let minutes = Signal::derive(move || state.with(|s| s.minutes));
    let on_wait = Callback::new(move |()| on_action.run(Action::WaitMinutes(10)));
    view! {
        <section class="practice-area" aria-label=i18n.t(k::PRACTICE_AREA_LABEL)>
            <PracticeFrame address=practice(p::DIGID_ADDRESS) on_restart>
                <DigidWebScreen state on_action highlight />
            </PracticeFrame>
            <div class="practice-side">
                <Phone messages minutes highlight on_wait />
                <PracticeCardView highlight />
            </div>
        </section>
    }
}

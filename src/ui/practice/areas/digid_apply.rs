//! "DigiD aanvragen": the application form, with the letterbox (the
//! activation letter arrives after a simulated three days) and the
//! oefenkaart beside it.

use leptos::prelude::*;

use super::{area_section, state_of, AreaProps, ScreenProps};
use crate::{
    i18n::p,
    practice::{
        digid_apply::{self, DigidApply},
        Action, State,
    },
    ui::{
        lazy::split_view,
        practice::{
            card::PracticeCardView,
            digid_apply::{address, DigidApplyScreen},
            frame::PracticeFrame,
            letterbox::{LetterWords, Letterbox},
        },
    },
};

fn of(state: Signal<State>) -> Signal<DigidApply> {
    state_of(state)
}

fn framed(props: ScreenProps) -> impl IntoView {
    let state = of(props.state);
    let on_action =
        Callback::new(move |a: digid_apply::Action| props.on_action.run(Action::DigidApply(a)));
    let address = Signal::derive(move || state.with(address));
    view! {
        <PracticeFrame address on_restart=props.on_restart>
            <DigidApplyScreen state on_action highlight=props.highlight prefix=props.prefix />
        </PracticeFrame>
    }
}

split_view! { digid_apply: pub fn screen(props: ScreenProps) { framed(props) } }

split_view! { digid_apply: pub fn area(props: AreaProps) {
    let apply = of(props.state.into());
    let letter = Signal::derive(move || apply.with(|s| s.arrived_letter().map(|l| l.printed_code())));
    let words = LetterWords {
        subject: p::APPLY_LETTER_SUBJECT,
        text: p::APPLY_LETTER_TEXT,
    };
    let days = Signal::derive(move || apply.with(|s| s.days));
    let chosen = Signal::derive(move || apply.with(|s| s.account.clone()));
    let on_wait = Callback::new(move |()| {
        props.on_action.run(Action::DigidApply(digid_apply::Action::WaitDays(
            digid_apply::LETTER_DAYS,
        )))
    });
    let highlight = props.highlight;
    let side = view! {
        <div class="practice-side">
            <Letterbox letter words days highlight on_wait />
            <PracticeCardView highlight chosen />
        </div>
    };
    area_section(Some(side.into_any()), framed(props.screen()).into_any())
} }

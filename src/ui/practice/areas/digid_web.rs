//! "DigiD (oefenen)" on the web: the login screen, with the phone that
//! gets the SMS and the oefenkaart beside it.

use leptos::prelude::*;

use super::{area_section, state_of, AreaProps, ScreenProps};
use crate::{
    i18n::{p, practice},
    practice::{
        digid_web::{self, DigidWeb},
        Action, State,
    },
    ui::{
        lazy::split_view,
        practice::{
            card::PracticeCardView, digid_web::DigidWebScreen, frame::PracticeFrame, phone::Phone,
        },
    },
};

fn of(state: Signal<State>) -> Signal<DigidWeb> {
    state_of(state)
}

fn framed(props: ScreenProps) -> impl IntoView {
    let on_action =
        Callback::new(move |a: digid_web::Action| props.on_action.run(Action::DigidWeb(a)));
    let address = Signal::derive(|| practice(p::DIGID_ADDRESS));
    view! {
        <PracticeFrame address on_restart=props.on_restart>
            <DigidWebScreen
                state=of(props.state)
                on_action
                highlight=props.highlight
                prefix=props.prefix
            />
        </PracticeFrame>
    }
}

split_view! { digid_web: pub fn screen(props: ScreenProps) { framed(props) } }

split_view! { digid_web: pub fn area(props: AreaProps) {
    let state = of(props.state.into());
    let messages = Signal::derive(move || state.with(|s| s.messages.clone()));
    let minutes = Signal::derive(move || state.with(|s| s.minutes));
    let password = Signal::derive(move || state.with(|s| s.current_password().to_owned()));
    let on_wait = Callback::new(move |()| {
        props.on_action.run(Action::DigidWeb(digid_web::Action::WaitMinutes(10)))
    });
    let highlight = props.highlight;
    let side = view! {
        <div class="practice-side">
            <Phone messages minutes highlight on_wait />
            <PracticeCardView highlight password />
        </div>
    };
    area_section(Some(side.into_any()), framed(props.screen()).into_any())
} }

//! The flu jab invitation: the letter and the booking website, with the
//! phone for DigiD's SMS and the oefenkaart for logging in.

use leptos::prelude::*;

use super::{area_section, AreaProps, ScreenProps};
use crate::{
    practice::{
        digid_web,
        vaccination::{self, Screen, Vaccination},
        Action, State,
    },
    ui::{
        lazy::split_view,
        practice::{card::PracticeCardView, phone::Phone, vaccination::framed},
    },
};

framed_screen!(vaccination: Vaccination, Vaccination, framed);

split_view! { vaccination: pub fn area(props: AreaProps) {
    let state = of(props.state.into());
    let send = move |a: vaccination::Action| props.on_action.run(Action::Vaccination(a));
    let messages = Signal::derive(move || state.with(Vaccination::phone_messages));
    let minutes = Signal::derive(move || state.with(|s| s.minutes));
    let password = Signal::derive(move || state.with(|s| s.login.digid.current_password().to_owned()));
    let highlight = props.highlight;
    // Ten minutes on the phone: DigiD's code can expire while logging in.
    let on_wait = Callback::new(move |()| {
        if state.with(|s| s.screen == Screen::Digid) {
            send(vaccination::Action::Digid(digid_web::Action::WaitMinutes(10)));
        } else {
            send(vaccination::Action::WaitMinutes(10));
        }
    });
    let side = view! {
        <div class="practice-side">
            <Phone messages minutes highlight on_wait />
            <PracticeCardView highlight password />
        </div>
    };
    area_section(Some(side.into_any()), screen_of(props.screen()).into_any())
} }

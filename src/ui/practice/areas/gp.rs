//! The GP portal: the portal in its look, with the phone (DigiD's SMS and
//! the portal's notices), the oefenkaart for logging in, and the buttons
//! that pretend time passes: "2 dagen later" and "15 minuten niets doen".

use leptos::prelude::*;

use super::{area_section, state_of, AreaProps, ScreenProps};
use crate::{
    i18n::{k, practice},
    practice::{
        digid_web,
        gp::{self, words, Gp, Screen},
        Action, State,
    },
    ui::{
        lazy::split_view,
        practice::{
            card::PracticeCardView, controls::WaitButton, frame::PracticeFrame, gp::GpScreen,
            phone::Phone,
        },
    },
};

fn of(state: Signal<State>) -> Signal<Gp> {
    state_of(state)
}

fn framed(props: ScreenProps) -> impl IntoView {
    let state = of(props.state);
    let on_action = Callback::new(move |a: gp::Action| props.on_action.run(Action::Gp(a)));
    // DigiD has its own address, as when a portal sends you there.
    let address = Signal::derive(move || {
        state.with(|s| match s.screen {
            Screen::Digid => practice(crate::i18n::p::DIGID_ADDRESS),
            _ => practice(words::key(s.look, words::Word::Address)),
        })
    });
    view! {
        <PracticeFrame address on_restart=props.on_restart>
            <GpScreen state on_action highlight=props.highlight prefix=props.prefix />
        </PracticeFrame>
    }
}

split_view! { gp: pub fn screen(props: ScreenProps) { framed(props) } }

split_view! { gp: pub fn area(props: AreaProps) {
    let state = of(props.state.into());
    let send = move |a: gp::Action| props.on_action.run(Action::Gp(a));
    let messages = Signal::derive(move || state.with(Gp::phone_messages));
    let minutes = Signal::derive(move || state.with(|s| s.minutes));
    let password = Signal::derive(move || state.with(|s| s.login.digid.current_password().to_owned()));
    // Ten minutes on the phone: DigiD's code can expire while logging in.
    let on_wait = Callback::new(move |()| {
        if state.with(|s| s.screen == Screen::Digid) {
            send(gp::Action::Digid(digid_web::Action::WaitMinutes(10)));
        } else {
            send(gp::Action::WaitMinutes(10));
        }
    });
    let highlight = props.highlight;
    let side = view! {
        <div class="practice-side">
            <Phone messages minutes highlight on_wait />
            <div class="time-tools">
                <WaitButton
                    target="wait-days"
                    label=k::GP_WAIT_DAYS
                    hint=k::GP_WAIT_DAYS_HINT
                    highlight
                    waited=Signal::derive(|| None::<String>)
                    on_wait=Callback::new(move |()| send(gp::Action::WaitDays(1)))
                />
                <WaitButton
                    target="idle"
                    label=k::GP_IDLE_BUTTON
                    hint=k::GP_IDLE_BUTTON_HINT
                    highlight
                    waited=Signal::derive(|| None::<String>)
                    on_wait=Callback::new(move |()| send(gp::Action::Idle))
                />
            </div>
            <PracticeCardView highlight password email=true />
        </div>
    };
    area_section(Some(side.into_any()), framed(props.screen()).into_any())
} }

//! The video consult: the screen, with the phone (the invitation by SMS),
//! the "1 minuut later" button for the waiting room, the oefenkaart (name
//! and birth date for the doctor), and on the test page the optional
//! "Probeer je eigen camera".

use leptos::prelude::*;

use super::{area_section, state_of, AreaProps, ScreenProps};
use crate::{
    i18n::k,
    practice::{
        video::{self, Screen, Video},
        Action, State,
    },
    ui::{
        lazy::split_view,
        practice::{
            card::PracticeCardView, controls::WaitButton, phone::Phone, video::framed,
            video::media::OwnCamera,
        },
    },
};

fn of(state: Signal<State>) -> Signal<Video> {
    state_of(state)
}

fn screen_of(props: ScreenProps) -> impl IntoView {
    let on_action = Callback::new(move |a: video::Action| props.on_action.run(Action::Video(a)));
    framed(
        of(props.state),
        on_action,
        props.highlight,
        props.prefix,
        props.on_restart,
    )
}

split_view! { video: pub fn screen(props: ScreenProps) { screen_of(props) } }

split_view! { video: pub fn area(props: AreaProps) {
    let state = of(props.state.into());
    let send = move |a: video::Action| props.on_action.run(Action::Video(a));
    let messages = Signal::derive(move || state.with(|s| s.messages.clone()));
    let minutes = Signal::derive(move || state.with(|s| s.minutes));
    let on_wait = Callback::new(move |()| send(video::Action::WaitMinutes(10)));
    let highlight = props.highlight;
    let on_test = move || state.with(|s| s.screen == Screen::Test);
    let side = view! {
        <div class="practice-side">
            <Phone messages minutes highlight on_wait />
            <div class="time-tools">
                <WaitButton
                    target="wait-minute"
                    label=k::VIDEO_WAIT_MINUTE
                    hint=k::VIDEO_WAIT_MINUTE_HINT
                    highlight
                    waited=Signal::derive(|| None::<String>)
                    on_wait=Callback::new(move |()| send(video::Action::WaitMinutes(1)))
                />
            </div>
            <PracticeCardView highlight />
            {move || on_test().then(|| view! { <OwnCamera /> })}
        </div>
    };
    area_section(Some(side.into_any()), screen_of(props.screen()).into_any())
} }

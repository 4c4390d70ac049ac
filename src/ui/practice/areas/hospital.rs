//! The hospital: the portal at home (or the kiosk in the hall), with the
//! phone for DigiD's SMS, "1 dag later" (to the day of the visit),
//! "15 minuten niets doen", the way to the hospital and back, and the
//! oefenkaart.

use leptos::prelude::*;

use super::{area_section, AreaProps, ScreenProps};
use crate::{
    i18n::k,
    practice::{
        digid_web,
        hospital::{self, Hospital, Place, Screen},
        Action, State,
    },
    ui::{
        i18n::use_i18n,
        icon::Icon,
        lazy::split_view,
        practice::{
            card::PracticeCardView, controls::WaitButton, hospital::framed, lit, phone::Phone,
        },
    },
};

framed_screen!(hospital: Hospital, Hospital, framed);

split_view! { hospital: pub fn area(props: AreaProps) {
    let i18n = use_i18n();
    let state = of(props.state.into());
    let send = move |a: hospital::Action| props.on_action.run(Action::Hospital(a));
    let messages = Signal::derive(move || state.with(Hospital::phone_messages));
    let minutes = Signal::derive(move || state.with(|s| s.minutes));
    let password = Signal::derive(move || state.with(|s| s.login.digid.current_password().to_owned()));
    let highlight = props.highlight;
    // Ten minutes on the phone: DigiD's code can expire while logging in.
    let on_wait = Callback::new(move |()| {
        if state.with(|s| s.screen == Screen::Digid) {
            send(hospital::Action::Digid(digid_web::Action::WaitMinutes(10)));
        } else {
            send(hospital::Action::WaitMinutes(10));
        }
    });
    let place = move || {
        let (target, label, action) = if state.with(|s| s.place == Place::Hospital) {
            ("to-home", k::HOSPITAL_TO_HOME, hospital::Action::ToHome)
        } else {
            ("to-hospital", k::HOSPITAL_TO_HOSPITAL, hospital::Action::ToHospital)
        };
        view! {
            <button
                class="button secondary place-button"
                type="button"
                id=format!("live-{target}")
                class:highlight=lit(highlight, target)
                on:click=move |_| send(action.clone())
            >
                <Icon name="home" />
                <span>{i18n.t(label)}</span>
            </button>
        }
    };
    let waited = Signal::derive(move || {
        state.with(|s| s.is_visit_day()).then(|| i18n.t(k::HOSPITAL_VISIT_DAY)())
    });
    let side = view! {
        <div class="practice-side">
            <Phone messages minutes highlight on_wait />
            {place}
            <div class="time-tools">
                <WaitButton
                    target="wait-day"
                    label=k::HOSPITAL_WAIT_DAY
                    hint=k::HOSPITAL_WAIT_DAY_HINT
                    highlight
                    waited
                    on_wait=Callback::new(move |()| send(hospital::Action::WaitDays(1)))
                />
                <WaitButton
                    target="idle"
                    label=k::GP_IDLE_BUTTON
                    hint=k::GP_IDLE_BUTTON_HINT
                    highlight
                    waited=Signal::derive(|| None::<String>)
                    on_wait=Callback::new(move |()| send(hospital::Action::Idle))
                />
            </div>
            <PracticeCardView highlight password />
        </div>
    };
    area_section(Some(side.into_any()), screen_of(props.screen()).into_any())
} }

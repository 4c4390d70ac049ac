//! The pharmacy: the app (or the locker), with the phone for the SMS,
//! "1 dag later" and "1 week later", the pharmacy's receipt with the link
//! code, the way to the pharmacy and back, and the oefenkaart.

use leptos::prelude::*;

use super::{area_section, AreaProps, ScreenProps};
use crate::{
    i18n::{k, p, practice},
    practice::{
        pharmacy::{self, Pharmacy, Place},
        Action, State,
    },
    ui::{
        i18n::use_i18n,
        icon::Icon,
        lazy::split_view,
        practice::{
            card::PracticeCardView, controls::WaitButton, lit, pharmacy::framed, phone::Phone,
        },
    },
};

framed_screen!(pharmacy: Pharmacy, Pharmacy, framed);

split_view! { pharmacy: pub fn area(props: AreaProps) {
    let i18n = use_i18n();
    let state = of(props.state.into());
    let send = move |a: pharmacy::Action| props.on_action.run(Action::Pharmacy(a));
    let messages = Signal::derive(move || state.with(|s| s.messages.clone()));
    let minutes = Signal::derive(move || state.with(|s| s.minutes));
    let highlight = props.highlight;
    let at_pharmacy = move || state.with(|s| s.place == Place::Pharmacy);
    let receipt = move || state.with(|s| (!s.linked).then(|| s.printed_link_code()));
    let place = move || {
        let (target, label, action) = if at_pharmacy() {
            ("to-phone", k::PHARMACY_TO_PHONE, pharmacy::Action::ToPhone)
        } else {
            ("to-pharmacy", k::PHARMACY_TO_PHARMACY, pharmacy::Action::ToPharmacy)
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
    let side = view! {
        <div class="practice-side">
            <Phone messages minutes highlight on_wait=Callback::new(move |()| send(pharmacy::Action::WaitMinutes(10))) />
            {place}
            <div class="time-tools">
                <WaitButton
                    target="wait-day"
                    label=k::PHARMACY_WAIT_DAY
                    hint=k::PHARMACY_WAIT_DAY_HINT
                    highlight
                    waited=Signal::derive(|| None::<String>)
                    on_wait=Callback::new(move |()| send(pharmacy::Action::WaitDays(1)))
                />
                <WaitButton
                    target="wait-week"
                    label=k::PHARMACY_WAIT_WEEK
                    hint=k::PHARMACY_WAIT_WEEK_HINT
                    highlight
                    waited=Signal::derive(|| None::<String>)
                    on_wait=Callback::new(move |()| send(pharmacy::Action::WaitDays(7)))
                />
            </div>
            {move || receipt().map(|code| view! {
                <section class="receipt" aria-labelledby="receipt-title" lang="nl" dir="ltr">
                    <h2 id="receipt-title">{practice(p::PHARMACY_RECEIPT_TITLE)}</h2>
                    <p>{practice(p::PHARMACY_RECEIPT_TEXT)}</p>
                    <p class="receipt-code">{code}</p>
                </section>
            })}
            <PracticeCardView highlight />
        </div>
    };
    area_section(Some(side.into_any()), screen_of(props.screen()).into_any())
} }

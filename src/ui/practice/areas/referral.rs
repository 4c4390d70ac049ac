//! The referral: the mailbox and the referral page, with the oefenkaart
//! (which shows the child the referral is for).

use leptos::prelude::*;

use super::{area_section, state_of, AreaProps, ScreenProps};
use crate::{
    practice::{
        referral::{self, Referral},
        Action, State,
    },
    ui::{
        lazy::split_view,
        practice::{card::PracticeCardView, referral::framed},
    },
};

fn of(state: Signal<State>) -> Signal<Referral> {
    state_of(state)
}

fn screen_of(props: ScreenProps) -> impl IntoView {
    let on_action =
        Callback::new(move |a: referral::Action| props.on_action.run(Action::Referral(a)));
    framed(
        of(props.state),
        on_action,
        props.highlight,
        props.prefix,
        props.on_restart,
    )
}

split_view! { referral: pub fn screen(props: ScreenProps) { screen_of(props) } }

split_view! { referral: pub fn area(props: AreaProps) {
    let side = view! {
        <div class="practice-side">
            <PracticeCardView highlight=props.highlight child=true />
        </div>
    };
    area_section(Some(side.into_any()), screen_of(props.screen()).into_any())
} }

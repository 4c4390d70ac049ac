//! The referral: the mailbox and the referral page, with the oefenkaart
//! (which shows the child the referral is for).

use leptos::prelude::*;

use super::{area_section, AreaProps, ScreenProps};
use crate::{
    practice::{referral::Referral, Action, State},
    ui::{
        lazy::split_view,
        practice::{card::PracticeCardView, referral::framed},
    },
};

framed_screen!(referral: Referral, Referral, framed);

split_view! { referral: pub fn area(props: AreaProps) {
    let side = view! {
        <div class="practice-side">
            <PracticeCardView highlight=props.highlight child=true />
        </div>
    };
    area_section(Some(side.into_any()), screen_of(props.screen()).into_any())
} }

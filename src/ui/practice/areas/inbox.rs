//! "Nepberichten herkennen": the practice inbox, on its own.

use leptos::prelude::*;

use super::{area_section, state_of, AreaProps, ScreenProps};
use crate::{
    i18n::{p, practice},
    practice::{
        inbox::{self, Inbox, View, MESSAGES},
        Action, State,
    },
    ui::{
        lazy::split_view,
        practice::{frame::PracticeFrame, inbox::InboxScreen},
    },
};

fn of(state: Signal<State>) -> Signal<Inbox> {
    state_of(state)
}

fn framed(props: ScreenProps) -> impl IntoView {
    let state = of(props.state);
    let on_action = Callback::new(move |a: inbox::Action| props.on_action.run(Action::Inbox(a)));
    // A fake login page shows the wrong address its message links to.
    let address = Signal::derive(move || match state.with(|s| s.view) {
        View::FakePage(i) => MESSAGES[i].link.unwrap_or_default().to_owned(),
        _ => practice(p::INBOX_ADDRESS),
    });
    view! {
        <PracticeFrame address on_restart=props.on_restart>
            <InboxScreen state on_action highlight=props.highlight prefix=props.prefix />
        </PracticeFrame>
    }
}

split_view! { inbox: pub fn screen(props: ScreenProps) { framed(props) } }

split_view! { inbox: pub fn area(props: AreaProps) {
    area_section(None, framed(props.screen()).into_any())
} }

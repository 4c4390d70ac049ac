//! A lesson step's picture: its drawing, or the practice screen itself,
//! small and inert, as it looks when the step starts, with the step's
//! control lit. The lesson player shows it beside each step, and
//! "Woorden op het scherm" shows a word in it, so both always show the
//! real practice screen.

use leptos::prelude::*;

use crate::{
    lesson::Step,
    practice::{Service, State},
    ui::practice::areas::PracticeScreen,
};

/// The picture of `step` of a lesson with `service`, its screen in
/// `state`; `lit`: light the step's target.
pub fn screen_picture(step: &Step, service: Service, state: State, lit: bool) -> AnyView {
    match &step.picture {
        Some(path) => {
            view! { <img src=format!("/{path}") alt="" width="240" height="160" /> }.into_any()
        }
        None => {
            let highlight = step.target.clone().filter(|_| lit);
            view! {
                <div class="mini" inert=true aria-hidden="true">
                    <PracticeScreen
                        service
                        state=Signal::stored(state)
                        on_action=Callback::new(|_| {})
                        highlight=Signal::stored(highlight)
                        on_restart=Callback::new(|()| {})
                        prefix="pic"
                    />
                </div>
            }
            .into_any()
        }
    }
}

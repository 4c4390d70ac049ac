/*!
The step buttons of a lesson: back, forward (only to steps already done:
a step is done by doing it) and start again. On a phone they come after
the practice screen, so the step's text and its control stand together.
*/

use leptos::prelude::*;

use super::lesson::{At, Player};
use crate::{
    i18n::k,
    ui::{i18n::use_i18n, icon::Icon},
};

#[component]
pub fn StepNav(player: Player, index: usize) -> impl IntoView {
    let i18n = use_i18n();
    let total = player.lesson.steps.len();
    let done = move || player.done_contains(index);
    view! {
        <nav class="step-nav" aria-label=i18n.t(k::LESSON_STEP_OF_NAV)>
            <button
                class="button secondary"
                type="button"
                disabled=index == 0
                on:click=move |_| {
                    player.praise.set(false);
                    player.go(At::Step(index - 1));
                }
            >
                <Icon name="arrow" />
                <span>{i18n.t(k::LESSON_PREVIOUS)}</span>
            </button>
            <button
                class="button secondary next"
                type="button"
                aria-disabled=move || (!done()).to_string()
                aria-describedby=move || (!done()).then_some("next-locked")
                on:click=move |_| {
                    if done() {
                        player.praise.set(false);
                        if index + 1 == total { player.go(At::Done) } else { player.go(At::Step(index + 1)) }
                    }
                }
            >
                <span>{i18n.t(k::LESSON_NEXT)}</span>
                <Icon name="forward" />
            </button>
            <button class="button secondary" type="button" on:click=move |_| player.restart()>
                <span>{i18n.t(k::LESSON_RESTART)}</span>
            </button>
        </nav>
        <p class="hint" id="next-locked" hidden=done>
            {i18n.t(k::LESSON_NEXT_LOCKED)}
        </p>
    }
}

/*!
A practice screen's answer to a press: seen and heard, every time.

The learner presses, the service answers with a kind message. On a small
phone that message can be off screen, and the same refusal twice gives the
same words: nothing on the page seems to change, and a screen reader says
nothing (the same words are not a new alert). So after every action the
page learns whether a message is new or said again
([`crate::model::in_view::Answer`]), brings it
into view, and a status line ([`SaidAgain`]) repeats it for screen readers.
*/

use leptos::prelude::*;

use crate::{
    model::in_view::Answer,
    practice::{Action, State},
    ui::focus,
};

/// Does `action` in `state`: the events, and whether it changed nothing
/// (a refused press).
pub fn apply(state: RwSignal<State>, action: Action) -> (Vec<&'static str>, bool) {
    state
        .try_update(|s| {
            let before = s.clone();
            let events = s.apply(action);
            let unchanged = *s == before;
            (events, unchanged)
        })
        .unwrap_or_default()
}

/// A frame after an action (once the screen is drawn): when its message
/// is new or said again, `into_view` brings it into view, and a repeated
/// one is said again on `said_again`. `before` is the message's words
/// before the action.
pub fn after_action(
    before: Option<String>,
    unchanged: bool,
    said_again: SaidAgain,
    into_view: impl Fn() + 'static,
) {
    request_animation_frame(move || {
        let now = focus::practice_message();
        match Answer::after(before.as_deref(), now.as_deref(), unchanged) {
            Answer::Quiet => {}
            Answer::New => into_view(),
            Answer::Again => {
                into_view();
                said_again.say();
            }
        }
    });
}

/// The status line that says a message again for screen readers, in the
/// message's language. Its words differ each time (a trailing space comes
/// and goes), or a screen reader would take them as said.
#[derive(Clone, Copy)]
pub struct SaidAgain(RwSignal<(String, String, bool)>);

impl Default for SaidAgain {
    fn default() -> Self {
        Self::new()
    }
}

impl SaidAgain {
    pub fn new() -> Self {
        SaidAgain(RwSignal::new(("nl".to_owned(), String::new(), false)))
    }

    /// Says the screen's message again.
    pub fn say(self) {
        let Some(text) = focus::practice_message() else {
            return;
        };
        let lang = focus::practice_message_lang();
        self.0
            .update(|(l, t, turn)| (*l, *t, *turn) = (lang, text, !*turn));
    }

    /// Empties the line (the learner moved on).
    pub fn clear(self) {
        self.0.update(|(_, text, _)| text.clear());
    }

    pub fn view(self) -> impl IntoView {
        let said = self.0;
        view! {
            <p class="visually-hidden said-again" role="status" lang=move || said.with(|s| s.0.clone())>
                {move || said.with(|(_, text, turn)| if *turn { format!("{text}\u{a0}") } else { text.clone() })}
            </p>
        }
    }
}

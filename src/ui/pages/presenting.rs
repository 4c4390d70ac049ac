/*!
Presenter mode's screen: the lesson player, shown big for a group
(`?presenteren=ja`), steered from the controls in a second window
([`super::controls`]). The screen owns the lesson: it tells the controls
where it is whenever that changes or they ask, and obeys their commands
for its own lesson. The protocol is in [`crate::model::presenter`].
*/

use leptos::prelude::*;
use leptos_router::components::A;

use super::lesson::{At, Player};
use crate::{
    i18n::k,
    model::presenter::{Message, Place, CONTROLS_WINDOW},
    routes,
    ui::{
        i18n::use_i18n,
        icon::Icon,
        presenter::{mark_presenting, open_window, Channel},
    },
};

/// Connects the player to the controls and draws the presenter bar: what
/// this screen is, "Open de bediening", and the way back to a plain lesson.
pub fn follow_controls(player: Player, at: Signal<At>) -> impl IntoView {
    mark_presenting();
    let i18n = use_i18n();
    let lesson = player.lesson;
    let total = lesson.steps.len();
    let asked = RwSignal::new(0_u32);
    let channel = Channel::open(move |message| {
        if message == Message::Ask {
            asked.update(|n| *n += 1);
            return;
        }
        if message.command_for() != Some(lesson.id.as_str()) {
            return;
        }
        match message {
            Message::Go { step, .. } if step >= total => player.go(At::Done),
            Message::Go { step, .. } => player.go(At::Step(step)),
            Message::ShowMe { .. } => {
                if let At::Step(index) = at.get_untracked() {
                    player.show_me(index);
                }
            }
            Message::Restart { .. } => player.restart(),
            Message::Fault { fault, .. } => {
                if let Some(fault) = crate::practice::Fault::from_id(&fault) {
                    player.arm(fault);
                }
            }
            Message::Place(_) | Message::Ask => {}
        }
    });
    Effect::new(move |_| {
        asked.track();
        let step = match at.get() {
            At::Step(index) => index,
            At::Done => total,
            At::Resume => return,
        };
        channel.post(&Message::Place(Place {
            lesson: lesson.id.clone(),
            look: player.look.map(str::to_owned),
            step,
        }));
    });
    let open_controls = move |_| open_window(&routes::controls(&lesson.id), CONTROLS_WINDOW);
    let plain = move || {
        let path = match at.get() {
            At::Step(index) => routes::lesson_step(&lesson.id, index + 1),
            At::Done | At::Resume => routes::lesson(&lesson.id),
        };
        routes::with_look(path, player.look)
    };
    view! {
        <div class="presenter-bar">
            <p>
                <strong>{i18n.t(k::PRESENT_TITLE)}</strong>
                " "
                <span>{i18n.t(k::PRESENT_TEXT)}</span>
            </p>
            <button class="button" type="button" on:click=open_controls>
                <Icon name="menu" />
                <span>{i18n.t(k::PRESENT_OPEN_CONTROLS)}</span>
            </button>
            <A href=plain attr:class="button secondary">
                {i18n.t(k::PRESENT_STOP)}
            </A>
        </div>
    }
}

/*!
The practice area: the framed practice screen of whichever service is
open, with what belongs beside it (for DigiD: the phone and the
oefenkaart; for DigiD aanvragen: the letterbox and the oefenkaart). Used by
lessons and by free practice.

Each service's area and screen are split functions in their own file, so
each service is its own wasm chunk in a release build: a learner
practising DigiD never downloads the inbox. [`load_area`] and
[`load_screen`] are the one place that maps a service to its views; the
match is exhaustive, so a new service without views does not compile.
*/

/// `of` (the service's state), `screen_of` (its framed screen from the
/// shared props) and the `screen` split view, for a service whose views
/// have `framed(state, on_action, highlight, prefix, on_restart)`.
macro_rules! framed_screen {
    ($chunk:ident: $model:ty, $variant:ident, $framed:path) => {
        fn of(state: Signal<State>) -> Signal<$model> {
            super::state_of(state)
        }

        fn screen_of(props: ScreenProps) -> impl IntoView {
            let on_action = Callback::new(move |a| props.on_action.run(Action::$variant(a)));
            $framed(
                of(props.state),
                on_action,
                props.highlight,
                props.prefix,
                props.on_restart,
            )
        }

        crate::ui::lazy::split_view! { $chunk: pub fn screen(props: ScreenProps) { screen_of(props) } }
    };
}

mod basics;
mod digid_app;
mod digid_apply;
mod digid_web;
mod gp;
mod hospital;
mod inbox;
mod pharmacy;
mod referral;
mod vaccination;
mod video;

use leptos::prelude::*;

use super::Highlight;
use crate::{
    practice::{Action, Model, Service, State},
    ui::lazy::{Loaded, Loader, Pending},
};

/// What the practice area of any service needs.
#[derive(Clone, Copy)]
pub struct AreaProps {
    pub state: RwSignal<State>,
    pub on_action: Callback<Action>,
    pub highlight: Highlight,
    pub on_restart: Callback<()>,
}

/// What a framed practice screen needs: live, or small and inert as a
/// lesson step's picture (with its own id prefix).
#[derive(Clone, Copy)]
pub struct ScreenProps {
    pub state: Signal<State>,
    pub on_action: Callback<Action>,
    pub highlight: Highlight,
    pub on_restart: Callback<()>,
    pub prefix: &'static str,
}

/// The practice area of `service`, fetched with its chunk.
pub fn load_area(service: Service, props: AreaProps) -> Pending {
    match service {
        Service::DigidWeb => Box::pin(digid_web::area(props)),
        Service::DigidApp => Box::pin(digid_app::area(props)),
        Service::Inbox => Box::pin(inbox::area(props)),
        Service::DigidApply => Box::pin(digid_apply::area(props)),
        Service::Gp => Box::pin(gp::area(props)),
        Service::Video => Box::pin(video::area(props)),
        Service::Pharmacy => Box::pin(pharmacy::area(props)),
        Service::Hospital => Box::pin(hospital::area(props)),
        Service::Referral => Box::pin(referral::area(props)),
        Service::Vaccination => Box::pin(vaccination::area(props)),
        Service::Basics => Box::pin(basics::area(props)),
    }
}

/// The framed screen of `service` alone, fetched with its chunk.
pub fn load_screen(service: Service, props: ScreenProps) -> Pending {
    match service {
        Service::DigidWeb => Box::pin(digid_web::screen(props)),
        Service::DigidApp => Box::pin(digid_app::screen(props)),
        Service::Inbox => Box::pin(inbox::screen(props)),
        Service::DigidApply => Box::pin(digid_apply::screen(props)),
        Service::Gp => Box::pin(gp::screen(props)),
        Service::Video => Box::pin(video::screen(props)),
        Service::Pharmacy => Box::pin(pharmacy::screen(props)),
        Service::Hospital => Box::pin(hospital::screen(props)),
        Service::Referral => Box::pin(referral::screen(props)),
        Service::Vaccination => Box::pin(vaccination::screen(props)),
        Service::Basics => Box::pin(basics::screen(props)),
    }
}

/// The practice area of a service, with everything beside it.
#[component]
pub fn PracticeArea(
    service: Service,
    state: RwSignal<State>,
    on_action: Callback<Action>,
    #[prop(into)] highlight: Highlight,
    on_restart: Callback<()>,
) -> impl IntoView {
    // Keyboard and screen-reader users stay on the practice screen when
    // their action changed it. A part that keeps focus by its own, more
    // exact rule (`data-keeps-focus`) is left to it: two rules racing for
    // the same lost focus could each win.
    let on_action = Callback::new(move |action| {
        let own_rule = crate::ui::focus::focus_is_in("[data-keeps-focus]");
        on_action.run(action);
        if !own_rule {
            // Two frames on: focus a new view sets itself (a dialog's
            // first button) comes first, and is then not lost.
            request_animation_frame(|| {
                request_animation_frame(|| crate::ui::focus::rescue_focus_to_screen(30))
            });
        }
    });
    let props = AreaProps {
        state,
        on_action,
        highlight,
        on_restart,
    };
    view! { <Loaded loader=Loader::new(move || load_area(service, props)) /> }
}

/// The framed screen of the service, without anything beside it; also
/// used small and inert as a lesson step's picture.
#[component]
pub fn PracticeScreen(
    service: Service,
    #[prop(into)] state: Signal<State>,
    on_action: Callback<Action>,
    #[prop(into)] highlight: Highlight,
    on_restart: Callback<()>,
    #[prop(default = "live")] prefix: &'static str,
) -> impl IntoView {
    let props = ScreenProps {
        state,
        on_action,
        highlight,
        on_restart,
        prefix,
    };
    view! { <Loaded loader=Loader::new(move || load_screen(service, props)) /> }
}

/// The state of service `M` in a practice state signal. A view only ever
/// gets its own service's state; should it not (a bug), it shows a fresh
/// start instead of breaking.
fn state_of<M: Model>(state: Signal<State>) -> Signal<M> {
    Signal::derive(move || {
        state
            .with(|s| M::of(s).cloned())
            .unwrap_or_else(|| M::new(1))
    })
}

/// The section around a practice screen and what belongs beside it.
fn area_section(side: Option<AnyView>, screen: AnyView) -> AnyView {
    use crate::{i18n::k, ui::i18n::use_i18n};
    let i18n = use_i18n();
    let with_side = side.is_some();
    view! {
        <section
            class="practice-area"
            class:with-side=with_side
            aria-label=i18n.t(k::PRACTICE_AREA_LABEL)
        >
            {screen}
            {side}
        </section>
    }
    .into_any()
}

impl AreaProps {
    /// The live screen's part of the area.
    pub fn screen(self) -> ScreenProps {
        ScreenProps {
            state: self.state.into(),
            on_action: self.on_action,
            highlight: self.highlight,
            on_restart: self.on_restart,
            prefix: "live",
        }
    }
}

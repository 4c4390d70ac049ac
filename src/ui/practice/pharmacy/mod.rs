/*!
"Apotheek Oefenanker": thin views over [`Pharmacy`]. On the phone the
frame is the app (its address bar names the app, like a phone's app
switcher); at the pharmacy it is the locker on the wall. All rules live in
the state machine.
*/

mod app;
mod locker;

use leptos::prelude::*;

use super::{
    controls::labelled_button,
    frame::PracticeFrame,
    kit::{shown, ProblemBox},
    Highlight, ScreenCtx,
};
use crate::{
    i18n::{p, practice},
    practice::pharmacy::{Action, Pharmacy, Place, Problem, Screen},
};

/// Everything a pharmacy screen needs.
pub type PharmacyCtx = ScreenCtx<Pharmacy, Action>;

impl PharmacyCtx {
    fn problem_box(self) -> impl IntoView {
        let shown = Signal::derive(move || shown(self.state.with(|s| s.problem), problem_key));
        view! { <ProblemBox shown id=self.id("error") /> }
    }

    fn button(
        self,
        target: &'static str,
        class: &'static str,
        label: &'static str,
        action: Action,
    ) -> impl IntoView {
        labelled_button(self, target, class, practice(label), action)
    }
}

/// The kind message for a problem (Dutch, like the service).
fn problem_key(problem: Problem) -> &'static str {
    match problem {
        Problem::WrongApp => p::PHARMACY_ERROR_WRONG_APP,
        Problem::LinkCodeMissing => p::PHARMACY_ERROR_CODE_MISSING,
        Problem::LinkCodeWrong => p::PHARMACY_ERROR_CODE_WRONG,
        Problem::BirthMissing => p::PHARMACY_ERROR_BIRTH_MISSING,
        Problem::BirthShortYear => p::PHARMACY_ERROR_BIRTH_SHORT_YEAR,
        Problem::BirthFormat => p::PHARMACY_ERROR_BIRTH_FORMAT,
        Problem::BirthWrong => p::PHARMACY_ERROR_BIRTH_WRONG,
        Problem::NeedsCheck => p::PHARMACY_ERROR_NEEDS_CHECK,
        Problem::NothingPicked => p::PHARMACY_ERROR_NOTHING_PICKED,
        Problem::PickupMissing => p::PHARMACY_ERROR_PICKUP_MISSING,
        Problem::CodeMissing => p::PHARMACY_ERROR_LOCKER_EMPTY,
        Problem::CodeWrong => p::PHARMACY_ERROR_LOCKER_WRONG,
        Problem::CodeOld => p::PHARMACY_ERROR_LOCKER_OLD,
        Problem::CodeExpired => p::PHARMACY_ERROR_LOCKER_EXPIRED,
        Problem::NothingWaiting => p::PHARMACY_ERROR_NOTHING_WAITING,
        Problem::TooLong => p::PHARMACY_ERROR_TOO_LONG,
        // Shown by the guard's own warning, never as text.
        Problem::RealData(_) => p::PHARMACY_ERROR_TOO_LONG,
    }
}

/// The framed pharmacy screen: the app on the phone, or the locker.
pub fn framed(
    state: Signal<Pharmacy>,
    on_action: Callback<Action>,
    highlight: Highlight,
    prefix: &'static str,
    on_restart: Callback<()>,
) -> impl IntoView {
    let ctx = PharmacyCtx {
        state,
        on_action,
        highlight,
        prefix,
    };
    let address = Signal::derive(move || {
        practice(state.with(|s| match (s.place, s.screen) {
            (Place::Pharmacy, _) => p::PHARMACY_ADDRESS_LOCKER,
            (Place::Phone, Screen::Store) => p::PHARMACY_ADDRESS_STORE,
            (Place::Phone, _) => p::PHARMACY_ADDRESS_APP,
        }))
    });
    // Drawn again only when the screen changes; what changes within a
    // screen updates in place (a message read out again at every typed
    // key, otherwise).
    let shown = Memo::new(move |_| state.with(|s| s.screen));
    view! {
        <PracticeFrame address on_restart>
            <div class="pharmacy" data-theme="oefenanker">
                {move || screen(ctx, shown.get())}
            </div>
        </PracticeFrame>
    }
}

fn screen(ctx: PharmacyCtx, screen: Screen) -> AnyView {
    match screen {
        Screen::Store => app::store(ctx).into_any(),
        Screen::Welcome => app::welcome(ctx).into_any(),
        Screen::Link => app::link(ctx).into_any(),
        Screen::Home => app::home(ctx).into_any(),
        Screen::Medicines => app::medicines(ctx).into_any(),
        Screen::Order => app::order(ctx).into_any(),
        Screen::Pickup => app::pickup(ctx).into_any(),
        Screen::Summary => app::summary(ctx).into_any(),
        Screen::Status => app::status(ctx).into_any(),
        Screen::Reminder => app::reminder(ctx).into_any(),
        Screen::Locker => locker::keypad(ctx).into_any(),
        Screen::LockerOpen => locker::open(ctx).into_any(),
        Screen::LockerDone => locker::done(ctx).into_any(),
    }
}

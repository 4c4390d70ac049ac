/*!
"Mijn Oefendal": thin views over [`Hospital`]. At home the frame is the
portal in a browser (its address bar shows the portal's address, or
DigiD's while logging in); in the hospital it is the kiosk in the hall.
All rules live in the state machine.
*/

mod kiosk;
mod portal;
mod questions;

use leptos::prelude::*;

use super::{
    controls::labelled_button,
    frame::PracticeFrame,
    kit::{alert_dialog, screen_title, shown, DialogButton, ProblemBox},
    lit, Highlight, ScreenCtx,
};
use crate::{
    i18n::{p, practice},
    practice::hospital::{Action, Hospital, Page, Place, Problem, Screen},
};

/// Everything a hospital screen needs.
pub type HospitalCtx = ScreenCtx<Hospital, Action>;

impl HospitalCtx {
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

    /// A page's title with "Terug" to `back`.
    fn title(self, key: &'static str, target: &'static str, back: Page) -> impl IntoView {
        let on_back = Callback::new(move |()| self.send(Action::Open(back)));
        screen_title(
            practice(key),
            Some((self.id(target), practice(p::HOSPITAL_BACK), on_back)),
        )
    }
}

/// The kind message for a problem (Dutch, like the service).
fn problem_key(problem: Problem) -> &'static str {
    match problem {
        Problem::NoAnswer => p::HOSPITAL_ERROR_NO_ANSWER,
        Problem::TooEarly => p::HOSPITAL_ERROR_TOO_EARLY,
        Problem::WrongDay => p::HOSPITAL_ERROR_WRONG_DAY,
        Problem::BankCard => p::HOSPITAL_ERROR_BANK_CARD,
        Problem::NoQr => p::HOSPITAL_ERROR_NO_QR,
        Problem::TooLong => p::HOSPITAL_ERROR_TOO_LONG,
        // Shown by the guard's own warning, never as text.
        Problem::RealData(_) => p::HOSPITAL_ERROR_TOO_LONG,
    }
}

/// The framed hospital screen: the portal at home, the kiosk in the hall.
pub fn framed(
    state: Signal<Hospital>,
    on_action: Callback<Action>,
    highlight: Highlight,
    prefix: &'static str,
    on_restart: Callback<()>,
) -> impl IntoView {
    let ctx = HospitalCtx {
        state,
        on_action,
        highlight,
        prefix,
    };
    let address = Signal::derive(move || {
        practice(state.with(|s| match (s.place, s.screen) {
            (Place::Hospital, _) => p::HOSPITAL_ADDRESS_KIOSK,
            (Place::Home, Screen::Digid) => p::DIGID_ADDRESS,
            (Place::Home, _) => p::HOSPITAL_ADDRESS,
        }))
    });
    let screen = Memo::new(move |_| state.with(|s| s.screen));
    let idle = Memo::new(move |_| state.with(|s| s.idle_warning));
    let kiosk = Memo::new(move |_| state.with(|s| s.place == Place::Hospital));
    view! {
        <PracticeFrame address on_restart>
            <div class="ps hospital" class:kiosk=kiosk data-theme="oefendal">
                <div class="hospital-page" inert=move || idle.get()>
                    {move || (!kiosk.get()).then(|| portal::header(ctx))}
                    {move || body(ctx, screen.get())}
                </div>
                {move || idle.get().then(|| idle_dialog(ctx))}
            </div>
        </PracticeFrame>
    }
}

fn body(ctx: HospitalCtx, screen: Screen) -> AnyView {
    match screen {
        Screen::Start => portal::start(ctx, false).into_any(),
        Screen::LoggedOut => portal::start(ctx, true).into_any(),
        Screen::Digid => portal::digid(ctx).into_any(),
        Screen::Home => portal::home(ctx).into_any(),
        Screen::Appointments => portal::appointments(ctx).into_any(),
        Screen::Appointment(n) => portal::appointment(ctx, n).into_any(),
        Screen::QrTicket => portal::qr_ticket(ctx).into_any(),
        Screen::Results => portal::results(ctx).into_any(),
        Screen::Letters => portal::letters(ctx).into_any(),
        Screen::Letter => portal::letter(ctx).into_any(),
        Screen::Messages => portal::messages(ctx).into_any(),
        Screen::Message => portal::message(ctx).into_any(),
        Screen::Tasks => questions::tasks(ctx).into_any(),
        Screen::Question(n) => questions::question(ctx, n).into_any(),
        Screen::Review => questions::review(ctx).into_any(),
        Screen::Sent => questions::sent(ctx).into_any(),
        Screen::Kiosk => kiosk::welcome(ctx).into_any(),
        Screen::KioskAppointment => kiosk::appointment(ctx).into_any(),
        Screen::KioskTicket => kiosk::ticket(ctx).into_any(),
        Screen::KioskDone => kiosk::done(ctx).into_any(),
    }
}

/// "Wilt u ingelogd blijven?": over the page, which is inert meanwhile.
fn idle_dialog(ctx: HospitalCtx) -> impl IntoView {
    let button = |target: &'static str, class, label, action: Action| DialogButton {
        id: ctx.id(target),
        class,
        label: practice(label),
        lit: Signal::derive(lit(ctx.highlight, target)),
        on_press: Callback::new(move |()| ctx.send(action.clone())),
    };
    alert_dialog(
        ctx.id("idle"),
        practice(p::HOSPITAL_IDLE_TITLE),
        practice(p::HOSPITAL_IDLE_TEXT),
        button(
            "stay",
            "ps-button",
            p::HOSPITAL_IDLE_STAY,
            Action::StayLoggedIn,
        ),
        button("idle-logout", "ps-link", p::HOSPITAL_LOGOUT, Action::Logout),
    )
}

/*!
"DigiD app (oefenen)": thin views over [`DigidApp`]. The practice has two
devices, so the area shows the website on a computer (framed like every
practice screen) beside a simulated phone; without a computer the phone
stands alone and the website opens in its browser.

All rules live in the state machine; these views read the state, send
actions and show text. The phone's and the website's text is Dutch, like
the real services; the controls around them speak the learner's language.
*/

mod app;
mod device;
mod side;
mod web;

pub use device::Device;
pub use side::TimeTools;
pub use web::Website;

use leptos::{ev::SubmitEvent, prelude::*};

use super::{
    controls,
    kit::{ProblemBox, Shown},
    ScreenCtx,
};
use crate::{
    i18n::{p, practice, practice_with},
    practice::digid_app::{Action, DigidApp, Problem},
};

/// Everything a DigiD app view needs.
pub type AppCtx = ScreenCtx<DigidApp, Action>;

/// Keeps keyboard and screen-reader users in place: when the learner's
/// own click or typing in this part changed `screen` and so removed the
/// focused control, focus moves to the first of `ids` on the new screen.
/// Returns the flag the part's `on:click`/`on:input` must set. The part
/// carries `data-keeps-focus`, so the practice area's general rule
/// (focus to the screen's title) leaves it to this one.
fn keep_focus<T: PartialEq + Clone + Send + Sync + 'static>(
    ctx: AppCtx,
    screen: Memo<T>,
    ids: [&'static str; 2],
) -> StoredValue<bool> {
    let acted = StoredValue::new(false);
    if ctx.prefix == "live" {
        Effect::new(move |first: Option<()>| {
            screen.track();
            if first.is_some() && acted.get_value() {
                acted.set_value(false);
                let ids = ids.map(|id| ctx.id(id));
                request_animation_frame(move || crate::ui::focus::rescue_focus(&ids));
            }
        });
    }
    acted
}

/// The kind, specific message for a problem (in Dutch, like the service).
fn problem_lines(problem: Problem) -> Vec<String> {
    let keys: &[&str] = match problem {
        Problem::EmptyUsername => &[p::APP_ERROR_EMPTY_USERNAME],
        Problem::EmptyPassword => &[p::APP_ERROR_EMPTY_PASSWORD],
        Problem::WrongLogin => &[p::APP_ERROR_WRONG_LOGIN],
        Problem::EmptyCode => &[p::APP_ERROR_EMPTY_CODE],
        Problem::WrongCode => &[p::APP_ERROR_WRONG_CODE],
        Problem::CodeExpired => &[p::APP_ERROR_CODE_EXPIRED, p::APP_ERROR_CODE_EXPIRED_HELP],
        Problem::LetterNotYet => &[
            p::APP_ERROR_LETTER_NOT_YET,
            p::APP_ERROR_LETTER_NOT_YET_HELP,
        ],
        Problem::WrongLetterCode => &[p::APP_ERROR_WRONG_LETTER_CODE],
        Problem::PinTooSimple => &[
            p::APP_ERROR_PIN_TOO_SIMPLE,
            p::APP_ERROR_PIN_TOO_SIMPLE_HELP,
        ],
        Problem::PinMismatch => &[p::APP_ERROR_PIN_MISMATCH],
        Problem::WrongPin { tries_left } => {
            return vec![
                practice(p::APP_ERROR_WRONG_PIN),
                practice_with(p::APP_ERROR_TRIES_LEFT, "count", tries_left.to_string()),
            ]
        }
        Problem::NoKoppelcode => &[p::APP_ERROR_NO_KOPPELCODE],
        Problem::EmptyKoppelcode => &[p::APP_ERROR_EMPTY_KOPPELCODE],
        Problem::WrongKoppelcode => &[p::APP_ERROR_WRONG_KOPPELCODE],
        Problem::KoppelcodeExpired => &[
            p::APP_ERROR_KOPPELCODE_EXPIRED,
            p::APP_ERROR_KOPPELCODE_EXPIRED_HELP,
        ],
        Problem::QrExpired => &[p::APP_ERROR_QR_EXPIRED, p::APP_ERROR_QR_EXPIRED_HELP],
        Problem::UseTheApp => &[p::WEB_ERROR_USE_APP],
        Problem::AppNotReady => &[p::WEB_ERROR_APP_NOT_READY],
        Problem::Cancelled => &[p::WEB_ERROR_CANCELLED],
        Problem::TooLong => &[p::APP_ERROR_TOO_LONG],
        Problem::RealData(_) => &[],
    };
    keys.iter().map(|key| practice(key)).collect()
}

/// The problem box of the phone or the website (`which` picks one): the
/// service's own message, or Oefenplein's real-data warning.
fn problem_box(
    ctx: AppCtx,
    which: fn(&DigidApp) -> Option<Problem>,
    id: &'static str,
) -> impl IntoView {
    let shown = Signal::derive(move || {
        ctx.state.with(which).map(|problem| match problem {
            Problem::RealData(kind) => Shown::RealData(kind),
            other => Shown::Service(problem_lines(other)),
        })
    });
    view! { <ProblemBox shown id=ctx.id(id) /> }
}

/// A button that sends `action`; `target` names it for "Laat zien".
fn action_button(
    ctx: AppCtx,
    target: &'static str,
    class: &'static str,
    label: &'static str,
    action: Action,
) -> impl IntoView {
    controls::action_button(ctx, target, class, label, action)
}

/// A choice with a title and a line of explanation.
fn option_button(
    ctx: AppCtx,
    target: &'static str,
    title: &'static str,
    text: &'static str,
    action: Action,
) -> impl IntoView {
    controls::option_button(ctx, target, title, text, action)
}

fn on_submit(ctx: AppCtx, action: Action) -> impl Fn(SubmitEvent) + Clone {
    move |ev: SubmitEvent| {
        ev.prevent_default();
        ctx.send(action.clone());
    }
}

/// A labelled text field on the phone, bound to part of the state.
fn text_field(
    ctx: AppCtx,
    name: &'static str,
    label: &'static str,
    kind: &'static str,
    value: fn(&DigidApp) -> String,
    action: fn(String) -> Action,
) -> impl IntoView {
    controls::text_field(
        ctx,
        name,
        label,
        kind,
        value,
        action,
        |s| s.problem.is_some(),
        "app-error",
    )
}

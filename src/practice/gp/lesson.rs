/*!
What a lesson file may name in the portal: the controls a step points
at, the events it waits for, and the placeholders its actions fill in.
The same names serve both looks, so a lesson written once runs in either.
*/

use super::{Action, Event, Gp};
use crate::practice::{digid_web, login::join};

/// Fills in a lesson file's placeholders in DigiD's actions
/// (`card:username`, `sms:latest`, ...).
pub fn resolve(action: &Action, state: &Gp) -> Action {
    let fill = |value: &str| match value {
        "card:email" => crate::practice::card::CARD.email.to_owned(),
        "card:password" => crate::practice::card::CARD.password.to_owned(),
        "code:latest" => state.latest_code().unwrap_or_default().to_owned(),
        other => other.to_owned(),
    };
    match action {
        Action::Digid(a) => Action::Digid(digid_web::resolve(a, &state.login.digid)),
        Action::Email(v) => Action::Email(fill(v)),
        Action::OwnPassword(v) => Action::OwnPassword(fill(v)),
        Action::OwnCode(v) => Action::OwnCode(fill(v)),
        other => other.clone(),
    }
}

/// The portal's own controls a lesson can point at.
const OWN_TARGETS: &[&str] = &[
    "digid-login",
    "own-login",
    "email",
    "own-password",
    "own-submit",
    "own-code",
    "own-code-submit",
    "own-resend",
    "terms-tick",
    "terms-next",
    "mobile-right",
    "ask",
    "book",
    "repeat",
    "medication",
    "results",
    "messages",
    "appointments",
    "orders",
    "to-messages",
    "to-appointments",
    "to-orders",
    "home",
    "person",
    "ask-on",
    "subject",
    "question",
    "add-photo",
    "photo-0",
    "send-question",
    "open-reply",
    "reason",
    "reason-next",
    "who-gp",
    "who-trainee",
    "who-nurse",
    "slot-0",
    "slot-1",
    "slot-2",
    "confirm-booking",
    "cancel",
    "cancel-yes",
    "medicine-omeprazol",
    "medicine-metformine",
    "medicine-atorvastatine",
    "medicine-salbutamol",
    "send-repeat",
    "order-status",
    "result-hemoglobin",
    "result-glucose",
    "result-cholesterol",
    "stay",
    "back",
    "person-me",
    "book-from-result",
    "logout",
    "wait-days",
    "idle",
];

/// Every control a lesson can point at: the portal's and DigiD's.
pub const TARGETS: [&str; OWN_TARGETS.len() + digid_web::TARGETS.len()] =
    join(OWN_TARGETS, digid_web::TARGETS);

/// Every event a lesson step can wait for: the portal's and DigiD's.
pub const EVENTS: [&str; Event::IDS.len() + digid_web::Event::IDS.len()] =
    join(Event::IDS, digid_web::Event::IDS);

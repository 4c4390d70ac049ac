/*!
"Oefenprik": the invitation for the flu jab. A letter proposes a date, a
time and a place. Keeping it needs nothing; changing or cancelling it is
done on the booking website after logging in with DigiD (oefenen) and
answering whether an invitation letter came. Changing means picking
another free time; cancelling asks "are you sure?". Each ends with a
confirmation and what to bring.

Mistakes on purpose: answering "Nee" to the invitation question (then
booking online is not possible, and the page says whom to phone), and a
time that is taken.
*/

mod action;
#[cfg(test)]
mod tests;

use super::{
    digid_web,
    kit::phone::Message,
    login::{join, DigidLogin},
};

pub use action::{Action, Choice, Event};

/// The free times for changing: (day, time). One is taken.
pub const SLOTS: [(usize, &str); 5] = [
    (0, "09:20"),
    (0, "13:40"),
    (1, "10:00"),
    (1, "15:20"),
    (1, "16:00"),
];
/// The time that shows as taken.
pub const TAKEN: usize = 2;

/// Which screen shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The invitation letter.
    Letter,
    /// The booking website's first page.
    Start,
    Digid,
    /// "Heeft u een uitnodigingsbrief gekregen?"
    Eligible,
    /// The planned appointment: keep, change, cancel.
    Appointment,
    Slots,
    /// The new time, to confirm.
    Check,
    /// "Weet u zeker dat u wilt afzeggen?"
    CancelCheck,
    /// What was done, and what to bring.
    Done,
}

/// What was done in the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Kept,
    Changed(usize),
    Cancelled,
}

/// What went wrong, for a kind and specific message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// "Nee" to the invitation question.
    NoInvitation,
    /// "Verder" without an answer.
    NoAnswer,
}

/// The letter, the website and the appointment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vaccination {
    pub screen: Screen,
    pub problem: Option<Problem>,
    pub login: DigidLogin,
    pub logged_in: bool,
    /// The answer to the invitation question.
    pub invited: Option<bool>,
    pub slot: Option<usize>,
    pub outcome: Option<Outcome>,
    /// Simulated clock in minutes (DigiD's SMS codes).
    pub minutes: u32,
    seed: u32,
}

impl Vaccination {
    pub fn new(seed: u32) -> Vaccination {
        Vaccination {
            screen: Screen::Letter,
            problem: None,
            login: DigidLogin::new(seed),
            logged_in: false,
            invited: None,
            slot: None,
            outcome: None,
            minutes: 0,
            seed,
        }
    }

    /// DigiD's SMS codes, on the website's clock.
    pub fn phone_messages(&self) -> Vec<Message> {
        self.login.messages().collect()
    }
}

impl Default for Vaccination {
    fn default() -> Self {
        Vaccination::new(1)
    }
}

/// Fills in a lesson file's placeholders in DigiD's actions.
pub fn resolve(action: &Action, state: &Vaccination) -> Action {
    match action {
        Action::Digid(a) => Action::Digid(digid_web::resolve(a, &state.login.digid)),
        other => other.clone(),
    }
}

const OWN_TARGETS: &[&str] = &[
    "to-website",
    "digid-login",
    "invited-yes",
    "invited-no",
    "invited-next",
    "keep",
    "change",
    "cancel",
    "slot-0",
    "slot-1",
    "slot-2",
    "slot-other",
    "confirm",
    "cancel-yes",
    "cancel-no",
    "back",
    "letter",
];

/// Every control a lesson can point at: the website's and DigiD's.
pub const TARGETS: [&str; OWN_TARGETS.len() + digid_web::TARGETS.len()] =
    join(OWN_TARGETS, digid_web::TARGETS);

/// Every event a lesson step can wait for: the website's and DigiD's.
pub const EVENTS: [&str; Event::IDS.len() + digid_web::Event::IDS.len()] =
    join(Event::IDS, digid_web::Event::IDS);

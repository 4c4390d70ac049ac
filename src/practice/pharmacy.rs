/*!
"Apotheek Oefenanker": a pharmacy's app on the practice phone, and its
pickup locker at the pharmacy. The learner installs the app (the store
also shows a look-alike from another maker), links it with the code from
the pharmacy's receipt and their birth date, reads the medicine overview,
orders a repeat, chooses how to get it, follows the status on the
simulated clock, gets an SMS with a pickup code, and types that code at
the locker. Where people really get stuck happens here on purpose, each
with a kind message that says how to go on: a birth date in the wrong
form, a medicine that needs a check-up first, a mistyped code and a code
that has expired (a new one is one press in the app). An intake reminder
ends the care journey.

The actions are in `action.rs`, the rules behind them in `rules.rs`.
*/

mod action;
mod rules;
#[cfg(test)]
mod tests;

use super::{
    codes::{self, Seed},
    guard::RealData,
    kit::{clock, input, letters, phone::Message},
};
use crate::i18n::p;

pub use action::{Action, App, Event, Page, Setup};
pub use rules::{resolve, TARGETS};

/// How long a pickup code works.
pub const CODE_VALID: u32 = clock::days(7);
/// From the order to "in behandeling".
pub const IN_PROGRESS_AFTER: u32 = clock::days(1);
/// From the order to "klaar om op te halen" (a normal repeat takes two
/// working days).
pub const READY_AFTER: u32 = clock::days(2);
/// The longest wait in one press.
pub const LONGEST_WAIT: u32 = clock::days(7);
/// Characters in the link code on the pharmacy's receipt.
pub const LINK_CODE_LENGTH: usize = 9;
/// Digits in a pickup code.
pub const PICKUP_CODE_LENGTH: usize = 6;
/// The locker's door that opens for the learner.
pub const LOCKER_DOOR: u8 = 14;
/// Intake reminder times offered (hours).
pub const REMINDER_HOURS: [u8; 3] = [8, 13, 18];

/// Where the learner is: with the phone, or at the pharmacy's locker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Phone,
    Pharmacy,
}

/// Which screen shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The practice app store ("Oefenwinkel").
    Store,
    /// The app's first screen: "Koppel je apotheek".
    Welcome,
    /// Link code and birth date.
    Link,
    /// The app's home: four tiles.
    Home,
    Medicines,
    /// Choose the medicines to repeat.
    Order,
    /// Locker, counter or delivery.
    Pickup,
    /// Check and send.
    Summary,
    /// The order and its status chain.
    Status,
    Reminder,
    /// At the pharmacy: the locker's keypad.
    Locker,
    /// The door is open.
    LockerOpen,
    /// Door closed, medicines taken.
    LockerDone,
}

/// A medicine on the practice person's list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Medicine {
    Omeprazol,
    Metformine,
    Amlodipine,
    /// Needs a check-up at the GP before it can be repeated.
    Atorvastatine,
}

impl Medicine {
    pub const ALL: [Medicine; 4] = [
        Medicine::Omeprazol,
        Medicine::Metformine,
        Medicine::Amlodipine,
        Medicine::Atorvastatine,
    ];

    /// Practice text keys of its name and how to take it.
    pub fn name(self) -> &'static str {
        match self {
            Medicine::Omeprazol => p::PHARMACY_MED_OMEPRAZOL,
            Medicine::Metformine => p::PHARMACY_MED_METFORMINE,
            Medicine::Amlodipine => p::PHARMACY_MED_AMLODIPINE,
            Medicine::Atorvastatine => p::PHARMACY_MED_ATORVASTATINE,
        }
    }

    pub fn usage(self) -> &'static str {
        match self {
            Medicine::Omeprazol => p::PHARMACY_MED_OMEPRAZOL_USE,
            Medicine::Metformine => p::PHARMACY_MED_METFORMINE_USE,
            Medicine::Amlodipine => p::PHARMACY_MED_AMLODIPINE_USE,
            Medicine::Atorvastatine => p::PHARMACY_MED_ATORVASTATINE_USE,
        }
    }

    /// Whether the app may repeat it without the GP.
    pub fn repeatable(self) -> bool {
        self != Medicine::Atorvastatine
    }

    /// Its check box's "Laat zien" target.
    pub fn target(self) -> &'static str {
        match self {
            Medicine::Omeprazol => "pick-omeprazol",
            Medicine::Metformine => "pick-metformine",
            Medicine::Amlodipine => "pick-amlodipine",
            Medicine::Atorvastatine => "pick-atorvastatine",
        }
    }
}

/// How the order reaches the learner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Pickup {
    /// The locker outside, day and night, with a code by SMS.
    Locker,
    /// At the counter, in opening hours.
    Counter,
    /// Brought home.
    Delivery,
}

impl Pickup {
    pub const ALL: [Pickup; 3] = [Pickup::Locker, Pickup::Counter, Pickup::Delivery];

    pub fn name(self) -> &'static str {
        match self {
            Pickup::Locker => p::PHARMACY_PICKUP_LOCKER,
            Pickup::Counter => p::PHARMACY_PICKUP_COUNTER,
            Pickup::Delivery => p::PHARMACY_PICKUP_DELIVERY,
        }
    }

    pub fn hint(self) -> &'static str {
        match self {
            Pickup::Locker => p::PHARMACY_PICKUP_LOCKER_HINT,
            Pickup::Counter => p::PHARMACY_PICKUP_COUNTER_HINT,
            Pickup::Delivery => p::PHARMACY_PICKUP_DELIVERY_HINT,
        }
    }

    pub fn target(self) -> &'static str {
        match self {
            Pickup::Locker => "pickup-locker",
            Pickup::Counter => "pickup-counter",
            Pickup::Delivery => "pickup-delivery",
        }
    }
}

/// Where an order is, as the app says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Received,
    InProgress,
    Ready,
    /// Picked up, or delivered.
    Done,
}

impl Status {
    /// The steps of the chain an order with `how` goes through.
    pub const ALL: [Status; 4] = [
        Status::Received,
        Status::InProgress,
        Status::Ready,
        Status::Done,
    ];

    /// Practice text key of the step's name for an order with `how`.
    pub fn name(self, how: Pickup) -> &'static str {
        match (self, how) {
            (Status::Received, _) => p::PHARMACY_STATUS_RECEIVED,
            (Status::InProgress, _) => p::PHARMACY_STATUS_IN_PROGRESS,
            (Status::Ready, Pickup::Delivery) => p::PHARMACY_STATUS_ON_THE_WAY,
            (Status::Ready, Pickup::Locker | Pickup::Counter) => p::PHARMACY_STATUS_READY,
            (Status::Done, Pickup::Delivery) => p::PHARMACY_STATUS_DELIVERED,
            (Status::Done, Pickup::Locker | Pickup::Counter) => p::PHARMACY_STATUS_COLLECTED,
        }
    }
}

/// A placed order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Order {
    pub medicines: Vec<Medicine>,
    pub how: Pickup,
    /// Simulated minute it was sent.
    pub placed_at: u32,
    /// Taken from the locker or the counter, or delivered.
    pub done: bool,
}

impl Order {
    /// Its status at minute `now`.
    pub fn status(&self, now: u32) -> Status {
        if self.done {
            Status::Done
        } else if clock::passed(now, self.placed_at, READY_AFTER) {
            Status::Ready
        } else if clock::passed(now, self.placed_at, IN_PROGRESS_AFTER) {
            Status::InProgress
        } else {
            Status::Received
        }
    }
}

/// What went wrong, for a kind and specific message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// "Installeren" on the look-alike app of another maker.
    WrongApp,
    LinkCodeMissing,
    LinkCodeWrong,
    BirthMissing,
    /// Two digits for the year.
    BirthShortYear,
    /// Not readable as a date, or a date that does not exist.
    BirthFormat,
    /// A real date, but not the one on the oefenkaart.
    BirthWrong,
    /// Atorvastatine: a check-up at the GP first.
    NeedsCheck,
    NothingPicked,
    PickupMissing,
    /// At the locker: nothing typed.
    CodeMissing,
    /// Not a code the pharmacy sent.
    CodeWrong,
    /// A code that was replaced by a newer one.
    CodeOld,
    /// The newest code, but more than a week old.
    CodeExpired,
    /// Nothing is waiting in the locker.
    NothingWaiting,
    RealData(RealData),
    TooLong,
}

input::notices_in!(Problem);

/// The pharmacy app and its locker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pharmacy {
    pub place: Place,
    pub screen: Screen,
    pub problem: Option<Problem>,
    pub installed: bool,
    pub linked: bool,
    /// The code on the pharmacy's receipt (without spaces).
    pub link_code: String,
    /// What is typed in the link form.
    pub typed_code: String,
    pub typed_birth: String,
    /// Check boxes on the order page.
    pub picked: Vec<Medicine>,
    pub pickup: Option<Pickup>,
    pub order: Option<Order>,
    /// The digits typed at the locker.
    pub locker_typed: String,
    /// The hour chosen for the intake reminder, and whether it is on.
    pub reminder_hour: Option<u8>,
    pub reminder_on: bool,
    /// The reminder came and the learner pressed "Ingenomen".
    pub taken: bool,
    /// Simulated clock in minutes.
    pub minutes: u32,
    pub messages: Vec<Message>,
    pub seed: Seed,
}

impl Pharmacy {
    pub fn new(seed: u32) -> Pharmacy {
        let mut seed = Seed::new(seed);
        let link_code = seed.code(letters::CODE_ALPHABET, LINK_CODE_LENGTH);
        Pharmacy {
            place: Place::Phone,
            screen: Screen::Store,
            problem: None,
            installed: false,
            linked: false,
            link_code,
            typed_code: String::new(),
            typed_birth: String::new(),
            picked: vec![],
            pickup: None,
            order: None,
            locker_typed: String::new(),
            reminder_hour: None,
            reminder_on: false,
            taken: false,
            minutes: 0,
            messages: vec![],
            seed,
        }
    }

    /// The link code as printed on the receipt: groups of three.
    pub fn printed_link_code(&self) -> String {
        codes::printed(&self.link_code)
    }

    /// The order's status now.
    pub fn status(&self) -> Option<Status> {
        self.order.as_ref().map(|o| o.status(self.minutes))
    }

    /// Whether something waits in the locker for the learner.
    pub fn waiting_in_locker(&self) -> bool {
        self.order
            .as_ref()
            .is_some_and(|o| o.how == Pickup::Locker && o.status(self.minutes) == Status::Ready)
    }

    /// Whether the newest pickup code has expired.
    pub fn code_expired(&self) -> bool {
        super::kit::phone::latest_sms(&self.messages)
            .is_some_and(|m| m.expired(self.minutes, CODE_VALID))
    }

    /// Judges typed text by the practice input rule.
    fn accept(&mut self, text: String, events: &mut Vec<Event>) -> Option<String> {
        let kept = input::accept(&mut self.problem, text, input::MAX_INPUT);
        if kept.is_none() {
            events.push(Event::RealDataBlocked);
        }
        kept
    }
}

impl Default for Pharmacy {
    fn default() -> Self {
        Pharmacy::new(1)
    }
}

/*!
The practice GP portal: log in with DigiD (oefenen), ask the GP a
question, book and cancel an appointment, order a repeat prescription,
read the medication overview and lab results, and do it for a child.

Real patients meet different portals depending on their practice's
software, so the same portal comes in two looks ([`Look`]): the state
machine, its events and its targets are the same for both, and only the
views and words differ. A lesson written once runs in either look.

The login reuses "DigiD (oefenen)" itself ([`DigidLogin`] inside this
state), so it is the same skill as the DigiD lessons. Time is simulated
in minutes (a reply takes two days, a prescription a day or two), and
the phone beside the screen gets the portal's notices, which say *that*
there is something new, never what.

The actions and what each changes are in `action.rs`; the practice data
(practitioners, times, medicines, results) in `data.rs`.
*/

mod action;
pub mod data;
mod flows;
mod lesson;
mod own;
mod section;
pub mod words;

use super::{
    digid_web,
    guard::RealData,
    kit::{fault::Armed, input, phone::Message},
    login::DigidLogin,
};

pub use action::{Action, Event, Section, Setup};
pub use data::{LabResult, Medicine, Person, Practitioner, Range, Slot, Subject, PHOTOS, SLOTS};
pub use lesson::{resolve, EVENTS, TARGETS};

/// The longest question the practice accepts (real portals limit it too).
pub const QUESTION_MAX: usize = 500;
/// A question shorter than this cannot be answered well.
pub const QUESTION_MIN: usize = 10;
/// Days until the GP answers a question.
pub const REPLY_DAYS: u32 = 2;
/// Cancelling online is free until this many minutes before.
pub const CANCEL_BEFORE_MINUTES: u32 = 24 * 60;

/// The two looks of the same portal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    /// "Mijn Oefenpraktijk": tiles on a home screen, a top bar.
    Praktijk,
    /// "Oefenzorg Online": a side menu, lists, other words.
    Zorg,
}

impl Look {
    pub const ALL: [Look; 2] = [Look::Praktijk, Look::Zorg];

    /// Id used in URLs (`?portaal=oefenzorg`).
    pub fn id(self) -> &'static str {
        match self {
            Look::Praktijk => "oefenpraktijk",
            Look::Zorg => "oefenzorg",
        }
    }

    pub fn from_id(id: &str) -> Option<Look> {
        Look::ALL.into_iter().find(|l| l.id() == id)
    }
}

/// The looks, for the registry: id and the practice key of its name.
pub const LOOKS: &[(&str, &str)] = &[
    ("oefenpraktijk", crate::i18n::p::GP_PRAKTIJK_BRAND),
    ("oefenzorg", crate::i18n::p::GP_ZORG_BRAND),
];

/// Which page of the portal is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The portal's login page.
    Start,
    /// DigiD (oefenen), inside the portal.
    Digid,
    /// The portal's own account: e-mail address and password.
    OwnLogin,
    /// The code the portal sent, for its own account.
    OwnCode,
    /// First visit: the terms of use.
    Terms,
    /// First visit: is this your mobile number?
    Mobile,
    Home,
    /// "Is it urgent?" before any question.
    AskWarning,
    AskForm,
    AskSent,
    Messages,
    /// The GP's reply, opened.
    Reply,
    BookReason,
    BookWho,
    BookSlot,
    BookCheck,
    Booked,
    Appointments,
    CancelCheck,
    Cancelled,
    Repeat,
    RepeatSent,
    Orders,
    Medication,
    Results,
    Result(LabResult),
    LoggedOut,
}

/// What went wrong, for a kind and specific message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    OwnEmpty,
    OwnWrong,
    CodeEmpty,
    CodeWrong,
    CodeExpired,
    TermsNotTicked,
    NoSubject,
    QuestionEmpty,
    QuestionShort,
    ReasonEmpty,
    NotOnline,
    NoPractitioner,
    NoSlot,
    SlotTaken,
    CancelTooLate,
    NothingTicked,
    NeedsCheckup(Medicine),
    RealData(RealData),
    TooLong,
}

input::notices_in!(Problem);

impl Problem {
    /// Whether it is about what was typed in a text field (a real-looking
    /// number, or too long), not about a choice on the screen: only then
    /// is the field marked wrong.
    pub fn is_about_typing(self) -> bool {
        matches!(self, Problem::RealData(_) | Problem::TooLong)
    }
}

/// A booked appointment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Booking {
    pub who: Practitioner,
    pub slot: Slot,
    pub person: Person,
}

/// A repeat prescription sent to the pharmacy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Order {
    pub medicines: Vec<Medicine>,
    pub sent_at: u32,
    pub person: Person,
}

/// Where an order is: "Aangevraagd → In behandeling → Klaar bij de apotheek".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum OrderStatus {
    Requested,
    InProgress,
    Ready,
}

impl Order {
    /// The status `now`: in progress after a day, ready after two.
    pub fn status(&self, now: u32) -> OrderStatus {
        let days = super::kit::clock::whole_days(super::kit::clock::since(now, self.sent_at));
        match days {
            0 => OrderStatus::Requested,
            1 => OrderStatus::InProgress,
            _ => OrderStatus::Ready,
        }
    }
}

/// The whole practice portal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gp {
    pub look: Look,
    pub screen: Screen,
    pub problem: Option<Problem>,
    /// "DigiD (oefenen)" while logging in.
    pub login: DigidLogin,
    /// The portal's own account: what was typed.
    pub email: String,
    pub own_password: String,
    pub own_code: String,
    codes: super::codes::Seed,
    /// First visit done (terms and mobile number).
    pub welcomed: bool,
    pub terms_ticked: bool,
    pub person: Person,
    /// "Wilt u ingelogd blijven?" is showing.
    pub idle_warning: bool,
    /// Simulated clock, in minutes; 0 is 08:00 on the practice's "today".
    pub minutes: u32,
    /// The portal's notices on the phone (DigiD's SMS are in `digid`).
    pub notices: Vec<Message>,
    // The question (e-consult).
    pub subject: Option<Subject>,
    pub question: String,
    pub photo: Option<usize>,
    pub gallery_open: bool,
    /// When the question was sent.
    pub asked_at: Option<u32>,
    pub reply_read: bool,
    // The appointment.
    pub reason: String,
    pub who: Option<Practitioner>,
    pub slot: Option<usize>,
    /// The learner tried the slot someone else took; it shows as taken now.
    pub taken_seen: bool,
    /// A slot a trainer's fault gave away just before the learner chose it.
    pub taken_now: Option<usize>,
    /// A trainer's fault for the next slot.
    pub armed: Armed,
    pub booking: Option<Booking>,
    pub cancelled: bool,
    // The repeat prescription.
    pub ticked: Vec<Medicine>,
    pub note: String,
    pub orders: Vec<Order>,
    seed: u32,
}

impl Gp {
    pub fn new(seed: u32) -> Gp {
        Gp {
            look: Look::Praktijk,
            screen: Screen::Start,
            problem: None,
            login: DigidLogin::new(seed),
            email: String::new(),
            own_password: String::new(),
            own_code: String::new(),
            codes: super::codes::Seed::new(seed),
            welcomed: false,
            terms_ticked: false,
            person: Person::Me,
            idle_warning: false,
            minutes: 0,
            notices: vec![],
            subject: None,
            question: String::new(),
            photo: None,
            gallery_open: false,
            asked_at: None,
            reply_read: false,
            reason: String::new(),
            who: None,
            slot: None,
            taken_seen: false,
            taken_now: None,
            armed: Armed::default(),
            booking: None,
            cancelled: false,
            ticked: vec![],
            note: String::new(),
            orders: vec![],
            seed,
        }
    }

    /// Whether the learner is inside the portal.
    pub fn logged_in(&self) -> bool {
        !matches!(
            self.screen,
            Screen::Start | Screen::Digid | Screen::OwnLogin | Screen::OwnCode | Screen::LoggedOut
        )
    }

    /// Whether the GP's reply has arrived.
    pub fn reply_arrived(&self) -> bool {
        self.asked_at.is_some_and(|at| {
            super::kit::clock::passed(self.minutes, at, super::kit::clock::days(REPLY_DAYS))
        })
    }

    /// Every message on the phone, oldest first, on the portal's clock:
    /// DigiD's SMS codes and the portal's notices.
    pub fn phone_messages(&self) -> Vec<Message> {
        let mut all: Vec<Message> = self
            .login
            .messages()
            .chain(self.notices.iter().cloned())
            .collect();
        all.sort_by_key(|m| m.sent_at);
        all
    }

    /// Whether `section` has something new for the person shown: an
    /// unread reply, or medicines ready at the pharmacy.
    pub fn is_new(&self, section: Section) -> bool {
        match section {
            Section::Messages => self.reply_arrived() && !self.reply_read,
            Section::Orders => self
                .latest_order()
                .is_some_and(|o| o.status(self.minutes) == OrderStatus::Ready),
            _ => false,
        }
    }

    /// Whether slot `index` shows as taken.
    pub fn slot_taken(&self, index: usize) -> bool {
        (self.taken_seen && SLOTS.get(index).is_some_and(|s| s.taken))
            || self.taken_now == Some(index)
    }

    /// The booking that is still on, for the person shown.
    pub fn active_booking(&self) -> Option<Booking> {
        self.booking
            .filter(|b| !self.cancelled && b.person == self.person)
    }

    /// The newest order of the person shown.
    pub fn latest_order(&self) -> Option<&Order> {
        self.orders.iter().rev().find(|o| o.person == self.person)
    }

    /// Judges typed text by the practice input rule (`limit` long at
    /// most): what may be kept, or nothing when it looks like real data
    /// (then the field keeps its last good value and the warning shows).
    fn accept(&mut self, text: String, limit: usize, events: &mut Vec<Event>) -> Option<String> {
        let kept = input::accept(&mut self.problem, text, limit);
        if kept.is_none() {
            events.push(Event::PortalRealDataBlocked);
        }
        kept
    }
}

#[cfg(test)]
mod tests;

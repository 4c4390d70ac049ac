/*!
"Oefenverwijzing": a referral from the GP, the way the real referral
service sends it. An e-mail with a link; the page behind it asks the birth
date of the person who was referred; then the referral message with its
reference number, how to make the appointment and how to prepare. One
hospital lets the learner pick a time online; the other asks to phone.

The mistake on purpose is the one that really stops people: the referral
is for the learner's child, and the learner types their own birth date.
The message says kindly whose date is needed. A date in the wrong form
gets the same messages as everywhere (the kit's date reader).
*/

mod action;
#[cfg(test)]
mod tests;

use super::{
    card::{CARD, CHILD_BIRTH_DATE},
    guard::RealData,
    kit::{
        date::{self, DateError},
        input,
    },
};

pub use action::{Action, Event, Where};

/// The reference number to quote when phoning.
pub const REFERENCE: &str = "OV-2026-1234";

/// The times the online hospital offers: (day, time) as practice text
/// keys and plain times. One is taken already.
pub const SLOTS: [(usize, &str); 5] = [
    (0, "09:00"),
    (0, "10:15"),
    (0, "14:30"),
    (1, "08:45"),
    (1, "11:00"),
];
/// The time that is gone when the list shows.
pub const TAKEN: usize = 1;

/// Which screen shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The practice mailbox with the referral's e-mail.
    Inbox,
    Mail,
    /// "Vul de geboortedatum in van de persoon die is verwezen".
    Gate,
    /// The referral message.
    Message,
    /// The hospital that plans by phone: its number.
    Phone,
    /// The online hospital's free times.
    Slots,
    /// The chosen time, to confirm.
    Check,
    Booked,
}

/// What went wrong, for a kind and specific message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    BirthMissing,
    BirthShortYear,
    BirthFormat,
    /// The learner's own birth date: the referral is for the child.
    OwnBirth,
    /// A readable date, but not the referred person's.
    BirthWrong,
    RealData(RealData),
    TooLong,
}

input::notices_in!(Problem);

/// The e-mail, the referral page and the booking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Referral {
    pub screen: Screen,
    pub problem: Option<Problem>,
    pub mail_read: bool,
    pub typed_birth: String,
    pub opened: bool,
    pub slot: Option<usize>,
    pub booked: Option<usize>,
}

impl Referral {
    pub fn new() -> Referral {
        Referral {
            screen: Screen::Inbox,
            problem: None,
            mail_read: false,
            typed_birth: String::new(),
            opened: false,
            slot: None,
            booked: None,
        }
    }

    /// Judges the typed birth date: what is wrong with it, if anything.
    fn check_birth(&self) -> Option<(Problem, Event)> {
        match date::date(&self.typed_birth) {
            Err(DateError::Empty) => Some((Problem::BirthMissing, Event::BirthMissing)),
            Err(DateError::ShortYear) => Some((Problem::BirthShortYear, Event::BirthShortYear)),
            Err(DateError::Format | DateError::Impossible) => {
                Some((Problem::BirthFormat, Event::BirthFormat))
            }
            Ok(d) if d.to_dutch() == CHILD_BIRTH_DATE => None,
            Ok(d) if d.to_dutch() == CARD.birth_date => Some((Problem::OwnBirth, Event::OwnBirth)),
            Ok(_) => Some((Problem::BirthWrong, Event::BirthWrong)),
        }
    }
}

impl Default for Referral {
    fn default() -> Self {
        Referral::new()
    }
}

/// The controls a lesson can point at.
pub const TARGETS: &[&str] = &[
    "mail",
    "mail-link",
    "inbox",
    "birth",
    "birth-submit",
    "where-online",
    "where-phone",
    "back",
    "slot-0",
    "slot-1",
    "slot-2",
    "slot-other",
    "confirm",
    "card",
];

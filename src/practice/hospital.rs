/*!
"Mijn Oefendal", the patient portal of the practice hospital Oefendal, and
its check-in kiosk. The learner logs in with DigiD (oefenen), sees the
appointments (at the hospital, by phone, by video), fills in the
questionnaire before a visit (one question per screen, "Vraag n van 5",
save and go on later, check and send), reads a letter, results that the
doctor has not discussed yet, and a message; stays logged in or is logged
out after idle time. On the day of the visit the learner checks in from
home (a QR code) or at the kiosk in the hall (scan the card or the QR
code) and gets a printed ticket with a queue number and the route.

Mistakes on purpose, each with a kind message that says how to go on:
"Volgende" without an answer, checking in a day early, going to the
hospital on the wrong day, the bank card at the kiosk, and the QR code at
the kiosk before checking in from home.

Actions are in `action.rs`; the questionnaire's questions in
`questionnaire.rs`.
*/

mod action;
mod questionnaire;
#[cfg(test)]
mod tests;

use super::{
    digid_web,
    guard::RealData,
    kit::{clock, input, phone::Message},
    login::{join, DigidLogin},
};
use crate::i18n::p;

pub use action::{Action, Card, Event, Page, Setup, ANSWER_LIMIT};
pub use questionnaire::{Answer, Form, Question, QUESTIONS};

/// The day of the visit to the hospital (day 0 is "today" in the portal).
pub const VISIT_DAY: u32 = 1;
/// Queue number printed on the kiosk's ticket.
pub const QUEUE_NUMBER: &str = "C-023";

/// Where the learner is: at home with the portal, or in the hospital's hall.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Home,
    Hospital,
}

/// Which screen shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The portal's login page.
    Start,
    /// DigiD (oefenen), opened from the portal.
    Digid,
    Home,
    Appointments,
    /// One appointment, by its place in [`APPOINTMENTS`].
    Appointment(usize),
    /// Checked in from home: the QR code to scan at the clinic.
    QrTicket,
    /// "Taken": the questionnaire and its status.
    Tasks,
    /// Question `n` of the questionnaire (from 0).
    Question(usize),
    /// All answers, to check before sending.
    Review,
    Sent,
    Results,
    Letters,
    Letter,
    Messages,
    Message,
    LoggedOut,
    /// At the hospital: the kiosk's first screen.
    Kiosk,
    /// The kiosk read the card: today's appointment, "Aanmelden".
    KioskAppointment,
    /// The kiosk printed a ticket.
    KioskTicket,
    /// The ticket is taken: where to go.
    KioskDone,
}

/// How an appointment takes place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    AtHospital,
    ByPhone,
    ByVideo,
}

/// One appointment in the portal (all invented).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Appointment {
    pub how: How,
    /// Practice text keys: the clinic, the date and time, what to know.
    pub clinic: &'static str,
    pub when: &'static str,
    pub about: &'static str,
    /// Its row's "Laat zien" target.
    pub target: &'static str,
}

/// The practice person's appointments, soonest first; the first is the
/// visit the questionnaire and the check-in are for.
pub const APPOINTMENTS: [Appointment; 3] = [
    Appointment {
        how: How::AtHospital,
        clinic: p::HOSPITAL_APPT_CARDIO,
        when: p::HOSPITAL_APPT_CARDIO_WHEN,
        about: p::HOSPITAL_APPT_CARDIO_ABOUT,
        target: "appointment-cardio",
    },
    Appointment {
        how: How::ByPhone,
        clinic: p::HOSPITAL_APPT_PHONE,
        when: p::HOSPITAL_APPT_PHONE_WHEN,
        about: p::HOSPITAL_APPT_PHONE_ABOUT,
        target: "appointment-phone",
    },
    Appointment {
        how: How::ByVideo,
        clinic: p::HOSPITAL_APPT_VIDEO,
        when: p::HOSPITAL_APPT_VIDEO_WHEN,
        about: p::HOSPITAL_APPT_VIDEO_ABOUT,
        target: "appointment-video",
    },
];

/// What went wrong, for a kind and specific message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// "Volgende" on a question that needs an answer.
    NoAnswer,
    /// Checking in from home before the day of the visit.
    TooEarly,
    /// At the kiosk on a day without an appointment.
    WrongDay,
    /// The bank card at the kiosk.
    BankCard,
    /// The QR code at the kiosk before checking in from home.
    NoQr,
    RealData(RealData),
    TooLong,
}

input::notices_in!(Problem);

/// The portal, the kiosk and the practice person's day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hospital {
    pub place: Place,
    pub screen: Screen,
    pub problem: Option<Problem>,
    pub login: DigidLogin,
    pub logged_in: bool,
    /// "Wilt u ingelogd blijven?" is showing.
    pub idle_warning: bool,
    /// One answer per question of [`QUESTIONS`].
    pub answers: Vec<Answer>,
    /// The question to go on with ("Verder invullen").
    pub at_question: usize,
    pub started: bool,
    /// A question opened from the check page returns there.
    pub from_review: bool,
    pub sent: bool,
    /// Checked in from home (the QR code) or at the kiosk.
    pub checked_in: bool,
    pub letter_read: bool,
    pub message_read: bool,
    /// Simulated clock in minutes; 0 is 08:00 on day 0.
    pub minutes: u32,
    seed: u32,
}

impl Hospital {
    pub fn new(seed: u32) -> Hospital {
        Hospital {
            place: Place::Home,
            screen: Screen::Start,
            problem: None,
            login: DigidLogin::new(seed),
            logged_in: false,
            idle_warning: false,
            answers: QUESTIONS.iter().map(|_| Answer::None).collect(),
            at_question: 0,
            started: false,
            from_review: false,
            sent: false,
            checked_in: false,
            letter_read: false,
            message_read: false,
            minutes: 0,
            seed,
        }
    }

    /// The day it is now (0 = the day before the visit).
    pub fn day(&self) -> u32 {
        clock::whole_days(self.minutes)
    }

    pub fn is_visit_day(&self) -> bool {
        self.day() == VISIT_DAY
    }

    /// Questions answered, for "n van 5" on the task list.
    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|a| **a != Answer::None).count()
    }

    /// DigiD's SMS codes, on the portal's clock.
    pub fn phone_messages(&self) -> Vec<Message> {
        self.login.messages().collect()
    }

    /// Whether the questionnaire still waits to be sent (the badge on
    /// "Taken").
    pub fn task_open(&self) -> bool {
        !self.sent
    }

    /// Judges typed text by the practice input rule.
    fn accept(&mut self, text: String, limit: usize, events: &mut Vec<Event>) -> Option<String> {
        let kept = input::accept(&mut self.problem, text, limit);
        if kept.is_none() {
            events.push(Event::RealDataBlocked);
        }
        kept
    }
}

impl Default for Hospital {
    fn default() -> Self {
        Hospital::new(1)
    }
}

/// Fills in a lesson file's placeholders in DigiD's actions.
pub fn resolve(action: &Action, state: &Hospital) -> Action {
    match action {
        Action::Digid(a) => Action::Digid(digid_web::resolve(a, &state.login.digid)),
        other => other.clone(),
    }
}

/// The portal's and the kiosk's own controls.
const OWN_TARGETS: &[&str] = &[
    "digid-login",
    "ticket",
    "menu-home",
    "menu-appointments",
    "menu-tasks",
    "menu-results",
    "menu-letters",
    "menu-messages",
    "appointment-cardio",
    "appointment-phone",
    "appointment-video",
    "check-in",
    "questionnaire",
    "answer-0",
    "answer-1",
    "answer-2",
    "answer-text",
    "question-next",
    "question-back",
    "save-later",
    "change-0",
    "change-1",
    "change-2",
    "change-3",
    "change-4",
    "send",
    "letter",
    "message",
    "idle",
    "stay",
    "idle-logout",
    "logout",
    "wait-day",
    "to-hospital",
    "to-home",
    "scan-card",
    "scan-bank",
    "scan-qr",
    "kiosk-confirm",
    "take-ticket",
];

/// Every control a lesson can point at: the portal's and DigiD's.
pub const TARGETS: [&str; OWN_TARGETS.len() + digid_web::TARGETS.len()] =
    join(OWN_TARGETS, digid_web::TARGETS);

/// Every event a lesson step can wait for: the portal's and DigiD's.
pub const EVENTS: [&str; Event::IDS.len() + digid_web::Event::IDS.len()] =
    join(Event::IDS, digid_web::Event::IDS);

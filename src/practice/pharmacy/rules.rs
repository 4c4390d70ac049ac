/*!
The rules behind the pharmacy's actions: linking, picking medicines, time
passing (the status chain and what the pharmacy sends), the locker's
check of a code, and what lesson files may name: placeholders and
controls.
*/

use super::{
    action::Event, Medicine, Page, Pharmacy, Pickup, Problem, Screen, Status, LONGEST_WAIT,
};
use crate::i18n::p;
use crate::practice::{
    card::CARD,
    codes,
    kit::date::{self as parse, DateError},
    kit::{
        clock,
        phone::{self, CodeCheck},
    },
};

use super::action::Action;

impl Pharmacy {
    /// A screen of the linked app (not the store, welcome or link form, and
    /// not the locker at the pharmacy): only a linked app on the phone has them.
    pub(super) fn in_app(&self) -> bool {
        matches!(
            self.screen,
            Screen::Home
                | Screen::Medicines
                | Screen::Order
                | Screen::Pickup
                | Screen::Summary
                | Screen::Status
                | Screen::Reminder
        )
    }

    pub(super) fn open(&mut self, page: Page, events: &mut Vec<Event>) {
        let (screen, event) = match page {
            Page::Home => (Screen::Home, Event::HomeOpened),
            Page::Medicines => (Screen::Medicines, Event::MedicinesOpened),
            Page::Order => (Screen::Order, Event::OrderOpened),
            Page::Status => (Screen::Status, Event::StatusOpened),
            Page::Reminder => (Screen::Reminder, Event::ReminderOpened),
        };
        self.go(screen);
        events.push(event);
    }

    pub(super) fn link(&mut self, events: &mut Vec<Event>) {
        let code = codes::compact(&self.typed_code, &['-', '.']);
        // What is wrong, with the event that says so; the code first.
        let wrong = if code.is_empty() {
            Some((Problem::LinkCodeMissing, Event::LinkCodeMissing))
        } else if code != self.link_code {
            Some((Problem::LinkCodeWrong, Event::LinkCodeWrong))
        } else {
            match parse::date(&self.typed_birth) {
                Err(DateError::Empty) => Some((Problem::BirthMissing, Event::BirthMissing)),
                Err(DateError::ShortYear) => Some((Problem::BirthShortYear, Event::BirthShortYear)),
                Err(DateError::Format | DateError::Impossible) => {
                    Some((Problem::BirthFormat, Event::BirthFormat))
                }
                Ok(date) if date.to_dutch() != CARD.birth_date => {
                    Some((Problem::BirthWrong, Event::BirthWrong))
                }
                Ok(_) => None,
            }
        };
        match wrong {
            Some((problem, event)) => {
                self.problem = Some(problem);
                events.push(event);
            }
            None => {
                self.linked = true;
                self.typed_code.clear();
                self.typed_birth.clear();
                self.go(Screen::Home);
                events.push(Event::Linked);
            }
        }
    }

    pub(super) fn pick(&mut self, medicine: Medicine, on: bool, events: &mut Vec<Event>) {
        if on && !medicine.repeatable() {
            self.problem = Some(Problem::NeedsCheck);
            events.push(Event::NeedsCheck);
            return;
        }
        self.problem = None;
        self.picked.retain(|m| *m != medicine);
        if on {
            self.picked.push(medicine);
            self.picked.sort();
            events.push(Event::Picked);
        } else {
            events.push(Event::Unpicked);
        }
    }

    /// Moves the clock on; the order moves along its chain, and what a
    /// real pharmacy sends arrives on the phone.
    pub(super) fn wait(&mut self, minutes: u32, events: &mut Vec<Event>) {
        if minutes == 0 {
            return;
        }
        let before = self.status();
        let code_was_valid = self.waiting_in_locker() && !self.code_expired();
        let day = clock::whole_days(self.minutes);
        clock::wait(&mut self.minutes, minutes, LONGEST_WAIT);
        events.push(Event::TimePassed);
        let after = self.status();
        if let (Some(before), Some(after), Some(how)) =
            (before, after, self.order.as_ref().map(|o| o.how))
        {
            if before < Status::InProgress && after >= Status::InProgress {
                events.push(Event::InProgress);
            }
            if before < Status::Ready && after >= Status::Ready {
                events.push(Event::Ready);
                match how {
                    Pickup::Locker => {
                        self.send_code();
                        events.push(Event::CodeSent);
                    }
                    Pickup::Counter => phone::send_notice(
                        &mut self.messages,
                        p::PHARMACY_NAME,
                        p::PHARMACY_SMS_COUNTER,
                        self.minutes,
                    ),
                    Pickup::Delivery => {
                        // The courier comes the same day.
                        if let Some(order) = self.order.as_mut() {
                            order.done = true;
                        }
                        phone::send_notice(
                            &mut self.messages,
                            p::PHARMACY_NAME,
                            p::PHARMACY_SMS_DELIVERED,
                            self.minutes,
                        );
                        events.push(Event::Delivered);
                    }
                }
            }
        }
        if code_was_valid && self.waiting_in_locker() && self.code_expired() {
            events.push(Event::CodeLapsed);
        }
        // The reminder comes each new day until it is answered.
        let new_day = clock::whole_days(self.minutes) > day;
        if new_day && self.reminder_on && !self.taken && !self.reminder_due() {
            phone::send_notice(
                &mut self.messages,
                p::PHARMACY_NAME,
                p::PHARMACY_REMINDER_NOTICE,
                self.minutes,
            );
            events.push(Event::ReminderDue);
        }
    }

    /// Sends a pickup code by SMS.
    pub(super) fn send_code(&mut self) {
        phone::send_code(
            &mut self.messages,
            &mut self.seed,
            self.minutes,
            p::PHARMACY_NAME,
            p::PHARMACY_SMS_READY,
        );
    }

    pub(super) fn try_locker(&mut self, events: &mut Vec<Event>) {
        if self.locker_typed.is_empty() {
            self.problem = Some(Problem::CodeMissing);
            events.push(Event::CodeMissing);
            return;
        }
        let check = phone::check_code(
            &self.messages,
            &self.locker_typed,
            self.minutes,
            super::CODE_VALID,
        );
        let (problem, event) = match check {
            CodeCheck::Valid if self.waiting_in_locker() => {
                self.go(Screen::LockerOpen);
                events.push(Event::LockerOpened);
                return;
            }
            CodeCheck::Valid => (Problem::NothingWaiting, Event::NothingWaiting),
            CodeCheck::Expired => (Problem::CodeExpired, Event::CodeExpired),
            CodeCheck::Old => (Problem::CodeOld, Event::CodeOld),
            CodeCheck::Unknown => (Problem::CodeWrong, Event::CodeWrong),
        };
        self.locker_typed.clear();
        self.problem = Some(problem);
        events.push(event);
    }

    /// The intake reminder is on the phone and not answered yet.
    pub fn reminder_due(&self) -> bool {
        self.reminder_on
            && !self.taken
            && self
                .messages
                .iter()
                .any(|m| m.text == p::PHARMACY_REMINDER_NOTICE)
    }
}

/// Fills in a lesson file's placeholders: `receipt:code` (the link code
/// as printed), `card:birth-date`, `sms:latest` (the newest pickup code).
pub fn resolve(action: &Action, pharmacy: &Pharmacy) -> Action {
    let fill = |value: &str| match value {
        "receipt:code" => pharmacy.printed_link_code(),
        "card:birth-date" => CARD.birth_date.to_owned(),
        "sms:latest" => phone::latest_sms(&pharmacy.messages)
            .map(|m| m.code.clone())
            .unwrap_or_default(),
        other => other.to_owned(),
    };
    match action {
        Action::LinkCode(v) => Action::LinkCode(fill(v)),
        Action::LinkBirth(v) => Action::LinkBirth(fill(v)),
        Action::LockerCode(v) => Action::LockerCode(fill(v)),
        other => other.clone(),
    }
}

/// The controls a lesson can point at, and what a step can show with them
/// (`app-real`: the real app's name and maker, with its button).
pub const TARGETS: &[&str] = &[
    "app-real",
    "install",
    "install-other",
    "open-app",
    "start-link",
    "link-code",
    "link-birth",
    "link-submit",
    "tile-medicines",
    "tile-order",
    "tile-status",
    "tile-reminder",
    "app-home",
    "pick-omeprazol",
    "pick-metformine",
    "pick-amlodipine",
    "pick-atorvastatine",
    "order-next",
    "pickup-locker",
    "pickup-counter",
    "pickup-delivery",
    "pickup-next",
    "place-order",
    "wait-day",
    "wait-week",
    "new-code",
    "to-pharmacy",
    "locker-code",
    "locker-ok",
    "take-medicines",
    "to-phone",
    "reminder-hour",
    "reminder-save",
    "taken",
];

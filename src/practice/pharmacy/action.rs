/*!
What the learner does in "Apotheek Oefenanker", and what each action
changes. Action names are the lesson format (`{"do": "...", "value": ...}`);
the events are what lesson steps wait for.
*/

use serde::Deserialize;

use super::{
    Medicine, Order, Pharmacy, Pickup, Place, Problem, Screen, Status, LONGEST_WAIT,
    PICKUP_CODE_LENGTH, REMINDER_HOURS,
};
use crate::i18n::p;
use crate::practice::{
    card::CARD,
    codes,
    digid_apply::parse::{self, DateError},
    kit::{
        clock,
        phone::{self, CodeCheck},
    },
};

/// An app in the practice store.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum App {
    /// "Apotheek Oefenanker", by Apotheek Oefenanker.
    Real,
    /// A look-alike from another maker.
    Other,
}

/// A page of the app, from its tiles or the way back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Page {
    Home,
    Medicines,
    Order,
    Status,
    Reminder,
}

/// Where a lesson may start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Setup {
    /// The app is installed and linked: its home shows.
    Linked,
}

/// What the learner does.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(tag = "do", content = "value", rename_all = "kebab-case")]
pub enum Action {
    Setup(Setup),
    Install(App),
    OpenApp,
    /// "Apotheek koppelen" on the welcome screen.
    StartLink,
    LinkCode(String),
    LinkBirth(String),
    Link,
    Open(Page),
    /// A check box on the order page.
    Pick(Medicine, bool),
    OrderNext,
    Pickup(Pickup),
    PickupNext,
    PlaceOrder,
    /// "1 dag later", "1 week later" beside the phone.
    WaitDays(u32),
    /// The phone's own "10 minuten later".
    WaitMinutes(u32),
    /// "Stuur een nieuwe code" on the order's page.
    NewCode,
    ToPharmacy,
    ToPhone,
    /// The digits on the locker's screen (the keypad or typing).
    LockerCode(String),
    LockerOk,
    TakeMedicines,
    ReminderHour(u8),
    SaveReminder,
    /// "Ingenomen" in the reminder.
    Taken,
}

crate::practice::events! {
    Installed => "installed",
    WrongApp => "wrong-app",
    AppOpened => "app-opened",
    LinkOpened => "link-opened",
    LinkCodeWritten => "link-code-written",
    BirthWritten => "birth-written",
    LinkCodeMissing => "link-code-missing",
    LinkCodeWrong => "link-code-wrong",
    BirthMissing => "birth-missing",
    BirthShortYear => "birth-short-year",
    BirthFormat => "birth-format",
    BirthWrong => "birth-wrong",
    Linked => "linked",
    HomeOpened => "home-opened",
    MedicinesOpened => "medicines-opened",
    OrderOpened => "order-opened",
    Picked => "picked",
    Unpicked => "unpicked",
    NeedsCheck => "needs-check",
    NothingPicked => "nothing-picked",
    PickupShown => "pickup-shown",
    PickupChosen => "pickup-chosen",
    PickupMissing => "pickup-missing",
    SummaryShown => "summary-shown",
    Ordered => "ordered",
    TimePassed => "time-passed",
    InProgress => "in-progress",
    Ready => "ready",
    CodeSent => "code-sent",
    Delivered => "delivered",
    StatusOpened => "status-opened",
    NewCode => "new-code",
    AtPharmacy => "at-pharmacy",
    BackToPhone => "back-to-phone",
    CodeTyped => "code-typed",
    CodeMissing => "code-missing",
    CodeWrong => "code-wrong",
    CodeOld => "code-old",
    CodeExpired => "code-expired",
    NothingWaiting => "nothing-waiting",
    LockerOpened => "locker-opened",
    Collected => "collected",
    ReminderOpened => "reminder-opened",
    ReminderHour => "reminder-hour",
    ReminderSet => "reminder-set",
    ReminderDue => "reminder-due",
    Taken => "taken",
    RealDataBlocked => "real-data-blocked",
}

impl Pharmacy {
    /// Applies one action; returns the ids of the events that happened.
    pub fn apply(&mut self, action: Action) -> Vec<&'static str> {
        let mut events = vec![];
        if action == Action::Link && crate::practice::kit::input::holds_submit(&self.problem) {
            return vec![];
        }
        self.step(action, &mut events);
        events.into_iter().map(Event::id).collect()
    }

    /// Shows `screen` with no message from the last one.
    fn go(&mut self, screen: Screen) {
        self.screen = screen;
        self.problem = None;
    }

    fn on_phone(&self) -> bool {
        self.place == Place::Phone
    }

    fn step(&mut self, action: Action, events: &mut Vec<Event>) {
        let phone = self.on_phone();
        match action {
            Action::Setup(Setup::Linked) => {
                self.installed = true;
                self.linked = true;
                self.go(Screen::Home);
            }
            Action::Install(App::Real) if phone && self.screen == Screen::Store => {
                self.installed = true;
                self.problem = None;
                events.push(Event::Installed);
            }
            Action::Install(App::Other) if phone && self.screen == Screen::Store => {
                self.problem = Some(Problem::WrongApp);
                events.push(Event::WrongApp);
            }
            Action::OpenApp if phone && self.installed && self.screen == Screen::Store => {
                self.go(if self.linked {
                    Screen::Home
                } else {
                    Screen::Welcome
                });
                events.push(Event::AppOpened);
            }
            Action::StartLink if phone && self.screen == Screen::Welcome => {
                self.go(Screen::Link);
                events.push(Event::LinkOpened);
            }
            Action::LinkCode(text) if phone && self.screen == Screen::Link => {
                if let Some(text) = self.accept(text, events) {
                    self.typed_code = text;
                    events.push(Event::LinkCodeWritten);
                }
            }
            Action::LinkBirth(text) if phone && self.screen == Screen::Link => {
                if let Some(text) = self.accept(text, events) {
                    self.typed_birth = text;
                    events.push(Event::BirthWritten);
                }
            }
            Action::Link if phone && self.screen == Screen::Link => self.link(events),
            Action::Open(page) if phone && self.linked && self.in_app() => self.open(page, events),
            Action::Pick(medicine, on) if phone && self.screen == Screen::Order => {
                self.pick(medicine, on, events)
            }
            Action::OrderNext if phone && self.screen == Screen::Order => {
                if self.picked.is_empty() {
                    self.problem = Some(Problem::NothingPicked);
                    events.push(Event::NothingPicked);
                } else {
                    self.go(Screen::Pickup);
                    events.push(Event::PickupShown);
                }
            }
            Action::Pickup(how) if phone && self.screen == Screen::Pickup => {
                self.pickup = Some(how);
                self.problem = None;
                events.push(Event::PickupChosen);
            }
            Action::PickupNext if phone && self.screen == Screen::Pickup => {
                if self.pickup.is_none() {
                    self.problem = Some(Problem::PickupMissing);
                    events.push(Event::PickupMissing);
                } else {
                    self.go(Screen::Summary);
                    events.push(Event::SummaryShown);
                }
            }
            Action::PlaceOrder if phone && self.screen == Screen::Summary => {
                if let Some(how) = self.pickup {
                    self.order = Some(Order {
                        medicines: std::mem::take(&mut self.picked),
                        how,
                        placed_at: self.minutes,
                        done: false,
                    });
                    self.pickup = None;
                    self.go(Screen::Status);
                    events.push(Event::Ordered);
                }
            }
            Action::WaitDays(days) => self.wait(clock::days(days), events),
            Action::WaitMinutes(minutes) => self.wait(minutes, events),
            Action::NewCode
                if phone && self.screen == Screen::Status && self.waiting_in_locker() =>
            {
                self.send_code();
                events.push(Event::NewCode);
                events.push(Event::CodeSent);
            }
            Action::ToPharmacy if phone => {
                self.place = Place::Pharmacy;
                self.locker_typed.clear();
                self.go(Screen::Locker);
                events.push(Event::AtPharmacy);
            }
            Action::ToPhone if !phone => {
                self.place = Place::Phone;
                self.locker_typed.clear();
                let back = if self.linked {
                    Screen::Home
                } else {
                    Screen::Store
                };
                let back = if self.order.is_some() && self.linked {
                    Screen::Status
                } else {
                    back
                };
                self.go(back);
                events.push(Event::BackToPhone);
            }
            Action::LockerCode(text) if !phone && self.screen == Screen::Locker => {
                // Only digits count, as on the locker's keypad.
                self.locker_typed = codes::ascii_digits(&text)
                    .chars()
                    .filter(char::is_ascii_digit)
                    .take(PICKUP_CODE_LENGTH)
                    .collect();
                self.problem = None;
                events.push(Event::CodeTyped);
            }
            Action::LockerOk if !phone && self.screen == Screen::Locker => self.try_locker(events),
            Action::TakeMedicines if !phone && self.screen == Screen::LockerOpen => {
                if let Some(order) = self.order.as_mut() {
                    order.done = true;
                }
                self.go(Screen::LockerDone);
                events.push(Event::Collected);
            }
            Action::ReminderHour(hour)
                if phone && self.screen == Screen::Reminder && REMINDER_HOURS.contains(&hour) =>
            {
                self.reminder_hour = Some(hour);
                self.problem = None;
                events.push(Event::ReminderHour);
            }
            Action::SaveReminder if phone && self.screen == Screen::Reminder => {
                if self.reminder_hour.is_none() {
                    self.reminder_hour = Some(REMINDER_HOURS[0]);
                }
                self.reminder_on = true;
                self.taken = false;
                events.push(Event::ReminderSet);
            }
            Action::Taken if self.reminder_due() => {
                self.taken = true;
                events.push(Event::Taken);
            }
            _ => {}
        }
    }

    /// A screen of the linked app (not the store, welcome or link form).
    fn in_app(&self) -> bool {
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

    fn open(&mut self, page: Page, events: &mut Vec<Event>) {
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

    fn link(&mut self, events: &mut Vec<Event>) {
        let code = codes::compact(&self.typed_code, &['-', '.']);
        let problem = if code.is_empty() {
            Some(Problem::LinkCodeMissing)
        } else if code != self.link_code {
            Some(Problem::LinkCodeWrong)
        } else {
            match parse::date(&self.typed_birth) {
                Err(DateError::Empty) => Some(Problem::BirthMissing),
                Err(DateError::ShortYear) => Some(Problem::BirthShortYear),
                Err(DateError::Format | DateError::Impossible) => Some(Problem::BirthFormat),
                Ok(date) if date.to_dutch() != CARD.birth_date => Some(Problem::BirthWrong),
                Ok(_) => None,
            }
        };
        match problem {
            Some(problem) => {
                self.problem = Some(problem);
                events.push(match problem {
                    Problem::LinkCodeMissing => Event::LinkCodeMissing,
                    Problem::LinkCodeWrong => Event::LinkCodeWrong,
                    Problem::BirthMissing => Event::BirthMissing,
                    Problem::BirthShortYear => Event::BirthShortYear,
                    Problem::BirthFormat => Event::BirthFormat,
                    _ => Event::BirthWrong,
                });
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

    fn pick(&mut self, medicine: Medicine, on: bool, events: &mut Vec<Event>) {
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
    fn wait(&mut self, minutes: u32, events: &mut Vec<Event>) {
        if minutes == 0 {
            return;
        }
        let before = self.status();
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
    fn send_code(&mut self) {
        phone::send_code(
            &mut self.messages,
            &mut self.seed,
            self.minutes,
            p::PHARMACY_NAME,
            p::PHARMACY_SMS_READY,
        );
    }

    fn try_locker(&mut self, events: &mut Vec<Event>) {
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

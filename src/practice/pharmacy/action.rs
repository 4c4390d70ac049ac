/*!
What the learner does in "Apotheek Oefenanker", and what each action
changes. Action names are the lesson format (`{"do": "...", "value": ...}`);
the events are what lesson steps wait for.
*/

use serde::Deserialize;

use super::{
    Medicine, Order, Pharmacy, Pickup, Place, Problem, Screen, PICKUP_CODE_LENGTH, REMINDER_HOURS,
};
use crate::practice::{codes, kit::clock};

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
    CodeLapsed => "code-lapsed",
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
    pub(super) fn go(&mut self, screen: Screen) {
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
            // The tiles and the way back are on the linked app's screens only.
            Action::Open(page) if self.in_app() => self.open(page, events),
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
                // Back where the phone was left off: the order, the app, or the store.
                self.go(match (self.linked, self.order.is_some()) {
                    (true, true) => Screen::Status,
                    (true, false) => Screen::Home,
                    (false, _) => Screen::Store,
                });
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
}

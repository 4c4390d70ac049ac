//! What the learner does with the invitation, and what each action
//! changes. Action names are the lesson format; events are what steps wait
//! for.

use serde::Deserialize;

use super::{Outcome, Problem, Screen, Vaccination, SLOTS, TAKEN};
use crate::practice::{digid_web, kit::clock};

/// Keep, change or cancel the planned appointment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Choice {
    Keep,
    Change,
    Cancel,
}

/// What the learner does.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(tag = "do", content = "value", rename_all = "kebab-case")]
pub enum Action {
    /// From the letter to the website its address names.
    ToWebsite,
    StartDigid,
    Digid(digid_web::Action),
    /// The answer to "Heeft u een uitnodigingsbrief gekregen?".
    Invited(bool),
    InvitedNext,
    Choose(Choice),
    PickSlot(usize),
    Confirm,
    /// "Ja, afzeggen" or "Nee, terug".
    CancelAnswer(bool),
    /// "Terug": one page back.
    Back,
    /// The phone's "10 minuten later" (DigiD's code can expire).
    WaitMinutes(u32),
}

crate::practice::events! {
    WebsiteOpened => "website-opened",
    DigidOpened => "digid-opened",
    PortalLoggedIn => "portal-logged-in",
    Answered => "answered",
    NoAnswer => "no-answer",
    NoInvitation => "no-invitation",
    AppointmentShown => "appointment-shown",
    Kept => "kept",
    SlotsShown => "slots-shown",
    SlotPicked => "slot-picked",
    Changed => "changed",
    CancelAsked => "cancel-asked",
    Cancelled => "cancelled",
    NotCancelled => "not-cancelled",
    WentBack => "page-back",
}

impl Vaccination {
    /// Applies one action; returns the ids of the events that happened
    /// (the website's and, while logging in, DigiD's).
    pub fn apply(&mut self, action: Action) -> Vec<&'static str> {
        if let Action::Digid(a) = action {
            if self.screen != Screen::Digid {
                return vec![];
            }
            let (mut ids, let_in) = self.login.apply(a, &mut self.minutes);
            if let_in {
                self.logged_in = true;
                self.go(Screen::Eligible);
                ids.push(Event::PortalLoggedIn.id());
            }
            return ids;
        }
        let mut events = vec![];
        self.step(action, &mut events);
        events.into_iter().map(Event::id).collect()
    }

    fn go(&mut self, screen: Screen) {
        self.problem = None;
        self.screen = screen;
    }

    fn step(&mut self, action: Action, events: &mut Vec<Event>) {
        match (action, self.screen) {
            (Action::ToWebsite, Screen::Letter) => {
                self.go(match (self.logged_in, self.invited) {
                    (false, _) => Screen::Start,
                    (true, Some(true)) => Screen::Appointment,
                    (true, _) => Screen::Eligible,
                });
                events.push(Event::WebsiteOpened);
            }
            (Action::StartDigid, Screen::Start) => {
                self.login.restart(self.seed, self.minutes);
                self.go(Screen::Digid);
                events.push(Event::DigidOpened);
            }
            (Action::WaitMinutes(m), _) => clock::wait(&mut self.minutes, m, clock::days(1)),
            (Action::Invited(yes), Screen::Eligible) => {
                self.invited = Some(yes);
                self.problem = None;
                events.push(Event::Answered);
            }
            (Action::InvitedNext, Screen::Eligible) => match self.invited {
                None => {
                    self.problem = Some(Problem::NoAnswer);
                    events.push(Event::NoAnswer);
                }
                Some(false) => {
                    self.problem = Some(Problem::NoInvitation);
                    events.push(Event::NoInvitation);
                }
                Some(true) => {
                    self.go(Screen::Appointment);
                    events.push(Event::AppointmentShown);
                }
            },
            (Action::Choose(choice), Screen::Appointment) => match choice {
                Choice::Keep => {
                    self.outcome = Some(Outcome::Kept);
                    self.go(Screen::Done);
                    events.push(Event::Kept);
                }
                Choice::Change => {
                    self.go(Screen::Slots);
                    events.push(Event::SlotsShown);
                }
                Choice::Cancel => {
                    self.go(Screen::CancelCheck);
                    events.push(Event::CancelAsked);
                }
            },
            (Action::PickSlot(i), Screen::Slots) if i < SLOTS.len() && i != TAKEN => {
                self.slot = Some(i);
                self.go(Screen::Check);
                events.push(Event::SlotPicked);
            }
            (Action::Confirm, Screen::Check) => {
                self.outcome = self.slot.map(Outcome::Changed);
                self.go(Screen::Done);
                events.push(Event::Changed);
            }
            (Action::CancelAnswer(true), Screen::CancelCheck) => {
                self.outcome = Some(Outcome::Cancelled);
                self.go(Screen::Done);
                events.push(Event::Cancelled);
            }
            (Action::CancelAnswer(false), Screen::CancelCheck) => {
                self.go(Screen::Appointment);
                events.push(Event::NotCancelled);
            }
            (Action::Back, screen) => {
                let previous = match screen {
                    Screen::Letter => return,
                    Screen::Start
                    | Screen::Digid
                    | Screen::Eligible
                    | Screen::Appointment
                    | Screen::Done => Screen::Letter,
                    Screen::Slots | Screen::CancelCheck => Screen::Appointment,
                    Screen::Check => Screen::Slots,
                };
                self.go(previous);
                events.push(Event::WentBack);
            }
            _ => {}
        }
    }
}

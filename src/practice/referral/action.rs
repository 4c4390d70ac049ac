//! What the learner does with the referral, and what each action changes.
//! Action names are the lesson format; events are what steps wait for.

use serde::Deserialize;

use super::{Referral, Screen, SLOTS, TAKEN};
use crate::practice::kit::input;

/// Where the referral can be booked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Where {
    /// Ziekenhuis Oefendal: pick a time online.
    Online,
    /// Kliniek Oefenduin: phone them.
    Phone,
}

/// What the learner does.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(tag = "do", content = "value", rename_all = "kebab-case")]
pub enum Action {
    OpenMail,
    /// The link in the e-mail.
    OpenLink,
    Birth(String),
    SubmitBirth,
    Choose(Where),
    /// A free time: the check page opens.
    PickSlot(usize),
    Confirm,
    /// "Terug": one page back.
    Back,
}

crate::practice::events! {
    MailOpened => "mail-opened",
    LinkOpened => "link-opened",
    BirthWritten => "birth-written",
    BirthMissing => "birth-missing",
    BirthShortYear => "birth-short-year",
    BirthFormat => "birth-format",
    OwnBirth => "own-birth",
    BirthWrong => "birth-wrong",
    ReferralOpened => "referral-opened",
    PhoneShown => "phone-shown",
    SlotsShown => "slots-shown",
    SlotPicked => "slot-picked",
    Booked => "booked",
    WentBack => "went-back",
    RealDataBlocked => "real-data-blocked",
}

impl Referral {
    /// Applies one action; returns the ids of the events that happened.
    pub fn apply(&mut self, action: Action) -> Vec<&'static str> {
        if action == Action::SubmitBirth && input::holds_submit(&self.problem) {
            return vec![];
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
            (Action::OpenMail, Screen::Inbox) => {
                self.mail_read = true;
                self.go(Screen::Mail);
                events.push(Event::MailOpened);
            }
            (Action::OpenLink, Screen::Mail) => {
                // Once the referral is open, the link shows it again.
                self.go(if self.opened {
                    Screen::Message
                } else {
                    Screen::Gate
                });
                events.push(Event::LinkOpened);
            }
            (Action::Birth(text), Screen::Gate) => {
                let kept = input::accept(&mut self.problem, text, input::MAX_INPUT);
                match kept {
                    Some(text) => {
                        self.typed_birth = text;
                        events.push(Event::BirthWritten);
                    }
                    None => events.push(Event::RealDataBlocked),
                }
            }
            (Action::SubmitBirth, Screen::Gate) => match self.check_birth() {
                Some((problem, event)) => {
                    self.problem = Some(problem);
                    events.push(event);
                }
                None => {
                    self.opened = true;
                    self.go(Screen::Message);
                    events.push(Event::ReferralOpened);
                }
            },
            (Action::Choose(Where::Online), Screen::Message) => {
                self.go(Screen::Slots);
                events.push(Event::SlotsShown);
            }
            (Action::Choose(Where::Phone), Screen::Message) => {
                self.go(Screen::Phone);
                events.push(Event::PhoneShown);
            }
            (Action::PickSlot(i), Screen::Slots) if i < SLOTS.len() && i != TAKEN => {
                self.slot = Some(i);
                self.go(Screen::Check);
                events.push(Event::SlotPicked);
            }
            (Action::Confirm, Screen::Check) => {
                self.booked = self.slot;
                self.go(Screen::Booked);
                events.push(Event::Booked);
            }
            (Action::Back, screen) => {
                let previous = match screen {
                    Screen::Inbox => return,
                    Screen::Mail => Screen::Inbox,
                    Screen::Gate => Screen::Mail,
                    Screen::Message | Screen::Booked => Screen::Mail,
                    Screen::Phone | Screen::Slots => Screen::Message,
                    Screen::Check => Screen::Slots,
                };
                self.go(previous);
                events.push(Event::WentBack);
            }
            _ => {}
        }
    }
}

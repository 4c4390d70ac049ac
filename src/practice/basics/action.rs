//! What the learner does in an exercise, and what it changes. Action
//! names are the lesson format; events are what steps wait for.

use serde::Deserialize;

use super::super::kit::input::Typed;
use super::{
    Basics, Exercise, Problem, Screen, COURSE_DAYS, DAY, DAYS_IN_MONTH, NAME, PLACE, READABLE_ZOOM,
    ZOOMS,
};

/// What the learner does.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(tag = "do", content = "value", rename_all = "kebab-case")]
pub enum Action {
    /// Opens an exercise (the menu's buttons; a lesson's setup).
    Open(Exercise),
    /// "Verder", "Gevonden", the link "Activiteiten": the page's way on.
    GoOn,
    /// A tap or click beside the button.
    Miss,
    /// "Ja" or "Nee".
    Answer(bool),
    /// The name and the place fields.
    Name(String),
    Place(String),
    /// "Opslaan", "Aanmelden", "Bevestigen": the form's button.
    Submit,
    /// "Naar boven" at the top of the long page.
    ToTop,
    /// "Terug" on the page's own bar.
    Back,
    /// The course day (an index into `COURSE_DAYS`), the tick.
    CourseDay(usize),
    Tick(bool),
    /// A day in the calendar.
    PickDay(u32),
    /// The link, or plain text taken for one.
    Link,
    PlainText,
    /// The pop-up's "Sluiten" (the cross) or "Ja, graag".
    ClosePopup,
    PopupYes,
    /// "Groter" / a double tap, "Kleiner".
    ZoomIn,
    ZoomOut,
    /// Nothing happened for a while: a gentle nudge.
    Nudge,
    /// "Nog een keer": the same exercise from the start.
    Again,
    /// "Andere oefening": back to the list.
    Menu,
}

crate::practice::events! {
    Opened => "opened",
    WentOn => "went-on",
    Missed => "missed",
    SaidYes => "said-yes",
    SaidNo => "said-no",
    NameTyped => "name-typed",
    PlaceFixed => "place-fixed",
    Saved => "saved",
    NotYet => "not-yet",
    Found => "found",
    AtTop => "at-top",
    PageOpened => "page-opened",
    WentBack => "went-back",
    DayChosen => "day-chosen",
    Ticked => "ticked",
    SignedUp => "signed-up",
    DayPicked => "day-picked",
    WrongDay => "wrong-day",
    DateConfirmed => "date-confirmed",
    LinkOpened => "link-opened",
    NotALink => "not-a-link",
    PopupClosed => "popup-closed",
    PopupYes => "popup-yes",
    ZoomedIn => "zoomed-in",
    ZoomedOut => "zoomed-out",
    Nudged => "nudged",
    RealDataBlocked => "real-data-blocked",
    Done => "exercise-done",
}

impl Basics {
    /// Applies one action; returns the ids of the events that happened.
    pub fn apply(&mut self, action: Action) -> Vec<&'static str> {
        let mut events = vec![];
        self.step(action, &mut events);
        events.into_iter().map(Event::id).collect()
    }

    fn go(&mut self, screen: Screen) {
        self.problem = None;
        self.screen = screen;
    }

    fn open(&mut self, exercise: Exercise) {
        *self = Basics {
            screen: Screen::Start(exercise),
            ..Basics::new(0)
        };
    }

    fn done(&mut self, exercise: Exercise, events: &mut Vec<Event>) {
        self.go(Screen::Done(exercise));
        events.push(Event::Done);
    }

    fn step(&mut self, action: Action, events: &mut Vec<Event>) {
        use Exercise as E;
        use Screen::{Done, Next, Start};
        match (action, self.screen) {
            (Action::Open(e), _) => {
                self.open(e);
                events.push(Event::Opened);
            }
            (Action::Again, Start(e) | Next(e) | Done(e)) => {
                self.open(e);
                events.push(Event::Opened);
            }
            (Action::Menu, _) => *self = Basics::new(0),
            (Action::Nudge, Start(_) | Next(_)) if self.problem.is_none() => {
                self.problem = Some(Problem::Slow);
                events.push(Event::Nudged);
            }
            // Press a button: "Verder", then "Ja".
            (Action::Miss, Start(E::Tap) | Next(E::Tap)) => {
                self.problem = Some(Problem::Missed);
                events.push(Event::Missed);
            }
            (Action::GoOn, Start(E::Tap)) => {
                self.go(Next(E::Tap));
                events.push(Event::WentOn);
            }
            (Action::Answer(false), Next(E::Tap)) => {
                self.problem = Some(Problem::PressedNo);
                events.push(Event::SaidNo);
            }
            (Action::Answer(true), Next(E::Tap)) => {
                events.push(Event::SaidYes);
                self.done(E::Tap, events);
            }
            // Type a name, fix a typo, save.
            // Every field follows the kit's input rule: real-looking details
            // are refused whole, long text is cut.
            (Action::Name(text), Start(E::Type)) => {
                self.name = self.judge(text, events);
                if same_word(&self.name, NAME) {
                    events.push(Event::NameTyped);
                }
            }
            (Action::Place(text), Start(E::Type)) => {
                self.place = self.judge(text, events);
                if same_word(&self.place, PLACE) {
                    events.push(Event::PlaceFixed);
                }
            }
            (Action::Submit, Start(E::Type)) => {
                if !same_word(&self.name, NAME) {
                    self.problem = Some(Problem::NameNot(self.name.trim().to_owned()));
                    events.push(Event::NotYet);
                } else if !same_word(&self.place, PLACE) {
                    self.problem = Some(Problem::PlaceNot(self.place.trim().to_owned()));
                    events.push(Event::NotYet);
                } else {
                    events.push(Event::Saved);
                    self.done(E::Type, events);
                }
            }
            // Scroll down to "Gevonden", then up to "Naar boven".
            (Action::GoOn, Start(E::Scroll)) => {
                self.go(Next(E::Scroll));
                events.push(Event::Found);
            }
            (Action::ToTop, Next(E::Scroll)) => {
                events.push(Event::AtTop);
                self.done(E::Scroll, events);
            }
            // Open a page, then go back.
            (Action::GoOn, Start(E::Back)) => {
                self.go(Next(E::Back));
                events.push(Event::PageOpened);
            }
            (Action::Back, Next(E::Back)) => {
                events.push(Event::WentBack);
                self.done(E::Back, events);
            }
            // Choose a day, tick the box, sign up.
            (Action::CourseDay(i), Start(E::Choose)) if i < COURSE_DAYS.len() => {
                self.course_day = Some(i);
                self.clear(&[Problem::NoDay]);
                events.push(Event::DayChosen);
            }
            (Action::Tick(on), Start(E::Choose)) => {
                self.ticked = on;
                if on {
                    self.clear(&[Problem::NotTicked]);
                    events.push(Event::Ticked);
                }
            }
            (Action::Submit, Start(E::Choose)) => {
                if self.course_day.is_none() {
                    self.problem = Some(Problem::NoDay);
                    events.push(Event::NotYet);
                } else if !self.ticked {
                    self.problem = Some(Problem::NotTicked);
                    events.push(Event::NotYet);
                } else {
                    events.push(Event::SignedUp);
                    self.done(E::Choose, events);
                }
            }
            // Pick the 15th, confirm.
            (Action::PickDay(day), Start(E::Date)) if (1..=DAYS_IN_MONTH).contains(&day) => {
                self.picked = Some(day);
                if day == DAY {
                    self.problem = None;
                    events.push(Event::DayPicked);
                } else {
                    self.problem = Some(Problem::WrongDay(day));
                    events.push(Event::WrongDay);
                }
            }
            (Action::Submit, Start(E::Date)) => match self.picked {
                Some(DAY) => {
                    events.push(Event::DateConfirmed);
                    self.done(E::Date, events);
                }
                Some(day) => {
                    self.problem = Some(Problem::WrongDay(day));
                    events.push(Event::WrongDay);
                }
                None => {
                    self.problem = Some(Problem::NoDate);
                    events.push(Event::NotYet);
                }
            },
            // The link, not the plain text; then back.
            (Action::PlainText, Start(E::Link)) => {
                self.problem = Some(Problem::NotALink);
                events.push(Event::NotALink);
            }
            (Action::Link, Start(E::Link)) => {
                self.go(Next(E::Link));
                events.push(Event::LinkOpened);
            }
            (Action::Back, Next(E::Link)) => {
                events.push(Event::WentBack);
                self.done(E::Link, events);
            }
            // Close the pop-up with the cross; then the page behind it.
            (Action::PopupYes, Start(E::Popup)) if self.popup => {
                self.problem = Some(Problem::SaidYes);
                events.push(Event::PopupYes);
            }
            (Action::ClosePopup, Start(E::Popup)) if self.popup => {
                self.popup = false;
                self.problem = None;
                events.push(Event::PopupClosed);
            }
            (Action::GoOn, Start(E::Popup)) if !self.popup => {
                events.push(Event::WentOn);
                self.done(E::Popup, events);
            }
            // Zoom in until the small print reads, then out again.
            // Below the readable zoom there is always a bigger one.
            (Action::ZoomIn, Start(E::Zoom)) => {
                self.zoom += 1;
                self.problem = None;
                if self.zoom >= READABLE_ZOOM {
                    self.go(Next(E::Zoom));
                    events.push(Event::ZoomedIn);
                }
            }
            (Action::ZoomIn, Next(E::Zoom)) if self.zoom + 1 < ZOOMS.len() => self.zoom += 1,
            (Action::ZoomOut, Start(E::Zoom) | Next(E::Zoom)) if self.zoom > 0 => {
                self.zoom -= 1;
                if self.zoom == 0 && self.screen == Next(E::Zoom) {
                    events.push(Event::ZoomedOut);
                    self.done(E::Zoom, events);
                }
            }
            _ => {}
        }
    }

    /// What a field keeps of typed text, by the kit's input rule:
    /// real-looking details are refused whole (the field empties and the
    /// guard warns), long text is cut. Typing clears any earlier help.
    fn judge(&mut self, text: String, events: &mut Vec<Event>) -> String {
        let typed = Typed::judge(text);
        self.problem = typed.refused().map(Problem::RealData);
        if self.problem.is_some() {
            events.push(Event::RealDataBlocked);
        }
        typed.into_value()
    }

    /// Clears the problem when it is one of `solved`.
    fn clear(&mut self, solved: &[Problem]) {
        if self.problem.as_ref().is_some_and(|p| solved.contains(p)) {
            self.problem = None;
        }
    }
}

/// The word asked for, whatever the case and spaces around it.
fn same_word(typed: &str, word: &str) -> bool {
    typed.trim().to_lowercase() == word.to_lowercase()
}

/*!
"Oefenbasis": the step before any DigiD. A simple website (the invented
"Bibliotheek Oefenstad") on which a learner does one everyday thing at a
time: press a button, type in a field and fix a typo, scroll down, go back,
tick a box and choose from a list, choose a date, recognise a link, close
a pop-up, and zoom in on a phone.

Each exercise is learned by doing it. A wrong attempt gets kind, specific
help (a tap beside the button, plain text taken for a link, "Ja, graag" in
a pop-up that only needed closing); a slow one gets a gentle nudge that the
view asks for after a while ([`Action::Nudge`]), never a time limit.
*/

mod action;
#[cfg(test)]
mod tests;

pub use action::{Action, Event};

use super::guard::RealData;

/// The exercises, in the order of the home card's lessons.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Exercise {
    Tap,
    Type,
    Scroll,
    Back,
    Choose,
    Date,
    Link,
    Popup,
    Zoom,
}

impl Exercise {
    pub const ALL: [Exercise; 9] = [
        Exercise::Tap,
        Exercise::Type,
        Exercise::Scroll,
        Exercise::Back,
        Exercise::Choose,
        Exercise::Date,
        Exercise::Link,
        Exercise::Popup,
        Exercise::Zoom,
    ];

    /// Stable id: lesson files, element ids, text keys.
    pub fn id(self) -> &'static str {
        match self {
            Exercise::Tap => "tap",
            Exercise::Type => "type",
            Exercise::Scroll => "scroll",
            Exercise::Back => "back",
            Exercise::Choose => "choose",
            Exercise::Date => "date",
            Exercise::Link => "link",
            Exercise::Popup => "popup",
            Exercise::Zoom => "zoom",
        }
    }
}

/// Where in an exercise the learner is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// Free practice: the list of exercises.
    Menu,
    /// The exercise's first page.
    Start(Exercise),
    /// Its second page (after "Verder", a link, a chosen date, ...).
    Next(Exercise),
    /// "Goed gedaan": the exercise is done.
    Done(Exercise),
}

/// What went wrong, for kind and specific help.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A tap or click beside the button.
    Missed,
    /// "Nee" where the step asked for "Ja".
    PressedNo,
    /// The name field does not say "Noor" yet (what it says).
    NameNot(String),
    /// The place still has a typo (what it says).
    PlaceNot(String),
    /// "Aanmelden" without a day.
    NoDay,
    /// "Aanmelden" without the tick.
    NotTicked,
    /// Another day than the 15th (the day picked).
    WrongDay(u32),
    /// "Bevestigen" before a day was picked.
    NoDate,
    /// Plain text taken for a link.
    NotALink,
    /// "Ja, graag" in the pop-up that only needed closing.
    SaidYes,
    /// Slow: nothing happened for a while. Never an error, just a nudge.
    Slow,
    /// What was typed looks like real details (the guard): nothing kept.
    RealData(RealData),
}

/// The name the type exercise asks for (the oefenkaart's first name).
pub const NAME: &str = "Noor";
/// The place, and how it is first shown: with a typo to fix.
pub const PLACE: &str = "Oefenstad";
pub const PLACE_TYPO: &str = "Oefenstadd";
/// The day to choose in December 2026 (a Tuesday).
pub const DAY: u32 = 15;
/// December 2026 starts on a Tuesday: blank days before the 1st in a week
/// from Monday.
pub const DECEMBER_OFFSET: u32 = 1;
/// The days to choose from.
pub const DAYS_IN_MONTH: u32 = 31;
/// The choices of day for the course.
pub const COURSE_DAYS: [&str; 3] = ["maandag", "woensdag", "vrijdag"];
/// The zoom steps of the phone's picture, in percent.
pub const ZOOMS: [u32; 4] = [100, 150, 200, 300];
/// From this zoom on, the small print can be read.
pub const READABLE_ZOOM: usize = 2;
const _: () = assert!(
    READABLE_ZOOM < ZOOMS.len(),
    "the readable zoom is one of the zooms"
);

/// One exercise at a time, and what the learner did in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Basics {
    pub screen: Screen,
    pub problem: Option<Problem>,
    /// The type exercise's fields.
    pub name: String,
    pub place: String,
    /// The choose exercise: the day (an index into [`COURSE_DAYS`]) and
    /// the tick.
    pub course_day: Option<usize>,
    pub ticked: bool,
    /// The date exercise: the day picked.
    pub picked: Option<u32>,
    /// The zoom exercise: an index into [`ZOOMS`].
    pub zoom: usize,
    /// The popup is open.
    pub popup: bool,
}

impl Basics {
    pub fn new(_seed: u32) -> Basics {
        Basics {
            screen: Screen::Menu,
            problem: None,
            name: String::new(),
            place: PLACE_TYPO.to_owned(),
            course_day: None,
            ticked: false,
            picked: None,
            zoom: 0,
            popup: true,
        }
    }

    /// The exercise on screen (none on the menu).
    pub fn exercise(&self) -> Option<Exercise> {
        match self.screen {
            Screen::Menu => None,
            Screen::Start(e) | Screen::Next(e) | Screen::Done(e) => Some(e),
        }
    }
}

impl Default for Basics {
    fn default() -> Self {
        Basics::new(1)
    }
}

/// What a lesson step may point at.
pub const TARGETS: &[&str] = &[
    "menu-tap",
    "menu-type",
    "menu-scroll",
    "menu-back",
    "menu-choose",
    "menu-date",
    "menu-link",
    "menu-popup",
    "menu-zoom",
    "go-on",
    "yes",
    "name",
    "place",
    "save",
    "found",
    "to-top",
    "activities",
    "page-back",
    "course-day",
    "agree",
    "sign-up",
    "day-15",
    "confirm-date",
    "link",
    "close-popup",
    "zoom-in",
    "zoom-out",
    "picture",
    "again",
];

//! The parts of the portal (reached from the home screen or the menu) and
//! where a lesson may start.

use serde::Deserialize;

use super::Screen;

/// A part of the portal, reached from the home screen or the menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Section {
    Ask,
    Book,
    Repeat,
    Medication,
    Results,
    Messages,
    Appointments,
    Orders,
}

impl Section {
    /// Home screen order.
    pub const ALL: [Section; 8] = [
        Section::Ask,
        Section::Book,
        Section::Repeat,
        Section::Messages,
        Section::Appointments,
        Section::Orders,
        Section::Medication,
        Section::Results,
    ];

    /// Its id, which is also its "Laat zien" target.
    pub fn id(self) -> &'static str {
        match self {
            Section::Ask => "ask",
            Section::Book => "book",
            Section::Repeat => "repeat",
            Section::Medication => "medication",
            Section::Results => "results",
            Section::Messages => "messages",
            Section::Appointments => "appointments",
            Section::Orders => "orders",
        }
    }

    /// The screen it opens.
    pub(super) fn screen(self) -> Screen {
        match self {
            Section::Ask => Screen::AskWarning,
            Section::Book => Screen::BookReason,
            Section::Repeat => Screen::Repeat,
            Section::Medication => Screen::Medication,
            Section::Results => Screen::Results,
            Section::Messages => Screen::Messages,
            Section::Appointments => Screen::Appointments,
            Section::Orders => Screen::Orders,
        }
    }
}

/// Where a lesson may start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Setup {
    /// Logged in, first visit done: the home screen.
    LoggedIn,
}

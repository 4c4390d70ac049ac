/*!
What the learner does in "Mijn Oefendal" and at the kiosk, and what each
action changes. Action names are the lesson format (`{"do": "...",
"value": ...}`); the events are what lesson steps wait for.
*/

use serde::Deserialize;

use super::{Answer, Form, Hospital, Place, Problem, Screen, APPOINTMENTS, QUESTIONS, VISIT_DAY};
use crate::practice::{
    digid_web,
    kit::{clock, input},
};

/// Longest answer kept in a text question.
pub const ANSWER_LIMIT: usize = 160;

/// A page from the portal's menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Page {
    Home,
    Appointments,
    Tasks,
    Results,
    Letters,
    Messages,
}

/// What the learner holds to the kiosk's scanner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Card {
    /// The oefenkaart, standing in for an identity card.
    Practice,
    /// A bank card: the kiosk cannot read it.
    Bank,
    /// The QR code from checking in at home, on the phone.
    Qr,
}

/// Where a lesson may start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Setup {
    /// Logged in: the portal's home shows.
    LoggedIn,
}

/// What the learner does.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(tag = "do", content = "value", rename_all = "kebab-case")]
pub enum Action {
    Setup(Setup),
    /// "Inloggen met DigiD".
    StartDigid,
    Digid(digid_web::Action),
    Open(Page),
    /// An appointment in the list, by its place.
    Appointment(usize),
    /// "Inchecken" on the hospital appointment.
    CheckIn,
    /// "Invullen" or "Verder invullen" on the task list.
    Questionnaire,
    /// A choice on the question showing.
    Choose(usize),
    /// The text of the question showing.
    Text(String),
    Next,
    Previous,
    /// "Opslaan en later verder".
    SaveLater,
    /// "Wijzigen" beside answer n on the check page.
    Change(usize),
    Send,
    ReadLetter,
    ReadMessage,
    /// "1 dag later" beside the screen.
    WaitDays(u32),
    /// The phone's "10 minuten later" (DigiD's code can expire).
    WaitMinutes(u32),
    /// "15 minuten niets doen".
    Idle,
    StayLoggedIn,
    Logout,
    ToHospital,
    ToHome,
    Scan(Card),
    /// "Aanmelden" for today's appointment at the kiosk.
    KioskConfirm,
    TakeTicket,
}

crate::practice::events! {
    DigidOpened => "digid-opened",
    PortalLoggedIn => "portal-logged-in",
    HomeShown => "home-shown",
    AppointmentsOpened => "appointments-opened",
    AppointmentOpened => "appointment-opened",
    TooEarly => "check-in-too-early",
    CheckedIn => "checked-in",
    TasksOpened => "tasks-opened",
    QuestionnaireOpened => "questionnaire-opened",
    Answered => "answered",
    TextWritten => "text-written",
    NoAnswer => "no-answer",
    NextQuestion => "next-question",
    PreviousQuestion => "previous-question",
    SavedForLater => "saved-for-later",
    ReviewShown => "review-shown",
    ChangeOpened => "change-opened",
    Sent => "questionnaire-sent",
    ResultsOpened => "results-opened",
    LettersOpened => "letters-opened",
    LetterOpened => "letter-opened",
    MessagesOpened => "messages-opened",
    MessageOpened => "message-opened",
    DayPassed => "day-passed",
    IdleWarned => "idle-warned",
    StayedLoggedIn => "stayed-logged-in",
    LoggedOut => "logged-out",
    AtHospital => "at-hospital",
    AtHome => "at-home",
    WrongDay => "wrong-day",
    BankCard => "bank-card",
    NoQr => "no-qr",
    CardScanned => "card-scanned",
    QrScanned => "qr-scanned",
    KioskCheckedIn => "kiosk-checked-in",
    TicketTaken => "ticket-taken",
    RealDataBlocked => "portal-real-data-blocked",
}

impl Hospital {
    /// Applies one action; returns the ids of the events that happened
    /// (the portal's and, while logging in, DigiD's).
    pub fn apply(&mut self, action: Action) -> Vec<&'static str> {
        if let Action::Digid(a) = action {
            return self.digid_action(a);
        }
        // While "Wilt u ingelogd blijven?" shows, only its answers count.
        if self.idle_warning
            && !matches!(
                action,
                Action::StayLoggedIn | Action::Logout | Action::Idle | Action::WaitMinutes(_)
            )
        {
            return vec![];
        }
        if action == Action::Next && input::holds_submit(&self.problem) {
            return vec![];
        }
        let mut events = vec![];
        self.step(action, &mut events);
        events.into_iter().map(Event::id).collect()
    }

    fn digid_action(&mut self, action: digid_web::Action) -> Vec<&'static str> {
        if self.screen != Screen::Digid {
            return vec![];
        }
        let (mut ids, let_in) = self.login.apply(action, &mut self.minutes);
        if let_in {
            self.logged_in = true;
            self.go(Screen::Home);
            ids.extend([Event::PortalLoggedIn.id(), Event::HomeShown.id()]);
        }
        ids
    }

    fn go(&mut self, screen: Screen) {
        self.problem = None;
        self.screen = screen;
    }

    fn step(&mut self, action: Action, events: &mut Vec<Event>) {
        let place = self.place;
        match action {
            Action::Setup(Setup::LoggedIn) => {
                self.logged_in = true;
                self.go(Screen::Home);
            }
            Action::StartDigid if matches!(self.screen, Screen::Start | Screen::LoggedOut) => {
                self.login.restart(self.seed, self.minutes);
                self.go(Screen::Digid);
                events.push(Event::DigidOpened);
            }
            // The practice has two days: today and the day of the visit.
            Action::WaitDays(_) if self.day() < VISIT_DAY => {
                self.minutes = clock::days(VISIT_DAY);
                self.problem = None;
                events.push(Event::DayPassed);
            }
            Action::WaitMinutes(minutes) => clock::wait(&mut self.minutes, minutes, clock::days(1)),
            Action::Idle if self.logged_in && place == Place::Home => {
                if self.idle_warning {
                    self.log_out(events);
                } else {
                    self.idle_warning = true;
                    events.push(Event::IdleWarned);
                }
            }
            Action::StayLoggedIn if self.idle_warning => {
                self.idle_warning = false;
                events.push(Event::StayedLoggedIn);
            }
            Action::Logout if self.logged_in => self.log_out(events),
            Action::ToHospital if place == Place::Home => {
                self.place = Place::Hospital;
                self.idle_warning = false;
                self.go(Screen::Kiosk);
                events.push(Event::AtHospital);
            }
            Action::ToHome if place == Place::Hospital => {
                self.place = Place::Home;
                self.go(if self.logged_in {
                    Screen::Home
                } else {
                    Screen::Start
                });
                events.push(Event::AtHome);
            }
            other if place == Place::Hospital => self.kiosk(other, events),
            other if self.logged_in => self.portal(other, events),
            _ => {}
        }
    }

    fn log_out(&mut self, events: &mut Vec<Event>) {
        self.idle_warning = false;
        self.logged_in = false;
        self.go(Screen::LoggedOut);
        events.push(Event::LoggedOut);
    }

    /// Inside the portal.
    fn portal(&mut self, action: Action, events: &mut Vec<Event>) {
        match (action, self.screen) {
            (Action::Open(page), _) => self.open(page, events),
            (Action::Appointment(n), Screen::Appointments) if n < APPOINTMENTS.len() => {
                self.go(Screen::Appointment(n));
                events.push(Event::AppointmentOpened);
            }
            (Action::CheckIn, Screen::Appointment(0)) => {
                if self.is_visit_day() {
                    self.checked_in = true;
                    self.go(Screen::QrTicket);
                    events.push(Event::CheckedIn);
                } else {
                    self.problem = Some(Problem::TooEarly);
                    events.push(Event::TooEarly);
                }
            }
            (Action::ReadLetter, Screen::Letters) => {
                self.letter_read = true;
                self.go(Screen::Letter);
                events.push(Event::LetterOpened);
            }
            (Action::ReadMessage, Screen::Messages) => {
                self.message_read = true;
                self.go(Screen::Message);
                events.push(Event::MessageOpened);
            }
            (action, _) => self.questionnaire(action, events),
        }
    }

    fn open(&mut self, page: Page, events: &mut Vec<Event>) {
        let (screen, event) = match page {
            Page::Home => (Screen::Home, Event::HomeShown),
            Page::Appointments => (Screen::Appointments, Event::AppointmentsOpened),
            Page::Tasks => (Screen::Tasks, Event::TasksOpened),
            Page::Results => (Screen::Results, Event::ResultsOpened),
            Page::Letters => (Screen::Letters, Event::LettersOpened),
            Page::Messages => (Screen::Messages, Event::MessagesOpened),
        };
        self.from_review = false;
        self.go(screen);
        events.push(event);
    }

    /// The questionnaire: its questions, the check page and sending.
    fn questionnaire(&mut self, action: Action, events: &mut Vec<Event>) {
        let last = QUESTIONS.len() - 1;
        match (action, self.screen) {
            (Action::Questionnaire, Screen::Tasks) if !self.sent => {
                self.started = true;
                self.go(Screen::Question(self.at_question.min(last)));
                events.push(Event::QuestionnaireOpened);
            }
            (Action::Choose(i), Screen::Question(n)) => {
                if let Form::Choice(options) = QUESTIONS[n].form {
                    if i < options.len() {
                        self.answers[n] = Answer::Choice(i);
                        self.problem = None;
                        events.push(Event::Answered);
                    }
                }
            }
            (Action::Text(text), Screen::Question(n)) => {
                if matches!(QUESTIONS[n].form, Form::Text { .. }) {
                    if let Some(kept) = self.accept(text, ANSWER_LIMIT, events) {
                        if self.problem == Some(Problem::NoAnswer) && !kept.trim().is_empty() {
                            self.problem = None;
                        }
                        self.answers[n] = Answer::Text(kept);
                        events.push(Event::TextWritten);
                    }
                }
            }
            (Action::Next, Screen::Question(n)) => {
                if !QUESTIONS[n].done(&self.answers[n]) {
                    self.problem = Some(Problem::NoAnswer);
                    events.push(Event::NoAnswer);
                } else if self.from_review || n == last {
                    self.from_review = false;
                    self.at_question = last;
                    self.go(Screen::Review);
                    events.push(Event::ReviewShown);
                } else {
                    self.at_question = n + 1;
                    self.go(Screen::Question(n + 1));
                    events.push(Event::NextQuestion);
                }
            }
            (Action::Previous, Screen::Question(n)) => {
                if self.from_review {
                    self.from_review = false;
                    self.go(Screen::Review);
                    events.push(Event::ReviewShown);
                } else if n == 0 {
                    self.go(Screen::Tasks);
                    events.push(Event::TasksOpened);
                } else {
                    self.at_question = n - 1;
                    self.go(Screen::Question(n - 1));
                    events.push(Event::PreviousQuestion);
                }
            }
            (Action::SaveLater, Screen::Question(n)) => {
                self.at_question = n;
                self.from_review = false;
                self.go(Screen::Tasks);
                events.push(Event::SavedForLater);
            }
            (Action::Change(n), Screen::Review) if n < QUESTIONS.len() => {
                self.from_review = true;
                self.go(Screen::Question(n));
                events.push(Event::ChangeOpened);
            }
            (Action::Send, Screen::Review) => {
                self.sent = true;
                self.go(Screen::Sent);
                events.push(Event::Sent);
            }
            _ => {}
        }
    }

    /// The kiosk in the hospital's hall.
    fn kiosk(&mut self, action: Action, events: &mut Vec<Event>) {
        match (action, self.screen) {
            (Action::Scan(card), Screen::Kiosk) => {
                let (problem, event) = match card {
                    _ if !self.is_visit_day() => (Some(Problem::WrongDay), Event::WrongDay),
                    Card::Bank => (Some(Problem::BankCard), Event::BankCard),
                    Card::Qr if !self.checked_in => (Some(Problem::NoQr), Event::NoQr),
                    Card::Qr => (None, Event::QrScanned),
                    Card::Practice => (None, Event::CardScanned),
                };
                self.problem = problem;
                events.push(event);
                match (problem, card) {
                    (Some(_), _) => {}
                    (None, Card::Qr) => {
                        self.go(Screen::KioskTicket);
                        events.push(Event::KioskCheckedIn);
                    }
                    (None, _) => self.go(Screen::KioskAppointment),
                }
            }
            (Action::KioskConfirm, Screen::KioskAppointment) => {
                self.checked_in = true;
                self.go(Screen::KioskTicket);
                events.push(Event::KioskCheckedIn);
            }
            (Action::TakeTicket, Screen::KioskTicket) => {
                self.go(Screen::KioskDone);
                events.push(Event::TicketTaken);
            }
            _ => {}
        }
    }
}

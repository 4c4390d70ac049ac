/*!
What the learner does in the GP portal, and what each action changes.
Action names are the lesson format (`{"do": "...", "value": ...}`); the
events are what lesson steps wait for. The care flows (question,
appointment, repeat prescription) are in `flows.rs`.
*/

use serde::Deserialize;

pub use super::section::{Section, Setup};
use super::{
    data::{LabResult, Medicine, Person, Practitioner, Subject},
    digid_web, Gp, Problem, Screen,
};
use crate::practice::kit::clock;

/// What the learner does.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(tag = "do", content = "value", rename_all = "kebab-case")]
pub enum Action {
    Setup(Setup),
    /// "Inloggen met DigiD".
    StartDigid,
    /// An action on the DigiD login inside the portal.
    Digid(digid_web::Action),
    /// "Inloggen met e-mailadres": the portal's own account.
    StartOwn,
    Email(String),
    OwnPassword(String),
    SubmitOwn,
    OwnCode(String),
    SubmitOwnCode,
    ResendOwnCode,
    TickTerms(bool),
    AcceptTerms,
    MobileRight,
    Open(Section),
    Home,
    Back,
    ForPerson(Person),
    AskOn,
    Subject(Subject),
    Question(String),
    OpenGallery,
    CloseGallery,
    Photo(usize),
    RemovePhoto,
    SendQuestion,
    OpenReply,
    Reason(String),
    ReasonNext,
    Who(Practitioner),
    Slot(usize),
    ConfirmBooking,
    Cancel,
    CancelYes,
    CancelNo,
    Tick(Medicine),
    Note(String),
    SendRepeat,
    OpenResult(LabResult),
    WaitDays(u32),
    WaitMinutes(u32),
    /// Pretends the learner did nothing for 15 minutes.
    Idle,
    StayLoggedIn,
    Logout,
}

crate::practice::events! {
    DigidOpened => "digid-opened",
    OwnLoginOpened => "own-login-opened",
    OwnLoginRejected => "own-login-rejected",
    OwnCodeSent => "own-code-sent",
    OwnCodeRejected => "own-code-rejected",
    PortalLoggedIn => "portal-logged-in",
    TermsRefused => "terms-refused",
    TermsTicked => "terms-ticked",
    TermsAccepted => "terms-accepted",
    MobileConfirmed => "mobile-confirmed",
    HomeShown => "home-shown",
    SectionOpened => "section-opened",
    AskOpened => "ask-opened",
    WarningRead => "warning-read",
    SubjectChosen => "subject-chosen",
    QuestionWritten => "question-written",
    QuestionRefused => "question-refused",
    GalleryOpened => "gallery-opened",
    PhotoAdded => "photo-added",
    QuestionSent => "question-sent",
    ReplyArrived => "reply-arrived",
    MessagesOpened => "messages-opened",
    ReplyRead => "reply-read",
    BookOpened => "book-opened",
    ReasonWritten => "reason-written",
    ReasonRefused => "reason-refused",
    ReasonDone => "reason-done",
    NotOnline => "not-online",
    PractitionerChosen => "practitioner-chosen",
    SlotTaken => "slot-taken",
    SlotChosen => "slot-chosen",
    Booked => "booked",
    AppointmentsOpened => "appointments-opened",
    CancelAsked => "cancel-asked",
    CancelTooLate => "cancel-too-late",
    Cancelled => "cancelled",
    RepeatOpened => "repeat-opened",
    MedicineTicked => "medicine-ticked",
    CheckupNeeded => "checkup-needed",
    NothingTicked => "nothing-ticked",
    RepeatSent => "repeat-sent",
    OrdersOpened => "orders-opened",
    OrderReady => "order-ready",
    MedicationOpened => "medication-opened",
    ResultsOpened => "results-opened",
    ResultOpened => "result-opened",
    OutOfRangeOpened => "out-of-range-opened",
    PersonChanged => "person-changed",
    DaysPassed => "days-passed",
    IdleWarned => "idle-warned",
    StayedLoggedIn => "stayed-logged-in",
    LoggedOut => "logged-out",
    PortalRealDataBlocked => "portal-real-data-blocked",
}

impl Gp {
    /// Applies one action; returns the ids of the events that happened
    /// (the portal's and, while logging in, DigiD's).
    pub fn apply(&mut self, action: Action) -> Vec<&'static str> {
        let mut events = vec![];
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
        let submits = matches!(
            action,
            Action::SendQuestion
                | Action::ReasonNext
                | Action::SendRepeat
                | Action::SubmitOwn
                | Action::SubmitOwnCode
        );
        if submits && crate::practice::kit::input::holds_submit(&self.problem) {
            return vec![];
        }
        self.step(action, &mut events);
        events.into_iter().map(Event::id).collect()
    }

    fn step(&mut self, action: Action, events: &mut Vec<Event>) {
        match action {
            Action::Setup(Setup::LoggedIn) => {
                self.welcomed = true;
                self.terms_ticked = true;
                self.go(Screen::Home);
            }
            Action::StartDigid => {
                if matches!(self.screen, Screen::Start | Screen::LoggedOut) {
                    self.login.restart(self.seed, self.minutes);
                    self.go(Screen::Digid);
                    events.push(Event::DigidOpened);
                }
            }
            Action::Digid(_) => {}
            Action::StartOwn
            | Action::Email(_)
            | Action::OwnPassword(_)
            | Action::SubmitOwn
            | Action::OwnCode(_)
            | Action::SubmitOwnCode
            | Action::ResendOwnCode => self.own_account(action, events),
            Action::TickTerms(on) if self.screen == Screen::Terms => {
                self.terms_ticked = on;
                if on {
                    events.push(Event::TermsTicked);
                }
                if on && self.problem == Some(Problem::TermsNotTicked) {
                    self.problem = None;
                }
            }
            Action::AcceptTerms if self.screen == Screen::Terms => {
                if self.terms_ticked {
                    self.go(Screen::Mobile);
                    events.push(Event::TermsAccepted);
                } else {
                    self.problem = Some(Problem::TermsNotTicked);
                    events.push(Event::TermsRefused);
                }
            }
            Action::MobileRight if self.screen == Screen::Mobile => {
                self.welcomed = true;
                self.go(Screen::Home);
                events.extend([Event::MobileConfirmed, Event::HomeShown]);
            }
            Action::Open(section) if self.logged_in() && self.welcomed => {
                self.open(section, events);
            }
            Action::Home if self.logged_in() && self.welcomed => {
                self.gallery_open = false;
                self.go(Screen::Home);
                events.push(Event::HomeShown);
            }
            Action::Back => self.back(events),
            Action::ForPerson(person) if self.logged_in() && self.welcomed => {
                if person != self.person {
                    self.person = person;
                    self.ticked.clear();
                    self.go(Screen::Home);
                    events.extend([Event::PersonChanged, Event::HomeShown]);
                }
            }
            Action::WaitDays(days) => {
                clock::wait(
                    &mut self.minutes,
                    clock::days(days),
                    clock::days(REPLY_DAYS_MAX),
                );
                events.push(Event::DaysPassed);
                self.after_waiting(events);
            }
            Action::WaitMinutes(minutes) => {
                clock::wait(&mut self.minutes, minutes, clock::days(1));
                self.after_waiting(events);
            }
            Action::Idle if self.logged_in() => {
                if self.idle_warning {
                    self.idle_warning = false;
                    self.go(Screen::LoggedOut);
                    events.push(Event::LoggedOut);
                } else {
                    self.idle_warning = true;
                    events.push(Event::IdleWarned);
                }
            }
            Action::StayLoggedIn if self.idle_warning => {
                self.idle_warning = false;
                events.push(Event::StayedLoggedIn);
            }
            Action::Logout if self.logged_in() => {
                self.idle_warning = false;
                self.gallery_open = false;
                self.go(Screen::LoggedOut);
                events.push(Event::LoggedOut);
            }
            other => self.flow(other, events),
        }
    }

    /// DigiD inside the portal; when it lets the learner in, the portal
    /// opens (the terms first, on a first visit).
    fn digid_action(&mut self, action: digid_web::Action) -> Vec<&'static str> {
        if self.screen != Screen::Digid {
            return vec![];
        }
        let (mut ids, let_in) = self.login.apply(action, &mut self.minutes);
        if let_in {
            let mut events = vec![];
            self.let_in(&mut events);
            ids.extend(events.into_iter().map(Event::id));
        }
        ids
    }

    /// Logged in (by DigiD or the own account): the terms on a first
    /// visit, else home.
    pub(super) fn let_in(&mut self, events: &mut Vec<Event>) {
        self.go(if self.welcomed {
            Screen::Home
        } else {
            Screen::Terms
        });
        events.push(Event::PortalLoggedIn);
        if self.welcomed {
            events.push(Event::HomeShown);
        }
    }

    fn open(&mut self, section: Section, events: &mut Vec<Event>) {
        self.gallery_open = false;
        self.go(section.screen());
        events.push(Event::SectionOpened);
        events.push(match section {
            Section::Ask => Event::AskOpened,
            Section::Book => Event::BookOpened,
            Section::Repeat => Event::RepeatOpened,
            Section::Medication => Event::MedicationOpened,
            Section::Results => Event::ResultsOpened,
            Section::Messages => Event::MessagesOpened,
            Section::Appointments => Event::AppointmentsOpened,
            Section::Orders => Event::OrdersOpened,
        });
    }

    /// "Terug": one page back in the flow, else home (or the login page).
    fn back(&mut self, events: &mut Vec<Event>) {
        if self.gallery_open {
            self.gallery_open = false;
            return;
        }
        let previous = match self.screen {
            Screen::Start | Screen::Terms | Screen::Mobile | Screen::Home => return,
            Screen::Digid | Screen::OwnLogin | Screen::OwnCode | Screen::LoggedOut => Screen::Start,
            Screen::AskForm => Screen::AskWarning,
            Screen::Reply => Screen::Messages,
            Screen::BookWho => Screen::BookReason,
            Screen::BookSlot => Screen::BookWho,
            Screen::BookCheck => Screen::BookSlot,
            Screen::CancelCheck => Screen::Appointments,
            Screen::Result(_) => Screen::Results,
            _ => Screen::Home,
        };
        self.go(previous);
        match previous {
            Screen::Home => events.push(Event::HomeShown),
            Screen::Results => events.push(Event::ResultsOpened),
            _ => {}
        }
    }

    /// Simulated time passed: a reply arrives, an order gets ready, and
    /// the phone says so (never what).
    fn after_waiting(&mut self, events: &mut Vec<Event>) {
        use crate::{i18n::p, practice::kit::phone};
        if self.reply_arrived() && !self.notices.iter().any(|m| m.text == p::GP_NOTICE_REPLY) {
            phone::send_notice(
                &mut self.notices,
                p::GP_NOTICE_FROM,
                p::GP_NOTICE_REPLY,
                self.minutes,
            );
            events.push(Event::ReplyArrived);
        }
        let now = self.minutes;
        let ready = self
            .orders
            .iter()
            .filter(|o| o.status(now) == super::OrderStatus::Ready)
            .count();
        let told = self
            .notices
            .iter()
            .filter(|m| m.text == p::GP_NOTICE_READY)
            .count();
        if ready > told {
            phone::send_notice(&mut self.notices, p::GP_PHARMACY, p::GP_NOTICE_READY, now);
            events.push(Event::OrderReady);
        }
    }

    /// Moves to `screen`, leaving the last page's message behind.
    pub(super) fn go(&mut self, screen: Screen) {
        self.screen = screen;
        self.problem = None;
    }
}

/// The longest wait one press allows, in days.
const REPLY_DAYS_MAX: u32 = 3;

/*!
"DigiD (oefenen)", logging in on the web: username and password, then an
SMS code that arrives on a simulated phone.

It follows the real flow so the skill transfers, with mistakes that are
safe to make: a wrong password (three times locks the practice account),
a wrong or expired SMS code, a forgotten password. Time is simulated in
minutes, so "the code has expired" can be practised without waiting.

`action.rs` holds the actions and what each changes. The input rule, the
clock, the SMS messages and the password rules come from [`super::kit`],
shared with the other services.
*/

mod action;

use super::{
    card::CARD,
    codes::{ascii_digits, Seed},
    guard::RealData,
    kit::{
        clock,
        fault::{Armed, Fault},
        input::{self, Typed},
        phone::{self, CodeCheck, Message},
    },
};

pub use super::kit::{input::MAX_INPUT, password::PasswordRule};
pub use action::{Action, Event};

/// Wrong logins before the practice account locks.
pub const MAX_TRIES: u8 = 3;
/// Minutes an SMS code stays valid.
pub const CODE_VALID_MINUTES: u32 = 10;

/// Controls a lesson can point at with "Laat zien".
pub const TARGETS: &[&str] = &[
    "username",
    "password",
    "login",
    "forgot",
    "sms",
    "app",
    "code",
    "submit-code",
    "resend",
    "phone",
    "card",
    "wait",
    "reset-username",
    "reset-next",
    "new-password",
    "repeat-password",
    "save-password",
    "back-to-login",
];

/// Which page of the practice service is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Login,
    /// "Wachtwoord vergeten?": asks for the username.
    ForgotPassword,
    /// The SMS code that proves the phone is yours.
    ResetCode,
    /// Choosing a new password, with its rules shown live.
    NewPassword,
    PasswordChanged,
    ChooseMethod,
    SmsCode,
    LoggedIn,
    Locked,
}

/// What went wrong, for a kind and specific message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    EmptyUsername,
    EmptyPassword,
    WrongLogin { tries_left: u8 },
    AppNotHere,
    EmptyCode,
    CodeFormat,
    WrongCode,
    OldCode,
    CodeExpired,
    RealData(RealData),
    TooLong,
    UnknownUsername,
    PasswordRules,
    PasswordsDiffer,
}

input::notices_in!(Problem);

/// The whole practice service.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DigidWeb {
    pub screen: Screen,
    pub username: String,
    pub password: String,
    pub code: String,
    /// "Wachtwoord vergeten?": the username typed there.
    pub reset_username: String,
    pub new_password: String,
    pub repeat_password: String,
    /// The password the learner chose after forgetting one; until then the
    /// oefenkaart's.
    pub chosen_password: Option<String>,
    pub failed_logins: u8,
    pub problem: Option<Problem>,
    /// Text messages on the simulated phone, oldest first.
    pub messages: Vec<Message>,
    /// Simulated clock, in minutes.
    pub minutes: u32,
    seed: Seed,
    /// A trainer's fault for the next "Inloggen" with a code.
    pub armed: Armed,
}

impl DigidWeb {
    /// A fresh login page. `seed` varies the SMS codes between visits.
    pub fn new(seed: u32) -> DigidWeb {
        DigidWeb {
            screen: Screen::Login,
            username: String::new(),
            password: String::new(),
            code: String::new(),
            reset_username: String::new(),
            new_password: String::new(),
            repeat_password: String::new(),
            chosen_password: None,
            failed_logins: 0,
            problem: None,
            messages: vec![],
            minutes: 0,
            seed: Seed::new(seed),
            armed: Armed::default(),
        }
    }

    /// The newest SMS code, if any.
    pub fn latest_code(&self) -> Option<&str> {
        phone::latest_sms(&self.messages).map(|m| m.code.as_str())
    }

    fn username_ok(&self) -> bool {
        self.username.trim().eq_ignore_ascii_case(CARD.username)
    }

    /// The practice password that works now.
    pub fn current_password(&self) -> &str {
        self.chosen_password.as_deref().unwrap_or(CARD.password)
    }

    fn password_ok(&self) -> bool {
        self.password == self.current_password()
    }

    /// The typed code, without the spaces people put in it.
    fn typed_code(&self) -> String {
        self.code.chars().filter(|c| !c.is_whitespace()).collect()
    }

    fn code_ok(&self) -> bool {
        self.latest_code() == Some(self.typed_code().as_str())
    }

    /// Puts typed text into a field (after the guard), and reports `event`
    /// when the field has just become right.
    fn type_into(
        &mut self,
        text: String,
        events: &mut Vec<Event>,
        field: fn(&mut DigidWeb) -> &mut String,
        is_right: fn(&DigidWeb) -> bool,
        event: Event,
    ) {
        let was_right = is_right(self);
        self.put_text(text, events, field);
        if is_right(self) && !was_right {
            events.push(event);
        }
    }

    /// Puts typed text into a field, after the guard.
    fn put_text(
        &mut self,
        text: String,
        events: &mut Vec<Event>,
        field: fn(&mut DigidWeb) -> &mut String,
    ) {
        let value = self.accept_text(text, events);
        *field(self) = value;
    }

    /// Judges typed text by the practice input rule: what it keeps goes
    /// into the field, and its notice into the one message slot.
    fn accept_text(&mut self, text: String, events: &mut Vec<Event>) -> String {
        let typed = Typed::judge(text);
        if typed.refused().is_some() {
            events.push(Event::RealDataBlocked);
        }
        input::note(&mut self.problem, &typed);
        typed.into_value()
    }

    fn submit_login(&mut self, events: &mut Vec<Event>) {
        if self.username.trim().is_empty() {
            self.problem = Some(Problem::EmptyUsername);
            return;
        }
        if self.password.is_empty() {
            self.problem = Some(Problem::EmptyPassword);
            return;
        }
        if self.username_ok() && self.password_ok() {
            self.screen = Screen::ChooseMethod;
            self.problem = None;
            self.password.clear();
            events.push(Event::CredentialsAccepted);
            return;
        }
        self.failed_logins += 1;
        self.password.clear();
        if self.failed_logins >= MAX_TRIES {
            self.screen = Screen::Locked;
            self.problem = None;
            events.push(Event::Locked);
        } else {
            self.problem = Some(Problem::WrongLogin {
                tries_left: MAX_TRIES - self.failed_logins,
            });
            events.push(Event::LoginRejected);
        }
    }

    fn submit_code(&mut self, events: &mut Vec<Event>) {
        // A trainer's fault, at the moment it would happen: the code is
        // refused, or the learner "took too long" and every code expired.
        let well_formed = !matches!(
            self.check_code(),
            Some(Problem::EmptyCode | Problem::CodeFormat)
        );
        if well_formed && self.armed.take(Fault::ExpiredCode) {
            // A code is expired once its minutes have passed.
            self.minutes += CODE_VALID_MINUTES;
        }
        if well_formed && self.armed.take(Fault::WrongCode) {
            return self.code_problem(Problem::WrongCode, events);
        }
        match self.check_code() {
            None => {
                self.screen = Screen::LoggedIn;
                self.problem = None;
                events.push(Event::LoggedIn);
            }
            Some(problem) => self.code_problem(problem, events),
        }
    }

    /// What is wrong with the typed SMS code, if anything.
    fn check_code(&self) -> Option<Problem> {
        let typed = self.typed_code();
        if typed.is_empty() {
            Some(Problem::EmptyCode)
        } else if typed.len() != 6 || !typed.bytes().all(|b| b.is_ascii_digit()) {
            Some(Problem::CodeFormat)
        } else {
            match phone::check_code(&self.messages, &typed, self.minutes, CODE_VALID_MINUTES) {
                CodeCheck::Valid => None,
                CodeCheck::Expired => Some(Problem::CodeExpired),
                CodeCheck::Old => Some(Problem::OldCode),
                CodeCheck::Unknown => Some(Problem::WrongCode),
            }
        }
    }

    fn code_problem(&mut self, problem: Problem, events: &mut Vec<Event>) {
        events.push(if problem == Problem::CodeExpired {
            Event::CodeExpired
        } else {
            Event::CodeRejected
        });
        self.problem = Some(problem);
    }

    fn send_sms(&mut self) {
        phone::send_sms(&mut self.messages, &mut self.seed, self.minutes);
    }
}

/// Fills in the placeholders a lesson file may use in a typed value:
/// `card:username`, `card:password` (the password that works now) and
/// `sms:latest`.
pub fn resolve(action: &Action, state: &DigidWeb) -> Action {
    use Action as A;
    let fill = |value: &str| -> String {
        match value {
            "card:username" => CARD.username.to_owned(),
            // The password that works now: the card's, or the one chosen
            // after "Wachtwoord vergeten?" (the card shows that one too).
            "card:password" => state.current_password().to_owned(),
            "sms:latest" => state.latest_code().unwrap_or_default().to_owned(),
            other => other.to_owned(),
        }
    };
    match action {
        A::Username(v) => A::Username(fill(v)),
        A::Password(v) => A::Password(fill(v)),
        A::Code(v) => A::Code(fill(v)),
        A::ResetUsername(v) => A::ResetUsername(fill(v)),
        A::NewPassword(v) => A::NewPassword(fill(v)),
        A::RepeatPassword(v) => A::RepeatPassword(fill(v)),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests;

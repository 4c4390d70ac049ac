/*!
"DigiD (oefenen)", logging in on the web: username and password, then an
SMS code that arrives on a simulated phone.

It follows the real flow so the skill transfers, with mistakes that are
safe to make: a wrong password (three times locks the practice account),
a wrong or expired SMS code, a forgotten password. Time is simulated in
minutes, so "the code has expired" can be practised without waiting.
*/

use serde::Deserialize;

use super::{
    card::CARD,
    codes::{ascii_digits, Seed},
    guard::{self, RealData},
};

/// Wrong logins before the practice account locks.
pub const MAX_TRIES: u8 = 3;
/// Minutes an SMS code stays valid.
pub const CODE_VALID_MINUTES: u32 = 10;
/// Longest text kept from one field.
pub const MAX_INPUT: usize = 64;

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

/// The rules a new password must meet, shown as a live checklist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordRule {
    Length,
    Capital,
    Small,
    Digit,
}

impl PasswordRule {
    pub const ALL: [PasswordRule; 4] = [
        PasswordRule::Length,
        PasswordRule::Capital,
        PasswordRule::Small,
        PasswordRule::Digit,
    ];

    pub fn holds(self, password: &str) -> bool {
        match self {
            PasswordRule::Length => password.chars().count() >= 8,
            PasswordRule::Capital => password.chars().any(char::is_uppercase),
            PasswordRule::Small => password.chars().any(char::is_lowercase),
            PasswordRule::Digit => password.chars().any(|c| c.is_ascii_digit()),
        }
    }
}

/// A text message on the simulated phone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sms {
    pub code: String,
    /// Simulated minute it arrived.
    pub sent_at: u32,
}

/// What the learner does.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(tag = "do", content = "value", rename_all = "kebab-case")]
pub enum Action {
    Username(String),
    Password(String),
    SubmitLogin,
    ForgotPassword,
    BackToLogin,
    ResetUsername(String),
    SubmitResetUsername,
    SubmitResetCode,
    NewPassword(String),
    RepeatPassword(String),
    SubmitNewPassword,
    ChooseSms,
    ChooseApp,
    Code(String),
    SubmitCode,
    ResendCode,
    WaitMinutes(u32),
    Back,
    Restart,
}

super::events! {
    UsernameCorrect => "username-correct",
    PasswordCorrect => "password-correct",
    LoginRejected => "login-rejected",
    Locked => "locked",
    CredentialsAccepted => "credentials-accepted",
    ForgotPasswordOpened => "forgot-password-opened",
    ResetCodeSent => "reset-code-sent",
    ResetCodeAccepted => "reset-code-accepted",
    PasswordRulesMet => "password-rules-met",
    PasswordChanged => "password-changed",
    SmsChosen => "sms-chosen",
    CodeCorrect => "code-correct",
    CodeRejected => "code-rejected",
    CodeExpired => "code-expired",
    NewCodeSent => "new-code-sent",
    LoggedIn => "logged-in",
    RealDataBlocked => "real-data-blocked",
    TimePassed => "time-passed",
    WentBack => "went-back",
    Restarted => "restarted",
}

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
    pub messages: Vec<Sms>,
    /// Simulated clock, in minutes.
    pub minutes: u32,
    seed: Seed,
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
        }
    }

    /// The newest SMS code, if any.
    pub fn latest_code(&self) -> Option<&str> {
        self.messages.last().map(|m| m.code.as_str())
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
        let value = self.accept_text(text, events).unwrap_or_default();
        *field(self) = value;
    }

    /// Applies one action and reports what happened.
    pub fn apply(&mut self, action: Action) -> Vec<Event> {
        let mut events = vec![];
        // The real-data warning stays until the learner types again. A
        // button pressed right after leaving the field (which judged and
        // emptied it) must not swap it for "fill in this field".
        let submits = matches!(
            action,
            Action::SubmitLogin
                | Action::SubmitResetUsername
                | Action::SubmitResetCode
                | Action::SubmitNewPassword
                | Action::SubmitCode
        );
        if submits && matches!(self.problem, Some(Problem::RealData(_))) {
            return events;
        }
        match action {
            Action::Username(text) => self.type_into(
                text,
                &mut events,
                |s| &mut s.username,
                Self::username_ok,
                Event::UsernameCorrect,
            ),
            Action::Password(text) => self.type_into(
                text,
                &mut events,
                |s| &mut s.password,
                Self::password_ok,
                Event::PasswordCorrect,
            ),
            Action::SubmitLogin if self.screen == Screen::Login => self.submit_login(&mut events),
            Action::ForgotPassword if self.screen == Screen::Login => {
                self.screen = Screen::ForgotPassword;
                self.problem = None;
                events.push(Event::ForgotPasswordOpened);
            }
            Action::BackToLogin
                if matches!(
                    self.screen,
                    Screen::ForgotPassword | Screen::PasswordChanged | Screen::ResetCode
                ) =>
            {
                self.screen = Screen::Login;
                self.problem = None;
                events.push(Event::WentBack);
            }
            Action::ResetUsername(text) => {
                self.put_text(text, &mut events, |s| &mut s.reset_username)
            }
            Action::SubmitResetUsername if self.screen == Screen::ForgotPassword => {
                if self.reset_username.trim().is_empty() {
                    self.problem = Some(Problem::EmptyUsername);
                } else if !self
                    .reset_username
                    .trim()
                    .eq_ignore_ascii_case(CARD.username)
                {
                    self.problem = Some(Problem::UnknownUsername);
                } else {
                    self.screen = Screen::ResetCode;
                    self.problem = None;
                    self.code.clear();
                    self.send_sms();
                    events.push(Event::ResetCodeSent);
                }
            }
            Action::SubmitResetCode if self.screen == Screen::ResetCode => {
                match self.check_code() {
                    None => {
                        self.screen = Screen::NewPassword;
                        self.problem = None;
                        events.push(Event::ResetCodeAccepted);
                    }
                    Some(problem) => self.code_problem(problem, &mut events),
                }
            }
            Action::NewPassword(text) => self.type_into(
                text,
                &mut events,
                |s| &mut s.new_password,
                |s| PasswordRule::ALL.iter().all(|r| r.holds(&s.new_password)),
                Event::PasswordRulesMet,
            ),
            Action::RepeatPassword(text) => {
                self.put_text(text, &mut events, |s| &mut s.repeat_password)
            }
            Action::SubmitNewPassword if self.screen == Screen::NewPassword => {
                if !PasswordRule::ALL
                    .iter()
                    .all(|r| r.holds(&self.new_password))
                {
                    self.problem = Some(Problem::PasswordRules);
                } else if self.new_password != self.repeat_password {
                    self.problem = Some(Problem::PasswordsDiffer);
                } else {
                    self.chosen_password = Some(std::mem::take(&mut self.new_password));
                    self.repeat_password.clear();
                    self.failed_logins = 0;
                    self.screen = Screen::PasswordChanged;
                    self.problem = None;
                    events.push(Event::PasswordChanged);
                }
            }
            Action::ChooseSms if self.screen == Screen::ChooseMethod => {
                self.screen = Screen::SmsCode;
                self.problem = None;
                self.code.clear();
                self.send_sms();
                events.push(Event::SmsChosen);
            }
            Action::ChooseApp if self.screen == Screen::ChooseMethod => {
                self.problem = Some(Problem::AppNotHere);
            }
            Action::Code(text) => self.type_into(
                ascii_digits(&text),
                &mut events,
                |s| &mut s.code,
                Self::code_ok,
                Event::CodeCorrect,
            ),
            Action::SubmitCode if self.screen == Screen::SmsCode => self.submit_code(&mut events),
            Action::ResendCode if matches!(self.screen, Screen::SmsCode | Screen::ResetCode) => {
                self.send_sms();
                self.code.clear();
                self.problem = None;
                events.push(Event::NewCodeSent);
            }
            Action::WaitMinutes(minutes) => {
                self.minutes = self.minutes.saturating_add(minutes.min(24 * 60));
                events.push(Event::TimePassed);
            }
            Action::Back => {
                let previous = match self.screen {
                    Screen::ForgotPassword | Screen::ChooseMethod => Some(Screen::Login),
                    Screen::SmsCode => Some(Screen::ChooseMethod),
                    Screen::ResetCode => Some(Screen::ForgotPassword),
                    Screen::NewPassword => Some(Screen::ResetCode),
                    Screen::Login | Screen::LoggedIn | Screen::Locked | Screen::PasswordChanged => {
                        None
                    }
                };
                if let Some(screen) = previous {
                    if screen == Screen::Login {
                        self.password.clear();
                    }
                    self.screen = screen;
                    self.problem = None;
                    events.push(Event::WentBack);
                }
            }
            Action::Restart => {
                let seed = self.seed.next_u32();
                *self = DigidWeb::new(seed);
                events.push(Event::Restarted);
            }
            // An action that does not belong on this screen does nothing.
            _ => {}
        }
        events
    }

    /// Runs the real-data guard and the length limit on typed text.
    /// `None` means: keep nothing of it.
    fn accept_text(&mut self, text: String, events: &mut Vec<Event>) -> Option<String> {
        if let Some(kind) = guard::check(&text) {
            self.problem = Some(Problem::RealData(kind));
            events.push(Event::RealDataBlocked);
            return None;
        }
        if text.chars().count() > MAX_INPUT {
            self.problem = Some(Problem::TooLong);
            return Some(text.chars().take(MAX_INPUT).collect());
        }
        if matches!(self.problem, Some(Problem::RealData(_) | Problem::TooLong)) {
            self.problem = None;
        }
        Some(text)
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
            match self.messages.iter().rposition(|m| m.code == typed) {
                None => Some(Problem::WrongCode),
                Some(i) if i + 1 < self.messages.len() => Some(Problem::OldCode),
                Some(i) if self.minutes - self.messages[i].sent_at >= CODE_VALID_MINUTES => {
                    Some(Problem::CodeExpired)
                }
                Some(_) => None,
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
        let code = self
            .seed
            .sms_code(self.messages.last().map(|m| m.code.as_str()));
        self.messages.push(Sms {
            code,
            sent_at: self.minutes,
        });
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

/*!
"DigiD (oefenen)" aanvragen: applying for a DigiD, as a plain state
machine.

The real application is where many people get stuck for good: a form that
wants the citizen service number and the date of birth in the right form,
a username and password to invent, a letter that arrives days later, and
an activation code that has to be typed from paper. Here all of that can
be practised with the oefenkaart's invented details: each field says
kindly and specifically what is wrong with it, the date is read the ways
people write dates, three days pass with one button, and the letter is
drawn on screen.

The order follows the real service: start page, personal details,
username and password, a summary to check, the letter, then logging in
with the new username and password and typing the activation code.
*/

pub mod parse;

use serde::Deserialize;

use super::{
    card::CARD,
    codes::{compact, Seed},
    guard::RealData,
    kit::{clock, input::Typed, letters, password::PasswordRule},
};

pub use super::kit::{
    input::MAX_INPUT,
    letters::{Letter, CODE_ALPHABET, CODE_LENGTH},
};

// The tests check codes against the guard themselves.
#[cfg(test)]
use super::guard;

/// Wrong activation codes before the code stops working.
pub const MAX_CODE_TRIES: u8 = 3;
/// Days until the letter with the activation code arrives.
pub const LETTER_DAYS: u32 = letters::DELIVERY_DAYS;
/// The longest wait one press of "… later" allows, in days.
const LONGEST_WAIT_DAYS: u32 = 30;
/// Shortest username the service accepts.
pub const USERNAME_MIN: usize = 6;

/// Controls a lesson can point at with "Laat zien".
pub const TARGETS: &[&str] = &[
    "start",
    "bsn",
    "birth-date",
    "postcode",
    "house-number",
    "details-next",
    "username",
    "password",
    "repeat-password",
    "account-next",
    "edit",
    "send",
    "open-activation",
    "activate-username",
    "activate-password",
    "activate-login",
    "code",
    "activate",
    "letterbox",
    "wait-days",
    "letter",
    "card",
];

/// Which page of the practice service is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// "DigiD aanvragen", with the button Aanvragen.
    Start,
    /// Burgerservicenummer, geboortedatum, postcode, huisnummer.
    Details,
    /// Choosing a username and a password.
    Account,
    /// "Controleer uw gegevens".
    Check,
    /// The application is sent; a letter is on its way.
    Sent,
    /// Logging in with the new username and password, to activate.
    ActivateLogin,
    /// Typing the activation code from the letter.
    ActivateCode,
    /// The DigiD is active: the real-life goal.
    Active,
    /// Too many wrong activation codes.
    CodeBlocked,
}

/// A typed field. Each has its own inline message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Bsn,
    BirthDate,
    Postcode,
    HouseNumber,
    Username,
    Password,
    Repeat,
    LoginUsername,
    LoginPassword,
    Code,
}

impl Field {
    /// The control's name (its element id is `<prefix>-<name>`).
    pub fn name(self) -> &'static str {
        match self {
            Field::Bsn => "bsn",
            Field::BirthDate => "birth-date",
            Field::Postcode => "postcode",
            Field::HouseNumber => "house-number",
            Field::Username => "username",
            Field::Password => "password",
            Field::Repeat => "repeat-password",
            Field::LoginUsername => "activate-username",
            Field::LoginPassword => "activate-password",
            Field::Code => "code",
        }
    }
}

/// What is wrong with one field, for a kind and specific message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldError {
    Empty,
    TooLong,
    BsnFormat,
    BsnNotCard,
    DateFormat,
    DateShortYear,
    DateImpossible,
    DateNotCard,
    PostcodeFormat,
    PostcodeNotCard,
    HouseNumberFormat,
    HouseNumberNotCard,
    UsernameShort,
    UsernameSpaces,
    PasswordRules,
    PasswordsDiffer,
    WrongLogin,
    NoLetterYet,
    CodeFormat,
    WrongCode { tries_left: u8 },
}

/// The username and password the learner chose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub username: String,
    pub password: String,
    /// The lesson's example took the place of what the learner chose
    /// (after a reload: typed passwords are never saved).
    pub example: bool,
}

/// What the learner does. Names differ from the other services' actions,
/// so a lesson file's action says which service it belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(tag = "do", content = "value", rename_all = "kebab-case")]
pub enum Action {
    StartApplication,
    Bsn(String),
    BirthDate(String),
    Postcode(String),
    HouseNumber(String),
    SubmitDetails,
    NewUsername(String),
    ChoosePassword(String),
    RepeatChosenPassword(String),
    SubmitAccount,
    EditDetails,
    SendApplication,
    WaitDays(u32),
    OpenActivation,
    ActivationUsername(String),
    ActivationPassword(String),
    SubmitActivationLogin,
    ActivationCode(String),
    SubmitActivationCode,
    #[serde(rename = "apply-back")]
    Back,
    #[serde(rename = "apply-restart")]
    Restart,
}

super::events! {
    ApplyStarted => "apply-started",
    BsnCorrect => "bsn-correct",
    BirthDateCorrect => "birth-date-correct",
    PostcodeCorrect => "postcode-correct",
    HouseNumberCorrect => "house-number-correct",
    DetailsRejected => "details-rejected",
    DetailsAccepted => "details-accepted",
    UsernameValid => "username-valid",
    PasswordRulesMet => "password-rules-met",
    AccountRejected => "account-rejected",
    AccountAccepted => "account-accepted",
    EditOpened => "edit-opened",
    ApplicationSent => "application-sent",
    LetterArrived => "letter-arrived",
    ActivationOpened => "activation-opened",
    ActivationLoginRejected => "activation-login-rejected",
    ActivationLoginAccepted => "activation-login-accepted",
    CodeRejected => "code-rejected",
    CodeBlocked => "code-blocked",
    Activated => "activated",
    RealDataBlocked => "real-data-blocked",
    TimePassed => "time-passed",
    WentBack => "went-back",
    Restarted => "restarted",
}

/// The whole practice service.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DigidApply {
    pub screen: Screen,
    pub bsn: String,
    pub birth_date: String,
    pub postcode: String,
    pub house_number: String,
    pub username: String,
    pub password: String,
    pub repeat: String,
    pub login_username: String,
    pub login_password: String,
    pub code: String,
    /// Inline messages, one per field at most.
    pub errors: Vec<(Field, FieldError)>,
    /// Oefenplein's real-data warning, when the last typed value looked real.
    pub guard: Option<RealData>,
    /// Set when the username and password pass the rules.
    pub account: Option<Account>,
    /// Set when the application is sent; it arrives [`LETTER_DAYS`] later.
    pub letter: Option<Letter>,
    pub wrong_codes: u8,
    /// Simulated clock, in whole days: this service only moves time on by
    /// days ([`DigidApply::now`] reads it in minutes, as the kit counts).
    pub days: u32,
    seed: Seed,
}

impl DigidApply {
    /// A fresh start page. `seed` varies the activation code between visits.
    pub fn new(seed: u32) -> DigidApply {
        DigidApply {
            screen: Screen::Start,
            bsn: String::new(),
            birth_date: String::new(),
            postcode: String::new(),
            house_number: String::new(),
            username: String::new(),
            password: String::new(),
            repeat: String::new(),
            login_username: String::new(),
            login_password: String::new(),
            code: String::new(),
            errors: vec![],
            guard: None,
            account: None,
            letter: None,
            wrong_codes: 0,
            days: 0,
            seed: Seed::new(seed),
        }
    }

    /// The inline message of a field, if any.
    pub fn error(&self, field: Field) -> Option<FieldError> {
        self.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, e)| *e)
    }

    /// The simulated clock in minutes.
    pub fn now(&self) -> u32 {
        clock::days(self.days)
    }

    /// The letter, once it is in the letterbox.
    pub fn arrived_letter(&self) -> Option<&Letter> {
        letters::arrived(self.letter.as_ref(), self.now())
    }

    fn set_error(&mut self, field: Field, error: FieldError) {
        self.clear_error(field);
        // In the order of the page, so the first message is the first field's.
        let at = self
            .errors
            .iter()
            .position(|(f, _)| *f > field)
            .unwrap_or(self.errors.len());
        self.errors.insert(at, (field, error));
    }

    fn clear_error(&mut self, field: Field) {
        self.errors.retain(|(f, _)| *f != field);
    }

    fn field(&mut self, field: Field) -> &mut String {
        match field {
            Field::Bsn => &mut self.bsn,
            Field::BirthDate => &mut self.birth_date,
            Field::Postcode => &mut self.postcode,
            Field::HouseNumber => &mut self.house_number,
            Field::Username => &mut self.username,
            Field::Password => &mut self.password,
            Field::Repeat => &mut self.repeat,
            Field::LoginUsername => &mut self.login_username,
            Field::LoginPassword => &mut self.login_password,
            Field::Code => &mut self.code,
        }
    }

    /// What is wrong with a field's value now, if anything.
    pub fn check(&self, field: Field) -> Option<FieldError> {
        match field {
            Field::Bsn => match parse::bsn(&self.bsn) {
                Err(parse::NumberError::Empty) => Some(FieldError::Empty),
                Err(parse::NumberError::Format) => Some(FieldError::BsnFormat),
                Ok(bsn) => (bsn != CARD.bsn).then_some(FieldError::BsnNotCard),
            },
            Field::BirthDate => match parse::date(&self.birth_date) {
                Err(parse::DateError::Empty) => Some(FieldError::Empty),
                Err(parse::DateError::Format) => Some(FieldError::DateFormat),
                Err(parse::DateError::ShortYear) => Some(FieldError::DateShortYear),
                Err(parse::DateError::Impossible) => Some(FieldError::DateImpossible),
                Ok(date) => (date.to_dutch() != CARD.birth_date).then_some(FieldError::DateNotCard),
            },
            Field::Postcode => match parse::postcode(&self.postcode) {
                Err(parse::PostcodeError::Empty) => Some(FieldError::Empty),
                Err(parse::PostcodeError::Format) => Some(FieldError::PostcodeFormat),
                Ok(code) => (code != CARD.postcode).then_some(FieldError::PostcodeNotCard),
            },
            Field::HouseNumber => match parse::house_number(&self.house_number) {
                Err(parse::NumberError::Empty) => Some(FieldError::Empty),
                Err(parse::NumberError::Format) => Some(FieldError::HouseNumberFormat),
                Ok(n) => (n != CARD.house_number).then_some(FieldError::HouseNumberNotCard),
            },
            Field::Username => {
                let name = self.username.trim();
                if name.is_empty() {
                    Some(FieldError::Empty)
                } else if name.chars().any(char::is_whitespace) {
                    Some(FieldError::UsernameSpaces)
                } else if name.chars().count() < USERNAME_MIN {
                    Some(FieldError::UsernameShort)
                } else {
                    None
                }
            }
            Field::Password => {
                if self.password.is_empty() {
                    Some(FieldError::Empty)
                } else if !PasswordRule::all_hold(&self.password) {
                    Some(FieldError::PasswordRules)
                } else {
                    None
                }
            }
            Field::Repeat => {
                if self.repeat.is_empty() {
                    Some(FieldError::Empty)
                } else if self.repeat != self.password {
                    Some(FieldError::PasswordsDiffer)
                } else {
                    None
                }
            }
            Field::LoginUsername => self
                .login_username
                .trim()
                .is_empty()
                .then_some(FieldError::Empty),
            Field::LoginPassword => self.login_password.is_empty().then_some(FieldError::Empty),
            Field::Code => self.check_code(),
        }
    }

    /// The typed activation code without spaces and dashes, upper case.
    fn typed_code(&self) -> String {
        compact(&self.code, &['-'])
    }

    fn check_code(&self) -> Option<FieldError> {
        let typed = self.typed_code();
        let letter = self.arrived_letter();
        if typed.is_empty() {
            Some(if letter.is_some() {
                FieldError::Empty
            } else {
                FieldError::NoLetterYet
            })
        } else if typed.chars().count() != CODE_LENGTH
            || !typed.chars().all(|c| c.is_ascii_alphanumeric())
        {
            Some(FieldError::CodeFormat)
        } else if letter.is_none() {
            Some(FieldError::NoLetterYet)
        } else if letter.is_some_and(|l| l.code == typed) {
            None
        } else {
            Some(FieldError::WrongCode {
                tries_left: MAX_CODE_TRIES.saturating_sub(self.wrong_codes + 1),
            })
        }
    }

    fn login_ok(&self) -> bool {
        self.account.as_ref().is_some_and(|a| {
            self.login_username.trim().eq_ignore_ascii_case(&a.username)
                && self.login_password == a.password
        })
    }

    /// Puts typed text into a field, after the guard and the length limit.
    /// `event` is reported when the field has just become right; a field
    /// that is right loses its message.
    fn type_into(&mut self, field: Field, text: String, event: Option<Event>) -> Vec<Event> {
        let mut events = vec![];
        let was_right = self.check(field).is_none();
        let typed = Typed::judge(text);
        // The warning shows until the next typed value, whatever it is.
        self.guard = typed.refused();
        if self.guard.is_some() {
            self.field(field).clear();
            events.push(Event::RealDataBlocked);
            return events;
        }
        let too_long = typed.was_cut();
        *self.field(field) = typed.into_value();
        let right = self.check(field).is_none();
        if too_long {
            self.set_error(field, FieldError::TooLong);
        } else if right || self.error(field) == Some(FieldError::TooLong) {
            self.clear_error(field);
        }
        if right && !was_right {
            events.extend(event);
        }
        events
    }

    /// Checks `fields` on submit; returns whether all are right.
    /// The real-data warning stays: it goes when the learner types again.
    fn check_all(&mut self, fields: &[Field]) -> bool {
        for &field in fields {
            match self.check(field) {
                Some(error) => self.set_error(field, error),
                None => self.clear_error(field),
            }
        }
        fields.iter().all(|f| self.error(*f).is_none())
    }

    fn go(&mut self, screen: Screen) {
        self.screen = screen;
        self.errors.clear();
        self.guard = None;
    }

    /// The account now holds a lesson's example, not the learner's own
    /// choice (the lesson was rebuilt after a reload).
    pub fn mark_examples(&mut self) {
        if let Some(account) = &mut self.account {
            account.example = true;
        }
    }

    /// Applies one action and reports what happened.
    pub fn apply(&mut self, action: Action) -> Vec<Event> {
        let mut events = vec![];
        match action {
            Action::StartApplication if self.screen == Screen::Start => {
                self.go(Screen::Details);
                events.push(Event::ApplyStarted);
            }
            Action::Bsn(text) => {
                events = self.type_into(Field::Bsn, text, Some(Event::BsnCorrect));
            }
            Action::BirthDate(text) => {
                events = self.type_into(Field::BirthDate, text, Some(Event::BirthDateCorrect));
            }
            Action::Postcode(text) => {
                events = self.type_into(Field::Postcode, text, Some(Event::PostcodeCorrect));
            }
            Action::HouseNumber(text) => {
                events = self.type_into(Field::HouseNumber, text, Some(Event::HouseNumberCorrect));
            }
            Action::SubmitDetails if self.screen == Screen::Details => {
                let fields = [
                    Field::Bsn,
                    Field::BirthDate,
                    Field::Postcode,
                    Field::HouseNumber,
                ];
                if self.check_all(&fields) {
                    self.go(Screen::Account);
                    events.push(Event::DetailsAccepted);
                } else {
                    events.push(Event::DetailsRejected);
                }
            }
            Action::NewUsername(text) => {
                events = self.type_into(Field::Username, text, Some(Event::UsernameValid));
            }
            Action::ChoosePassword(text) => {
                events = self.type_into(Field::Password, text, Some(Event::PasswordRulesMet));
                // A repeat that matched no longer does, or now does.
                if !self.repeat.is_empty() && self.repeat == self.password {
                    self.clear_error(Field::Repeat);
                }
            }
            Action::RepeatChosenPassword(text) => {
                events = self.type_into(Field::Repeat, text, None);
            }
            Action::SubmitAccount if self.screen == Screen::Account => {
                if self.check_all(&[Field::Username, Field::Password, Field::Repeat]) {
                    self.account = Some(Account {
                        username: self.username.trim().to_owned(),
                        password: self.password.clone(),
                        example: false,
                    });
                    self.go(Screen::Check);
                    events.push(Event::AccountAccepted);
                } else {
                    if self.error(Field::Repeat) == Some(FieldError::PasswordsDiffer) {
                        // Typed again from scratch, as on the real forms.
                        self.repeat.clear();
                    }
                    events.push(Event::AccountRejected);
                }
            }
            Action::EditDetails if self.screen == Screen::Check => {
                self.go(Screen::Details);
                events.push(Event::EditOpened);
            }
            Action::SendApplication if self.screen == Screen::Check => {
                let now = self.now();
                self.letter = Some(Letter::post(&mut self.seed, now));
                self.go(Screen::Sent);
                events.push(Event::ApplicationSent);
            }
            Action::WaitDays(days) => {
                let before = self.now();
                let mut now = before;
                clock::wait(&mut now, clock::days(days), clock::days(LONGEST_WAIT_DAYS));
                self.days = clock::whole_days(now);
                events.push(Event::TimePassed);
                if letters::arrives_between(self.letter.as_ref(), before, now) {
                    events.push(Event::LetterArrived);
                }
            }
            Action::OpenActivation if self.screen == Screen::Sent => {
                self.go(Screen::ActivateLogin);
                events.push(Event::ActivationOpened);
            }
            Action::ActivationUsername(text) => {
                events = self.type_into(Field::LoginUsername, text, None);
            }
            Action::ActivationPassword(text) => {
                events = self.type_into(Field::LoginPassword, text, None);
            }
            Action::SubmitActivationLogin if self.screen == Screen::ActivateLogin => {
                if !self.check_all(&[Field::LoginUsername, Field::LoginPassword]) {
                    return events;
                }
                if self.login_ok() {
                    self.login_password.clear();
                    self.code.clear();
                    self.go(Screen::ActivateCode);
                    events.push(Event::ActivationLoginAccepted);
                } else {
                    self.login_password.clear();
                    self.set_error(Field::LoginPassword, FieldError::WrongLogin);
                    events.push(Event::ActivationLoginRejected);
                }
            }
            Action::ActivationCode(text) => {
                events = self.type_into(Field::Code, text, None);
            }
            Action::SubmitActivationCode if self.screen == Screen::ActivateCode => {
                self.guard = None;
                match self.check_code() {
                    None => {
                        self.go(Screen::Active);
                        events.push(Event::Activated);
                    }
                    Some(FieldError::WrongCode { .. }) => {
                        self.wrong_codes += 1;
                        if self.wrong_codes >= MAX_CODE_TRIES {
                            self.go(Screen::CodeBlocked);
                            events.push(Event::CodeBlocked);
                        } else {
                            self.set_error(
                                Field::Code,
                                FieldError::WrongCode {
                                    tries_left: MAX_CODE_TRIES - self.wrong_codes,
                                },
                            );
                            events.push(Event::CodeRejected);
                        }
                    }
                    Some(error) => {
                        self.set_error(Field::Code, error);
                        events.push(Event::CodeRejected);
                    }
                }
            }
            Action::Back => {
                let previous = match self.screen {
                    Screen::Details => Some(Screen::Start),
                    Screen::Account => Some(Screen::Details),
                    Screen::Check => Some(Screen::Account),
                    Screen::ActivateLogin => Some(Screen::Sent),
                    Screen::ActivateCode => Some(Screen::ActivateLogin),
                    // The application is sent, the DigiD active, the code
                    // used up: there is no page to go back to.
                    Screen::Start | Screen::Sent | Screen::Active | Screen::CodeBlocked => None,
                };
                if let Some(screen) = previous {
                    self.go(screen);
                    events.push(Event::WentBack);
                }
            }
            Action::Restart => {
                let seed = self.seed.next_u32();
                *self = DigidApply::new(seed);
                events.push(Event::Restarted);
            }
            // An action that does not belong on this screen does nothing.
            _ => {}
        }
        events
    }

    /// A fresh activation code: letters and digits, never one the guard
    /// would refuse when it is typed back.
    #[cfg(test)]
    fn new_code(&mut self) -> String {
        letters::activation_code(&mut self.seed)
    }
}

/// Fills in the placeholders a lesson file may use in a typed value:
/// `card:bsn`, `card:birth-date`, `card:postcode`, `card:house-number`,
/// `account:username`, `account:password` and `letter:code`.
pub fn resolve(action: &Action, state: &DigidApply) -> Action {
    let fill = |value: &str| -> String {
        let account = state.account.as_ref();
        match value {
            "card:bsn" => CARD.bsn.to_owned(),
            "card:birth-date" => CARD.birth_date.to_owned(),
            "card:postcode" => CARD.postcode.to_owned(),
            "card:house-number" => CARD.house_number.to_owned(),
            "account:username" => account.map(|a| a.username.clone()).unwrap_or_default(),
            "account:password" => account.map(|a| a.password.clone()).unwrap_or_default(),
            "letter:code" => state
                .letter
                .as_ref()
                .map(Letter::printed_code)
                .unwrap_or_default(),
            other => other.to_owned(),
        }
    };
    match action {
        Action::Bsn(v) => Action::Bsn(fill(v)),
        Action::BirthDate(v) => Action::BirthDate(fill(v)),
        Action::Postcode(v) => Action::Postcode(fill(v)),
        Action::HouseNumber(v) => Action::HouseNumber(fill(v)),
        Action::NewUsername(v) => Action::NewUsername(fill(v)),
        Action::ChoosePassword(v) => Action::ChoosePassword(fill(v)),
        Action::RepeatChosenPassword(v) => Action::RepeatChosenPassword(fill(v)),
        Action::ActivationUsername(v) => Action::ActivationUsername(fill(v)),
        Action::ActivationPassword(v) => Action::ActivationPassword(fill(v)),
        Action::ActivationCode(v) => Action::ActivationCode(fill(v)),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests;

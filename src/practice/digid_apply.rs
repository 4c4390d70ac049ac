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

`action.rs` holds the actions and what each changes, `fields.rs` the
fields and their messages, `parse.rs` the readers of typed dates and
numbers. What every service shares — the input rule, the clock, the
letter, the password rules — comes from [`super::kit`].
*/

mod action;
mod fields;
pub mod parse;

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
pub use action::{Action, Event};
pub use fields::{Field, FieldError};

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

/// The username and password the learner chose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub username: String,
    pub password: String,
    /// The lesson's example took the place of what the learner chose
    /// (after a reload: typed passwords are never saved).
    pub example: bool,
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

    fn login_ok(&self) -> bool {
        self.account.as_ref().is_some_and(|a| {
            self.login_username.trim().eq_ignore_ascii_case(&a.username)
                && self.login_password == a.password
        })
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

    /// The next activation code this state's seed would print on a letter
    /// (the rule is `kit::letters::activation_code`).
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

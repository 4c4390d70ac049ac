/*!
The form fields of applying for a DigiD, and what is wrong with each.

Every field has its own inline message, checked against the oefenkaart
after the date, postcode or number is read the ways people write them
(`parse.rs`). A field is judged as the learner types, so a message goes
away as soon as the field is right, and again on submit, in the order of
the page, so the first message belongs to the first field.
*/

use super::*;

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

impl DigidApply {
    pub(super) fn set_error(&mut self, field: Field, error: FieldError) {
        self.clear_error(field);
        self.errors.push((field, error));
        // In the order of the page, so the first message is the first field's.
        self.errors.sort_by_key(|(f, _)| *f);
    }

    pub(super) fn clear_error(&mut self, field: Field) {
        self.errors.retain(|(f, _)| *f != field);
    }

    pub(super) fn field(&mut self, field: Field) -> &mut String {
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
    pub(super) fn typed_code(&self) -> String {
        compact(&self.code, &['-'])
    }

    pub(super) fn check_code(&self) -> Option<FieldError> {
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

    /// Puts typed text into a field, after the guard and the length limit.
    /// `event` is reported when the field has just become right; a field
    /// that is right loses its message.
    pub(super) fn type_into(
        &mut self,
        field: Field,
        text: String,
        event: Option<Event>,
    ) -> Vec<Event> {
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
    pub(super) fn check_all(&mut self, fields: &[Field]) -> bool {
        for &field in fields {
            match self.check(field) {
                Some(error) => self.set_error(field, error),
                None => self.clear_error(field),
            }
        }
        fields.iter().all(|f| self.error(*f).is_none())
    }
}

/*!
What the learner does when applying for a DigiD, and what each action
changes. Actions are what lesson files replay (`{"do": "...", "value":
...}`) and events are what lesson steps wait for, so both lists are part
of the lesson format.
*/

use serde::Deserialize;

use super::*;

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

crate::practice::events! {
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

impl DigidApply {
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
                    Some(FieldError::WrongCode { tries_left: 0 }) => {
                        self.wrong_codes += 1;
                        self.go(Screen::CodeBlocked);
                        events.push(Event::CodeBlocked);
                    }
                    Some(error @ FieldError::WrongCode { .. }) => {
                        self.wrong_codes += 1;
                        self.set_error(Field::Code, error);
                        events.push(Event::CodeRejected);
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
}

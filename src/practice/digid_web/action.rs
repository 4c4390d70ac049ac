/*!
What the learner does on the DigiD web login, and what each action
changes. The actions are what lesson files replay (`{"do": "...",
"value": ...}`), so their names are part of the lesson format; the events
are what lesson steps wait for.
*/

use serde::Deserialize;

use super::{ascii_digits, clock, input, DigidWeb, PasswordRule, Problem, Screen, CARD};

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

crate::practice::events! {
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

impl DigidWeb {
    /// Applies one action and reports what happened.
    pub fn apply(&mut self, action: Action) -> Vec<Event> {
        let mut events = vec![];
        // The real-data warning stays until the learner types again
        // (`kit::input`): a submit while it shows does nothing.
        let submits = matches!(
            action,
            Action::SubmitLogin
                | Action::SubmitResetUsername
                | Action::SubmitResetCode
                | Action::SubmitNewPassword
                | Action::SubmitCode
        );
        if submits && input::holds_submit(&self.problem) {
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
                |s| PasswordRule::all_hold(&s.new_password),
                Event::PasswordRulesMet,
            ),
            Action::RepeatPassword(text) => {
                self.put_text(text, &mut events, |s| &mut s.repeat_password)
            }
            Action::SubmitNewPassword if self.screen == Screen::NewPassword => {
                if !PasswordRule::all_hold(&self.new_password) {
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
                clock::wait(&mut self.minutes, minutes, clock::days(1));
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
}

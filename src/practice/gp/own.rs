/*!
The portal's own account, for patients without DigiD: e-mail address and
password, then a six-digit code sent to the phone. The practice address
is the oefenkaart's, at the reserved `.example` domain, so the real-data
guard lets it through while any real address is still refused.
*/

use super::{
    action::{Action, Event},
    Gp, Problem, Screen,
};
use crate::practice::{
    card::CARD,
    codes::ascii_digits,
    kit::{
        input::MAX_INPUT,
        phone::{self, CodeCheck},
    },
};

/// Minutes a login code stays valid.
pub const CODE_VALID_MINUTES: u32 = 10;

impl Gp {
    pub(super) fn own_account(&mut self, action: Action, events: &mut Vec<Event>) {
        match (self.screen, action) {
            (Screen::Start | Screen::LoggedOut, Action::StartOwn) => {
                self.email.clear();
                self.own_password.clear();
                self.go(Screen::OwnLogin);
                events.push(Event::OwnLoginOpened);
            }
            (Screen::OwnLogin, Action::Email(text)) => {
                if let Some(value) = self.accept(text, MAX_INPUT, events) {
                    self.email = value;
                }
            }
            (Screen::OwnLogin, Action::OwnPassword(text)) => {
                if let Some(value) = self.accept(text, MAX_INPUT, events) {
                    self.own_password = value;
                }
            }
            (Screen::OwnLogin, Action::SubmitOwn) => self.submit_own(events),
            (Screen::OwnCode, Action::OwnCode(text)) => {
                if let Some(value) = self.accept(text, MAX_INPUT, events) {
                    self.own_code = value;
                }
            }
            (Screen::OwnCode, Action::SubmitOwnCode) => self.submit_code(events),
            (Screen::OwnCode, Action::ResendOwnCode) => {
                self.send_code();
                self.own_code.clear();
                self.problem = None;
                events.push(Event::OwnCodeSent);
            }
            _ => {}
        }
    }

    fn submit_own(&mut self, events: &mut Vec<Event>) {
        if self.email.trim().is_empty() || self.own_password.is_empty() {
            self.problem = Some(Problem::OwnEmpty);
            events.push(Event::OwnLoginRejected);
            return;
        }
        let right = self.email.trim().eq_ignore_ascii_case(CARD.email)
            && self.own_password == CARD.password;
        // The password is never kept past this check.
        self.own_password.clear();
        if !right {
            self.problem = Some(Problem::OwnWrong);
            events.push(Event::OwnLoginRejected);
            return;
        }
        self.own_code.clear();
        self.send_code();
        self.go(Screen::OwnCode);
        events.push(Event::OwnCodeSent);
    }

    fn send_code(&mut self) {
        use crate::i18n::p;
        phone::send_code(
            &mut self.notices,
            &mut self.codes,
            self.minutes,
            p::GP_NOTICE_FROM,
            p::GP_OWN_CODE_MESSAGE,
        );
    }

    /// The newest login code on the phone, if any.
    pub fn latest_code(&self) -> Option<&str> {
        phone::latest_sms(&self.notices).map(|m| m.code.as_str())
    }

    fn submit_code(&mut self, events: &mut Vec<Event>) {
        let typed: String = ascii_digits(&self.own_code)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let problem = if typed.is_empty() {
            Some(Problem::CodeEmpty)
        } else {
            match phone::check_code(&self.notices, &typed, self.minutes, CODE_VALID_MINUTES) {
                CodeCheck::Valid => None,
                CodeCheck::Expired => Some(Problem::CodeExpired),
                CodeCheck::Old | CodeCheck::Unknown => Some(Problem::CodeWrong),
            }
        };
        match problem {
            Some(problem) => {
                self.problem = Some(problem);
                events.push(Event::OwnCodeRejected);
            }
            None => {
                self.own_code.clear();
                self.let_in(events);
            }
        }
    }
}

/*!
The app on the phone: activating it (logging in, then an SMS code, a
letter or the ID check), choosing and confirming the PIN, confirming a
login with it, and the app's own way back. Kept apart from the long
action list so each rule of the PIN can be read in one place.
*/

use super::*;

impl DigidApp {
    pub(super) fn start_activation(&mut self, events: &mut Vec<Event>) {
        self.username.clear();
        self.password.clear();
        self.show(PhoneScreen::Login, Event::ActivationStarted, events);
    }

    pub(super) fn submit_login(&mut self, events: &mut Vec<Event>) {
        let problem = if self.username.trim().is_empty() {
            Some(Problem::EmptyUsername)
        } else if self.password.is_empty() {
            Some(Problem::EmptyPassword)
        } else if !self.username.trim().eq_ignore_ascii_case(CARD.username)
            || self.password != CARD.password
        {
            Some(Problem::WrongLogin)
        } else {
            None
        };
        self.password.clear();
        match problem {
            Some(problem) => {
                self.problem = Some(problem);
                events.push(Event::AppLoginRejected);
            }
            None => self.show(PhoneScreen::Method, Event::AppLoginAccepted, events),
        }
    }

    pub(super) fn submit_code(&mut self, events: &mut Vec<Event>) {
        let typed = compact(&self.code, &['-']);
        let problem = if typed.is_empty() {
            Some(Problem::EmptyCode)
        } else if self.phone == PhoneScreen::Letter {
            match &self.letter {
                _ if !self.letter_arrived() => Some(Problem::LetterNotYet),
                Some(letter) if letter.code == typed => None,
                _ => Some(Problem::WrongLetterCode),
            }
        } else {
            match check_code(&self.messages, &typed, self.minutes, SMS_MINUTES) {
                CodeCheck::Valid => None,
                CodeCheck::Expired => Some(Problem::CodeExpired),
                CodeCheck::Old | CodeCheck::Unknown => Some(Problem::WrongCode),
            }
        };
        match problem {
            Some(problem) => {
                self.problem = Some(problem);
                events.push(Event::CodeRejected);
            }
            None => {
                events.push(Event::CodeAccepted);
                self.show_choose_pin();
            }
        }
    }

    pub(super) fn show_choose_pin(&mut self) {
        self.code.clear();
        self.pin_entry.clear();
        self.first_pin = None;
        self.phone = PhoneScreen::ChoosePin;
        self.problem = None;
    }

    /// Keeps the digits typed on a PIN screen; the fifth digit submits.
    pub(super) fn type_pin(&mut self, text: String, events: &mut Vec<Event>) {
        let digits: String = text
            .chars()
            .map(ascii_digit)
            .filter(char::is_ascii_digit)
            .take(PIN_LEN)
            .collect();
        self.pin_entry = digits;
        if self.pin_entry.len() < PIN_LEN {
            return;
        }
        let entry = std::mem::take(&mut self.pin_entry);
        // A trainer's fault: this PIN is the last wrong try, so the group
        // sees the app blocked and activates it again.
        let choosing = matches!(self.phone, PhoneScreen::ChoosePin | PhoneScreen::ConfirmPin);
        let forced = !choosing && self.armed.take(Fault::BlockedPin);
        if forced {
            self.wrong_pins = MAX_PIN_TRIES - 1;
        }
        match self.phone {
            PhoneScreen::ChoosePin if pin_too_simple(&entry) => {
                self.problem = Some(Problem::PinTooSimple);
                events.push(Event::PinTooSimple);
            }
            PhoneScreen::ChoosePin => {
                self.first_pin = Some(entry);
                self.phone = PhoneScreen::ConfirmPin;
                self.problem = None;
                events.push(Event::PinChosen);
            }
            PhoneScreen::ConfirmPin if self.first_pin.as_deref() == Some(entry.as_str()) => {
                self.pin = Some(entry);
                self.first_pin = None;
                self.wrong_pins = 0;
                self.show(PhoneScreen::Activated, Event::AppActivated, events);
            }
            PhoneScreen::ConfirmPin => {
                self.first_pin = None;
                self.phone = PhoneScreen::ChoosePin;
                self.problem = Some(Problem::PinMismatch);
                events.push(Event::PinMismatch);
            }
            _ if entry == self.current_pin() && !forced => {
                self.wrong_pins = 0;
                self.koppel = None;
                self.web = WebScreen::LoggedIn;
                self.web_problem = None;
                self.show(PhoneScreen::Done, Event::LoggedIn, events);
            }
            _ => {
                self.wrong_pins += 1;
                events.push(Event::PinWrong);
                if self.wrong_pins >= MAX_PIN_TRIES {
                    self.blocked = true;
                    self.pin = None;
                    self.koppel = None;
                    self.web = WebScreen::Login;
                    self.show(PhoneScreen::Blocked, Event::AppBlocked, events);
                } else {
                    self.problem = Some(Problem::WrongPin {
                        tries_left: MAX_PIN_TRIES - self.wrong_pins,
                    });
                }
            }
        }
    }

    /// The app's "Vorige": one screen back, never out of a finished state.
    pub(super) fn app_back(&mut self, events: &mut Vec<Event>) {
        // Back on the login screen the password is already gone: sending
        // the login clears it, and only the method screen leads back there.
        if let Some(screen) = self.previous_screen() {
            self.pin_entry.clear();
            self.show(screen, Event::WentBack, events);
        }
    }

    /// Where the app's "Vorige" leads from the screen showing; `None` where
    /// there is no way back inside the app (the home button still leads out).
    pub fn previous_screen(&self) -> Option<PhoneScreen> {
        use PhoneScreen as P;
        let active = if self.pin.is_some() {
            P::AppHome
        } else {
            P::Welcome
        };
        match self.phone {
            P::Login => Some(active),
            P::Method => Some(P::Login),
            P::SmsCode | P::Letter | P::IdCheck => Some(P::Method),
            P::ChoosePin | P::ConfirmPin => Some(P::Method),
            P::Koppelcode | P::Scan | P::ForgotPin => Some(P::AppHome),
            P::Help if self.blocked => Some(P::Blocked),
            P::Help => Some(active),
            _ => None,
        }
    }

    pub(super) fn send_sms(&mut self) {
        send_sms(&mut self.messages, &mut self.seed, self.minutes);
    }
}

/// A PIN that is easy to guess: all the same digit, or a run like 12345
/// or 54321.
pub fn pin_too_simple(pin: &str) -> bool {
    // Only the steps between digits count, so the bytes serve as they are.
    let digits: Vec<i16> = pin.bytes().map(i16::from).collect();
    let steps: Vec<i16> = digits.windows(2).map(|w| w[1] - w[0]).collect();
    [0, 1, -1].iter().any(|d| steps.iter().all(|s| s == d))
}

/*!
The website side of logging in with the app: the koppelcode the website
shows, typing it into the app, the QR code that follows, and how long
each stays valid. On the same phone the website hands over to the app.
*/

use super::*;

/// Letters of a koppelcode: no look-alikes (no I, O).
const KOPPEL_LETTERS: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";

impl DigidApp {
    /// Whether the koppelcode on the website has expired (before it was used).
    pub fn koppelcode_expired(&self) -> bool {
        self.koppel.as_ref().is_some_and(|k| {
            k.qr_at.is_none() && clock::passed(self.minutes, k.shown_at, KOPPEL_MINUTES)
        })
    }

    /// Whether the QR code on the website has timed out.
    pub fn qr_expired(&self) -> bool {
        self.koppel
            .as_ref()
            .and_then(|k| k.qr_at)
            .is_some_and(|at| clock::passed(self.minutes, at, QR_MINUTES))
    }

    pub(super) fn submit_koppelcode(&mut self, events: &mut Vec<Event>) {
        let typed: String = self
            .koppel_entry
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        let problem = match &self.koppel {
            _ if typed.is_empty() => Some(Problem::EmptyKoppelcode),
            None => Some(Problem::NoKoppelcode),
            Some(k) if k.code != typed => Some(Problem::WrongKoppelcode),
            Some(_) if self.koppelcode_expired() => Some(Problem::KoppelcodeExpired),
            Some(_) => None,
        };
        match problem {
            Some(problem) => {
                self.problem = Some(problem);
                events.push(if problem == Problem::KoppelcodeExpired {
                    Event::KoppelcodeExpired
                } else {
                    Event::KoppelcodeRejected
                });
            }
            None => {
                if let Some(k) = self.koppel.as_mut() {
                    k.qr_at = Some(self.minutes);
                }
                self.web = WebScreen::Qr;
                self.show(PhoneScreen::Scan, Event::KoppelcodeAccepted, events);
            }
        }
    }

    pub(super) fn web_choose_app(&mut self, events: &mut Vec<Event>) {
        self.web_problem = None;
        if self.computer {
            self.new_koppel();
            self.web = WebScreen::Koppelcode;
            events.push(Event::WebAppChosen);
            events.push(Event::KoppelcodeShown);
        } else if self.pin.is_none() || self.blocked {
            self.web_problem = Some(Problem::AppNotReady);
        } else {
            // On the same phone the app opens by itself.
            self.web = WebScreen::WaitingForApp;
            self.last_app_screen = None;
            events.push(Event::WebAppChosen);
            self.show(PhoneScreen::Confirm, Event::AppOpened, events);
        }
    }

    pub(super) fn new_koppel(&mut self) {
        let previous = self.koppel.take().map(|k| k.code);
        let code = loop {
            let code = self.seed.code(KOPPEL_LETTERS, 4);
            if Some(&code) != previous.as_ref() {
                break code;
            }
        };
        self.koppel = Some(Koppel {
            code,
            shown_at: self.minutes,
            qr_at: None,
        });
        self.web = WebScreen::Koppelcode;
    }
}

/*!
"DigiD app (oefenen)": the DigiD app on a simulated phone, and logging in
with it — on a computer (koppelcode, then a QR code) or on the phone itself.

This is where people get stuck most: installing the app, activating it,
the koppelcode, scanning a QR code from the laptop with the phone, and the
5-digit PIN. The machine covers the whole chain, plus the mistakes that
happen in real life, each with a kind next step: a PIN that is too easy or
repeated wrongly, an expired koppelcode, a QR code that timed out, too many
wrong PINs (the app is blocked: activate it again), a forgotten PIN, a lost
or new phone.

One state holds both devices: `web` is the website (on the computer, or in
the phone's browser when there is no computer) and `phone` is what the
phone shows. Time is simulated in minutes, so a code can expire and a
letter can arrive without waiting. There is no camera and no NFC: the QR
scan and the ID check are buttons with an animation in the view.

`action.rs` holds the actions and what each changes, `phone.rs` the app's
activation and PIN, `web.rs` the koppelcode and QR code. The input rule,
the clock, SMS messages and the letter come from [`super::kit`].
*/

mod action;
mod phone;
mod web;

use super::{
    card::CARD,
    codes::{ascii_digit, compact, Seed},
    guard::RealData,
    kit::{
        clock,
        fault::{Armed, Fault},
        input::{self, Typed},
        letters,
        phone::{check_code, latest_sms, send_sms, CodeCheck, Message},
    },
};

pub use super::kit::{input::MAX_INPUT, letters::Letter};
pub use action::{Action, Event, Setup};
pub use phone::pin_too_simple;

/// Digits in a PIN.
pub const PIN_LEN: usize = 5;
/// Wrong PINs before the app is blocked.
pub const MAX_PIN_TRIES: u8 = 5;
/// Minutes a koppelcode stays valid.
pub const KOPPEL_MINUTES: u32 = 5;
/// Minutes a QR code stays valid once shown.
pub const QR_MINUTES: u32 = 2;
/// Minutes an SMS code stays valid.
pub const SMS_MINUTES: u32 = 10;
/// A letter takes three days.
pub const LETTER_MINUTES: u32 = letters::DELIVERY_MINUTES;
/// Controls a lesson can point at with "Laat zien".
pub const TARGETS: &[&str] = &[
    "store",
    "install",
    "open",
    "app-icon",
    "browser-icon",
    "messages-icon",
    "home",
    "start",
    "app-username",
    "app-password",
    "app-login",
    "method-sms",
    "method-letter",
    "method-id",
    "app-code",
    "app-submit-code",
    "hold-card",
    "pin",
    "activated-next",
    "koppel-start",
    "koppelcode",
    "koppel-submit",
    "scan",
    "confirm",
    "forgot-pin",
    "reactivate",
    "help",
    "back-to-browser",
    "web-app",
    "web-koppelcode",
    "web-qr",
    "new-koppelcode",
    "wait",
    "wait-days",
    "letter",
    "card",
];

/// What the phone shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneScreen {
    Home,
    /// The practice app store, on the DigiD app's page.
    Store,
    Messages,
    /// The phone's browser, showing the website (only without a computer).
    Browser,
    /// The app's first screen before it is activated.
    Welcome,
    /// Activating: log in with username and password.
    Login,
    /// Activating: choose SMS, letter or ID check.
    Method,
    SmsCode,
    Letter,
    IdCheck,
    ChoosePin,
    ConfirmPin,
    Activated,
    /// The app's home once it is active.
    AppHome,
    Koppelcode,
    Scan,
    /// "Wilt u inloggen bij Mijn Oefenzorg?"
    Confirm,
    /// The PIN that confirms a login.
    Pin,
    Done,
    Blocked,
    ForgotPin,
    /// Lost or new phone: what to do.
    Help,
}

impl PhoneScreen {
    /// Whether this screen is inside the DigiD app.
    pub fn in_app(self) -> bool {
        !matches!(
            self,
            PhoneScreen::Home | PhoneScreen::Store | PhoneScreen::Messages | PhoneScreen::Browser
        )
    }
}

/// What the website shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WebScreen {
    /// "Kies hoe u wilt inloggen".
    Login,
    /// The koppelcode to type into the app.
    Koppelcode,
    /// The QR code to scan with the app.
    Qr,
    /// Waiting for the app on the same phone.
    WaitingForApp,
    LoggedIn,
}

/// Where the ID check is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdCheck {
    NotStarted,
    /// The card is held to the phone; the view animates, then reports.
    Reading,
}

/// What went wrong, for a kind and specific message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    EmptyUsername,
    EmptyPassword,
    WrongLogin,
    EmptyCode,
    WrongCode,
    CodeExpired,
    LetterNotYet,
    WrongLetterCode,
    PinTooSimple,
    PinMismatch,
    WrongPin {
        tries_left: u8,
    },
    NoKoppelcode,
    EmptyKoppelcode,
    WrongKoppelcode,
    KoppelcodeExpired,
    QrExpired,
    /// On the website: the learner chose SMS in an app lesson.
    UseTheApp,
    /// On the phone's website: the app is not ready on this phone.
    AppNotReady,
    /// On the website: the login was cancelled in the app.
    Cancelled,
    RealData(RealData),
    TooLong,
}

input::notices_in!(Problem);

/// A koppelcode shown on the website, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Koppel {
    pub code: String,
    pub shown_at: u32,
    /// When the QR code appeared (after the koppelcode was typed in the app).
    pub qr_at: Option<u32>,
}

/// The whole practice: phone, app and website.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DigidApp {
    pub phone: PhoneScreen,
    pub web: WebScreen,
    /// A computer beside the phone; without one the website is in the
    /// phone's browser.
    pub computer: bool,
    pub installed: bool,
    /// The app's PIN once it is active.
    pub pin: Option<String>,
    pub blocked: bool,
    pub wrong_pins: u8,
    pub username: String,
    pub password: String,
    /// The typed SMS or letter code.
    pub code: String,
    /// The PIN typed so far on the current PIN screen.
    pub pin_entry: String,
    /// The first PIN while confirming it.
    pub first_pin: Option<String>,
    pub koppel_entry: String,
    pub koppel: Option<Koppel>,
    pub id_check: IdCheck,
    /// The app screen left with the home button; opening the app again
    /// goes back there, like a real phone.
    pub last_app_screen: Option<PhoneScreen>,
    pub messages: Vec<Message>,
    pub letter: Option<Letter>,
    /// Simulated clock, in minutes.
    pub minutes: u32,
    /// The problem on the phone.
    pub problem: Option<Problem>,
    /// The problem on the website.
    pub web_problem: Option<Problem>,
    seed: Seed,
    /// A trainer's fault for the next PIN.
    pub armed: Armed,
}

impl DigidApp {
    /// A phone without the app, and a computer with the website.
    pub fn new(seed: u32) -> DigidApp {
        DigidApp {
            phone: PhoneScreen::Home,
            web: WebScreen::Login,
            computer: true,
            installed: false,
            pin: None,
            blocked: false,
            wrong_pins: 0,
            username: String::new(),
            password: String::new(),
            code: String::new(),
            pin_entry: String::new(),
            first_pin: None,
            koppel_entry: String::new(),
            koppel: None,
            id_check: IdCheck::NotStarted,
            last_app_screen: None,
            messages: vec![],
            letter: None,
            minutes: 0,
            problem: None,
            web_problem: None,
            seed: Seed::new(seed),
            armed: Armed::default(),
        }
    }

    /// The PIN that works now: the one the learner chose, or the card's.
    pub fn current_pin(&self) -> &str {
        self.pin.as_deref().unwrap_or(CARD.pin)
    }

    pub fn latest_sms(&self) -> Option<&str> {
        latest_sms(&self.messages).map(|m| m.code.as_str())
    }

    /// Whether the letter is in the letterbox.
    pub fn letter_arrived(&self) -> bool {
        self.arrived_letter().is_some()
    }

    /// The letter, once it is in the letterbox.
    pub fn arrived_letter(&self) -> Option<&Letter> {
        letters::arrived(self.letter.as_ref(), self.minutes)
    }
}

/// Fills in the placeholders a lesson file may use in a typed value:
/// `card:username`, `card:password`, `card:pin` (the PIN that works now),
/// `sms:latest`, `letter:code` and `koppel:code`.
pub fn resolve(action: &Action, state: &DigidApp) -> Action {
    use Action as A;
    let fill = |value: &str| -> String {
        match value {
            "card:username" => CARD.username.to_owned(),
            "card:password" => CARD.password.to_owned(),
            "card:pin" => state.current_pin().to_owned(),
            "sms:latest" => state.latest_sms().unwrap_or_default().to_owned(),
            "letter:code" => state
                .letter
                .as_ref()
                .map(|l| l.code.clone())
                .unwrap_or_default(),
            "koppel:code" => state
                .koppel
                .as_ref()
                .map(|k| k.code.clone())
                .unwrap_or_default(),
            other => other.to_owned(),
        }
    };
    match action {
        A::AppUsername(v) => A::AppUsername(fill(v)),
        A::AppPassword(v) => A::AppPassword(fill(v)),
        A::ActivationCode(v) => A::ActivationCode(fill(v)),
        A::Pin(v) => A::Pin(fill(v)),
        A::Koppelcode(v) => A::Koppelcode(fill(v)),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests;

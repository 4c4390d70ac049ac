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
*/

use serde::Deserialize;

use super::{
    card::CARD,
    codes::{ascii_digit, compact, Seed},
    guard::RealData,
    kit::{
        clock,
        input::{self, Notice, Typed},
        letters,
        phone::{self, CodeCheck, Message},
    },
};

pub use super::kit::{input::MAX_INPUT, letters::Letter};

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
/// Letters of a koppelcode: no look-alikes (no I, O).
const KOPPEL_LETTERS: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";

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

impl Notice for Problem {
    fn real_data(kind: RealData) -> Self {
        Problem::RealData(kind)
    }
    fn too_long() -> Self {
        Problem::TooLong
    }
    fn as_real_data(self) -> Option<RealData> {
        match self {
            Problem::RealData(kind) => Some(kind),
            _ => None,
        }
    }
    fn is_too_long(self) -> bool {
        self == Problem::TooLong
    }
}

/// How a lesson sets the practice up before its first step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Setup {
    /// The app is installed and active with the oefenkaart's PIN.
    AppReady,
    /// No computer: the website opens in the phone's browser.
    OneDevice,
}

/// What the learner does.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(tag = "do", content = "value", rename_all = "kebab-case")]
pub enum Action {
    Setup(Setup),
    // The phone.
    OpenStore,
    Install,
    OpenApp,
    OpenMessages,
    OpenBrowser,
    GoHome,
    // Activating the app.
    StartActivation,
    AppUsername(String),
    AppPassword(String),
    SubmitAppLogin,
    ChooseSmsActivation,
    ChooseLetterActivation,
    ChooseIdCheck,
    ActivationCode(String),
    SubmitActivationCode,
    ResendSms,
    HoldCard,
    CardRead,
    /// The PIN typed so far; five digits submit it.
    Pin(String),
    AppActivatedNext,
    // Logging in.
    StartKoppel,
    Koppelcode(String),
    SubmitKoppelcode,
    Scan,
    ConfirmLogin,
    CancelLogin,
    BackToBrowser,
    // Recovery.
    ForgotPin,
    Reactivate,
    OpenHelp,
    /// The app's own "Vorige".
    AppBack,
    // The website.
    WebChooseApp,
    WebChooseSms,
    NewKoppelcode,
    WebCancel,
    WaitMinutes(u32),
    Restart,
}

super::events! {
    StoreOpened => "store-opened",
    AppInstalled => "app-installed",
    AppOpened => "app-opened",
    MessagesOpened => "messages-opened",
    BrowserOpened => "browser-opened",
    WentHome => "went-home",
    ActivationStarted => "activation-started",
    AppLoginAccepted => "app-login-accepted",
    AppLoginRejected => "app-login-rejected",
    SmsSent => "sms-sent",
    LetterRequested => "letter-requested",
    LetterArrived => "letter-arrived",
    IdCheckStarted => "id-check-started",
    CardHeld => "card-held",
    CodeAccepted => "code-accepted",
    CodeRejected => "code-rejected",
    PinChosen => "pin-chosen",
    PinTooSimple => "pin-too-simple",
    PinMismatch => "pin-mismatch",
    AppActivated => "app-activated",
    AppReady => "app-ready",
    KoppelcodeShown => "koppelcode-shown",
    KoppelStarted => "koppel-started",
    KoppelcodeAccepted => "koppelcode-accepted",
    KoppelcodeRejected => "koppelcode-rejected",
    KoppelcodeExpired => "koppelcode-expired",
    QrScanned => "qr-scanned",
    QrExpired => "qr-expired",
    LoginConfirmed => "login-confirmed",
    LoginCancelled => "login-cancelled",
    PinWrong => "pin-wrong",
    AppBlocked => "app-blocked",
    LoggedIn => "logged-in",
    BackInBrowser => "back-in-browser",
    ForgotPinOpened => "forgot-pin-opened",
    ReactivationStarted => "reactivation-started",
    HelpOpened => "help-opened",
    WebAppChosen => "web-app-chosen",
    TimePassed => "time-passed",
    RealDataBlocked => "real-data-blocked",
    WentBack => "went-back",
    Restarted => "restarted",
}

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
        }
    }

    /// The PIN that works now: the one the learner chose, or the card's.
    pub fn current_pin(&self) -> &str {
        self.pin.as_deref().unwrap_or(CARD.pin)
    }

    pub fn latest_sms(&self) -> Option<&str> {
        phone::latest_sms(&self.messages).map(|m| m.code.as_str())
    }

    /// Whether the letter is in the letterbox.
    pub fn letter_arrived(&self) -> bool {
        self.arrived_letter().is_some()
    }

    /// The letter, once it is in the letterbox.
    pub fn arrived_letter(&self) -> Option<&Letter> {
        letters::arrived(self.letter.as_ref(), self.minutes)
    }

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

    /// Applies one action and reports what happened.
    pub fn apply(&mut self, action: Action) -> Vec<Event> {
        let mut events = vec![];
        // The real-data warning stays until the learner types again (see
        // `DigidWeb::apply`).
        let submits = matches!(
            action,
            Action::SubmitAppLogin | Action::SubmitActivationCode | Action::SubmitKoppelcode
        );
        if submits && input::holds_submit(&self.problem) {
            return events;
        }
        let e = &mut events;
        use PhoneScreen as P;
        match action {
            Action::Setup(Setup::AppReady) => {
                self.installed = true;
                self.pin = Some(CARD.pin.to_owned());
            }
            Action::Setup(Setup::OneDevice) => self.computer = false,
            Action::OpenStore if self.phone == P::Home => {
                self.show(P::Store, Event::StoreOpened, e)
            }
            Action::Install if self.phone == P::Store && !self.installed => {
                self.installed = true;
                e.push(Event::AppInstalled);
            }
            Action::OpenApp if self.installed && matches!(self.phone, P::Home | P::Store) => {
                let resume = self.last_app_screen.take();
                let screen = if self.blocked {
                    P::Blocked
                } else if let Some(screen) = resume {
                    screen
                } else if self.pin.is_some() {
                    P::AppHome
                } else {
                    P::Welcome
                };
                self.show(screen, Event::AppOpened, e);
            }
            Action::OpenMessages if self.phone == P::Home => {
                self.show(P::Messages, Event::MessagesOpened, e)
            }
            Action::OpenBrowser if self.phone == P::Home && !self.computer => {
                self.show(P::Browser, Event::BrowserOpened, e)
            }
            Action::GoHome if self.phone != P::Home => {
                if self.phone.in_app() {
                    self.last_app_screen = Some(self.phone);
                }
                self.show(P::Home, Event::WentHome, e);
            }
            Action::StartActivation if self.phone == P::Welcome => {
                self.start_activation(e);
            }
            Action::AppUsername(text) => self.username = self.accept_text(text, e),
            Action::AppPassword(text) => self.password = self.accept_text(text, e),
            Action::SubmitAppLogin if self.phone == P::Login => self.submit_login(e),
            Action::ChooseSmsActivation if self.phone == P::Method => {
                self.code.clear();
                self.send_sms();
                self.show(P::SmsCode, Event::SmsSent, e);
            }
            Action::ResendSms if self.phone == P::SmsCode => {
                self.code.clear();
                self.send_sms();
                self.problem = None;
                e.push(Event::SmsSent);
            }
            Action::ChooseLetterActivation if self.phone == P::Method => {
                self.code.clear();
                if self.letter.is_none() {
                    self.letter = Some(Letter::post(&mut self.seed, self.minutes));
                }
                self.show(P::Letter, Event::LetterRequested, e);
            }
            Action::ChooseIdCheck if self.phone == P::Method => {
                self.id_check = IdCheck::NotStarted;
                self.show(P::IdCheck, Event::IdCheckStarted, e);
            }
            Action::ActivationCode(text) => self.code = self.accept_text(text, e),
            Action::SubmitActivationCode if matches!(self.phone, P::SmsCode | P::Letter) => {
                self.submit_code(e)
            }
            Action::HoldCard if self.phone == P::IdCheck => {
                self.id_check = IdCheck::Reading;
                e.push(Event::CardHeld);
            }
            Action::CardRead if self.phone == P::IdCheck && self.id_check == IdCheck::Reading => {
                self.id_check = IdCheck::NotStarted;
                e.push(Event::CodeAccepted);
                self.show_choose_pin();
            }
            Action::Pin(text) if matches!(self.phone, P::ChoosePin | P::ConfirmPin | P::Pin) => {
                self.type_pin(text, e)
            }
            Action::AppActivatedNext if self.phone == P::Activated => {
                self.show(P::AppHome, Event::AppReady, e)
            }
            Action::StartKoppel if self.phone == P::AppHome => {
                self.koppel_entry.clear();
                self.show(P::Koppelcode, Event::KoppelStarted, e)
            }
            Action::Koppelcode(text) => {
                self.koppel_entry = self.accept_text(text, e).to_ascii_uppercase()
            }
            Action::SubmitKoppelcode if self.phone == P::Koppelcode => self.submit_koppelcode(e),
            Action::Scan if self.phone == P::Scan => {
                if self.qr_expired() {
                    self.problem = Some(Problem::QrExpired);
                    e.push(Event::QrExpired);
                } else {
                    self.show(P::Confirm, Event::QrScanned, e);
                }
            }
            Action::ConfirmLogin if self.phone == P::Confirm => {
                self.pin_entry.clear();
                self.show(P::Pin, Event::LoginConfirmed, e);
            }
            Action::CancelLogin if matches!(self.phone, P::Confirm | P::Pin) => {
                self.koppel = None;
                self.web = WebScreen::Login;
                self.web_problem = Some(Problem::Cancelled);
                let back = if self.computer {
                    P::AppHome
                } else {
                    P::Browser
                };
                self.show(back, Event::LoginCancelled, e);
            }
            Action::BackToBrowser if self.phone == P::Done && !self.computer => {
                self.show(P::Browser, Event::BackInBrowser, e)
            }
            Action::ForgotPin if matches!(self.phone, P::AppHome | P::Pin) => {
                self.show(P::ForgotPin, Event::ForgotPinOpened, e)
            }
            Action::Reactivate if matches!(self.phone, P::ForgotPin | P::Blocked) => {
                self.pin = None;
                self.blocked = false;
                self.wrong_pins = 0;
                self.koppel = None;
                if self.web != WebScreen::LoggedIn {
                    self.web = WebScreen::Login;
                }
                e.push(Event::ReactivationStarted);
                self.start_activation(e);
            }
            Action::OpenHelp if self.phone.in_app() => self.show(P::Help, Event::HelpOpened, e),
            Action::AppBack => self.app_back(e),
            Action::WebChooseApp if self.web == WebScreen::Login => self.web_choose_app(e),
            Action::WebChooseSms if self.web == WebScreen::Login => {
                self.web_problem = Some(Problem::UseTheApp);
            }
            Action::NewKoppelcode if matches!(self.web, WebScreen::Koppelcode | WebScreen::Qr) => {
                self.web_problem = None;
                self.new_koppel();
                if matches!(self.phone, P::Scan | P::Confirm | P::Pin) {
                    self.phone = P::AppHome;
                }
                e.push(Event::KoppelcodeShown);
            }
            Action::WebCancel
                if matches!(
                    self.web,
                    WebScreen::Koppelcode | WebScreen::Qr | WebScreen::WaitingForApp
                ) =>
            {
                self.koppel = None;
                self.web = WebScreen::Login;
                self.web_problem = None;
                e.push(Event::WentBack);
            }
            Action::WaitMinutes(minutes) => {
                let before = self.minutes;
                clock::wait(&mut self.minutes, minutes, clock::days(7));
                e.push(Event::TimePassed);
                if self.koppelcode_expired() {
                    e.push(Event::KoppelcodeExpired);
                }
                if self.qr_expired() {
                    e.push(Event::QrExpired);
                }
                if letters::arrives_between(self.letter.as_ref(), before, self.minutes) {
                    e.push(Event::LetterArrived);
                }
            }
            Action::Restart => {
                let seed = self.seed.next_u32();
                let computer = self.computer;
                *self = DigidApp::new(seed);
                self.computer = computer;
                e.push(Event::Restarted);
            }
            // An action that does not belong on this screen does nothing.
            _ => {}
        }
        events
    }

    fn show(&mut self, screen: PhoneScreen, event: Event, events: &mut Vec<Event>) {
        self.phone = screen;
        self.problem = None;
        events.push(event);
    }

    fn start_activation(&mut self, events: &mut Vec<Event>) {
        self.username.clear();
        self.password.clear();
        self.show(PhoneScreen::Login, Event::ActivationStarted, events);
    }

    /// Judges typed text by the practice input rule: what it keeps goes
    /// into the field, and its notice into the phone's message slot.
    fn accept_text(&mut self, text: String, events: &mut Vec<Event>) -> String {
        let typed = Typed::judge(text);
        if typed.refused().is_some() {
            events.push(Event::RealDataBlocked);
        }
        input::note(&mut self.problem, &typed);
        typed.into_value()
    }

    fn submit_login(&mut self, events: &mut Vec<Event>) {
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

    fn submit_code(&mut self, events: &mut Vec<Event>) {
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
            match phone::check_code(&self.messages, &typed, self.minutes, SMS_MINUTES) {
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

    fn show_choose_pin(&mut self) {
        self.code.clear();
        self.pin_entry.clear();
        self.first_pin = None;
        self.phone = PhoneScreen::ChoosePin;
        self.problem = None;
    }

    /// Keeps the digits typed on a PIN screen; the fifth digit submits.
    fn type_pin(&mut self, text: String, events: &mut Vec<Event>) {
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
            _ if entry == self.current_pin() => {
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

    fn submit_koppelcode(&mut self, events: &mut Vec<Event>) {
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

    fn web_choose_app(&mut self, events: &mut Vec<Event>) {
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

    fn new_koppel(&mut self) {
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

    /// The app's "Vorige": one screen back, never out of a finished state.
    fn app_back(&mut self, events: &mut Vec<Event>) {
        if let Some(screen) = self.previous_screen() {
            if screen == PhoneScreen::Login {
                self.password.clear();
            }
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

    fn send_sms(&mut self) {
        phone::send_sms(&mut self.messages, &mut self.seed, self.minutes);
    }
}

/// A PIN that is easy to guess: all the same digit, or a run like 12345
/// or 54321.
pub fn pin_too_simple(pin: &str) -> bool {
    let digits: Vec<i16> = pin.bytes().map(|b| i16::from(b) - 48).collect();
    let steps: Vec<i16> = digits.windows(2).map(|w| w[1] - w[0]).collect();
    [0, 1, -1].iter().any(|d| steps.iter().all(|s| s == d))
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

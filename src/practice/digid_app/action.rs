/*!
What the learner does in the DigiD app practice, on the phone and on the
website, and what each action changes. Actions are what lesson files
replay (`{"do": "...", "value": ...}`) and events are what lesson steps
wait for, so both lists are part of the lesson format. The work of the
bigger steps is in `phone.rs` (activating, the PIN) and `web.rs` (the
koppelcode and the QR code).
*/

use serde::Deserialize;

use super::*;

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

crate::practice::events! {
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

impl DigidApp {
    /// Applies one action and reports what happened.
    pub fn apply(&mut self, action: Action) -> Vec<Event> {
        let mut events = vec![];
        // The real-data warning stays until the learner types again
        // (`kit::input`): a submit while it shows does nothing.
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

    pub(super) fn show(&mut self, screen: PhoneScreen, event: Event, events: &mut Vec<Event>) {
        self.phone = screen;
        self.problem = None;
        events.push(event);
    }

    /// Judges typed text by the practice input rule: what it keeps goes
    /// into the field, and its notice into the phone's message slot.
    pub(super) fn accept_text(&mut self, text: String, events: &mut Vec<Event>) -> String {
        let typed = Typed::judge(text);
        if typed.refused().is_some() {
            events.push(Event::RealDataBlocked);
        }
        input::note(&mut self.problem, &typed);
        typed.into_value()
    }
}

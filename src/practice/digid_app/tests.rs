//! Every transition of the DigiD app practice, natively.

use super::*;
use Action::*;
use PhoneScreen as P;

mod faults;
mod guards;
mod login;

fn run(state: &mut DigidApp, actions: Vec<Action>) -> Vec<Event> {
    actions.into_iter().flat_map(|a| state.apply(a)).collect()
}

fn ids(events: &[Event]) -> Vec<&'static str> {
    events.iter().map(|e| e.id()).collect()
}

fn at_method() -> DigidApp {
    let mut s = DigidApp::new(11);
    run(
        &mut s,
        vec![
            OpenStore,
            Install,
            OpenApp,
            StartActivation,
            AppUsername(CARD.username.into()),
            AppPassword(CARD.password.into()),
            SubmitAppLogin,
        ],
    );
    assert_eq!(s.phone, P::Method);
    s
}

fn at_choose_pin() -> DigidApp {
    let mut s = at_method();
    s.apply(ChooseSmsActivation);
    let code = s.latest_sms().unwrap_or_default().to_owned();
    run(&mut s, vec![ActivationCode(code), SubmitActivationCode]);
    assert_eq!(s.phone, P::ChoosePin);
    s
}

fn ready(computer: bool) -> DigidApp {
    let mut s = DigidApp::new(5);
    s.apply(Setup(super::Setup::AppReady));
    if !computer {
        s.apply(Setup(super::Setup::OneDevice));
    }
    s
}

/// A computer showing the QR code, the app on the scan screen.
fn at_scan() -> DigidApp {
    let mut s = ready(true);
    run(&mut s, vec![WebChooseApp, OpenApp, StartKoppel]);
    let code = s
        .koppel
        .as_ref()
        .map(|k| k.code.clone())
        .unwrap_or_default();
    run(
        &mut s,
        vec![Koppelcode(code.to_lowercase()), SubmitKoppelcode],
    );
    assert_eq!((s.phone, s.web), (P::Scan, WebScreen::Qr));
    s
}

#[test]
fn install_and_activate_with_sms() {
    let mut s = DigidApp::new(3);
    assert_eq!(ids(&s.apply(OpenApp)), [] as [&str; 0], "not installed yet");
    assert_eq!(ids(&s.apply(OpenStore)), ["store-opened"]);
    assert_eq!(ids(&s.apply(Install)), ["app-installed"]);
    assert_eq!(ids(&s.apply(Install)), [] as [&str; 0], "installs once");
    assert_eq!(ids(&s.apply(OpenApp)), ["app-opened"]);
    assert_eq!(s.phone, P::Welcome);
    assert_eq!(ids(&s.apply(StartActivation)), ["activation-started"]);
    run(
        &mut s,
        vec![
            AppUsername(" Noor.Oefen".into()),
            AppPassword(CARD.password.into()),
        ],
    );
    assert_eq!(ids(&s.apply(SubmitAppLogin)), ["app-login-accepted"]);
    assert!(s.password.is_empty(), "the password is not kept after use");
    assert_eq!(ids(&s.apply(ChooseSmsActivation)), ["sms-sent"]);
    let code = s.latest_sms().unwrap_or_default().to_owned();
    assert_eq!(code.len(), 6);
    s.apply(ActivationCode(format!("{} {}", &code[..3], &code[3..])));
    assert_eq!(ids(&s.apply(SubmitActivationCode)), ["code-accepted"]);
    assert_eq!(ids(&s.apply(Pin("2468".into()))), [] as [&str; 0]);
    assert_eq!(s.pin_entry, "2468");
    assert_eq!(ids(&s.apply(Pin("24681".into()))), ["pin-chosen"]);
    assert_eq!(s.phone, P::ConfirmPin);
    assert_eq!(ids(&s.apply(Pin("24681".into()))), ["app-activated"]);
    assert_eq!(s.pin.as_deref(), Some("24681"));
    assert_eq!(s.current_pin(), "24681");
    assert_eq!(ids(&s.apply(AppActivatedNext)), ["app-ready"]);
    assert_eq!(s.phone, P::AppHome);
}

#[test]
fn wrong_app_logins_get_specific_messages() {
    let mut s = DigidApp::new(3);
    run(&mut s, vec![OpenStore, Install, OpenApp, StartActivation]);
    for (user, pass, problem) in [
        ("", "x", Problem::EmptyUsername),
        ("noor.oefen", "", Problem::EmptyPassword),
        ("noor.oefen", "welkom", Problem::WrongLogin),
        ("iemand", CARD.password, Problem::WrongLogin),
    ] {
        run(
            &mut s,
            vec![AppUsername(user.into()), AppPassword(pass.into())],
        );
        assert_eq!(ids(&s.apply(SubmitAppLogin)), ["app-login-rejected"]);
        assert_eq!(s.problem, Some(problem), "{user}/{pass}");
        assert_eq!(s.phone, P::Login);
        assert!(s.password.is_empty(), "a sent password is never kept");
    }
}

#[test]
fn sms_codes_can_be_wrong_expired_and_resent() {
    let mut s = at_method();
    s.apply(ChooseSmsActivation);
    s.apply(SubmitActivationCode);
    assert_eq!(s.problem, Some(Problem::EmptyCode));
    // A code that is surely not the one sent.
    let sent = s.latest_sms().expect("the SMS").to_owned();
    s.apply(ActivationCode(crate::practice::codes::surely_wrong(&sent)));
    assert_eq!(ids(&s.apply(SubmitActivationCode)), ["code-rejected"]);
    assert_eq!(s.problem, Some(Problem::WrongCode));
    let code = s.latest_sms().unwrap_or_default().to_owned();
    s.apply(WaitMinutes(SMS_MINUTES));
    s.apply(ActivationCode(code.clone()));
    s.apply(SubmitActivationCode);
    assert_eq!(s.problem, Some(Problem::CodeExpired));
    assert_eq!(ids(&s.apply(ResendSms)), ["sms-sent"]);
    assert_ne!(s.latest_sms(), Some(code.as_str()));
    let new = s.latest_sms().unwrap_or_default().to_owned();
    s.apply(ActivationCode(new));
    assert_eq!(ids(&s.apply(SubmitActivationCode)), ["code-accepted"]);
}

#[test]
fn arabic_digits_count_in_codes_and_pins() {
    let mut s = at_method();
    s.apply(ChooseSmsActivation);
    let arabic: String = s
        .latest_sms()
        .unwrap_or_default()
        .chars()
        .map(|c| char::from_u32(0x660 + c.to_digit(10).unwrap_or(0)).unwrap_or(c))
        .collect();
    s.apply(ActivationCode(arabic));
    assert_eq!(ids(&s.apply(SubmitActivationCode)), ["code-accepted"]);
    assert_eq!(ids(&s.apply(Pin("٢٤٦٨١".into()))), ["pin-chosen"]);
}

#[test]
fn activate_with_the_letter_after_three_days() {
    let mut s = at_method();
    assert_eq!(ids(&s.apply(ChooseLetterActivation)), ["letter-requested"]);
    let code = s
        .letter
        .as_ref()
        .map(|l| l.code.clone())
        .unwrap_or_default();
    assert_eq!(code.len(), 9);
    assert!(!code.contains(['O', '0', 'I', '1']));
    s.apply(ActivationCode(code.clone()));
    s.apply(SubmitActivationCode);
    assert_eq!(s.problem, Some(Problem::LetterNotYet), "no letter yet");
    let events = s.apply(WaitMinutes(LETTER_MINUTES));
    assert_eq!(ids(&events), ["time-passed", "letter-arrived"]);
    assert!(s.letter_arrived());
    s.apply(ActivationCode("ABC".into()));
    s.apply(SubmitActivationCode);
    assert_eq!(s.problem, Some(Problem::WrongLetterCode));
    let typed = format!("{} {}", &code[..4], &code[4..]).to_lowercase();
    s.apply(ActivationCode(typed));
    assert_eq!(ids(&s.apply(SubmitActivationCode)), ["code-accepted"]);
    assert_eq!(s.phone, P::ChoosePin);
    // Asking again keeps the same letter.
    let mut again = at_method();
    again.apply(ChooseLetterActivation);
    let first = again.letter.clone();
    again.apply(AppBack);
    again.apply(ChooseLetterActivation);
    assert_eq!(again.letter, first);
}

#[test]
fn activate_with_the_id_check() {
    let mut s = at_method();
    assert_eq!(ids(&s.apply(ChooseIdCheck)), ["id-check-started"]);
    assert_eq!(
        ids(&s.apply(CardRead)),
        [] as [&str; 0],
        "hold the card first"
    );
    assert_eq!(ids(&s.apply(HoldCard)), ["card-held"]);
    assert_eq!(s.id_check, IdCheck::Reading);
    assert_eq!(ids(&s.apply(CardRead)), ["code-accepted"]);
    assert_eq!(s.phone, P::ChoosePin);
}

#[test]
fn pins_that_are_too_simple_or_differ_are_refused_kindly() {
    let mut s = at_choose_pin();
    for easy in ["11111", "12345", "54321", "00000", "56789"] {
        assert_eq!(
            ids(&s.apply(Pin(easy.into()))),
            ["pin-too-simple"],
            "{easy}"
        );
        assert_eq!(s.phone, P::ChoosePin);
        assert!(s.pin_entry.is_empty());
    }
    assert_eq!(ids(&s.apply(Pin("24680".into()))), ["pin-chosen"]);
    assert_eq!(ids(&s.apply(Pin("24681".into()))), ["pin-mismatch"]);
    assert_eq!(s.phone, P::ChoosePin);
    assert_eq!(s.problem, Some(Problem::PinMismatch));
    assert_eq!(s.pin, None);
    s.apply(Pin("2x4-6".into()));
    assert_eq!(s.pin_entry, "246", "only digits count");
    run(&mut s, vec![Pin("24680".into()), Pin("24680".into())]);
    assert_eq!(s.phone, P::Activated);
}

#[test]
fn the_home_button_and_back_always_lead_somewhere_safe() {
    let mut s = at_method();
    assert_eq!(ids(&s.apply(AppBack)), ["went-back"]);
    assert_eq!(s.phone, P::Login);
    assert_eq!(ids(&s.apply(AppBack)), ["went-back"]);
    assert_eq!(s.phone, P::Welcome);
    assert_eq!(
        ids(&s.apply(AppBack)),
        [] as [&str; 0],
        "nothing before the start"
    );
    assert_eq!(ids(&s.apply(GoHome)), ["went-home"]);
    assert_eq!(ids(&s.apply(GoHome)), [] as [&str; 0]);
    assert_eq!(ids(&s.apply(OpenMessages)), ["messages-opened"]);
    s.apply(GoHome);
    s.apply(OpenApp);
    assert_eq!(s.phone, P::Welcome, "not activated yet");
}

#[test]
fn real_data_is_never_kept() {
    let mut s = at_method();
    s.apply(AppBack);
    for text in ["111222333", "noor@example.nl", "06-12345678"] {
        assert_eq!(
            ids(&s.apply(AppUsername(text.into()))),
            ["real-data-blocked"]
        );
        assert!(s.username.is_empty(), "{text}");
        assert!(matches!(s.problem, Some(Problem::RealData(_))));
    }
    s.apply(AppUsername("x".repeat(200)));
    assert_eq!(s.username.chars().count(), MAX_INPUT);
    assert_eq!(s.problem, Some(Problem::TooLong));
    s.apply(AppUsername("noor.oefen".into()));
    assert_eq!(s.problem, None);
}

#[test]
fn restart_keeps_the_kind_of_practice_but_nothing_else() {
    let mut s = ready(false);
    run(&mut s, vec![OpenBrowser, WebChooseApp]);
    assert_eq!(ids(&s.apply(Restart)), ["restarted"]);
    assert!(!s.computer);
    assert!(!s.installed);
    assert_eq!((s.phone, s.web), (P::Home, WebScreen::Login));
}

#[test]
fn every_event_has_a_unique_id() {
    let mut seen = std::collections::BTreeSet::new();
    for id in Event::IDS {
        assert!(seen.insert(id), "{id}");
    }
}

#[test]
fn simple_pins() {
    for (pin, simple) in [
        ("11111", true),
        ("12345", true),
        ("98765", true),
        ("24680", false),
        ("12346", false),
        ("13579", false),
    ] {
        assert_eq!(pin_too_simple(pin), simple, "{pin}");
    }
}

#[test]
fn the_app_resumes_where_it_was_after_the_home_button() {
    let mut s = at_method();
    s.apply(ChooseSmsActivation);
    run(&mut s, vec![GoHome, OpenMessages, GoHome]);
    assert_eq!(ids(&s.apply(OpenApp)), ["app-opened"]);
    assert_eq!(s.phone, P::SmsCode);
    // Blocked wins over resuming.
    let mut b = at_scan();
    run(&mut b, vec![Scan, ConfirmLogin]);
    for _ in 0..MAX_PIN_TRIES {
        b.apply(Pin("97531".into()));
    }
    run(&mut b, vec![GoHome, OpenApp]);
    assert_eq!(b.phone, P::Blocked);
}

#[test]
fn vorige_is_offered_exactly_where_it_leads_somewhere() {
    let mut s = DigidApp::new(4);
    run(&mut s, vec![OpenStore, Install, OpenApp]);
    assert_eq!(s.previous_screen(), None, "the welcome screen is the start");
    s.apply(StartActivation);
    assert_eq!(s.previous_screen(), Some(P::Welcome));
    let mut ready = ready(true);
    ready.apply(OpenApp);
    assert_eq!(ready.previous_screen(), None, "the app's home");
    ready.apply(OpenHelp);
    assert_eq!(ready.previous_screen(), Some(P::AppHome));
}

#[test]
fn vorige_leads_from_each_way_of_activating_back_to_the_choice() {
    for choose in [ChooseSmsActivation, ChooseLetterActivation, ChooseIdCheck] {
        let mut s = at_method();
        s.apply(choose.clone());
        assert_eq!(ids(&s.apply(AppBack)), ["went-back"], "{choose:?}");
        assert_eq!(s.phone, P::Method, "{choose:?}");
    }
    let mut s = at_choose_pin();
    s.apply(Pin("24".into()));
    assert_eq!(ids(&s.apply(AppBack)), ["went-back"]);
    assert_eq!((s.phone, s.pin_entry.as_str()), (P::Method, ""));
    let mut s = at_choose_pin();
    s.apply(Pin("24680".into()));
    assert_eq!(s.phone, P::ConfirmPin);
    s.apply(AppBack);
    assert_eq!(s.phone, P::Method);
}

#[test]
fn the_same_phone_without_an_active_app_says_so() {
    let mut s = DigidApp::new(2);
    s.apply(Setup(super::Setup::OneDevice));
    run(&mut s, vec![OpenBrowser, WebChooseApp]);
    assert_eq!(s.web_problem, Some(Problem::AppNotReady));
    assert_eq!(s.phone, P::Browser);
    // No browser on the phone when a computer is there.
    let mut c = DigidApp::new(2);
    assert_eq!(ids(&c.apply(OpenBrowser)), [] as [&str; 0]);
}

//! Logging in with the active app: koppelcode, QR code and PIN on a computer, or on the same phone, and what goes wrong there.

use super::*;

#[test]
fn log_in_on_a_computer_with_koppelcode_qr_and_pin() {
    let mut s = ready(true);
    assert_eq!(s.web, WebScreen::Login);
    s.apply(WebChooseSms);
    assert_eq!(s.web_problem, Some(Problem::UseTheApp));
    assert_eq!(
        ids(&s.apply(WebChooseApp)),
        ["web-app-chosen", "koppelcode-shown"]
    );
    assert_eq!(s.web, WebScreen::Koppelcode);
    let code = s
        .koppel
        .as_ref()
        .map(|k| k.code.clone())
        .unwrap_or_default();
    assert_eq!(code.len(), 4);
    assert_eq!(ids(&s.apply(OpenApp)), ["app-opened"]);
    assert_eq!(s.phone, P::AppHome);
    assert_eq!(ids(&s.apply(StartKoppel)), ["koppel-started"]);
    s.apply(SubmitKoppelcode);
    assert_eq!(s.problem, Some(Problem::EmptyKoppelcode));
    s.apply(Koppelcode("ZZZZ9".into()));
    assert_eq!(ids(&s.apply(SubmitKoppelcode)), ["koppelcode-rejected"]);
    assert_eq!(s.problem, Some(Problem::WrongKoppelcode));
    s.apply(Koppelcode(format!(" {} ", code.to_lowercase())));
    assert_eq!(ids(&s.apply(SubmitKoppelcode)), ["koppelcode-accepted"]);
    assert_eq!((s.phone, s.web), (P::Scan, WebScreen::Qr));
    assert_eq!(ids(&s.apply(Scan)), ["qr-scanned"]);
    assert_eq!(ids(&s.apply(ConfirmLogin)), ["login-confirmed"]);
    assert_eq!(ids(&s.apply(Pin(CARD.pin.into()))), ["logged-in"]);
    assert_eq!((s.phone, s.web), (P::Done, WebScreen::LoggedIn));
    assert_eq!(s.koppel, None);
}

#[test]
fn a_koppelcode_without_a_computer_login_is_refused() {
    let mut s = ready(true);
    run(
        &mut s,
        vec![OpenApp, StartKoppel, Koppelcode("ABCD".into())],
    );
    assert_eq!(ids(&s.apply(SubmitKoppelcode)), ["koppelcode-rejected"]);
    assert_eq!(s.problem, Some(Problem::NoKoppelcode));
}

#[test]
fn an_expired_koppelcode_needs_a_new_one() {
    let mut s = ready(true);
    run(&mut s, vec![WebChooseApp, OpenApp, StartKoppel]);
    let old = s
        .koppel
        .as_ref()
        .map(|k| k.code.clone())
        .unwrap_or_default();
    let events = s.apply(WaitMinutes(KOPPEL_MINUTES));
    assert_eq!(ids(&events), ["time-passed", "koppelcode-expired"]);
    assert!(s.koppelcode_expired());
    s.apply(Koppelcode(old.clone()));
    assert_eq!(ids(&s.apply(SubmitKoppelcode)), ["koppelcode-expired"]);
    assert_eq!(s.problem, Some(Problem::KoppelcodeExpired));
    assert_eq!(ids(&s.apply(NewKoppelcode)), ["koppelcode-shown"]);
    let new = s
        .koppel
        .as_ref()
        .map(|k| k.code.clone())
        .unwrap_or_default();
    assert_ne!(new, old);
    assert!(!s.koppelcode_expired());
    s.apply(Koppelcode(new));
    assert_eq!(ids(&s.apply(SubmitKoppelcode)), ["koppelcode-accepted"]);
}

#[test]
fn a_timed_out_qr_code_starts_over_with_a_new_koppelcode() {
    let mut s = at_scan();
    let events = s.apply(WaitMinutes(QR_MINUTES));
    assert_eq!(ids(&events), ["time-passed", "qr-expired"]);
    assert_eq!(ids(&s.apply(Scan)), ["qr-expired"]);
    assert_eq!(s.problem, Some(Problem::QrExpired));
    assert_eq!(ids(&s.apply(NewKoppelcode)), ["koppelcode-shown"]);
    assert_eq!((s.phone, s.web), (P::AppHome, WebScreen::Koppelcode));
}

#[test]
fn five_wrong_pins_block_the_app_and_activating_again_helps() {
    let mut s = at_scan();
    run(&mut s, vec![Scan, ConfirmLogin]);
    for left in (1..MAX_PIN_TRIES).rev() {
        assert_eq!(ids(&s.apply(Pin("97531".into()))), ["pin-wrong"]);
        assert_eq!(s.problem, Some(Problem::WrongPin { tries_left: left }));
        assert!(s.pin_entry.is_empty());
    }
    assert_eq!(
        ids(&s.apply(Pin("97531".into()))),
        ["pin-wrong", "app-blocked"]
    );
    assert_eq!(s.phone, P::Blocked);
    assert!(s.blocked && s.pin.is_none());
    assert_eq!(s.web, WebScreen::Login);
    // Opening the app again still shows that it is blocked.
    run(&mut s, vec![GoHome, OpenApp]);
    assert_eq!(s.phone, P::Blocked);
    assert_eq!(ids(&s.apply(OpenHelp)), ["help-opened"]);
    assert_eq!(ids(&s.apply(AppBack)), ["went-back"]);
    assert_eq!(s.phone, P::Blocked);
    assert_eq!(
        ids(&s.apply(Reactivate)),
        ["reactivation-started", "activation-started"]
    );
    assert!(!s.blocked);
    assert_eq!(s.wrong_pins, 0, "a fresh count for the new PIN");
    assert_eq!(s.phone, P::Login);
}

#[test]
fn activating_again_stops_a_login_on_the_website_but_not_a_finished_one() {
    let mut s = ready(true);
    run(&mut s, vec![WebChooseApp, OpenApp, ForgotPin, Reactivate]);
    assert_eq!((s.web, &s.koppel), (WebScreen::Login, &None));
    let mut s = ready(true);
    s.apply(OpenApp);
    s.web = WebScreen::LoggedIn;
    run(&mut s, vec![ForgotPin, Reactivate]);
    assert_eq!(s.web, WebScreen::LoggedIn, "already logged in stays so");
}

#[test]
fn a_forgotten_pin_means_activating_again() {
    let mut s = ready(true);
    s.apply(OpenApp);
    assert_eq!(ids(&s.apply(ForgotPin)), ["forgot-pin-opened"]);
    assert_eq!(ids(&s.apply(AppBack)), ["went-back"]);
    s.apply(ForgotPin);
    s.apply(Reactivate);
    assert_eq!(s.pin, None);
    assert_eq!(s.phone, P::Login);
    // ... and the new PIN is the one that works afterwards.
    run(
        &mut s,
        vec![
            AppUsername(CARD.username.into()),
            AppPassword(CARD.password.into()),
            SubmitAppLogin,
            ChooseIdCheck,
            HoldCard,
            CardRead,
            Pin("86420".into()),
            Pin("86420".into()),
        ],
    );
    assert_eq!(s.current_pin(), "86420");
}

#[test]
fn log_in_on_the_same_phone() {
    let mut s = ready(false);
    assert_eq!(ids(&s.apply(OpenBrowser)), ["browser-opened"]);
    assert_eq!(
        ids(&s.apply(WebChooseApp)),
        ["web-app-chosen", "app-opened"]
    );
    assert_eq!((s.phone, s.web), (P::Confirm, WebScreen::WaitingForApp));
    s.apply(ConfirmLogin);
    assert_eq!(ids(&s.apply(Pin("11223".into()))), ["pin-wrong"]);
    assert_eq!(ids(&s.apply(Pin(CARD.pin.into()))), ["logged-in"]);
    assert_eq!(ids(&s.apply(BackToBrowser)), ["back-in-browser"]);
    assert_eq!((s.phone, s.web), (P::Browser, WebScreen::LoggedIn));
}

#[test]
fn cancelling_in_the_app_tells_the_website() {
    let mut s = at_scan();
    s.apply(Scan);
    assert_eq!(ids(&s.apply(CancelLogin)), ["login-cancelled"]);
    assert_eq!(s.web, WebScreen::Login);
    assert_eq!(s.web_problem, Some(Problem::Cancelled));
    assert_eq!(s.phone, P::AppHome);
}

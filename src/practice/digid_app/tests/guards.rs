//! Every action belongs on some screens: anywhere else it changes nothing
//! and reports nothing, so a stray tap (or a lesson step replayed too
//! early) never moves the learner on by itself.

use super::*;

/// The action, from this state, changes nothing and reports nothing.
fn check(state: &DigidApp, action: Action) {
    let mut after = state.clone();
    let events = after.apply(action.clone());
    assert_eq!(
        ids(&events),
        [] as [&str; 0],
        "{action:?} on {:?} / {:?}",
        state.phone,
        state.web
    );
    assert!(
        after == *state,
        "{action:?} changed the state on {:?} / {:?}",
        state.phone,
        state.web
    );
}

fn after(mut state: DigidApp, actions: Vec<Action>) -> DigidApp {
    run(&mut state, actions);
    state
}

/// The app just installed: its first screen.
fn welcome() -> DigidApp {
    after(DigidApp::new(3), vec![OpenStore, Install, OpenApp])
}

/// The app ready, open at its home; the website on its first page.
fn app_home() -> DigidApp {
    after(ready(true), vec![OpenApp])
}

#[test]
fn the_phone_s_own_buttons_only_work_where_they_are() {
    let home = DigidApp::new(3);
    let store = after(home.clone(), vec![OpenStore, Install]);
    let app_home = app_home();
    let messages = after(ready(true), vec![OpenMessages]);
    assert_eq!((store.phone, app_home.phone), (P::Store, P::AppHome));

    check(&home, Install);
    check(&store, Install);
    check(&home, OpenApp);
    check(&messages, OpenApp);
    check(&app_home, OpenStore);
    check(&app_home, OpenMessages);
    check(&home, GoHome);
    check(&home, OpenHelp);
    // The phone's browser is only there without a computer, from home.
    check(&ready(true), OpenBrowser);
    check(&after(ready(false), vec![OpenApp]), OpenBrowser);
}

#[test]
fn activating_steps_only_work_on_their_screen() {
    let welcome = welcome();
    let app_home = app_home();
    let method = at_method();
    let login = after(method.clone(), vec![AppBack]);
    let id_check = after(method.clone(), vec![ChooseIdCheck]);
    assert_eq!((welcome.phone, login.phone), (P::Welcome, P::Login));

    check(&app_home, StartActivation);
    check(&welcome, SubmitAppLogin);
    check(&login, ChooseSmsActivation);
    check(&login, ChooseLetterActivation);
    check(&login, ChooseIdCheck);
    check(&method, ResendSms);
    check(&method, SubmitActivationCode);
    check(&method, HoldCard);
    // The card is read only while it is held to the phone on the ID check.
    check(&id_check, CardRead);
    let mut held_elsewhere = method.clone();
    held_elsewhere.id_check = IdCheck::Reading;
    check(&held_elsewhere, CardRead);
    check(&app_home, Pin("1".into()));
    check(&app_home, AppActivatedNext);
}

#[test]
fn logging_in_steps_only_work_on_their_screen() {
    let welcome = welcome();
    let app_home = app_home();
    let scan = at_scan();
    check(&welcome, StartKoppel);
    check(&app_home, SubmitKoppelcode);
    check(&app_home, Scan);
    check(&scan, ConfirmLogin);
    check(&scan, CancelLogin);
    check(&welcome, ForgotPin);
    check(&app_home, Reactivate);
    // "Terug naar de browser" is for one phone, once logged in.
    let mut done_with_computer = app_home.clone();
    done_with_computer.phone = P::Done;
    check(&done_with_computer, BackToBrowser);
    check(&after(ready(false), vec![OpenApp]), BackToBrowser);
}

#[test]
fn the_website_s_buttons_only_work_on_their_page() {
    let scan = at_scan();
    let app_home = app_home();
    assert_eq!((scan.web, app_home.web), (WebScreen::Qr, WebScreen::Login));
    check(&scan, WebChooseApp);
    check(&scan, WebChooseSms);
    check(&app_home, NewKoppelcode);
    check(&app_home, WebCancel);
}

#[test]
fn stopping_on_the_website_goes_back_to_choosing_how_to_log_in() {
    for mut s in [at_scan(), after(ready(true), vec![WebChooseApp])] {
        assert!(s.koppel.is_some());
        assert_eq!(ids(&s.apply(WebCancel)), ["went-back"], "from {:?}", s.web);
        assert_eq!((s.web, &s.koppel), (WebScreen::Login, &None));
    }
    // On the same phone the website waits for the app; stopping works there too.
    let mut s = after(ready(false), vec![OpenBrowser, WebChooseApp]);
    assert_eq!(s.web, WebScreen::WaitingForApp);
    assert_eq!(ids(&s.apply(WebCancel)), ["went-back"]);
    assert_eq!(s.web, WebScreen::Login);
}

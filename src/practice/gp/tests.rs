//! Every transition of the practice GP portal: getting in and moving
//! around here, the care flows in `tests/flows.rs`.

mod data;
mod faults;
mod flows;

use super::*;
use crate::practice::card::CARD;

pub(super) fn logged_in() -> Gp {
    let mut gp = Gp::new(7);
    gp.apply(Action::Setup(Setup::LoggedIn));
    gp
}

/// Applies `actions` and returns every event id they fired.
pub(super) fn run(gp: &mut Gp, actions: Vec<Action>) -> Vec<&'static str> {
    actions.into_iter().flat_map(|a| gp.apply(a)).collect()
}

fn digid(a: digid_web::Action) -> Action {
    Action::Digid(a)
}

/// Logs in through DigiD (oefenen) with the oefenkaart and the SMS code.
fn through_digid(gp: &mut Gp) -> Vec<&'static str> {
    use digid_web::Action as D;
    let mut events = run(
        gp,
        vec![
            Action::StartDigid,
            digid(D::Username(CARD.username.into())),
            digid(D::Password(CARD.password.into())),
            digid(D::SubmitLogin),
            digid(D::ChooseSms),
        ],
    );
    let code = gp.login.digid.latest_code().unwrap_or_default().to_owned();
    events.extend(run(gp, vec![digid(D::Code(code)), digid(D::SubmitCode)]));
    events
}

#[test]
fn the_first_login_goes_through_digid_the_terms_and_the_mobile_number() {
    let mut gp = Gp::new(3);
    assert_eq!(gp.screen, Screen::Start);
    let events = through_digid(&mut gp);
    assert!(events.contains(&"digid-opened"), "{events:?}");
    assert!(
        events.contains(&"code-correct"),
        "DigiD's own events pass through"
    );
    assert!(events.contains(&"portal-logged-in"));
    assert_eq!(gp.screen, Screen::Terms);
    assert_eq!(
        gp.phone_messages().len(),
        1,
        "the DigiD SMS is on the phone"
    );

    assert_eq!(gp.apply(Action::AcceptTerms), ["terms-refused"]);
    assert_eq!(gp.problem, Some(Problem::TermsNotTicked));
    assert_eq!(gp.apply(Action::TickTerms(true)), ["terms-ticked"]);
    assert_eq!(gp.problem, None, "ticking takes the message away");
    assert!(gp.apply(Action::TickTerms(false)).is_empty());
    assert!(!gp.terms_ticked);
    assert_eq!(gp.apply(Action::AcceptTerms), ["terms-refused"]);
    gp.apply(Action::TickTerms(true));
    assert_eq!(gp.apply(Action::AcceptTerms), ["terms-accepted"]);
    assert_eq!(gp.screen, Screen::Mobile);
    assert_eq!(
        gp.apply(Action::MobileRight),
        ["mobile-confirmed", "home-shown"]
    );
    assert_eq!(gp.screen, Screen::Home);
}

#[test]
fn a_second_login_goes_straight_home() {
    let mut gp = logged_in();
    assert_eq!(gp.apply(Action::Logout), ["logged-out"]);
    assert_eq!(gp.screen, Screen::LoggedOut);
    let events = through_digid(&mut gp);
    assert!(events.ends_with(&["logged-in", "portal-logged-in", "home-shown"]));
    assert_eq!(gp.screen, Screen::Home);
}

#[test]
fn digid_actions_count_only_while_digid_shows() {
    let mut gp = logged_in();
    let before = gp.clone();
    assert!(gp
        .apply(digid(digid_web::Action::Username("x".into())))
        .is_empty());
    assert_eq!(gp, before);
}

/// "Inloggen met e-mailadres" up to the code screen.
fn at_own_code() -> Gp {
    let mut gp = Gp::new(4);
    assert_eq!(gp.apply(Action::StartOwn), ["own-login-opened"]);
    assert_eq!(gp.screen, Screen::OwnLogin);
    run(
        &mut gp,
        vec![
            Action::Email(format!(" {} ", CARD.email.to_uppercase())),
            Action::OwnPassword(CARD.password.into()),
        ],
    );
    assert_eq!(gp.apply(Action::SubmitOwn), ["own-code-sent"]);
    gp
}

#[test]
fn the_own_account_sends_a_code_to_the_phone_and_lets_in() {
    let mut gp = at_own_code();
    assert_eq!(gp.screen, Screen::OwnCode);
    assert!(gp.own_password.is_empty(), "the password is not kept");
    let code = gp.latest_code().expect("a code").to_owned();
    assert!(code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()));
    assert_eq!(gp.phone_messages().len(), 1);
    gp.apply(Action::OwnCode(format!("{} {}", &code[..3], &code[3..])));
    assert_eq!(gp.apply(Action::SubmitOwnCode), ["portal-logged-in"]);
    assert_eq!(gp.screen, Screen::Terms, "a first visit reads the terms");
}

#[test]
fn the_own_account_says_what_is_wrong() {
    let mut gp = Gp::new(4);
    gp.apply(Action::StartOwn);
    assert_eq!(gp.apply(Action::SubmitOwn), ["own-login-rejected"]);
    assert_eq!(gp.problem, Some(Problem::OwnEmpty));
    gp.apply(Action::Email(CARD.email.into()));
    gp.apply(Action::SubmitOwn);
    assert_eq!(gp.problem, Some(Problem::OwnEmpty), "no password yet");
    run(
        &mut gp,
        vec![
            Action::Email(CARD.email.into()),
            Action::OwnPassword("welkom".into()),
        ],
    );
    assert_eq!(gp.apply(Action::SubmitOwn), ["own-login-rejected"]);
    assert_eq!(gp.problem, Some(Problem::OwnWrong));
    assert!(gp.own_password.is_empty());
    // A real address is refused whole, like every practice field.
    assert_eq!(
        gp.apply(Action::Email("fatma@gmail.com".into())),
        ["portal-real-data-blocked"]
    );
    assert_eq!(gp.email, CARD.email, "the last good value stays");
    assert_eq!(gp.apply(Action::Back), Vec::<&str>::new());
    assert_eq!(gp.screen, Screen::Start);
}

#[test]
fn a_wrong_old_or_expired_code_is_refused_with_its_own_message() {
    let mut gp = at_own_code();
    let first = gp.latest_code().expect("a code").to_owned();
    gp.apply(Action::SubmitOwnCode);
    assert_eq!(gp.problem, Some(Problem::CodeEmpty));
    // A code that is surely not the one sent.
    gp.apply(Action::OwnCode(crate::practice::codes::surely_wrong(
        &first,
    )));
    assert_eq!(gp.apply(Action::SubmitOwnCode), ["own-code-rejected"]);
    assert_eq!(gp.apply(Action::ResendOwnCode), ["own-code-sent"]);
    gp.apply(Action::OwnCode(first));
    assert_eq!(gp.apply(Action::SubmitOwnCode), ["own-code-rejected"]);
    assert_eq!(gp.problem, Some(Problem::CodeWrong), "an older code");
    let latest = gp.latest_code().expect("a code").to_owned();
    gp.apply(Action::WaitMinutes(10));
    gp.apply(Action::OwnCode(latest));
    assert_eq!(gp.apply(Action::SubmitOwnCode), ["own-code-rejected"]);
    assert_eq!(gp.problem, Some(Problem::CodeExpired));
}

#[test]
fn idle_time_warns_first_and_then_logs_out() {
    let mut gp = logged_in();
    assert_eq!(gp.apply(Action::Idle), ["idle-warned"]);
    assert!(
        gp.apply(Action::Open(Section::Ask)).is_empty(),
        "the warning must be answered first"
    );
    assert_eq!(gp.apply(Action::StayLoggedIn), ["stayed-logged-in"]);
    assert_eq!(gp.screen, Screen::Home);
    assert_eq!(gp.apply(Action::Idle), ["idle-warned"]);
    assert_eq!(gp.apply(Action::Idle), ["logged-out"]);
    assert_eq!(gp.screen, Screen::LoggedOut);
    assert!(!gp.idle_warning);
    assert!(
        gp.apply(Action::Idle).is_empty(),
        "nothing to warn about when out"
    );
}

#[test]
fn sections_open_from_home_and_back_goes_home() {
    let check = |section: Section, screen: Screen, event: &str| {
        let mut gp = logged_in();
        let events = gp.apply(Action::Open(section));
        assert_eq!(events, ["section-opened", event], "{section:?}");
        assert_eq!(gp.screen, screen);
        assert_eq!(gp.apply(Action::Back), ["home-shown"]);
        assert_eq!(gp.screen, Screen::Home);
    };
    check(Section::Ask, Screen::AskWarning, "ask-opened");
    check(Section::Book, Screen::BookReason, "book-opened");
    check(Section::Repeat, Screen::Repeat, "repeat-opened");
    check(Section::Medication, Screen::Medication, "medication-opened");
    check(Section::Results, Screen::Results, "results-opened");
    check(Section::Messages, Screen::Messages, "messages-opened");
    check(
        Section::Appointments,
        Screen::Appointments,
        "appointments-opened",
    );
    check(Section::Orders, Screen::Orders, "orders-opened");
}

#[test]
fn sections_need_a_login() {
    let mut gp = Gp::new(1);
    assert!(gp.apply(Action::Open(Section::Ask)).is_empty());
    assert!(gp.apply(Action::Home).is_empty());
    assert_eq!(gp.screen, Screen::Start);
}

/// Logged in by DigiD for the first time: the terms of use show.
fn at_terms() -> Gp {
    let mut gp = Gp::new(3);
    through_digid(&mut gp);
    assert_eq!(gp.screen, Screen::Terms);
    gp
}

#[test]
fn an_action_off_its_page_changes_nothing() {
    let check = |start: fn() -> Gp, actions: &[Action]| {
        for action in actions {
            let mut gp = start();
            let before = gp.clone();
            assert!(gp.apply(action.clone()).is_empty(), "{action:?}");
            assert_eq!(gp, before, "{action:?} changed the portal");
        }
    };
    // The first visit's pages, before any login.
    check(
        || Gp::new(1),
        &[
            Action::TickTerms(true),
            Action::AcceptTerms,
            Action::MobileRight,
            Action::ForPerson(Person::Child),
            Action::StayLoggedIn,
            Action::Logout,
        ],
    );
    // Logged in, but the terms are not accepted yet: the portal stays shut.
    check(
        at_terms,
        &[
            Action::Open(Section::Ask),
            Action::Home,
            Action::ForPerson(Person::Child),
            Action::MobileRight,
        ],
    );
    // Home, after the first visit: no terms, no warning to answer.
    check(
        logged_in,
        &[
            Action::TickTerms(false),
            Action::AcceptTerms,
            Action::MobileRight,
            Action::StayLoggedIn,
        ],
    );
}

#[test]
fn back_goes_one_page_back_in_the_flow() {
    let check = |from: Screen, to: Screen, events: &[&str]| {
        let mut gp = logged_in();
        gp.screen = from;
        assert_eq!(gp.apply(Action::Back), events, "back from {from:?}");
        assert_eq!(gp.screen, to, "back from {from:?}");
    };
    // The first pages have no page before them.
    for first in [Screen::Start, Screen::Terms, Screen::Mobile, Screen::Home] {
        check(first, first, &[]);
    }
    for login in [
        Screen::Digid,
        Screen::OwnLogin,
        Screen::OwnCode,
        Screen::LoggedOut,
    ] {
        check(login, Screen::Start, &[]);
    }
    check(Screen::AskForm, Screen::AskWarning, &[]);
    check(Screen::Reply, Screen::Messages, &[]);
    check(Screen::BookWho, Screen::BookReason, &[]);
    check(Screen::BookSlot, Screen::BookWho, &[]);
    check(Screen::BookCheck, Screen::BookSlot, &[]);
    check(Screen::CancelCheck, Screen::Appointments, &[]);
    check(
        Screen::Result(LabResult::Tsh),
        Screen::Results,
        &["results-opened"],
    );
    // A page at the end of a flow goes home.
    for done in [Screen::AskSent, Screen::Booked, Screen::RepeatSent] {
        check(done, Screen::Home, &["home-shown"]);
    }
}

#[test]
fn unticking_the_terms_keeps_their_message() {
    let mut gp = at_terms();
    gp.apply(Action::AcceptTerms);
    assert_eq!(gp.problem, Some(Problem::TermsNotTicked));
    assert!(gp.apply(Action::TickTerms(false)).is_empty());
    assert_eq!(
        gp.problem,
        Some(Problem::TermsNotTicked),
        "the box is still empty"
    );
}

#[test]
fn the_look_changes_nothing_but_the_look() {
    let mut a = logged_in();
    let mut b = logged_in();
    crate::practice::Model::set_look(&mut b, "oefenzorg");
    assert_eq!(b.look, Look::Zorg);
    crate::practice::Model::set_look(&mut b, "bank");
    assert_eq!(b.look, Look::Zorg, "an unknown look changes nothing");
    for action in [Action::Open(Section::Book), Action::Reason("Hoest".into())] {
        assert_eq!(a.apply(action.clone()), b.apply(action));
    }
    // Apart from the look, the two portals are in the same state.
    assert_ne!(a, b);
    b.look = a.look;
    assert_eq!(a, b);
    for look in Look::ALL {
        assert_eq!(Look::from_id(look.id()), Some(look));
        assert!(LOOKS.iter().any(|(id, _)| *id == look.id()));
    }
}

#[test]
fn event_and_target_ids_are_unique() {
    let check = |ids: &[&str]| {
        let mut sorted = ids.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), ids.len(), "{ids:?}");
    };
    check(&EVENTS);
    check(&TARGETS);
}

#[test]
fn only_typing_problems_mark_a_text_field() {
    assert!(Problem::TooLong.is_about_typing());
    assert!(!Problem::NeedsCheckup(Medicine::Atorvastatine).is_about_typing());
    assert!(!Problem::NothingTicked.is_about_typing());
}

//! Every transition of the DigiD web practice, natively.

use super::*;
use Action::*;

mod codes;
mod faults;

fn run(state: &mut DigidWeb, actions: Vec<Action>) -> Vec<Event> {
    actions.into_iter().flat_map(|a| state.apply(a)).collect()
}

fn at_choose_method() -> DigidWeb {
    let mut s = DigidWeb::new(7);
    run(
        &mut s,
        vec![
            Username(CARD.username.into()),
            Password(CARD.password.into()),
            SubmitLogin,
        ],
    );
    assert_eq!(s.screen, Screen::ChooseMethod);
    s
}

fn at_sms_code() -> DigidWeb {
    let mut s = at_choose_method();
    s.apply(ChooseSms);
    s
}

fn code(s: &DigidWeb) -> String {
    s.latest_code().expect("an sms").to_owned()
}

#[test]
fn the_happy_path_logs_in() {
    let mut s = DigidWeb::new(42);
    assert_eq!(
        s.apply(Username("Noor.Oefen ".into())),
        [Event::UsernameCorrect]
    );
    assert_eq!(
        s.apply(Password(CARD.password.into())),
        [Event::PasswordCorrect]
    );
    assert_eq!(s.apply(SubmitLogin), [Event::CredentialsAccepted]);
    assert!(s.password.is_empty(), "the password is not kept after use");
    assert_eq!(s.apply(ChooseSms), [Event::SmsChosen]);
    assert_eq!(s.messages.len(), 1);
    let c = code(&s);
    assert_eq!(c.len(), 6);
    assert_eq!(s.apply(Code(c)), [Event::CodeCorrect]);
    assert_eq!(s.apply(SubmitCode), [Event::LoggedIn]);
    assert_eq!(s.screen, Screen::LoggedIn);
}

#[test]
fn typing_the_right_value_again_does_not_repeat_the_event() {
    let mut s = DigidWeb::new(1);
    s.apply(Username(CARD.username.into()));
    assert_eq!(s.apply(Username(CARD.username.into())), []);
    assert_eq!(s.apply(Username("noor".into())), []);
    assert_eq!(
        s.apply(Username(CARD.username.into())),
        [Event::UsernameCorrect]
    );
}

#[test]
fn empty_fields_get_their_own_message() {
    let mut s = DigidWeb::new(1);
    assert_eq!(s.apply(SubmitLogin), []);
    assert_eq!(s.problem, Some(Problem::EmptyUsername));
    s.apply(Username("noor.oefen".into()));
    s.apply(SubmitLogin);
    assert_eq!(s.problem, Some(Problem::EmptyPassword));
    assert_eq!(s.failed_logins, 0, "an empty field is not a try");
}

#[test]
fn three_wrong_logins_lock_the_practice_account() {
    let mut s = DigidWeb::new(1);
    s.apply(Username(CARD.username.into()));
    for tries_left in [2, 1] {
        s.apply(Password("welkom".into()));
        assert_eq!(s.apply(SubmitLogin), [Event::LoginRejected]);
        assert_eq!(s.problem, Some(Problem::WrongLogin { tries_left }));
        assert!(s.password.is_empty());
    }
    s.apply(Password("welkom".into()));
    assert_eq!(s.apply(SubmitLogin), [Event::Locked]);
    assert_eq!(s.screen, Screen::Locked);
    // Locked: only "opnieuw beginnen" helps.
    assert_eq!(s.apply(SubmitLogin), []);
    assert_eq!(s.apply(Back), []);
    assert_eq!(s.apply(Restart), [Event::Restarted]);
    assert_eq!(s.screen, Screen::Login);
    assert_eq!(s.failed_logins, 0);
}

#[test]
fn a_wrong_username_counts_as_a_wrong_login() {
    let mut s = DigidWeb::new(1);
    run(
        &mut s,
        vec![Username("noor".into()), Password(CARD.password.into())],
    );
    assert_eq!(s.apply(SubmitLogin), [Event::LoginRejected]);
    assert_eq!(s.problem, Some(Problem::WrongLogin { tries_left: 2 }));
}

#[test]
fn forgot_password_can_be_left_again() {
    let mut s = DigidWeb::new(1);
    assert_eq!(s.apply(ForgotPassword), [Event::ForgotPasswordOpened]);
    assert_eq!(s.screen, Screen::ForgotPassword);
    assert_eq!(s.apply(BackToLogin), [Event::WentBack]);
    assert_eq!(s.screen, Screen::Login);
    s.apply(ForgotPassword);
    assert_eq!(s.apply(Back), [Event::WentBack]);
    assert_eq!(s.screen, Screen::Login);
}

fn at_new_password() -> DigidWeb {
    let mut s = DigidWeb::new(3);
    s.apply(ForgotPassword);
    s.apply(ResetUsername(CARD.username.into()));
    assert_eq!(s.apply(SubmitResetUsername), [Event::ResetCodeSent]);
    assert_eq!(s.screen, Screen::ResetCode);
    let c = code(&s);
    s.apply(Code(c));
    assert_eq!(s.apply(SubmitResetCode), [Event::ResetCodeAccepted]);
    assert_eq!(s.screen, Screen::NewPassword);
    s
}

#[test]
fn a_forgotten_password_is_replaced_via_an_sms_code() {
    let mut s = at_new_password();
    run(
        &mut s,
        vec![
            NewPassword("Lente2027".into()),
            RepeatPassword("Lente2027".into()),
        ],
    );
    assert_eq!(s.apply(SubmitNewPassword), [Event::PasswordChanged]);
    assert_eq!(s.screen, Screen::PasswordChanged);
    assert_eq!(s.current_password(), "Lente2027");
    s.apply(BackToLogin);
    // The old password no longer works; the new one does.
    run(
        &mut s,
        vec![
            Username(CARD.username.into()),
            Password(CARD.password.into()),
        ],
    );
    assert_eq!(s.apply(SubmitLogin), [Event::LoginRejected]);
    s.apply(Password("Lente2027".into()));
    assert_eq!(s.apply(SubmitLogin), [Event::CredentialsAccepted]);
}

#[test]
fn the_reset_asks_for_a_known_username_and_a_right_code() {
    let mut s = DigidWeb::new(3);
    s.apply(ForgotPassword);
    s.apply(SubmitResetUsername);
    assert_eq!(s.problem, Some(Problem::EmptyUsername));
    s.apply(ResetUsername("iemand".into()));
    s.apply(SubmitResetUsername);
    assert_eq!(s.problem, Some(Problem::UnknownUsername));
    assert!(s.messages.is_empty(), "no sms for an unknown name");
    s.apply(ResetUsername(CARD.username.into()));
    s.apply(SubmitResetUsername);
    s.apply(Code("000000".into()));
    assert_eq!(s.apply(SubmitResetCode), [Event::CodeRejected]);
    s.apply(WaitMinutes(CODE_VALID_MINUTES));
    let c = code(&s);
    s.apply(Code(c));
    assert_eq!(s.apply(SubmitResetCode), [Event::CodeExpired]);
    assert_eq!(s.apply(ResendCode), [Event::NewCodeSent]);
    assert_eq!(s.apply(Back), [Event::WentBack]);
    assert_eq!(s.screen, Screen::ForgotPassword);
}

#[test]
fn a_new_password_must_meet_the_rules_and_match() {
    let mut s = at_new_password();
    for weak in [
        "kort1A",
        "zonderhoofdletter1",
        "ZONDERKLEINE1",
        "GeenCijfers",
    ] {
        run(
            &mut s,
            vec![NewPassword(weak.into()), RepeatPassword(weak.into())],
        );
        assert_eq!(s.apply(SubmitNewPassword), [], "{weak}");
        assert_eq!(s.problem, Some(Problem::PasswordRules), "{weak}");
    }
    run(
        &mut s,
        vec![
            NewPassword("Lente2027".into()),
            RepeatPassword("Lente2028".into()),
        ],
    );
    s.apply(SubmitNewPassword);
    assert_eq!(s.problem, Some(Problem::PasswordsDiffer));
    assert_eq!(s.current_password(), CARD.password);
}

#[test]
fn password_rules_are_checked_one_by_one() {
    let holds = |p: &str| PasswordRule::ALL.map(|r| r.holds(p));
    assert_eq!(holds(""), [false; 4]);
    assert_eq!(holds("abcdefgh"), [true, false, true, false]);
    assert_eq!(holds("Oefen2026!"), [true; 4]);
}

#[test]
fn a_real_email_as_new_password_is_refused() {
    let mut s = at_new_password();
    assert_eq!(
        s.apply(NewPassword("jan@voorbeeld.nl".into())),
        [Event::RealDataBlocked]
    );
    assert!(s.new_password.is_empty());
}

#[test]
fn choosing_the_app_says_this_practice_uses_sms() {
    let mut s = at_choose_method();
    assert_eq!(s.apply(ChooseApp), []);
    assert_eq!(s.problem, Some(Problem::AppNotHere));
    assert_eq!(s.screen, Screen::ChooseMethod);
    assert_eq!(s.apply(Back), [Event::WentBack]);
    assert_eq!(s.screen, Screen::Login);
}

#[test]
fn back_walks_the_flow_backwards() {
    let mut s = at_sms_code();
    assert_eq!(s.apply(Back), [Event::WentBack]);
    assert_eq!(s.screen, Screen::ChooseMethod);
    assert_eq!(s.apply(Back), [Event::WentBack]);
    assert_eq!(s.screen, Screen::Login);
    assert_eq!(s.username, CARD.username, "the username stays");
    assert_eq!(s.apply(Back), [], "the service has no page before login");
    // Back on the login page, a password typed before is gone.
    run(
        &mut s,
        vec![Password("geheim".into()), ForgotPassword, Back],
    );
    assert_eq!((s.screen, s.password.as_str()), (Screen::Login, ""));
}

#[test]
fn restart_from_anywhere_gives_a_fresh_login_page() {
    let mut s = at_sms_code();
    s.apply(Restart);
    assert_eq!(s.screen, Screen::Login);
    assert!(s.username.is_empty() && s.messages.is_empty());
    let mut done = at_sms_code();
    let c = code(&done);
    run(&mut done, vec![Code(c), SubmitCode, Restart]);
    assert_eq!(done.screen, Screen::Login);
}

#[test]
fn real_looking_data_is_never_kept() {
    let mut s = DigidWeb::new(1);
    assert_eq!(
        s.apply(Username("111222333".into())),
        [Event::RealDataBlocked]
    );
    assert_eq!(s.problem, Some(Problem::RealData(RealData::Bsn)));
    assert!(s.username.is_empty());
    s.apply(Password("jan@example.nl".into()));
    assert_eq!(s.problem, Some(Problem::RealData(RealData::Email)));
    assert!(s.password.is_empty());
    assert!(!format!("{s:?}").contains("111222333"));
    // Typing a practice value clears the warning.
    s.apply(Username("noor.oefen".into()));
    assert_eq!(s.problem, None);
}

#[test]
fn the_real_data_warning_survives_a_submit_until_the_learner_types_again() {
    // The field is judged when the learner leaves it, often by pressing
    // Inloggen: that press must not swap the warning for "fill in".
    let mut s = DigidWeb::new(1);
    s.apply(Username(CARD.username.into()));
    s.apply(Password("jan.jansen@gmail.com".into()));
    for submit in [SubmitLogin, SubmitLogin] {
        assert_eq!(s.apply(submit), []);
        assert_eq!(s.problem, Some(Problem::RealData(RealData::Email)));
        assert_eq!(s.screen, Screen::Login);
    }
    s.apply(Password(CARD.password.into()));
    assert_eq!(s.problem, None);
    assert_eq!(s.apply(SubmitLogin), [Event::CredentialsAccepted]);
}

#[test]
fn e_mail_addresses_with_long_endings_are_caught_whole() {
    for address in [
        "jan.jansen@gmail.com",
        "j.de.vries@ziggo.nl",
        "noor@oefenplein.amsterdam",
        "test@voorbeeld.online",
        "a.b@c.museum",
    ] {
        let mut s = DigidWeb::new(1);
        assert_eq!(
            s.apply(Password(address.into())),
            [Event::RealDataBlocked],
            "{address}"
        );
        assert!(s.password.is_empty(), "{address}");
    }
}

#[test]
fn very_long_text_is_cut_with_a_message() {
    let mut s = DigidWeb::new(1);
    s.apply(Username("ä".repeat(500)));
    assert_eq!(s.username.chars().count(), MAX_INPUT);
    assert_eq!(s.problem, Some(Problem::TooLong));
}

#[test]
fn actions_on_the_wrong_screen_do_nothing() {
    let check = |mut s: DigidWeb, actions: Vec<Action>| {
        let before = s.clone();
        for action in actions {
            assert_eq!(s.apply(action.clone()), [], "{action:?}");
        }
        assert_eq!(s, before, "on {:?}", before.screen);
    };
    // The login page: the buttons of the pages after it are not there.
    check(
        DigidWeb::new(1),
        vec![
            ChooseSms,
            ChooseApp,
            SubmitCode,
            ResendCode,
            BackToLogin,
            SubmitResetUsername,
            SubmitResetCode,
            SubmitNewPassword,
        ],
    );
    // Past the login page, its buttons are gone.
    check(at_choose_method(), vec![SubmitLogin, ForgotPassword]);
}

#[test]
fn event_ids_are_unique_and_complete() {
    let mut ids: Vec<_> = Event::ALL.iter().map(|e| e.id()).collect();
    // Lesson files name them: lower case words joined by "-".
    for id in &ids {
        assert!(
            !id.is_empty()
                && id.split('-').all(|w| !w.is_empty()
                    && w.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())),
            "{id}"
        );
    }
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), Event::ALL.len());
}

#[test]
fn actions_read_from_lesson_files() {
    let actions: Vec<Action> = serde_json::from_str(
        r#"[{"do":"username","value":"noor.oefen"},{"do":"submit-login"},{"do":"wait-minutes","value":10}]"#,
    )
    .unwrap();
    assert_eq!(
        actions,
        [Username("noor.oefen".into()), SubmitLogin, WaitMinutes(10)]
    );
}

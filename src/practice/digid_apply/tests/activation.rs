//! "DigiD aanvragen" after sending: the letter, the activation login and the code.

use super::*;

#[test]
fn the_letter_arrives_three_days_after_sending() {
    let mut s = at_check();
    assert_eq!(
        s.apply(WaitDays(3)),
        [Event::TimePassed],
        "nothing sent yet"
    );
    s.apply(SendApplication);
    assert!(s.letter.is_some() && s.arrived_letter().is_none());
    assert_eq!(s.apply(WaitDays(1)), [Event::TimePassed]);
    assert_eq!(
        s.apply(WaitDays(2)),
        [Event::TimePassed, Event::LetterArrived]
    );
    assert_eq!(s.apply(WaitDays(3)), [Event::TimePassed], "arrives once");
    assert_eq!(s.days, 9);
}

#[test]
fn activation_codes_are_readable_and_vary_with_the_seed() {
    let mut codes = std::collections::BTreeSet::new();
    for seed in 1..200 {
        let mut s = DigidApply::new(seed);
        let code = s.new_code();
        assert_eq!(code.len(), CODE_LENGTH);
        assert!(code.bytes().all(|b| CODE_ALPHABET.contains(&b)), "{code}");
        assert!(!code.contains(['O', '0', 'I', '1']));
        assert!(code.bytes().any(|b| b.is_ascii_digit()));
        assert!(code.bytes().any(|b| b.is_ascii_uppercase()));
        assert_eq!(guard::check(&code), None);
        codes.insert(code);
    }
    assert!(codes.len() > 190);
    let letter = Letter {
        code: "ABC234DEF".into(),
        sent_on: 0,
    };
    assert_eq!(letter.printed_code(), "ABC 234 DEF");
}

#[test]
fn the_activation_login_needs_the_chosen_username_and_password() {
    let mut s = at_sent();
    assert_eq!(s.apply(OpenActivation), [Event::ActivationOpened]);
    assert_eq!(s.apply(SubmitActivationLogin), []);
    assert_eq!(s.error(Field::LoginUsername), Some(FieldError::Empty));
    assert_eq!(s.error(Field::LoginPassword), Some(FieldError::Empty));
    run(
        &mut s,
        vec![
            ActivationUsername(CARD.username.into()),
            ActivationPassword(CARD.password.into()),
        ],
    );
    assert_eq!(
        s.apply(SubmitActivationLogin),
        [Event::ActivationLoginRejected]
    );
    assert_eq!(s.error(Field::LoginPassword), Some(FieldError::WrongLogin));
    assert!(s.login_password.is_empty());
    // Half right is still wrong: the chosen username with another password,
    // and the chosen password with another username.
    for (user, pass) in [("noor1958", "Zomer2028"), ("noor1959", "Zomer2027")] {
        run(
            &mut s,
            vec![
                ActivationUsername(user.into()),
                ActivationPassword(pass.into()),
            ],
        );
        assert_eq!(
            s.apply(SubmitActivationLogin),
            [Event::ActivationLoginRejected],
            "{user} / {pass}"
        );
        assert_eq!(s.screen, Screen::ActivateLogin);
    }
    run(
        &mut s,
        vec![
            ActivationUsername("NOOR1958 ".into()),
            ActivationPassword("Zomer2027".into()),
        ],
    );
    assert_eq!(s.error(Field::LoginPassword), None);
    assert_eq!(
        s.apply(SubmitActivationLogin),
        [Event::ActivationLoginAccepted],
        "the username in any case, with spaces around it"
    );
}

#[test]
fn the_code_is_accepted_in_lower_case_and_with_spaces() {
    let mut s = at_code();
    let code = s.arrived_letter().expect("letter").printed_code();
    s.apply(ActivationCode(format!("  {}  ", code.to_lowercase())));
    assert_eq!(s.apply(SubmitActivationCode), [Event::Activated]);
}

#[test]
fn a_wrong_code_says_where_to_look_and_three_lock_it() {
    let mut s = at_code();
    let right = letter_code(&s);
    let wrong = if right == "ABCDEFGH2" {
        "ABCDEFGH3"
    } else {
        "ABCDEFGH2"
    };
    s.apply(ActivationCode("ABC".into()));
    assert_eq!(s.apply(SubmitActivationCode), [Event::CodeRejected]);
    assert_eq!(s.error(Field::Code), Some(FieldError::CodeFormat));
    assert_eq!(s.wrong_codes, 0, "a code of the wrong length is not a try");
    for tries_left in [2, 1] {
        s.apply(ActivationCode(wrong.into()));
        assert_eq!(s.apply(SubmitActivationCode), [Event::CodeRejected]);
        assert_eq!(
            s.error(Field::Code),
            Some(FieldError::WrongCode { tries_left })
        );
    }
    s.apply(ActivationCode(wrong.into()));
    assert_eq!(s.apply(SubmitActivationCode), [Event::CodeBlocked]);
    assert_eq!(s.screen, Screen::CodeBlocked);
    assert_eq!(s.apply(Back), []);
    assert_eq!(s.apply(Restart), [Event::Restarted]);
    assert_eq!(s.screen, Screen::Start);
    assert!(s.letter.is_none() && s.account.is_none());
}

#[test]
fn without_the_letter_the_code_screen_points_to_the_letterbox() {
    let mut s = at_sent();
    s.apply(OpenActivation);
    run(
        &mut s,
        vec![
            ActivationUsername("noor1958".into()),
            ActivationPassword("Zomer2027".into()),
            SubmitActivationLogin,
        ],
    );
    assert_eq!(s.apply(SubmitActivationCode), [Event::CodeRejected]);
    assert_eq!(s.error(Field::Code), Some(FieldError::NoLetterYet));
    s.apply(ActivationCode("ABCDEFGH2".into()));
    s.apply(SubmitActivationCode);
    assert_eq!(s.error(Field::Code), Some(FieldError::NoLetterYet));
    assert_eq!(s.wrong_codes, 0);
    assert_eq!(
        s.apply(WaitDays(3)),
        [Event::TimePassed, Event::LetterArrived]
    );
    let code = letter_code(&s);
    s.apply(ActivationCode(code));
    assert_eq!(s.error(Field::Code), None);
    assert_eq!(s.apply(SubmitActivationCode), [Event::Activated]);
}

#[test]
fn restart_starts_over_with_another_code() {
    let mut s = at_sent();
    let first = s.letter.clone().expect("letter").code;
    // Days went by, so starting over has something to undo.
    s.apply(WaitDays(2));
    assert!(s.days > 0 && !s.bsn.is_empty());
    assert_eq!(s.apply(Restart), [Event::Restarted]);
    assert_eq!(s.screen, Screen::Start);
    assert!(s.bsn.is_empty() && s.days == 0);
    s.apply(StartApplication);
    fill_details(&mut s);
    s.apply(SubmitDetails);
    run(
        &mut s,
        vec![
            NewUsername("noor1958".into()),
            ChoosePassword("Zomer2027".into()),
            RepeatChosenPassword("Zomer2027".into()),
            SubmitAccount,
            SendApplication,
        ],
    );
    assert_ne!(s.letter.expect("letter").code, first);
}

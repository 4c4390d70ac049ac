//! SMS codes on the DigiD web login: wrong, old, expired, resent, typed with spaces or Arabic digits.

use super::*;

#[test]
fn a_wrong_code_is_explained() {
    let mut s = at_sms_code();
    let wrong = if code(&s) == "123456" {
        "654321"
    } else {
        "123456"
    };
    s.apply(Code(wrong.into()));
    assert_eq!(s.apply(SubmitCode), [Event::CodeRejected]);
    assert_eq!(s.problem, Some(Problem::WrongCode));
    for (typed, problem) in [
        ("", Problem::EmptyCode),
        ("12 34", Problem::CodeFormat),
        ("abcdef", Problem::CodeFormat),
    ] {
        s.apply(Code(typed.into()));
        s.apply(SubmitCode);
        assert_eq!(s.problem, Some(problem), "{typed:?}");
    }
    assert_eq!(s.screen, Screen::SmsCode);
}

#[test]
fn a_code_with_spaces_is_fine() {
    let mut s = at_sms_code();
    let c = code(&s);
    let spaced = format!("{} {}", &c[..3], &c[3..]);
    assert_eq!(s.apply(Code(spaced)), [Event::CodeCorrect]);
    assert_eq!(s.apply(SubmitCode), [Event::LoggedIn]);
}

#[test]
fn a_code_expires_after_ten_minutes_and_a_new_one_works() {
    let mut s = at_sms_code();
    let old = code(&s);
    assert_eq!(
        s.apply(WaitMinutes(CODE_VALID_MINUTES)),
        [Event::TimePassed]
    );
    s.apply(Code(old.clone()));
    assert_eq!(s.apply(SubmitCode), [Event::CodeExpired]);
    assert_eq!(s.problem, Some(Problem::CodeExpired));
    assert_eq!(s.apply(ResendCode), [Event::NewCodeSent]);
    assert_eq!(s.messages.len(), 2);
    assert_ne!(code(&s), old);
    assert!(s.code.is_empty());
    // The old code is now an old code, not just wrong.
    s.apply(Code(old));
    s.apply(SubmitCode);
    assert_eq!(s.problem, Some(Problem::OldCode));
    let new = code(&s);
    s.apply(Code(new));
    assert_eq!(s.apply(SubmitCode), [Event::LoggedIn]);
}

#[test]
fn nine_minutes_is_still_in_time() {
    let mut s = at_sms_code();
    s.apply(WaitMinutes(CODE_VALID_MINUTES - 1));
    let c = code(&s);
    s.apply(Code(c));
    assert_eq!(s.apply(SubmitCode), [Event::LoggedIn]);
}

#[test]
fn codes_differ_between_seeds_and_resends() {
    let a = at_sms_code();
    let mut b = DigidWeb::new(99);
    run(
        &mut b,
        vec![
            Username(CARD.username.into()),
            Password(CARD.password.into()),
            SubmitLogin,
            ChooseSms,
        ],
    );
    assert_ne!(code(&a), code(&b));
    let mut c = at_sms_code();
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..20 {
        c.apply(ResendCode);
        seen.insert(code(&c));
    }
    assert!(seen.len() > 15);
}

#[test]
fn a_code_typed_with_arabic_digits_works() {
    let mut s = at_sms_code();
    let arabic: String = code(&s)
        .chars()
        .map(|c| char::from_u32(0x660 + c.to_digit(10).unwrap()).unwrap())
        .collect();
    assert_eq!(s.apply(Code(arabic)), [Event::CodeCorrect]);
    assert_eq!(s.apply(SubmitCode), [Event::LoggedIn]);
}

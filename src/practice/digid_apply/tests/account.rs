//! Choosing a username and a password in "DigiD aanvragen".

use super::*;

#[test]
fn a_username_needs_six_characters_and_no_spaces() {
    let mut s = at_account();
    assert_eq!(s.apply(NewUsername("noor".into())), []);
    assert_eq!(s.apply(NewUsername("noor oefen".into())), []);
    assert_eq!(
        s.apply(NewUsername("noor19".into())),
        [Event::UsernameValid],
        "exactly six is enough"
    );
    s.apply(NewUsername("noor".into()));
    assert_eq!(
        s.apply(NewUsername(" noor.oefen ".into())),
        [Event::UsernameValid]
    );
    for (name, error) in [
        ("", FieldError::Empty),
        ("noor", FieldError::UsernameShort),
        ("noor1", FieldError::UsernameShort),
        ("noor oefen", FieldError::UsernameSpaces),
    ] {
        s.apply(NewUsername(name.into()));
        assert_eq!(s.apply(SubmitAccount), [Event::AccountRejected]);
        assert_eq!(s.error(Field::Username), Some(error), "{name:?}");
    }
}

#[test]
fn the_password_follows_the_same_rules_as_digid_web() {
    let mut s = at_account();
    s.apply(NewUsername("noor1958".into()));
    assert_eq!(s.apply(ChoosePassword("zomer".into())), []);
    s.apply(RepeatChosenPassword("zomer".into()));
    assert_eq!(s.apply(SubmitAccount), [Event::AccountRejected]);
    assert_eq!(s.error(Field::Password), Some(FieldError::PasswordRules));
    assert_eq!(
        s.apply(ChoosePassword("Zomer2027".into())),
        [Event::PasswordRulesMet]
    );
    assert_eq!(s.error(Field::Password), None);
}

#[test]
fn passwords_that_differ_are_typed_again() {
    let mut s = account_typed("Zomer2027", "Zomer2028");
    assert_eq!(s.apply(SubmitAccount), [Event::AccountRejected]);
    assert_eq!(s.error(Field::Repeat), Some(FieldError::PasswordsDiffer));
    assert!(s.repeat.is_empty(), "the repeat field starts over");
    assert_eq!(s.password, "Zomer2027", "the first password stays");
    s.apply(RepeatChosenPassword("Zomer2027".into()));
    assert_eq!(s.error(Field::Repeat), None);
    s.apply(RepeatChosenPassword(String::new()));
    assert_eq!(s.apply(SubmitAccount), [Event::AccountRejected]);
    assert_eq!(s.error(Field::Repeat), Some(FieldError::Empty));
}

#[test]
fn changing_the_first_password_to_the_repeat_clears_its_message() {
    let mut s = account_typed("Zomer2027", "Zomer2028");
    run(
        &mut s,
        vec![SubmitAccount, RepeatChosenPassword("Zomer2028".into())],
    );
    assert_eq!(s.error(Field::Repeat), Some(FieldError::PasswordsDiffer));
    s.apply(ChoosePassword("Zomer2029".into()));
    assert_eq!(
        s.error(Field::Repeat),
        Some(FieldError::PasswordsDiffer),
        "still two different passwords"
    );
    s.apply(ChoosePassword("Zomer2028".into()));
    assert_eq!(s.error(Field::Repeat), None, "now they are the same");
    assert_eq!(s.apply(SubmitAccount), [Event::AccountAccepted]);
}

//! The input rule, case by case.

use super::*;

/// A message slot like the services' own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Message {
    RealData(RealData),
    TooLong,
    WrongPassword,
}

notices_in!(Message);

fn check(text: &str, expected: Typed) {
    assert_eq!(Typed::judge(text.to_owned()), expected, "{text:?}");
}

#[test]
fn ordinary_text_is_kept_as_typed() {
    for text in [
        "",
        "noor.oefen",
        " Noor.Oefen ",
        "9999 ZZ",
        "14-05-1958",
        "123456",
    ] {
        check(text, Typed::Kept(text.to_owned()));
    }
    check(&"x".repeat(MAX_INPUT), Typed::Kept("x".repeat(MAX_INPUT)));
}

#[test]
fn long_text_is_cut_at_the_limit_in_characters() {
    check(
        &"x".repeat(MAX_INPUT + 1),
        Typed::Cut("x".repeat(MAX_INPUT)),
    );
    check(&"ä".repeat(500), Typed::Cut("ä".repeat(MAX_INPUT)));
    check(&"١".repeat(100), Typed::Cut("١".repeat(MAX_INPUT)));
}

#[test]
fn real_looking_data_is_refused_with_its_kind() {
    check("111222333", Typed::Refused(RealData::Bsn));
    check("noor@example.nl", Typed::Refused(RealData::Email));
    check("06-12345678", Typed::Refused(RealData::Mobile));
    check("NL91 ABNA 0417 1643 00", Typed::Refused(RealData::Iban));
}

#[test]
fn the_value_is_judged_whole_before_it_is_cut() {
    // The e-mail address starts past the limit: cutting first would let
    // the start of the text in; judging whole refuses all of it.
    let text = format!("{} noor@example.nl", "x".repeat(MAX_INPUT));
    check(&text, Typed::Refused(RealData::Email));
}

#[test]
fn what_the_field_keeps() {
    assert_eq!(Typed::judge("abc".into()).into_value(), "abc");
    assert_eq!(Typed::judge("x".repeat(99)).into_value().len(), MAX_INPUT);
    assert_eq!(Typed::judge("111222333".into()).into_value(), "");
    assert!(Typed::judge("x".repeat(99)).was_cut());
    assert_eq!(Typed::judge("abc".into()).refused(), None);
    assert!(looks_real("noor@example.nl") && !looks_real("noor.oefen"));
}

#[test]
fn the_notice_follows_the_last_typed_value() {
    let check = |before: Option<Message>, text: &str, after: Option<Message>| {
        let mut message = before;
        note(&mut message, &Typed::judge(text.to_owned()));
        assert_eq!(message, after, "{before:?} then {text:?}");
    };
    let real = Some(Message::RealData(RealData::Bsn));
    let long = "x".repeat(MAX_INPUT + 1);
    check(None, "111222333", real);
    check(None, &long, Some(Message::TooLong));
    check(None, "abc", None);
    check(real, "abc", None);
    check(Some(Message::TooLong), "abc", None);
    check(real, &long, Some(Message::TooLong));
    check(Some(Message::TooLong), "111222333", real);
    // A message about something else is the service's to clear.
    check(
        Some(Message::WrongPassword),
        "abc",
        Some(Message::WrongPassword),
    );
    check(Some(Message::WrongPassword), "111222333", real);
}

#[test]
fn only_the_real_data_warning_holds_a_submit() {
    assert!(holds_submit(&Some(Message::RealData(RealData::Email))));
    assert!(!holds_submit(&Some(Message::TooLong)));
    assert!(!holds_submit(&Some(Message::WrongPassword)));
    assert!(!holds_submit::<Message>(&None));
}

//! Every transition of "DigiD aanvragen", and its parsers, natively.

use super::*;
use parse::{Date, DateError, NumberError, PostcodeError};
use Action::*;

fn run(state: &mut DigidApply, actions: Vec<Action>) -> Vec<Event> {
    actions.into_iter().flat_map(|a| state.apply(a)).collect()
}

/// One parser case: what is typed, and what should come out.
fn check<T: PartialEq + std::fmt::Debug, E: PartialEq + std::fmt::Debug>(
    parser: fn(&str) -> Result<T, E>,
    cases: &[(&str, Result<T, E>)],
) {
    for (input, expected) in cases {
        assert_eq!(&parser(input), expected, "input {input:?}");
    }
}

const MAY_14: Date = Date {
    day: 14,
    month: 5,
    year: 1958,
};

#[test]
fn dates_are_read_the_ways_people_write_them() {
    check(
        parse::date,
        &[
            ("14-05-1958", Ok(MAY_14)),
            ("14-5-1958", Ok(MAY_14)),
            ("14/5/1958", Ok(MAY_14)),
            ("14.05.1958", Ok(MAY_14)),
            ("14 5 1958", Ok(MAY_14)),
            ("14051958", Ok(MAY_14)),
            ("14 mei 1958", Ok(MAY_14)),
            ("14 MEI 1958", Ok(MAY_14)),
            ("14 Mei 1958", Ok(MAY_14)),
            ("14mei1958", Ok(MAY_14)),
            ("14-mei-1958", Ok(MAY_14)),
            ("  14-05-1958  ", Ok(MAY_14)),
            ("14 - 05 - 1958", Ok(MAY_14)),
            ("١٤-٠٥-١٩٥٨", Ok(MAY_14)),
            (
                "1 maart 2000",
                Ok(Date {
                    day: 1,
                    month: 3,
                    year: 2000,
                }),
            ),
            (
                "3 okt. 1970",
                Ok(Date {
                    day: 3,
                    month: 10,
                    year: 1970,
                }),
            ),
            (
                "29 feb 2024",
                Ok(Date {
                    day: 29,
                    month: 2,
                    year: 2024,
                }),
            ),
        ],
    );
}

#[test]
fn dates_that_cannot_be_read_or_do_not_exist_say_why() {
    check(
        parse::date,
        &[
            ("", Err(DateError::Empty)),
            ("   ", Err(DateError::Empty)),
            ("31-02-1958", Err(DateError::Impossible)),
            ("29-02-1958", Err(DateError::Impossible)),
            ("29-02-1900", Err(DateError::Impossible)),
            ("31-04-1958", Err(DateError::Impossible)),
            ("14-13-1958", Err(DateError::Impossible)),
            ("00-05-1958", Err(DateError::Impossible)),
            ("14-05-58", Err(DateError::ShortYear)),
            ("14 mei 58", Err(DateError::ShortYear)),
            ("14 mai 1958", Err(DateError::Format)),
            ("14-05", Err(DateError::Format)),
            ("1958", Err(DateError::Format)),
            ("140-5-1958", Err(DateError::Format)),
            ("14-05-19580", Err(DateError::Format)),
            ("veertien mei", Err(DateError::Format)),
            ("1405195", Err(DateError::Format)),
        ],
    );
}

#[test]
fn postcodes_are_read_with_or_without_space_and_in_any_case() {
    let ok = || Ok("9999 ZZ".to_owned());
    check(
        parse::postcode,
        &[
            ("9999 ZZ", ok()),
            ("9999zz", ok()),
            ("9999Zz", ok()),
            (" 9999  zz ", ok()),
            ("9 9 9 9 z z", ok()),
            ("", Err(PostcodeError::Empty)),
            ("9999", Err(PostcodeError::Format)),
            ("ZZ 9999", Err(PostcodeError::Format)),
            ("0999 ZZ", Err(PostcodeError::Format)),
            ("9999-ZZ", Err(PostcodeError::Format)),
            ("99999 ZZ", Err(PostcodeError::Format)),
        ],
    );
}

#[test]
fn numbers_are_read_through_spaces_and_dots() {
    let bsn = || Ok("123456780".to_owned());
    check(
        parse::bsn,
        &[
            ("123456780", bsn()),
            ("123 456 780", bsn()),
            ("1234.56.780", bsn()),
            ("", Err(NumberError::Empty)),
            ("12345678", Err(NumberError::Format)),
            ("1234567800", Err(NumberError::Format)),
            ("12345678O", Err(NumberError::Format)),
        ],
    );
    check(
        parse::house_number,
        &[
            ("12", Ok("12".to_owned())),
            (" 12 ", Ok("12".to_owned())),
            ("12a", Ok("12A".to_owned())),
            ("12 - 2", Ok("12-2".to_owned())),
            ("", Err(NumberError::Empty)),
            ("twaalf", Err(NumberError::Format)),
            ("012", Err(NumberError::Format)),
            ("a12", Err(NumberError::Format)),
        ],
    );
}

fn at_details() -> DigidApply {
    let mut s = DigidApply::new(7);
    assert_eq!(s.apply(StartApplication), [Event::ApplyStarted]);
    assert_eq!(s.screen, Screen::Details);
    s
}

fn fill_details(s: &mut DigidApply) {
    run(
        s,
        vec![
            Bsn(CARD.bsn.into()),
            BirthDate(CARD.birth_date.into()),
            Postcode(CARD.postcode.into()),
            HouseNumber(CARD.house_number.into()),
        ],
    );
}

fn at_account() -> DigidApply {
    let mut s = at_details();
    fill_details(&mut s);
    assert_eq!(s.apply(SubmitDetails), [Event::DetailsAccepted]);
    assert_eq!(s.screen, Screen::Account);
    s
}

fn at_check() -> DigidApply {
    let mut s = at_account();
    run(
        &mut s,
        vec![
            NewUsername("noor1958".into()),
            ChoosePassword("Zomer2027".into()),
            RepeatChosenPassword("Zomer2027".into()),
        ],
    );
    assert_eq!(s.apply(SubmitAccount), [Event::AccountAccepted]);
    assert_eq!(s.screen, Screen::Check);
    s
}

fn at_sent() -> DigidApply {
    let mut s = at_check();
    assert_eq!(s.apply(SendApplication), [Event::ApplicationSent]);
    assert_eq!(s.screen, Screen::Sent);
    s
}

fn at_code() -> DigidApply {
    let mut s = at_sent();
    s.apply(WaitDays(3));
    s.apply(OpenActivation);
    run(
        &mut s,
        vec![
            ActivationUsername("noor1958".into()),
            ActivationPassword("Zomer2027".into()),
        ],
    );
    assert_eq!(
        s.apply(SubmitActivationLogin),
        [Event::ActivationLoginAccepted]
    );
    assert_eq!(s.screen, Screen::ActivateCode);
    s
}

fn letter_code(s: &DigidApply) -> String {
    s.arrived_letter().expect("a letter").code.clone()
}

#[test]
fn the_happy_path_ends_with_an_active_digid() {
    let mut s = at_code();
    assert!(s.login_password.is_empty(), "the password is not kept");
    let code = letter_code(&s);
    assert_eq!(code.len(), CODE_LENGTH);
    assert_eq!(s.apply(ActivationCode(code)), []);
    assert_eq!(s.apply(SubmitActivationCode), [Event::Activated]);
    assert_eq!(s.screen, Screen::Active);
}

#[test]
fn typing_card_details_reports_each_once() {
    let mut s = at_details();
    assert_eq!(s.apply(Bsn("123 456 780".into())), [Event::BsnCorrect]);
    assert_eq!(s.apply(Bsn("123456780".into())), []);
    assert_eq!(
        s.apply(BirthDate("14 mei 1958".into())),
        [Event::BirthDateCorrect]
    );
    assert_eq!(s.apply(Postcode("9999zz".into())), [Event::PostcodeCorrect]);
    assert_eq!(
        s.apply(HouseNumber("12".into())),
        [Event::HouseNumberCorrect]
    );
    assert_eq!(s.apply(Bsn("12".into())), []);
    assert_eq!(s.apply(Bsn(CARD.bsn.into())), [Event::BsnCorrect]);
}

#[test]
fn an_empty_form_gets_a_message_on_every_field() {
    let mut s = at_details();
    assert_eq!(s.apply(SubmitDetails), [Event::DetailsRejected]);
    assert_eq!(s.screen, Screen::Details);
    for field in [
        Field::Bsn,
        Field::BirthDate,
        Field::Postcode,
        Field::HouseNumber,
    ] {
        assert_eq!(s.error(field), Some(FieldError::Empty), "{field:?}");
    }
}

#[test]
fn each_field_says_what_is_wrong_with_it() {
    let cases: &[(Action, Field, FieldError)] = &[
        (Bsn("12345".into()), Field::Bsn, FieldError::BsnFormat),
        (Bsn("123456789".into()), Field::Bsn, FieldError::BsnNotCard),
        (
            BirthDate("14 mai 1958".into()),
            Field::BirthDate,
            FieldError::DateFormat,
        ),
        (
            BirthDate("14-05-58".into()),
            Field::BirthDate,
            FieldError::DateShortYear,
        ),
        (
            BirthDate("31-02-1958".into()),
            Field::BirthDate,
            FieldError::DateImpossible,
        ),
        (
            BirthDate("15-05-1958".into()),
            Field::BirthDate,
            FieldError::DateNotCard,
        ),
        (
            Postcode("ZZ99".into()),
            Field::Postcode,
            FieldError::PostcodeFormat,
        ),
        (
            Postcode("1234 AB".into()),
            Field::Postcode,
            FieldError::PostcodeNotCard,
        ),
        (
            HouseNumber("twaalf".into()),
            Field::HouseNumber,
            FieldError::HouseNumberFormat,
        ),
        (
            HouseNumber("13".into()),
            Field::HouseNumber,
            FieldError::HouseNumberNotCard,
        ),
    ];
    for (action, field, error) in cases {
        let mut s = at_details();
        fill_details(&mut s);
        s.apply(action.clone());
        assert_eq!(s.apply(SubmitDetails), [Event::DetailsRejected]);
        assert_eq!(s.errors, [(*field, *error)], "{action:?}");
    }
}

#[test]
fn a_message_stays_until_the_field_is_right() {
    let mut s = at_details();
    fill_details(&mut s);
    s.apply(BirthDate("31-02-1958".into()));
    s.apply(SubmitDetails);
    assert_eq!(s.error(Field::BirthDate), Some(FieldError::DateImpossible));
    s.apply(BirthDate("14-0".into()));
    assert_eq!(
        s.error(Field::BirthDate),
        Some(FieldError::DateImpossible),
        "half typed: the message is still there to read"
    );
    assert_eq!(
        s.apply(BirthDate("14-05-1958".into())),
        [Event::BirthDateCorrect]
    );
    assert_eq!(s.error(Field::BirthDate), None);
    assert_eq!(s.apply(SubmitDetails), [Event::DetailsAccepted]);
}

#[test]
fn a_real_bsn_is_refused_and_never_kept() {
    let mut s = at_details();
    s.apply(Bsn("12345".into()));
    assert_eq!(s.apply(Bsn("111222333".into())), [Event::RealDataBlocked]);
    assert_eq!(s.guard, Some(RealData::Bsn));
    assert!(s.bsn.is_empty(), "nothing of it is kept");
    // Other real-looking details, in any field.
    for (action, kind) in [
        (Postcode("jan@voorbeeld.nl".into()), RealData::Email),
        (HouseNumber("06-12345678".into()), RealData::Mobile),
        (NewUsername("NL91ABNA0417164300".into()), RealData::Iban),
    ] {
        assert_eq!(s.apply(action), [Event::RealDataBlocked]);
        assert_eq!(s.guard, Some(kind));
    }
    assert!(s.postcode.is_empty() && s.house_number.is_empty() && s.username.is_empty());
    // The next ordinary value takes the warning away.
    s.apply(Bsn(CARD.bsn.into()));
    assert_eq!(s.guard, None);
}

#[test]
fn the_real_data_warning_survives_a_submit() {
    // The field is judged when the learner leaves it, often by pressing
    // the button: the warning must stay beside the "fill in" messages.
    let mut s = at_details();
    s.apply(Bsn("111222333".into()));
    s.apply(SubmitDetails);
    assert_eq!(s.guard, Some(RealData::Bsn));
    assert_eq!(s.error(Field::Bsn), Some(FieldError::Empty));
    s.apply(Bsn(CARD.bsn.into()));
    assert_eq!(s.guard, None);
}

#[test]
fn typing_a_date_digit_by_digit_never_trips_the_guard() {
    let mut s = at_details();
    for text in ["14051958", "14-05-1958", "14 05 1958"] {
        for end in 1..=text.len() {
            s.apply(BirthDate(text[..end].into()));
            assert_eq!(s.guard, None, "{}", &text[..end]);
        }
    }
}

#[test]
fn too_long_text_is_cut_and_said() {
    let mut s = at_details();
    s.apply(Postcode("9".repeat(MAX_INPUT + 10).replace('9', "z")));
    assert_eq!(s.postcode.chars().count(), MAX_INPUT);
    assert_eq!(s.error(Field::Postcode), Some(FieldError::TooLong));
    s.apply(Postcode("9999".into()));
    assert_eq!(s.error(Field::Postcode), None);
}

#[test]
fn a_username_needs_six_characters_and_no_spaces() {
    let mut s = at_account();
    assert_eq!(s.apply(NewUsername("noor".into())), []);
    assert_eq!(s.apply(NewUsername("noor oefen".into())), []);
    assert_eq!(
        s.apply(NewUsername(" noor.oefen ".into())),
        [Event::UsernameValid]
    );
    for (name, error) in [
        ("", FieldError::Empty),
        ("noor", FieldError::UsernameShort),
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
    let mut s = at_account();
    run(
        &mut s,
        vec![
            NewUsername("noor1958".into()),
            ChoosePassword("Zomer2027".into()),
            RepeatChosenPassword("Zomer2028".into()),
        ],
    );
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
fn wijzigen_goes_back_to_the_form_with_everything_kept() {
    let mut s = at_check();
    assert_eq!(
        s.account,
        Some(Account {
            username: "noor1958".into(),
            password: "Zomer2027".into(),
            example: false,
        })
    );
    assert_eq!(s.apply(EditDetails), [Event::EditOpened]);
    assert_eq!(s.screen, Screen::Details);
    assert_eq!(s.bsn, CARD.bsn);
    assert_eq!(s.apply(SubmitDetails), [Event::DetailsAccepted]);
    assert_eq!(s.username, "noor1958");
    assert_eq!(s.apply(SubmitAccount), [Event::AccountAccepted]);
    assert_eq!(s.screen, Screen::Check);
}

#[test]
fn vorige_goes_one_page_back_where_there_is_one() {
    let mut s = at_check();
    for screen in [Screen::Account, Screen::Details, Screen::Start] {
        assert_eq!(s.apply(Back), [Event::WentBack]);
        assert_eq!(s.screen, screen);
    }
    assert_eq!(s.apply(Back), [], "nothing before the start page");
    let mut s = at_code();
    assert_eq!(s.apply(Back), [Event::WentBack]);
    assert_eq!(s.screen, Screen::ActivateLogin);
    assert_eq!(s.apply(Back), [Event::WentBack]);
    assert_eq!(s.screen, Screen::Sent);
    assert_eq!(s.apply(Back), [], "a sent application stays sent");
}

#[test]
fn actions_of_other_screens_do_nothing() {
    let mut s = DigidApply::new(3);
    for action in [
        SubmitDetails,
        SubmitAccount,
        EditDetails,
        SendApplication,
        OpenActivation,
        SubmitActivationLogin,
        SubmitActivationCode,
    ] {
        assert_eq!(s.apply(action.clone()), [], "{action:?}");
        assert_eq!(s.screen, Screen::Start);
    }
    let mut s = at_details();
    assert_eq!(s.apply(StartApplication), []);
}

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

#[test]
fn event_ids_are_unique_and_match() {
    let ids: std::collections::BTreeSet<_> = Event::IDS.iter().collect();
    assert_eq!(ids.len(), Event::ALL.len());
    for event in Event::ALL {
        assert_eq!(
            Event::IDS[Event::ALL.iter().position(|e| *e == event).unwrap()],
            event.id()
        );
    }
    for field in [
        Field::Bsn,
        Field::BirthDate,
        Field::Postcode,
        Field::HouseNumber,
        Field::Username,
        Field::Password,
        Field::Repeat,
        Field::LoginUsername,
        Field::LoginPassword,
        Field::Code,
    ] {
        assert!(TARGETS.contains(&field.name()), "{field:?}");
    }
}

#[test]
fn lesson_placeholders_are_filled_in() {
    let s = at_sent();
    let code = s.letter.as_ref().expect("letter").printed_code();
    for (action, filled) in [
        (Bsn("card:bsn".into()), Bsn(CARD.bsn.into())),
        (
            ActivationUsername("account:username".into()),
            ActivationUsername("noor1958".into()),
        ),
        (
            ActivationPassword("account:password".into()),
            ActivationPassword("Zomer2027".into()),
        ),
        (ActivationCode("letter:code".into()), ActivationCode(code)),
        (
            BirthDate("31-02-1958".into()),
            BirthDate("31-02-1958".into()),
        ),
    ] {
        assert_eq!(resolve(&action, &s), filled);
    }
}

mod lesson {
    use crate::{
        lesson,
        practice::{digid_apply::Screen, State},
    };

    fn screen(state: &State) -> Option<Screen> {
        match state {
            State::DigidApply(s) => Some(s.screen),
            _ => None,
        }
    }

    #[test]
    fn replaying_the_lesson_ends_with_an_active_digid() {
        let l = lesson::find("digid-apply").expect("the lesson");
        assert_eq!(screen(&l.state_at(0, 5)), Some(Screen::Start));
        assert_eq!(screen(&l.state_at(l.steps.len(), 5)), Some(Screen::Active));
        assert!((8..=13).contains(&l.steps.len()));
    }

    #[test]
    fn the_lesson_makes_a_mistake_on_purpose_and_repairs_it() {
        let l = lesson::find("digid-apply").expect("the lesson");
        let events: Vec<_> = l.steps.iter().map(|s| s.done_when.as_str()).collect();
        let mistake = events.iter().position(|e| *e == "details-rejected");
        let repair = events.iter().position(|e| *e == "details-accepted");
        let (Some(mistake), Some(repair)) = (mistake, repair) else {
            panic!("no mistake and repair in {events:?}");
        };
        assert!(mistake < repair, "{events:?}");
        // The step after the mistake shows one message: the date's.
        let State::DigidApply(s) = l.state_at(mistake + 1, 5) else {
            panic!("not DigiD aanvragen");
        };
        assert_eq!(
            s.errors,
            [(super::Field::BirthDate, super::FieldError::DateImpossible)]
        );
    }
}

//! Every transition of "DigiD aanvragen", and its parsers, natively.

use super::*;
use Action::*;

mod account;
mod activation;
mod parsers;
mod typing;

fn run(state: &mut DigidApply, actions: Vec<Action>) -> Vec<Event> {
    actions.into_iter().flat_map(|a| state.apply(a)).collect()
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

/// The account page with the username "noor1958" and two passwords typed.
fn account_typed(password: &str, repeat: &str) -> DigidApply {
    let mut s = at_account();
    run(
        &mut s,
        vec![
            NewUsername("noor1958".into()),
            ChoosePassword(password.into()),
            RepeatChosenPassword(repeat.into()),
        ],
    );
    s
}

fn at_check() -> DigidApply {
    let mut s = account_typed("Zomer2027", "Zomer2027");
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
    // A lesson rebuilt after a reload typed the example, not the learner's
    // choice; the lesson page marks it through the practice state.
    let mut rebuilt = crate::practice::State::DigidApply(s.clone());
    rebuilt.mark_examples();
    assert!(matches!(&rebuilt, crate::practice::State::DigidApply(r)
        if r.account.as_ref().is_some_and(|a| a.example)));
    let mut no_account = DigidApply::new(3);
    no_account.mark_examples();
    assert_eq!(no_account, DigidApply::new(3));
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
        let before = s.clone();
        assert_eq!(s.apply(action.clone()), [], "{action:?}");
        assert_eq!(s, before, "{action:?}");
    }
    let mut s = at_details();
    assert_eq!(s.apply(StartApplication), []);
}

#[test]
fn event_ids_are_unique_and_match() {
    let ids: std::collections::BTreeSet<_> = Event::IDS.iter().collect();
    assert_eq!(ids.len(), Event::ALL.len());
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

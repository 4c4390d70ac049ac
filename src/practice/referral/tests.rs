//! Every transition of "Oefenverwijzing", natively.

use super::*;

use Action as A;

/// Checks that `action` after `before` gives exactly `events`, and
/// returns the referral for more checks.
fn check(before: &[Action], action: Action, events: &[&str]) -> Referral {
    let mut referral = Referral::new();
    for a in before {
        referral.apply(a.clone());
    }
    let got = referral.apply(action.clone());
    assert_eq!(got, events, "{action:?} after {before:?}");
    referral
}

fn with(first: &[Action], more: &[Action]) -> Vec<Action> {
    first.iter().chain(more).cloned().collect()
}

fn at_gate() -> Vec<Action> {
    vec![A::OpenMail, A::OpenLink]
}

fn birth(text: &str) -> Action {
    A::Birth(text.into())
}

fn opened() -> Vec<Action> {
    with(&at_gate(), &[birth(CHILD_BIRTH_DATE), A::SubmitBirth])
}

#[test]
fn it_starts_in_the_mailbox_and_the_link_asks_a_birth_date() {
    assert_eq!(Referral::new().screen, Screen::Inbox);
    let r = check(&[], A::OpenMail, &["mail-opened"]);
    assert_eq!((r.screen, r.mail_read), (Screen::Mail, true));
    assert_eq!(
        check(&[A::OpenMail], A::OpenLink, &["link-opened"]).screen,
        Screen::Gate
    );
    check(&[], A::OpenLink, &[]);
}

#[test]
fn each_wrong_birth_date_gets_its_own_message() {
    for (typed, problem, event) in [
        ("", Problem::BirthMissing, "birth-missing"),
        ("05-09-16", Problem::BirthShortYear, "birth-short-year"),
        ("vijf september", Problem::BirthFormat, "birth-format"),
        ("31-02-2016", Problem::BirthFormat, "birth-format"),
        (CARD.birth_date, Problem::OwnBirth, "own-birth"),
        ("14 mei 1958", Problem::OwnBirth, "own-birth"),
        ("06-09-2016", Problem::BirthWrong, "birth-wrong"),
    ] {
        let r = check(&with(&at_gate(), &[birth(typed)]), A::SubmitBirth, &[event]);
        assert_eq!(
            (r.screen, r.problem),
            (Screen::Gate, Some(problem)),
            "{typed}"
        );
    }
}

#[test]
fn the_childs_birth_date_opens_the_referral_in_any_form() {
    for typed in [CHILD_BIRTH_DATE, "5-9-2016", "5 september 2016", "05092016"] {
        let r = check(
            &with(&at_gate(), &[birth(typed)]),
            A::SubmitBirth,
            &["referral-opened"],
        );
        assert_eq!(
            (r.screen, r.opened, r.problem),
            (Screen::Message, true, None),
            "{typed}"
        );
    }
    // Back in the mail, the link shows the referral again without asking.
    let again = with(&opened(), &[A::Back]);
    assert_eq!(
        check(&again, A::OpenLink, &["link-opened"]).screen,
        Screen::Message
    );
}

#[test]
fn the_birth_field_keeps_real_data_out() {
    let r = check(&at_gate(), birth("BSN 123456782"), &["real-data-blocked"]);
    assert!(matches!(r.problem, Some(Problem::RealData(_))));
    assert_eq!(r.typed_birth, "");
    // The warning holds the button until the learner types again.
    check(
        &with(&at_gate(), &[birth("BSN 123456782")]),
        A::SubmitBirth,
        &[],
    );
    let r = check(&at_gate(), birth(&"1".repeat(200)), &["birth-written"]);
    assert_eq!(
        (r.problem, r.typed_birth.len()),
        (Some(Problem::TooLong), input::MAX_INPUT)
    );
}

#[test]
fn the_phone_hospital_shows_its_number_and_back() {
    let r = check(&opened(), A::Choose(Where::Phone), &["phone-shown"]);
    assert_eq!(r.screen, Screen::Phone);
    let r = check(
        &with(&opened(), &[A::Choose(Where::Phone)]),
        A::Back,
        &["went-back"],
    );
    assert_eq!(r.screen, Screen::Message);
}

#[test]
fn a_time_is_picked_checked_and_booked() {
    let slots = with(&opened(), &[A::Choose(Where::Online)]);
    assert_eq!(
        check(&opened(), A::Choose(Where::Online), &["slots-shown"]).screen,
        Screen::Slots
    );
    check(&slots, A::PickSlot(TAKEN), &[]);
    check(&slots, A::PickSlot(SLOTS.len()), &[]);
    let r = check(&slots, A::PickSlot(2), &["slot-picked"]);
    assert_eq!((r.screen, r.slot), (Screen::Check, Some(2)));
    let picked = with(&slots, &[A::PickSlot(2)]);
    let r = check(&picked, A::Back, &["went-back"]);
    assert_eq!((r.screen, r.slot), (Screen::Slots, Some(2)));
    let r = check(&picked, A::Confirm, &["booked"]);
    assert_eq!((r.screen, r.booked), (Screen::Booked, Some(2)));
}

#[test]
fn back_goes_one_page_back_everywhere() {
    check(&[], A::Back, &[]);
    for (before, screen) in [
        (vec![A::OpenMail], Screen::Inbox),
        (at_gate(), Screen::Mail),
        (opened(), Screen::Mail),
    ] {
        assert_eq!(check(&before, A::Back, &["went-back"]).screen, screen);
    }
}

#[test]
fn actions_on_another_screen_change_nothing() {
    let r = check(&[], A::SubmitBirth, &[]);
    assert_eq!(r, Referral::new());
    check(&[], A::Confirm, &[]);
    check(&at_gate(), A::Choose(Where::Online), &[]);
    check(&opened(), A::PickSlot(0), &[]);
}

#[test]
fn every_event_and_target_is_listed_once() {
    for list in [Event::IDS, TARGETS] {
        let mut ids = list.to_vec();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), list.len());
    }
}

//! Every transition of "Oefenprik", natively.

use super::*;
use crate::practice::digid_web::Action as D;

use Action as A;

/// Checks that `action` after `before` gives exactly `events`, and
/// returns the state for more checks.
fn check(before: &[Action], action: Action, events: &[&str]) -> Vaccination {
    let mut v = Vaccination::new(7);
    for a in before {
        let a = resolve(a, &v);
        v.apply(a);
    }
    let action = resolve(&action, &v);
    let got = v.apply(action.clone());
    assert_eq!(got, events, "{action:?} after {before:?}");
    v
}

fn with(first: &[Action], more: &[Action]) -> Vec<Action> {
    first.iter().chain(more).cloned().collect()
}

/// Through DigiD (oefenen): the invitation question shows.
fn logged_in() -> Vec<Action> {
    vec![
        A::ToWebsite,
        A::StartDigid,
        A::Digid(D::Username("card:username".into())),
        A::Digid(D::Password("card:password".into())),
        A::Digid(D::SubmitLogin),
        A::Digid(D::ChooseSms),
        A::Digid(D::Code("sms:latest".into())),
        A::Digid(D::SubmitCode),
    ]
}

fn appointment() -> Vec<Action> {
    with(&logged_in(), &[A::Invited(true), A::InvitedNext])
}

#[test]
fn the_letter_leads_to_the_website_and_digid() {
    let v = Vaccination::new(7);
    assert_eq!(
        (v.screen, v.logged_in, v.outcome),
        (Screen::Letter, false, None)
    );
    assert_eq!(
        check(&[], A::ToWebsite, &["website-opened"]).screen,
        Screen::Start
    );
    assert_eq!(
        check(&[A::ToWebsite], A::StartDigid, &["digid-opened"]).screen,
        Screen::Digid
    );
    check(&[], A::StartDigid, &[]);
    check(&[], A::Digid(D::SubmitLogin), &[]);
    let before = &logged_in()[..logged_in().len() - 1];
    let v = check(
        before,
        A::Digid(D::SubmitCode),
        &["logged-in", "portal-logged-in"],
    );
    assert_eq!((v.screen, v.logged_in), (Screen::Eligible, true));
    assert_eq!(v.phone_messages().len(), 1);
}

#[test]
fn the_invitation_question_needs_yes() {
    let v = check(&logged_in(), A::InvitedNext, &["no-answer"]);
    assert_eq!(v.problem, Some(Problem::NoAnswer));
    let v = check(&logged_in(), A::Invited(false), &["answered"]);
    assert_eq!(v.invited, Some(false));
    let v = check(
        &with(&logged_in(), &[A::Invited(false)]),
        A::InvitedNext,
        &["no-invitation"],
    );
    assert_eq!(
        (v.screen, v.problem),
        (Screen::Eligible, Some(Problem::NoInvitation))
    );
    let v = check(
        &with(&logged_in(), &[A::Invited(false), A::InvitedNext]),
        A::Invited(true),
        &["answered"],
    );
    assert_eq!(v.problem, None);
    let v = check(
        &with(&logged_in(), &[A::Invited(true)]),
        A::InvitedNext,
        &["appointment-shown"],
    );
    assert_eq!(v.screen, Screen::Appointment);
}

#[test]
fn keeping_needs_nothing_more() {
    let v = check(&appointment(), A::Choose(Choice::Keep), &["kept"]);
    assert_eq!((v.screen, v.outcome), (Screen::Done, Some(Outcome::Kept)));
}

#[test]
fn changing_picks_a_free_time_and_confirms() {
    let v = check(&appointment(), A::Choose(Choice::Change), &["slots-shown"]);
    assert_eq!(v.screen, Screen::Slots);
    let slots = with(&appointment(), &[A::Choose(Choice::Change)]);
    check(&slots, A::PickSlot(TAKEN), &[]);
    check(&slots, A::PickSlot(SLOTS.len()), &[]);
    let v = check(&slots, A::PickSlot(3), &["slot-picked"]);
    assert_eq!((v.screen, v.slot), (Screen::Check, Some(3)));
    let v = check(&with(&slots, &[A::PickSlot(3)]), A::Confirm, &["changed"]);
    assert_eq!(
        (v.screen, v.outcome),
        (Screen::Done, Some(Outcome::Changed(3)))
    );
    assert_eq!(
        check(&with(&slots, &[A::PickSlot(3)]), A::Back, &["page-back"]).screen,
        Screen::Slots
    );
}

#[test]
fn cancelling_asks_first() {
    let v = check(&appointment(), A::Choose(Choice::Cancel), &["cancel-asked"]);
    assert_eq!(v.screen, Screen::CancelCheck);
    let asked = with(&appointment(), &[A::Choose(Choice::Cancel)]);
    let v = check(&asked, A::CancelAnswer(false), &["not-cancelled"]);
    assert_eq!((v.screen, v.outcome), (Screen::Appointment, None));
    let v = check(&asked, A::CancelAnswer(true), &["cancelled"]);
    assert_eq!(
        (v.screen, v.outcome),
        (Screen::Done, Some(Outcome::Cancelled))
    );
}

#[test]
fn back_and_the_letter_again() {
    check(&[], A::Back, &[]);
    for (before, screen) in [
        (vec![A::ToWebsite], Screen::Letter),
        (logged_in(), Screen::Letter),
        (
            with(&appointment(), &[A::Choose(Choice::Change)]),
            Screen::Appointment,
        ),
        (
            with(&appointment(), &[A::Choose(Choice::Keep)]),
            Screen::Letter,
        ),
    ] {
        assert_eq!(check(&before, A::Back, &["page-back"]).screen, screen);
    }
    // Back on the website, a login is remembered; the question is asked
    // again until it was answered "Ja".
    let v = check(
        &with(&logged_in(), &[A::Back]),
        A::ToWebsite,
        &["website-opened"],
    );
    assert_eq!(v.screen, Screen::Eligible);
    let v = check(
        &with(&appointment(), &[A::Back]),
        A::ToWebsite,
        &["website-opened"],
    );
    assert_eq!(v.screen, Screen::Appointment);
}

#[test]
fn actions_on_another_screen_change_nothing() {
    assert_eq!(check(&[], A::Confirm, &[]), Vaccination::new(7));
    check(&[], A::Choose(Choice::Keep), &[]);
    check(&[], A::Invited(true), &[]);
    check(&logged_in(), A::CancelAnswer(true), &[]);
    let v = check(&[], A::WaitMinutes(10), &[]);
    assert_eq!(v.minutes, 10);
}

#[test]
fn every_event_and_target_is_listed_once() {
    for list in [&EVENTS[..], &TARGETS[..]] {
        let mut ids = list.to_vec();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), list.len());
    }
}

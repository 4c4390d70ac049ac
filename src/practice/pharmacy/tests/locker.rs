//! After the order: the status chain on simulated days, the SMS with the
//! pickup code, and the locker.

use super::*;

#[test]
fn the_status_moves_on_with_the_days_and_the_code_comes_by_sms() {
    let pharmacy = check(
        &ordered(Pickup::Locker),
        A::WaitDays(1),
        &["time-passed", "in-progress"],
    );
    assert_eq!(pharmacy.status(), Some(Status::InProgress));
    assert!(pharmacy.messages.is_empty());
    let before = with(ordered(Pickup::Locker), &[A::WaitDays(1)]);
    let pharmacy = check(
        &before,
        A::WaitDays(1),
        &["time-passed", "ready", "code-sent"],
    );
    assert_eq!(pharmacy.status(), Some(Status::Ready));
    assert!(pharmacy.waiting_in_locker());
    let sms = phone::latest_sms(&pharmacy.messages).map(|m| m.code.len());
    assert_eq!(sms, Some(PICKUP_CODE_LENGTH));
    // Both steps in one wait.
    check(
        &ordered(Pickup::Locker),
        A::WaitDays(2),
        &["time-passed", "in-progress", "ready", "code-sent"],
    );
    // Waiting without an order only moves the clock.
    let pharmacy = check(&linked(), A::WaitDays(3), &["time-passed"]);
    assert_eq!(pharmacy.minutes, clock::days(3));
    check(&linked(), A::WaitDays(0), &[]);
    let pharmacy = check(&linked(), A::WaitDays(100), &["time-passed"]);
    assert_eq!(pharmacy.minutes, LONGEST_WAIT);
}

#[test]
fn counter_and_delivery_send_a_notice_without_a_code() {
    let pharmacy = check(
        &ordered(Pickup::Counter),
        A::WaitDays(2),
        &["time-passed", "in-progress", "ready"],
    );
    assert_eq!(pharmacy.messages.len(), 1);
    assert!(phone::latest_sms(&pharmacy.messages).is_none());
    let pharmacy = check(
        &ordered(Pickup::Delivery),
        A::WaitDays(2),
        &["time-passed", "in-progress", "ready", "delivered"],
    );
    assert_eq!(pharmacy.status(), Some(Status::Done));
    assert_eq!(pharmacy.messages[0].text, p::PHARMACY_SMS_DELIVERED);
}

#[test]
fn the_locker_opens_with_the_code_from_the_sms() {
    let at_locker = with(ready(), &[A::ToPharmacy]);
    let pharmacy = check(&ready(), A::ToPharmacy, &["at-pharmacy"]);
    assert_eq!(
        (pharmacy.place, pharmacy.screen),
        (Place::Pharmacy, Screen::Locker)
    );
    let typed = with(at_locker.clone(), &[A::LockerCode("sms:latest".into())]);
    let pharmacy = check(&typed, A::LockerOk, &["locker-opened"]);
    assert_eq!(pharmacy.screen, Screen::LockerOpen);
    let pharmacy = check(
        &with(typed, &[A::LockerOk]),
        A::TakeMedicines,
        &["collected"],
    );
    assert_eq!(pharmacy.screen, Screen::LockerDone);
    assert_eq!(pharmacy.status(), Some(Status::Done));
    assert!(!pharmacy.waiting_in_locker());
}

#[test]
fn the_keypad_keeps_only_six_digits_arabic_ones_too() {
    let at_locker = with(ready(), &[A::ToPharmacy]);
    for (typed, kept) in [
        ("12 34-56", "123456"),
        ("١٢٣٤٥٦", "123456"),
        ("12345678", "123456"),
        ("abc", ""),
    ] {
        let pharmacy = check(&at_locker, A::LockerCode(typed.into()), &["code-typed"]);
        assert_eq!(pharmacy.locker_typed, kept, "{typed}");
    }
}

#[test]
fn a_wrong_empty_or_old_code_gets_its_own_message() {
    let at_locker = with(ready(), &[A::ToPharmacy]);
    let pharmacy = check(&at_locker, A::LockerOk, &["code-missing"]);
    assert_eq!(pharmacy.problem, Some(Problem::CodeMissing));
    let mut pharmacy = Pharmacy::new(7);
    run(&mut pharmacy, &at_locker);
    let right = phone::latest_sms(&pharmacy.messages)
        .map(|m| m.code.clone())
        .unwrap_or_default();
    let wrong = if right == "111111" {
        "222222"
    } else {
        "111111"
    };
    run(&mut pharmacy, &[A::LockerCode(wrong.into())]);
    assert_eq!(pharmacy.apply(A::LockerOk), ["code-wrong"]);
    assert!(pharmacy.locker_typed.is_empty(), "typing starts again");
    assert_eq!(pharmacy.screen, Screen::Locker);
    // A new code replaces the old one.
    let renewed = with(ready(), &[A::Open(Page::Status), A::NewCode, A::ToPharmacy]);
    let mut pharmacy = Pharmacy::new(7);
    run(&mut pharmacy, &renewed);
    run(&mut pharmacy, &[A::LockerCode(right.clone())]);
    assert_eq!(pharmacy.apply(A::LockerOk), ["code-old"]);
}

#[test]
fn an_expired_code_is_renewed_in_the_app() {
    // Only the week that makes the code too old counts as "too late".
    check(&ready(), A::WaitDays(1), &["time-passed"]);
    check(&ready(), A::WaitDays(7), &["time-passed", "code-lapsed"]);
    // The phone says so once: more waiting with the old code says nothing new.
    check(
        &with(ready(), &[A::WaitDays(7)]),
        A::WaitDays(1),
        &["time-passed"],
    );
    let late = with(
        ready(),
        &[
            A::WaitDays(7),
            A::ToPharmacy,
            A::LockerCode("sms:latest".into()),
        ],
    );
    let pharmacy = check(&late, A::LockerOk, &["code-expired"]);
    assert_eq!(pharmacy.problem, Some(Problem::CodeExpired));
    assert!(pharmacy.code_expired());
    let renew = with(late, &[A::LockerOk, A::ToPhone]);
    let pharmacy = check(&renew, A::NewCode, &["new-code", "code-sent"]);
    assert!(!pharmacy.code_expired());
    let again = with(
        renew,
        &[
            A::NewCode,
            A::ToPharmacy,
            A::LockerCode("sms:latest".into()),
        ],
    );
    check(&again, A::LockerOk, &["locker-opened"]);
}

#[test]
fn a_new_code_only_while_something_waits_in_the_locker() {
    check(
        &with(ordered(Pickup::Locker), &[A::Open(Page::Status)]),
        A::NewCode,
        &[],
    );
    check(
        &with(ordered(Pickup::Counter), &[A::WaitDays(2)]),
        A::NewCode,
        &[],
    );
    let collected = with(
        ready(),
        &[
            A::ToPharmacy,
            A::LockerCode("sms:latest".into()),
            A::LockerOk,
            A::TakeMedicines,
            A::ToPhone,
        ],
    );
    check(&collected, A::NewCode, &[]);
}

#[test]
fn a_right_code_with_nothing_waiting_says_so() {
    let collected = with(
        ready(),
        &[
            A::ToPharmacy,
            A::LockerCode("sms:latest".into()),
            A::LockerOk,
            A::TakeMedicines,
        ],
    );
    let mut pharmacy = Pharmacy::new(7);
    run(&mut pharmacy, &collected);
    run(
        &mut pharmacy,
        &[
            A::ToPhone,
            A::ToPharmacy,
            A::LockerCode("sms:latest".into()),
        ],
    );
    let events = pharmacy.apply(resolve(&A::LockerOk, &pharmacy));
    assert_eq!(events, ["nothing-waiting"]);
}

#[test]
fn going_to_the_pharmacy_and_back() {
    let pharmacy = check(&[], A::ToPharmacy, &["at-pharmacy"]);
    assert_eq!(pharmacy.screen, Screen::Locker);
    // At the pharmacy the phone's app does nothing.
    check(&[A::Install(App::Real), A::ToPharmacy], A::OpenApp, &[]);
    let pharmacy = check(&[A::ToPharmacy], A::ToPhone, &["back-to-phone"]);
    assert_eq!(
        (pharmacy.place, pharmacy.screen),
        (Place::Phone, Screen::Store)
    );
    let pharmacy = check(
        &with(linked(), &[A::ToPharmacy]),
        A::ToPhone,
        &["back-to-phone"],
    );
    assert_eq!(pharmacy.screen, Screen::Home);
    let pharmacy = check(
        &with(ready(), &[A::ToPharmacy]),
        A::ToPhone,
        &["back-to-phone"],
    );
    assert_eq!(pharmacy.screen, Screen::Status);
    // The locker's keys only work at the locker.
    check(&ready(), A::LockerCode("123456".into()), &[]);
    check(&ready(), A::LockerOk, &[]);
    check(&ready(), A::TakeMedicines, &[]);
}

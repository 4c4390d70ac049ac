//! Going to the hospital and checking in at the kiosk in its hall.

use super::*;

#[test]
fn going_to_the_hospital_and_home() {
    let h = check(&logged_in(), A::ToHospital, &["at-hospital"]);
    assert_eq!((h.place, h.screen), (Place::Hospital, Screen::Kiosk));
    let h = check(
        &with(&logged_in(), &[A::ToHospital]),
        A::ToHome,
        &["at-home"],
    );
    assert_eq!((h.place, h.screen), (Place::Home, Screen::Home));
    let h = check(&[A::ToHospital], A::ToHome, &["at-home"]);
    assert_eq!(h.screen, Screen::Start);
    check(&[], A::ToHome, &[]);
    check(&[A::ToHospital], A::ToHospital, &[]);
    // The portal does not answer at the kiosk, nor the idle warning.
    check(
        &with(&logged_in(), &[A::ToHospital]),
        A::Open(Page::Tasks),
        &[],
    );
    check(&with(&logged_in(), &[A::ToHospital]), A::Idle, &[]);
}

#[test]
fn the_kiosk_explains_each_wrong_scan() {
    let early = with(&logged_in(), &[A::ToHospital]);
    for card in [Card::Practice, Card::Bank, Card::Qr] {
        let h = check(&early, A::Scan(card), &["wrong-day"]);
        assert_eq!(
            (h.problem, h.screen),
            (Some(Problem::WrongDay), Screen::Kiosk)
        );
    }
    let h = check(&at_kiosk(), A::Scan(Card::Bank), &["bank-card"]);
    assert_eq!(h.problem, Some(Problem::BankCard));
    let h = check(&at_kiosk(), A::Scan(Card::Qr), &["no-qr"]);
    assert_eq!(h.problem, Some(Problem::NoQr));
}

#[test]
fn the_card_at_the_kiosk_gives_a_ticket() {
    let h = check(&at_kiosk(), A::Scan(Card::Practice), &["card-scanned"]);
    assert_eq!(h.screen, Screen::KioskAppointment);
    let scanned = with(&at_kiosk(), &[A::Scan(Card::Bank), A::Scan(Card::Practice)]);
    let h = check(&scanned, A::KioskConfirm, &["kiosk-checked-in"]);
    assert_eq!(
        (h.screen, h.checked_in, h.problem),
        (Screen::KioskTicket, true, None)
    );
    let h = check(
        &with(&scanned, &[A::KioskConfirm]),
        A::TakeTicket,
        &["ticket-taken"],
    );
    assert_eq!(h.screen, Screen::KioskDone);
    check(&at_kiosk(), A::KioskConfirm, &[]);
    check(&at_kiosk(), A::TakeTicket, &[]);
}

#[test]
fn checked_in_at_home_the_qr_code_prints_the_ticket() {
    let home = with(
        &logged_in(),
        &[
            A::WaitDays(1),
            A::Open(Page::Appointments),
            A::Appointment(0),
            A::CheckIn,
            A::ToHospital,
        ],
    );
    let h = check(
        &home,
        A::Scan(Card::Qr),
        &["qr-scanned", "kiosk-checked-in"],
    );
    assert_eq!(h.screen, Screen::KioskTicket);
}

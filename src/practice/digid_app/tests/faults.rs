//! A trainer's fault: the next PIN blocks the app, once; activating the
//! app again gives a working app.

use super::*;
use crate::practice::Model;

#[test]
fn a_blocked_pin_on_demand_blocks_the_app_even_with_the_right_pin() {
    let mut b = at_scan();
    run(&mut b, vec![Scan, ConfirmLogin]);
    b.arm(Fault::BlockedPin);
    assert_eq!(
        ids(&b.apply(Pin(CARD.pin.into()))),
        ["pin-wrong", "app-blocked"]
    );
    assert_eq!(b.phone, P::Blocked);
    assert!(b.blocked);
    assert_eq!(
        b.wrong_pins, MAX_PIN_TRIES,
        "counted as the last of the tries"
    );
    assert_eq!(b.armed.get(), None, "used up");
}

#[test]
fn choosing_a_pin_is_not_the_moment_of_a_blocked_pin() {
    let mut s = at_choose_pin();
    s.arm(Fault::BlockedPin);
    s.apply(Pin("24680".into()));
    assert_eq!(s.phone, P::ConfirmPin, "choosing a PIN works as always");
    assert_eq!(
        s.armed.get(),
        Some(Fault::BlockedPin),
        "still armed for a login"
    );
}

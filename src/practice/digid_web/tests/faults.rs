//! A trainer's faults: the next "Inloggen" with a code fails, once, down
//! the service's own error path; then everything works again.

use super::*;
use crate::practice::Model;

#[test]
fn a_wrong_code_on_demand_is_refused_once() {
    let mut s = at_sms_code();
    s.arm(Fault::WrongCode);
    let c = code(&s);
    s.apply(Code(c));
    assert_eq!(s.apply(SubmitCode), [Event::CodeRejected]);
    assert_eq!(s.problem, Some(Problem::WrongCode));
    assert_eq!(s.screen, Screen::SmsCode);
    assert_eq!(
        s.apply(SubmitCode),
        [Event::LoggedIn],
        "the same code works next time"
    );
}

#[test]
fn an_expired_code_on_demand_needs_a_new_code() {
    let mut s = at_sms_code();
    s.arm(Fault::ExpiredCode);
    let old = code(&s);
    s.apply(Code(old.clone()));
    assert_eq!(s.apply(SubmitCode), [Event::CodeExpired]);
    assert_eq!(s.problem, Some(Problem::CodeExpired));
    assert_eq!(
        s.apply(SubmitCode),
        [Event::CodeExpired],
        "the old code stays expired"
    );
    assert_eq!(s.apply(ResendCode), [Event::NewCodeSent]);
    let new = code(&s);
    assert_ne!(new, old);
    s.apply(Code(new));
    assert_eq!(s.apply(SubmitCode), [Event::LoggedIn]);
}

#[test]
fn a_fault_waits_for_a_code_that_could_be_right() {
    let mut s = at_sms_code();
    s.arm(Fault::WrongCode);
    assert_eq!(s.apply(SubmitCode), [Event::CodeRejected]);
    assert_eq!(
        s.problem,
        Some(Problem::EmptyCode),
        "an empty code is its own problem"
    );
    let c = code(&s);
    s.apply(Code(c));
    assert_eq!(s.apply(SubmitCode), [Event::CodeRejected], "still armed");
}

#[test]
fn the_service_offers_only_its_own_faults() {
    let mut state = crate::practice::State::new(crate::practice::Service::DigidWeb, 1);
    state.arm(Fault::SlotTaken);
    let crate::practice::State::DigidWeb(s) = &state else {
        unreachable!()
    };
    assert_eq!(s.armed.get(), None);
    state.arm(Fault::WrongCode);
    let crate::practice::State::DigidWeb(s) = &state else {
        unreachable!()
    };
    assert_eq!(s.armed.get(), Some(Fault::WrongCode));
}

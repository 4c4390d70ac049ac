//! A trainer's fault: the next free slot the learner picks was just taken
//! by someone else; another slot works.

use super::super::*;
use super::logged_in;
use crate::practice::{Fault, Model};

fn at_slots() -> Gp {
    let mut gp = logged_in();
    gp.apply(Action::Open(Section::Book));
    gp.apply(Action::Reason("Hoesten sinds een week".into()));
    gp.apply(Action::ReasonNext);
    gp.apply(Action::Who(Practitioner::Trainee));
    assert_eq!(gp.screen, Screen::BookSlot);
    gp
}

#[test]
fn a_slot_taken_on_demand_is_refused_and_shows_as_taken() {
    let mut gp = at_slots();
    gp.arm(Fault::SlotTaken);
    assert!(!gp.slot_taken(2));
    assert_eq!(gp.apply(Action::Slot(2)), ["slot-taken"]);
    assert_eq!(gp.problem, Some(Problem::SlotTaken));
    assert!(gp.slot_taken(2), "it shows as taken now");
    assert_eq!(gp.apply(Action::Slot(2)), ["slot-taken"], "and stays taken");
    assert_eq!(
        gp.apply(Action::Slot(3)),
        ["slot-chosen"],
        "another slot works"
    );
    assert_eq!(gp.armed.get(), None);
}

#[test]
fn a_slot_that_was_taken_anyway_leaves_the_fault_for_the_next() {
    let mut gp = at_slots();
    gp.arm(Fault::SlotTaken);
    assert_eq!(
        gp.apply(Action::Slot(0)),
        ["slot-taken"],
        "slot 0 was taken already"
    );
    assert_eq!(gp.armed.get(), Some(Fault::SlotTaken));
    assert_eq!(gp.apply(Action::Slot(2)), ["slot-taken"]);
}

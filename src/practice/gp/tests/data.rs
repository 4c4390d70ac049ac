//! The practice data's own facts: where a time is on the simulated clock,
//! and that every item the screens show has its own Dutch words.

use super::super::*;
use crate::practice::kit::clock;

#[test]
fn a_slot_is_on_the_clock_at_its_day_and_time() {
    // Minute 0 of the clock is 08:00 on the practice's "today".
    let check = |slot: Slot, at: u32, time: &str| {
        assert_eq!(slot.at(), at, "{slot:?}");
        assert_eq!(slot.time(), time);
    };
    check(SLOTS[0], clock::days(1) + 70, "09:10");
    check(SLOTS[2], clock::days(2) + 40, "08:40");
    check(SLOTS[5], clock::days(3) + 7 * 60 + 50, "15:50");
}

#[test]
fn every_practitioner_day_medicine_result_and_subject_has_its_own_words() {
    let mut keys = vec![];
    for who in Practitioner::ALL {
        keys.extend([who.name_key(), who.role_key()]);
    }
    for day in 0..4 {
        let slot = Slot {
            day,
            hour: 9,
            minute: 0,
            taken: false,
        };
        keys.push(slot.day_key());
    }
    for medicine in [Medicine::of(Person::Me), Medicine::of(Person::Child)].concat() {
        keys.extend([medicine.name_key(), medicine.use_key()]);
    }
    for result in LabResult::ALL {
        keys.extend(result.keys());
    }
    keys.extend(Subject::ALL.map(Subject::key));
    keys.extend(PHOTOS);
    crate::practice::assert_own_texts(&keys);
}

//! The care flows of the GP portal: question, appointment, repeat
//! prescription, results, and acting for a child.

use super::super::*;
use super::{logged_in, run};

fn at_question() -> Gp {
    let mut gp = logged_in();
    run(&mut gp, vec![Action::Open(Section::Ask)]);
    assert_eq!(gp.apply(Action::AskOn), ["warning-read"]);
    gp
}

#[test]
fn a_question_needs_a_subject_and_enough_words() {
    let mut gp = at_question();
    assert_eq!(gp.apply(Action::SendQuestion), ["question-refused"]);
    assert_eq!(gp.problem, Some(Problem::NoSubject));
    assert_eq!(gp.apply(Action::Subject(Subject::Skin)), ["subject-chosen"]);
    assert_eq!(gp.problem, None);
    gp.apply(Action::SendQuestion);
    assert_eq!(gp.problem, Some(Problem::QuestionEmpty));
    gp.apply(Action::Question("Plek".into()));
    gp.apply(Action::SendQuestion);
    assert_eq!(gp.problem, Some(Problem::QuestionShort));
    let events = gp.apply(Action::Question("Rode plek op mijn arm".into()));
    assert_eq!(events, ["question-written"]);
    assert_eq!(gp.problem, None);
    assert_eq!(gp.apply(Action::SendQuestion), ["question-sent"]);
    assert_eq!(gp.screen, Screen::AskSent);
}

#[test]
fn a_question_of_exactly_the_shortest_length_is_sent() {
    let mut gp = at_question();
    gp.apply(Action::Subject(Subject::Other));
    gp.apply(Action::Question("x".repeat(QUESTION_MIN)));
    assert_eq!(gp.apply(Action::SendQuestion), ["question-sent"]);
}

#[test]
fn a_question_with_real_data_keeps_the_last_good_text_and_holds_the_send() {
    let mut gp = at_question();
    run(
        &mut gp,
        vec![
            Action::Subject(Subject::Other),
            Action::Question("Ik heb een vraag over mijn pillen".into()),
        ],
    );
    let events = gp.apply(Action::Question(
        "Ik heb een vraag, bel me op 06-12345678".into(),
    ));
    assert_eq!(events, ["portal-real-data-blocked", "question-refused"]);
    assert_eq!(gp.question, "Ik heb een vraag over mijn pillen");
    assert!(matches!(gp.problem, Some(Problem::RealData(_))));
    assert!(
        gp.apply(Action::SendQuestion).is_empty(),
        "held while it warns"
    );
    gp.apply(Action::Question("Ik heb een vraag, bel me maar".into()));
    assert_eq!(gp.problem, None);
    assert_eq!(gp.apply(Action::SendQuestion), ["question-sent"]);
}

#[test]
fn a_long_question_is_cut_at_the_limit_and_says_so() {
    let mut gp = at_question();
    gp.apply(Action::Question("a".repeat(QUESTION_MAX + 20)));
    assert_eq!(gp.question.chars().count(), QUESTION_MAX);
    assert_eq!(gp.problem, Some(Problem::TooLong));
}

#[test]
fn a_photo_comes_from_the_practice_gallery() {
    let mut gp = at_question();
    assert_eq!(gp.apply(Action::OpenGallery), ["gallery-opened"]);
    assert!(gp.gallery_open);
    assert!(
        gp.apply(Action::Photo(PHOTOS.len())).is_empty(),
        "no such photo"
    );
    gp.apply(Action::Back);
    assert!(!gp.gallery_open, "back closes the gallery first");
    assert_eq!(gp.screen, Screen::AskForm);
    gp.apply(Action::OpenGallery);
    gp.apply(Action::CloseGallery);
    assert!(!gp.gallery_open);
    gp.apply(Action::OpenGallery);
    assert_eq!(gp.apply(Action::Photo(0)), ["photo-added"]);
    assert_eq!((gp.photo, gp.gallery_open), (Some(0), false));
    gp.apply(Action::RemovePhoto);
    assert_eq!(gp.photo, None);
}

#[test]
fn the_reply_comes_after_two_days_with_a_notice_that_never_says_what() {
    let mut gp = at_question();
    run(
        &mut gp,
        vec![
            Action::Subject(Subject::Skin),
            Action::Question("Rode plek op mijn arm".into()),
            Action::SendQuestion,
            Action::Open(Section::Messages),
        ],
    );
    assert!(!gp.reply_arrived());
    assert!(
        gp.apply(Action::OpenReply).is_empty(),
        "nothing to open yet"
    );
    assert_eq!(gp.apply(Action::WaitDays(1)), ["days-passed"]);
    assert!(gp.notices.is_empty());
    assert_eq!(
        gp.apply(Action::WaitDays(1)),
        ["days-passed", "reply-arrived"]
    );
    assert_eq!(gp.notices.len(), 1);
    assert_eq!(gp.notices[0].text, crate::i18n::p::GP_NOTICE_REPLY);
    assert!(gp.notices[0].code.is_empty());
    assert_eq!(gp.apply(Action::WaitDays(1)), ["days-passed"], "told once");
    assert!(gp.is_new(Section::Messages));
    assert_eq!(gp.apply(Action::OpenReply), ["reply-read"]);
    assert!(!gp.is_new(Section::Messages), "read now");
    assert_eq!(gp.screen, Screen::Reply);
    assert_eq!(gp.apply(Action::Back), Vec::<&str>::new());
    assert_eq!(gp.screen, Screen::Messages);
}

#[test]
fn waiting_is_at_most_three_days_a_press() {
    let mut gp = logged_in();
    gp.apply(Action::WaitDays(100));
    assert_eq!(gp.minutes, crate::practice::kit::clock::days(3));
}

fn at_booking() -> Gp {
    let mut gp = logged_in();
    gp.apply(Action::Open(Section::Book));
    gp
}

#[test]
fn booking_needs_a_reason_an_online_practitioner_and_a_free_slot() {
    let mut gp = at_booking();
    gp.apply(Action::ReasonNext);
    assert_eq!(gp.problem, Some(Problem::ReasonEmpty));
    assert!(gp.apply(Action::Reason("   ".into())).is_empty());
    assert_eq!(
        gp.problem,
        Some(Problem::ReasonEmpty),
        "spaces are no reason"
    );
    assert_eq!(
        gp.apply(Action::Reason("Hoesten".into())),
        ["reason-written"]
    );
    assert_eq!(gp.problem, None);
    assert!(
        gp.apply(Action::Reason("Hoesten sinds een week".into()))
            .is_empty(),
        "written once"
    );
    assert_eq!(gp.apply(Action::ReasonNext), ["reason-done"]);
    assert_eq!(gp.screen, Screen::BookWho);
    assert_eq!(gp.apply(Action::Who(Practitioner::Gp)), ["not-online"]);
    assert_eq!(gp.problem, Some(Problem::NotOnline));
    assert_eq!(gp.screen, Screen::BookWho);
    assert_eq!(
        gp.apply(Action::Who(Practitioner::Trainee)),
        ["practitioner-chosen"]
    );
    assert_eq!(gp.screen, Screen::BookSlot);
    assert!(!gp.slot_taken(0), "the taken slot looks free at first");
    assert_eq!(gp.apply(Action::Slot(0)), ["slot-taken"]);
    assert!(gp.slot_taken(0), "now it shows as taken");
    assert_eq!(gp.problem, Some(Problem::SlotTaken));
    assert!(gp.apply(Action::Slot(99)).is_empty());
    assert_eq!(gp.apply(Action::Slot(2)), ["slot-chosen"]);
    assert_eq!(gp.screen, Screen::BookCheck);
    assert_eq!(gp.apply(Action::Back), Vec::<&str>::new());
    assert_eq!(gp.screen, Screen::BookSlot);
    gp.apply(Action::Slot(2));
    assert_eq!(gp.apply(Action::ConfirmBooking), ["booked"]);
    assert_eq!(gp.screen, Screen::Booked);
    let booking = gp.active_booking().expect("booked");
    assert_eq!(
        (booking.who, booking.slot),
        (Practitioner::Trainee, SLOTS[2])
    );
}

fn booked() -> Gp {
    let mut gp = at_booking();
    run(
        &mut gp,
        vec![
            Action::Reason("Controle".into()),
            Action::ReasonNext,
            Action::Who(Practitioner::Nurse),
            Action::Slot(1),
            Action::ConfirmBooking,
            Action::Open(Section::Appointments),
        ],
    );
    gp
}

#[test]
fn cancelling_early_asks_first_and_then_cancels() {
    let mut gp = booked();
    assert_eq!(gp.apply(Action::Cancel), ["cancel-asked"]);
    assert_eq!(gp.screen, Screen::CancelCheck);
    gp.apply(Action::CancelNo);
    assert_eq!(gp.screen, Screen::Appointments);
    assert!(gp.active_booking().is_some());
    gp.apply(Action::Cancel);
    assert_eq!(gp.apply(Action::CancelYes), ["cancelled"]);
    assert_eq!(gp.screen, Screen::Cancelled);
    assert_eq!(gp.active_booking(), None);
    gp.apply(Action::Open(Section::Appointments));
    assert!(
        gp.apply(Action::Cancel).is_empty(),
        "nothing left to cancel"
    );
}

#[test]
fn within_24_hours_cancelling_means_phoning_the_practice() {
    let mut gp = booked();
    // Slot 1 is tomorrow at 11:30: after one day it is 3.5 hours away.
    gp.apply(Action::WaitDays(1));
    assert_eq!(gp.apply(Action::Cancel), ["cancel-too-late"]);
    assert_eq!(gp.problem, Some(Problem::CancelTooLate));
    assert_eq!(gp.screen, Screen::Appointments);
    assert!(gp.active_booking().is_some());
}

#[test]
fn cancelling_online_ends_exactly_24_hours_before() {
    // Slot 1 is tomorrow at 11:30, 24 hours after 11:30 today: 210
    // minutes after the clock's start (08:00 today).
    let mut gp = booked();
    gp.apply(Action::WaitMinutes(211));
    assert_eq!(gp.apply(Action::Cancel), ["cancel-too-late"]);
    let mut gp = booked();
    gp.apply(Action::WaitMinutes(210));
    assert_eq!(gp.apply(Action::Cancel), ["cancel-asked"]);
}

#[test]
fn a_repeat_prescription_needs_a_tick_and_skips_what_needs_a_checkup() {
    let mut gp = logged_in();
    gp.apply(Action::Open(Section::Repeat));
    assert_eq!(gp.apply(Action::SendRepeat), ["nothing-ticked"]);
    assert_eq!(gp.problem, Some(Problem::NothingTicked));
    assert_eq!(
        gp.apply(Action::Tick(Medicine::Atorvastatine)),
        ["checkup-needed"]
    );
    assert_eq!(
        gp.problem,
        Some(Problem::NeedsCheckup(Medicine::Atorvastatine))
    );
    assert!(gp.ticked.is_empty());
    assert!(
        gp.apply(Action::Tick(Medicine::Salbutamol)).is_empty(),
        "the child's"
    );
    assert_eq!(
        gp.apply(Action::Tick(Medicine::Metformine)),
        ["medicine-ticked"]
    );
    let checkup = Some(Problem::NeedsCheckup(Medicine::Atorvastatine));
    assert_eq!(gp.problem, checkup, "it is still not on the order");
    gp.apply(Action::Tick(Medicine::Metformine));
    assert_eq!(
        gp.problem, checkup,
        "taking another one off changes nothing"
    );
    gp.apply(Action::Tick(Medicine::Metformine));
    assert_eq!(
        gp.apply(Action::Tick(Medicine::Omeprazol)),
        ["medicine-ticked"]
    );
    gp.apply(Action::Tick(Medicine::Metformine));
    assert_eq!(
        gp.ticked,
        [Medicine::Omeprazol],
        "a second tick takes it off"
    );
    gp.apply(Action::Tick(Medicine::Metformine));
    gp.apply(Action::Note("Graag weer voor 3 maanden".into()));
    assert_eq!(gp.note, "Graag weer voor 3 maanden");
    assert_eq!(
        gp.apply(Action::Note("Bel me op 06-12345678".into())),
        ["portal-real-data-blocked"]
    );
    assert_eq!(gp.note, "Graag weer voor 3 maanden", "the last good note");
    gp.apply(Action::Note("Graag weer voor 3 maanden".into()));
    assert_eq!(gp.apply(Action::SendRepeat), ["repeat-sent"]);
    assert_eq!(gp.screen, Screen::RepeatSent);
    let order = gp.latest_order().expect("sent");
    assert_eq!(order.medicines, [Medicine::Omeprazol, Medicine::Metformine]);
    assert!(gp.ticked.is_empty() && gp.note.is_empty());
}

#[test]
fn an_order_moves_from_requested_to_ready_and_the_pharmacy_texts() {
    let mut gp = logged_in();
    run(
        &mut gp,
        vec![
            Action::Open(Section::Repeat),
            Action::Tick(Medicine::Amlodipine),
            Action::SendRepeat,
        ],
    );
    let status = |gp: &Gp| gp.latest_order().map(|o| o.status(gp.minutes));
    assert_eq!(status(&gp), Some(OrderStatus::Requested));
    gp.apply(Action::WaitDays(1));
    assert_eq!(status(&gp), Some(OrderStatus::InProgress));
    assert!(gp.notices.is_empty());
    assert_eq!(
        gp.apply(Action::WaitDays(1)),
        ["days-passed", "order-ready"]
    );
    assert_eq!(status(&gp), Some(OrderStatus::Ready));
    assert!(gp.is_new(Section::Orders));
    assert_eq!(gp.notices.len(), 1);
    assert_eq!(gp.apply(Action::WaitDays(1)), ["days-passed"]);
}

#[test]
fn results_out_of_range_are_told_apart() {
    let mut gp = logged_in();
    gp.apply(Action::Open(Section::Results));
    assert_eq!(
        gp.apply(Action::OpenResult(LabResult::Glucose)),
        ["result-opened"]
    );
    assert_eq!(gp.screen, Screen::Result(LabResult::Glucose));
    assert_eq!(gp.apply(Action::Back), ["results-opened"]);
    assert_eq!(gp.screen, Screen::Results);
    assert_eq!(
        gp.apply(Action::OpenResult(LabResult::Hemoglobin)),
        ["result-opened", "out-of-range-opened"]
    );
    let out: Vec<_> = LabResult::ALL
        .into_iter()
        .filter(|r| r.range() != Range::Within)
        .collect();
    assert_eq!(out, [LabResult::Hemoglobin, LabResult::Cholesterol]);
}

#[test]
fn acting_for_a_child_shows_the_childs_medicines_and_keeps_bookings_apart() {
    let mut gp = booked();
    assert_eq!(
        gp.apply(Action::ForPerson(Person::Child)),
        ["person-changed", "home-shown"]
    );
    assert!(gp.apply(Action::ForPerson(Person::Child)).is_empty());
    assert_eq!(
        gp.active_booking(),
        None,
        "Noor's booking is not the child's"
    );
    gp.apply(Action::Open(Section::Repeat));
    assert!(gp.apply(Action::Tick(Medicine::Omeprazol)).is_empty());
    assert_eq!(
        gp.apply(Action::Tick(Medicine::Salbutamol)),
        ["medicine-ticked"]
    );
    gp.apply(Action::SendRepeat);
    assert_eq!(gp.latest_order().map(|o| o.person), Some(Person::Child));
    gp.apply(Action::ForPerson(Person::Me));
    assert!(gp.active_booking().is_some());
    assert_eq!(gp.latest_order(), None, "the child's order is not Noor's");
}

//! Every transition of "Mijn Oefendal" and its kiosk, natively.

use super::*;
use crate::practice::digid_web::Action as D;

use Action as A;

mod kiosk;
mod questions;

/// Applies `actions` in order and returns the events of the last one.
fn run(hospital: &mut Hospital, actions: &[Action]) -> Vec<&'static str> {
    let mut last = vec![];
    for action in actions {
        let action = resolve(action, hospital);
        last = hospital.apply(action);
    }
    last
}

/// Checks that `action` after `before` gives exactly `events`, and
/// returns the hospital for more checks.
fn check(before: &[Action], action: Action, events: &[&str]) -> Hospital {
    let mut hospital = Hospital::new(7);
    run(&mut hospital, before);
    let action = resolve(&action, &hospital);
    let got = hospital.apply(action.clone());
    assert_eq!(got, events, "{action:?} after {before:?}");
    hospital
}

fn with(first: &[Action], more: &[Action]) -> Vec<Action> {
    first.iter().chain(more).cloned().collect()
}

fn logged_in() -> Vec<Action> {
    vec![A::Setup(Setup::LoggedIn)]
}

/// The questionnaire open at its first question.
fn asking() -> Vec<Action> {
    with(&logged_in(), &[A::Open(Page::Tasks), A::Questionnaire])
}

/// Every question answered: the check page shows.
fn reviewing() -> Vec<Action> {
    with(
        &choices_made(1),
        &[A::Text("omeprazol".into()), A::Next, A::Next],
    )
}

/// The three choices answered (the third with answer `third`): the text
/// question that needs an answer shows.
fn choices_made(third: usize) -> Vec<Action> {
    with(
        &asking(),
        &[
            A::Choose(0),
            A::Next,
            A::Choose(0),
            A::Next,
            A::Choose(third),
            A::Next,
        ],
    )
}

/// The day of the visit, at the hospital's kiosk.
fn at_kiosk() -> Vec<Action> {
    with(&logged_in(), &[A::WaitDays(1), A::ToHospital])
}

#[test]
fn it_starts_at_the_login_page_at_home_the_day_before_the_visit() {
    let h = Hospital::new(7);
    assert_eq!(
        (h.screen, h.place, h.day()),
        (Screen::Start, Place::Home, 0)
    );
    assert!(!h.logged_in && !h.is_visit_day() && h.task_open());
    assert_eq!(h.answers.len(), QUESTIONS.len());
}

#[test]
fn logging_in_goes_through_digid_oefenen() {
    let h = check(&[], A::StartDigid, &["digid-opened"]);
    assert_eq!(h.screen, Screen::Digid);
    let start = [
        A::StartDigid,
        A::Digid(D::Username("card:username".into())),
        A::Digid(D::Password("card:password".into())),
        A::Digid(D::SubmitLogin),
        A::Digid(D::ChooseSms),
        A::Digid(D::Code("sms:latest".into())),
    ];
    let h = check(
        &start,
        A::Digid(D::SubmitCode),
        &["logged-in", "portal-logged-in", "home-shown"],
    );
    assert!(h.logged_in);
    assert_eq!(h.screen, Screen::Home);
    assert_eq!(h.phone_messages().len(), 1, "DigiD's SMS is on the phone");
    // DigiD's actions count only on the DigiD screen, and logged in there
    // is no "Inloggen met DigiD" to press.
    check(&logged_in(), A::Digid(D::SubmitLogin), &[]);
    assert_eq!(check(&logged_in(), A::StartDigid, &[]).screen, Screen::Home);
    // The portal's pages need a login.
    check(&[], A::Open(Page::Tasks), &[]);
}

#[test]
fn the_menu_opens_every_page() {
    for (page, screen, event) in [
        (Page::Home, Screen::Home, "home-shown"),
        (
            Page::Appointments,
            Screen::Appointments,
            "appointments-opened",
        ),
        (Page::Tasks, Screen::Tasks, "tasks-opened"),
        (Page::Results, Screen::Results, "results-opened"),
        (Page::Letters, Screen::Letters, "letters-opened"),
        (Page::Messages, Screen::Messages, "messages-opened"),
    ] {
        assert_eq!(check(&logged_in(), A::Open(page), &[event]).screen, screen);
    }
}

#[test]
fn an_appointment_opens_and_check_in_waits_for_the_day_of_the_visit() {
    let list = with(&logged_in(), &[A::Open(Page::Appointments)]);
    for (i, _) in APPOINTMENTS.iter().enumerate() {
        assert_eq!(
            check(&list, A::Appointment(i), &["appointment-opened"]).screen,
            Screen::Appointment(i)
        );
    }
    check(&list, A::Appointment(APPOINTMENTS.len()), &[]);
    let cardio = with(&list, &[A::Appointment(0)]);
    let h = check(&cardio, A::CheckIn, &["check-in-too-early"]);
    assert_eq!((h.problem, h.checked_in), (Some(Problem::TooEarly), false));
    let h = check(&cardio, A::WaitDays(1), &["day-passed"]);
    assert_eq!((h.day(), h.problem), (VISIT_DAY, None));
    let h = check(
        &with(&cardio, &[A::WaitDays(1)]),
        A::CheckIn,
        &["checked-in"],
    );
    assert_eq!((h.screen, h.checked_in), (Screen::QrTicket, true));
    // Phone and video appointments have no check-in.
    check(
        &with(&list, &[A::WaitDays(1), A::Appointment(1)]),
        A::CheckIn,
        &[],
    );
    // There is no day after the visit in the practice.
    check(&with(&logged_in(), &[A::WaitDays(1)]), A::WaitDays(1), &[]);
}

#[test]
fn a_question_needs_an_answer_before_next() {
    let h = check(&asking(), A::Next, &["no-answer"]);
    assert_eq!(
        (h.screen, h.problem),
        (Screen::Question(0), Some(Problem::NoAnswer))
    );
    let h = check(&with(&asking(), &[A::Next]), A::Choose(2), &["answered"]);
    assert_eq!((h.answers[0].clone(), h.problem), (Answer::Choice(2), None));
    check(&asking(), A::Choose(3), &[]);
    check(&asking(), A::Text("goed".into()), &[]);
    let h = check(
        &with(&asking(), &[A::Choose(0)]),
        A::Next,
        &["next-question"],
    );
    assert_eq!((h.screen, h.at_question), (Screen::Question(1), 1));
}

#[test]
fn text_questions_keep_real_data_out_and_cut_long_text() {
    let on_text = choices_made(0);
    let h = check(&on_text, A::Next, &["no-answer"]);
    assert_eq!(h.screen, Screen::Question(3));
    let h = check(
        &with(&on_text, &[A::Next]),
        A::Text("geen".into()),
        &["text-written"],
    );
    assert_eq!(
        (h.answers[3].clone(), h.problem),
        (Answer::Text("geen".into()), None)
    );
    let h = check(
        &on_text,
        A::Text("BSN 123456782".into()),
        &["portal-real-data-blocked"],
    );
    assert!(matches!(h.problem, Some(Problem::RealData(_))));
    assert_eq!(h.answers[3], Answer::None);
    // The warning holds "Volgende" until the learner types again.
    check(
        &with(&on_text, &[A::Text("BSN 123456782".into())]),
        A::Next,
        &[],
    );
    let h = check(&on_text, A::Text("x".repeat(500)), &["text-written"]);
    assert_eq!(h.problem, Some(Problem::TooLong));
    assert_eq!(h.answers[3], Answer::Text("x".repeat(action::ANSWER_LIMIT)));
    // The last question may stay empty.
    let last = with(&on_text, &[A::Text("geen".into()), A::Next]);
    assert_eq!(
        check(&last, A::Next, &["review-shown"]).screen,
        Screen::Review
    );
}

#[test]
fn the_task_list_counts_the_answers_given() {
    let mut h = Hospital::new(7);
    assert_eq!(h.answered(), 0);
    run(&mut h, &reviewing());
    assert_eq!(
        (h.screen, h.answered()),
        (Screen::Review, QUESTIONS.len() - 1),
        "the last question may stay empty"
    );
}

#[test]
fn the_phone_moves_the_clock_on_by_minutes_at_most_a_day_a_press() {
    // DigiD's code inside the portal can expire while the learner waits.
    assert_eq!(check(&[], A::WaitMinutes(10), &[]).minutes, 10);
    let h = check(&[], A::WaitMinutes(5000), &[]);
    assert_eq!(h.minutes, clock::days(1));
}

#[test]
fn previous_goes_back_a_question_or_to_the_task_list() {
    let second = with(&asking(), &[A::Choose(0), A::Next]);
    let h = check(&second, A::Previous, &["previous-question"]);
    assert_eq!(
        (h.screen, h.answers[0].clone()),
        (Screen::Question(0), Answer::Choice(0))
    );
    assert_eq!(
        check(&asking(), A::Previous, &["tasks-opened"]).screen,
        Screen::Tasks
    );
    // Left by the menu, "Verder invullen" opens the question last shown.
    let back_and_away = with(&second, &[A::Previous, A::Open(Page::Tasks)]);
    let h = check(&back_and_away, A::Questionnaire, &["questionnaire-opened"]);
    assert_eq!(h.screen, Screen::Question(0));
}

#[test]
fn save_and_continue_later_keeps_answers_and_the_place() {
    let second = with(&asking(), &[A::Choose(1), A::Next]);
    let h = check(&second, A::SaveLater, &["saved-for-later"]);
    assert_eq!(
        (h.screen, h.answered(), h.at_question),
        (Screen::Tasks, 1, 1)
    );
    let h = check(
        &with(&second, &[A::SaveLater]),
        A::Questionnaire,
        &["questionnaire-opened"],
    );
    assert_eq!(h.screen, Screen::Question(1));
    // Logged out by idle time, the answers are still there afterwards.
    let idle = with(&second, &[A::Idle, A::Idle]);
    let mut h = Hospital::new(7);
    run(&mut h, &idle);
    assert_eq!((h.screen, h.answered()), (Screen::LoggedOut, 1));
}

#[test]
fn the_check_page_changes_one_answer_and_comes_back() {
    let h = check(
        &reviewing()[..reviewing().len() - 1],
        A::Next,
        &["review-shown"],
    );
    assert_eq!(h.screen, Screen::Review);
    let h = check(&reviewing(), A::Change(2), &["change-opened"]);
    assert_eq!((h.screen, h.from_review), (Screen::Question(2), true));
    let changed = with(&reviewing(), &[A::Change(2), A::Choose(0)]);
    let h = check(&changed, A::Next, &["review-shown"]);
    assert_eq!(
        (h.screen, h.answers[2].clone()),
        (Screen::Review, Answer::Choice(0))
    );
    assert_eq!(
        check(
            &with(&reviewing(), &[A::Change(2)]),
            A::Previous,
            &["review-shown"]
        )
        .screen,
        Screen::Review
    );
    check(&reviewing(), A::Change(QUESTIONS.len()), &[]);
}

#[test]
fn sending_closes_the_task() {
    let h = check(&reviewing(), A::Send, &["questionnaire-sent"]);
    assert_eq!(
        (h.screen, h.sent, h.task_open()),
        (Screen::Sent, true, false)
    );
    let sent = with(&reviewing(), &[A::Send, A::Open(Page::Tasks)]);
    check(&sent, A::Questionnaire, &[]);
    check(&asking(), A::Send, &[]);
}

#[test]
fn letters_and_messages_open_and_are_read() {
    let h = check(
        &with(&logged_in(), &[A::Open(Page::Letters)]),
        A::ReadLetter,
        &["letter-opened"],
    );
    assert_eq!((h.screen, h.letter_read), (Screen::Letter, true));
    let h = check(
        &with(&logged_in(), &[A::Open(Page::Messages)]),
        A::ReadMessage,
        &["message-opened"],
    );
    assert_eq!((h.screen, h.message_read), (Screen::Message, true));
    check(&logged_in(), A::ReadLetter, &[]);
}

#[test]
fn idle_time_warns_then_logs_out() {
    let h = check(&logged_in(), A::Idle, &["idle-warned"]);
    assert!(h.idle_warning);
    // While the warning shows, only its answers count.
    check(&with(&logged_in(), &[A::Idle]), A::Open(Page::Tasks), &[]);
    let h = check(
        &with(&logged_in(), &[A::Idle]),
        A::StayLoggedIn,
        &["stayed-logged-in"],
    );
    assert!(!h.idle_warning && h.logged_in);
    let h = check(&with(&logged_in(), &[A::Idle]), A::Idle, &["logged-out"]);
    assert_eq!((h.screen, h.logged_in), (Screen::LoggedOut, false));
    let h = check(&logged_in(), A::Logout, &["logged-out"]);
    assert_eq!(h.screen, Screen::LoggedOut);
    check(&[], A::Idle, &[]);
    assert_eq!(check(&[], A::Logout, &[]).screen, Screen::Start);
    check(&logged_in(), A::StayLoggedIn, &[]);
    // Logging in again starts a fresh DigiD.
    check(
        &with(&logged_in(), &[A::Logout]),
        A::StartDigid,
        &["digid-opened"],
    );
}

#[test]
fn every_event_and_target_is_listed_once() {
    for list in [&EVENTS[..], &TARGETS[..]] {
        let mut ids = list.to_vec();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), list.len());
    }
    for a in APPOINTMENTS {
        assert!(TARGETS.contains(&a.target), "{}", a.target);
    }
}

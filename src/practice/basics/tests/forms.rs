//! The basics' forms: a name and a typo, a list and a tick, a date.

use super::{check, done};
use crate::practice::basics::{
    Action as A, Basics, Exercise as E, Problem, Screen, COURSE_DAYS, PLACE_TYPO,
};

#[test]
fn type_a_name_and_fix_a_typo() {
    let name = |t: &str| A::Name(t.into());
    let place = |t: &str| A::Place(t.into());
    check(E::Type, &[name("Noo")], &[], Screen::Start(E::Type), None);
    check(
        E::Type,
        &[name("Noor")],
        &["name-typed"],
        Screen::Start(E::Type),
        None,
    );
    check(
        E::Type,
        &[name("  noor ")],
        &["name-typed"],
        Screen::Start(E::Type),
        None,
    );
    check(
        E::Type,
        &[A::Submit],
        &["not-yet"],
        Screen::Start(E::Type),
        Some(Problem::NameNot(String::new())),
    );
    check(
        E::Type,
        &[name("Nor"), A::Submit],
        &["not-yet"],
        Screen::Start(E::Type),
        Some(Problem::NameNot("Nor".into())),
    );
    check(
        E::Type,
        &[name("Noor"), A::Submit],
        &["not-yet"],
        Screen::Start(E::Type),
        Some(Problem::PlaceNot(PLACE_TYPO.into())),
    );
    check(
        E::Type,
        &[name("Noor"), place("Oefenstad")],
        &["place-fixed"],
        Screen::Start(E::Type),
        None,
    );
    check(
        E::Type,
        &[name("Noor"), place("Oefenstad"), A::Submit],
        &["saved", "exercise-done"],
        done(E::Type),
        None,
    );
    // Real-looking details are refused whole, with the guard's warning.
    check(
        E::Type,
        &[name("noor@gmail.com")],
        &["real-data-blocked"],
        Screen::Start(E::Type),
        Some(Problem::RealData(crate::practice::guard::RealData::Email)),
    );
    check(
        E::Type,
        &[name("noor@gmail.com"), name("Noor")],
        &["name-typed"],
        Screen::Start(E::Type),
        None,
    );
    // Typing clears the help; very long text is cut, not refused.
    check(
        E::Type,
        &[A::Submit, name("N")],
        &[],
        Screen::Start(E::Type),
        None,
    );
    let mut b = Basics::new(1);
    b.apply(A::Open(E::Type));
    b.apply(name(&"x".repeat(10_000)));
    assert_eq!(b.name.chars().count(), 64);
    assert_eq!(b.place, PLACE_TYPO);
}

#[test]
fn choose_a_day_tick_the_box_and_sign_up() {
    check(
        E::Choose,
        &[A::Submit],
        &["not-yet"],
        Screen::Start(E::Choose),
        Some(Problem::NoDay),
    );
    check(
        E::Choose,
        &[A::Submit, A::CourseDay(1)],
        &["day-chosen"],
        Screen::Start(E::Choose),
        None,
    );
    check(
        E::Choose,
        &[A::CourseDay(COURSE_DAYS.len())],
        &[],
        Screen::Start(E::Choose),
        None,
    );
    check(
        E::Choose,
        &[A::CourseDay(0), A::Submit],
        &["not-yet"],
        Screen::Start(E::Choose),
        Some(Problem::NotTicked),
    );
    check(
        E::Choose,
        &[A::CourseDay(0), A::Submit, A::Tick(true)],
        &["ticked"],
        Screen::Start(E::Choose),
        None,
    );
    check(
        E::Choose,
        &[A::CourseDay(0), A::Tick(true), A::Tick(false), A::Submit],
        &["not-yet"],
        Screen::Start(E::Choose),
        Some(Problem::NotTicked),
    );
    check(
        E::Choose,
        &[A::CourseDay(2), A::Tick(true), A::Submit],
        &["signed-up", "exercise-done"],
        done(E::Choose),
        None,
    );
}

#[test]
fn choose_a_date() {
    check(
        E::Date,
        &[A::Submit],
        &["not-yet"],
        Screen::Start(E::Date),
        Some(Problem::NoDate),
    );
    check(
        E::Date,
        &[A::PickDay(14)],
        &["wrong-day"],
        Screen::Start(E::Date),
        Some(Problem::WrongDay(14)),
    );
    check(
        E::Date,
        &[A::PickDay(14), A::Submit],
        &["wrong-day"],
        Screen::Start(E::Date),
        Some(Problem::WrongDay(14)),
    );
    check(E::Date, &[A::PickDay(0)], &[], Screen::Start(E::Date), None);
    check(
        E::Date,
        &[A::PickDay(32)],
        &[],
        Screen::Start(E::Date),
        None,
    );
    check(
        E::Date,
        &[A::PickDay(14), A::PickDay(15)],
        &["day-picked"],
        Screen::Start(E::Date),
        None,
    );
    check(
        E::Date,
        &[A::PickDay(15), A::Submit],
        &["date-confirmed", "exercise-done"],
        done(E::Date),
        None,
    );
}

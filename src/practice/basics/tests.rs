//! Every transition of the basics, through one `check` helper: open an
//! exercise, do the actions, compare the events, the screen and the help.

use super::*;
use Action as A;
use Exercise as E;

mod forms;

/// Opens `exercise`, applies `actions`, and checks the events of the last
/// action, the screen, and the problem shown.
pub(super) fn check(
    exercise: E,
    actions: &[A],
    events: &[&str],
    screen: Screen,
    problem: Option<Problem>,
) {
    let mut b = Basics::new(7);
    b.apply(A::Open(exercise));
    let mut last = vec![];
    for a in actions {
        last = b.apply(a.clone());
    }
    assert_eq!(last, events, "{exercise:?} {actions:?}: events");
    assert_eq!(b.screen, screen, "{exercise:?} {actions:?}: screen");
    assert_eq!(b.problem, problem, "{exercise:?} {actions:?}: problem");
}

pub(super) fn done(e: E) -> Screen {
    Screen::Done(e)
}

#[test]
fn free_practice_starts_at_the_list_and_opens_any_exercise() {
    let mut b = Basics::new(1);
    assert_eq!(b.screen, Screen::Menu);
    assert_eq!(b.exercise(), None);
    for e in Exercise::ALL {
        assert_eq!(b.apply(A::Open(e)), ["opened"]);
        assert_eq!(b.screen, Screen::Start(e));
        assert_eq!(b.exercise(), Some(e));
        b.apply(A::Menu);
        assert_eq!(b.screen, Screen::Menu);
    }
    // Each id is the exercise's own name in lesson files.
    for e in Exercise::ALL {
        let read: Result<Exercise, _> = serde_json::from_str(&format!("{:?}", e.id()));
        assert_eq!(read.ok(), Some(e), "{}", e.id());
    }
}

#[test]
fn press_a_button() {
    check(
        E::Tap,
        &[A::Miss],
        &["missed"],
        Screen::Start(E::Tap),
        Some(Problem::Missed),
    );
    check(
        E::Tap,
        &[A::Miss, A::GoOn],
        &["went-on"],
        Screen::Next(E::Tap),
        None,
    );
    check(
        E::Tap,
        &[A::GoOn, A::Answer(false)],
        &["said-no"],
        Screen::Next(E::Tap),
        Some(Problem::PressedNo),
    );
    check(
        E::Tap,
        &[A::GoOn, A::Miss],
        &["missed"],
        Screen::Next(E::Tap),
        Some(Problem::Missed),
    );
    check(
        E::Tap,
        &[A::GoOn, A::Answer(false), A::Answer(true)],
        &["said-yes", "exercise-done"],
        done(E::Tap),
        None,
    );
}

#[test]
fn scroll_down_and_up() {
    check(
        E::Scroll,
        &[A::GoOn],
        &["found"],
        Screen::Next(E::Scroll),
        None,
    );
    check(E::Scroll, &[A::ToTop], &[], Screen::Start(E::Scroll), None);
    check(
        E::Scroll,
        &[A::GoOn, A::ToTop],
        &["at-top", "exercise-done"],
        done(E::Scroll),
        None,
    );
}

#[test]
fn open_a_page_and_go_back() {
    check(E::Back, &[A::Back], &[], Screen::Start(E::Back), None);
    check(
        E::Back,
        &[A::GoOn],
        &["page-opened"],
        Screen::Next(E::Back),
        None,
    );
    check(
        E::Back,
        &[A::GoOn, A::Back],
        &["went-back", "exercise-done"],
        done(E::Back),
        None,
    );
}

#[test]
fn recognise_a_link() {
    check(
        E::Link,
        &[A::PlainText],
        &["not-a-link"],
        Screen::Start(E::Link),
        Some(Problem::NotALink),
    );
    check(
        E::Link,
        &[A::PlainText, A::Link],
        &["link-opened"],
        Screen::Next(E::Link),
        None,
    );
    check(
        E::Link,
        &[A::Link, A::Back],
        &["went-back", "exercise-done"],
        done(E::Link),
        None,
    );
}

#[test]
fn close_a_popup() {
    check(E::Popup, &[A::GoOn], &[], Screen::Start(E::Popup), None);
    check(
        E::Popup,
        &[A::PopupYes],
        &["popup-yes"],
        Screen::Start(E::Popup),
        Some(Problem::SaidYes),
    );
    let mut b = Basics::new(1);
    b.apply(A::Open(E::Popup));
    assert!(b.popup);
    assert_eq!(b.apply(A::ClosePopup), ["popup-closed"]);
    assert!(!b.popup);
    assert_eq!(b.apply(A::ClosePopup), Vec::<&str>::new());
    assert_eq!(b.apply(A::PopupYes), Vec::<&str>::new(), "no pop-up left");
    assert_eq!(b.problem, None);
    check(
        E::Popup,
        &[A::ClosePopup, A::GoOn],
        &["went-on", "exercise-done"],
        done(E::Popup),
        None,
    );
}

#[test]
fn zoom_in_and_out() {
    check(E::Zoom, &[A::ZoomOut], &[], Screen::Start(E::Zoom), None);
    check(E::Zoom, &[A::ZoomIn], &[], Screen::Start(E::Zoom), None);
    check(
        E::Zoom,
        &[A::ZoomIn, A::ZoomIn],
        &["zoomed-in"],
        Screen::Next(E::Zoom),
        None,
    );
    check(
        E::Zoom,
        &[A::ZoomIn, A::ZoomOut],
        &[],
        Screen::Start(E::Zoom),
        None,
    );
    check(
        E::Zoom,
        &[A::ZoomIn, A::ZoomIn, A::ZoomIn, A::ZoomIn],
        &[],
        Screen::Next(E::Zoom),
        None,
    );
    check(
        E::Zoom,
        &[A::ZoomIn, A::ZoomIn, A::ZoomOut],
        &[],
        Screen::Next(E::Zoom),
        None,
    );
    check(
        E::Zoom,
        &[A::ZoomIn, A::ZoomIn, A::ZoomOut, A::ZoomOut],
        &["zoomed-out", "exercise-done"],
        done(E::Zoom),
        None,
    );
    let mut b = Basics::new(1);
    b.apply(A::Open(E::Zoom));
    for _ in 0..10 {
        b.apply(A::ZoomIn);
    }
    assert_eq!(b.zoom, ZOOMS.len() - 1);
}

#[test]
fn a_slow_attempt_gets_a_nudge_once_and_never_an_error() {
    for e in Exercise::ALL {
        check(
            e,
            &[A::Nudge],
            &["nudged"],
            Screen::Start(e),
            Some(Problem::Slow),
        );
    }
    // A mistake's help stays: the nudge does not replace it.
    check(
        E::Tap,
        &[A::Miss, A::Nudge],
        &[],
        Screen::Start(E::Tap),
        Some(Problem::Missed),
    );
    // Done is done: no nudge there.
    check(
        E::Back,
        &[A::GoOn, A::Back, A::Nudge],
        &[],
        done(E::Back),
        None,
    );
    // Acting moves on and clears it.
    check(
        E::Tap,
        &[A::Nudge, A::GoOn],
        &["went-on"],
        Screen::Next(E::Tap),
        None,
    );
}

#[test]
fn again_and_the_list() {
    check(
        E::Tap,
        &[A::GoOn, A::Answer(true), A::Again],
        &["opened"],
        Screen::Start(E::Tap),
        None,
    );
    check(
        E::Type,
        &[A::Name("Noor".into()), A::Again],
        &["opened"],
        Screen::Start(E::Type),
        None,
    );
    let mut b = Basics::new(1);
    b.apply(A::Open(E::Choose));
    b.apply(A::Tick(true));
    b.apply(A::Again);
    assert!(!b.ticked);
    b.apply(A::Menu);
    assert_eq!(b, Basics::new(1));
    // Actions of another exercise do nothing, each on its own.
    for action in [A::PickDay(15), A::Link, A::ZoomIn, A::Submit] {
        let mut b = Basics::new(7);
        b.apply(A::Open(E::Tap));
        let before = b.clone();
        assert_eq!(b.apply(action.clone()), Vec::<&str>::new(), "{action:?}");
        assert_eq!(b, before, "{action:?}");
    }
}

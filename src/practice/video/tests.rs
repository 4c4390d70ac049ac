//! Every transition of the video consult, natively.

use super::*;

/// Applies `actions` to `video` and returns the events of the last one.
fn run(video: &mut Video, actions: &[Action]) -> Vec<&'static str> {
    let mut last = vec![];
    for action in actions {
        last = video.apply(action.clone());
    }
    last
}

/// Checks that `action` on a video after `before` gives exactly `events`.
fn check(before: &[Action], action: Action, events: &[&str]) -> Video {
    let mut video = Video::new();
    run(&mut video, before);
    let got = video.apply(action.clone());
    assert_eq!(got, events, "{action:?} after {before:?}");
    video
}

use Action as A;

mod call;

const TEST_OPEN: &[Action] = &[A::OpenTest, A::Allow];

fn in_call() -> Vec<Action> {
    vec![
        A::Setup(Setup::TestDone),
        A::OpenCall,
        A::Name("Noor Oefenaar".into()),
        A::Join,
        A::WaitMinutes(5),
    ]
}

fn in_call_with(more: &[Action]) -> Vec<Action> {
    let mut all = in_call();
    all.extend_from_slice(more);
    all
}

#[test]
fn the_invitation_arrives_by_sms_and_mail() {
    let video = Video::new();
    assert_eq!(video.screen, Screen::Mail);
    assert_eq!(video.messages.len(), 1);
    assert_eq!(video.messages[0].text, p::VIDEO_SMS_TEXT);
    assert!(video.messages[0].code.is_empty(), "a notice, no code");
    assert_eq!(video.minutes_to_go(), STARTS_AT);
}

#[test]
fn the_test_asks_for_camera_and_microphone_first() {
    let video = check(&[], A::OpenTest, &["test-opened", "asked"]);
    assert!(video.asking());
    assert_eq!(video.screen, Screen::Test);
    // While the question shows, nothing else on the page works.
    let video = check(&[A::OpenTest], A::SaySomething, &[]);
    assert!(!video.voice_heard);
    check(&[A::OpenTest], A::ToMail, &[]);
}

#[test]
fn allowing_shows_the_picture() {
    let video = check(&[A::OpenTest], A::Allow, &["allowed", "picture-seen"]);
    assert_eq!(video.permission, Permission::Allowed);
    assert!(video.picture());
    // The question is asked once: a second visit does not ask again.
    check(
        &[A::OpenTest, A::Allow, A::ToMail],
        A::OpenTest,
        &["test-opened", "picture-seen"],
    );
}

#[test]
fn blocking_shows_why_and_the_way_to_fix_it() {
    let video = check(&[A::OpenTest], A::Block, &["blocked"]);
    assert_eq!(video.screen, Screen::Blocked);
    assert!(!video.picture());
    // Opening the test again does not ask again: it is still blocked.
    let video = check(
        &[A::OpenTest, A::Block, A::ToMail],
        A::OpenTest,
        &["test-opened"],
    );
    assert_eq!(video.screen, Screen::Blocked);
    check(&[A::OpenTest, A::Block], A::OpenFix, &["fix-opened"]);
    // The fix opens from the blocked page only.
    check(&[A::OpenTest, A::Allow], A::OpenFix, &[]);
}

#[test]
fn the_fix_needs_both_switches_on() {
    let blocked = [A::OpenTest, A::Block, A::OpenFix];
    check(&blocked, A::FixCamera(true), &["camera-allowed"]);
    check(&blocked, A::FixMic(true), &["mic-allowed"]);
    check(&blocked, A::FixCamera(false), &[]);
    let video = check(
        &[&blocked[..], &[A::FixCamera(true)]].concat(),
        A::FixDone,
        &["fix-incomplete"],
    );
    assert_eq!(video.problem, Some(Problem::FixIncomplete));
    assert_eq!(video.screen, Screen::Fix);
    // Touching a switch again takes the message away.
    let video = check(
        &[&blocked[..], &[A::FixCamera(true), A::FixDone]].concat(),
        A::FixMic(true),
        &["mic-allowed"],
    );
    assert_eq!(video.problem, None);
    let video = check(
        &[&blocked[..], &[A::FixCamera(true), A::FixMic(true)]].concat(),
        A::FixDone,
        &["access-fixed", "picture-seen"],
    );
    assert_eq!(video.screen, Screen::Test);
    assert_eq!(video.permission, Permission::Allowed);
}

#[test]
fn a_blocked_call_page_is_fixed_back_to_the_join_page() {
    let blocked = [
        A::OpenCall,
        A::Block,
        A::OpenFix,
        A::FixCamera(true),
        A::FixMic(true),
    ];
    let video = check(&blocked, A::FixDone, &["access-fixed"]);
    assert_eq!(video.screen, Screen::Join);
}

#[test]
fn the_wrong_camera_shows_no_picture() {
    let video = check(
        TEST_OPEN,
        A::Camera(Device::Other),
        &["camera-chosen", "no-picture"],
    );
    assert_eq!(video.problem, Some(Problem::NoPicture));
    assert!(!video.picture());
    let video = check(
        &[TEST_OPEN, &[A::Camera(Device::Other)]].concat(),
        A::Camera(Device::Builtin),
        &["camera-chosen", "picture-seen"],
    );
    assert_eq!(video.problem, None);
}

#[test]
fn the_microphone_meter_moves_only_with_the_working_microphone() {
    let mut video = Video::new();
    run(&mut video, TEST_OPEN);
    assert!(!video.mic_works(), "still before a word was said");
    let video = check(TEST_OPEN, A::SaySomething, &["voice-heard"]);
    assert!(video.voice_heard);
    assert!(video.mic_works());
    // Heard once, then the headset that is not connected: the meter stops.
    let video = check(
        &[TEST_OPEN, &[A::SaySomething]].concat(),
        A::Mic(Device::Other),
        &["mic-chosen"],
    );
    assert!(video.voice_heard);
    assert!(!video.mic_works());
    let with_headset = [TEST_OPEN, &[A::Mic(Device::Other)]].concat();
    let video = check(&with_headset, A::SaySomething, &["nothing-heard"]);
    assert_eq!(video.problem, Some(Problem::NothingHeard));
    assert!(!video.voice_heard);
    let video = check(
        &[&with_headset[..], &[A::SaySomething]].concat(),
        A::Mic(Device::Builtin),
        &["mic-chosen"],
    );
    assert_eq!(video.problem, None);
}

#[test]
fn the_tone_is_heard_or_gets_help() {
    check(TEST_OPEN, A::PlayTone, &["tone-played"]);
    // No answer before the tone played.
    check(TEST_OPEN, A::ToneHeard(true), &[]);
    let played = [TEST_OPEN, &[A::PlayTone]].concat();
    let video = check(&played, A::ToneHeard(false), &["tone-not-heard"]);
    assert_eq!(video.problem, Some(Problem::ToneNotHeard));
    let video = check(
        &[&played[..], &[A::ToneHeard(false)]].concat(),
        A::ToneHeard(true),
        &["tone-heard"],
    );
    assert_eq!(video.problem, None);
    assert!(video.tone_heard);
}

#[test]
fn the_test_is_done_when_everything_worked() {
    let video = check(
        &[A::OpenTest, A::Allow, A::SaySomething],
        A::FinishTest,
        &["test-incomplete"],
    );
    assert_eq!(video.problem, Some(Problem::TestIncomplete));
    let all = [
        A::OpenTest,
        A::Allow,
        A::SaySomething,
        A::PlayTone,
        A::ToneHeard(true),
    ];
    let video = check(&all, A::FinishTest, &["test-done"]);
    assert!(video.test_done);
    assert_eq!(video.screen, Screen::Mail);
    // The wrong camera at the end: not done.
    check(
        &[&all[..], &[A::Camera(Device::Other)]].concat(),
        A::FinishTest,
        &["test-incomplete"],
    );
}

#[test]
fn the_link_opens_the_join_page_a_few_minutes_early() {
    let video = check(&[A::Setup(Setup::TestDone)], A::OpenCall, &["call-opened"]);
    assert_eq!(video.screen, Screen::Join);
    assert_eq!(video.minutes, JOIN_AT);
    // Without the test, the browser asks here.
    let video = check(&[], A::OpenCall, &["call-opened", "asked"]);
    assert!(video.asking());
}

//! From the join page on: the name, the waiting room, the call with the
//! doctor, leaving and coming back; and what no page allows.

use super::*;

#[test]
fn joining_needs_a_name_and_keeps_real_data_out() {
    let join = [A::Setup(Setup::TestDone), A::OpenCall];
    let video = check(&join, A::Join, &["name-empty"]);
    assert_eq!(video.problem, Some(Problem::NameEmpty));
    check(&join, A::Name("  ".into()), &[]);
    let video = check(&join, A::Name("Noor".into()), &["name-written"]);
    assert_eq!(video.name, "Noor");
    let video = check(&join, A::Name("x".repeat(NAME_MAX + 5)), &["name-written"]);
    assert_eq!(video.name.chars().count(), NAME_MAX);
    assert_eq!(video.problem, Some(Problem::TooLong));
    let video = check(
        &join,
        A::Name("noor@gmail.com".into()),
        &["real-data-blocked"],
    );
    assert!(video.name.is_empty(), "a real address is not kept");
    assert!(matches!(video.problem, Some(Problem::RealData(_))));
    // The warning holds the submit until the learner types again.
    check(
        &[&join[..], &[A::Name("noor@gmail.com".into())]].concat(),
        A::Join,
        &[],
    );
}

#[test]
fn the_waiting_room_counts_down_in_simulated_time() {
    let joined = [
        A::Setup(Setup::TestDone),
        A::OpenCall,
        A::Name("Noor".into()),
    ];
    let video = check(&joined, A::Join, &["joined"]);
    assert_eq!(video.screen, Screen::Waiting);
    assert_eq!(video.minutes_to_go(), STARTS_AT - JOIN_AT);
    let waiting = [&joined[..], &[A::Join]].concat();
    let video = check(&waiting, A::WaitMinutes(1), &["minutes-passed"]);
    assert_eq!(video.minutes_to_go(), STARTS_AT - JOIN_AT - 1);
    let video = check(&waiting, A::WaitMinutes(3), &["minutes-passed", "admitted"]);
    assert_eq!(video.screen, Screen::Call);
    assert!(video.admitted);
    // One press never moves the clock more than ten minutes.
    let video = check(&[], A::WaitMinutes(500), &["minutes-passed"]);
    assert_eq!(video.minutes, 10);
}

#[test]
fn the_call_starts_muted_and_the_doctor_cannot_hear() {
    let video = check(&in_call(), A::Say(Answer::HearYou), &["not-heard"]);
    assert_eq!(video.problem, Some(Problem::Muted));
    assert_eq!(video.doctor_says(), p::VIDEO_DOCTOR_MUTED);
    assert_eq!(video.talk, Talk::Hello);
    let video = check(
        &in_call_with(&[A::Say(Answer::HearYou)]),
        A::ToggleMic,
        &["mic-on"],
    );
    assert_eq!(video.problem, None);
    assert!(!video.muted);
    check(&in_call_with(&[A::ToggleMic]), A::ToggleMic, &["mic-off"]);
}

#[test]
fn the_doctor_checks_name_and_birth_date_and_privacy() {
    let unmuted = in_call_with(&[A::ToggleMic]);
    let video = check(&unmuted, A::Say(Answer::HearYou), &["heard"]);
    assert_eq!(video.talk, Talk::Identity);
    assert_eq!(video.doctor_says(), p::VIDEO_DOCTOR_IDENTITY);
    let asked = [&unmuted[..], &[A::Say(Answer::HearYou)]].concat();
    let video = check(&asked, A::Say(Answer::NameOnly), &["birth-date-missing"]);
    assert_eq!(video.doctor_says(), p::VIDEO_DOCTOR_DATE_MISSING);
    assert_eq!(video.talk, Talk::Identity);
    let video = check(&asked, A::Say(Answer::NameAndDate), &["identity-checked"]);
    assert_eq!(video.talk, Talk::Private);
    // An answer that does not fit the question is not said.
    check(&asked, A::Say(Answer::Thanks), &[]);
    let checked = [&asked[..], &[A::Say(Answer::NameAndDate)]].concat();
    let video = check(&checked, A::Say(Answer::Alone), &["private-confirmed"]);
    assert_eq!(video.talk, Talk::Advice);
    assert_eq!(video.chat.len(), 1, "the advice in the chat");
    assert_eq!(video.chat[0].from, Writer::Doctor);
}

fn advised() -> Vec<Action> {
    in_call_with(&[
        A::ToggleMic,
        A::Say(Answer::HearYou),
        A::Say(Answer::NameAndDate),
        A::Say(Answer::Alone),
    ])
}

#[test]
fn the_chat_sends_what_was_typed() {
    let video = check(&advised(), A::SendChat, &["chat-empty"]);
    assert_eq!(video.problem, Some(Problem::ChatEmpty));
    let video = check(&advised(), A::Chat("Dank u".into()), &["chat-written"]);
    assert_eq!(video.draft, "Dank u");
    let video = check(
        &[&advised()[..], &[A::Chat("Dank u".into())]].concat(),
        A::SendChat,
        &["chat-sent"],
    );
    assert!(video.draft.is_empty());
    assert_eq!(
        video.chat[1],
        ChatLine {
            from: Writer::Me,
            text: "Dank u".into()
        }
    );
    assert_eq!(video.chat[2].from, Writer::Doctor);
    let video = check(
        &advised(),
        A::Chat("bel 0612345678".into()),
        &["real-data-blocked"],
    );
    assert!(video.draft.is_empty());
    let video = check(
        &advised(),
        A::Chat("a".repeat(CHAT_MAX + 1)),
        &["chat-written"],
    );
    assert_eq!(video.draft.len(), CHAT_MAX);
}

#[test]
fn the_camera_can_go_off_and_on() {
    let video = check(&in_call(), A::ToggleCamera, &["camera-off"]);
    assert_eq!(video.doctor_says(), p::VIDEO_DOCTOR_NO_PICTURE);
    let video = check(
        &in_call_with(&[A::ToggleCamera]),
        A::ToggleCamera,
        &["camera-on"],
    );
    assert_eq!(video.doctor_says(), p::VIDEO_DOCTOR_HELLO);
}

#[test]
fn leaving_by_accident_and_back_through_the_link() {
    let video = check(&advised(), A::HangUp, &["left"]);
    assert_eq!(video.screen, Screen::Left);
    let left = [&advised()[..], &[A::HangUp]].concat();
    check(&left, A::ToMail, &["mail-opened"]);
    let video = check(
        &[&left[..], &[A::ToMail]].concat(),
        A::OpenCall,
        &["rejoined"],
    );
    assert_eq!(video.screen, Screen::Call);
    assert_eq!(
        video.talk,
        Talk::Advice,
        "the doctor goes on where you were"
    );
}

#[test]
fn the_call_ends_after_the_goodbye() {
    let video = check(&advised(), A::Say(Answer::Thanks), &["goodbye"]);
    assert_eq!(video.doctor_says(), p::VIDEO_DOCTOR_BYE);
    assert!(video.answers().is_empty());
    let video = check(
        &[&advised()[..], &[A::Say(Answer::Thanks)]].concat(),
        A::HangUp,
        &["call-ended"],
    );
    assert_eq!(video.screen, Screen::Ended);
    check(
        &[&advised()[..], &[A::Say(Answer::Thanks), A::HangUp]].concat(),
        A::ToMail,
        &["mail-opened"],
    );
}

#[test]
fn actions_of_another_page_change_nothing() {
    for action in [
        A::Allow,
        A::Block,
        A::OpenFix,
        A::FixDone,
        A::SaySomething,
        A::FinishTest,
        A::Join,
        A::ToggleMic,
        A::ToggleCamera,
        A::Say(Answer::HearYou),
        A::SendChat,
        A::HangUp,
        A::ToMail,
        A::FixCamera(true),
        A::FixMic(true),
        A::Camera(Device::Other),
        A::Mic(Device::Other),
        A::PlayTone,
        A::Name("Noor Oefenaar".into()),
        A::Chat("Hallo".into()),
    ] {
        nothing_happens(&[], action);
    }
}

/// Checks that `action` after `before` gives no event and changes nothing.
fn nothing_happens(before: &[Action], action: Action) {
    let mut video = Video::new();
    run(&mut video, before);
    let was = video.clone();
    assert_eq!(
        video.apply(action.clone()),
        Vec::<&str>::new(),
        "{action:?} after {before:?}"
    );
    assert_eq!(video, was, "{action:?} after {before:?} changed the page");
}

#[test]
fn the_invitations_links_work_only_in_the_invitation() {
    // On the test page, the join page and in the call, the invitation's
    // links are not there: nothing may happen.
    let test_page = TEST_OPEN.to_vec();
    let join_page = vec![A::Setup(Setup::TestDone), A::OpenCall];
    for before in [test_page, join_page, in_call()] {
        for action in [A::OpenTest, A::OpenCall] {
            nothing_happens(&before, action);
        }
    }
}

#[test]
fn each_answer_has_its_own_target_after_its_name() {
    for answer in [
        Answer::HearYou,
        Answer::NameOnly,
        Answer::NameAndDate,
        Answer::Alone,
        Answer::Thanks,
    ] {
        let name = answer.target().strip_prefix("answer-").unwrap_or_default();
        let named: Result<Answer, _> = serde_json::from_str(&format!("\"{name}\""));
        assert_eq!(named.ok(), Some(answer), "{}", answer.target());
    }
}

#[test]
fn both_looks_name_every_word() {
    for look in Look::ALL {
        assert_eq!(Look::from_id(look.id()), Some(look));
        let words = variables(look);
        assert_eq!(words.len(), Word::ALL.len());
        assert!(
            words.iter().all(|(_, key)| key.starts_with("video-")),
            "{words:?}"
        );
    }
    assert_ne!(
        Look::Computer.word(Word::Block),
        Look::Phone.word(Word::Block)
    );
    assert_eq!(Look::from_id("tablet"), None);
}

#[test]
fn lesson_files_can_write_every_action() {
    let check = |json: &str, action: Action| {
        let parsed: Action = serde_json::from_str(json).expect(json);
        assert_eq!(parsed, action, "{json}");
    };
    check(
        r#"{"do":"setup","value":"test-done"}"#,
        A::Setup(Setup::TestDone),
    );
    check(
        r#"{"do":"camera","value":"other"}"#,
        A::Camera(Device::Other),
    );
    check(
        r#"{"do":"say","value":"name-and-date"}"#,
        A::Say(Answer::NameAndDate),
    );
    check(r#"{"do":"fix-camera","value":true}"#, A::FixCamera(true));
    check(r#"{"do":"wait-minutes","value":3}"#, A::WaitMinutes(3));
    check(r#"{"do":"hang-up"}"#, A::HangUp);
}

/// A trainer's fault: the next "Toestaan" ends up blocked, once; the fix
/// in the settings works as always, and the browser's next question does
/// what the learner chose.
#[test]
fn a_camera_blocked_on_demand_turns_allow_into_block_once() {
    use crate::practice::{Fault, Model};
    let mut video = Video::new();
    video.arm(Fault::CameraBlocked);
    assert_eq!(run(&mut video, &[A::OpenTest, A::Allow]), ["blocked"]);
    assert_eq!(video.screen, Screen::Blocked);
    assert_eq!(video.armed.get(), None);
    assert_eq!(
        run(
            &mut video,
            &[A::OpenFix, A::FixCamera(true), A::FixMic(true), A::FixDone]
        ),
        ["access-fixed", "picture-seen"]
    );
    assert!(video.picture());
    // Armed while nothing asks: it waits for the question.
    let mut video = Video::new();
    video.arm(Fault::CameraBlocked);
    assert_eq!(run(&mut video, &[A::ToMail]), Vec::<&str>::new());
    assert_eq!(video.armed.get(), Some(Fault::CameraBlocked));
}

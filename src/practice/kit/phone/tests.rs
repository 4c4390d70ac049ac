//! Messages on the simulated phone.

use super::*;

fn sent(times: &[u32]) -> Vec<Message> {
    let mut seed = Seed::new(5);
    let mut messages = vec![];
    for &now in times {
        send_sms(&mut messages, &mut seed, now);
    }
    messages
}

#[test]
fn a_code_stays_on_screen_and_a_notice_goes() {
    let mut messages = sent(&[0]);
    send_notice(&mut messages, p::PHONE_FROM_DIGID, p::DIGID_SMS, 1);
    assert!(
        messages[0].banner_stays(),
        "the learner types the code from it"
    );
    assert!(!messages[1].banner_stays());
}

#[test]
fn an_sms_arrives_with_a_fresh_code_and_its_minute() {
    let messages = sent(&[0, 3, 3]);
    assert_eq!(messages.len(), 3);
    assert!(messages.iter().all(|m| m.kind == MessageKind::Sms));
    assert_eq!(
        messages.iter().map(|m| m.sent_at).collect::<Vec<_>>(),
        [0, 3, 3]
    );
    for pair in messages.windows(2) {
        assert_ne!(pair[0].code, pair[1].code, "a new code never repeats");
    }
    assert!(messages
        .iter()
        .all(|m| m.code.len() == 6 && m.code.bytes().all(|b| b.is_ascii_digit())));
}

#[test]
fn the_same_seed_sends_the_same_codes() {
    assert_eq!(sent(&[0, 1]), sent(&[0, 1]));
}

#[test]
fn the_latest_is_the_newest() {
    assert_eq!(latest_sms(&[]), None);
    let messages = sent(&[0, 4]);
    assert_eq!(latest_sms(&messages), messages.last());
}

#[test]
fn a_message_expires_after_its_minutes() {
    let message = &sent(&[5])[0];
    for (now, expired) in [(5, false), (14, false), (15, true), (99, true), (0, false)] {
        assert_eq!(message.expired(now, 10), expired, "at {now}");
    }
}

#[test]
fn typed_codes_are_checked_against_the_newest() {
    let messages = sent(&[0, 2]);
    let (old, new) = (messages[0].code.as_str(), messages[1].code.as_str());
    let check = |typed: &str, now: u32, expected: CodeCheck| {
        assert_eq!(
            check_code(&messages, typed, now, 10),
            expected,
            "{typed} at {now}"
        );
    };
    check(new, 2, CodeCheck::Valid);
    check(new, 11, CodeCheck::Valid);
    check(new, 12, CodeCheck::Expired);
    check(old, 2, CodeCheck::Old);
    check(old, 99, CodeCheck::Old);
    check("000000", 2, CodeCheck::Unknown);
    check("", 2, CodeCheck::Unknown);
    assert_eq!(check_code(&[], "123456", 0, 10), CodeCheck::Unknown);
}

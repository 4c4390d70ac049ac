/*!
Messages on the simulated phone.

Several services send an SMS code to the learner's practice phone, and
they must agree on what one is: a code, the minute it arrived, the newest
one counts, and a code goes stale after some minutes. A service can
also send a notice by mail or SMS (the GP portal's "u heeft een nieuw
bericht"); the phone shows both kinds in the same list, newest first.
*/

use super::super::codes::Seed;
use super::clock;
use crate::i18n::p;

/// What kind of message arrived.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MessageKind {
    /// A text message with a code.
    Sms,
    /// A notice without a code (by mail or SMS): "there is something new,
    /// log in to read it". Never a code, never the content itself.
    Notice,
}

/// One message on the phone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub kind: MessageKind,
    /// Practice text key of the sender's name.
    pub from: &'static str,
    /// Practice text key of the message; `{ $code }` in it is [`Self::code`].
    pub text: &'static str,
    /// The code the message carries (empty for a notice).
    pub code: String,
    /// Simulated minute it arrived.
    pub sent_at: u32,
}

impl Message {
    /// Whether its banner on a phone-sized screen stays until the learner
    /// closes it: a code does, since the learner types it from there. A
    /// notice goes once the learner does something else, like a real
    /// phone's, so it does not cover the screen for the rest of the lesson.
    pub fn banner_stays(&self) -> bool {
        self.kind == MessageKind::Sms
    }

    /// Whether the message is `valid_minutes` or more old at `now`.
    pub fn expired(&self, now: u32, valid_minutes: u32) -> bool {
        clock::passed(now, self.sent_at, valid_minutes)
    }
}

/// How a typed code compares with the codes sent by SMS.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeCheck {
    /// The newest code, in time.
    Valid,
    /// The newest code, but too old.
    Expired,
    /// A code that was sent, but a newer one came after it.
    Old,
    /// Not a code that was sent.
    Unknown,
}

/// Sends a new SMS code at minute `now`; it never repeats the last one.
pub fn send_sms(messages: &mut Vec<Message>, seed: &mut Seed, now: u32) {
    send_code(messages, seed, now, p::PHONE_FROM_DIGID, p::DIGID_SMS);
}

/// Sends a message with a fresh six-digit code from `from`, worded by
/// `text` (practice text keys; `{ $code }` in the text is the code).
pub fn send_code(
    messages: &mut Vec<Message>,
    seed: &mut Seed,
    now: u32,
    from: &'static str,
    text: &'static str,
) {
    let code = seed.sms_code(latest_sms(messages).map(|m| m.code.as_str()));
    messages.push(Message {
        kind: MessageKind::Sms,
        from,
        text,
        code,
        sent_at: now,
    });
}

/// Sends a notice without a code from `from` (both practice text keys).
pub fn send_notice(messages: &mut Vec<Message>, from: &'static str, text: &'static str, now: u32) {
    messages.push(Message {
        kind: MessageKind::Notice,
        from,
        text,
        code: String::new(),
        sent_at: now,
    });
}

/// The newest text message, if any.
pub fn latest_sms(messages: &[Message]) -> Option<&Message> {
    messages.iter().rev().find(|m| m.kind == MessageKind::Sms)
}

/// Checks a typed code (already without spaces) against the SMS codes.
pub fn check_code(messages: &[Message], typed: &str, now: u32, valid_minutes: u32) -> CodeCheck {
    let latest = latest_sms(messages);
    match latest {
        Some(m) if m.code == typed && m.expired(now, valid_minutes) => CodeCheck::Expired,
        Some(m) if m.code == typed => CodeCheck::Valid,
        _ if messages
            .iter()
            .any(|m| m.kind == MessageKind::Sms && m.code == typed) =>
        {
            CodeCheck::Old
        }
        _ => CodeCheck::Unknown,
    }
}

#[cfg(test)]
mod tests;

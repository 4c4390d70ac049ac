/*!
"Oefenbeeld": a video consult with the GP, from the invitation to the
goodbye. Video calling is where the most technical things go wrong for
learners (the browser's question about camera and microphone, the wrong
camera, no sound, being muted), so each of them happens here on purpose,
with a kind message that says how to fix it.

Nothing here touches a real camera, microphone or speaker: the camera
picture is a drawing, the microphone meter moves when the learner
presses "Zeg iets", and the doctor's words are text. The test tone is the
one real sound, made by the view (nothing is recorded).

The same service comes in two looks ([`Look`]): on a computer a blocked
camera is fixed through the lock icon in the address bar, on a phone
through the phone's settings. Events and targets are the same for both,
so a lesson runs in either.

The actions are in `action.rs`, what each changes in `steps.rs`.
*/

mod action;
mod looks;
mod steps;
#[cfg(test)]
mod tests;

use super::{
    guard::RealData,
    kit::{fault::Armed, input, phone::Message},
};
use crate::i18n::p;

pub use action::{Action, Answer, Device, Event, Setup};
pub use looks::{variables, Look, Word, LOOKS};

/// The longest name the join page accepts.
pub const NAME_MAX: usize = 40;
/// The longest chat message.
pub const CHAT_MAX: usize = 200;
/// The appointment starts at this minute of the practice clock (0 is 10:00).
pub const STARTS_AT: u32 = 30;
/// The invitation arrives this many minutes before the start.
pub const INVITED_AT: u32 = 0;
/// Opening the invitation's link puts the clock here: a few minutes early,
/// as the invitation asks.
pub const JOIN_AT: u32 = 27;

/// Which page is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The invitation e-mail, with its two links.
    Mail,
    /// "Doe eerst de test": camera, microphone and speaker.
    Test,
    /// The browser may not use the camera and microphone.
    Blocked,
    /// The lock icon's site settings, or the phone's settings.
    Fix,
    /// Own picture, name, "Deelnemen".
    Join,
    /// "De dokter komt zo".
    Waiting,
    Call,
    /// Left the call (by accident): the link brings you back.
    Left,
    /// The doctor said goodbye and the learner hung up.
    Ended,
}

/// The browser's answer about camera and microphone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    /// Not asked yet.
    Unasked,
    /// The browser's question shows.
    Asking,
    Allowed,
    Blocked,
}

/// What the doctor is asking, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Talk {
    /// "Goedemorgen. Hoort u mij?"
    Hello,
    /// "Wat is uw naam en uw geboortedatum?"
    Identity,
    /// "Kunt u vrij praten?"
    Private,
    /// The advice, with a message in the chat.
    Advice,
    /// "Tot ziens."
    Bye,
}

/// What went wrong, for a kind and specific message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The camera chosen is not connected (computer) or looks away (phone).
    NoPicture,
    /// "Zeg iets" with the microphone that is not connected.
    NothingHeard,
    /// The learner did not hear the tone.
    ToneNotHeard,
    /// "Klaar" before everything was tested.
    TestIncomplete,
    /// Settings closed with camera or microphone still blocked.
    FixIncomplete,
    NameEmpty,
    /// Spoke while muted: the doctor hears nothing.
    Muted,
    /// Said only a name: the doctor also needs the birth date.
    BirthDateMissing,
    ChatEmpty,
    RealData(RealData),
    TooLong,
}

input::notices_in!(Problem);

/// Who wrote a chat line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Writer {
    Doctor,
    Me,
}

/// One line in the call's chat: a practice text key (the doctor's) or
/// what the learner typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChatLine {
    pub from: Writer,
    pub text: String,
}

/// The whole video consult.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Video {
    pub look: Look,
    pub screen: Screen,
    pub problem: Option<Problem>,
    pub permission: Permission,
    /// The page that was open when access was blocked (the test or the
    /// join page); fixing access goes back to it.
    pub behind_block: Screen,
    /// In the settings: what camera and microphone are set to.
    pub camera_allowed: bool,
    pub mic_allowed: bool,
    /// The camera and microphone chosen on the test page.
    pub camera: Device,
    pub mic: Device,
    /// What the test has shown to work.
    pub picture_seen: bool,
    pub voice_heard: bool,
    pub tone_played: bool,
    pub tone_heard: bool,
    pub test_done: bool,
    /// The name typed on the join page.
    pub name: String,
    /// In the call: the learner's microphone is off (it starts off, as
    /// many services do) and the camera.
    pub muted: bool,
    pub camera_on: bool,
    pub talk: Talk,
    pub chat: Vec<ChatLine>,
    pub draft: String,
    /// Let in by the doctor (a rejoin goes straight back to the call).
    pub admitted: bool,
    /// Simulated clock in minutes; 0 is 10:00.
    pub minutes: u32,
    /// The invitation by SMS.
    pub messages: Vec<Message>,
    /// A trainer's fault for the browser's next question.
    pub armed: Armed,
}

impl Video {
    pub fn new() -> Video {
        let mut messages = vec![];
        super::kit::phone::send_notice(
            &mut messages,
            p::VIDEO_SMS_FROM,
            p::VIDEO_SMS_TEXT,
            INVITED_AT,
        );
        Video {
            look: Look::Computer,
            screen: Screen::Mail,
            problem: None,
            permission: Permission::Unasked,
            behind_block: Screen::Test,
            camera_allowed: false,
            mic_allowed: false,
            camera: Device::Builtin,
            mic: Device::Builtin,
            picture_seen: false,
            voice_heard: false,
            tone_played: false,
            tone_heard: false,
            test_done: false,
            name: String::new(),
            muted: true,
            camera_on: true,
            talk: Talk::Hello,
            chat: vec![],
            draft: String::new(),
            admitted: false,
            minutes: INVITED_AT,
            messages,
            armed: Armed::default(),
        }
    }

    /// Whether the learner's own picture shows: allowed, and the camera
    /// that works.
    pub fn picture(&self) -> bool {
        self.permission == Permission::Allowed && self.camera == Device::Builtin
    }

    /// Whether the microphone meter moves: the working microphone heard
    /// the learner.
    pub fn mic_works(&self) -> bool {
        self.voice_heard && self.mic == Device::Builtin
    }

    /// Minutes until the appointment (none once it has begun).
    pub fn minutes_to_go(&self) -> u32 {
        STARTS_AT.saturating_sub(self.minutes)
    }

    /// The browser's question shows over the page.
    pub fn asking(&self) -> bool {
        self.permission == Permission::Asking
    }

    /// What the doctor says now (a practice text key): an answer to a
    /// problem first, then the question of this part of the call.
    pub fn doctor_says(&self) -> &'static str {
        match self.problem {
            Some(Problem::Muted) => return p::VIDEO_DOCTOR_MUTED,
            Some(Problem::BirthDateMissing) => return p::VIDEO_DOCTOR_DATE_MISSING,
            _ => {}
        }
        if !self.camera_on {
            return p::VIDEO_DOCTOR_NO_PICTURE;
        }
        match self.talk {
            Talk::Hello => p::VIDEO_DOCTOR_HELLO,
            Talk::Identity => p::VIDEO_DOCTOR_IDENTITY,
            Talk::Private => p::VIDEO_DOCTOR_PRIVATE,
            Talk::Advice => p::VIDEO_DOCTOR_ADVICE,
            Talk::Bye => p::VIDEO_DOCTOR_BYE,
        }
    }

    /// The answers the learner can say to the doctor now.
    pub fn answers(&self) -> &'static [Answer] {
        match self.talk {
            Talk::Hello => &[Answer::HearYou],
            Talk::Identity => &[Answer::NameOnly, Answer::NameAndDate],
            Talk::Private => &[Answer::Alone],
            Talk::Advice => &[Answer::Thanks],
            Talk::Bye => &[],
        }
    }

    /// Judges typed text by the practice input rule: what may be kept, or
    /// nothing when it looks like real data.
    fn accept(&mut self, text: String, limit: usize, events: &mut Vec<Event>) -> Option<String> {
        let kept = input::accept(&mut self.problem, text, limit);
        if kept.is_none() {
            events.push(Event::RealDataBlocked);
        }
        kept
    }
}

impl Default for Video {
    fn default() -> Self {
        Video::new()
    }
}

/// The controls a lesson can point at.
pub const TARGETS: &[&str] = &[
    "open-test",
    "open-call",
    "allow",
    "block",
    "fix-open",
    "fix-camera",
    "fix-mic",
    "fix-done",
    "camera-builtin",
    "camera-other",
    "mic-builtin",
    "mic-other",
    "say-something",
    "play-tone",
    "tone-heard",
    "tone-not-heard",
    "test-finish",
    "to-mail",
    "name",
    "join",
    "wait",
    "wait-minute",
    "toggle-mic",
    "toggle-camera",
    "answer-hear-you",
    "answer-name-only",
    "answer-name-and-date",
    "answer-alone",
    "answer-thanks",
    "chat",
    "send-chat",
    "hang-up",
    "rejoin-mail",
];

/*!
What the learner can do in "Oefenbeeld", and the events lesson steps
wait for. Action names are the lesson format (`{"do": "...", "value":
...}`). What each action changes is in `steps.rs`.
*/

use serde::Deserialize;

/// A camera or microphone to choose on the test page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Device {
    /// The one in the computer or the front of the phone: it works.
    Builtin,
    /// A USB camera or headset that is not connected (computer), or the
    /// back camera (phone).
    Other,
}

/// What the learner can say to the doctor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Answer {
    /// "Ja, ik hoor u goed."
    HearYou,
    /// Only the name: the doctor asks again.
    NameOnly,
    /// Name and birth date, as on the oefenkaart.
    NameAndDate,
    /// "Ja, ik ben alleen. Ik kan vrij praten."
    Alone,
    /// "Dank u wel. Dag dokter."
    Thanks,
}

impl Answer {
    /// Its "Laat zien" target.
    pub fn target(self) -> &'static str {
        match self {
            Answer::HearYou => "answer-hear-you",
            Answer::NameOnly => "answer-name-only",
            Answer::NameAndDate => "answer-name-and-date",
            Answer::Alone => "answer-alone",
            Answer::Thanks => "answer-thanks",
        }
    }
}

/// Where a lesson may start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Setup {
    /// The test was done before: camera and microphone are allowed.
    TestDone,
}

/// What the learner does.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(tag = "do", content = "value", rename_all = "kebab-case")]
pub enum Action {
    Setup(Setup),
    /// "Doe eerst de test" in the invitation.
    OpenTest,
    /// "Klik hier om het gesprek te openen" in the invitation.
    OpenCall,
    /// Back to the invitation.
    ToMail,
    /// The browser's question: "Toestaan" or "Blokkeren".
    Allow,
    Block,
    /// The lock icon (computer) or the phone's settings.
    OpenFix,
    /// A switch in the settings: camera or microphone allowed.
    FixCamera(bool),
    FixMic(bool),
    /// "Opnieuw laden" / "Terug naar de browser".
    FixDone,
    Camera(Device),
    Mic(Device),
    /// "Zeg iets" beside the microphone meter.
    SaySomething,
    /// "Speel geluid af" (the view plays a real tone).
    PlayTone,
    /// "Ik hoor het" (true) or "Ik hoor niets" (false).
    ToneHeard(bool),
    FinishTest,
    Name(String),
    Join,
    WaitMinutes(u32),
    ToggleMic,
    ToggleCamera,
    Say(Answer),
    Chat(String),
    SendChat,
    HangUp,
}

crate::practice::events! {
    TestOpened => "test-opened",
    CallOpened => "call-opened",
    MailOpened => "mail-opened",
    Asked => "asked",
    Allowed => "allowed",
    Blocked => "blocked",
    FixOpened => "fix-opened",
    CameraAllowed => "camera-allowed",
    MicAllowed => "mic-allowed",
    FixIncomplete => "fix-incomplete",
    AccessFixed => "access-fixed",
    CameraChosen => "camera-chosen",
    NoPicture => "no-picture",
    PictureSeen => "picture-seen",
    MicChosen => "mic-chosen",
    NothingHeard => "nothing-heard",
    VoiceHeard => "voice-heard",
    TonePlayed => "tone-played",
    ToneHeard => "tone-heard",
    ToneNotHeard => "tone-not-heard",
    TestIncomplete => "test-incomplete",
    TestDone => "test-done",
    NameWritten => "name-written",
    NameEmpty => "name-empty",
    Joined => "joined",
    MinutesPassed => "minutes-passed",
    Admitted => "admitted",
    MicOn => "mic-on",
    MicOff => "mic-off",
    CameraOff => "camera-off",
    CameraOn => "camera-on",
    NotHeard => "not-heard",
    Heard => "heard",
    BirthDateMissing => "birth-date-missing",
    IdentityChecked => "identity-checked",
    PrivateConfirmed => "private-confirmed",
    ChatWritten => "chat-written",
    ChatEmpty => "chat-empty",
    ChatSent => "chat-sent",
    Left => "left",
    Rejoined => "rejoined",
    Goodbye => "goodbye",
    CallEnded => "call-ended",
    RealDataBlocked => "real-data-blocked",
}

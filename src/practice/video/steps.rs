/*!
What each action changes in "Oefenbeeld" (the actions and events are in
`action.rs`). Apart from them, so each file reads in one go.
*/

use super::{
    Action, Answer, ChatLine, Device, Event, Permission, Problem, Screen, Setup, Talk, Video,
    Writer, CHAT_MAX, JOIN_AT, NAME_MAX, STARTS_AT,
};
use crate::i18n::p;
use crate::practice::kit::{clock, fault::Fault, input};

/// The longest wait one press allows, in minutes.
const WAIT_MAX: u32 = 10;

impl Video {
    /// Applies one action; returns the ids of the events that happened.
    pub fn apply(&mut self, action: Action) -> Vec<&'static str> {
        let mut events = vec![];
        // The browser's question covers the page: only its answers count.
        if self.asking() && !matches!(action, Action::Allow | Action::Block) {
            return vec![];
        }
        let submits = matches!(action, Action::Join | Action::SendChat);
        if submits && input::holds_submit(&self.problem) {
            return vec![];
        }
        self.step(action, &mut events);
        events.into_iter().map(Event::id).collect()
    }

    fn step(&mut self, action: Action, events: &mut Vec<Event>) {
        // A trainer's fault: "Toestaan" slips to "Blokkeren", as happens
        // with a hurried tap; the group then sees how to allow it again.
        let action = match action {
            Action::Allow if self.asking() && self.armed.take(Fault::CameraBlocked) => {
                Action::Block
            }
            action => action,
        };
        match action {
            Action::Setup(Setup::TestDone) => {
                self.permission = Permission::Allowed;
                self.camera_allowed = true;
                self.mic_allowed = true;
                self.picture_seen = true;
                self.voice_heard = true;
                self.tone_played = true;
                self.tone_heard = true;
                self.test_done = true;
            }
            Action::OpenTest if self.screen == Screen::Mail => {
                self.go(Screen::Test);
                events.push(Event::TestOpened);
                self.need_access(events);
                self.look_at_picture(events);
            }
            Action::OpenCall if self.screen == Screen::Mail => {
                self.minutes = self.minutes.max(JOIN_AT);
                if self.admitted {
                    self.go(Screen::Call);
                    events.push(Event::Rejoined);
                } else {
                    self.go(Screen::Join);
                    events.push(Event::CallOpened);
                    self.need_access(events);
                }
            }
            Action::ToMail
                if matches!(
                    self.screen,
                    Screen::Test | Screen::Blocked | Screen::Join | Screen::Left | Screen::Ended
                ) =>
            {
                self.go(Screen::Mail);
                events.push(Event::MailOpened);
            }
            Action::Allow if self.asking() => {
                self.permission = Permission::Allowed;
                self.camera_allowed = true;
                self.mic_allowed = true;
                events.push(Event::Allowed);
                self.look_at_picture(events);
            }
            Action::Block if self.asking() => {
                self.permission = Permission::Blocked;
                self.blocked_page();
                events.push(Event::Blocked);
            }
            Action::OpenFix if matches!(self.screen, Screen::Blocked) => {
                self.go(Screen::Fix);
                events.push(Event::FixOpened);
            }
            Action::FixCamera(on) if self.screen == Screen::Fix => {
                self.camera_allowed = on;
                self.problem = None;
                if on {
                    events.push(Event::CameraAllowed);
                }
            }
            Action::FixMic(on) if self.screen == Screen::Fix => {
                self.mic_allowed = on;
                self.problem = None;
                if on {
                    events.push(Event::MicAllowed);
                }
            }
            Action::FixDone if self.screen == Screen::Fix => {
                if self.camera_allowed && self.mic_allowed {
                    self.permission = Permission::Allowed;
                    self.go(self.behind_block);
                    events.push(Event::AccessFixed);
                    self.look_at_picture(events);
                } else {
                    self.problem = Some(Problem::FixIncomplete);
                    events.push(Event::FixIncomplete);
                }
            }
            Action::Camera(device) if self.screen == Screen::Test => {
                self.camera = device;
                events.push(Event::CameraChosen);
                if self.problem == Some(Problem::NoPicture) {
                    self.problem = None;
                }
                self.look_at_picture(events);
            }
            Action::Mic(device) if self.screen == Screen::Test => {
                self.mic = device;
                if self.problem == Some(Problem::NothingHeard) {
                    self.problem = None;
                }
                events.push(Event::MicChosen);
            }
            Action::SaySomething if self.screen == Screen::Test => {
                if self.mic == Device::Builtin {
                    self.voice_heard = true;
                    self.clear(Problem::NothingHeard);
                    events.push(Event::VoiceHeard);
                } else {
                    self.problem = Some(Problem::NothingHeard);
                    events.push(Event::NothingHeard);
                }
            }
            Action::PlayTone if self.screen == Screen::Test => {
                self.tone_played = true;
                events.push(Event::TonePlayed);
            }
            Action::ToneHeard(heard) if self.screen == Screen::Test && self.tone_played => {
                if heard {
                    self.tone_heard = true;
                    self.clear(Problem::ToneNotHeard);
                    events.push(Event::ToneHeard);
                } else {
                    self.problem = Some(Problem::ToneNotHeard);
                    events.push(Event::ToneNotHeard);
                }
            }
            Action::FinishTest if self.screen == Screen::Test => {
                if self.picture() && self.voice_heard && self.tone_heard {
                    self.test_done = true;
                    self.go(Screen::Mail);
                    events.push(Event::TestDone);
                } else {
                    self.problem = Some(Problem::TestIncomplete);
                    events.push(Event::TestIncomplete);
                }
            }
            Action::Name(text) if self.screen == Screen::Join => {
                if let Some(name) = self.accept(text, NAME_MAX, events) {
                    if !name.trim().is_empty() {
                        events.push(Event::NameWritten);
                    }
                    self.name = name;
                    self.clear(Problem::NameEmpty);
                }
            }
            Action::Join if self.screen == Screen::Join => {
                if self.name.trim().is_empty() {
                    self.problem = Some(Problem::NameEmpty);
                    events.push(Event::NameEmpty);
                } else {
                    self.go(Screen::Waiting);
                    events.push(Event::Joined);
                    self.admit_when_time(events);
                }
            }
            Action::WaitMinutes(minutes) => {
                clock::wait(&mut self.minutes, minutes, WAIT_MAX);
                events.push(Event::MinutesPassed);
                self.admit_when_time(events);
            }
            Action::ToggleMic if self.screen == Screen::Call => {
                self.muted = !self.muted;
                if self.muted {
                    events.push(Event::MicOff);
                } else {
                    self.clear(Problem::Muted);
                    events.push(Event::MicOn);
                }
            }
            Action::ToggleCamera if self.screen == Screen::Call => {
                self.camera_on = !self.camera_on;
                events.push(if self.camera_on {
                    Event::CameraOn
                } else {
                    Event::CameraOff
                });
            }
            Action::Say(answer) if self.screen == Screen::Call => self.say(answer, events),
            Action::Chat(text) if self.screen == Screen::Call => {
                if let Some(text) = self.accept(text, CHAT_MAX, events) {
                    self.draft = text;
                    self.clear(Problem::ChatEmpty);
                    events.push(Event::ChatWritten);
                }
            }
            Action::SendChat if self.screen == Screen::Call => {
                if self.draft.trim().is_empty() {
                    self.problem = Some(Problem::ChatEmpty);
                    events.push(Event::ChatEmpty);
                } else {
                    let text = std::mem::take(&mut self.draft);
                    self.chat.push(ChatLine {
                        from: Writer::Me,
                        text,
                    });
                    self.chat.push(ChatLine {
                        from: Writer::Doctor,
                        text: p::VIDEO_CHAT_DOCTOR_THANKS.to_owned(),
                    });
                    events.push(Event::ChatSent);
                }
            }
            Action::HangUp if self.screen == Screen::Call => {
                if self.talk == Talk::Bye {
                    self.go(Screen::Ended);
                    events.push(Event::CallEnded);
                } else {
                    self.go(Screen::Left);
                    events.push(Event::Left);
                }
            }
            // Anything else does not fit the page that shows.
            _ => {}
        }
    }

    fn say(&mut self, answer: Answer, events: &mut Vec<Event>) {
        if !self.answers().contains(&answer) {
            return;
        }
        if self.muted {
            self.problem = Some(Problem::Muted);
            events.push(Event::NotHeard);
            return;
        }
        self.problem = None;
        match (self.talk, answer) {
            (Talk::Hello, Answer::HearYou) => {
                self.talk = Talk::Identity;
                events.push(Event::Heard);
            }
            (Talk::Identity, Answer::NameOnly) => {
                self.problem = Some(Problem::BirthDateMissing);
                events.push(Event::BirthDateMissing);
            }
            (Talk::Identity, Answer::NameAndDate) => {
                self.talk = Talk::Private;
                events.push(Event::IdentityChecked);
            }
            (Talk::Private, Answer::Alone) => {
                self.talk = Talk::Advice;
                self.chat.push(ChatLine {
                    from: Writer::Doctor,
                    text: p::VIDEO_CHAT_DOCTOR_ADVICE.to_owned(),
                });
                events.push(Event::PrivateConfirmed);
            }
            (Talk::Advice, Answer::Thanks) => {
                self.talk = Talk::Bye;
                events.push(Event::Goodbye);
            }
            _ => {}
        }
    }

    /// Opening a page that uses camera and microphone: the browser asks
    /// the first time, and a blocked page says so.
    fn need_access(&mut self, events: &mut Vec<Event>) {
        match self.permission {
            Permission::Unasked => {
                self.permission = Permission::Asking;
                events.push(Event::Asked);
            }
            Permission::Blocked => self.blocked_page(),
            Permission::Asking | Permission::Allowed => {}
        }
    }

    fn blocked_page(&mut self) {
        self.behind_block = self.screen;
        self.go(Screen::Blocked);
    }

    /// On the test page, with access: the picture shows, or says why not.
    fn look_at_picture(&mut self, events: &mut Vec<Event>) {
        if self.screen != Screen::Test || self.permission != Permission::Allowed {
            return;
        }
        if self.picture() {
            self.picture_seen = true;
            events.push(Event::PictureSeen);
        } else {
            self.problem = Some(Problem::NoPicture);
            events.push(Event::NoPicture);
        }
    }

    /// The waiting room lets the learner in at the appointment's time.
    fn admit_when_time(&mut self, events: &mut Vec<Event>) {
        if self.screen == Screen::Waiting && self.minutes >= STARTS_AT {
            self.admitted = true;
            self.go(Screen::Call);
            events.push(Event::Admitted);
        }
    }

    fn clear(&mut self, problem: Problem) {
        if self.problem == Some(problem) {
            self.problem = None;
        }
    }

    fn go(&mut self, screen: Screen) {
        self.screen = screen;
        self.problem = None;
    }
}

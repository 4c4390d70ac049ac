/*!
Presenter mode: a trainer shows a lesson on a beamer ("het scherm") and
steers it from a second window on the laptop ("de bediening"). The two
windows of one browser talk over a broadcast channel, with the messages
here; no server, and nothing is stored.

The screen owns the lesson: it holds the practice screen and says where it
is ([`Message::Place`]) whenever that changes, and when asked. The controls
only ask ([`Message::Ask`]) and command ([`Message::Go`], `ShowMe`,
`Restart`). So a closed window loses nothing: reopened controls ask the
screen where it is; a reopened screen opens at the step the controls last
heard, which is in its address.

Messages are JSON text. Anything else on the channel (another version of
the app, a half-written message) is ignored, never a panic.
*/

use serde::{Deserialize, Serialize};

/// The channel's name: every window of the app on this device hears it.
pub const CHANNEL: &str = "oefenplein-presenteren";

/// The window names, so "open" brings an open window to the front rather
/// than opening a second one.
pub const SCREEN_WINDOW: &str = "oefenplein-scherm";
pub const CONTROLS_WINDOW: &str = "oefenplein-bediening";

/// Where the screen is: a lesson, in a look, at a step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub lesson: String,
    /// The service's look, when the lesson runs in one.
    #[serde(default)]
    pub look: Option<String>,
    /// The step, from 0; the number of steps when the lesson is finished.
    pub step: usize,
}

/// One message on the channel.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Message {
    /// From the screen: this is where I am.
    Place(Place),
    /// From the controls: screen, where are you?
    Ask,
    /// From the controls: go to this step (from 0) of this lesson.
    Go { lesson: String, step: usize },
    /// From the controls: light the step's control ("Laat zien").
    ShowMe { lesson: String },
    /// From the controls: start the lesson again, with a fresh screen.
    Restart { lesson: String },
    /// From the controls: make the next try fail on purpose (a
    /// [`crate::practice::Fault`] by its id).
    Fault { lesson: String, fault: String },
}

impl Message {
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The message in `text`, or `None` for anything that is not one.
    pub fn parse(text: &str) -> Option<Message> {
        serde_json::from_str(text).ok()
    }

    /// The lesson a command is for (`None` for `Place` and `Ask`): a screen
    /// only obeys commands for its own lesson.
    pub fn command_for(&self) -> Option<&str> {
        match self {
            Message::Go { lesson, .. }
            | Message::ShowMe { lesson }
            | Message::Restart { lesson }
            | Message::Fault { lesson, .. } => Some(lesson),
            Message::Place(_) | Message::Ask => None,
        }
    }
}

/// What the controls know of the screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    /// No screen has answered yet (it may be closed).
    #[default]
    Unknown,
    /// The screen is at this step (from 0) of the controls' lesson; `total`
    /// means the lesson is finished.
    At(usize),
    /// The screen shows another lesson.
    Elsewhere(String),
}

impl Screen {
    /// What the controls make of a message for `lesson`: a new screen
    /// state, or `None` when the message changes nothing.
    pub fn heard(lesson: &str, message: &Message) -> Option<Screen> {
        match message {
            Message::Place(place) if place.lesson == lesson => Some(Screen::At(place.step)),
            Message::Place(place) => Some(Screen::Elsewhere(place.lesson.clone())),
            _ => None,
        }
    }

    /// The step the screen shows (from 0): none when it is not found, shows
    /// another lesson, or is at the end of this one (`total` steps).
    pub fn step(&self, total: usize) -> Option<usize> {
        match self {
            Screen::At(step) if *step < total => Some(*step),
            _ => None,
        }
    }

    /// The step number (from 1; `total + 1` is the end) that "Open het
    /// scherm" opens: where the screen was last, else the first step.
    pub fn reopen_at(&self) -> usize {
        match self {
            Screen::At(step) => step + 1,
            Screen::Unknown | Screen::Elsewhere(_) => 1,
        }
    }

    /// The step "Vorige stap" goes to, if there is one.
    pub fn previous(&self) -> Option<usize> {
        match self {
            Screen::At(step) => step.checked_sub(1),
            _ => None,
        }
    }

    /// The step "Volgende stap" goes to, if there is one (the last step's
    /// "next" is the lesson's end: `total`).
    pub fn next(&self, total: usize) -> Option<usize> {
        match self {
            Screen::At(step) if *step < total => Some(step + 1),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(lesson: &str, step: usize) -> Message {
        Message::Place(Place {
            lesson: lesson.into(),
            look: None,
            step,
        })
    }

    #[test]
    fn every_message_survives_the_channel() {
        let all = [
            place("digid-web", 3),
            Message::Place(Place {
                lesson: "gp-book".into(),
                look: Some("oefenzorg".into()),
                step: 0,
            }),
            Message::Ask,
            Message::Go {
                lesson: "gp-book".into(),
                step: 2,
            },
            Message::ShowMe {
                lesson: "gp-book".into(),
            },
            Message::Restart {
                lesson: "gp-book".into(),
            },
            Message::Fault {
                lesson: "gp-book".into(),
                fault: "slot-taken".into(),
            },
        ];
        for message in all {
            assert_eq!(Message::parse(&message.to_text()), Some(message));
        }
    }

    #[test]
    fn anything_else_on_the_channel_is_ignored() {
        for text in [
            "",
            "null",
            "{}",
            "{\"kind\":\"go\"}",
            "{\"kind\":\"go\",\"lesson\":\"x\",\"step\":-1}",
            "{\"kind\":\"explode\"}",
            "[1,2,3]",
            "{\"kind\":\"place\",\"lesson\":\"x\"",
            "\u{0}\u{ffff}",
        ] {
            assert_eq!(Message::parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_screen_obeys_only_commands_for_its_lesson() {
        let check = |message: Message, want: Option<&str>| {
            assert_eq!(message.command_for(), want, "{message:?}");
        };
        check(
            Message::Go {
                lesson: "a".into(),
                step: 1,
            },
            Some("a"),
        );
        check(Message::ShowMe { lesson: "b".into() }, Some("b"));
        check(Message::Restart { lesson: "c".into() }, Some("c"));
        check(
            Message::Fault {
                lesson: "d".into(),
                fault: "wrong-code".into(),
            },
            Some("d"),
        );
        check(Message::Ask, None);
        check(place("a", 1), None);
    }

    #[test]
    fn the_controls_follow_the_screen() {
        assert_eq!(Screen::heard("a", &place("a", 4)), Some(Screen::At(4)));
        assert_eq!(
            Screen::heard("a", &place("b", 0)),
            Some(Screen::Elsewhere("b".into()))
        );
        assert_eq!(Screen::heard("a", &Message::Ask), None);
        assert_eq!(
            Screen::heard(
                "a",
                &Message::Go {
                    lesson: "a".into(),
                    step: 2
                }
            ),
            None
        );
    }

    #[test]
    fn the_current_step_and_where_a_closed_screen_reopens() {
        let total = 5;
        assert_eq!(Screen::At(2).step(total), Some(2));
        assert_eq!(Screen::At(5).step(total), None, "the end is no step");
        assert_eq!(Screen::Unknown.step(total), None);
        assert_eq!(Screen::Elsewhere("b".into()).step(total), None);
        assert_eq!(Screen::At(2).reopen_at(), 3);
        assert_eq!(Screen::At(5).reopen_at(), 6, "reopens at the end");
        assert_eq!(Screen::Unknown.reopen_at(), 1);
        assert_eq!(Screen::Elsewhere("b".into()).reopen_at(), 1);
    }

    #[test]
    fn previous_and_next_stay_inside_the_lesson() {
        let total = 5;
        assert_eq!(Screen::At(0).previous(), None);
        assert_eq!(Screen::At(3).previous(), Some(2));
        assert_eq!(Screen::At(3).next(total), Some(4));
        assert_eq!(
            Screen::At(4).next(total),
            Some(5),
            "the last step's next is the end"
        );
        assert_eq!(Screen::At(5).next(total), None);
        assert_eq!(Screen::At(5).previous(), Some(4));
        assert_eq!(Screen::Unknown.next(total), None);
        assert_eq!(Screen::Elsewhere("b".into()).previous(), None);
    }
}

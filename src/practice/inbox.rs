/*!
"Nepberichten herkennen": a practice inbox with e-mails and text messages
about DigiD, the pharmacy and the GP, some real-looking and some fake.

The learner opens each message and says whether it is real or fake, and
hears why. One fake message links to a fake login page whose web address
gives it away. The lessons this teaches: DigiD never sends a link or a QR
code by e-mail or SMS; look at the web address; haste, threats and
payment requests are warning signs.
*/

use serde::Deserialize;

/// How a message arrived.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    Email,
    Sms,
}

/// The learner's judgement, and the truth.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Real,
    Fake,
}

/// One message in the practice inbox. Its texts are in
/// `practice.ftl` under `inbox-<id>-from`, `-subject`, `-body`, and its
/// explanation in the learner's language under `phishing-why-<id>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Message {
    pub id: &'static str,
    pub channel: Channel,
    pub verdict: Verdict,
    /// The web address a fake message links to, if any.
    pub link: Option<&'static str>,
}

/// The messages, newest first.
pub const MESSAGES: [Message; 7] = [
    Message {
        id: "digid-sms",
        channel: Channel::Sms,
        verdict: Verdict::Fake,
        link: Some("digid-verlengen.example/inloggen"),
    },
    Message {
        id: "pharmacy-ready",
        channel: Channel::Email,
        verdict: Verdict::Real,
        link: None,
    },
    Message {
        id: "digid-qr",
        channel: Channel::Email,
        verdict: Verdict::Fake,
        link: None,
    },
    Message {
        id: "gp-portal",
        channel: Channel::Email,
        verdict: Verdict::Real,
        link: None,
    },
    Message {
        id: "pharmacy-pay",
        channel: Channel::Sms,
        verdict: Verdict::Fake,
        link: Some("betaal-apotheek.example"),
    },
    Message {
        id: "gp-threat",
        channel: Channel::Sms,
        verdict: Verdict::Fake,
        link: Some("huisarts-check.example"),
    },
    Message {
        id: "digid-activated",
        channel: Channel::Email,
        verdict: Verdict::Real,
        link: None,
    },
];

/// Controls a lesson can point at.
pub const TARGETS: &[&str] = &[
    "first-message",
    "real",
    "fake",
    "link",
    "address",
    "inbox",
    "back",
];

/// What the inbox shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    List,
    Open(usize),
    /// The fake login page behind message `usize`'s link.
    FakePage(usize),
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(tag = "do", content = "value", rename_all = "kebab-case")]
pub enum Action {
    OpenMessage(String),
    AnswerReal,
    AnswerFake,
    OpenLink,
    /// On the fake page: "this web address is not right".
    AddressWrong,
    /// On the fake page: "this web address is right".
    AddressRight,
    BackToInbox,
    RestartInbox,
}

/// Event ids for lessons.
pub const EVENTS: &[&str] = &[
    "message-opened",
    "answered-right",
    "answered-wrong",
    "fake-page-opened",
    "address-spotted",
    "address-missed",
    "all-sorted",
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inbox {
    pub view: View,
    /// The learner's last answer per message (same order as [`MESSAGES`]).
    pub answers: Vec<Option<Verdict>>,
    /// Whether the fake page's address was judged, and how.
    pub address_answer: Option<bool>,
}

impl Default for Inbox {
    fn default() -> Self {
        Inbox {
            view: View::List,
            answers: vec![None; MESSAGES.len()],
            address_answer: None,
        }
    }
}

impl Inbox {
    /// Whether the learner got message `index` right.
    pub fn is_right(&self, index: usize) -> Option<bool> {
        self.answers
            .get(index)
            .copied()
            .flatten()
            .map(|a| a == MESSAGES[index].verdict)
    }

    /// Messages answered right, out of all.
    pub fn score(&self) -> (usize, usize) {
        let right = (0..MESSAGES.len())
            .filter(|&i| self.is_right(i) == Some(true))
            .count();
        (right, MESSAGES.len())
    }

    pub fn apply(&mut self, action: Action) -> Vec<&'static str> {
        let mut events = vec![];
        match (action, self.view) {
            (Action::OpenMessage(id), View::List) => {
                if let Some(i) = MESSAGES.iter().position(|m| m.id == id) {
                    self.view = View::Open(i);
                    events.push("message-opened");
                }
            }
            (Action::AnswerReal, View::Open(i)) => self.answer(i, Verdict::Real, &mut events),
            (Action::AnswerFake, View::Open(i)) => self.answer(i, Verdict::Fake, &mut events),
            (Action::OpenLink, View::Open(i)) if MESSAGES[i].link.is_some() => {
                self.view = View::FakePage(i);
                self.address_answer = None;
                events.push("fake-page-opened");
            }
            (Action::AddressWrong, View::FakePage(_)) => {
                self.address_answer = Some(true);
                events.push("address-spotted");
            }
            (Action::AddressRight, View::FakePage(_)) => {
                self.address_answer = Some(false);
                events.push("address-missed");
            }
            (Action::BackToInbox, View::Open(_)) => self.view = View::List,
            (Action::BackToInbox, View::FakePage(i)) => self.view = View::Open(i),
            (Action::RestartInbox, _) => *self = Inbox::default(),
            _ => {}
        }
        events
    }

    fn answer(&mut self, index: usize, verdict: Verdict, events: &mut Vec<&'static str>) {
        let was_complete = self.score().0 == MESSAGES.len();
        self.answers[index] = Some(verdict);
        if verdict == MESSAGES[index].verdict {
            events.push("answered-right");
        } else {
            events.push("answered-wrong");
        }
        if !was_complete && self.score().0 == MESSAGES.len() {
            events.push("all-sorted");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Action::*;

    fn open(inbox: &mut Inbox, id: &str) -> Vec<&'static str> {
        inbox.apply(OpenMessage(id.into()))
    }

    #[test]
    fn opening_answering_and_going_back() {
        let mut inbox = Inbox::default();
        assert_eq!(open(&mut inbox, "digid-sms"), ["message-opened"]);
        assert_eq!(inbox.view, View::Open(0));
        assert_eq!(inbox.apply(AnswerReal), ["answered-wrong"]);
        assert_eq!(inbox.is_right(0), Some(false));
        assert_eq!(
            inbox.apply(AnswerFake),
            ["answered-right"],
            "a wrong answer can be mended"
        );
        assert_eq!(inbox.is_right(0), Some(true));
        inbox.apply(BackToInbox);
        assert_eq!(inbox.view, View::List);
    }

    #[test]
    fn an_unknown_message_opens_nothing() {
        let mut inbox = Inbox::default();
        assert!(open(&mut inbox, "nope").is_empty());
        assert_eq!(inbox.view, View::List);
    }

    #[test]
    fn the_fake_page_is_spotted_by_its_address() {
        let mut inbox = Inbox::default();
        open(&mut inbox, "digid-sms");
        assert_eq!(inbox.apply(OpenLink), ["fake-page-opened"]);
        assert_eq!(inbox.view, View::FakePage(0));
        assert_eq!(inbox.apply(AddressRight), ["address-missed"]);
        assert_eq!(inbox.address_answer, Some(false));
        assert_eq!(inbox.apply(AddressWrong), ["address-spotted"]);
        inbox.apply(BackToInbox);
        assert_eq!(inbox.view, View::Open(0));
    }

    #[test]
    fn messages_without_a_link_have_no_page() {
        let mut inbox = Inbox::default();
        open(&mut inbox, "pharmacy-ready");
        assert!(inbox.apply(OpenLink).is_empty());
        assert_eq!(inbox.view, View::Open(1));
    }

    #[test]
    fn sorting_everything_right_is_reported_once() {
        let mut inbox = Inbox::default();
        let mut all = vec![];
        for m in MESSAGES {
            open(&mut inbox, m.id);
            let answer = if m.verdict == Verdict::Fake {
                AnswerFake
            } else {
                AnswerReal
            };
            all.extend(inbox.apply(answer));
            inbox.apply(BackToInbox);
        }
        assert_eq!(all.iter().filter(|e| **e == "all-sorted").count(), 1);
        assert_eq!(inbox.score(), (MESSAGES.len(), MESSAGES.len()));
        open(&mut inbox, "digid-sms");
        assert_eq!(inbox.apply(AnswerFake), ["answered-right"]);
    }

    #[test]
    fn actions_on_the_wrong_view_do_nothing() {
        let mut inbox = Inbox::default();
        for action in [
            AnswerReal,
            AnswerFake,
            OpenLink,
            AddressWrong,
            AddressRight,
            BackToInbox,
        ] {
            assert!(inbox.apply(action).is_empty());
        }
        assert_eq!(inbox, Inbox::default());
    }

    #[test]
    fn restart_clears_every_answer() {
        let mut inbox = Inbox::default();
        open(&mut inbox, "digid-qr");
        inbox.apply(AnswerFake);
        inbox.apply(RestartInbox);
        assert_eq!(inbox, Inbox::default());
    }

    #[test]
    fn every_lesson_worthy_fact_is_present() {
        assert!(MESSAGES.iter().any(|m| m.verdict == Verdict::Real));
        assert!(MESSAGES
            .iter()
            .any(|m| m.channel == Channel::Sms && m.link.is_some()));
        for m in MESSAGES.iter().filter_map(|m| m.link) {
            assert!(
                m.contains(".example"),
                "fake addresses use a reserved domain: {m}"
            );
        }
    }
}

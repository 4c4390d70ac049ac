/*!
Practice services: invented look-alikes of real Dutch services, as plain
state machines. A view sends an [`Action`], the machine changes state and
reports practice events (by id); a lesson step is done when its event
happens, so the learner really did the step in the practice screen.

Nothing here uses `leptos` or `web_sys`; every transition is tested natively.
*/

/// Declares a service's practice events and their ids in one list, so
/// an event and the id a lesson file uses for it can never drift apart.
macro_rules! events {
    ($($name:ident => $id:literal,)*) => {
        /// What happened, for lessons to wait on.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Event { $($name,)* }

        impl Event {
            pub const ALL: [Event; <[&str]>::len(&[$($id,)*])] = [$(Event::$name,)*];
            /// Ids used in lesson files, in the order of [`Event::ALL`].
            pub const IDS: &'static [&'static str] = &[$($id,)*];

            pub fn id(self) -> &'static str {
                match self { $(Event::$name => $id,)* }
            }
        }
    };
}
pub(crate) use events;

pub mod card;
pub mod codes;
pub mod digid_app;
pub mod digid_apply;
pub mod digid_web;
pub mod guard;
pub mod inbox;
pub mod kit;
pub mod qr;

/// A practice service a lesson can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Service {
    DigidWeb,
    DigidApp,
    Inbox,
    DigidApply,
}

impl Service {
    pub const ALL: [Service; 4] = [
        Service::DigidWeb,
        Service::DigidApp,
        Service::Inbox,
        Service::DigidApply,
    ];

    /// Id used in lesson files and URLs.
    pub fn id(self) -> &'static str {
        match self {
            Service::DigidWeb => "digid-web",
            Service::DigidApp => "digid-app",
            Service::Inbox => "inbox",
            Service::DigidApply => "digid-apply",
        }
    }

    pub fn from_id(id: &str) -> Option<Service> {
        Service::ALL.into_iter().find(|s| s.id() == id)
    }

    /// The events a lesson step may wait for.
    pub fn events(self) -> &'static [&'static str] {
        match self {
            Service::DigidWeb => digid_web::Event::IDS,
            Service::DigidApp => digid_app::Event::IDS,
            Service::Inbox => inbox::EVENTS,
            Service::DigidApply => digid_apply::Event::IDS,
        }
    }

    /// The controls a lesson step may point at ("Laat zien").
    pub fn targets(self) -> &'static [&'static str] {
        match self {
            Service::DigidWeb => digid_web::TARGETS,
            Service::DigidApp => digid_app::TARGETS,
            Service::Inbox => inbox::TARGETS,
            Service::DigidApply => digid_apply::TARGETS,
        }
    }
}

/// The state of whichever service is open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum State {
    DigidWeb(digid_web::DigidWeb),
    DigidApp(digid_app::DigidApp),
    Inbox(inbox::Inbox),
    DigidApply(digid_apply::DigidApply),
}

/// An action for any service. Lesson files write `{"do": "...", "value": ...}`;
/// the lesson names its service, so [`Action::parse`] knows which actions
/// to read (two services may both have, say, `restart`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    DigidWeb(digid_web::Action),
    DigidApp(digid_app::Action),
    Inbox(inbox::Action),
    DigidApply(digid_apply::Action),
}

impl Action {
    pub fn service(&self) -> Service {
        match self {
            Action::DigidWeb(_) => Service::DigidWeb,
            Action::DigidApp(_) => Service::DigidApp,
            Action::Inbox(_) => Service::Inbox,
            Action::DigidApply(_) => Service::DigidApply,
        }
    }

    /// Reads one action of `service` from a lesson file.
    pub fn parse(service: Service, value: serde_json::Value) -> Result<Action, String> {
        let action = match service {
            Service::DigidWeb => serde_json::from_value(value).map(Action::DigidWeb),
            Service::DigidApp => serde_json::from_value(value).map(Action::DigidApp),
            Service::Inbox => serde_json::from_value(value).map(Action::Inbox),
            Service::DigidApply => serde_json::from_value(value).map(Action::DigidApply),
        };
        action.map_err(|e| format!("{} action: {e}", service.id()))
    }
}

impl State {
    /// A fresh start of `service`; `seed` varies codes between visits.
    pub fn new(service: Service, seed: u32) -> State {
        match service {
            Service::DigidWeb => State::DigidWeb(digid_web::DigidWeb::new(seed)),
            Service::DigidApp => State::DigidApp(digid_app::DigidApp::new(seed)),
            Service::Inbox => State::Inbox(inbox::Inbox::default()),
            Service::DigidApply => State::DigidApply(digid_apply::DigidApply::new(seed)),
        }
    }

    pub fn service(&self) -> Service {
        match self {
            State::DigidWeb(_) => Service::DigidWeb,
            State::DigidApp(_) => Service::DigidApp,
            State::Inbox(_) => Service::Inbox,
            State::DigidApply(_) => Service::DigidApply,
        }
    }

    /// Marks what the learner chose as replaced by a lesson's examples.
    pub fn mark_examples(&mut self) {
        match self {
            State::DigidApply(s) => s.mark_examples(),
            // These show the values that work now (the practice password,
            // the PIN) on the oefenkaart, whoever chose them.
            State::DigidWeb(_) | State::DigidApp(_) | State::Inbox(_) => {}
        }
    }

    /// Applies an action of this service; an action of another service
    /// does nothing. Returns the ids of the events that happened.
    pub fn apply(&mut self, action: Action) -> Vec<&'static str> {
        match (self, action) {
            (State::DigidWeb(s), Action::DigidWeb(a)) => {
                s.apply(a).into_iter().map(|e| e.id()).collect()
            }
            (State::DigidApp(s), Action::DigidApp(a)) => {
                s.apply(a).into_iter().map(|e| e.id()).collect()
            }
            (State::Inbox(s), Action::Inbox(a)) => s.apply(a),
            (State::DigidApply(s), Action::DigidApply(a)) => {
                s.apply(a).into_iter().map(|e| e.id()).collect()
            }
            _ => vec![],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn services_round_trip_by_id() {
        for service in Service::ALL {
            assert_eq!(Service::from_id(service.id()), Some(service));
            assert_eq!(State::new(service, 1).service(), service);
        }
        assert_eq!(Service::from_id("bank"), None);
    }

    #[test]
    fn lesson_file_actions_are_read_for_their_service() {
        let check = |service, json: &str, ok: bool| {
            let value = serde_json::from_str(json).expect("json");
            let parsed = Action::parse(service, value);
            assert_eq!(parsed.is_ok(), ok, "{json} for {service:?}: {parsed:?}");
            if let Ok(action) = parsed {
                assert_eq!(action.service(), service);
            }
        };
        check(Service::DigidWeb, r#"{"do":"username","value":"x"}"#, true);
        check(
            Service::Inbox,
            r#"{"do":"open-message","value":"digid-sms"}"#,
            true,
        );
        check(
            Service::DigidApp,
            r#"{"do":"wait-minutes","value":5}"#,
            true,
        );
        check(
            Service::DigidWeb,
            r#"{"do":"wait-minutes","value":5}"#,
            true,
        );
        check(
            Service::DigidApp,
            r#"{"do":"setup","value":"app-ready"}"#,
            true,
        );
        check(Service::Inbox, r#"{"do":"username","value":"x"}"#, false);
        check(Service::DigidApp, r#"{"do":"fly"}"#, false);
    }

    #[test]
    fn an_action_for_another_service_does_nothing() {
        let mut state = State::new(Service::Inbox, 1);
        let before = state.clone();
        assert!(state
            .apply(Action::DigidWeb(digid_web::Action::SubmitLogin))
            .is_empty());
        assert_eq!(state, before);
    }
}

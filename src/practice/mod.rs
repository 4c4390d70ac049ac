/*!
Practice services: invented look-alikes of real Dutch services, as plain
state machines. A view sends an [`Action`], the machine changes state and
reports practice events (by id); a lesson step is done when its event
happens, so the learner really did the step in the practice screen.

Nothing here uses `leptos` or `web_sys`; every transition is tested natively.
*/

pub mod card;
pub mod digid_apply;
pub mod digid_web;
pub mod guard;
pub mod inbox;

use serde::Deserialize;

/// A practice service a lesson can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Service {
    DigidWeb,
    Inbox,
    DigidApply,
}

impl Service {
    pub const ALL: [Service; 3] = [Service::DigidWeb, Service::Inbox, Service::DigidApply];

    /// Id used in lesson files and URLs.
    pub fn id(self) -> &'static str {
        match self {
            Service::DigidWeb => "digid-web",
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
            Service::Inbox => inbox::EVENTS,
            Service::DigidApply => digid_apply::Event::IDS,
        }
    }

    /// The controls a lesson step may point at ("Laat zien").
    pub fn targets(self) -> &'static [&'static str] {
        match self {
            Service::DigidWeb => digid_web::TARGETS,
            Service::Inbox => inbox::TARGETS,
            Service::DigidApply => digid_apply::TARGETS,
        }
    }
}

/// The state of whichever service is open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum State {
    DigidWeb(digid_web::DigidWeb),
    Inbox(inbox::Inbox),
    DigidApply(digid_apply::DigidApply),
}

/// An action for any service. Lesson files write `{"do": "...", "value": ...}`;
/// the action names of the services differ, so the service is clear.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Action {
    DigidWeb(digid_web::Action),
    Inbox(inbox::Action),
    DigidApply(digid_apply::Action),
}

impl Action {
    pub fn service(&self) -> Service {
        match self {
            Action::DigidWeb(_) => Service::DigidWeb,
            Action::Inbox(_) => Service::Inbox,
            Action::DigidApply(_) => Service::DigidApply,
        }
    }
}

impl State {
    /// A fresh start of `service`; `seed` varies codes between visits.
    pub fn new(service: Service, seed: u32) -> State {
        match service {
            Service::DigidWeb => State::DigidWeb(digid_web::DigidWeb::new(seed)),
            Service::Inbox => State::Inbox(inbox::Inbox::default()),
            Service::DigidApply => State::DigidApply(digid_apply::DigidApply::new(seed)),
        }
    }

    pub fn service(&self) -> Service {
        match self {
            State::DigidWeb(_) => Service::DigidWeb,
            State::Inbox(_) => Service::Inbox,
            State::DigidApply(_) => Service::DigidApply,
        }
    }

    /// Applies an action of this service; an action of another service
    /// does nothing. Returns the ids of the events that happened.
    pub fn apply(&mut self, action: Action) -> Vec<&'static str> {
        match (self, action) {
            (State::DigidWeb(s), Action::DigidWeb(a)) => {
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
    fn lesson_file_actions_find_their_service() {
        let actions: Vec<Action> = serde_json::from_str(
            r#"[{"do":"username","value":"x"},{"do":"open-message","value":"digid-sms"},{"do":"answer-fake"}]"#,
        )
        .unwrap();
        let services: Vec<_> = actions.iter().map(Action::service).collect();
        assert_eq!(
            services,
            [Service::DigidWeb, Service::Inbox, Service::Inbox]
        );
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

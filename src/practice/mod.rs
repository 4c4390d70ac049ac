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
mod registry;

use serde::de::DeserializeOwned;

/// What a practice service's model gives the rest of the app. A service
/// implements it once (see `registry.rs`) and is named once in
/// [`services!`]; the ids, the state and action enums, lesson-file
/// parsing and dispatch are generated from that, so a service that lacks
/// a piece does not compile.
pub trait Model: Clone + std::fmt::Debug + PartialEq + Eq + Send + Sync + 'static {
    /// What a view or a lesson file can do in the service.
    type Action: DeserializeOwned + Clone + std::fmt::Debug + PartialEq + Eq + Send + Sync;
    /// Id used in lesson files and URLs.
    const ID: &'static str;
    /// The home page task its free practice belongs to.
    const TASK: &'static str;
    /// Practice text key of the service's name (Dutch, like the real one).
    const NAME: &'static str;
    /// Ids of the events a lesson step may wait for.
    const EVENTS: &'static [&'static str];
    /// The controls a lesson step may point at ("Laat zien").
    const TARGETS: &'static [&'static str];

    /// A fresh start; `seed` varies codes between visits.
    fn new(seed: u32) -> Self;
    /// Does `action`; returns the ids of the events that happened.
    fn apply(&mut self, action: Self::Action) -> Vec<&'static str>;
    /// Fills in a lesson file's placeholders (`card:pin`, `sms:latest`, ...).
    fn resolve(&self, action: &Self::Action) -> Self::Action {
        action.clone()
    }
    /// Marks what the learner chose as replaced by a lesson's examples.
    fn mark_examples(&mut self) {}
}

/// The one list of practice services.
macro_rules! services {
    ($($variant:ident: $model:ty,)*) => {
        /// A practice service a lesson can name.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
        pub enum Service { $($variant,)* }

        impl Service {
            pub const ALL: [Service; <[&str]>::len(&[$(stringify!($variant),)*])] =
                [$(Service::$variant,)*];

            /// Id used in lesson files and URLs.
            pub fn id(self) -> &'static str {
                match self { $(Service::$variant => <$model as Model>::ID,)* }
            }

            /// The home page task its free practice belongs to.
            pub fn task(self) -> &'static str {
                match self { $(Service::$variant => <$model as Model>::TASK,)* }
            }

            /// Practice text key of its name.
            pub fn name_key(self) -> &'static str {
                match self { $(Service::$variant => <$model as Model>::NAME,)* }
            }

            /// The events a lesson step may wait for.
            pub fn events(self) -> &'static [&'static str] {
                match self { $(Service::$variant => <$model as Model>::EVENTS,)* }
            }

            /// The controls a lesson step may point at ("Laat zien").
            pub fn targets(self) -> &'static [&'static str] {
                match self { $(Service::$variant => <$model as Model>::TARGETS,)* }
            }
        }

        /// The state of whichever service is open.
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub enum State { $($variant($model),)* }

        /// An action for any service. Lesson files write
        /// `{"do": "...", "value": ...}`; the lesson names its service, so
        /// [`Action::parse`] knows which actions to read (two services may
        /// both have, say, `restart`).
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub enum Action { $($variant(<$model as Model>::Action),)* }

        impl Action {
            pub fn service(&self) -> Service {
                match self { $(Action::$variant(_) => Service::$variant,)* }
            }

            /// Reads one action of `service` from a lesson file.
            pub fn parse(service: Service, value: serde_json::Value) -> Result<Action, String> {
                let action = match service {
                    $(Service::$variant => serde_json::from_value(value).map(Action::$variant),)*
                };
                action.map_err(|e| format!("{} action: {e}", service.id()))
            }
        }

        impl State {
            /// A fresh start of `service`; `seed` varies codes between visits.
            pub fn new(service: Service, seed: u32) -> State {
                match service { $(Service::$variant => State::$variant(<$model as Model>::new(seed)),)* }
            }

            pub fn service(&self) -> Service {
                match self { $(State::$variant(_) => Service::$variant,)* }
            }

            /// Marks what the learner chose as replaced by a lesson's examples.
            pub fn mark_examples(&mut self) {
                match self { $(State::$variant(s) => Model::mark_examples(s),)* }
            }

            /// Applies an action of this service; an action of another
            /// service does nothing. Returns the ids of the events that happened.
            pub fn apply(&mut self, action: Action) -> Vec<&'static str> {
                match (self, action) {
                    $((State::$variant(s), Action::$variant(a)) => Model::apply(s, a),)*
                    (_, _) => vec![],
                }
            }

            /// Fills in the placeholders a lesson file may use in a replayed
            /// value; an action of another service stays as it is.
            pub fn resolve(&self, action: &Action) -> Action {
                match (self, action) {
                    $((State::$variant(s), Action::$variant(a)) => Action::$variant(Model::resolve(s, a)),)*
                    (_, _) => action.clone(),
                }
            }
        }
    };
}

services! {
    DigidWeb: digid_web::DigidWeb,
    DigidApp: digid_app::DigidApp,
    Inbox: inbox::Inbox,
    DigidApply: digid_apply::DigidApply,
}

impl Service {
    pub fn from_id(id: &str) -> Option<Service> {
        Service::ALL.into_iter().find(|s| s.id() == id)
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
    fn every_service_belongs_to_a_task_and_has_a_name() {
        for service in Service::ALL {
            assert!(
                crate::model::tasks::find(service.task()).is_some(),
                "{service:?}: task {}",
                service.task()
            );
            assert!(!crate::i18n::practice(service.name_key()).is_empty());
            assert!(!service.events().is_empty(), "{service:?}");
            assert!(!service.targets().is_empty(), "{service:?}");
        }
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

//! The one list of services: ids, faults, lesson-file actions.

use super::*;

/// Every fault a trainer can choose is offered by some service, and a
/// service only arms its own (each service's tests show its faults).
#[test]
fn every_fault_has_a_service() {
    for fault in Fault::ALL {
        assert!(
            Service::ALL.iter().any(|s| s.faults().contains(&fault)),
            "{fault:?}"
        );
    }
    for service in Service::ALL {
        for fault in Fault::ALL {
            let mut state = State::new(service, 1);
            let fresh = state.clone();
            state.arm(fault);
            assert_eq!(
                state != fresh,
                service.faults().contains(&fault),
                "{service:?} {fault:?}"
            );
        }
    }
}

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

/// The practice area draws a service's screens from its state, found by
/// [`Model::of`]: each service finds its own state and no other.
#[test]
fn each_service_finds_its_own_state_only() {
    for service in Service::ALL {
        assert_eq!(
            State::new(service, 1).found_by(),
            [service.id()],
            "{service:?}"
        );
    }
}

/// Only a service with looks fills words into its lessons' texts (each
/// look's own button names); the others' texts need none.
#[test]
fn only_services_with_looks_have_words() {
    for service in Service::ALL {
        let words = service.words(None);
        assert_eq!(words.is_empty(), service.looks().is_empty(), "{service:?}");
        for (look, _) in service.looks() {
            assert!(!service.words(Some(look)).is_empty(), "{service:?} {look}");
        }
    }
}

/// A lesson or free practice can show a service in each of its looks
/// (the first is the one it starts in).
#[test]
fn each_other_look_changes_the_service() {
    for service in Service::ALL {
        for (look, _) in service.looks().iter().skip(1) {
            let mut state = State::new(service, 1);
            let fresh = state.clone();
            state.set_look(look);
            assert_ne!(state, fresh, "{service:?} {look}");
        }
    }
}

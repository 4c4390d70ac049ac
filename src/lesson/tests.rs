//! The lesson files against the practice services: parse, validate, replay.

use super::*;
use crate::practice::digid_web::Screen;

fn screen(state: &State) -> Option<Screen> {
    match state {
        State::DigidWeb(s) => Some(s.screen),
        _ => None,
    }
}

#[test]
fn a_step_with_a_tip_names_its_own_tip_text() {
    let lang = crate::model::lang::Lang::Nl;
    let mut tips = 0;
    for l in all() {
        for step in &l.steps {
            match l.hint_key(step) {
                Some(key) => {
                    tips += 1;
                    assert!(step.hint, "{}/{}", l.id, step.id);
                    assert_eq!(key, format!("lesson-{}-{}-hint", l.id, step.id));
                    assert!(!crate::i18n::tr(lang, &key).is_empty(), "{key}");
                }
                None => assert!(!step.hint, "{}/{} lost its tip", l.id, step.id),
            }
        }
    }
    assert!(tips > 0);
}

#[test]
fn a_gp_lesson_fills_in_the_words_of_each_look() {
    use crate::i18n::{p, practice};
    let l = find("gp-ask").expect("the GP question lesson");
    let ask = |look| {
        l.text_vars(look)
            .into_iter()
            .find(|(name, _)| *name == "ask")
            .map(|(_, text)| text)
    };
    assert_eq!(ask(None), Some(practice(p::GP_PRAKTIJK_ASK)));
    assert_eq!(ask(Some("oefenzorg")), Some(practice(p::GP_ZORG_ASK)));
    assert_ne!(ask(None), ask(Some("oefenzorg")));
    assert!(ask(None).is_some_and(|t| !t.is_empty()));
}

fn lesson() -> &'static Lesson {
    // The first lesson; others are checked through `all()`.
    find("digid-web").expect("the DigiD lesson")
}

#[test]
fn replaying_every_step_logs_in() {
    let l = lesson();
    assert_eq!(screen(&l.state_at(0, 5)), Some(Screen::Login));
    assert_eq!(
        screen(&l.state_at(l.steps.len(), 5)),
        Some(Screen::LoggedIn)
    );
}

#[test]
fn each_steps_replay_fires_its_own_event() {
    for l in all() {
        check_replay(l);
    }
}

fn check_replay(l: &Lesson) {
    for (i, step) in l.steps.iter().enumerate() {
        let mut state = l.state_at(i, 9);
        let events: Vec<&str> = step
            .replay
            .iter()
            .flat_map(|a| {
                let a = resolve(a, &state);
                state.apply(a)
            })
            .collect();
        assert!(
            events.contains(&step.done_when.as_str()),
            "step {} fires {events:?}, not {}",
            step.id,
            step.done_when
        );
    }
}

#[test]
fn the_next_lesson_follows_the_digid_chain_and_ends() {
    let next = |id: &str| find(id).and_then(next_in_task).map(|l| l.id.as_str());
    assert_eq!(next("digid-apply"), Some("digid-web"));
    assert_eq!(next("digid-app-activate"), Some("digid-app-qr"));
    assert_eq!(next("digid-pin-forgot"), None);
    assert_eq!(next("phishing"), None);
}

#[test]
fn the_lesson_includes_a_mistake_and_its_repair() {
    let events: Vec<_> = lesson()
        .steps
        .iter()
        .map(|s| s.done_when.as_str())
        .collect();
    let at = |e: &str| events.iter().position(|x| *x == e);
    let mistake = at("login-rejected").expect("the mistake");
    let repair = at("credentials-accepted").expect("the repair");
    assert!(mistake < repair, "{events:?}");
}

fn check(json: &str, expected: &str) {
    let lesson = parse(json).expect("parses");
    let problems = validate(&lesson, |k| !k.contains("nope"), |p| p != "img/missing.svg");
    assert!(
        problems.iter().any(|p| p.contains(expected)),
        "expected {expected:?} in {problems:?}"
    );
}

#[test]
fn validation_catches_each_mistake() {
    let step = |extra: &str| {
        format!(
            r#"{{"id":"l","service":"digid-web","task":"digid","steps":[{{"id":"a","target":"username","done_when":"logged-in"{extra}}}]}}"#
        )
    };
    check(&step(r#","picture":"img/missing.svg""#), "missing picture");
    check(&step("").replace("logged-in", "flew-away"), "unknown event");
    check(
        &step("").replace("\"username\"", "\"elbow\""),
        "unknown target",
    );
    check(&step(r#","show":"knee""#), "unknown target \"knee\"");
    assert!(
        parse(&step("").replace("digid-web", "bank")).is_err_and(|e| e.contains("unknown service"))
    );
    check(
        &step("").replace("\"digid\"", "\"cooking\""),
        "unknown task",
    );
    check(
        &step("").replace("\"id\":\"l\"", "\"id\":\"nope\""),
        "missing in a locale",
    );
    let twice = r#"{"id":"l","service":"digid-web","task":"digid","steps":[
        {"id":"a","target":"username","done_when":"logged-in"},
        {"id":"a","target":"username","done_when":"logged-in"}]}"#;
    check(twice, "duplicate step id");
    let bare = r#"{"id":"l","service":"digid-web","task":"digid","steps":[{"id":"a","done_when":"logged-in"}]}"#;
    check(bare, "no picture");
}

#[test]
fn unknown_fields_and_actions_do_not_parse() {
    assert!(parse(r#"{"id":"l","service":"s","task":"t","steps":[],"extra":1}"#).is_err());
    assert!(parse(
        r#"{"id":"l","service":"s","task":"t","steps":[{"id":"a","done_when":"x","replay":[{"do":"fly"}]}]}"#
    )
    .is_err());
}

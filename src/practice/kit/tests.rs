//! The services follow the kit: the same typed text ends the same way in
//! a field of every service.

use super::super::{digid_app, digid_apply, digid_web};
use super::input::{Typed, MAX_INPUT};

/// What one service keeps of `text`, and whether it warned about real data.
type Service = fn(&str) -> (String, bool);

fn web(text: &str) -> (String, bool) {
    let mut s = digid_web::DigidWeb::new(1);
    let events = s.apply(digid_web::Action::Username(text.to_owned()));
    let warned = events.contains(&digid_web::Event::RealDataBlocked);
    (s.username, warned)
}

fn app(text: &str) -> (String, bool) {
    let mut s = digid_app::DigidApp::new(1);
    let events = s.apply(digid_app::Action::AppUsername(text.to_owned()));
    let warned = events.contains(&digid_app::Event::RealDataBlocked);
    (s.username, warned)
}

fn apply(text: &str) -> (String, bool) {
    let mut s = digid_apply::DigidApply::new(1);
    let events = s.apply(digid_apply::Action::NewUsername(text.to_owned()));
    let warned = events.contains(&digid_apply::Event::RealDataBlocked);
    (s.username, warned)
}

#[test]
fn every_service_keeps_what_the_input_rule_keeps() {
    let long = "ä".repeat(MAX_INPUT * 2);
    let late_email = format!("{} noor@example.nl", "x".repeat(MAX_INPUT));
    let texts = [
        "noor.oefen",
        "",
        long.as_str(),
        "111222333",
        "06-12345678",
        late_email.as_str(),
    ];
    let services: [(&str, Service); 3] = [("web", web), ("app", app), ("apply", apply)];
    for text in texts {
        let typed = Typed::judge(text.to_owned());
        let warned = typed.refused().is_some();
        let expected = (typed.into_value(), warned);
        for (name, service) in services {
            assert_eq!(service(text), expected, "{name}: {text:?}");
        }
    }
}

/*!
Practice services: invented look-alikes of real Dutch services, as plain
state machines. A view sends an [`digid_web::Action`], the machine changes
state and reports practice events; a lesson step is done when its event
happens, so the learner really did the step in the practice screen.

Nothing here uses `leptos` or `web_sys`; every transition is tested natively.
*/

pub mod card;
pub mod digid_web;
pub mod guard;

/// A practice service a lesson can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Service {
    DigidWeb,
}

impl Service {
    pub const ALL: [Service; 1] = [Service::DigidWeb];

    /// Id used in lesson files and URLs.
    pub fn id(self) -> &'static str {
        match self {
            Service::DigidWeb => "digid-web",
        }
    }

    pub fn from_id(id: &str) -> Option<Service> {
        Service::ALL.into_iter().find(|s| s.id() == id)
    }

    /// The events a lesson step may wait for.
    pub fn events(self) -> &'static [&'static str] {
        match self {
            Service::DigidWeb => digid_web::Event::IDS,
        }
    }

    /// The controls a lesson step may point at ("Laat zien").
    pub fn targets(self) -> &'static [&'static str] {
        match self {
            Service::DigidWeb => digid_web::TARGETS,
        }
    }
}

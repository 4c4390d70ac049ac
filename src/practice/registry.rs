/*!
Each practice service's entry in the registry: its ids, its task, its
name, and how the generic lesson engine drives it. Adding a service means
one `impl Model` here and one line in `services!` (`practice/mod.rs`).
*/

use super::Fault;
use super::{
    basics, digid_app, digid_apply, digid_web, gp, hospital, inbox, pharmacy, referral,
    vaccination, video, Model,
};
use crate::i18n::p;

impl Model for digid_web::DigidWeb {
    type Action = digid_web::Action;
    fn of(state: &crate::practice::State) -> Option<&Self> {
        digid_web::DigidWeb::project(state)
    }
    const ID: &'static str = "digid-web";
    const TASK: &'static str = "digid";
    const NAME: &'static str = p::DIGID_BRAND;
    const EVENTS: &'static [&'static str] = digid_web::Event::IDS;
    const TARGETS: &'static [&'static str] = digid_web::TARGETS;

    fn new(seed: u32) -> Self {
        digid_web::DigidWeb::new(seed)
    }
    fn apply(&mut self, action: Self::Action) -> Vec<&'static str> {
        digid_web::DigidWeb::apply(self, action)
            .into_iter()
            .map(|e| e.id())
            .collect()
    }
    fn resolve(&self, action: &Self::Action) -> Self::Action {
        digid_web::resolve(action, self)
    }
    const FAULTS: &'static [Fault] = &[Fault::WrongCode, Fault::ExpiredCode];
    fn arm(&mut self, fault: Fault) {
        self.armed.arm(fault);
    }
}

impl Model for digid_app::DigidApp {
    type Action = digid_app::Action;
    fn of(state: &crate::practice::State) -> Option<&Self> {
        digid_app::DigidApp::project(state)
    }
    const ID: &'static str = "digid-app";
    const TASK: &'static str = "digid";
    const NAME: &'static str = p::APP_SERVICE_NAME;
    const EVENTS: &'static [&'static str] = digid_app::Event::IDS;
    const TARGETS: &'static [&'static str] = digid_app::TARGETS;

    fn new(seed: u32) -> Self {
        digid_app::DigidApp::new(seed)
    }
    fn apply(&mut self, action: Self::Action) -> Vec<&'static str> {
        digid_app::DigidApp::apply(self, action)
            .into_iter()
            .map(|e| e.id())
            .collect()
    }
    fn resolve(&self, action: &Self::Action) -> Self::Action {
        digid_app::resolve(action, self)
    }
    const FAULTS: &'static [Fault] = &[Fault::BlockedPin];
    fn arm(&mut self, fault: Fault) {
        self.armed.arm(fault);
    }
}

impl Model for inbox::Inbox {
    type Action = inbox::Action;
    fn of(state: &crate::practice::State) -> Option<&Self> {
        inbox::Inbox::project(state)
    }
    const ID: &'static str = "inbox";
    const TASK: &'static str = "phishing";
    const NAME: &'static str = p::INBOX_TITLE;
    const EVENTS: &'static [&'static str] = inbox::EVENTS;
    const TARGETS: &'static [&'static str] = inbox::TARGETS;

    fn new(_seed: u32) -> Self {
        inbox::Inbox::default()
    }
    fn apply(&mut self, action: Self::Action) -> Vec<&'static str> {
        inbox::Inbox::apply(self, action)
    }
}

impl Model for digid_apply::DigidApply {
    type Action = digid_apply::Action;
    fn of(state: &crate::practice::State) -> Option<&Self> {
        digid_apply::DigidApply::project(state)
    }
    const ID: &'static str = "digid-apply";
    const TASK: &'static str = "digid";
    const NAME: &'static str = p::APPLY_NAME;
    const EVENTS: &'static [&'static str] = digid_apply::Event::IDS;
    const TARGETS: &'static [&'static str] = digid_apply::TARGETS;

    fn new(seed: u32) -> Self {
        digid_apply::DigidApply::new(seed)
    }
    fn apply(&mut self, action: Self::Action) -> Vec<&'static str> {
        digid_apply::DigidApply::apply(self, action)
            .into_iter()
            .map(|e| e.id())
            .collect()
    }
    fn resolve(&self, action: &Self::Action) -> Self::Action {
        digid_apply::resolve(action, self)
    }
    fn mark_examples(&mut self) {
        digid_apply::DigidApply::mark_examples(self);
    }
}

impl Model for gp::Gp {
    type Action = gp::Action;
    fn of(state: &crate::practice::State) -> Option<&Self> {
        gp::Gp::project(state)
    }
    const ID: &'static str = "huisarts";
    const TASK: &'static str = "gp";
    const NAME: &'static str = p::GP_NAME;
    const EVENTS: &'static [&'static str] = &gp::EVENTS;
    const TARGETS: &'static [&'static str] = &gp::TARGETS;
    const LOOKS: &'static [(&'static str, &'static str)] = gp::LOOKS;

    fn new(seed: u32) -> Self {
        gp::Gp::new(seed)
    }
    fn apply(&mut self, action: Self::Action) -> Vec<&'static str> {
        gp::Gp::apply(self, action)
    }
    fn resolve(&self, action: &Self::Action) -> Self::Action {
        gp::resolve(action, self)
    }
    fn set_look(&mut self, look: &str) {
        if let Some(look) = gp::Look::from_id(look) {
            self.look = look;
        }
    }
    fn words(look: &str) -> Vec<(&'static str, &'static str)> {
        gp::words::variables(gp::Look::from_id(look).unwrap_or(gp::Look::Praktijk))
    }
    const FAULTS: &'static [Fault] = &[Fault::SlotTaken];
    fn arm(&mut self, fault: Fault) {
        self.armed.arm(fault);
    }
}

impl Model for video::Video {
    type Action = video::Action;
    fn of(state: &crate::practice::State) -> Option<&Self> {
        video::Video::project(state)
    }
    const ID: &'static str = "beeldbellen";
    const TASK: &'static str = "video";
    const NAME: &'static str = p::VIDEO_NAME;
    const EVENTS: &'static [&'static str] = video::Event::IDS;
    const TARGETS: &'static [&'static str] = video::TARGETS;
    const LOOKS: &'static [(&'static str, &'static str)] = video::LOOKS;

    fn new(_seed: u32) -> Self {
        video::Video::new()
    }
    fn apply(&mut self, action: Self::Action) -> Vec<&'static str> {
        video::Video::apply(self, action)
    }
    fn set_look(&mut self, look: &str) {
        if let Some(look) = video::Look::from_id(look) {
            self.look = look;
        }
    }
    fn words(look: &str) -> Vec<(&'static str, &'static str)> {
        video::variables(video::Look::from_id(look).unwrap_or(video::Look::Computer))
    }
    const FAULTS: &'static [Fault] = &[Fault::CameraBlocked];
    fn arm(&mut self, fault: Fault) {
        self.armed.arm(fault);
    }
}

impl Model for pharmacy::Pharmacy {
    type Action = pharmacy::Action;
    fn of(state: &crate::practice::State) -> Option<&Self> {
        pharmacy::Pharmacy::project(state)
    }
    const ID: &'static str = "apotheek";
    const TASK: &'static str = "repeat";
    const NAME: &'static str = p::PHARMACY_NAME;
    const EVENTS: &'static [&'static str] = pharmacy::Event::IDS;
    const TARGETS: &'static [&'static str] = pharmacy::TARGETS;

    fn new(seed: u32) -> Self {
        pharmacy::Pharmacy::new(seed)
    }
    fn apply(&mut self, action: Self::Action) -> Vec<&'static str> {
        pharmacy::Pharmacy::apply(self, action)
    }
    fn resolve(&self, action: &Self::Action) -> Self::Action {
        pharmacy::resolve(action, self)
    }
}

impl Model for hospital::Hospital {
    type Action = hospital::Action;
    fn of(state: &crate::practice::State) -> Option<&Self> {
        hospital::Hospital::project(state)
    }
    const ID: &'static str = "ziekenhuis";
    const TASK: &'static str = "hospital";
    const NAME: &'static str = p::HOSPITAL_NAME;
    const EVENTS: &'static [&'static str] = &hospital::EVENTS;
    const TARGETS: &'static [&'static str] = &hospital::TARGETS;

    fn new(seed: u32) -> Self {
        hospital::Hospital::new(seed)
    }
    fn apply(&mut self, action: Self::Action) -> Vec<&'static str> {
        hospital::Hospital::apply(self, action)
    }
    fn resolve(&self, action: &Self::Action) -> Self::Action {
        hospital::resolve(action, self)
    }
}

impl Model for referral::Referral {
    type Action = referral::Action;
    fn of(state: &crate::practice::State) -> Option<&Self> {
        referral::Referral::project(state)
    }
    const ID: &'static str = "verwijzing";
    const TASK: &'static str = "appointment";
    const NAME: &'static str = p::REFERRAL_NAME;
    const EVENTS: &'static [&'static str] = referral::Event::IDS;
    const TARGETS: &'static [&'static str] = referral::TARGETS;

    fn new(_seed: u32) -> Self {
        referral::Referral::new()
    }
    fn apply(&mut self, action: Self::Action) -> Vec<&'static str> {
        referral::Referral::apply(self, action)
    }
}

impl Model for vaccination::Vaccination {
    type Action = vaccination::Action;
    fn of(state: &crate::practice::State) -> Option<&Self> {
        vaccination::Vaccination::project(state)
    }
    const ID: &'static str = "prik";
    const TASK: &'static str = "appointment";
    const NAME: &'static str = p::VACCINATION_NAME;
    const EVENTS: &'static [&'static str] = &vaccination::EVENTS;
    const TARGETS: &'static [&'static str] = &vaccination::TARGETS;

    fn new(seed: u32) -> Self {
        vaccination::Vaccination::new(seed)
    }
    fn apply(&mut self, action: Self::Action) -> Vec<&'static str> {
        vaccination::Vaccination::apply(self, action)
    }
    fn resolve(&self, action: &Self::Action) -> Self::Action {
        vaccination::resolve(action, self)
    }
}

impl Model for basics::Basics {
    type Action = basics::Action;
    fn of(state: &crate::practice::State) -> Option<&Self> {
        basics::Basics::project(state)
    }
    const ID: &'static str = "basis";
    const TASK: &'static str = "basics";
    const NAME: &'static str = p::BASICS_NAME;
    const EVENTS: &'static [&'static str] = basics::Event::IDS;
    const TARGETS: &'static [&'static str] = basics::TARGETS;

    fn new(seed: u32) -> Self {
        basics::Basics::new(seed)
    }
    fn apply(&mut self, action: Self::Action) -> Vec<&'static str> {
        basics::Basics::apply(self, action)
    }
}

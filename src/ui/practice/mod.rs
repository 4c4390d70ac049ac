/*!
Views of the practice services, and what surrounds them: the frame that
says "this is not real", the simulated phone, the letterbox and the
oefenkaart.

Practice views are functions of a state signal and an action callback, so
the same view serves the live screen, free practice, and a lesson step's
picture (rendered small and inert, with the step's control lit up).
*/

pub mod areas;
pub mod basics;
pub mod card;
pub mod controls;
pub mod digid_app;
pub mod digid_apply;
pub mod digid_web;
pub mod feedback;
pub mod frame;
pub mod gp;
pub mod guard;
pub mod hospital;
pub mod inbox;
pub mod kit;
pub mod letterbox;
pub mod pharmacy;
pub mod phone;
pub mod referral;
pub mod typing;
pub mod vaccination;
pub mod video;

use leptos::prelude::*;

/// Which control to light up ("Laat zien"), if any.
pub type Highlight = Signal<Option<String>>;

/// A reactive "is this control lit?" for `class:highlight`.
pub fn lit(highlight: Highlight, target: &'static str) -> impl Fn() -> bool + Copy + Send + Sync {
    move || highlight.with(|h| h.as_deref() == Some(target))
}

/// What every practice screen view needs: its state, where its actions go,
/// the lit control, and an id prefix (so a small copy never clashes with
/// the live screen).
pub struct ScreenCtx<S: Send + Sync + 'static, A: 'static> {
    pub state: Signal<S>,
    pub on_action: Callback<A>,
    pub highlight: Highlight,
    pub prefix: &'static str,
}

impl<S: Send + Sync + 'static, A: 'static> Clone for ScreenCtx<S, A> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<S: Send + Sync + 'static, A: 'static> Copy for ScreenCtx<S, A> {}

impl<S: Send + Sync + 'static, A: 'static> ScreenCtx<S, A> {
    /// The element id of a control.
    pub fn id(self, name: &str) -> String {
        format!("{}-{name}", self.prefix)
    }

    pub fn send(self, action: A) {
        self.on_action.run(action);
    }
}

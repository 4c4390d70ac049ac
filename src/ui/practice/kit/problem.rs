//! The one problem box: the service's own kind message (in Dutch, with a
//! read-aloud button), or Oefenplein's real-data warning (in the
//! learner's language).

use leptos::prelude::*;

use crate::{
    i18n::practice,
    practice::{guard::RealData, kit::input::Notice},
    ui::{practice::guard::GuardWarning, read_aloud::SpeakButton},
};

/// What a problem box shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shown {
    /// The service's message, one sentence group per line.
    Service(Vec<String>),
    /// The practice guard refused real-looking data.
    RealData(RealData),
}

/// What a service's one problem slot shows: the guard's warning when it
/// holds real-looking data, else the service's own message `key(problem)`.
pub fn shown<N: Notice>(problem: Option<N>, key: fn(N) -> &'static str) -> Option<Shown> {
    problem.map(|problem| match problem.as_real_data() {
        Some(kind) => Shown::RealData(kind),
        None => Shown::Service(vec![practice(key(problem))]),
    })
}

#[component]
pub fn ProblemBox(
    /// What to show, if anything.
    #[prop(into)]
    shown: Signal<Option<Shown>>,
    /// The box's element id, for `aria-describedby` on the field.
    id: String,
) -> impl IntoView {
    move || {
        // `try_get`: a screen that is being replaced may still ask once.
        shown.try_get().flatten().map(|shown| match shown {
            Shown::RealData(kind) => view! { <GuardWarning kind /> }.into_any(),
            Shown::Service(lines) => {
                let said = lines.join(" ");
                let lines = lines
                    .into_iter()
                    .map(|line| view! { <p>{line}</p> })
                    .collect_view();
                view! {
                    <div class="ps-error" role="alert" id=id.clone()>
                        {lines}
                    </div>
                    <SpeakButton text=said />
                }
                .into_any()
            }
        })
    }
}

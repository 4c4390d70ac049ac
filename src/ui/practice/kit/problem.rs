//! The one problem box: the service's own kind message (in Dutch, with a
//! read-aloud button), or Oefenplein's real-data warning (in the
//! learner's language).

use leptos::prelude::*;

use crate::{
    practice::guard::RealData,
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

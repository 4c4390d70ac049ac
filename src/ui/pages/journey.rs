//! The care journey on the care tasks' pages: the GP, then the pharmacy,
//! then the hospital, as a path of three steps. The learner sees where
//! this task sits in the whole trip, what is done, and goes on from there.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::{
    i18n::{k, tr, tr_with},
    model::{
        lesson_index,
        tasks::{self, CARE_JOURNEY},
    },
    routes,
    ui::{i18n::use_i18n, icon::Icon, prefs::use_prefs},
};

/// The path, with `current` marked; nothing for a task not on it.
#[component]
pub fn CareJourney(current: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    CARE_JOURNEY.contains(&current).then(|| {
        let steps = CARE_JOURNEY
            .iter()
            .filter_map(|id| tasks::find(id))
            .enumerate()
            .map(|(i, task)| {
                let done = move || {
                    prefs.with(|s| {
                        lesson_index::for_task(task.id).all(|l| s.progress.is_finished(l.id))
                    })
                };
                let number = move || tr_with(i18n.lang(), k::JOURNEY_STEP, "n", (i + 1).to_string());
                let here = task.id == current;
                let label = move || {
                    view! {
                        <span class="journey-number">{number}</span>
                        <span class="journey-name">{i18n.t(task.title)}</span>
                        {move || done().then(|| view! {
                            <span class="badge done"><Icon name="check" />{i18n.t(k::JOURNEY_DONE)}</span>
                        })}
                    }
                };
                view! {
                    <li class="journey-step" class:here=here>
                        {if here {
                            view! { <span class="journey-link" aria-current="step">{label()}</span> }.into_any()
                        } else {
                            view! { <A href=routes::task(task.id) attr:class="journey-link">{label()}</A> }.into_any()
                        }}
                    </li>
                }
            })
            .collect_view();
        view! {
            <nav class="journey" aria-labelledby="journey-title">
                <h2 id="journey-title">{i18n.t(k::JOURNEY_TITLE)}</h2>
                <p>{move || tr(i18n.lang(), k::JOURNEY_TEXT)}</p>
                <ol>{steps}</ol>
            </nav>
        }
    })
}

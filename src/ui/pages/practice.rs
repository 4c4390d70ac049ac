//! Free practice: a practice service without a lesson ("vrij oefenen").

use leptos::prelude::*;
use leptos_router::{
    components::A,
    hooks::{use_params_map, use_query_map},
};

use super::not_found::NotFound;
use crate::{
    i18n::{k, practice},
    model::{lesson_index, tasks},
    practice::{Service, State},
    routes,
    ui::{
        dom, focus,
        i18n::use_i18n,
        icon::Icon,
        practice::{
            areas::PracticeArea,
            feedback::{self, SaidAgain},
        },
        prefs::use_prefs,
        title::use_page_title,
    },
};

#[component]
pub fn FreePracticePage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let service = Memo::new(move |_| {
        params
            .read()
            .get(routes::PRACTICE_SERVICE)
            .and_then(|id| Service::from_id(&id))
    });
    let asked = Memo::new(move |_| query.read().get(routes::LOOK));
    move || match service.get() {
        Some(service) => {
            let look = look_of(service, asked.get().as_deref());
            view! { <FreePractice service look /> }.into_any()
        }
        None => view! { <NotFound /> }.into_any(),
    }
}

/// The look a URL asks for, when `service` has it: (id, name key).
pub(crate) fn look_of(
    service: Service,
    asked: Option<&str>,
) -> Option<(&'static str, &'static str)> {
    asked.and_then(|asked| service.looks().iter().copied().find(|(id, _)| *id == asked))
}

/// The task page a service belongs to, its title, and the service's name.
pub(crate) fn about(service: Service) -> (&'static str, &'static str, String) {
    let task = service.task();
    let title = tasks::find(task).map_or(k::HOME_TITLE, |t| t.title);
    (task, title, practice(service.name_key()))
}

#[component]
fn FreePractice(service: Service, look: Option<(&'static str, &'static str)>) -> impl IntoView {
    use_page_title(k::FREE_PRACTICE);
    let i18n = use_i18n();
    let fresh = move || {
        let mut state = State::new(service, dom::random_seed());
        if let Some((id, _)) = look {
            state.set_look(id);
        }
        state
    };
    let state = RwSignal::new(fresh());
    // Reaching a lesson's goal here, on one's own, counts towards goud.
    let prefs = use_prefs();
    // A message, new or said again, comes into view (and a repeated one is
    // said again for screen readers): alone, the learner has only it.
    let said_again = SaidAgain::new();
    let on_action = Callback::new(move |action| {
        let before = focus::practice_message();
        let (events, unchanged) = feedback::apply(state, action);
        for event in events {
            for lesson in lesson_index::reached_by(service.id(), event) {
                prefs.update(|s| s.progress.reached_freely(lesson.id));
            }
        }
        feedback::after_action(before, unchanged, said_again, focus::message_into_view);
    });
    let on_restart = Callback::new(move |()| state.set(fresh()));
    let (task, task_title, mut name) = about(service);
    if let Some((_, look_name)) = look {
        name = practice(look_name);
    }
    let title =
        move || crate::i18n::tr_with(i18n.lang(), k::FREE_PRACTICE_TITLE, "service", name.clone());
    view! {
        <div class="page free-practice">
            <A href=routes::task(task) attr:class="back-link">
                <Icon name="arrow" />
                <span>{i18n.t(task_title)}</span>
            </A>
            <h1>{title}</h1>
            <p class="lead">{i18n.t(k::FREE_PRACTICE_TEXT)}</p>
            {said_again.view()}
            <PracticeArea service state on_action highlight=Signal::stored(None::<String>) on_restart />
        </div>
    }
}

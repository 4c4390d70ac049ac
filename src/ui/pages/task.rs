//! A task's page. Until its practice exists it says "coming soon", kindly,
//! and offers the way back.

use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_params_map};

use super::{journey::CareJourney, not_found::NotFound};
use crate::{
    i18n::{k, tr_with},
    model::{lesson_index, tasks},
    practice::Service,
    routes,
    ui::{i18n::use_i18n, icon::Icon, medal::MedalBadge, prefs::use_prefs, title::use_page_title},
};

#[component]
pub fn TaskPage() -> impl IntoView {
    let params = use_params_map();
    move || {
        let id = params.read().get(routes::TASK_ID).unwrap_or_default();
        match tasks::find(&id) {
            Some(task) if lesson_index::for_task(task.id).next().is_some() => {
                view! { <TaskLessons task=*task /> }.into_any()
            }
            Some(task) => view! { <ComingSoon task=*task /> }.into_any(),
            None => view! { <NotFound /> }.into_any(),
        }
    }
}

/// A task with lessons: each lesson to start or continue, and free practice.
#[component]
fn TaskLessons(task: tasks::Task) -> impl IntoView {
    use_page_title(task.title);
    let i18n = use_i18n();
    // From the lesson index, not the parsed lessons: the parser stays in
    // the lesson player's chunk.
    let lessons = lesson_index::for_task(task.id)
        .map(|lesson| view! { <LessonCard lesson /> })
        .collect_view();
    let mut services: Vec<Service> = lesson_index::for_task(task.id)
        .filter_map(|l| Service::from_id(l.service))
        .collect();
    services.sort_by_key(|s| s.id());
    services.dedup();
    // Each button names its practice service (a task may have several),
    // or each look of a service that has several.
    let free = services
        .into_iter()
        .flat_map(|service| {
            let (_, _, name) = super::practice::about(service);
            let looks = service.looks();
            if looks.is_empty() {
                vec![(routes::practice(service.id()), name)]
            } else {
                looks
                    .iter()
                    .map(|(id, key)| {
                        (
                            routes::with_look(routes::practice(service.id()), Some(id)),
                            crate::i18n::practice(key),
                        )
                    })
                    .collect()
            }
        })
        .map(|(href, name)| {
            let label =
                move || tr_with(i18n.lang(), k::FREE_PRACTICE_TITLE, "service", name.clone());
            view! {
                <A href=href attr:class="button secondary big">
                    <Icon name="settings" />
                    <span>{label}</span>
                </A>
            }
        })
        .collect_view();
    view! {
        <div class="page task">
            <img class="task-picture" src=task.picture() alt="" width="240" height="160" />
            <h1>{i18n.t(task.title)}</h1>
            <p class="lead">{i18n.t(task.text)}</p>
            <CareJourney current=task.id />
            <ul class="lesson-list">{lessons}</ul>
            <div class="free-practice-offer">
                <p>{i18n.t(k::FREE_PRACTICE_TEXT)}</p>
                {free}
            </div>
            <ForTrainers task=task.id />
        </div>
    }
}

/// For a trainer: each lesson's code ("Waar ben ik?") and its printable
/// step cards.
#[component]
fn ForTrainers(task: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let links = lesson_index::for_task(task)
        .map(|lesson| {
            let title_key = format!("lesson-{}-title", lesson.id);
            let code = crate::model::step_code::lesson_code(lesson.id).unwrap_or_default();
            // "Stapkaarten: D2 Inloggen met DigiD", and the same for the others.
            let text = move |key: &'static str| {
                let (title_key, code) = (title_key.clone(), code.clone());
                move || {
                    let title = crate::i18n::tr(i18n.lang(), &title_key);
                    tr_with(i18n.lang(), key, "lesson", format!("{code} {title}"))
                }
            };
            let (label, present, plan) = (
                text(k::TRAINERS_CARDS),
                text(k::TRAINERS_PRESENT),
                text(k::TRAINERS_PLAN),
            );
            view! {
                <li>
                    <A href=routes::cards(lesson.id)>{label}</A>
                    <br />
                    <A href=routes::presented(lesson.id, 1, lesson.steps, None)>{present}</A>
                    <br />
                    <A href=routes::plan(lesson.id)>{plan}</A>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="for-trainers">
            <summary>{i18n.t(k::TRAINERS_TITLE)}</summary>
            <p>{i18n.t(k::TRAINERS_TEXT)}</p>
            <ul>
                {links}
                <li>
                    <A href=routes::href(routes::CARD_SHEET)>{i18n.t(k::TRAINERS_CARD_SHEET)}</A>
                </li>
            </ul>
        </details>
    }
}

#[component]
fn LessonCard(lesson: &'static lesson_index::Entry) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    let title_key = format!("lesson-{}-title", lesson.id);
    let title = Signal::derive(move || crate::i18n::tr(i18n.lang(), &title_key));
    let intro_key = format!("lesson-{}-intro", lesson.id);
    let finished = move || prefs.with(|s| s.progress.is_finished(lesson.id));
    let started = move || {
        prefs.with(|s| {
            s.progress
                .lessons
                .get(lesson.id)
                .is_some_and(|l| l.step > 0)
        })
    };
    let steps = lesson.steps;
    view! {
        <li class="lesson-card">
            <h2>
                // "Waar ben ik?": a helper matches the code on a learner's step (D2-5).
                // For the eyes only: the heading's name stays the lesson's title.
                {crate::model::step_code::lesson_code(lesson.id).map(|code| view! { <span class="where-code" aria-hidden="true">{code}</span> " " })}
                {title}
            </h2>
            <p>{move || crate::i18n::tr(i18n.lang(), &intro_key)}</p>
            <p class="lesson-meta">
                {move || crate::i18n::tr_count(i18n.lang(), k::LESSON_STEPS_COUNT, "count", steps)}
                {move || finished().then(|| view! { <span class="badge done">{i18n.t(k::LESSON_FINISHED_BADGE)}</span> })}
                <MedalBadge medal=Signal::derive(move || prefs.with(|s| s.progress.medal(lesson.id))) />
            </p>
            <A href=routes::lesson(lesson.id) attr:class="button big">
                <span>
                    {move || {
                        let key = if started() && !finished() { k::LESSON_CONTINUE } else { k::LESSON_START };
                        crate::i18n::tr(i18n.lang(), key)
                    }}
                </span>
                // Several lessons on one page: each link says which lesson it starts.
                <span class="visually-hidden">{title}</span>
                <Icon name="forward" />
            </A>
        </li>
    }
}

#[component]
fn ComingSoon(task: tasks::Task) -> impl IntoView {
    use_page_title(task.title);
    let i18n = use_i18n();
    view! {
        <div class="page task">
            <img class="task-picture" src=task.picture() alt="" width="240" height="160" />
            <h1>{i18n.t(task.title)}</h1>
            <p class="badge">{i18n.t(k::SOON_TITLE)}</p>
            <p class="lead">{i18n.t(k::SOON_TEXT)}</p>
            <p>{i18n.t(k::SOON_TEXT_2)}</p>
            <A href=routes::HOME_HREF attr:class="button">
                <Icon name="arrow" />
                <span>{i18n.t(k::BACK_HOME)}</span>
            </A>
        </div>
    }
}

/*!
A lesson plan for trainers (`/lesplan/<lesson>`): the goal, how long it
takes, what to prepare, where people usually get stuck, the mistake on
purpose, simple phrases to use, and the rule: no real DigiD or health
data in class. Made from the lesson data ([`crate::model::lesson_plan`]),
so it never drifts from the lesson; print CSS lays it out on one A4.

Found by the router's fallback, in the `presenter` chunk with the
controls: both are for the trainer.
*/

use leptos::prelude::*;

use super::not_found::NotFound;
use crate::{
    i18n::{k, tr, tr_vars, tr_with},
    lesson::{self, Lesson},
    model::{lesson_plan, step_code},
    routes,
    ui::{dom, i18n::use_i18n, icon::Icon, title::use_page_title},
};

/// `/lesplan/<lesson>`.
#[component]
pub fn LessonPlanRoute() -> impl IntoView {
    let id = super::use_path_part(routes::plan_part);
    move || match id.get().as_deref().and_then(lesson::find) {
        Some(lesson) => view! { <LessonPlan lesson /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

/// The phrases a trainer can use with a group, in the trainer's language.
const PHRASES: [&str; 4] = [
    k::PLAN_PHRASE_LOOK,
    k::PLAN_PHRASE_READ,
    k::PLAN_PHRASE_SAFE,
    k::PLAN_PHRASE_FIND,
];

/// What to set out before the lesson.
const PREPARE: [&str; 3] = [
    k::PLAN_PREPARE_DEVICE,
    k::PLAN_PREPARE_CARD,
    k::PLAN_PREPARE_SCREEN,
];

#[component]
fn LessonPlan(lesson: &'static Lesson) -> impl IntoView {
    use_page_title(k::PLAN_PAGE_TITLE);
    let i18n = use_i18n();
    let total = lesson.steps.len();
    let code = step_code::lesson_code(&lesson.id).unwrap_or_default();
    let title_key = lesson.title_key();
    let title = move || {
        let title = tr(i18n.lang(), &title_key);
        tr_with(
            i18n.lang(),
            k::PLAN_TITLE,
            "lesson",
            format!("{code} {title}"),
        )
    };
    let text = move |key: String| move || tr_vars(i18n.lang(), &key, &lesson.text_vars(None));
    let duration = move || {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("minutes", lesson_plan::minutes(total));
        args.set("steps", total);
        crate::i18n::tr_args(i18n.lang(), k::PLAN_DURATION, Some(&args))
    };
    let list = |keys: &'static [&'static str]| {
        keys.iter()
            .map(|&key| view! { <li>{i18n.t(key)}</li> })
            .collect_view()
    };
    // Where people get stuck: the steps that come with a tip.
    let stuck = lesson
        .steps
        .iter()
        .enumerate()
        .filter_map(|(index, step)| Some((index, lesson.hint_key(step)?)))
        .map(|(index, hint)| {
            let code = step_code::at(&lesson.id, index).map(|c| c.to_string());
            let step = text(lesson.step_key(&lesson.steps[index]));
            let hint = text(hint);
            view! {
                <li>
                    <span class="where-code">{code}</span>
                    " "
                    <strong>{step}</strong>
                    <br />
                    {hint}
                </li>
            }
        })
        .collect_view();
    let mistake = lesson
        .steps
        .iter()
        .position(|s| s.id == lesson_plan::MISTAKE_STEP)
        .map(|index| {
            let step = text(lesson.step_key(&lesson.steps[index]));
            view! {
                <h2>{i18n.t(k::PLAN_MISTAKE)}</h2>
                <p>{step}</p>
            }
        });
    view! {
        <div class="page lesson-plan">
            <div class="no-print cards-tools">
                <a class="back-link" href=routes::task(&lesson.task)>
                    <Icon name="arrow" />
                    <span>{i18n.t(k::CARDS_BACK)}</span>
                </a>
                <button class="button" type="button" on:click=move |_| dom::print()>
                    <span>{i18n.t(k::CARDS_PRINT)}</span>
                </button>
            </div>
            <h1>{title}</h1>
            <p class="plan-rule">{i18n.t(k::CARDS_RULE)}</p>
            <h2>{i18n.t(k::PLAN_GOAL)}</h2>
            <p>{text(lesson.intro_key())}</p>
            <p>{text(lesson.done_key())}</p>
            <h2>{i18n.t(k::PLAN_DURATION_TITLE)}</h2>
            <p>{duration}</p>
            <h2>{i18n.t(k::PLAN_PREPARE)}</h2>
            <ul>{list(&PREPARE)}</ul>
            <h2>{i18n.t(k::PLAN_STUCK)}</h2>
            <ul class="plan-stuck">{stuck}</ul>
            {mistake}
            <h2>{i18n.t(k::PLAN_PHRASES)}</h2>
            <ul>{list(&PHRASES)}</ul>
        </div>
    }
}

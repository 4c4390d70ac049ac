/*!
The end of a lesson. Praise only for a lesson that was really done: a
link or bookmark to `/les/<lesson>/klaar` of a lesson that is not done
offers to start it, or to go on where the learner left off.
*/

use leptos::prelude::*;
use leptos_router::components::A;

use super::lesson::{At, Player};
use crate::{
    i18n::{k, practice, tr},
    lesson,
    model::progress::Medal,
    routes,
    ui::{i18n::use_i18n, icon::Icon, medal::MedalBadge, prefs::use_prefs, title::use_page_title},
};

/// The finish screen, or the way in for a lesson that is not done.
#[component]
pub(super) fn LessonEnd(player: Player) -> impl IntoView {
    let prefs = use_prefs();
    let lesson = player.lesson;
    let finished = move || prefs.with(|s| s.progress.is_finished(&lesson.id));
    move || {
        if finished() {
            view! { <LessonDone player /> }.into_any()
        } else {
            view! { <LessonNotDone player /> }.into_any()
        }
    }
}

#[component]
fn LessonNotDone(player: Player) -> impl IntoView {
    use_page_title(k::LESSON_NOT_DONE_TITLE);
    let i18n = use_i18n();
    let prefs = use_prefs();
    let lesson = player.lesson;
    let title_key = lesson.title_key();
    let saved = prefs.peek(|s| {
        s.progress
            .lessons
            .get(&lesson.id)
            .map(|l| l.step as usize)
            .filter(|&step| step > 0 && step < lesson.steps.len())
    });
    let resume = saved.map(|step| {
        view! {
            <button class="button" type="button" on:click=move |_| player.go(At::Step(step))>
                <span>{move || crate::i18n::tr_with(i18n.lang(), k::LESSON_RESUME_AT, "step", (step + 1).to_string())}</span>
                <Icon name="forward" />
            </button>
        }
    });
    let start_class = if saved.is_some() {
        "button secondary"
    } else {
        "button"
    };
    view! {
        <section class="step-panel lesson-done" aria-labelledby="done-title">
            <p class="lesson-name">{move || tr(i18n.lang(), &title_key)}</p>
            <h1 id="done-title" tabindex="-1">{i18n.t(k::LESSON_NOT_DONE_TITLE)}</h1>
            <p class="lead">{i18n.t(k::LESSON_NOT_DONE_TEXT)}</p>
            <div class="done-actions">
                {resume}
                <button class=start_class type="button" on:click=move |_| player.restart()>
                    {i18n.t(k::LESSON_START)}
                </button>
                <A href=routes::HOME_HREF attr:class="button secondary">
                    {i18n.t(k::BACK_HOME)}
                </A>
            </div>
        </section>
    }
}

#[component]
fn LessonDone(player: Player) -> impl IntoView {
    use_page_title(k::LESSON_DONE_TITLE);
    let i18n = use_i18n();
    // After the last step the page is still scrolled down at the practice
    // screen: the learner must see (and hear) that the lesson is done.
    Effect::new(|_| request_animation_frame(|| crate::ui::focus::bring_to_top("done-title")));
    let lesson = player.lesson;
    let done_key = lesson.done_key();
    // The next lesson of the same task, so the learner can follow the chain.
    let next = lesson::next_in_task(lesson).map(|next| {
        let title_key = next.title_key();
        let label = move || {
            let title = tr(i18n.lang(), &title_key);
            crate::i18n::tr_with(i18n.lang(), k::LESSON_DONE_NEXT_LESSON, "lesson", title)
        };
        view! {
            <A href=routes::lesson(&next.id) attr:class="button">
                <span>{label}</span>
                <Icon name="forward" />
            </A>
        }
    });
    // A service in several looks: the same lesson in the next look, so a
    // skill learned on one portal also works on another.
    let looks = lesson.service.looks();
    let other_look = looks
        .iter()
        .position(|(id, _)| Some(*id) == player.look)
        .or((!looks.is_empty()).then_some(0))
        .map(|i| looks[(i + 1) % looks.len()])
        .filter(|_| looks.len() > 1)
        .map(|(id, name)| {
            let label = move || {
                crate::i18n::tr_with(i18n.lang(), k::LESSON_DONE_OTHER_LOOK, "look", practice(name))
            };
            view! {
                <A href=routes::with_look(routes::lesson_step(&lesson.id, 1), Some(id)) attr:class="button">
                    <span>{label}</span>
                    <Icon name="forward" />
                </A>
                <p class="hint">{i18n.t(k::LESSON_DONE_OTHER_LOOK_WHY)}</p>
            }
        });
    let again_class = if next.is_some() || other_look.is_some() {
        "button secondary"
    } else {
        "button"
    };
    view! {
        <section class="step-panel lesson-done" aria-labelledby="done-title">
            <div class="medal" aria-hidden="true">
                <Icon name="check" />
            </div>
            <h1 id="done-title" tabindex="-1">{i18n.t(k::LESSON_DONE_TITLE)}</h1>
            <p class="lead">{move || tr(i18n.lang(), &done_key)}</p>
            <p>{i18n.t(k::LESSON_DONE_TEXT)}</p>
            <MedalEarned player />
            <h2>{i18n.t(k::LESSON_DONE_NEXT)}</h2>
            <div class="done-actions">
                {other_look}
                {next}
                <button class=again_class type="button" on:click=move |_| player.restart()>
                    {i18n.t(k::LESSON_DONE_AGAIN)}
                </button>
                <A href=routes::with_look(routes::practice(lesson.service.id()), player.look) attr:class="button secondary">
                    {i18n.t(k::LESSON_DONE_FREE)}
                </A>
                <A href=routes::HOME_HREF attr:class="button secondary">
                    {i18n.t(k::BACK_HOME)}
                </A>
            </div>
        </section>
    }
}

/// The lesson's medal, and how to earn the next one.
#[component]
fn MedalEarned(player: Player) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    let lesson = player.lesson;
    let medal = Signal::derive(move || prefs.with(|s| s.progress.medal(&lesson.id)));
    let several_looks = lesson.service.looks().len() > 1;
    let texts = move || match medal.get() {
        Medal::None => None,
        Medal::Bronze => Some((k::MEDAL_EARNED_BRONZE, k::MEDAL_NEXT_BRONZE)),
        Medal::Silver if several_looks => Some((k::MEDAL_EARNED_SILVER, k::MEDAL_NEXT_SILVER_LOOK)),
        Medal::Silver => Some((k::MEDAL_EARNED_SILVER, k::MEDAL_NEXT_SILVER)),
        Medal::Gold => Some((k::MEDAL_EARNED_GOLD, k::MEDAL_NEXT_GOLD)),
    };
    move || {
        texts().map(|(earned, next)| {
            view! {
                <div class="medal-earned">
                    <MedalBadge medal />
                    <div>
                        <p><strong>{move || tr(i18n.lang(), earned)}</strong></p>
                        <p>{move || tr(i18n.lang(), next)}</p>
                        <A href=routes::href(routes::PROGRESS)>{i18n.t(k::NAV_PROGRESS)}</A>
                    </div>
                </div>
            }
        })
    }
}

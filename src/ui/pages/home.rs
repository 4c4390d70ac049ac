//! The home page: goals from daily life, as big picture cards.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;
use leptos_router::components::A;

use crate::{
    i18n::{k, tr, tr_args},
    model::{
        lesson_index,
        progress::Medal,
        tasks::{Task, TASKS},
    },
    routes,
    ui::{
        dom::next_task, i18n::use_i18n, icon::Icon, medal, prefs::use_prefs, title::use_page_title,
    },
};

#[component]
pub fn Home() -> impl IntoView {
    use_page_title(k::HOME_TITLE);
    let i18n = use_i18n();
    // When the app starts here, the cards come a task after the heading:
    // on an old phone the first render is then two short pieces of work,
    // and a tap in between is answered. Nothing above them moves when they
    // come. Later (back from a lesson) they come at once, so the browser
    // can bring back the place the learner had scrolled to.
    let later = !DRAWN_BEFORE.swap(true, Ordering::Relaxed);
    let cards_shown = RwSignal::new(!later);
    if later {
        leptos::task::spawn_local(async move {
            next_task().await;
            cards_shown.set(true);
        });
    }
    view! {
        <div class="page home">
            <h1>{i18n.t(k::HOME_TITLE)}</h1>
            <p class="lead">{i18n.t(k::HOME_INTRO)}</p>
            {move || cards_shown.get().then(|| view! { <Cards /> })}
        </div>
    }
}

#[component]
fn Cards() -> impl IntoView {
    let i18n = use_i18n();
    let cards = TASKS
        .iter()
        .map(|task| view! { <TaskCard task=*task /> })
        .collect_view();
    view! {
        <ul class="cards" aria-label=i18n.t(k::HOME_TASKS_LABEL)>
            {cards}
        </ul>
        <section class="reassure" aria-labelledby="safe-title">
            <Icon name="shield" />
            <div>
                <h2 id="safe-title">{i18n.t(k::HOME_SAFE_TITLE)}</h2>
                <p>{i18n.t(k::HOME_SAFE_TEXT)}</p>
            </div>
        </section>
    }
}

/// Whether the home page was drawn before in this visit.
static DRAWN_BEFORE: AtomicBool = AtomicBool::new(false);

#[component]
fn TaskCard(task: Task) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    let lessons: Vec<&'static str> = lesson_index::for_task(task.id).map(|l| l.id).collect();
    let total = lessons.len();

    // What a learner can expect behind the card: not yet there, or how
    // far they got, with the best medal in the same badge (its circle
    // drawn by the stylesheet): one badge keeps the first visit small.
    let status = move || {
        let lang = i18n.lang();
        if total == 0 {
            return Some(("badge soon", tr(lang, k::SOON_TITLE)));
        }
        let (done, medal) = prefs.with(|s| {
            let done = lessons
                .iter()
                .filter(|id| s.progress.is_finished(id))
                .count();
            (done, s.progress.task_medal(task.id))
        });
        (done > 0).then(|| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("done", done);
            args.set("total", total);
            let text = tr_args(lang, k::HOME_LESSONS_DONE, Some(&args));
            match medal {
                Medal::None => ("badge done", text),
                _ => (
                    medal::card_class(medal),
                    format!("{} · {text}", tr(lang, medal::word_key(medal))),
                ),
            }
        })
    };
    view! {
        <li>
            <A href=routes::task(task.id) attr:class="card">
                <img src=task.picture() alt="" width="240" height="160" loading="lazy" />
                <span class="card-title">{i18n.t(task.title)}</span>
                <span class="card-text">{i18n.t(task.text)}</span>
                {move || status().map(|(class, text)| view! { <span class=class>{text}</span> })}
            </A>
        </li>
    }
}

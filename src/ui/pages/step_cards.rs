/*!
Printable step cards for a group lesson: one card per step of a lesson,
with its "Waar ben ik?" code, its picture (the practice screen as the
step starts, its control lit), the Dutch text, and the same text in a
second language the trainer picks. Everything comes from the lesson data,
so the cards never drift from the lessons; print CSS lays them out on A4,
in black and white.

Found by the router's fallback, like the words (a route costs every first
visit), in the same chunk: both draw lesson steps' pictures.
*/

use leptos::{prelude::*, task::spawn_local};
use leptos_router::hooks::use_query_map;

use super::{not_found::NotFound, screen_picture::screen_picture};
use crate::{
    i18n::{k, tr, tr_vars, tr_with, Part},
    lesson::{self, Lesson},
    model::{lang::Lang, step_code},
    routes,
    ui::{dom, i18n::use_i18n, icon::Icon, title::use_page_title},
};

/// `/kaarten/<lesson>`.
#[component]
pub fn StepCardsRoute() -> impl IntoView {
    let id = super::use_path_part(routes::cards_part);
    move || match id.get().as_deref().and_then(lesson::find) {
        Some(lesson) => view! { <StepCards lesson /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

#[component]
fn StepCards(lesson: &'static Lesson) -> impl IntoView {
    use_page_title(k::CARDS_PAGE_TITLE);
    let i18n = use_i18n();
    let query = use_query_map();
    // The second language: from the address, else the interface's (none
    // when that is Dutch).
    let from_query = query.with_untracked(|q| q.get(routes::SECOND_LANG));
    let first = match from_query {
        Some(tag) => Lang::from_tag(&tag),
        None => Some(i18n.lang()),
    }
    .filter(|&l| l != Lang::Nl);
    let second = RwSignal::new(first);
    Effect::new(move |_| {
        if let Some(lang) = second.get() {
            spawn_local(async move {
                i18n.load_also(lang, &[Part::Lessons]).await;
            });
        }
    });
    let title_key = lesson.title_key();
    let title = move || tr(i18n.lang(), &title_key);
    let options = Lang::ALL
        .into_iter()
        .filter(|&l| l != Lang::Nl)
        .map(|l| {
            view! {
                <option value=l.code() lang=l.code() selected=move || second.get() == Some(l)>
                    {l.native_name()}
                </option>
            }
        })
        .collect_view();
    let total = lesson.steps.len();
    let cards = (0..total)
        .map(|index| view! { <StepCard lesson index second /> })
        .collect_view();
    view! {
        <div class="page step-cards-page">
            <div class="no-print">
                <a class="back-link" href=routes::task(&lesson.task)>
                    <Icon name="arrow" />
                    <span>{i18n.t(k::CARDS_BACK)}</span>
                </a>
                <h1>{move || tr_with(i18n.lang(), k::CARDS_TITLE, "lesson", title())}</h1>
                <p class="lead">{i18n.t(k::CARDS_INTRO)}</p>
                <div class="cards-tools">
                    <label for="cards-second">{i18n.t(k::CARDS_SECOND_LANGUAGE)}</label>
                    <select
                        id="cards-second"
                        on:change=move |ev| second.set(Lang::from_tag(&event_target_value(&ev)))
                    >
                        <option value="" selected=move || second.get().is_none()>
                            {i18n.t(k::CARDS_NONE)}
                        </option>
                        {options}
                    </select>
                    <button class="button" type="button" on:click=move |_| dom::print()>
                        <span>{i18n.t(k::CARDS_PRINT)}</span>
                    </button>
                </div>
            </div>
            <p class="cards-rule">{i18n.t(k::CARDS_RULE)}</p>
            <ol class="step-cards">{cards}</ol>
        </div>
    }
}

/// One step: its code, picture, Dutch text and the second language's.
#[component]
fn StepCard(
    lesson: &'static Lesson,
    index: usize,
    second: RwSignal<Option<Lang>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let step = &lesson.steps[index];
    let vars = lesson.text_vars(None);
    let key = lesson.step_key(step);
    let dutch = tr_vars(Lang::Nl, &key, &vars);
    let code = step_code::at(&lesson.id, index).map(|c| c.to_string());
    let heading = super::lesson_step::step_count(Lang::Nl, index, lesson.steps.len());
    let translated = move || {
        // Tracks the texts' arrival through the interface language.
        i18n.lang();
        second.get().map(|lang| {
            let text = tr_vars(lang, &key, &vars);
            view! { <p class="card-second" lang=lang.code() dir=lang.dir().as_str()>{text}</p> }
        })
    };
    view! {
        <li class="step-card">
            <p class="card-head" lang="nl">
                <span>{heading}</span>
                {code.map(|c| view! { <span class="where-code">{c}</span> })}
            </p>
            <div class="card-picture">
                {screen_picture(step, lesson.service(), lesson.state_at(index, 1), true)}
            </div>
            <p class="card-dutch" lang="nl" dir="ltr">{dutch}</p>
            {translated}
        </li>
    }
}

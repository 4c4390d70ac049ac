//! The home page: goals from daily life, as big picture cards.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::{
    i18n::k,
    model::tasks::{Task, TASKS},
    routes,
    ui::{app::use_page_title, i18n::use_i18n, icon::Icon},
};

#[component]
pub fn Home() -> impl IntoView {
    use_page_title(k::HOME_TITLE);
    let i18n = use_i18n();
    let cards = TASKS
        .iter()
        .map(|task| view! { <TaskCard task=*task /> })
        .collect_view();
    view! {
        <div class="page home">
            <h1>{i18n.t(k::HOME_TITLE)}</h1>
            <p class="lead">{i18n.t(k::HOME_INTRO)}</p>
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
        </div>
    }
}

#[component]
fn TaskCard(task: Task) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <li>
            <A href=routes::task(task.id) attr:class="card">
                <img src=task.picture() alt="" width="240" height="160" />
                <span class="card-title">{i18n.t(task.title)}</span>
                <span class="card-text">{i18n.t(task.text)}</span>
            </A>
        </li>
    }
}

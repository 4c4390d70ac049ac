//! A task's page. Until its practice exists it says "coming soon", kindly,
//! and offers the way back.

use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_params_map};

use super::not_found::NotFound;
use crate::{
    i18n::k,
    model::tasks,
    routes,
    ui::{app::use_page_title, i18n::use_i18n, icon::Icon},
};

#[component]
pub fn TaskPage() -> impl IntoView {
    let params = use_params_map();
    move || {
        let id = params.read().get(routes::TASK_ID).unwrap_or_default();
        match tasks::find(&id) {
            Some(task) => view! { <ComingSoon task=*task /> }.into_any(),
            None => view! { <NotFound /> }.into_any(),
        }
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

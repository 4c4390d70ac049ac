//! Free practice: a practice service without a lesson ("vrij oefenen").

use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_params_map};

use super::not_found::NotFound;
use crate::{
    i18n::{k, p, practice},
    practice::{digid_web::DigidWeb, Service},
    routes,
    ui::{app::use_page_title, dom, i18n::use_i18n, icon::Icon, practice::area::PracticeArea},
};

#[component]
pub fn FreePracticePage() -> impl IntoView {
    let params = use_params_map();
    let service = Memo::new(move |_| {
        params
            .read()
            .get(routes::PRACTICE_SERVICE)
            .and_then(|id| Service::from_id(&id))
    });
    move || match service.get() {
        Some(Service::DigidWeb) => view! { <FreeDigid /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

#[component]
fn FreeDigid() -> impl IntoView {
    use_page_title(k::FREE_PRACTICE);
    let i18n = use_i18n();
    let state = RwSignal::new(DigidWeb::new(dom::random_seed()));
    let on_action = Callback::new(move |action| {
        state.update(|s| {
            s.apply(action);
        });
    });
    let on_restart = Callback::new(move |()| state.set(DigidWeb::new(dom::random_seed())));
    let title = i18n.t_with(k::FREE_PRACTICE_TITLE, "service", || {
        practice(p::DIGID_BRAND)
    });
    view! {
        <div class="page free-practice">
            <A href=routes::task("digid") attr:class="back-link">
                <Icon name="arrow" />
                <span>{i18n.t(k::TASK_DIGID_TITLE)}</span>
            </A>
            <h1>{title}</h1>
            <p class="lead">{i18n.t(k::FREE_PRACTICE_TEXT)}</p>
            <PracticeArea state on_action highlight=Signal::stored(None::<String>) on_restart />
        </div>
    }
}

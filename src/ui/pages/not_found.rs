//! What no route matches: "Mijn voortgang" and its parts, or a friendly
//! page for a path that does not exist. The progress pages are found here,
//! in a lazily loaded chunk, rather than by a route: every route (and any
//! code that picks a page) in the main wasm costs every first visit.

use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_location};

use super::{lazy_progress, with_texts, Needs};
use crate::{
    i18n::k,
    routes,
    ui::{
        i18n::use_i18n,
        icon::Icon,
        lazy::{Loaded, Loader},
        title::use_page_title,
    },
};

/// The router's fallback: the progress pages (their own chunk, with the
/// lesson titles and their stylesheet), or "not found".
#[component]
pub fn Unmatched() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let progress = Memo::new(move |_| routes::progress_part(&location.pathname.get()).is_some());
    move || {
        if progress.get() {
            let loader =
                Loader::new(move || with_texts(i18n, Needs::Titles, Box::pin(lazy_progress())));
            view! { <Loaded loader /> }.into_any()
        } else {
            view! { <NotFound /> }.into_any()
        }
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    use_page_title(k::NOT_FOUND_TITLE);
    let i18n = use_i18n();
    view! {
        <div class="page not-found">
            <h1>{i18n.t(k::NOT_FOUND_TITLE)}</h1>
            <p class="lead">{i18n.t(k::NOT_FOUND_TEXT)}</p>
            <A href=routes::HOME_HREF attr:class="button">
                <Icon name="arrow" />
                <span>{i18n.t(k::BACK_HOME)}</span>
            </A>
        </div>
    }
}

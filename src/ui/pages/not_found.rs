//! What no route matches: "Mijn voortgang" and its parts, "Woorden op het
//! scherm", or a friendly page for a path that does not exist. Those pages are found here,
//! in a lazily loaded chunk, rather than by a route: every route (and any
//! code that picks a page) in the main wasm costs every first visit.

use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_location};

use super::{lazy_progress, lazy_words, with_texts, Needs};
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
/// lesson titles and their stylesheet), the words (their own chunk, with
/// what the lesson player needs for the pictures), or "not found".
#[component]
pub fn Unmatched() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let page = Memo::new(move |_| {
        let path = location.pathname.get();
        if routes::progress_part(&path).is_some() {
            Some(Needs::Titles)
        } else if routes::words_part(&path).is_some() {
            Some(Needs::Player)
        } else {
            None
        }
    });
    move || match page.get() {
        Some(needs) => {
            let loader = Loader::new(move || {
                let page = if needs == Needs::Titles {
                    Box::pin(lazy_progress()) as crate::ui::lazy::Pending
                } else {
                    Box::pin(lazy_words())
                };
                with_texts(i18n, needs, page)
            });
            view! { <Loaded loader /> }.into_any()
        }
        None => view! { <NotFound /> }.into_any(),
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

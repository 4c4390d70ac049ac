//! What no route matches: "Mijn voortgang" and its parts, "Woorden op het
//! scherm", a lesson's step cards, presenter mode's controls, a lesson
//! plan, the oefenkaart to print, or a friendly page for a path that does
//! not exist. Those pages are found here, in a lazily loaded chunk, rather
//! than by a route: every route (and any code that picks a page) in the
//! main wasm costs every first visit.

use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_location};

use super::{
    lazy_card_sheet, lazy_cards, lazy_controls, lazy_plan, lazy_progress, lazy_words, with_texts,
    Needs,
};
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
/// lesson titles and their stylesheet), the words and a lesson's step
/// cards (their own chunk, with what the lesson player needs for the
/// pictures), or "not found".
#[component]
pub fn Unmatched() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let page = Memo::new(move |_| Fallback::of(&location.pathname.get()));
    move || match page.get() {
        Some(page) => {
            let loader = Loader::new(move || {
                let (needs, view): (Needs, crate::ui::lazy::Pending) = match page {
                    Fallback::Progress => (Needs::Titles, Box::pin(lazy_progress())),
                    Fallback::Words => (Needs::Player, Box::pin(lazy_words())),
                    Fallback::Cards => (Needs::Player, Box::pin(lazy_cards())),
                    Fallback::Controls => (Needs::Player, Box::pin(lazy_controls())),
                    Fallback::Plan => (Needs::Player, Box::pin(lazy_plan())),
                    Fallback::CardSheet => (Needs::Lessons, Box::pin(lazy_card_sheet())),
                };
                with_texts(i18n, needs, view)
            });
            view! { <Loaded loader /> }.into_any()
        }
        None => view! { <NotFound /> }.into_any(),
    }
}

/// The pages found here rather than by a route.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fallback {
    Progress,
    Words,
    Cards,
    Controls,
    Plan,
    CardSheet,
}

impl Fallback {
    fn of(path: &str) -> Option<Fallback> {
        if routes::progress_part(path).is_some() {
            Some(Fallback::Progress)
        } else if routes::words_part(path).is_some() {
            Some(Fallback::Words)
        } else if routes::cards_part(path).is_some() {
            Some(Fallback::Cards)
        } else if routes::controls_part(path).is_some() {
            Some(Fallback::Controls)
        } else if routes::plan_part(path).is_some() {
            Some(Fallback::Plan)
        } else if routes::card_sheet_part(path) == Some(None) {
            Some(Fallback::CardSheet)
        } else {
            None
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

/*!
The app: opens the store, provides the contexts, applies settings to
`<html>`, and lays out the shell around the routes.
*/

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    hooks::use_location,
    ParamSegment, StaticSegment,
};

use super::{
    dom,
    header::{Header, PracticeBar, SkipLink},
    i18n::{provide_i18n, use_i18n},
    kiosk::KioskSlot,
    lazy::{Loaded, Loader},
    notice::StorageNotice,
    pages::{
        home::Home, lazy_about, lazy_help, lazy_lesson, lazy_not_found, lazy_practice,
        lazy_settings, lazy_task, with_texts, Needs,
    },
    prefs::provide_prefs,
};
use crate::{
    model::lang::Lang,
    routes,
    store::{Notice, Store},
};

/// Opens the browser's storage and draws the whole app on `<body>`, in
/// short tasks with the browser's own work in between: on an old phone
/// one long start would leave a tap unanswered. First (after the wasm's
/// compile and start) the saved document and the learner's first texts
/// (page.js asked for them while the wasm downloaded), so the page is
/// drawn once, in their language. Then the page, in place of the first
/// look page.js showed meanwhile (`#boot` in index.html).
#[cfg(target_arch = "wasm32")]
pub async fn start() {
    dom::next_task().await;
    let (store, notice) = Store::open(crate::store::browser::local_storage());
    let lang = store.state().settings.lang;
    super::i18n::load_first(lang.unwrap_or_else(|| Lang::negotiate(&dom::preferred_languages())))
        .await;
    dom::next_task().await;
    dom::remove_first_look();
    leptos::mount::mount_to_body(move || view! { <AppWith store notice watch_other_tabs=true /> });
}

/// The app around a given store (tests pass an in-memory one).
#[component]
pub fn AppWith(
    store: Store,
    notice: Option<Notice>,
    /// Follow changes other tabs make to the browser's storage.
    #[prop(optional)]
    watch_other_tabs: bool,
) -> impl IntoView {
    let prefs = provide_prefs(store, notice);
    #[cfg(target_arch = "wasm32")]
    if watch_other_tabs {
        crate::store::browser::on_other_tab_change(move || prefs.reload());
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = watch_other_tabs;
    provide_i18n(Lang::negotiate(&dom::preferred_languages()));
    let i18n = use_i18n();
    Effect::new(move |_| {
        let lang = i18n.lang();
        // A first visit in another language than Dutch waits for its
        // texts (a moment), so the page never flips from Dutch halfway.
        let waiting = !i18n.settled();
        prefs.with(|s| dom::apply_to_html(lang, &s.settings, waiting));
    });
    view! {
        <Router>
            <Shell />
        </Router>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let i18n = use_i18n();
    let main_ref = NodeRef::<leptos::html::Main>::new();
    focus_main_on_navigation(main_ref);
    view! {
        <SkipLink main_ref />
        <PracticeBar />
        <Header />
        <main id="main" tabindex="-1" node_ref=main_ref>
            <StorageNotice />
            <Routes fallback=move || view! { <Loaded loader=Loader::new(lazy_not_found) /> }>
                <Route path=StaticSegment("") view=Home />
                <Route path=StaticSegment(routes::SETTINGS) view=move || view! { <Loaded loader=Loader::new(move || with_texts(i18n, Needs::Pages, Box::pin(lazy_settings()))) /> } />
                <Route path=StaticSegment(routes::HELP) view=move || view! { <Loaded loader=Loader::new(move || with_texts(i18n, Needs::Pages, Box::pin(lazy_help()))) /> } />
                <Route path=StaticSegment(routes::ABOUT) view=move || view! { <Loaded loader=Loader::new(move || with_texts(i18n, Needs::Pages, Box::pin(lazy_about()))) /> } />
                <Route
                    path=(StaticSegment(routes::TASK), ParamSegment(routes::TASK_ID))
                    view=move || view! { <Loaded loader=Loader::new(move || with_texts(i18n, Needs::Lessons, Box::pin(lazy_task()))) /> }
                />
                <Route
                    path=(StaticSegment(routes::LESSON), ParamSegment(routes::LESSON_ID))
                    view=move || view! { <Loaded loader=Loader::new(move || with_texts(i18n, Needs::Player, Box::pin(lazy_lesson()))) /> }
                />
                <Route
                    path=(
                        StaticSegment(routes::LESSON),
                        ParamSegment(routes::LESSON_ID),
                        ParamSegment(routes::LESSON_STEP),
                    )
                    view=move || view! { <Loaded loader=Loader::new(move || with_texts(i18n, Needs::Player, Box::pin(lazy_lesson()))) /> }
                />
                <Route
                    path=(StaticSegment(routes::PRACTICE), ParamSegment(routes::PRACTICE_SERVICE))
                    view=move || view! { <Loaded loader=Loader::new(move || with_texts(i18n, Needs::Lessons, Box::pin(lazy_practice()))) /> }
                />
            </Routes>
        </main>
        <KioskSlot />
    }
}

/// After a navigation, screen readers start reading at the new page. The
/// steps of one lesson are one page: the learner is busy in the practice
/// screen, and focus must stay where they are typing.
fn focus_main_on_navigation(main_ref: NodeRef<leptos::html::Main>) {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = routes::page_of(&location.pathname.get()).to_owned();
        if previous.is_some_and(|p| p != path) {
            if let Some(main) = main_ref.get_untracked() {
                let _ = main.focus();
            }
        }
        path
    });
}

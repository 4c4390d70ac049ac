/*!
What every page shows on top: the skip link, the practice mark that is
never hidden, and the header with the way home, the menu and the language.
*/

use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_location};

use super::{i18n::use_i18n, icon::Icon, language_menu::LanguageMenu, prefs::use_prefs, sign};
use crate::{i18n::k, routes};

/// "Naar de inhoud": the first Tab stop, for keyboard users.
#[component]
pub fn SkipLink(main_ref: NodeRef<leptos::html::Main>) -> impl IntoView {
    let i18n = use_i18n();
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = main_ref.get_untracked() {
            let _ = main.focus();
        }
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>
            {i18n.t(k::SKIP_TO_CONTENT)}
        </a>
    }
}

/// The permanent practice mark: nothing here is real.
#[component]
pub fn PracticeBar() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="practice-bar">
            <Icon name="shield" />
            <strong>{i18n.t(k::PRACTICE_MARK)}</strong>
            <A href=routes::href(routes::ABOUT)>
                <span class="bar-more-icon"><Icon name="info" /></span>
                <span class="bar-more-text">{i18n.t(k::PRACTICE_MARK_MORE)}</span>
            </A>
        </div>
    }
}

/// On a phone the header is one line: the way home, the menu button and
/// the language. The menu opens below it; on wide screens it is always
/// shown. Choosing a page closes it.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let menu_open = RwSignal::new(false);
    let location = use_location();
    Effect::new(move |_| {
        location.pathname.track();
        menu_open.set(false);
    });
    view! {
        <header class="site-header">
            <div class="header-row">
                <A href=routes::HOME_HREF attr:class="brand" attr:aria-label=i18n.t(k::HOME_LINK_LABEL)>
                    <img src="/img/logo.svg" alt="" width="40" height="40" />
                    <span>{i18n.t(k::APP_NAME)}</span>
                </A>
                <LearnerLink />
                <div class="header-tools">
                    <button
                        class="menu-button"
                        type="button"
                        aria-expanded=move || menu_open.get().to_string()
                        aria-controls="main-nav"
                        on:click=move |_| menu_open.update(|o| *o = !*o)
                    >
                        <Icon name="menu" />
                        <span>{i18n.t(k::MENU_OPEN)}</span>
                    </button>
                    <LanguageMenu />
                </div>
            </div>
            <MainNav open=menu_open />
        </header>
    }
}

/// Once several learners share the device: the sign of the one at it,
/// which takes the next one to "Wie oefent er?" to switch.
#[component]
fn LearnerLink() -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    // A plain link (the router still takes its click): the first visit
    // carries every line of the header.
    view! {
        <a
            href=routes::learners()
            class="learner-link"
            hidden=move || !prefs.with(|s| s.is_shared())
        >
            <span class=move || prefs.with(|s| sign::class(s.sign)) aria-hidden="true"></span>
            <span class="visually-hidden">{i18n.t(k::LEARNER_SWITCH)}</span>
        </a>
    }
}

#[component]
fn MainNav(open: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let items = [
        (routes::HOME_HREF.to_owned(), k::NAV_HOME, "home"),
        (routes::href(routes::PROGRESS), k::NAV_PROGRESS, "medal"),
        (routes::href(routes::WORDS), k::NAV_WORDS, "book"),
        (routes::href(routes::HELP), k::NAV_HELP, "help"),
        (routes::href(routes::SETTINGS), k::NAV_SETTINGS, "settings"),
        (routes::href(routes::ABOUT), k::NAV_ABOUT, "info"),
    ];
    let links = items
        .into_iter()
        .map(|(href, key, icon)| {
            view! {
                <li>
                    <A href exact=true>
                        <Icon name=icon />
                        <span>{i18n.t(key)}</span>
                    </A>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav
            class="main-nav"
            id="main-nav"
            class:open=move || open.get()
            aria-label=i18n.t(k::NAV_LABEL)
        >
            <ul>{links}</ul>
        </nav>
    }
}

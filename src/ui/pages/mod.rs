//! One file per page; each is a thin view over the models. Only the home
//! page (and "not found") is in the main wasm; the pages around lessons
//! and the settings, help and about pages are fetched when first opened.

use leptos::prelude::*;

pub mod about;
pub mod card_sheet;
pub mod certificate;
pub mod controls;
pub mod help;
pub mod home;
pub mod journey;
pub mod learners;
pub mod lesson;
pub mod lesson_done;
pub mod lesson_nav;
pub mod lesson_plan;
pub mod lesson_step;
pub mod not_found;
pub mod practice;
pub mod presenting;
pub mod progress;
pub mod screen_picture;
pub mod self_check;
pub mod settings;
pub mod step_cards;
pub mod task;
pub mod words;

use crate::{
    i18n::Part,
    ui::{
        i18n::I18n,
        lazy::{split_view, LoadError, Loading, Pending},
    },
};

/// The stylesheet of every page but the home page (settings, help, about,
/// the learners page, the kiosk; hints and choices in lessons too): not
/// part of a first visit. First in every list, so the others come after
/// it and win.
pub const PAGES_STYLE: &str = "/pages.css";

/// The stylesheets of lessons and practice screens (not needed on the
/// home page, so not part of a first visit).
pub const PRACTICE_STYLES: [&str; 6] = [
    PAGES_STYLE,
    "/practice.css",
    "/apply.css",
    "/gp.css",
    "/video.css",
    "/care.css",
];

/// The stylesheet of "Mijn voortgang" and the certificate.
pub const PROGRESS_STYLE: &str = "/progress.css";

/// The texts and styles a lazily loaded page needs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// Settings, help, about: their interface texts.
    Pages,
    /// "Mijn voortgang" and the certificate: also the lesson titles.
    Titles,
    /// The lesson player: what `Lessons` needs, and the lessons themselves
    /// (parsed in their own chunk) before the player's chunk.
    Player,
    /// Task pages, lessons, free practice: also lesson and practice texts
    /// and the practice stylesheets.
    Lessons,
}

/// A page from its own chunk, once the chunk and what it `needs` are here
/// (fetched at the same time). Styles that cannot be fetched do not stop
/// the page: it works unstyled. The page comes boxed, so this exists once
/// in the wasm however many pages use it (each instance costs the first
/// visit about 1.5 KB).
pub fn with_texts(i18n: I18n, needs: Needs, page: Pending) -> Pending {
    Box::pin(with_texts_of(i18n, needs, page))
}

async fn with_texts_of(i18n: I18n, needs: Needs, page: Pending) -> Loading {
    let parts: &[Part] = match needs {
        Needs::Pages => &[Part::Pages],
        Needs::Titles => &[Part::Pages, Part::Lessons],
        Needs::Lessons | Needs::Player => &[Part::Pages, Part::Lessons, Part::Practice],
    };
    let styles = async move {
        match needs {
            Needs::Lessons | Needs::Player => styles(&PRACTICE_STYLES).await,
            Needs::Titles => styles(&[PAGES_STYLE, PROGRESS_STYLE]).await,
            Needs::Pages => styles(&[PAGES_STYLE]).await,
        }
    };
    // The player looks its lesson up as it is drawn: the lessons first.
    if needs == Needs::Player {
        lazy_lesson_data().await?;
    }
    let (texts, (), page) = futures::future::join3(i18n.load(parts), styles, page).await;
    if texts {
        page
    } else {
        Err(LoadError)
    }
}

/// The part of the address under a page found by the router's fallback
/// (`routes::words_part`, ...): `None` for the page itself.
pub fn use_path_part(of: fn(&str) -> Option<Option<&str>>) -> Memo<Option<String>> {
    let location = leptos_router::hooks::use_location();
    Memo::new(move |_| of(&location.pathname.get()).flatten().map(str::to_owned))
}

async fn styles(paths: &[&'static str]) {
    #[cfg(target_arch = "wasm32")]
    {
        futures::future::join_all(paths.iter().map(|p| crate::ui::dom::load_stylesheet(p))).await;
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = paths;
}

// The lesson player; a task page and free practice (they share the lesson
// engine and the practice models, which go to a shared chunk) ...
split_view! { lesson_page: pub fn lazy_lesson() { view! { <lesson::LessonPage /> } } }

// ... the lessons themselves, parsed in a chunk of their own ...
split_view! { lesson_data: pub fn lazy_lesson_data() { crate::lesson::load().len() } }

split_view! { task_page: pub fn lazy_practice() { view! { <practice::FreePracticePage /> } } }

split_view! { task_page: pub fn lazy_task() { view! { <task::TaskPage /> } } }

// ... and one for the pages a learner seldom opens.
split_view! { more_pages: pub fn lazy_settings() { view! { <settings::SettingsPage /> } } }

split_view! { more_pages: pub fn lazy_help() { view! { <help::Help /> } } }

split_view! { more_pages: pub fn lazy_about() { view! { <about::About /> } } }

// Medals, the progress code (with its QR code) and the certificate.
split_view! { progress_page: pub fn lazy_progress() { view! { <progress::ProgressRoute /> } } }

// "Woorden op het scherm": each word's picture is a lesson step's screen,
// so the page needs what the lesson player needs.
split_view! { words_page: pub fn lazy_words() { view! { <words::WordsRoute /> } } }

// A lesson's printable step cards draw the same pictures.
split_view! { words_page: pub fn lazy_cards() { view! { <step_cards::StepCardsRoute /> } } }

// Presenter mode's controls, for the trainer's window.
split_view! { presenter: pub fn lazy_controls() { view! { <controls::ControlsRoute /> } } }

// The oefenkaart to print, with the trainers' pages.
split_view! { presenter: pub fn lazy_card_sheet() { view! { <card_sheet::CardSheet /> } } }

// A lesson's plan for trainers, printable, with the controls.
split_view! { presenter: pub fn lazy_plan() { view! { <lesson_plan::LessonPlanRoute /> } } }

// A mistyped address is rare: its page comes with the other seldom pages.
split_view! { more_pages: pub fn lazy_not_found() { view! { <not_found::Unmatched /> } } }

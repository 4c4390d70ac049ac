//! One file per page; each is a thin view over the models. Only the home
//! page (and "not found") is in the main wasm; the pages around lessons
//! and the settings, help and about pages are fetched when first opened.

use leptos::prelude::*;

pub mod about;
pub mod help;
pub mod home;
pub mod lesson;
pub mod lesson_done;
pub mod lesson_nav;
pub mod not_found;
pub mod practice;
pub mod settings;
pub mod task;

use std::future::Future;

use crate::{
    i18n::Part,
    ui::{
        i18n::I18n,
        lazy::{split_view, LoadError, Loading},
    },
};

/// A page from its own chunk, once the chunk and the lesson and practice
/// texts are both here (fetched at the same time).
pub async fn with_texts(i18n: I18n, page: impl Future<Output = Loading>) -> Loading {
    let texts = i18n.load(&[Part::Lessons, Part::Practice]);
    let (texts, page) = futures::future::join(texts, page).await;
    if texts {
        page
    } else {
        Err(LoadError)
    }
}

// One chunk for the pages around lessons (they share the lesson engine
// and the practice models) ...
split_view! { lessons: pub fn lazy_lesson() { view! { <lesson::LessonPage /> } } }

split_view! { lessons: pub fn lazy_practice() { view! { <practice::FreePracticePage /> } } }

split_view! { lessons: pub fn lazy_task() { view! { <task::TaskPage /> } } }

// ... and one for the pages a learner seldom opens.
split_view! { more_pages: pub fn lazy_settings() { view! { <settings::SettingsPage /> } } }

split_view! { more_pages: pub fn lazy_help() { view! { <help::Help /> } } }

split_view! { more_pages: pub fn lazy_about() { view! { <about::About /> } } }

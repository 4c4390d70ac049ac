//! One file per page; each is a thin view over the models. The home,
//! settings, help and about pages are in the main wasm; a task page, a
//! lesson and free practice are fetched when first opened.

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

split_view! { lesson_page: pub fn lazy_lesson() { view! { <lesson::LessonPage /> } } }

split_view! { free_practice: pub fn lazy_practice() { view! { <practice::FreePracticePage /> } } }

split_view! { task_page: pub fn lazy_task() { view! { <task::TaskPage /> } } }

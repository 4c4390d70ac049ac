//! The browser tab's title for each page, in the learner's language, so a
//! screen reader and the tab bar say where the learner is. Pages call this;
//! it lives apart from the app shell so pages need not import the shell.

use leptos::prelude::*;

use super::{dom, i18n::use_i18n};

/// Sets the tab title for a page.
pub fn use_page_title(key: &'static str) {
    let i18n = use_i18n();
    Effect::new(move |_| {
        let lang = i18n.lang();
        let page = crate::i18n::tr(lang, key);
        let app = crate::i18n::tr(lang, crate::i18n::k::APP_NAME);
        dom::set_title(&format!("{page} · {app}"));
    });
}

/*!
The language context: which language the interface speaks right now.

The learner's choice (kept in the saved settings) wins; before they choose,
the browser's preferred languages decide, falling back to Dutch.
*/

use leptos::prelude::*;

use super::prefs::use_prefs;
use crate::{i18n, model::lang::Lang};

/// The current interface language.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: Memo<Lang>,
}

impl I18n {
    pub fn lang(self) -> Lang {
        self.lang.get()
    }

    /// A reactive text for `key`, for use in views and attributes.
    pub fn t(self, key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || i18n::tr(self.lang.get(), key)
    }

    /// The text for `key` with one Fluent variable.
    pub fn t_with(
        self,
        key: &'static str,
        name: &'static str,
        value: impl Fn() -> String + Copy + Send + Sync + 'static,
    ) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || i18n::tr_with(self.lang.get(), key, name, value())
    }
}

/// Provides [`I18n`]; needs the prefs context.
pub fn provide_i18n(browser_preference: Lang) {
    let prefs = use_prefs();
    let lang = Memo::new(move |_| {
        prefs
            .with(|s| s.settings.lang)
            .unwrap_or(browser_preference)
    });
    provide_context(I18n { lang });
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/*!
The one-time messages above every page: about saving, when the store
reports that progress cannot be kept, was reset, or belongs to a newer
version; and about a language whose texts could not come (the page stays
in the language it had, and the learner should know why).
*/

use leptos::prelude::*;

use super::{i18n::use_i18n, prefs::use_prefs};
use crate::{i18n::k, store::Notice};

fn message_key(notice: Notice) -> &'static str {
    match notice {
        Notice::Unavailable => k::NOTICE_STORAGE_UNAVAILABLE,
        Notice::Corrupt => k::NOTICE_STORAGE_CORRUPT,
        Notice::Newer => k::NOTICE_STORAGE_NEWER,
        Notice::Full => k::NOTICE_STORAGE_FULL,
    }
}

#[component]
pub fn StorageNotice() -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    let text = move || {
        let lang = i18n.lang();
        match (prefs.notice(), i18n.missing()) {
            (Some(n), _) => Some(crate::i18n::tr(lang, message_key(n))),
            (None, Some(missing)) => Some(crate::i18n::tr_with(
                lang,
                k::NOTICE_LANGUAGE_MISSING,
                "language",
                missing.native_name(),
            )),
            (None, None) => None,
        }
    };
    view! {
        <div class="notice-area" role="status">
            {move || {
                text()
                    .map(|text| {
                        view! {
                            <div class="notice">
                                <p>{text}</p>
                                <button class="button secondary" on:click=move |_| {
                                    // One message at a time: saving first.
                                    if prefs.notice().is_some() {
                                        prefs.dismiss_notice();
                                    } else {
                                        i18n.dismiss_missing();
                                    }
                                }>
                                    {i18n.t(k::NOTICE_DISMISS)}
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}

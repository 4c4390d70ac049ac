/*!
The one-time message about saving: shown when the store reports that
progress cannot be kept, was reset, or belongs to a newer version.
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
        prefs
            .notice()
            .map(|n| crate::i18n::tr(i18n.lang(), message_key(n)))
    };
    view! {
        <div class="notice-area" role="status">
            {move || {
                text()
                    .map(|text| {
                        view! {
                            <div class="notice">
                                <p>{text}</p>
                                <button class="button secondary" on:click=move |_| prefs.dismiss_notice()>
                                    {i18n.t(k::NOTICE_DISMISS)}
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}

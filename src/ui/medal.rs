/*!
A medal (brons, zilver, goud) as a small round badge with its word: the
word is always there, so the medal never depends on colour, on screen or on
a black-and-white print.
*/

use leptos::prelude::*;

use crate::{
    i18n::{k, tr},
    model::progress::Medal,
    ui::i18n::use_i18n,
};

/// The text key of a medal's word.
pub fn word_key(medal: Medal) -> &'static str {
    match medal {
        Medal::None => k::MEDAL_NONE,
        Medal::Bronze => k::MEDAL_BRONZE,
        Medal::Silver => k::MEDAL_SILVER,
        Medal::Gold => k::MEDAL_GOLD,
    }
}

/// The badge; nothing for a lesson or task without a medal yet.
#[component]
pub fn MedalBadge(#[prop(into)] medal: Signal<Medal>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let medal = medal.get();
        (medal != Medal::None).then(|| {
            view! {
                <span class=format!("medal-badge medal-{}", medal.id())>
                    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
                        <path class="medal-ribbon" d="M7 1h4l2 7H9zM13 1h4l-2 7h-4z" />
                        <circle cx="12" cy="15" r="7.5" />
                        <path class="medal-star" d="M12 10.5l1.4 2.8 3 .4-2.2 2.1.5 3-2.7-1.4-2.7 1.4.5-3-2.2-2.1 3-.4z" />
                    </svg>
                    <span>{move || tr(i18n.lang(), word_key(medal))}</span>
                </span>
            }
        })
    }
}

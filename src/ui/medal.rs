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

/// The badge's classes: its shape, and its colours (`medal-gold`, ...).
pub fn class(medal: Medal) -> &'static str {
    match medal {
        Medal::None => "medal-badge",
        Medal::Bronze => "medal-badge medal-bronze",
        Medal::Silver => "medal-badge medal-silver",
        Medal::Gold => "medal-badge medal-gold",
    }
}

/// A home card's badge with the task's best medal in it.
pub fn card_class(medal: Medal) -> &'static str {
    match medal {
        Medal::None => "badge done",
        Medal::Bronze => "badge done medal-bronze",
        Medal::Silver => "badge done medal-silver",
        Medal::Gold => "badge done medal-gold",
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
                // The medal itself is drawn by the stylesheet (`::before`).
                <span class=class(medal)>
                    {move || tr(i18n.lang(), word_key(medal))}
                </span>
            }
        })
    }
}

//! The real-data warning: Oefenplein speaking (in the learner's language),
//! not the practice service.

use leptos::prelude::*;

use crate::{i18n::k, practice::guard::RealData, ui::i18n::use_i18n};

fn kind_key(kind: RealData) -> &'static str {
    match kind {
        RealData::Bsn => k::GUARD_BSN,
        RealData::Iban => k::GUARD_IBAN,
        RealData::Email => k::GUARD_EMAIL,
        RealData::Mobile => k::GUARD_MOBILE,
    }
}

#[component]
pub fn GuardWarning(kind: RealData) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div
            class="guard-warning"
            role="alert"
            lang=move || i18n.lang().code()
            dir=move || i18n.lang().dir().as_str()
        >
            <p class="guard-title">{i18n.t(k::GUARD_TITLE)}</p>
            <p>{i18n.t(kind_key(kind))}</p>
            <p>{i18n.t(k::GUARD_HELP)}</p>
        </div>
    }
}

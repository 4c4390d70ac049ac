//! The oefenkaart on screen: the practice person's details. Field names
//! are shown in Dutch, as on the practice screen, with the learner's own
//! language beside them.

use leptos::prelude::*;

use crate::{
    i18n::{k, p, practice},
    model::lang::Lang,
    practice::card::CARD,
    ui::{
        i18n::use_i18n,
        practice::{lit, Highlight},
    },
};

#[component]
pub fn PracticeCardView(
    #[prop(into)] highlight: Highlight,
    /// The practice password that works now (it changes after "Wachtwoord vergeten?").
    #[prop(into)]
    password: Signal<String>,
    /// The DigiD app's PIN, for the app practice.
    #[prop(optional, into)]
    pin: Option<Signal<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let row = move |dutch: Option<&'static str>, own: &'static str, value: Signal<String>| {
        let label = move || match dutch {
            Some(nl_key) if i18n.lang() != Lang::Nl => {
                format!(
                    "{} ({})",
                    practice(nl_key),
                    crate::i18n::tr(i18n.lang(), own)
                )
            }
            _ => crate::i18n::tr(i18n.lang(), own),
        };
        view! {
            <div class="card-row">
                <dt>{label}</dt>
                <dd lang="nl" dir="ltr">{value}</dd>
            </div>
        }
    };
    view! {
        <section
            class="oefenkaart"
            id="live-card"
            class:highlight=lit(highlight, "card")
            aria-labelledby="oefenkaart-title"
        >
            <h2 id="oefenkaart-title">{i18n.t(k::CARD_TITLE)}</h2>
            <dl>
                {row(None, k::CARD_NAME, Signal::stored(CARD.name.to_owned()))}
                {row(None, k::CARD_BIRTH, Signal::stored(CARD.birth_date.to_owned()))}
                {row(Some(p::DIGID_USERNAME), k::CARD_USERNAME, Signal::stored(CARD.username.to_owned()))}
                {row(Some(p::DIGID_PASSWORD), k::CARD_PASSWORD, password)}
                {pin.map(|pin| row(Some(p::APP_PIN_LABEL), k::CARD_PIN, pin))}
            </dl>
            <p class="card-note">{i18n.t(k::CARD_NOTE)}</p>
        </section>
    }
}

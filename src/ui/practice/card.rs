//! The oefenkaart on screen: the practice person's details. Field names
//! are shown in Dutch, as on the practice screen, with the learner's own
//! language beside them. For logging in it shows the username and
//! password; for applying for DigiD the BSN and address, and then what
//! the learner chose (as one would write it down at home).

use leptos::prelude::*;

use crate::{
    i18n::{k, p, practice},
    model::lang::Lang,
    practice::{card::CARD, digid_apply::Account},
    ui::{
        i18n::use_i18n,
        practice::{lit, Highlight},
    },
};

#[component]
pub fn PracticeCardView(
    #[prop(into)] highlight: Highlight,
    /// The practice password that works now (it changes after "Wachtwoord vergeten?").
    #[prop(optional, into)]
    password: Option<Signal<String>>,
    /// The DigiD app's PIN, for the app practice.
    #[prop(optional, into)]
    pin: Option<Signal<String>>,
    /// DigiD aanvragen: show the BSN and address, and the chosen account.
    #[prop(optional, into)]
    chosen: Option<Signal<Option<Account>>>,
    /// A portal with its own account: show the practice e-mail address.
    #[prop(optional)]
    email: bool,
    /// Also the child's name and birth date (a referral for the child).
    #[prop(optional)]
    child: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let fixed = |value: &str| Signal::stored(value.to_owned());
    let fixed_owned = Signal::stored;
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
                {row(None, k::CARD_NAME, fixed(CARD.name))}
                {row(None, k::CARD_BIRTH, fixed(CARD.birth_date))}
                {match chosen {
                    Some(_) => view! {
                        {row(Some(p::APPLY_BSN), k::CARD_BSN, fixed(CARD.bsn))}
                        {row(None, k::CARD_STREET, fixed(CARD.street))}
                        {row(Some(p::APPLY_HOUSE_NUMBER), k::CARD_HOUSE_NUMBER, fixed(CARD.house_number))}
                        {row(Some(p::APPLY_POSTCODE), k::CARD_POSTCODE, fixed(CARD.postcode))}
                        {row(None, k::CARD_TOWN, fixed(CARD.town))}
                    }
                    .into_any(),
                    None => view! {
                        {row(Some(p::DIGID_USERNAME), k::CARD_USERNAME, fixed(CARD.username))}
                        {row(Some(p::DIGID_PASSWORD), k::CARD_PASSWORD, password.unwrap_or_else(|| fixed(CARD.password)))}
                    }
                    .into_any(),
                }}
                {pin.map(|pin| row(Some(p::APP_PIN_NAME), k::CARD_PIN, pin))}
                {email.then(|| row(Some(p::GP_OWN_EMAIL), k::CARD_EMAIL, fixed(CARD.email)))}
                {child.then(|| view! {
                    {row(None, k::CARD_CHILD, fixed(crate::practice::card::CHILD_NAME))}
                    {row(None, k::CARD_CHILD_BIRTH, fixed(crate::practice::card::CHILD_BIRTH_DATE))}
                })}
            </dl>
            {chosen.map(|chosen| move || chosen.get().map(|account| view! {
                <p class="card-chosen">
                    {i18n.t(if account.example { k::CARD_EXAMPLE } else { k::CARD_CHOSEN })}
                </p>
                <dl>
                    {row(Some(p::APPLY_USERNAME), k::CARD_CHOSEN_USERNAME, fixed_owned(account.username))}
                    {row(Some(p::APPLY_PASSWORD), k::CARD_CHOSEN_PASSWORD, fixed_owned(account.password))}
                </dl>
            }))}
            <p class="card-note">{i18n.t(k::CARD_NOTE)}</p>
        </section>
    }
}

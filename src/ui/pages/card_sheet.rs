/*!
The oefenkaart to print (`/oefenkaart`): six copies of the practice
person's card on one A4, to cut out and hand to a group, so nobody is
tempted to type their own details. The values come from
[`crate::practice::card::CARD`], the same as the card beside every
practice screen; the field names are Dutch, as on the practice screens,
with the interface language beside them.
*/

use leptos::prelude::*;

use crate::{
    i18n::{k, tr},
    model::lang::Lang,
    practice::card::{CARD, CHILD_BIRTH_DATE, CHILD_NAME},
    routes,
    ui::{dom, i18n::use_i18n, icon::Icon, title::use_page_title},
};

/// Copies on one sheet.
const COPIES: usize = 6;

/// The card's rows: the label's key and the value.
const ROWS: [(&str, &str); 13] = [
    (k::CARD_NAME, CARD.name),
    (k::CARD_BIRTH, CARD.birth_date),
    (k::CARD_USERNAME, CARD.username),
    (k::CARD_PASSWORD, CARD.password),
    (k::CARD_PIN, CARD.pin),
    (k::CARD_EMAIL, CARD.email),
    (k::CARD_BSN, CARD.bsn),
    (k::CARD_STREET, CARD.street),
    (k::CARD_HOUSE_NUMBER, CARD.house_number),
    (k::CARD_POSTCODE, CARD.postcode),
    (k::CARD_TOWN, CARD.town),
    (k::CARD_CHILD, CHILD_NAME),
    (k::CARD_CHILD_BIRTH, CHILD_BIRTH_DATE),
];

#[component]
pub fn CardSheet() -> impl IntoView {
    use_page_title(k::CARD_SHEET_TITLE);
    let i18n = use_i18n();
    let cards = (0..COPIES)
        .map(|_| view! { <PrintedCard /> })
        .collect_view();
    view! {
        <div class="page card-sheet-page">
            <div class="no-print">
                <a class="back-link" href=routes::HOME_HREF>
                    <Icon name="arrow" />
                    <span>{i18n.t(k::BACK_HOME)}</span>
                </a>
                <h1>{i18n.t(k::CARD_SHEET_TITLE)}</h1>
                <p class="lead">{i18n.t(k::CARD_SHEET_INTRO)}</p>
                <button class="button" type="button" on:click=move |_| dom::print()>
                    <span>{i18n.t(k::CARDS_PRINT)}</span>
                </button>
            </div>
            <ul class="card-sheet">{cards}</ul>
        </div>
    }
}

/// One card: "Oefenkaart", the fields, and that they are not real.
#[component]
fn PrintedCard() -> impl IntoView {
    let i18n = use_i18n();
    let label = move |key: &'static str| {
        let dutch = tr(Lang::Nl, key);
        match i18n.lang() {
            Lang::Nl => dutch,
            lang => format!("{dutch} ({})", tr(lang, key)),
        }
    };
    let rows = ROWS
        .into_iter()
        .map(|(key, value)| {
            view! {
                <div class="card-row">
                    <dt>{move || label(key)}</dt>
                    <dd lang="nl" dir="ltr">{value}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <li class="oefenkaart printed-card">
            <p class="printed-card-title">
                <strong>{move || label(k::CARD_TITLE)}</strong>
                <span lang="nl">{tr(Lang::Nl, k::PRACTICE_MARK)}</span>
            </p>
            <dl>{rows}</dl>
            <p class="card-note">{i18n.t(k::CARD_NOTE)}</p>
        </li>
    }
}

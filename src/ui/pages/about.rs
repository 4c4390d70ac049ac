//! About Oefenplein: what is fake, and that nothing leaves the device.

use leptos::prelude::*;

use crate::{
    i18n::k,
    ui::{i18n::use_i18n, icon::Icon, title::use_page_title},
};

#[component]
pub fn About() -> impl IntoView {
    use_page_title(k::ABOUT_TITLE);
    let i18n = use_i18n();
    let points = [
        ("shield", k::ABOUT_FAKE),
        ("shield", k::ABOUT_NO_DATA),
        ("phone", k::ABOUT_DEVICE),
        ("check", k::ABOUT_OFFLINE),
        ("check", k::ABOUT_FREE),
        ("settings", k::ABOUT_CLEAR),
    ]
    .into_iter()
    .map(|(icon, key)| {
        view! {
            <li>
                <Icon name=icon />
                <span>{i18n.t(key)}</span>
            </li>
        }
    })
    .collect_view();
    view! {
        <div class="page about">
            <h1>{i18n.t(k::ABOUT_TITLE)}</h1>
            <p class="lead">{i18n.t(k::ABOUT_WHAT)}</p>
            <ul class="points">{points}</ul>
        </div>
    }
}

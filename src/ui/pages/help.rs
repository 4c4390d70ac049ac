//! "Waar krijg ik hulp?": the host's own help places (from
//! `public/hulp.json`, editable without a rebuild) above general help.

use leptos::prelude::*;

use crate::{
    i18n::k,
    model::help::{self, Place},
    ui::{dom, i18n::use_i18n, icon::Icon, title::use_page_title},
};

/// Where the host's file is served.
pub const HELP_FILE: &str = "/hulp.json";

#[derive(Clone, PartialEq)]
enum HostHelp {
    Loading,
    Ready(Vec<Place>),
    Failed,
}

#[component]
pub fn Help() -> impl IntoView {
    use_page_title(k::HELP_TITLE);
    let i18n = use_i18n();
    let host = RwSignal::new(HostHelp::Loading);
    leptos::task::spawn_local(async move {
        let loaded = match dom::fetch_text(HELP_FILE).await {
            Some(text) => help::parse(&text).map_or(HostHelp::Failed, HostHelp::Ready),
            None => HostHelp::Failed,
        };
        let _ = host.try_set(loaded);
    });
    view! {
        <div class="page help">
            <h1>{i18n.t(k::HELP_TITLE)}</h1>
            <p class="lead">{i18n.t(k::HELP_INTRO)}</p>
            {move || host_section(host.get())}
            <GeneralHelp />
        </div>
    }
}

fn host_section(host: HostHelp) -> impl IntoView {
    let i18n = use_i18n();
    match host {
        HostHelp::Loading => view! { <p class="loading">{i18n.t(k::HELP_LOADING)}</p> }.into_any(),
        HostHelp::Failed => view! { <p class="notice">{i18n.t(k::HELP_HOST_ERROR)}</p> }.into_any(),
        HostHelp::Ready(places) if places.is_empty() => ().into_any(),
        HostHelp::Ready(places) => {
            let cards = places
                .into_iter()
                .map(|place| view! { <PlaceCard place /> })
                .collect_view();
            view! {
                <section class="host-help" aria-labelledby="host-title">
                    <h2 id="host-title">{i18n.t(k::HELP_HOST_TITLE)}</h2>
                    <ul class="places">{cards}</ul>
                </section>
            }
            .into_any()
        }
    }
}

#[component]
fn PlaceCard(place: Place) -> impl IntoView {
    let i18n = use_i18n();
    let detail = move |icon: &'static str, label: &'static str, value: String| {
        (!value.is_empty()).then(|| {
            view! {
                <p class="detail">
                    <Icon name=icon />
                    <span class="visually-hidden">{i18n.t(label)} ": "</span>
                    <span>{value}</span>
                </p>
            }
        })
    };
    view! {
        <li class="place">
            <h3>{place.name}</h3>
            {(!place.text.is_empty()).then(|| view! { <p>{place.text}</p> })}
            {detail("map", k::HELP_ADDRESS, place.address)}
            {detail("phone", k::HELP_PHONE, place.phone)}
            {detail("clock", k::HELP_HOURS, place.hours)}
        </li>
    }
}

#[component]
fn GeneralHelp() -> impl IntoView {
    let i18n = use_i18n();
    let items = [
        (k::HELP_DEFAULT_LIBRARY_TITLE, k::HELP_DEFAULT_LIBRARY_TEXT),
        (k::HELP_DEFAULT_FAMILY_TITLE, k::HELP_DEFAULT_FAMILY_TEXT),
        (k::HELP_DEFAULT_DIGID_TITLE, k::HELP_DEFAULT_DIGID_TEXT),
    ]
    .into_iter()
    .map(|(title, text)| {
        view! {
            <li class="place">
                <h3>{i18n.t(title)}</h3>
                <p>{i18n.t(text)}</p>
            </li>
        }
    })
    .collect_view();
    view! { <ul class="places general">{items}</ul> }
}

//! "Waar krijg ik hulp?": the host's own help places (from
//! `public/hulp.json`, editable without a rebuild) above general help.

use leptos::prelude::*;

use crate::{
    i18n::{k, tr_with},
    model::{
        help::{self, Place},
        kiosk,
    },
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
            <KioskNotes />
        </div>
    }
}

/// For the host: what is wrong in `kiosk.json`, if anything (each wrong
/// setting keeps its default; a visitor never sees an error elsewhere).
#[component]
fn KioskNotes() -> impl IntoView {
    let i18n = use_i18n();
    let notes = LocalResource::new(|| async {
        dom::fetch_text(kiosk::FILE)
            .await
            .map(|text| kiosk::parse(&text).1)
            .unwrap_or_default()
    });
    move || {
        let notes = notes.get().filter(|n| !n.is_empty())?;
        let items = notes
            .iter()
            .map(|note| {
                let (key, field) = note.key();
                view! { <li>{move || tr_with(i18n.lang(), key, "field", field.to_owned())}</li> }
            })
            .collect_view();
        Some(view! {
            <section class="notice kiosk-notes" aria-labelledby="kiosk-notes-title">
                <h2 id="kiosk-notes-title">{i18n.t(k::KIOSK_NOTE_TITLE)}</h2>
                <ul>{items}</ul>
            </section>
        })
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

/*!
The certificate: an A4 page that looks good in black and white, with what
was practised and the medals, the date, and "Oefenplein — oefenen zonder
echte gegevens". A first name may be typed for the paper only: it lives in
this page's signal and is never stored.
*/

use leptos::prelude::*;
use leptos_router::components::A;

use crate::{
    i18n::{k, tr, tr_with},
    model::{lesson_index, progress::Medal, tasks::TASKS},
    routes,
    ui::{
        dom, i18n::use_i18n, icon::Icon, medal::MedalBadge, prefs::use_prefs, title::use_page_title,
    },
};

#[component]
pub fn CertificatePage() -> impl IntoView {
    use_page_title(k::CERTIFICATE_TITLE);
    let i18n = use_i18n();
    let prefs = use_prefs();
    // Only for the paper: never written anywhere.
    let name = RwSignal::new(String::new());
    let any = move || prefs.with(|s| s.progress.medal_counts().iter().sum::<usize>() > 0);
    let by = move || {
        let name = name.get();
        let name = name.trim();
        if name.is_empty() {
            tr(i18n.lang(), k::CERTIFICATE_BY_NOBODY)
        } else {
            let name: String = name.chars().take(40).collect();
            tr_with(i18n.lang(), k::CERTIFICATE_BY, "name", name)
        }
    };
    // Isolated, so a right-to-left page keeps the date's order.
    let today = format!("\u{2066}{}\u{2069}", dom::today());
    let date = move || tr_with(i18n.lang(), k::CERTIFICATE_DATE, "date", today.clone());
    let rows = TASKS
        .iter()
        .flat_map(|task| lesson_index::for_task(task.id))
        .map(|entry| {
            let medal = Signal::derive(move || prefs.with(|s| s.progress.medal(entry.id)));
            let title_key = format!("lesson-{}-title", entry.id);
            move || {
                (medal.get() != Medal::None).then(|| {
                    let title_key = title_key.clone();
                    view! {
                        <li>
                            <span>{move || tr(i18n.lang(), &title_key)}</span>
                            <MedalBadge medal />
                        </li>
                    }
                })
            }
        })
        .collect_view();
    view! {
        <div class="page certificate-page">
            <div class="no-print">
                <A href=routes::href(routes::PROGRESS) attr:class="back-link">
                    <Icon name="arrow" />
                    <span>{i18n.t(k::CERTIFICATE_BACK)}</span>
                </A>
                <h1>{i18n.t(k::CERTIFICATE_TITLE)}</h1>
                <p class="lead">{i18n.t(k::CERTIFICATE_INTRO)}</p>
                <label for="certificate-name">{i18n.t(k::CERTIFICATE_NAME_LABEL)}</label>
                <p class="hint" id="certificate-name-hint">{i18n.t(k::CERTIFICATE_NAME_HINT)}</p>
                <input
                    id="certificate-name"
                    type="text"
                    autocomplete="off"
                    maxlength="40"
                    aria-describedby="certificate-name-hint"
                    prop:value=name
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
                {move || if any() {
                    view! {
                        <button class="button" type="button" on:click=move |_| dom::print()>
                            {i18n.t(k::CERTIFICATE_PRINT)}
                        </button>
                    }.into_any()
                } else {
                    view! { <p class="notice-box">{i18n.t(k::CERTIFICATE_EMPTY)}</p> }.into_any()
                }}
            </div>
            <article class="certificate" aria-labelledby="certificate-heading">
                <p class="certificate-brand" aria-hidden="true">"Oefenplein"</p>
                <h2 id="certificate-heading">{i18n.t(k::CERTIFICATE_TITLE)}</h2>
                <p class="certificate-by">{by}</p>
                <p>{i18n.t(k::CERTIFICATE_LIST)}</p>
                <ul class="certificate-list">{rows}</ul>
                <p class="certificate-date">{date}</p>
                <p class="certificate-footer">{i18n.t(k::CERTIFICATE_FOOTER)}</p>
            </article>
        </div>
    }
}

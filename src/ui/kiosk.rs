/*!
Kiosk mode on a public computer (the host's `kiosk.json`, read by
`model::kiosk`): a line that tells the visitor where they practise and that
everything is wiped when they leave, the question "Ben je er nog?" after
the idle minutes, and the wipe, after which the start page loads as a
fresh visit.

The shell ([`KioskSlot`], in every visit) only fetches the file and looks
whether kiosk mode is on; [`KioskGuard`] and the reading of the file are a
chunk of their own, fetched only on a kiosk.
*/

use leptos::prelude::*;

use crate::{
    i18n::{k, tr_with},
    model::kiosk::{self, Phase},
    ui::{
        dom,
        i18n::use_i18n,
        lazy::{split_view, Loaded, Loader},
        pages::{with_texts, Needs},
        prefs::use_prefs,
    },
};

/// In the shell: the kiosk, where the host switched it on. It reuses
/// [`Loaded`] (its "Laden…" hidden by CSS): a slot of its own, with a
/// signal and a task, cost every first visit 2.4 KB of wasm.
#[component]
pub fn KioskSlot() -> impl IntoView {
    let i18n = use_i18n();
    let loader = Loader::new(move || async move {
        match dom::fetch_text(kiosk::FILE).await {
            Some(text) if kiosk::looks_on(&text) => {
                with_texts(i18n, Needs::Pages, Box::pin(lazy_kiosk(text))).await
            }
            _ => Ok(().into_any()),
        }
    });
    view! {
        <div class="kiosk-slot">
            <Loaded loader />
        </div>
    }
}

split_view! { kiosk: fn lazy_kiosk(text: String) { view! { <KioskGuard text /> } } }

/// Watches for a visitor who left; asks, then wipes.
#[component]
fn KioskGuard(text: String) -> impl IntoView {
    let (settings, _) = kiosk::parse(&text);
    settings.on.then(|| {
        let settings = kiosk::set_current(settings);
        let i18n = use_i18n();
        let prefs = use_prefs();
        let last = StoredValue::new(dom::now_ms());
        let phase = RwSignal::new(Phase::Active);
        let still_here = move || {
            last.set_value(dom::now_ms());
            phase.set(Phase::Active);
        };
        // Any touch, click, key or scroll means someone is here.
        for event in ["pointerdown", "keydown", "touchstart", "wheel", "scroll"] {
            let handle = window_event_listener_untyped(event, move |_| still_here());
            on_cleanup(move || handle.remove());
        }
        let tick = move || {
            let idle = ((dom::now_ms() - last.get_value()) / 1000.0).max(0.0) as u64;
            match settings.phase(idle) {
                Phase::Wipe => {
                    prefs.clear_all();
                    dom::start_over(&settings.start_page);
                }
                now if now != phase.get_untracked() => {
                    if matches!(now, Phase::Asking(_)) && phase.get_untracked() == Phase::Active {
                        crate::ui::focus::focus_when_drawn("kiosk-still-here".into(), 60);
                    }
                    phase.set(now);
                }
                _ => {}
            }
        };
        if let Ok(handle) = set_interval_with_handle(tick, std::time::Duration::from_secs(1)) {
            on_cleanup(move || handle.clear());
        }
        let minutes = settings.idle_minutes.to_string();
        let where_line = move || match &settings.library {
            Some(name) => tr_with(i18n.lang(), k::KIOSK_AT, "library", name.clone()),
            None => String::new(),
        };
        let rule = move || tr_with(i18n.lang(), k::KIOSK_RULE, "minutes", minutes.clone());
        let question = move || {
            let Phase::Asking(seconds) = phase.get() else {
                return None;
            };
            let left = tr_with(
                i18n.lang(),
                k::KIOSK_SECONDS_LEFT,
                "seconds",
                seconds.to_string(),
            );
            Some(view! {
                <div class="kiosk-backdrop">
                    <div
                        class="kiosk-dialog"
                        role="alertdialog"
                        aria-modal="true"
                        aria-labelledby="kiosk-question"
                        aria-describedby="kiosk-left"
                    >
                        <h2 id="kiosk-question">{i18n.t(k::KIOSK_QUESTION)}</h2>
                        <p id="kiosk-left">{left}</p>
                        <button
                            id="kiosk-still-here"
                            class="button big"
                            type="button"
                            on:click=move |_| still_here()
                        >
                            {i18n.t(k::KIOSK_STILL_HERE)}
                        </button>
                    </div>
                </div>
            })
        };
        view! {
            <aside class="kiosk-line" aria-label=i18n.t(k::KIOSK_LABEL)>
                <p>{where_line} " " {rule}</p>
            </aside>
            {question}
        }
    })
}

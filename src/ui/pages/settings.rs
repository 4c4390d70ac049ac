//! Settings: text size, contrast, motion, read-aloud pace, and wiping this
//! device clean.

use leptos::prelude::*;

use crate::{
    i18n::{k, tr},
    model::{
        settings::TextSize,
        speech::{recorded, Pace},
    },
    ui::{i18n::use_i18n, prefs::use_prefs, title::use_page_title},
};

fn size_key(size: TextSize) -> &'static str {
    match size {
        TextSize::Normal => k::SETTINGS_TEXT_SIZE_NORMAL,
        TextSize::Large => k::SETTINGS_TEXT_SIZE_LARGE,
        TextSize::Larger => k::SETTINGS_TEXT_SIZE_LARGER,
        TextSize::Largest => k::SETTINGS_TEXT_SIZE_LARGEST,
    }
}

#[component]
pub fn SettingsPage() -> impl IntoView {
    use_page_title(k::SETTINGS_TITLE);
    let i18n = use_i18n();
    let changed = RwSignal::new(false);
    view! {
        <div class="page settings">
            <h1>{i18n.t(k::SETTINGS_TITLE)}</h1>
            <p class="lead">{i18n.t(k::SETTINGS_INTRO)}</p>
            <TextSizeChoice changed />
            <DisplayChoices changed />
            <PaceChoice changed />
            <RecordedChoice changed />
            <SavedStatus changed />
            <ClearAll />
        </div>
    }
}

#[component]
fn TextSizeChoice(changed: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    let options = TextSize::ALL
        .into_iter()
        .map(|size| {
            let choose = move |_| {
                prefs.update(|s| s.settings.text_size = size);
                changed.set(true);
            };
            view! {
                <label class=format!("choice size-{}", size.as_str())>
                    <input
                        type="radio"
                        name="text-size"
                        value=size.as_str()
                        prop:checked=move || prefs.with(|s| s.settings.text_size == size)
                        on:change=choose
                    />
                    <span>{i18n.t(size_key(size))}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="choice-group">
            <legend>{i18n.t(k::SETTINGS_TEXT_SIZE)}</legend>
            {options}
        </fieldset>
    }
}

#[component]
fn DisplayChoices(changed: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    let contrast = Callback::new(move |on: bool| prefs.update(|s| s.settings.high_contrast = on));
    let motion = Callback::new(move |on: bool| prefs.update(|s| s.settings.reduce_motion = on));
    view! {
        <fieldset class="choice-group">
            <legend>{i18n.t(k::SETTINGS_DISPLAY)}</legend>
            <Toggle
                label=k::SETTINGS_CONTRAST
                hint=k::SETTINGS_CONTRAST_HINT
                checked=Signal::derive(move || prefs.with(|s| s.settings.high_contrast))
                on_change=contrast
                changed
            />
            <Toggle
                label=k::SETTINGS_MOTION
                hint=k::SETTINGS_MOTION_HINT
                checked=Signal::derive(move || prefs.with(|s| s.settings.reduce_motion))
                on_change=motion
                changed
            />
        </fieldset>
    }
}

/// How fast "Lees voor" reads: normal, or slow for reading along.
#[component]
fn PaceChoice(changed: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    let options = Pace::ALL
        .into_iter()
        .map(|pace| {
            let key = match pace {
                Pace::Normal => k::READ_ALOUD_PACE_NORMAL,
                Pace::Slow => k::READ_ALOUD_PACE_SLOW,
            };
            let choose = move |_| {
                prefs.update(|s| s.settings.read_pace = pace);
                changed.set(true);
            };
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name="read-pace"
                        value=pace.as_str()
                        prop:checked=move || prefs.with(|s| s.settings.read_pace == pace)
                        on:change=choose
                    />
                    <span>{i18n.t(key)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="choice-group">
            <legend>{i18n.t(k::READ_ALOUD_PACE)}</legend>
            {options}
        </fieldset>
    }
}

/// The languages the host has recorded the lessons in (`opnames/talen.json`),
/// when there are any: "Lees voor" then plays the chosen one's recordings.
#[component]
fn RecordedChoice(changed: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    let languages = LocalResource::new(|| async {
        crate::ui::dom::fetch_text(recorded::FILE)
            .await
            .map(|text| recorded::parse(&text))
            .unwrap_or_default()
    });
    let option = move |code: Option<String>, name: String, lang: Option<String>| {
        let is_chosen = {
            let code = code.clone();
            move || prefs.with(|s| s.settings.recorded == code)
        };
        let choose = move |_| {
            let code = code.clone();
            prefs.update(|s| s.settings.recorded = code);
            changed.set(true);
        };
        view! {
            <label class="choice">
                <input type="radio" name="recorded" prop:checked=is_chosen on:change=choose />
                <span lang=lang dir="auto">{name}</span>
            </label>
        }
    };
    move || {
        let list = languages.get().filter(|l| !l.is_empty())?;
        let none = option(None, tr(i18n.lang(), k::SETTINGS_RECORDED_NONE), None);
        let options = list
            .into_iter()
            .map(|l| option(Some(l.code.clone()), l.name, Some(l.code)))
            .collect_view();
        Some(view! {
            <fieldset class="choice-group recorded">
                <legend>{i18n.t(k::SETTINGS_RECORDED)}</legend>
                <p class="hint">{i18n.t(k::SETTINGS_RECORDED_HINT)}</p>
                {none}
                {options}
            </fieldset>
        })
    }
}

/// A checkbox with its hint.
#[component]
fn Toggle(
    label: &'static str,
    hint: &'static str,
    #[prop(into)] checked: Signal<bool>,
    on_change: Callback<bool>,
    changed: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = format!("{label}-hint");
    view! {
        <label class="choice">
            <input
                type="checkbox"
                prop:checked=checked
                on:change=move |ev| {
                    on_change.run(event_target_checked(&ev));
                    changed.set(true);
                }
                aria-describedby=hint_id.clone()
            />
            <span>{i18n.t(label)}</span>
        </label>
        <p class="hint" id=hint_id>{i18n.t(hint)}</p>
    }
}

/// Tells, after a change, whether it was kept on the device.
#[component]
fn SavedStatus(changed: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    let text = move || {
        changed.get().then(|| {
            let key = if prefs.is_saving() {
                k::SETTINGS_SAVED
            } else {
                k::SETTINGS_SAVED_MEMORY
            };
            crate::i18n::tr(i18n.lang(), key)
        })
    };
    view! { <p class="saved-status" role="status">{text}</p> }
}

#[derive(Clone, Copy, PartialEq)]
enum ClearStep {
    Idle,
    Asked,
    Done,
}

/// Two clicks wipe everything: for shared computers in a library.
#[component]
fn ClearAll() -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    let step = RwSignal::new(ClearStep::Idle);
    // A kiosk's host may let it wipe at once: the next visitor is waiting.
    let ask_first = || !crate::model::kiosk::current().is_some_and(|k| k.clear_without_asking);
    let click = move |_| match step.get_untracked() {
        ClearStep::Idle | ClearStep::Done if ask_first() => step.set(ClearStep::Asked),
        ClearStep::Idle | ClearStep::Done => {
            prefs.clear_all();
            step.set(ClearStep::Done);
        }
        ClearStep::Asked => {
            prefs.clear_all();
            step.set(ClearStep::Done);
        }
    };
    let status = move || {
        let key = match step.get() {
            ClearStep::Idle => return None,
            ClearStep::Asked => k::SETTINGS_CLEAR_CONFIRM,
            ClearStep::Done => k::SETTINGS_CLEAR_DONE,
        };
        Some(crate::i18n::tr(i18n.lang(), key))
    };
    view! {
        <section class="clear-all" aria-labelledby="clear-title">
            <h2 id="clear-title">{i18n.t(k::SETTINGS_CLEAR_TITLE)}</h2>
            <p>{i18n.t(k::SETTINGS_CLEAR_TEXT)}</p>
            {move || prefs.with(|s| s.is_shared()).then(|| view! { <p>{tr(i18n.lang(), k::SETTINGS_CLEAR_EVERYONE)}</p> })}
            <button
                class="button danger"
                class:armed=move || step.get() == ClearStep::Asked
                on:click=click
            >
                {i18n.t(k::SETTINGS_CLEAR_BUTTON)}
            </button>
            <p class="clear-status" role="status">{status}</p>
        </section>
    }
}

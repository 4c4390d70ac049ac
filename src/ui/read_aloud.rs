/*!
The read-aloud controls: the button that reads (and turns into "Stop" while
it does), the text whose spoken word lights up, and [`SpeakButton`], the
small button beside a practice message (an error, an SMS, a letter).

A practice message is Dutch, like the real service, so [`SpeakButton`] reads
it with a Dutch voice; the button itself is Oefenplein speaking, so its
label and its "no voice" message are in the learner's language.
*/

use leptos::prelude::*;

use crate::{
    i18n::{k, tr},
    model::{
        lang::Lang,
        speech::{fallback::recording, words},
    },
    ui::{i18n::use_i18n, icon::Icon, prefs::use_prefs, speech::Reader},
};

/// "Lees voor" / "Stop met voorlezen", with the kind "no voice" message
/// under it when the last try found none. The next click tries again.
#[component]
pub fn ReadButton(
    reader: Reader,
    /// What to read.
    #[prop(into)]
    text: Signal<String>,
    /// The language `text` is written in.
    #[prop(into)]
    lang: Signal<Lang>,
    /// The Dutch text `text` was translated from, if any.
    #[prop(into, default = Signal::stored(String::new()))]
    original: Signal<String>,
    /// The button's label (a key of `main.ftl`).
    label: &'static str,
    #[prop(default = "button secondary")] class: &'static str,
    /// A lesson step (lesson id, step number): a host's recording of it (in
    /// the recorded language the learner chose, else in the interface
    /// language) is played instead of speech when there is one.
    #[prop(optional)]
    step: Option<(&'static str, usize)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    // A new text (the learner switched language) is not what is being read.
    Effect::new(move |first: Option<()>| {
        text.track();
        lang.track();
        if first.is_some() {
            reader.stop();
        }
    });
    let click = move |_| {
        if reader.speaking() {
            reader.stop();
        } else {
            let rate = prefs.peek(|s| s.settings.read_pace.rate());
            let (text, lang, original) = (
                text.get_untracked(),
                lang.get_untracked(),
                original.get_untracked(),
            );
            let speak = move || reader.read(text, lang, original, rate);
            let Some((lesson, number)) = step else {
                return speak();
            };
            let own = recording(lang.code(), lesson, number);
            // A language the learner chose among the host's recordings comes
            // first; without its file, the interface language's, then speech.
            match prefs.peek(|s| s.settings.recorded_language().map(str::to_owned)) {
                Some(code) => reader.play_or(recording(&code, lesson, number), move || {
                    reader.play_or(own, speak)
                }),
                None => reader.play_or(own, speak),
            }
        }
    };
    let label = move || {
        let key = if reader.speaking() {
            k::LESSON_STOP_READING
        } else {
            label
        };
        tr(i18n.lang(), key)
    };
    // The learner's language, also inside a Dutch practice screen.
    let own = move || i18n.lang();
    view! {
        <span class="read-aloud" lang=move || own().code() dir=move || own().dir().as_str()>
            <button
                class=class
                type="button"
                data-speaking=move || reader.speaking().to_string()
                on:click=click
            >
                <Icon name="speaker" />
                <span>{label}</span>
            </button>
            <span class="read-status" role="status">
                {move || {
                    if reader.no_voice() {
                        Some(tr(i18n.lang(), k::READ_ALOUD_NO_VOICE))
                    } else if reader.dutch_only() {
                        Some(tr(i18n.lang(), k::READ_ALOUD_DUTCH_ONLY))
                    } else {
                        None
                    }
                }}
            </span>
        </span>
    }
}

/// `text` as one span per word, so the word being read can light up.
#[component]
pub fn SpokenText(reader: Reader, #[prop(into)] text: Signal<String>) -> impl IntoView {
    move || {
        let text = text.get();
        let mut at = 0;
        words(&text)
            .into_iter()
            .enumerate()
            .map(|(i, w)| {
                let gap = text[at..w.start].to_string();
                at = w.end;
                let word = text[w].to_string();
                view! {
                    {gap}
                    <span class="word" class:spoken=move || reader.is_lit(i)>{word}</span>
                }
            })
            .collect_view()
    }
}

/// Reads a Dutch practice message aloud with a Dutch voice.
#[component]
pub fn SpeakButton(
    /// The message, in Dutch.
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    let reader = Reader::new();
    view! {
        <ReadButton
            reader
            text
            lang=Signal::stored(Lang::Nl)
            label=k::READ_ALOUD_MESSAGE
            class="button secondary speak-button"
        />
    }
}

//! The letterbox beside "DigiD aanvragen" and the DigiD app: a real
//! activation code comes by post, days later, so the practice has a
//! letterbox, a "3 dagen later" button (simulated time, like the phone's)
//! and a letter drawn in HTML and CSS. The letter is in Dutch, like a real one; the letterbox around
//! it speaks the learner's language.

use leptos::prelude::*;

use crate::ui::read_aloud::SpeakButton;
use crate::{
    i18n::{k, p, practice, practice_with},
    practice::card::CARD,
    ui::{
        i18n::use_i18n,
        practice::{controls::WaitButton, lit, Highlight},
    },
};

/// What a letter says: its subject and its one line about the code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LetterWords {
    pub subject: &'static str,
    pub text: &'static str,
}

#[component]
pub fn Letterbox(
    /// The printed activation code, once the letter has arrived.
    #[prop(into)]
    letter: Signal<Option<String>>,
    words: LetterWords,
    /// Simulated days since the start.
    #[prop(into)]
    days: Signal<u32>,
    #[prop(into)] highlight: Highlight,
    /// Pretends three days have passed.
    on_wait: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let content = move || match letter.get() {
        Some(code) => view! { <LetterView code words highlight /> }.into_any(),
        None => view! { <p class="letterbox-empty">{i18n.t(k::LETTERBOX_EMPTY)}</p> }.into_any(),
    };
    let announce = move || {
        letter
            .with(Option::is_some)
            .then(|| crate::i18n::tr(i18n.lang(), k::LETTERBOX_NEW_LETTER))
    };
    let waited = move || {
        let d = days.get();
        (d > 0).then(|| crate::i18n::tr_count(i18n.lang(), k::LETTERBOX_WAITED, "days", d as usize))
    };
    view! {
        <aside
            class="letterbox"
            id="live-letterbox"
            class:highlight=lit(highlight, "letterbox")
            aria-labelledby="letterbox-title"
        >
            <h2 id="letterbox-title">
                <span class="letterbox-slot" aria-hidden="true"></span>
                <span>{i18n.t(k::LETTERBOX_TITLE)}</span>
            </h2>
            {content}
            <p class="visually-hidden" aria-live="polite">{announce}</p>
            <WaitButton
                target="wait-days"
                label=k::LETTERBOX_WAIT
                hint=k::LETTERBOX_WAIT_HINT
                highlight
                waited=Signal::derive(waited)
                on_wait
            />
        </aside>
    }
}

/// What the letter says, for reading aloud.
fn letter_words(code: &str, words: LetterWords) -> String {
    [
        practice(words.subject),
        practice_with(p::APPLY_LETTER_GREETING, "name", CARD.name),
        practice(words.text),
        practice(p::APPLY_LETTER_CODE),
        code.to_string(),
        practice(p::APPLY_LETTER_VALID),
    ]
    .join(" ")
}

/// The letter itself: letterhead, address, the code in a box.
#[component]
fn LetterView(code: String, words: LetterWords, highlight: Highlight) -> impl IntoView {
    let said = letter_words(&code, words);
    view! {
        <article
            class="letter"
            id="live-letter"
            class:highlight=lit(highlight, "letter")
            lang="nl"
            dir="ltr"
            aria-labelledby="letter-subject"
        >
            <header class="letter-head">
                <span class="letter-mark" aria-hidden="true">"D"</span>
                <span class="letter-from">{practice(p::APPLY_LETTER_FROM)}</span>
            </header>
            <address class="letter-to">
                {CARD.name}<br />
                {format!("{} {}", CARD.street, CARD.house_number)}<br />
                {format!("{}  {}", CARD.postcode, CARD.town)}
            </address>
            <h3 class="letter-subject" id="letter-subject">{practice(words.subject)}</h3>
            <p>{practice_with(p::APPLY_LETTER_GREETING, "name", CARD.name)}</p>
            <p>{practice(words.text)}</p>
            <p class="letter-code-label">{practice(p::APPLY_LETTER_CODE)}</p>
            <p class="letter-code">{code}</p>
            <p>{practice(p::APPLY_LETTER_VALID)}</p>
            <p class="letter-fake">{practice(p::APPLY_LETTER_FAKE)}</p>
            <SpeakButton text=said />
        </article>
    }
}

/*!
"Woorden op het scherm": the list of interface words, a page per word
(the Dutch word spoken, its explanation in the learner's language, and a
picture of it in a practice screen), and the links from a lesson step to
the words it uses.

The words and where they are shown live in `model::glossary`; this file
only draws them. The pages come in their own chunk, found by the router's
fallback like "Mijn voortgang" (a route costs every first visit).
*/

use leptos::prelude::*;
use leptos_router::components::A;

use super::{not_found::NotFound, screen_picture::screen_picture};
use crate::{
    i18n::{k, practice, tr, tr_with},
    lesson,
    model::{
        glossary::{self, Group, Word},
        lang::Lang,
    },
    routes,
    ui::{
        dom, i18n::use_i18n, icon::Icon, read_aloud::ReadButton, speech::Reader,
        title::use_page_title,
    },
};

/// `/woorden` and `/woorden/<word>`.
#[component]
pub fn WordsRoute() -> impl IntoView {
    let part = super::use_path_part(routes::words_part);
    move || match part.get().as_deref() {
        None => view! { <WordList /> }.into_any(),
        Some(id) => match Word::find(id) {
            Some(word) => view! { <WordPage word /> }.into_any(),
            None => view! { <NotFound /> }.into_any(),
        },
    }
}

/// Every word, by group, each a link to its page.
#[component]
fn WordList() -> impl IntoView {
    use_page_title(k::WORDS_TITLE);
    let i18n = use_i18n();
    let groups = Group::ALL
        .iter()
        .map(|&group| {
            let items = Word::in_group(group)
                .map(|word| {
                    let about = word.about_key();
                    view! {
                        <li>
                            <A href=routes::word(word.id) attr:class="word-card">
                                <span class="word-dutch" lang="nl">{practice(&word.dutch_key())}</span>
                                <span class="word-about">{move || tr(i18n.lang(), &about)}</span>
                            </A>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="word-group">
                    <h2>{move || tr(i18n.lang(), group.title_key())}</h2>
                    <ul class="word-list">{items}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="page words">
            <h1>{i18n.t(k::WORDS_TITLE)}</h1>
            <p class="lead">{i18n.t(k::WORDS_INTRO)}</p>
            {groups}
            <p class="words-ask">{i18n.t(k::WORDS_ASK)}</p>
        </div>
    }
}

/// One word: spoken in Dutch, explained, and shown in a practice screen.
#[component]
fn WordPage(word: &'static Word) -> impl IntoView {
    let i18n = use_i18n();
    let dutch = practice(&word.dutch_key());
    let about_key = word.about_key();
    let about = Signal::derive(move || tr(i18n.lang(), &about_key));
    {
        let dutch = dutch.clone();
        Effect::new(move |_| {
            let lang = i18n.lang();
            let list = tr(lang, k::WORDS_TITLE);
            let app = tr(lang, k::APP_NAME);
            dom::set_title(&format!("{dutch} · {list} · {app}"));
        });
    }
    let shown = word.shown_in;
    let picture = lesson::find(shown.lesson).and_then(|lesson| {
        let index = lesson.steps.iter().position(|s| s.id == shown.step)?;
        let step = &lesson.steps[index];
        let title_key = lesson.title_key();
        let caption = move || {
            tr_with(
                i18n.lang(),
                k::WORDS_PICTURE,
                "lesson",
                tr(i18n.lang(), &title_key),
            )
        };
        Some(view! {
            <figure class="word-picture">
                {screen_picture(step, lesson.service(), lesson.state_at(index, 1), shown.lit)}
                <figcaption>{caption}</figcaption>
            </figure>
            <A href=routes::lesson_step(&lesson.id, index + 1) attr:class="button">
                <span>{i18n.t(k::WORDS_PRACTISE)}</span>
                <Icon name="forward" />
            </A>
        })
    });
    let say = Reader::new();
    let read = Reader::new();
    view! {
        <div class="page word-page">
            <A href=routes::href(routes::WORDS) attr:class="back-link">
                <Icon name="arrow" />
                <span>{i18n.t(k::WORDS_ALL)}</span>
            </A>
            <h1 class="word-dutch" lang="nl">{dutch.clone()}</h1>
            <div class="word-tools">
                <ReadButton reader=say text=dutch lang=Lang::Nl label=k::WORDS_SAY />
                <ReadButton reader=read text=about lang=Signal::derive(move || i18n.lang()) label=k::WORDS_READ />
            </div>
            <p class="lead">{about}</p>
            {picture}
            <p class="words-ask">{i18n.t(k::WORDS_ASK)}</p>
        </div>
    }
}

/// Under a lesson step: links to the dictionary words its Dutch text
/// uses (none, when it uses none).
#[component]
pub fn WordLinks(
    /// The step's text (and tip) in Dutch.
    dutch: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let words = glossary::found_in(&dutch);
    (!words.is_empty()).then(|| {
        let links = words
            .into_iter()
            .map(|word| {
                view! {
                    <li>
                        <A href=routes::word(word.id) attr:lang="nl">{practice(&word.dutch_key())}</A>
                    </li>
                }
            })
            .collect_view();
        view! {
            <nav class="word-links" aria-label=i18n.t(k::WORDS_IN_STEP)>
                <span class="word-links-label" aria-hidden="true">
                    <Icon name="book" />
                    <span>{i18n.t(k::WORDS_IN_STEP)}</span>
                </span>
                <ul>{links}</ul>
            </nav>
        }
    })
}

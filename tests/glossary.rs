//! "Woorden op het scherm" against the lessons and the texts: every word
//! is shown in a real lesson step, has its texts, and is linked from at
//! least one step (the links come from the steps' Dutch texts).

use oefenplein::{
    i18n::{practice, tr, tr_vars},
    lesson,
    model::{glossary::WORDS, lang::Lang},
};

#[test]
fn every_word_is_shown_in_a_lesson_step() {
    for word in WORDS {
        let shown = word.shown_in;
        let lesson = lesson::find(shown.lesson)
            .unwrap_or_else(|| panic!("{}: no lesson {}", word.id, shown.lesson));
        let step = lesson
            .steps
            .iter()
            .find(|s| s.id == shown.step)
            .unwrap_or_else(|| panic!("{}: no step {}/{}", word.id, shown.lesson, shown.step));
        assert!(
            !shown.lit || step.target.is_some() || step.picture.is_some(),
            "{}: step {}/{} lights nothing",
            word.id,
            shown.lesson,
            shown.step
        );
    }
}

#[test]
fn every_word_has_its_texts() {
    for word in WORDS {
        assert!(
            !practice(&word.dutch_key()).is_empty(),
            "{}",
            word.dutch_key()
        );
        for lang in Lang::ALL {
            let about = tr(lang, &word.about_key());
            assert!(!about.is_empty(), "{} in {lang:?}", word.about_key());
        }
        // The Dutch word is in its own explanation, so the two connect.
        let dutch = practice(&word.dutch_key()).to_lowercase();
        for lang in Lang::ALL {
            let about = tr(lang, &word.about_key()).to_lowercase();
            assert!(
                about.contains(&dutch),
                "{} in {lang:?} lacks “{dutch}”",
                word.about_key()
            );
        }
    }
}

/// Every step's Dutch text and tip, in every look of its service.
fn dutch_steps() -> Vec<(String, String)> {
    let mut texts = vec![];
    for lesson in lesson::all() {
        let service = lesson.service();
        let looks: Vec<Option<&str>> = std::iter::once(None)
            .chain(service.looks().iter().map(|(id, _)| Some(*id)))
            .collect();
        for step in &lesson.steps {
            for &look in &looks {
                let vars = lesson.text_vars(look);
                let mut text = tr_vars(Lang::Nl, &lesson.step_key(step), &vars);
                if let Some(hint) = lesson.hint_key(step) {
                    text = format!("{text} {}", tr_vars(Lang::Nl, &hint, &vars));
                }
                texts.push((format!("{}/{}", lesson.id, step.id), text));
            }
        }
    }
    texts
}

#[test]
fn every_word_is_linked_from_a_lesson_step() {
    let steps = dutch_steps();
    let linked: Vec<&str> = steps
        .iter()
        .flat_map(|(_, text)| oefenplein::model::glossary::found_in(text))
        .map(|w| w.id)
        .collect();
    for word in WORDS {
        assert!(
            linked.contains(&word.id),
            "no lesson step links to “{}”",
            word.id
        );
    }
}

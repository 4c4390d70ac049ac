//! Every shipped lesson parses, names a known service, task, events and
//! controls, has a picture for every step, and has its text in every locale.

use std::path::Path;

use oefenplein::{i18n, lesson, model::lang::Lang};

fn has_text_everywhere(key: &str) -> bool {
    Lang::ALL.into_iter().all(|lang| {
        i18n::FILES.iter().any(|file| {
            i18n::source(lang, file)
                .lines()
                .any(|l| l.starts_with(&format!("{key} =")))
        })
    })
}

fn has_public_file(path: &str) -> bool {
    !path.contains("..") && Path::new("public").join(path).is_file()
}

#[test]
fn every_lesson_file_is_valid() {
    let mut problems = vec![];
    let mut ids = std::collections::BTreeSet::new();
    for (name, text) in lesson::FILES {
        match lesson::parse(text) {
            Ok(l) => {
                if !ids.insert(l.id.clone()) {
                    problems.push(format!("{name}: duplicate lesson id {}", l.id));
                }
                if format!("{}.json", l.id) != *name {
                    problems.push(format!("{name}: file name should be {}.json", l.id));
                }
                problems.extend(lesson::validate(&l, has_text_everywhere, has_public_file));
            }
            Err(e) => problems.push(format!("{name}: {e}")),
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(lesson::all().len(), lesson::FILES.len());
}

#[test]
fn every_file_in_the_lessons_folder_is_shipped() {
    for entry in std::fs::read_dir("lessons").expect("lessons/") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        if name.ends_with(".json") {
            assert!(
                lesson::FILES.iter().any(|(f, _)| *f == name),
                "lessons/{name} is not listed in lesson::FILES"
            );
        }
    }
}

/// The labels a text quotes: “…” (Dutch, English, Turkish), „…” (Polish)
/// or «…» (Arabic, Ukrainian, Persian).
fn quoted(text: &str) -> Vec<&str> {
    let mut labels = vec![];
    for (open, close) in [('“', '”'), ('„', '”'), ('«', '»')] {
        let mut rest = text;
        while let Some(start) = rest.find(open) {
            let after = &rest[start + open.len_utf8()..];
            let Some(end) = after.find(close) else {
                labels.push(after);
                break;
            };
            labels.push(&after[..end]);
            rest = &after[end + close.len_utf8()..];
        }
    }
    labels
}

/// Whether `label` is the whole text of a message: a practice screen's
/// Dutch label, or one of the app's own buttons in `lang`.
fn is_a_label(lang: Lang, label: &str) -> bool {
    let is_value = |source: &str| {
        source
            .lines()
            .filter_map(|l| l.split_once(" = "))
            .any(|(_, value)| value.trim() == label)
    };
    i18n::PRACTICE_SOURCES.into_iter().any(is_value)
        || is_value(i18n::source(lang, "main"))
        || is_value(i18n::source(lang, "pages"))
}

/// Step texts name controls by their label, in quotes. Each quoted label
/// must be a real label, written exactly as on screen, so a learner finds
/// it. (That it is on that step's screen is checked end to end, in
/// `tests/e2e/phone-first.spec.mjs`: only a browser draws the screens.)
#[test]
fn quoted_labels_in_step_texts_are_real_labels() {
    let mut problems = vec![];
    let mut count = 0;
    for lesson in lesson::all() {
        // A service in several looks: the texts name its buttons with the
        // look's words, so each look is checked.
        let looks: Vec<Option<&str>> = match lesson.service.looks() {
            [] => vec![None],
            looks => looks.iter().map(|(id, _)| Some(*id)).collect(),
        };
        for look in looks {
            let vars: Vec<(&'static str, String)> = lesson
                .service
                .words(look)
                .into_iter()
                .map(|(name, key)| (name, i18n::practice(key)))
                .collect();
            for step in &lesson.steps {
                let keys = std::iter::once(lesson.step_key(step)).chain(lesson.hint_key(step));
                for key in keys {
                    for lang in Lang::ALL {
                        let text = i18n::tr_vars(lang, &key, &vars);
                        if text.is_empty() {
                            problems
                                .push(format!("{key} ({}): empty in look {look:?}", lang.code()));
                        }
                        for label in quoted(&text) {
                            count += 1;
                            if !is_a_label(lang, label) {
                                problems.push(format!("{key} ({}): “{label}”", lang.code()));
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "not a label on any screen: {problems:#?}"
    );
    assert!(
        count > 100,
        "only {count} quoted labels: are the quotes gone?"
    );
}

#[test]
fn quotes_are_read_in_pairs() {
    assert_eq!(
        quoted("Klik op “Inloggen”. Dan “Verder”."),
        ["Inloggen", "Verder"]
    );
    assert_eq!(quoted("انقر على «Inloggen»."), ["Inloggen"]);
    assert_eq!(quoted("Geen label."), Vec::<&str>::new());
    assert_eq!(quoted("Half “open"), ["open"]);
}

/// Steps where the learner makes up a value are marked, so a rebuilt
/// lesson says that the examples took their place.
#[test]
fn own_choices_are_marked_where_the_learner_makes_them_up() {
    let check = |id: &str, marked: &[&str]| {
        let lesson = lesson::find(id).expect("lesson");
        let got: Vec<&str> = lesson
            .steps
            .iter()
            .filter(|s| s.own_choice)
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(got, marked, "{id}");
        let first = lesson.steps.iter().position(|s| s.own_choice);
        for index in 0..=lesson.steps.len() {
            let expected = first.is_some_and(|f| index > f);
            assert_eq!(lesson.examples_before(index), expected, "{id} step {index}");
        }
    };
    check("digid-apply", &["username", "password"]);
    check("digid-forgot", &["new"]);
    check("digid-app-activate", &["pin"]);
    check("digid-pin-forgot", &["pin"]);
    check("digid-web", &[]);
    check("phishing", &[]);
}

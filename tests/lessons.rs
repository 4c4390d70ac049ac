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

//! Every locale has exactly the messages of the Dutch reference, uses only
//! the variables Dutch uses, parses without errors, and keeps sentences short.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::{
    ast::{Entry, Expression, InlineExpression, Pattern, PatternElement},
    parser,
};
use oefenplein::{i18n, model::lang::Lang};

/// Message id → variables it uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn messages(lang: Lang, file: &str) -> Result<Messages, Vec<String>> {
    parse_messages(i18n::source(lang, file))
}

fn parse_messages(source: &str) -> Result<Messages, Vec<String>> {
    let resource = parser::parse(source)
        .map_err(|(_, errors)| errors.iter().map(|e| format!("{e:?}")).collect::<Vec<_>>())?;
    let mut found = Messages::new();
    let mut problems = vec![];
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let id = message.id.name.to_string();
            let mut vars = BTreeSet::new();
            match &message.value {
                Some(pattern) => pattern_vars(pattern, &mut vars),
                None => problems.push(format!("{id} has no text")),
            }
            if found.insert(id.clone(), vars).is_some() {
                problems.push(format!("{id} is defined twice"));
            }
        }
    }
    if problems.is_empty() {
        Ok(found)
    } else {
        Err(problems)
    }
}

fn pattern_vars(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_vars(inline, vars),
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
    }
}

fn inline_vars(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

/// Compares a locale with the reference; returns every problem found.
fn compare(reference: &Messages, locale: &Messages) -> Vec<String> {
    let mut problems = vec![];
    for (id, vars) in reference {
        match locale.get(id) {
            None => problems.push(format!("missing {id}")),
            Some(used) => {
                for var in used.difference(vars) {
                    problems.push(format!("{id} uses ${var}, which Dutch does not"));
                }
            }
        }
    }
    for id in locale.keys().filter(|id| !reference.contains_key(*id)) {
        problems.push(format!("{id} is not in Dutch"));
    }
    problems
}

fn check(lang: Lang, file: &str) {
    let reference = messages(Lang::Nl, file).expect("Dutch parses");
    let problems = match messages(lang, file) {
        Ok(locale) => compare(&reference, &locale),
        Err(errors) => errors,
    };
    assert!(
        problems.is_empty(),
        "locales/{}/{file}.ftl: {problems:#?}",
        lang.code()
    );
}

#[test]
fn every_locale_matches_dutch() {
    for lang in Lang::ALL {
        for file in i18n::FILES {
            check(lang, file);
        }
    }
}

#[test]
fn the_dutch_practice_screens_parse() {
    let mut seen = std::collections::BTreeSet::new();
    for source in i18n::PRACTICE_SOURCES {
        let practice = parse_messages(source).expect("practice files parse");
        for key in practice.keys() {
            assert!(seen.insert(key.clone()), "{key} is in two practice files");
        }
    }
    assert!(!seen.is_empty());
}

#[test]
fn the_comparison_catches_each_kind_of_mistake() {
    let messages = |pairs: &[(&str, &[&str])]| -> Messages {
        pairs
            .iter()
            .map(|(id, vars)| (id.to_string(), vars.iter().map(|v| v.to_string()).collect()))
            .collect()
    };
    let nl = messages(&[("a", &[]), ("b", &["name"])]);
    assert!(compare(&nl, &nl).is_empty());
    let missing = messages(&[("b", &["name"])]);
    assert_eq!(compare(&nl, &missing), ["missing a"]);
    let extra = messages(&[("a", &[]), ("b", &["name"]), ("c", &[])]);
    assert_eq!(compare(&nl, &extra), ["c is not in Dutch"]);
    let wrong_var = messages(&[("a", &["count"]), ("b", &["name"])]);
    assert_eq!(
        compare(&nl, &wrong_var),
        ["a uses $count, which Dutch does not"]
    );
}

#[test]
fn a_syntax_error_is_reported() {
    assert!(parser::parse("good = yes\nbad = { $\n").is_err());
}

/// Learner text stays short: A2–B1 means about 5–10 words a sentence.
#[test]
fn sentences_are_short() {
    const MAX_WORDS: usize = 12;
    let sources = Lang::ALL
        .into_iter()
        .flat_map(|lang| i18n::FILES.map(|file| (lang, i18n::source(lang, file))))
        .chain(i18n::PRACTICE_SOURCES.map(|source| (Lang::Nl, source)));
    for (lang, source) in sources {
        for line in source.lines() {
            let Some((_, text)) = line.split_once(" = ") else {
                continue;
            };
            for sentence in text.split(['.', '?', '!', '؟']) {
                let words = sentence.split_whitespace().count();
                assert!(
                    words <= MAX_WORDS,
                    "{}: {words} words in {sentence:?}",
                    lang.code()
                );
            }
        }
    }
}

/// The main wasm has only the shell's texts built in (`locales/*/main.ftl`);
/// the other pages' texts come with their chunks. So every key the views in
/// the main wasm use must be in `main.ftl`, or a first visit would show a
/// blank where text belongs.
#[test]
fn the_views_in_the_main_wasm_only_use_main_texts() {
    // Every view not behind a `split_view!` (see `ui::pages` and ARCHITECTURE.md, "Chunks").
    const MAIN_WASM_VIEWS: &[&str] = &[
        "src/ui/app.rs",
        "src/ui/header.rs",
        "src/ui/language_menu.rs",
        "src/ui/notice.rs",
        "src/ui/lazy.rs",
        "src/ui/title.rs",
        "src/ui/prefs.rs",
        "src/ui/i18n.rs",
        "src/ui/icon.rs",
        "src/ui/dom.rs",
        "src/ui/pages/mod.rs",
        "src/ui/pages/home.rs",
        "src/ui/pages/not_found.rs",
    ];
    let main = parse_messages(i18n::source(Lang::Nl, "main")).expect("main.ftl parses");
    let mut used = 0;
    for file in MAIN_WASM_VIEWS {
        let text = std::fs::read_to_string(file).expect("a view file");
        let pieces: Vec<&str> = text.split("k::").collect();
        for (before, konst) in pieces.iter().zip(pieces.iter().skip(1)) {
            // `k::HOME_TITLE`, not `task::TaskPage`.
            if before.ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_') {
                continue;
            }
            let name: String = konst
                .chars()
                .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == '_')
                .collect();
            if name.is_empty() {
                continue;
            }
            let key = name.to_ascii_lowercase().replace('_', "-");
            assert!(
                main.contains_key(&key),
                "{file} uses {key}, which is not in main.ftl"
            );
            used += 1;
        }
    }
    assert!(used >= 20, "only {used} keys found");
    for task in oefenplein::model::tasks::TASKS {
        assert!(main.contains_key(task.title) && main.contains_key(task.text));
    }
}

/// The wasm carries the Dutch interface without its comments (build.rs):
/// the same messages, word for word.
#[test]
fn the_embedded_dutch_texts_lose_only_their_comments() {
    let values = |source: &'static str| -> BTreeMap<String, String> {
        let resource = parser::parse(source).expect("parses");
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                Entry::Message(m) => Some((m.id.name.to_string(), format!("{:?}", m.value))),
                Entry::Term(t) => Some((format!("-{}", t.id.name), format!("{:?}", t.value))),
                _ => None,
            })
            .collect()
    };
    let full = i18n::source(Lang::Nl, "main");
    let embedded = i18n::embedded(Lang::Nl, "main").expect("Dutch is built in");
    assert!(full.lines().any(|l| l.starts_with('#')));
    assert!(!embedded.lines().any(|l| l.starts_with('#')));
    assert_eq!(values(embedded), values(full));
}

/// A number reaches Fluent as a number, so the plural form fits it: "1 day
/// ago" in English; Polish has a form for 2–4 and one for 5 and up.
#[test]
fn plural_forms_follow_the_number() {
    let check = |lang: Lang, days: usize, want: &str| {
        let got = i18n::tr_count(lang, i18n::k::PHONE_DAYS_AGO, "days", days);
        assert_eq!(got, want, "{} {days}", lang.code());
    };
    check(Lang::En, 1, "1 day ago");
    check(Lang::En, 3, "3 days ago");
    check(Lang::Nl, 1, "1 dag geleden");
    check(Lang::Nl, 2, "2 dagen geleden");
    check(Lang::Pl, 1, "1 dzień temu");
    check(Lang::Pl, 3, "3 dni temu");
}

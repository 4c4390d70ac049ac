/*!
Translation lookup: every visible string comes from the Fluent files in `locales/`.

Only what the page shows is parsed, and in a release web build only the
Dutch interface text is built in: other languages, the lesson texts and
the practice screens are fetched when first needed (`ui::i18n` does the
fetching; the service worker keeps them for offline use). Parsing every
language at startup was the longest task of the first render. Keys are the constants in
[`k`], generated from the Dutch reference by `build.rs`, so a misspelt key
does not compile. When a locale lacks a message the Dutch text is shown;
a raw key never reaches the screen.
*/

use std::sync::RwLock;

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource};

use crate::model::lang::Lang;

/// Message keys of the Dutch reference locale, checked at compile time.
pub mod k {
    include!(concat!(env!("OUT_DIR"), "/keys.rs"));
}

/// Message keys of the practice screens, checked at compile time.
pub mod p {
    include!(concat!(env!("OUT_DIR"), "/practice_keys.rs"));
}

/// The Fluent files of every locale: the interface of the main wasm (the
/// shell and the home page), of the other pages, and the lesson texts.
pub const FILES: [&str; 8] = [
    "main",
    "pages",
    "lessons",
    "lessons-app",
    "lessons-apply",
    "lessons-gp",
    "lessons-video",
    "lessons-care",
];

/// The practice screens' files, Dutch only: the real services are Dutch,
/// so their practice copies are Dutch in every interface language; only
/// the lesson around them speaks the learner's language. One file per
/// group of services: the frame, DigiD on the web and the inbox; the DigiD
/// app; applying for DigiD; the GP portal.
pub const PRACTICE_FILES: [&str; 6] = [
    "practice",
    "practice-app",
    "practice-apply",
    "practice-gp",
    "practice-video",
    "practice-care",
];

/// The texts load in parts, when a page needs them: the shell and home
/// page (every visit), the other pages, the lesson texts (task pages and
/// lessons) and the practice screens (Dutch, with any practice screen).
/// `tests/locales.rs` checks that the main wasm's views only use keys of
/// [`Part::Main`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    Main,
    Pages,
    Lessons,
    Practice,
}

impl Part {
    pub const ALL: [Part; 4] = [Part::Main, Part::Pages, Part::Lessons, Part::Practice];
    /// The parts in the learner's language.
    const INTERFACE: [Part; 3] = [Part::Main, Part::Pages, Part::Lessons];

    /// The Fluent files of this part.
    pub fn files(self) -> &'static [&'static str] {
        match self {
            Part::Main => &FILES[..1],
            Part::Pages => &FILES[1..2],
            Part::Lessons => &FILES[2..],
            Part::Practice => &PRACTICE_FILES,
        }
    }

    /// The practice screens are Dutch in every language.
    pub fn lang(self, lang: Lang) -> Lang {
        match self {
            Part::Practice => Lang::Nl,
            Part::Main | Part::Pages | Part::Lessons => lang,
        }
    }
}

/// Where a shipped Fluent file is served from (`dist/locales/...`).
pub fn url(lang: Lang, file: &str) -> String {
    format!("/locales/{}/{file}.ftl", lang.code())
}

/// The Fluent source of one file of a locale, when it is built into the
/// wasm. Native and component tests build every file in; a release web
/// build (feature `split`) only the Dutch interface, the fallback for
/// every language, so a first visit shows text without waiting. The
/// rest is fetched with [`url`] when a page needs it. The Dutch interface
/// comes without its comments (build.rs).
pub fn embedded(lang: Lang, file: &str) -> Option<&'static str> {
    if let (Lang::Nl, "main") = (lang, file) {
        return Some(include_str!(concat!(env!("OUT_DIR"), "/nl-main.ftl")));
    }
    #[cfg(feature = "split")]
    return None;
    #[cfg(not(feature = "split"))]
    Some(source(lang, file))
}

/// The Fluent source of one shipped file (for tests and unsplit builds).
#[cfg(not(feature = "split"))]
pub fn source(lang: Lang, file: &str) -> &'static str {
    match (lang, file) {
        (Lang::Nl, "main") => include_str!("../locales/nl/main.ftl"),
        (Lang::En, "main") => include_str!("../locales/en/main.ftl"),
        (Lang::Ar, "main") => include_str!("../locales/ar/main.ftl"),
        (Lang::Tr, "main") => include_str!("../locales/tr/main.ftl"),
        (Lang::Pl, "main") => include_str!("../locales/pl/main.ftl"),
        (Lang::Uk, "main") => include_str!("../locales/uk/main.ftl"),
        (Lang::Fa, "main") => include_str!("../locales/fa/main.ftl"),
        (Lang::Nl, "pages") => include_str!("../locales/nl/pages.ftl"),
        (Lang::En, "pages") => include_str!("../locales/en/pages.ftl"),
        (Lang::Ar, "pages") => include_str!("../locales/ar/pages.ftl"),
        (Lang::Tr, "pages") => include_str!("../locales/tr/pages.ftl"),
        (Lang::Pl, "pages") => include_str!("../locales/pl/pages.ftl"),
        (Lang::Uk, "pages") => include_str!("../locales/uk/pages.ftl"),
        (Lang::Fa, "pages") => include_str!("../locales/fa/pages.ftl"),
        (Lang::Nl, "lessons") => include_str!("../locales/nl/lessons.ftl"),
        (Lang::En, "lessons") => include_str!("../locales/en/lessons.ftl"),
        (Lang::Ar, "lessons") => include_str!("../locales/ar/lessons.ftl"),
        (Lang::Tr, "lessons") => include_str!("../locales/tr/lessons.ftl"),
        (Lang::Pl, "lessons") => include_str!("../locales/pl/lessons.ftl"),
        (Lang::Uk, "lessons") => include_str!("../locales/uk/lessons.ftl"),
        (Lang::Fa, "lessons") => include_str!("../locales/fa/lessons.ftl"),
        (Lang::Nl, "lessons-app") => include_str!("../locales/nl/lessons-app.ftl"),
        (Lang::En, "lessons-app") => include_str!("../locales/en/lessons-app.ftl"),
        (Lang::Ar, "lessons-app") => include_str!("../locales/ar/lessons-app.ftl"),
        (Lang::Tr, "lessons-app") => include_str!("../locales/tr/lessons-app.ftl"),
        (Lang::Pl, "lessons-app") => include_str!("../locales/pl/lessons-app.ftl"),
        (Lang::Uk, "lessons-app") => include_str!("../locales/uk/lessons-app.ftl"),
        (Lang::Fa, "lessons-app") => include_str!("../locales/fa/lessons-app.ftl"),
        (Lang::Nl, "lessons-apply") => include_str!("../locales/nl/lessons-apply.ftl"),
        (Lang::En, "lessons-apply") => include_str!("../locales/en/lessons-apply.ftl"),
        (Lang::Ar, "lessons-apply") => include_str!("../locales/ar/lessons-apply.ftl"),
        (Lang::Tr, "lessons-apply") => include_str!("../locales/tr/lessons-apply.ftl"),
        (Lang::Pl, "lessons-apply") => include_str!("../locales/pl/lessons-apply.ftl"),
        (Lang::Uk, "lessons-apply") => include_str!("../locales/uk/lessons-apply.ftl"),
        (Lang::Fa, "lessons-apply") => include_str!("../locales/fa/lessons-apply.ftl"),
        (Lang::Nl, "lessons-gp") => include_str!("../locales/nl/lessons-gp.ftl"),
        (Lang::En, "lessons-gp") => include_str!("../locales/en/lessons-gp.ftl"),
        (Lang::Ar, "lessons-gp") => include_str!("../locales/ar/lessons-gp.ftl"),
        (Lang::Tr, "lessons-gp") => include_str!("../locales/tr/lessons-gp.ftl"),
        (Lang::Pl, "lessons-gp") => include_str!("../locales/pl/lessons-gp.ftl"),
        (Lang::Uk, "lessons-gp") => include_str!("../locales/uk/lessons-gp.ftl"),
        (Lang::Fa, "lessons-gp") => include_str!("../locales/fa/lessons-gp.ftl"),
        (Lang::Nl, "lessons-video") => include_str!("../locales/nl/lessons-video.ftl"),
        (Lang::En, "lessons-video") => include_str!("../locales/en/lessons-video.ftl"),
        (Lang::Ar, "lessons-video") => include_str!("../locales/ar/lessons-video.ftl"),
        (Lang::Tr, "lessons-video") => include_str!("../locales/tr/lessons-video.ftl"),
        (Lang::Pl, "lessons-video") => include_str!("../locales/pl/lessons-video.ftl"),
        (Lang::Uk, "lessons-video") => include_str!("../locales/uk/lessons-video.ftl"),
        (Lang::Fa, "lessons-video") => include_str!("../locales/fa/lessons-video.ftl"),
        (Lang::Nl, "lessons-care") => include_str!("../locales/nl/lessons-care.ftl"),
        (Lang::En, "lessons-care") => include_str!("../locales/en/lessons-care.ftl"),
        (Lang::Ar, "lessons-care") => include_str!("../locales/ar/lessons-care.ftl"),
        (Lang::Tr, "lessons-care") => include_str!("../locales/tr/lessons-care.ftl"),
        (Lang::Pl, "lessons-care") => include_str!("../locales/pl/lessons-care.ftl"),
        (Lang::Uk, "lessons-care") => include_str!("../locales/uk/lessons-care.ftl"),
        (Lang::Fa, "lessons-care") => include_str!("../locales/fa/lessons-care.ftl"),
        (Lang::Nl, "practice") => include_str!("../locales/nl/practice.ftl"),
        (Lang::Nl, "practice-app") => include_str!("../locales/nl/practice-app.ftl"),
        (Lang::Nl, "practice-apply") => include_str!("../locales/nl/practice-apply.ftl"),
        (Lang::Nl, "practice-gp") => include_str!("../locales/nl/practice-gp.ftl"),
        (Lang::Nl, "practice-video") => include_str!("../locales/nl/practice-video.ftl"),
        (Lang::Nl, "practice-care") => include_str!("../locales/nl/practice-care.ftl"),
        _ => "",
    }
}

/// The practice screens' sources (for tests and unsplit builds).
#[cfg(not(feature = "split"))]
pub const PRACTICE_SOURCES: [&str; 6] = [
    include_str!("../locales/nl/practice.ftl"),
    include_str!("../locales/nl/practice-app.ftl"),
    include_str!("../locales/nl/practice-apply.ftl"),
    include_str!("../locales/nl/practice-gp.ftl"),
    include_str!("../locales/nl/practice-video.ftl"),
    include_str!("../locales/nl/practice-care.ftl"),
];

type Bundle = FluentBundle<FluentResource>;

/// The parts loaded so far. A part is parsed once, when it is first
/// needed, and kept for the rest of the visit (at most one per language
/// and part, so leaking them is bounded and saves a lock on every lookup).
static LOADED: RwLock<Vec<(Lang, Part, &'static Bundle)>> = RwLock::new(Vec::new());

fn loaded(lang: Lang, part: Part) -> Option<&'static Bundle> {
    let lang = part.lang(lang);
    let loaded = LOADED.read().unwrap_or_else(|e| e.into_inner());
    loaded
        .iter()
        .find(|(l, p, _)| *l == lang && *p == part)
        .map(|(_, _, b)| *b)
}

/// Whether `part` of `lang` can be used now. Built-in parts are parsed
/// here, the first time they are asked for.
pub fn is_ready(lang: Lang, part: Part) -> bool {
    if loaded(lang, part).is_some() {
        return true;
    }
    let lang = part.lang(lang);
    let sources: Option<Vec<&str>> = part.files().iter().map(|f| embedded(lang, f)).collect();
    match sources {
        Some(sources) => {
            add(lang, part, &sources);
            true
        }
        None => false,
    }
}

/// Adds fetched sources of a part (in the order of [`Part::files`]).
pub fn add(lang: Lang, part: Part, sources: &[&str]) {
    let lang = part.lang(lang);
    if loaded(lang, part).is_some() {
        return;
    }
    let bundle: &'static Bundle = Box::leak(Box::new(build_from(lang, sources)));
    LOADED
        .write()
        .unwrap_or_else(|e| e.into_inner())
        .push((lang, part, bundle));
}

/// The parts of any language loaded so far (a new language needs the same).
pub fn parts_in_use() -> Vec<Part> {
    let loaded = LOADED.read().unwrap_or_else(|e| e.into_inner());
    let mut parts: Vec<Part> = loaded.iter().map(|(_, p, _)| *p).collect();
    parts.sort();
    parts.dedup();
    parts
}

fn build_from(lang: Lang, sources: &[&str]) -> Bundle {
    let langid = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Bidi isolation marks would end up in aria labels and test matches;
    // our placeables are short and in the same script as the sentence.
    bundle.set_use_isolating(false);
    for source in sources {
        // A syntax error keeps the messages that did parse; the locale
        // test makes sure a shipped file has none. Duplicate ids are
        // caught there too; the first one wins here.
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn practice_bundle() -> Option<&'static Bundle> {
    is_ready(Lang::Nl, Part::Practice);
    loaded(Lang::Nl, Part::Practice)
}

/// Text of a practice screen (always Dutch, like the real service).
pub fn practice(key: &str) -> String {
    practice_bundle()
        .and_then(|b| format(b, key, None))
        .unwrap_or_default()
}

/// Practice text with one variable.
pub fn practice_with(key: &str, name: &'static str, value: impl Into<String>) -> String {
    practice_args(key, &[(name, value.into())])
}

/// Practice text with several variables.
pub fn practice_args(key: &str, values: &[(&'static str, String)]) -> String {
    let mut args = FluentArgs::new();
    for (name, value) in values {
        args.set(*name, value.clone());
    }
    practice_bundle()
        .and_then(|b| format(b, key, Some(&args)))
        .unwrap_or_default()
}

fn format(bundle: &Bundle, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = vec![];
    let text = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// Like [`tr_with`] for a number, so Fluent picks the plural form that
/// fits it (`[one] 1 day ago`, `*[other] { $days } days ago`; Polish and
/// Ukrainian have more forms). A number passed as text never matches one.
pub fn tr_count(lang: Lang, key: &str, name: &'static str, count: usize) -> String {
    let mut args = FluentArgs::new();
    args.set(name, count);
    tr_args(lang, key, Some(&args))
}

/// The text for `key` in `lang`, falling back to Dutch.
pub fn tr(lang: Lang, key: &str) -> String {
    tr_args(lang, key, None)
}

/// Like [`tr`], with Fluent variables.
pub fn tr_args(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    for part in Part::INTERFACE {
        is_ready(lang, part);
        is_ready(Lang::Nl, part);
    }
    let bundles = Part::INTERFACE.map(|part| loaded(lang, part));
    lookup(&bundles, key, args)
}

/// The message from `bundles`, else from Dutch, else empty: never the key.
fn lookup(bundles: &[Option<&Bundle>], key: &str, args: Option<&FluentArgs>) -> String {
    let dutch = Part::INTERFACE.map(|part| loaded(Lang::Nl, part));
    bundles
        .iter()
        .chain(dutch.iter())
        .flatten()
        .find_map(|b| format(b, key, args))
        .unwrap_or_default()
}

/// Like [`tr`], with named variables.
pub fn tr_vars(lang: Lang, key: &str, vars: &[(&'static str, String)]) -> String {
    let mut args = FluentArgs::new();
    for (name, value) in vars {
        args.set(*name, value.clone());
    }
    tr_args(lang, key, Some(&args))
}

/// Shorthand for one named variable.
pub fn tr_with(lang: Lang, key: &str, name: &'static str, value: impl Into<String>) -> String {
    let mut args = FluentArgs::new();
    args.set(name, value.into());
    tr_args(lang, key, Some(&args))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_the_home_title() {
        assert_eq!(tr(Lang::Nl, k::HOME_TITLE), "Wat wil je kunnen?");
        assert_eq!(
            tr(Lang::En, k::HOME_TITLE),
            "What do you want to be able to do?"
        );
        assert!(!tr(Lang::Ar, k::HOME_TITLE).is_empty());
    }

    #[test]
    fn variables_are_filled_in() {
        assert_eq!(
            tr_with(Lang::Nl, k::LANGUAGE_BUTTON, "language", "Nederlands"),
            "Taal: Nederlands"
        );
    }

    #[test]
    fn a_message_missing_in_a_locale_shows_the_dutch_text() {
        let partial = build_from(Lang::Ar, &["home-title = عنوان\nbroken = { $\n"]);
        assert!(Part::INTERFACE.iter().all(|&part| is_ready(Lang::Nl, part)));
        assert_eq!(lookup(&[Some(&partial)], k::HOME_TITLE, None), "عنوان");
        assert_eq!(
            lookup(&[Some(&partial)], k::ABOUT_TITLE, None),
            "Over Oefenplein"
        );
        assert_eq!(lookup(&[Some(&partial)], "broken", None), "");
    }

    #[test]
    fn an_unknown_key_never_shows_the_raw_key() {
        assert_eq!(tr(Lang::Ar, "no-such-key"), "");
    }
}

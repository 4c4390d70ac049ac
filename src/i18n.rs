/*!
Translation lookup: every visible string comes from `locales/<lang>/main.ftl`.

The Fluent files are embedded at build time, so the app needs no request to
show text and works offline from the first byte. Keys are the constants in
[`k`], generated from the Dutch reference by `build.rs`, so a misspelt key
does not compile. When a locale lacks a message the Dutch text is shown;
a raw key never reaches the screen.
*/

use std::sync::OnceLock;

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

/// The Fluent files of every locale: the interface and the lesson texts.
pub const FILES: [&str; 4] = ["main", "lessons", "lessons-app", "lessons-apply"];

/// The Fluent source of one file of a locale, as shipped.
pub fn source(lang: Lang, file: &str) -> &'static str {
    match (lang, file) {
        (Lang::Nl, "main") => include_str!("../locales/nl/main.ftl"),
        (Lang::En, "main") => include_str!("../locales/en/main.ftl"),
        (Lang::Ar, "main") => include_str!("../locales/ar/main.ftl"),
        (Lang::Nl, "lessons") => include_str!("../locales/nl/lessons.ftl"),
        (Lang::En, "lessons") => include_str!("../locales/en/lessons.ftl"),
        (Lang::Ar, "lessons") => include_str!("../locales/ar/lessons.ftl"),
        (Lang::Nl, "lessons-app") => include_str!("../locales/nl/lessons-app.ftl"),
        (Lang::En, "lessons-app") => include_str!("../locales/en/lessons-app.ftl"),
        (Lang::Ar, "lessons-app") => include_str!("../locales/ar/lessons-app.ftl"),
        (Lang::Nl, "lessons-apply") => include_str!("../locales/nl/lessons-apply.ftl"),
        (Lang::En, "lessons-apply") => include_str!("../locales/en/lessons-apply.ftl"),
        (Lang::Ar, "lessons-apply") => include_str!("../locales/ar/lessons-apply.ftl"),
        _ => "",
    }
}

/// The practice screens' text. The real services are Dutch, so their
/// practice copies are Dutch in every interface language; only the lesson
/// around them speaks the learner's language.
/// One file per group of services: the frame, DigiD on the web and the
/// inbox; the DigiD app; applying for DigiD.
pub const PRACTICE_SOURCES: [&str; 3] = [
    include_str!("../locales/nl/practice.ftl"),
    include_str!("../locales/nl/practice-app.ftl"),
    include_str!("../locales/nl/practice-apply.ftl"),
];

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<[Bundle; 3]> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| Lang::ALL.map(build));
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &bundles[index]
}

fn build(lang: Lang) -> Bundle {
    let sources = FILES.map(|file| source(lang, file));
    build_from(lang, &sources)
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

fn practice_bundle() -> &'static Bundle {
    static PRACTICE: OnceLock<Bundle> = OnceLock::new();
    PRACTICE.get_or_init(|| build_from(Lang::Nl, &PRACTICE_SOURCES))
}

/// Text of a practice screen (always Dutch, like the real service).
pub fn practice(key: &str) -> String {
    format(practice_bundle(), key, None).unwrap_or_default()
}

/// Practice text with one variable.
pub fn practice_with(key: &str, name: &'static str, value: impl Into<String>) -> String {
    let mut args = FluentArgs::new();
    args.set(name, value.into());
    format(practice_bundle(), key, Some(&args)).unwrap_or_default()
}

fn format(bundle: &Bundle, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = vec![];
    let text = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// The text for `key` in `lang`, falling back to Dutch.
pub fn tr(lang: Lang, key: &str) -> String {
    tr_args(lang, key, None)
}

/// Like [`tr`], with Fluent variables.
pub fn tr_args(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    lookup(bundle(lang), key, args)
}

/// The message from `bundle`, else from Dutch, else empty: never the key.
fn lookup(bundle: &Bundle, key: &str, args: Option<&FluentArgs>) -> String {
    format(bundle, key, args)
        .or_else(|| format(self::bundle(Lang::Nl), key, args))
        .unwrap_or_default()
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
        assert_eq!(lookup(&partial, k::HOME_TITLE, None), "عنوان");
        assert_eq!(lookup(&partial, k::ABOUT_TITLE, None), "Over Oefenplein");
        assert_eq!(lookup(&partial, "broken", None), "");
    }

    #[test]
    fn an_unknown_key_never_shows_the_raw_key() {
        assert_eq!(tr(Lang::Ar, "no-such-key"), "");
    }
}

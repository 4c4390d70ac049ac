/*!
The language context: which language the interface speaks right now, and
fetching the texts a page needs in it.

The learner's choice (kept in the saved settings) wins; before they choose,
the browser's preferred languages decide, falling back to Dutch. A newly
chosen language is shown once its texts have arrived (until then the page
stays in the language it was in, so it never flips half-way). Text parts
(`i18n::Part`) are fetched when a page first needs them.
*/

use leptos::{prelude::*, task::spawn_local};

use super::prefs::{use_prefs, Prefs};
use crate::{
    i18n::{self, Part},
    model::lang::Lang,
};

/// The current interface language.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The language the learner asked for.
    wanted: Memo<Lang>,
    /// The language on screen: `wanted` once its texts are here.
    shown: RwSignal<Lang>,
    /// Bumped when texts arrive, so views show them.
    version: RwSignal<u32>,
    /// The first language's texts have arrived (or could not be fetched).
    settled: RwSignal<bool>,
    /// Bumped when the learner chooses a language, even the same one
    /// again: a language whose texts could not come is then asked again.
    chosen: RwSignal<u32>,
    /// A language the learner asked for whose texts could not come.
    missing: RwSignal<Option<Lang>>,
}

impl I18n {
    pub fn lang(self) -> Lang {
        self.version.track();
        self.shown.get()
    }

    /// The language the learner asked for (the menu shows this one).
    pub fn wanted(self) -> Lang {
        self.wanted.get()
    }

    /// Whether the page can be drawn: the first texts are here.
    pub fn settled(self) -> bool {
        self.settled.get()
    }

    /// The learner chooses `lang` (again: a failed language is retried).
    pub fn choose(self, prefs: Prefs, lang: Lang) {
        prefs.update(|s| s.settings.lang = Some(lang));
        self.chosen.update(|n| *n += 1);
    }

    /// A language whose texts could not come, until it comes or the
    /// learner closes the message.
    pub fn missing(self) -> Option<Lang> {
        self.missing.get()
    }

    pub fn dismiss_missing(self) {
        self.missing.set(None);
    }

    /// A reactive text for `key`, for use in views and attributes.
    pub fn t(self, key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || i18n::tr(self.lang(), key)
    }

    /// The text for `key` with one Fluent variable.
    pub fn t_with(
        self,
        key: &'static str,
        name: &'static str,
        value: impl Fn() -> String + Copy + Send + Sync + 'static,
    ) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || i18n::tr_with(self.lang(), key, name, value())
    }

    /// The first language's texts are here: the page can be drawn (once;
    /// setting it again would draw the whole page anew).
    fn settle(self) {
        if !self.settled.get_untracked() {
            self.settled.set(true);
        }
    }

    /// Makes sure `parts` are here in the shown language (and in Dutch,
    /// the fallback and the language of the practice screens). Returns
    /// whether they all are; the language asked for but not on screen
    /// may be missing (the notice says so): the page opens in the one on
    /// screen.
    pub async fn load(self, parts: &[Part]) -> bool {
        // The language asked for too: its texts may still be on their way
        // (a first visit straight into a lesson, in Arabic).
        let shown = self.shown.get_untracked();
        let mut langs = vec![shown, self.wanted.get_untracked(), Lang::Nl];
        langs.dedup();
        let ready = |l| parts.iter().all(|&p| i18n::is_ready(l, p));
        if langs.iter().all(|&l| ready(l)) {
            return true;
        }
        let mut all = true;
        for &part in parts {
            for &lang in &langs {
                all &= fetch_part(lang, part).await || (lang != shown && lang != Lang::Nl);
            }
        }
        // Views that already show text look again (texts of a part only
        // ever arrive once), after the page being drawn now is done: a
        // change in the middle of a route change would reach views that
        // are on their way out.
        let version = self.version;
        request_animation_frame(move || version.update(|v| *v += 1));
        all
    }
}

impl I18n {
    /// Makes sure `parts` are here in `lang` too (a second language beside
    /// the interface's, as on the printable step cards).
    pub async fn load_also(self, lang: Lang, parts: &[Part]) -> bool {
        let mut all = true;
        for &part in parts {
            all &= fetch_part(lang, part).await;
        }
        let version = self.version;
        request_animation_frame(move || version.update(|v| *v += 1));
        all
    }
}

/// Makes sure the first page's texts are here in `lang` before anything
/// is drawn, so a first visit in another language than Dutch is drawn
/// once, in that language (page.js asked for them while the wasm
/// downloaded). When they cannot come, the page is drawn in Dutch, and
/// the language context asks once more and says so (`I18n::missing`).
pub async fn load_first(lang: Lang) {
    fetch_part(lang, Part::Main).await;
}

/// Fetches one part of a language unless it is built in or here already.
async fn fetch_part(lang: Lang, part: Part) -> bool {
    if i18n::is_ready(lang, part) {
        return true;
    }
    let lang = part.lang(lang);
    let mut sources = Vec::new();
    for file in part.files() {
        match fetch(&i18n::url(lang, file)).await {
            Some(text) => sources.push(text),
            None => return false,
        }
    }
    let sources: Vec<&str> = sources.iter().map(String::as_str).collect();
    i18n::add(lang, part, &sources);
    true
}

#[cfg(target_arch = "wasm32")]
async fn fetch(path: &str) -> Option<String> {
    super::dom::fetch_text(path).await
}

#[cfg(not(target_arch = "wasm32"))]
async fn fetch(_path: &str) -> Option<String> {
    None
}

/// Provides [`I18n`]; needs the prefs context.
pub fn provide_i18n(browser_preference: Lang) {
    let prefs = use_prefs();
    let wanted = Memo::new(move |_| {
        prefs
            .with(|s| s.settings.lang)
            .unwrap_or(browser_preference)
    });
    let first = wanted.get_untracked();
    let ready = i18n::is_ready(first, Part::Main);
    let i18n = I18n {
        wanted,
        shown: RwSignal::new(if ready { first } else { Lang::Nl }),
        version: RwSignal::new(0),
        settled: RwSignal::new(ready),
        chosen: RwSignal::new(0),
        missing: RwSignal::new(None),
    };
    Effect::new(move |_| {
        let lang = wanted.get();
        i18n.chosen.track();
        if lang == i18n.shown.get_untracked() {
            i18n.missing.set(None);
            i18n.settle();
            return;
        }
        spawn_local(async move {
            // The new language needs every part a page has used so far.
            let mut ok = true;
            for part in i18n::parts_in_use().into_iter().chain([Part::Main]) {
                ok &= fetch_part(lang, part).await;
            }
            if wanted.get_untracked() == lang {
                if ok {
                    i18n.shown.set(lang);
                }
                // An older try that failed after a newer one came says nothing.
                let shown = i18n.shown.get_untracked();
                i18n.missing.set((shown != lang).then_some(lang));
            }
            i18n.version.update(|v| *v += 1);
            i18n.settle();
        });
    });
    provide_context(i18n);
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

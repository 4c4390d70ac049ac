/*!
The languages Oefenplein speaks, and how a first visit picks one.

Dutch is the reference: the real services are Dutch, and every other locale
falls back to it. A first visit follows the browser's preferred languages in
order; anything we do not have falls back to Dutch.
*/

use serde::{Deserialize, Serialize};

/// A supported interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Nl,
    En,
    Ar,
    Tr,
    Pl,
    Uk,
    Fa,
}

/// Writing direction of a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

impl Lang {
    /// Every language, in the order the language menu shows them.
    pub const ALL: [Lang; 7] = [
        Lang::Nl,
        Lang::En,
        Lang::Ar,
        Lang::Tr,
        Lang::Pl,
        Lang::Uk,
        Lang::Fa,
    ];

    /// BCP 47 code, as used for `<html lang>` and the `locales/` folders.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Tr => "tr",
            Lang::Pl => "pl",
            Lang::Uk => "uk",
            Lang::Fa => "fa",
        }
    }

    /// The language's name in its own script ("endonym"): a learner must
    /// recognise their language without reading the current one.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
            Lang::Ar => "العربية",
            Lang::Tr => "Türkçe",
            Lang::Pl => "Polski",
            Lang::Uk => "Українська",
            Lang::Fa => "فارسی",
        }
    }

    pub fn dir(self) -> Dir {
        match self {
            Lang::Ar | Lang::Fa => Dir::Rtl,
            Lang::Nl | Lang::En | Lang::Tr | Lang::Pl | Lang::Uk => Dir::Ltr,
        }
    }

    /// Parses a language tag such as `en-GB` or `AR`; the region is ignored.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Picks the first supported language from the browser's preference
    /// list, or Dutch.
    pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Lang {
        preferred
            .iter()
            .find_map(|tag| Lang::from_tag(tag.as_ref()))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(preferred: &[&str], expected: Lang) {
        assert_eq!(Lang::negotiate(preferred), expected, "for {preferred:?}");
    }

    #[test]
    fn negotiation_follows_browser_order_and_falls_back_to_dutch() {
        check(&[], Lang::Nl);
        check(&["fr-FR", "de"], Lang::Nl);
        check(&["en-US", "nl"], Lang::En);
        check(&["ku", "ar-MA", "en"], Lang::Ar);
        check(&["tr-TR", "nl"], Lang::Tr);
        check(&["fa-IR"], Lang::Fa);
        check(&["uk-UA", "ru"], Lang::Uk);
        check(&["pl"], Lang::Pl);
        check(&["NL-be"], Lang::Nl);
        check(&["", "  ", "en_GB"], Lang::En);
    }

    #[test]
    fn arabic_and_persian_are_right_to_left_and_each_is_named_in_its_own_script() {
        let check = |lang: Lang, dir: Dir, name: &str| {
            assert_eq!((lang.dir(), lang.native_name()), (dir, name), "{lang:?}");
        };
        check(Lang::Nl, Dir::Ltr, "Nederlands");
        check(Lang::En, Dir::Ltr, "English");
        check(Lang::Ar, Dir::Rtl, "العربية");
        check(Lang::Tr, Dir::Ltr, "Türkçe");
        check(Lang::Pl, Dir::Ltr, "Polski");
        check(Lang::Uk, Dir::Ltr, "Українська");
        check(Lang::Fa, Dir::Rtl, "فارسی");
    }

    #[test]
    fn serialises_as_its_code() {
        for lang in Lang::ALL {
            let json = serde_json::to_string(&lang).unwrap();
            assert_eq!(json, format!("\"{}\"", lang.code()));
        }
    }
}

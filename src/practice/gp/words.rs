//! The words that differ between the two looks of the GP portal ("Vraag
//! stellen" or "eConsult"): one table, so a third look is one more column.

use super::{Look, Section};
use crate::i18n::{p, practice};

/// A word whose text depends on the look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    Brand,
    Address,
    Section(Section),
    Home,
    Logout,
    Send,
    Next,
    Menu,
}

/// The practice text key of `word` in `look`.
pub fn key(look: Look, word: Word) -> &'static str {
    use Look::{Praktijk as P, Zorg as Z};
    use Section as S;
    match (word, look) {
        (Word::Brand, P) => p::GP_PRAKTIJK_BRAND,
        (Word::Brand, Z) => p::GP_ZORG_BRAND,
        (Word::Address, P) => p::GP_PRAKTIJK_ADDRESS,
        (Word::Address, Z) => p::GP_ZORG_ADDRESS,
        (Word::Section(S::Ask), P) => p::GP_PRAKTIJK_ASK,
        (Word::Section(S::Ask), Z) => p::GP_ZORG_ASK,
        (Word::Section(S::Book), P) => p::GP_PRAKTIJK_BOOK,
        (Word::Section(S::Book), Z) => p::GP_ZORG_BOOK,
        (Word::Section(S::Repeat), P) => p::GP_PRAKTIJK_REPEAT,
        (Word::Section(S::Repeat), Z) => p::GP_ZORG_REPEAT,
        (Word::Section(S::Messages), P) => p::GP_PRAKTIJK_MESSAGES,
        (Word::Section(S::Messages), Z) => p::GP_ZORG_MESSAGES,
        (Word::Section(S::Appointments), P) => p::GP_PRAKTIJK_APPOINTMENTS,
        (Word::Section(S::Appointments), Z) => p::GP_ZORG_APPOINTMENTS,
        (Word::Section(S::Orders), P) => p::GP_PRAKTIJK_ORDERS,
        (Word::Section(S::Orders), Z) => p::GP_ZORG_ORDERS,
        (Word::Section(S::Medication), P) => p::GP_PRAKTIJK_MEDICATION,
        (Word::Section(S::Medication), Z) => p::GP_ZORG_MEDICATION,
        (Word::Section(S::Results), P) => p::GP_PRAKTIJK_RESULTS,
        (Word::Section(S::Results), Z) => p::GP_ZORG_RESULTS,
        (Word::Home, P) => p::GP_PRAKTIJK_HOME,
        (Word::Home, Z) => p::GP_ZORG_HOME,
        (Word::Logout, P) => p::GP_PRAKTIJK_LOGOUT,
        (Word::Logout, Z) => p::GP_ZORG_LOGOUT,
        (Word::Send, P) => p::GP_PRAKTIJK_SEND,
        (Word::Send, Z) => p::GP_ZORG_SEND,
        (Word::Next, P) => p::GP_PRAKTIJK_NEXT,
        (Word::Next, Z) => p::GP_ZORG_NEXT,
        (Word::Menu, P) => p::GP_PRAKTIJK_MENU,
        (Word::Menu, Z) => p::GP_ZORG_MENU,
    }
}

/// The Dutch text of `word` in `look`.
pub fn word(look: Look, word: Word) -> String {
    practice(key(look, word))
}

/// The look's words as variables for lesson texts, which name buttons
/// by meaning (`Klik op “{ $ask }”.`) so one lesson fits both looks:
/// variable name and practice text key.
pub fn variables(look: Look) -> Vec<(&'static str, &'static str)> {
    let mut words = vec![
        ("home", key(look, Word::Home)),
        ("logout", key(look, Word::Logout)),
        ("send", key(look, Word::Send)),
        ("next", key(look, Word::Next)),
        ("portal", key(look, Word::Brand)),
    ];
    words.extend(Section::ALL.map(|s| (s.id(), key(look, Word::Section(s)))));
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_two_looks_use_other_words_for_the_same_things() {
        let mut words = vec![
            Word::Brand,
            Word::Address,
            Word::Home,
            Word::Logout,
            Word::Send,
            Word::Next,
            Word::Menu,
        ];
        words.extend(Section::ALL.map(Word::Section));
        for w in words {
            let (a, b) = (word(Look::Praktijk, w), word(Look::Zorg, w));
            assert!(!a.is_empty() && !b.is_empty(), "{w:?}");
            assert_ne!(a, b, "{w:?} reads the same in both looks");
        }
    }
}

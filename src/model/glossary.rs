/*!
"Woorden op het scherm": the Dutch interface words learners meet, each
shown in a practice screen of a lesson step, explained in the learner's
language and spoken in Dutch.

The words stay Dutch in every language (they are what the real screens
say), so their Fluent messages live with the practice texts; the
explanation (`word-<id>-about`) is an interface text. A word's picture is
the practice screen of one lesson step, drawn the way the lesson player
draws a step's picture, so it can never drift from the real practice
screen. A lesson step links to the words its Dutch text uses:
[`found_in`] finds them, so a new lesson links to the dictionary without
anyone listing words by hand. `tests/glossary.rs` checks that every word's
step exists and that every word is met in some lesson.
*/

/// The three groups of the dictionary page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// Things on every screen: a button, a field, a link.
    Screen,
    /// Logging in: DigiD, passwords, codes.
    Login,
    /// The care services: the portal, an appointment, a result.
    Care,
}

impl Group {
    pub const ALL: [Group; 3] = [Group::Screen, Group::Login, Group::Care];

    /// The heading's key (`pages.ftl`).
    pub fn title_key(self) -> &'static str {
        match self {
            Group::Screen => "words-group-screen",
            Group::Login => "words-group-login",
            Group::Care => "words-group-care",
        }
    }
}

/// Where a word is shown: a lesson step, with its target lit or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShownIn {
    pub lesson: &'static str,
    pub step: &'static str,
    /// Light the step's target (the control the word names); off when the
    /// word names the whole screen (a portal).
    pub lit: bool,
}

/// One word of the dictionary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    /// Its address (`/woorden/<id>`) and the stem of its messages.
    pub id: &'static str,
    pub group: Group,
    /// How the word appears in a Dutch sentence, lower case, whole words
    /// (a phrase may have several).
    pub forms: &'static [&'static str],
    pub shown_in: ShownIn,
}

const fn word(
    id: &'static str,
    group: Group,
    forms: &'static [&'static str],
    (lesson, step): (&'static str, &'static str),
) -> Word {
    Word {
        id,
        group,
        forms,
        shown_in: ShownIn {
            lesson,
            step,
            lit: true,
        },
    }
}

impl Word {
    /// The word names the whole screen (a portal, a waiting room): its
    /// picture lights nothing.
    const fn whole(self) -> Word {
        Word {
            shown_in: ShownIn {
                lit: false,
                ..self.shown_in
            },
            ..self
        }
    }
}

use Group::{Care, Login, Screen};

/// Every word, in the order of the page: within a group, in the order a
/// learner meets them.
pub const WORDS: [Word; 27] = [
    word(
        "knop",
        Screen,
        &["knop", "knoppen"],
        ("basics-tap", "go-on"),
    ),
    word(
        "vakje",
        Screen,
        &["vakje", "vakjes", "vak", "invulveld"],
        ("basics-type", "name"),
    ),
    word("link", Screen, &["link", "linkje"], ("basics-link", "link")),
    word(
        "vinkje",
        Screen,
        &["vinkje", "aanvinken", "vink"],
        ("basics-choose", "tick"),
    ),
    word(
        "pop-up",
        Screen,
        &["pop-up", "popup"],
        ("basics-popup", "close"),
    ),
    word(
        "scrollen",
        Screen,
        &["scrollen", "scroll", "gescrold"],
        ("basics-scroll", "down"),
    ),
    word("app", Screen, &["app", "apps"], ("digid-app-qr", "open")),
    word(
        "installeren",
        Screen,
        &["installeren", "installeer", "geïnstalleerd"],
        ("digid-app-activate", "install"),
    ),
    word("digid", Login, &["digid"], ("gp-login", "start")),
    word(
        "inloggen",
        Login,
        &["inloggen", "log in", "logt in", "ingelogd", "inlog"],
        ("digid-web", "login"),
    ),
    word(
        "gebruikersnaam",
        Login,
        &["gebruikersnaam"],
        ("digid-web", "username"),
    ),
    word(
        "wachtwoord",
        Login,
        &["wachtwoord", "wachtwoorden"],
        ("digid-web", "mistake"),
    ),
    word(
        "sms-code",
        Login,
        &[
            "sms-code",
            "sms-codes",
            "sms-controle",
            "code uit de sms",
            "code per sms",
        ],
        ("gp-login", "code"),
    ),
    word(
        "activeringscode",
        Login,
        &["activeringscode"],
        ("digid-apply", "code"),
    ),
    word(
        "koppelcode",
        Login,
        &["koppelcode"],
        ("digid-app-qr", "code"),
    ),
    word("qr-code", Login, &["qr-code"], ("digid-app-qr", "scan")),
    word(
        "pincode",
        Login,
        &["pincode", "pin"],
        ("digid-app-activate", "pin"),
    ),
    word(
        "uitloggen",
        Login,
        &["uitloggen", "log uit", "uitlogt", "uitgelogd"],
        ("gp-login", "logout"),
    ),
    word(
        "portaal",
        Care,
        &["portaal", "patiëntenportaal"],
        ("gp-results", "open"),
    )
    .whole(),
    word(
        "afspraak",
        Care,
        &["afspraak", "afspraken"],
        ("gp-book", "open"),
    ),
    word(
        "herhaalrecept",
        Care,
        &["herhaalrecept", "herhaalrecepten"],
        ("gp-repeat", "open"),
    ),
    word(
        "e-consult",
        Care,
        &["e-consult", "econsult"],
        ("gp-ask", "open"),
    ),
    word(
        "uitslag",
        Care,
        &["uitslag", "uitslagen"],
        ("gp-results", "glucose"),
    ),
    word(
        "vragenlijst",
        Care,
        &["vragenlijst", "vragenlijsten"],
        ("hospital-questionnaire", "open"),
    ),
    word(
        "inchecken",
        Care,
        &["inchecken", "ingecheckt", "check in"],
        ("hospital-checkin", "check-in"),
    ),
    word(
        "verwijzing",
        Care,
        &["verwijzing"],
        ("referral-book", "link"),
    ),
    word("wachtkamer", Care, &["wachtkamer"], ("video-call", "wait")).whole(),
];

/// At most this many words are linked from one lesson step.
pub const PER_STEP: usize = 3;

impl Word {
    /// The word by its address.
    pub fn find(id: &str) -> Option<&'static Word> {
        WORDS.iter().find(|w| w.id == id)
    }

    /// The Dutch word itself (a practice text: Dutch in every language).
    pub fn dutch_key(&self) -> String {
        format!("word-{}", self.id)
    }

    /// Its short explanation in the learner's language (`pages.ftl`).
    pub fn about_key(&self) -> String {
        format!("word-{}-about", self.id)
    }

    /// Its words in this group, in the page's order.
    pub fn in_group(group: Group) -> impl Iterator<Item = &'static Word> {
        WORDS.iter().filter(move |w| w.group == group)
    }
}

/// The dictionary words a Dutch text uses, in the order they first
/// appear, at most [`PER_STEP`]. Forms match whole words only, so "link"
/// does not match "linkerkant" and "pin" not "pincode" twice.
pub fn found_in(text: &str) -> Vec<&'static Word> {
    let text = text.to_lowercase();
    let mut found: Vec<(usize, &'static Word)> = WORDS
        .iter()
        .filter_map(|w| {
            w.forms
                .iter()
                .filter_map(|form| first_whole(&text, form))
                .min()
                .map(|at| (at, w))
        })
        .collect();
    found.sort_by_key(|(at, _)| *at);
    found.into_iter().take(PER_STEP).map(|(_, w)| w).collect()
}

/// Where `form` first stands in `text` as a whole word (or phrase).
fn first_whole(text: &str, form: &str) -> Option<usize> {
    let is_word = |c: char| c.is_alphanumeric() || c == '-';
    text.match_indices(form).map(|(at, _)| at).find(|&at| {
        let before = text[..at].chars().next_back();
        let after = text[at + form.len()..].chars().next();
        !before.is_some_and(is_word) && !after.is_some_and(is_word)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[&str]) {
        let ids: Vec<&str> = found_in(text).iter().map(|w| w.id).collect();
        assert_eq!(ids, expected, "{text}");
    }

    #[test]
    fn finds_whole_words_in_order() {
        check("Klik op de knop “Inloggen”.", &["knop", "inloggen"]);
        check("Typ de code uit de sms.", &["sms-code"]);
        check("Kies “Sms-controle”.", &["sms-code"]);
        check("Kies een pincode van 5 cijfers.", &["pincode"]);
        check("Klik op de link “openingstijden”.", &["link"]);
        check("Log in met DigiD.", &["inloggen", "digid"]);
        check("Klik op “eConsult”.", &["e-consult"]);
    }

    #[test]
    fn parts_of_other_words_do_not_count() {
        check("Kijk links boven.", &[]);
        check("De pinpas en de linkerkant.", &[]);
        check("Een knopje", &[]);
        check("", &[]);
    }

    #[test]
    fn a_step_links_three_words_at_most() {
        check(
            "Log in met je gebruikersnaam, je wachtwoord en een sms-code.",
            &["inloggen", "gebruikersnaam", "wachtwoord"],
        );
    }

    #[test]
    fn every_word_has_its_own_address() {
        for (i, w) in WORDS.iter().enumerate() {
            assert_eq!(Word::find(w.id), Some(w));
            assert!(WORDS[..i].iter().all(|o| o.id != w.id), "{} twice", w.id);
            assert!(!w.forms.is_empty());
            for form in w.forms {
                assert_eq!(form.to_lowercase(), *form, "{}: forms are lower case", w.id);
            }
        }
        assert_eq!(Word::find("wachtwoord").map(|w| w.id), Some("wachtwoord"));
        assert_eq!(Word::find("Wachtwoord"), None);
        assert_eq!(Word::find(""), None);
    }

    #[test]
    fn every_group_has_words() {
        for group in Group::ALL {
            assert!(Word::in_group(group).count() >= 5, "{group:?}");
        }
        assert_eq!(
            Group::ALL
                .iter()
                .map(|&g| Word::in_group(g).count())
                .sum::<usize>(),
            WORDS.len()
        );
    }
}

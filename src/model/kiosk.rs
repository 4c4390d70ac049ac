/*!
Kiosk mode for public computers: the host puts `kiosk.json` beside
`hulp.json` (no rebuild), and after some minutes without a visitor the app
asks "Ben je er nog?" and then wipes everything for the next visitor.

The file is read forgivingly: anything it gets wrong keeps that setting's
default and becomes a [`Note`] for the host, never an error for a visitor.
The app's shell only checks [`looks_on`] (a few bytes in every visit); the
kiosk's code loads only where kiosk mode is on, and this parser with it
(or with the help page, which lists the notes for the host).
*/

use std::sync::OnceLock;

use serde_json::Value;

/// Where the host puts the file (beside `hulp.json`).
pub const FILE: &str = "/kiosk.json";

/// The host's settings, after reading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kiosk {
    pub on: bool,
    /// Minutes without a touch, click or key before the question.
    pub idle_minutes: u32,
    /// Seconds the question stays before everything is wiped.
    pub warning_seconds: u32,
    /// Where the next visitor starts (a path of the app).
    pub start_page: String,
    /// The host's name, shown to the visitor ("Je oefent bij ...").
    pub library: Option<String>,
    /// "Wis alles op dit apparaat" wipes at once, without asking again.
    pub clear_without_asking: bool,
}

impl Default for Kiosk {
    fn default() -> Self {
        Kiosk {
            on: false,
            idle_minutes: 10,
            warning_seconds: 60,
            start_page: "/".to_owned(),
            library: None,
            clear_without_asking: true,
        }
    }
}

/// What the host should fix in the file (the setting kept its default).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// The file is not JSON, or not an object `{ ... }`.
    NotJson,
    /// `field` has a value of the wrong kind or out of range.
    BadValue(&'static str),
}

impl Note {
    /// The message key (`pages.ftl`) and the field it names.
    pub fn key(&self) -> (&'static str, &'static str) {
        match self {
            Note::NotJson => ("kiosk-note-not-json", ""),
            Note::BadValue(field) => ("kiosk-note-bad-value", field),
        }
    }
}

/// The cheap check of the app's shell: is kiosk mode switched on at all?
/// (`"aan": true`, in any spacing.) The full reading is [`parse`].
pub fn looks_on(text: &str) -> bool {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    compact.contains("\"aan\":true")
}

const LIBRARY_MAX: usize = 80;

/// Reads the host's file: the settings, and what was wrong in it.
pub fn parse(text: &str) -> (Kiosk, Vec<Note>) {
    let mut kiosk = Kiosk::default();
    let mut notes = vec![];
    let Ok(Value::Object(map)) = serde_json::from_str::<Value>(text) else {
        return (kiosk, vec![Note::NotJson]);
    };
    let mut field = |name: &'static str, read: &mut dyn FnMut(&Value) -> bool| {
        if let Some(value) = map.get(name) {
            if !read(value) {
                notes.push(Note::BadValue(name));
            }
        }
    };
    field("aan", &mut |v| v.as_bool().map(|b| kiosk.on = b).is_some());
    let minutes = |v: &Value, lo: u64, hi: u64| v.as_u64().filter(|n| (lo..=hi).contains(n));
    field("wis_na_minuten", &mut |v| {
        minutes(v, 2, 240)
            .map(|n| kiosk.idle_minutes = n as u32)
            .is_some()
    });
    field("waarschuwing_seconden", &mut |v| {
        minutes(v, 10, 600)
            .map(|n| kiosk.warning_seconds = n as u32)
            .is_some()
    });
    field("startpagina", &mut |v| {
        v.as_str()
            .filter(|p| is_app_path(p))
            .map(|p| kiosk.start_page = p.to_owned())
            .is_some()
    });
    field("bibliotheek", &mut |v| {
        v.as_str()
            .map(str::trim)
            .filter(|s| !s.is_empty() && s.chars().count() <= LIBRARY_MAX)
            .map(|s| kiosk.library = Some(s.to_owned()))
            .is_some()
    });
    field("wis_zonder_vragen", &mut |v| {
        v.as_bool()
            .map(|b| kiosk.clear_without_asking = b)
            .is_some()
    });
    (kiosk, notes)
}

/// A path of this app: `/`, `/taak/digid`; never another site.
fn is_app_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && path.len() <= 200
        && path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "/-_?=&".contains(c))
}

static CURRENT: OnceLock<Kiosk> = OnceLock::new();

/// Keeps the kiosk settings for this visit (read once, when the kiosk
/// starts) and gives them back.
pub fn set_current(kiosk: Kiosk) -> &'static Kiosk {
    CURRENT.get_or_init(|| kiosk)
}

/// The kiosk settings, when kiosk mode is on in this visit.
pub fn current() -> Option<&'static Kiosk> {
    CURRENT.get().filter(|k| k.on)
}

/// Where the kiosk is, some seconds after the last touch, click or key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Someone is busy.
    Active,
    /// "Ben je er nog?", with this many seconds left.
    Asking(u32),
    /// Nobody answered: wipe and start again.
    Wipe,
}

impl Kiosk {
    /// The phase `idle_seconds` after the last activity.
    pub fn phase(&self, idle_seconds: u64) -> Phase {
        let ask_at = u64::from(self.idle_minutes) * 60;
        let wipe_at = ask_at + u64::from(self.warning_seconds);
        if idle_seconds < ask_at {
            Phase::Active
        } else if idle_seconds < wipe_at {
            Phase::Asking((wipe_at - idle_seconds) as u32)
        } else {
            Phase::Wipe
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: Kiosk, notes: &[Note]) {
        assert_eq!(parse(text), (expected, notes.to_vec()), "{text}");
    }

    #[test]
    fn a_full_file() {
        check(
            r#"{"aan": true, "wis_na_minuten": 5, "waarschuwing_seconden": 30,
                "startpagina": "/taak/digid", "bibliotheek": " Bibliotheek Oefenstad ",
                "wis_zonder_vragen": false, "uitleg": "mag"}"#,
            Kiosk {
                on: true,
                idle_minutes: 5,
                warning_seconds: 30,
                start_page: "/taak/digid".into(),
                library: Some("Bibliotheek Oefenstad".into()),
                clear_without_asking: false,
            },
            &[],
        );
    }

    #[test]
    fn broken_files_give_the_defaults_and_a_note() {
        check("", Kiosk::default(), &[Note::NotJson]);
        check("{aan: true", Kiosk::default(), &[Note::NotJson]);
        check("[true]", Kiosk::default(), &[Note::NotJson]);
        check("{}", Kiosk::default(), &[]);
    }

    #[test]
    fn each_bad_value_keeps_its_default() {
        let on = Kiosk {
            on: true,
            ..Kiosk::default()
        };
        for (text, field) in [
            (r#""wis_na_minuten": 1"#, "wis_na_minuten"),
            (r#""wis_na_minuten": "tien""#, "wis_na_minuten"),
            (r#""wis_na_minuten": 1000"#, "wis_na_minuten"),
            (r#""wis_na_minuten": 2.5"#, "wis_na_minuten"),
            (r#""waarschuwing_seconden": 5"#, "waarschuwing_seconden"),
            (r#""startpagina": "https://elders.example""#, "startpagina"),
            (r#""startpagina": "//elders.example""#, "startpagina"),
            (r#""startpagina": "/<script>""#, "startpagina"),
            (r#""bibliotheek": """#, "bibliotheek"),
            (r#""bibliotheek": 12"#, "bibliotheek"),
            (r#""wis_zonder_vragen": "ja""#, "wis_zonder_vragen"),
        ] {
            check(
                &format!(r#"{{"aan": true, {text}}}"#),
                on.clone(),
                &[Note::BadValue(field)],
            );
        }
        let long = "x".repeat(LIBRARY_MAX + 1);
        check(
            &format!(r#"{{"aan": true, "bibliotheek": "{long}"}}"#),
            on.clone(),
            &[Note::BadValue("bibliotheek")],
        );
        check(
            r#"{"aan": "ja"}"#,
            Kiosk::default(),
            &[Note::BadValue("aan")],
        );
    }

    #[test]
    fn the_shell_sees_only_a_switched_on_kiosk() {
        assert!(looks_on(r#"{"aan": true}"#));
        assert!(looks_on("{\n  \"aan\" :\ttrue\n}"));
        assert!(!looks_on(r#"{"aan": false}"#));
        assert!(!looks_on(""));
        assert!(!looks_on("<html>404</html>"));
    }

    #[test]
    fn the_question_comes_after_the_idle_minutes_then_the_wipe() {
        let kiosk = Kiosk {
            on: true,
            idle_minutes: 2,
            warning_seconds: 30,
            ..Kiosk::default()
        };
        assert_eq!(kiosk.phase(0), Phase::Active);
        assert_eq!(kiosk.phase(119), Phase::Active);
        assert_eq!(kiosk.phase(120), Phase::Asking(30));
        assert_eq!(kiosk.phase(149), Phase::Asking(1));
        assert_eq!(kiosk.phase(150), Phase::Wipe);
        assert_eq!(kiosk.phase(u64::MAX), Phase::Wipe);
    }
}

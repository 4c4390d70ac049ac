/*!
The one document Oefenplein saves on the device, and how it is read back.

Reading is parse-then-validate: the raw text becomes a JSON value, old
versions are migrated step by step, and each section is then read on its
own, so a broken section costs only that section. The outcome says what
happened, because the store must tell the learner (kindly) when something
was reset, and must never overwrite a document written by a newer version.
*/

use serde::{de::DeserializeOwned, Serialize};
use serde_json::{Map, Value};

pub use super::progress::{LessonProgress, Progress};
use super::{learners::Sign, settings::Settings};

/// Version of the saved document this build writes.
pub const CURRENT_VERSION: u64 = 3;

/// Everything kept between visits.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SavedState {
    /// The settings of the learner at the device.
    pub settings: Settings,
    /// The progress of the learner at the device.
    pub progress: Progress,
    /// The sign of the learner at the device, once several share it.
    pub sign: Option<Sign>,
    /// The other learners on this device, waiting for their turn, as saved
    /// (`model::learners` reads one when it takes its turn).
    pub others: Vec<Value>,
}

/// What reading a saved document found.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet.
    Empty,
    /// A current document, read whole.
    Intact(SavedState),
    /// An older document, migrated; the store should write it back.
    Migrated { from: u64, state: SavedState },
    /// Unreadable in part or whole. `state` holds what could be kept; the
    /// raw text must be backed up before anything overwrites it.
    Damaged(SavedState),
    /// Written by a newer Oefenplein. `state` holds what this version
    /// understands; the document must not be overwritten.
    Newer { version: u64, state: SavedState },
}

impl Loaded {
    /// The state to run with, whatever happened.
    pub fn state(&self) -> SavedState {
        match self {
            Loaded::Empty => SavedState::default(),
            Loaded::Intact(s) | Loaded::Damaged(s) => s.clone(),
            Loaded::Migrated { state, .. } | Loaded::Newer { state, .. } => state.clone(),
        }
    }
}

/// Reads a saved document (`None` when nothing is saved).
pub fn load(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else {
        return Loaded::Empty;
    };
    let Ok(Value::Object(doc)) = serde_json::from_str::<Value>(raw) else {
        return Loaded::Damaged(SavedState::default());
    };
    let Some(version) = doc.get("version").and_then(Value::as_u64) else {
        let (state, _) = read_sections(&doc);
        return Loaded::Damaged(state);
    };
    if version > CURRENT_VERSION {
        let (state, _) = read_sections(&doc);
        return Loaded::Newer { version, state };
    }
    let Some(doc) = migrate(doc, version) else {
        return Loaded::Damaged(SavedState::default());
    };
    match read_sections(&doc) {
        (state, false) => Loaded::Damaged(state),
        (state, true) if version < CURRENT_VERSION => Loaded::Migrated {
            from: version,
            state,
        },
        (state, true) => Loaded::Intact(state),
    }
}

/// Writes the document this build understands.
pub fn save(state: &SavedState) -> String {
    let mut doc = Map::new();
    doc.insert("version".into(), CURRENT_VERSION.into());
    doc.insert("settings".into(), to_value(&state.settings));
    doc.insert("progress".into(), to_value(&state.progress));
    if let Some(sign) = state.sign {
        doc.insert("sign".into(), sign.code().into());
    }
    if !state.others.is_empty() {
        doc.insert("others".into(), Value::Array(state.others.clone()));
    }
    Value::Object(doc).to_string()
}

pub(crate) fn to_value<T: Serialize>(value: &T) -> Value {
    // Serialising plain structs of strings, numbers and maps cannot fail.
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// Reads each section on its own; the flag is false when any section
/// present in the document could not be read.
fn read_sections(doc: &Map<String, Value>) -> (SavedState, bool) {
    let (settings, settings_ok) = section::<Settings>(doc, "settings");
    let (progress, progress_ok) = section::<Progress>(doc, "progress");
    let (sign, sign_ok) = match doc.get("sign") {
        None | Some(Value::Null) => (None, true),
        Some(value) => match value.as_str().and_then(Sign::parse) {
            Some(sign) => (Some(sign), true),
            None => (None, false),
        },
    };
    let (others, others_ok) = match doc.get("others") {
        None => (Vec::new(), true),
        Some(Value::Array(items)) => (items.clone(), true),
        Some(_) => (Vec::new(), false),
    };
    let mut state = SavedState {
        settings,
        progress,
        sign,
        others,
    };
    // One unreadable learner costs only that learner.
    let learners_ok = state.tidy_learners();
    (
        state,
        settings_ok && progress_ok && sign_ok && others_ok && learners_ok,
    )
}

fn section<T: DeserializeOwned + Default>(doc: &Map<String, Value>, name: &str) -> (T, bool) {
    match doc.get(name) {
        None => (T::default(), true),
        Some(value) => match serde_json::from_value(value.clone()) {
            Ok(v) => (v, true),
            Err(_) => (T::default(), false),
        },
    }
}

/// Brings a document up to [`CURRENT_VERSION`], one step at a time.
/// `None` for versions that never existed.
fn migrate(mut doc: Map<String, Value>, from: u64) -> Option<Map<String, Value>> {
    let mut version = from;
    while version < CURRENT_VERSION {
        doc = match version {
            1 => v1_to_v2(doc),
            // Version 3 adds the other learners ("sign", "others"); a version 2
            // document is one learner without a sign, as it stands.
            2 => doc,
            _ => return None,
        };
        version += 1;
    }
    Some(doc)
}

/// Version 1 kept only the display settings, flat at the top level.
/// Version 2 groups them under `settings` and adds `progress`.
fn v1_to_v2(doc: Map<String, Value>) -> Map<String, Value> {
    let mut settings = Map::new();
    for key in ["text_size", "high_contrast", "reduce_motion", "lang"] {
        if let Some(value) = doc.get(key) {
            settings.insert(key.into(), value.clone());
        }
    }
    let mut next = Map::new();
    next.insert("version".into(), 2.into());
    next.insert("settings".into(), Value::Object(settings));
    next.insert("progress".into(), Value::Object(Map::new()));
    next
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{lang::Lang, settings::TextSize};

    fn sample() -> SavedState {
        let mut state = SavedState::default();
        state.settings.text_size = TextSize::Larger;
        state.settings.lang = Some(Lang::Ar);
        state.progress.set_step("digid-web", 3);
        state.progress.finish("basics", 0);
        state
    }

    #[test]
    fn save_then_load_gives_the_same_state() {
        let state = sample();
        assert_eq!(load(Some(&save(&state))), Loaded::Intact(state));
    }

    #[test]
    fn nothing_saved_is_empty() {
        assert_eq!(load(None), Loaded::Empty);
        assert_eq!(load(None).state(), SavedState::default());
    }

    fn check_damaged(raw: &str) {
        assert!(
            matches!(load(Some(raw)), Loaded::Damaged(_)),
            "{raw:?} should be damaged"
        );
    }

    #[test]
    fn broken_documents_are_damaged() {
        for raw in [
            "",
            "{kapot",
            "null",
            "[1,2]",
            "\"tekst\"",
            r#"{"settings":{}}"#,
            r#"{"version":"2"}"#,
            r#"{"version":0}"#,
            r#"{"version":-1}"#,
            "\u{0}\u{ffff}",
        ] {
            check_damaged(raw);
        }
    }

    #[test]
    fn a_broken_section_costs_only_that_section() {
        let raw = r#"{"version":2,"settings":{"text_size":"enormous"},
            "progress":{"lessons":{"digid-web":{"step":4,"finished":true}}}}"#;
        let Loaded::Damaged(state) = load(Some(raw)) else {
            panic!("expected damaged");
        };
        assert_eq!(state.settings, Settings::default());
        assert!(state.progress.is_finished("digid-web"));
    }

    #[test]
    fn version_1_is_migrated() {
        let raw = r#"{"version":1,"text_size":"large","high_contrast":true,"lang":"en"}"#;
        let Loaded::Migrated { from, state } = load(Some(raw)) else {
            panic!("expected migrated");
        };
        assert_eq!(from, 1);
        assert_eq!(state.settings.text_size, TextSize::Large);
        assert!(state.settings.high_contrast);
        assert_eq!(state.settings.lang, Some(Lang::En));
        assert!(state.progress.lessons.is_empty());
    }

    #[test]
    fn a_broken_version_1_document_is_damaged_after_migration() {
        check_damaged(r#"{"version":1,"text_size":42}"#);
    }

    #[test]
    fn a_newer_document_is_read_as_far_as_understood() {
        let raw = r#"{"version":9,"settings":{"high_contrast":true},"badges":["gold"]}"#;
        let Loaded::Newer { version, state } = load(Some(raw)) else {
            panic!("expected newer");
        };
        assert_eq!(version, 9);
        assert!(state.settings.high_contrast);
    }

    #[test]
    fn odd_text_in_lesson_ids_survives_a_round_trip() {
        let mut state = SavedState::default();
        let odd = "les \"één\" <script>\u{202e}\n".repeat(200);
        state.progress.set_step(&odd, 2);
        assert_eq!(load(Some(&save(&state))).state(), state);
    }
}

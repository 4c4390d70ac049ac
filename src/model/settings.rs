/*!
Display settings a learner chooses once and keeps: text size, contrast,
motion, language and the pace of read-aloud.

They live in the saved state, so they survive a reload, and are applied as
`data-` attributes on `<html>`, so the CSS alone decides what they look like.
*/

use serde::{Deserialize, Serialize};

use super::{lang::Lang, speech::Pace};

/// Text size steps. `Largest` doubles the base size.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Larger,
    Largest,
}

impl TextSize {
    pub const ALL: [TextSize; 4] = [
        TextSize::Normal,
        TextSize::Large,
        TextSize::Larger,
        TextSize::Largest,
    ];

    /// Value of `<html data-text-size>`.
    pub fn as_str(self) -> &'static str {
        match self {
            TextSize::Normal => "normal",
            TextSize::Large => "large",
            TextSize::Larger => "larger",
            TextSize::Largest => "largest",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub text_size: TextSize,
    pub high_contrast: bool,
    pub reduce_motion: bool,
    /// `None` until the learner picks a language; then the browser's
    /// preference no longer decides.
    pub lang: Option<Lang>,
    /// How fast "Lees voor" reads. Added later: documents saved before it
    /// load with the normal pace.
    #[serde(default)]
    pub read_pace: Pace,
    /// A language the host has recorded the steps in, beyond the interface
    /// languages (`model::speech::recorded`); `None`: the usual read-aloud.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded: Option<String>,
}

impl Settings {
    /// The recorded language to play, when the saved one is a safe code
    /// (it becomes part of a path).
    pub fn recorded_language(&self) -> Option<&str> {
        self.recorded
            .as_deref()
            .filter(|code| super::speech::recorded::is_code(code))
    }

    /// Value of `<html data-contrast>`.
    pub fn contrast_attr(&self) -> &'static str {
        if self.high_contrast {
            "high"
        } else {
            "normal"
        }
    }

    /// Value of `<html data-motion>`.
    pub fn motion_attr(&self) -> &'static str {
        if self.reduce_motion {
            "reduce"
        } else {
            "normal"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_safe_recorded_language_is_played() {
        let with = |code: Option<&str>| Settings {
            recorded: code.map(str::to_owned),
            ..Settings::default()
        };
        assert_eq!(with(Some("ti")).recorded_language(), Some("ti"));
        assert_eq!(with(None).recorded_language(), None);
        for bad in ["../ti", "TI", "t", ""] {
            assert_eq!(with(Some(bad)).recorded_language(), None, "{bad:?}");
        }
    }

    #[test]
    fn defaults_are_calm_and_readable() {
        let s = Settings::default();
        assert_eq!(s.text_size.as_str(), "normal");
        assert_eq!(s.contrast_attr(), "normal");
        assert_eq!(s.motion_attr(), "normal");
        assert_eq!(s.lang, None);
    }

    #[test]
    fn unknown_fields_and_missing_fields_are_tolerated() {
        let s: Settings =
            serde_json::from_str(r#"{"text_size":"larger","future_thing":1}"#).unwrap();
        assert_eq!(s.text_size, TextSize::Larger);
        assert!(!s.high_contrast);
        assert_eq!(s.read_pace, Pace::Normal);
    }

    #[test]
    fn read_pace_is_kept() {
        let s = Settings {
            read_pace: Pace::Slow,
            ..Settings::default()
        };
        let json = serde_json::to_string(&s).unwrap();
        assert!(json.contains(r#""read_pace":"slow""#), "{json}");
        assert_eq!(serde_json::from_str::<Settings>(&json).unwrap(), s);
    }
}

/*!
The two looks of the video consult: the same call on a computer or on a
phone. Only the words differ (where the browser keeps its permissions,
which camera is built in), so a lesson text names them as variables and
fits both looks.
*/

use crate::i18n::p;

/// The two looks: the device the learner pretends to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    /// A computer: the browser's lock icon opens the site's settings.
    Computer,
    /// A phone: the phone's own settings hold the browser's permissions.
    Phone,
}

impl Look {
    pub const ALL: [Look; 2] = [Look::Computer, Look::Phone];

    pub fn id(self) -> &'static str {
        match self {
            Look::Computer => "computer",
            Look::Phone => "telefoon",
        }
    }

    pub fn from_id(id: &str) -> Option<Look> {
        Look::ALL.into_iter().find(|l| l.id() == id)
    }

    /// The practice text key of `word` in this look.
    pub fn word(self, word: Word) -> &'static str {
        use Look::{Computer as C, Phone as P};
        match (word, self) {
            (Word::Block, C) => p::VIDEO_BLOCK_COMPUTER,
            (Word::Block, P) => p::VIDEO_BLOCK_PHONE,
            (Word::FixDone, C) => p::VIDEO_RELOAD,
            (Word::FixDone, P) => p::VIDEO_BACK_TO_BROWSER,
            (Word::CameraBuiltin, C) => p::VIDEO_CAMERA_BUILTIN_COMPUTER,
            (Word::CameraBuiltin, P) => p::VIDEO_CAMERA_BUILTIN_PHONE,
            (Word::CameraOther, C) => p::VIDEO_CAMERA_OTHER_COMPUTER,
            (Word::CameraOther, P) => p::VIDEO_CAMERA_OTHER_PHONE,
            (Word::MicBuiltin, C) => p::VIDEO_MIC_BUILTIN_COMPUTER,
            (Word::MicBuiltin, P) => p::VIDEO_MIC_BUILTIN_PHONE,
            (Word::MicOther, C) => p::VIDEO_MIC_OTHER_COMPUTER,
            (Word::MicOther, P) => p::VIDEO_MIC_OTHER_PHONE,
        }
    }
}

/// A word whose text depends on the look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    Block,
    FixDone,
    CameraBuiltin,
    CameraOther,
    MicBuiltin,
    MicOther,
}

impl Word {
    pub const ALL: [Word; 6] = [
        Word::Block,
        Word::FixDone,
        Word::CameraBuiltin,
        Word::CameraOther,
        Word::MicBuiltin,
        Word::MicOther,
    ];

    /// Its name as a variable in lesson texts (`{ $block }`).
    pub fn variable(self) -> &'static str {
        match self {
            Word::Block => "block",
            Word::FixDone => "fix-done",
            Word::CameraBuiltin => "camera-builtin",
            Word::CameraOther => "camera-other",
            Word::MicBuiltin => "mic-builtin",
            Word::MicOther => "mic-other",
        }
    }
}

/// The looks, for the registry: id and the practice key of its name.
pub const LOOKS: &[(&str, &str)] = &[
    ("computer", p::VIDEO_LOOK_COMPUTER),
    ("telefoon", p::VIDEO_LOOK_PHONE),
];

/// The look's words as lesson-text variables (name, practice text key).
pub fn variables(look: Look) -> Vec<(&'static str, &'static str)> {
    Word::ALL
        .into_iter()
        .map(|w| (w.variable(), look.word(w)))
        .collect()
}

/*!
Several learners on one device, told apart by a sign: a symbol and a colour.

In a class or a library, learners take turns on one tablet or PC. Each keeps
their own progress and settings, and nobody types a name: a name is personal
data, and a picture is easier to find again than a word for someone who reads
little. The learner whose turn it is sits in [`SavedState`]'s own `settings`
and `progress`, so the rest of the app never needs to know about the others;
the others wait on the shelf ([`SavedState::others`]) until they pick their
sign again.

One learner alone never sees any of this: without a sign the device works as
it always did. Nothing here may lose someone's progress: switching away from
progress without a sign is refused (give it a sign, or wipe it, first).

Why the shelf holds JSON values and a sign is a short text ("star-blue"):
the saved document is read on every first visit, but the others are read
only when one of them takes a turn, on the "Wie oefent er?" page. Kept as
values, their reading code stays in that page's chunk and costs a first
visit nothing; derived serde code for them cost the home page 6 KB.
*/

use serde_json::{Map, Value};

use super::{
    progress::Progress,
    saved::{to_value, SavedState},
    settings::Settings,
};

/// At most this many learners on one device: a group is about eight, and
/// each one's progress takes room in the browser's storage.
pub const MAX_LEARNERS: usize = 12;

/// The picture of a sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Symbol {
    Sun,
    Star,
    Tree,
    Flower,
    Fish,
    Bird,
    Heart,
    Moon,
}

/// The colour of a sign. Each is dark enough for a white symbol on it (at
/// least 4.5:1), and the symbol alone tells signs apart for colour-blind eyes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Colour {
    Blue,
    Green,
    Orange,
    Purple,
    Red,
    Grey,
}

impl Symbol {
    pub const ALL: [Symbol; 8] = [
        Symbol::Sun,
        Symbol::Star,
        Symbol::Tree,
        Symbol::Flower,
        Symbol::Fish,
        Symbol::Bird,
        Symbol::Heart,
        Symbol::Moon,
    ];

    /// The name in file names, CSS classes and text keys.
    pub fn id(self) -> &'static str {
        match self {
            Symbol::Sun => "sun",
            Symbol::Star => "star",
            Symbol::Tree => "tree",
            Symbol::Flower => "flower",
            Symbol::Fish => "fish",
            Symbol::Bird => "bird",
            Symbol::Heart => "heart",
            Symbol::Moon => "moon",
        }
    }
}

impl Colour {
    pub const ALL: [Colour; 6] = [
        Colour::Blue,
        Colour::Green,
        Colour::Orange,
        Colour::Purple,
        Colour::Red,
        Colour::Grey,
    ];

    /// The name in CSS classes and text keys.
    pub fn id(self) -> &'static str {
        match self {
            Colour::Blue => "blue",
            Colour::Green => "green",
            Colour::Orange => "orange",
            Colour::Purple => "purple",
            Colour::Red => "red",
            Colour::Grey => "grey",
        }
    }
}

/// A learner's sign. No two learners on a device share one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Sign {
    pub symbol: Symbol,
    pub colour: Colour,
}

impl Sign {
    /// As saved: "star-blue".
    pub fn code(self) -> String {
        format!("{}-{}", self.symbol.id(), self.colour.id())
    }

    /// Reads [`Sign::code`]; `None` for anything else.
    pub fn parse(code: &str) -> Option<Sign> {
        let (symbol, colour) = code.split_once('-')?;
        Some(Sign {
            symbol: Symbol::ALL.into_iter().find(|s| s.id() == symbol)?,
            colour: Colour::ALL.into_iter().find(|c| c.id() == colour)?,
        })
    }
}

/// The sign of a learner on the shelf, as saved.
pub(crate) fn sign_of(saved: &Value) -> Option<Sign> {
    Sign::parse(saved.get("sign")?.as_str()?)
}

/// A learner waiting for their next turn: everything that is theirs.
#[derive(Clone, Debug, PartialEq)]
pub struct Shelved {
    pub sign: Sign,
    pub settings: Settings,
    pub progress: Progress,
}

impl Shelved {
    /// Reads a learner from the shelf. A broken part costs only that part
    /// (the defaults instead); without a readable sign there is no learner.
    pub fn read(saved: &Value) -> Option<Shelved> {
        let part = |name: &str| saved.get(name).cloned().unwrap_or(Value::Null);
        Some(Shelved {
            sign: sign_of(saved)?,
            settings: serde_json::from_value(part("settings")).unwrap_or_default(),
            progress: serde_json::from_value(part("progress")).unwrap_or_default(),
        })
    }

    /// The learner as the shelf keeps it.
    pub fn write(&self) -> Value {
        let mut doc = Map::new();
        doc.insert("sign".into(), self.sign.code().into());
        doc.insert("settings".into(), to_value(&self.settings));
        doc.insert("progress".into(), to_value(&self.progress));
        Value::Object(doc)
    }
}

/// Why a change of learner was refused; each has its own kind message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Another learner on this device has this sign.
    Taken,
    /// The device holds [`MAX_LEARNERS`] already.
    Full,
    /// No learner on this device has this sign (another tab removed it).
    Unknown,
    /// The progress on the device has no sign yet: switching would lose it.
    Unsigned,
}

/// A change of learner, as the "Wie oefent er?" page asks for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Turn {
    /// [`SavedState::join`]
    Join(Sign),
    /// [`SavedState::switch_to`]
    Switch(Sign),
    /// [`SavedState::forget_current`]
    Stop,
}

impl SavedState {
    /// Applies one change of learner (one way in for the page, so its code
    /// exists once).
    pub fn take_turn(&mut self, turn: Turn) -> Result<(), Refusal> {
        match turn {
            Turn::Join(sign) => self.join(sign),
            Turn::Switch(sign) => self.switch_to(sign),
            Turn::Stop => {
                self.forget_current();
                Ok(())
            }
        }
    }

    /// True when the learner at the device did something but has no sign:
    /// the first sign chosen goes to that, and switching away is refused.
    pub fn has_unsigned_progress(&self) -> bool {
        self.sign.is_none() && self.progress != Progress::default()
    }

    /// True once anyone on this device has chosen a sign.
    pub fn is_shared(&self) -> bool {
        self.sign.is_some() || !self.others.is_empty()
    }

    /// Every sign on this device, in a stable order (symbol, then colour),
    /// so the buttons do not move when learners take turns.
    pub fn signs(&self) -> Vec<Sign> {
        let mut signs: Vec<Sign> = self.sign.iter().copied().collect();
        signs.extend(self.others.iter().filter_map(sign_of));
        signs.sort();
        signs
    }

    fn is_taken(&self, sign: Sign) -> bool {
        self.signs().contains(&sign)
    }

    /// A learner chooses a new sign. The progress on the device without a
    /// sign gets it (that is the learner at the device); otherwise the
    /// current learner waits on the shelf and a new one starts with no
    /// progress and the current settings (the device's language and text
    /// size stay as they were).
    pub fn join(&mut self, sign: Sign) -> Result<(), Refusal> {
        if self.is_taken(sign) {
            return Err(Refusal::Taken);
        }
        // Everyone on the shelf, the learner at the device, and the new one.
        let after = self.others.len() + usize::from(self.sign.is_some()) + 1;
        if after > MAX_LEARNERS {
            return Err(Refusal::Full);
        }
        self.shelve_current();
        self.sign = Some(sign);
        Ok(())
    }

    /// Puts the learner at the device, if they have a sign, on the shelf;
    /// their progress leaves the device, their settings stay for the next.
    fn shelve_current(&mut self) {
        if let Some(sign) = self.sign {
            let shelved = Shelved {
                sign,
                settings: self.settings.clone(),
                progress: std::mem::take(&mut self.progress),
            };
            self.others.push(shelved.write());
        }
    }

    /// The first sign nobody has, in the order of the choices; with
    /// `symbol`, the first free colour of that picture.
    pub fn free_sign(&self, symbol: Option<Symbol>) -> Option<Sign> {
        let taken = self.signs();
        let symbols = symbol.map_or(Symbol::ALL.to_vec(), |s| vec![s]);
        symbols.into_iter().find_map(|symbol| {
            Colour::ALL
                .into_iter()
                .map(|colour| Sign { symbol, colour })
                .find(|sign| !taken.contains(sign))
        })
    }

    /// The learner with `sign` takes their turn. The one before waits on
    /// the shelf; without a sign they may go only if they did nothing yet.
    pub fn switch_to(&mut self, sign: Sign) -> Result<(), Refusal> {
        if self.sign == Some(sign) {
            return Ok(());
        }
        let Some((at, next)) = self
            .others
            .iter()
            .enumerate()
            .find_map(|(at, o)| Shelved::read(o).filter(|o| o.sign == sign).map(|o| (at, o)))
        else {
            return Err(Refusal::Unknown);
        };
        if self.has_unsigned_progress() {
            return Err(Refusal::Unsigned);
        }
        self.others.remove(at);
        self.shelve_current();
        self.sign = Some(next.sign);
        self.settings = next.settings;
        self.progress = next.progress;
        Ok(())
    }

    /// "Stop en wis" for one learner: their sign and progress go; the
    /// others stay. The settings stay for whoever comes next.
    pub fn forget_current(&mut self) {
        self.sign = None;
        self.progress = Progress::default();
    }

    /// Keeps what a saved document may hold: no sign twice (the first one
    /// wins), no more than [`MAX_LEARNERS`].
    /// Returns false when an entry without a readable sign was dropped.
    pub(crate) fn tidy_learners(&mut self) -> bool {
        let mut seen: Vec<Sign> = self.sign.iter().copied().collect();
        let mut readable = true;
        self.others.retain(|o| match sign_of(o) {
            Some(sign) if !seen.contains(&sign) => {
                seen.push(sign);
                true
            }
            Some(_) => false,
            None => {
                readable = false;
                false
            }
        });
        let room = MAX_LEARNERS - usize::from(self.sign.is_some());
        self.others.truncate(room);
        readable
    }
}

#[cfg(test)]
mod tests;

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
*/

use serde::{Deserialize, Serialize};

use super::{progress::Progress, saved::SavedState, settings::Settings};

/// At most this many learners on one device: a group is about eight, and
/// each one's progress takes room in the browser's storage.
pub const MAX_LEARNERS: usize = 12;

/// The picture of a sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Sign {
    pub symbol: Symbol,
    pub colour: Colour,
}

/// A learner waiting for their next turn: everything that is theirs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Shelved {
    pub sign: Sign,
    #[serde(default)]
    pub settings: Settings,
    #[serde(default)]
    pub progress: Progress,
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

impl SavedState {
    /// True once anyone on this device has chosen a sign.
    pub fn is_shared(&self) -> bool {
        self.sign.is_some() || !self.others.is_empty()
    }

    /// Every sign on this device, in a stable order (symbol, then colour),
    /// so the buttons do not move when learners take turns.
    pub fn signs(&self) -> Vec<Sign> {
        let mut signs: Vec<Sign> = self.sign.iter().copied().collect();
        signs.extend(self.others.iter().map(|o| o.sign));
        signs.sort();
        signs
    }

    fn is_taken(&self, sign: Sign) -> bool {
        self.sign == Some(sign) || self.others.iter().any(|o| o.sign == sign)
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
        let Some(current) = self.sign else {
            self.sign = Some(sign);
            return Ok(());
        };
        self.others.push(Shelved {
            sign: current,
            settings: self.settings.clone(),
            progress: std::mem::take(&mut self.progress),
        });
        self.sign = Some(sign);
        Ok(())
    }

    /// The learner with `sign` takes their turn. The one before waits on
    /// the shelf; without a sign they may go only if they did nothing yet.
    pub fn switch_to(&mut self, sign: Sign) -> Result<(), Refusal> {
        if self.sign == Some(sign) {
            return Ok(());
        }
        let Some(at) = self.others.iter().position(|o| o.sign == sign) else {
            return Err(Refusal::Unknown);
        };
        let next = match self.sign {
            Some(current) => {
                let next = self.others.remove(at);
                self.others.push(Shelved {
                    sign: current,
                    settings: std::mem::take(&mut self.settings),
                    progress: std::mem::take(&mut self.progress),
                });
                next
            }
            None if self.progress == Progress::default() => self.others.remove(at),
            None => return Err(Refusal::Unsigned),
        };
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
    pub(crate) fn tidy_learners(&mut self) {
        let mut seen: Vec<Sign> = self.sign.iter().copied().collect();
        self.others.retain(|o| {
            let fresh = !seen.contains(&o.sign);
            seen.push(o.sign);
            fresh
        });
        let room = MAX_LEARNERS - usize::from(self.sign.is_some());
        self.others.truncate(room);
    }
}

#[cfg(test)]
mod tests;

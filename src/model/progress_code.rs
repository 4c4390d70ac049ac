/*!
The progress code: progress that survives a wiped library PC, with no
account and no server. "Bewaar je voortgang" shows a short code; typing it
(or scanning its QR code) on any device adds that progress there.

The code holds only what [`LESSONS`] lists: per lesson its medal and the
step the learner is on, plus the self-check's level. Never a name, never
anything typed. It is written in Crockford's base 32 (no I, L, O or U, so
nothing looks alike; reading forgives case, spaces, dashes, O for 0, I and
L for 1, and Arabic-Indic digits), grouped by four, and ends in a check
character (Luhn mod 32), so one mistyped or two swapped characters are
caught before anything changes.

Bits, in order: version (3), level (2), the number of lessons that follow
(6), then per lesson its medal (2) and whether it is started (1), and for a
started lesson its step (5, at most 31). Lessons after the last one with
anything to say are left out, so a new learner's code is short.
*/

use super::progress::{Level, Medal, Progress};

/// The lessons a code can name, by position. Append only: a code made
/// today must mean the same thing next year (a test holds one).
pub const LESSONS: &[&str] = &[
    "digid-web",
    "digid-forgot",
    "digid-apply",
    "digid-app-activate",
    "digid-app-qr",
    "digid-app-phone",
    "digid-pin-forgot",
    "phishing",
    "gp-login",
    "gp-ask",
    "gp-book",
    "gp-repeat",
    "gp-results",
    "gp-child",
    "video-test",
    "video-permission",
    "video-call",
    "pharmacy-order",
    "hospital-questionnaire",
    "hospital-checkin",
    "referral-book",
    "vaccination-change",
    "basics-tap",
    "basics-type",
    "basics-scroll",
    "basics-back",
    "basics-choose",
    "basics-date",
    "basics-link",
    "basics-popup",
    "basics-zoom",
];

const VERSION: u32 = 1;
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const MAX_STEP: u32 = 31;

/// Why a typed code was not used. Nothing changes on any of these.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Nothing typed.
    Empty,
    /// A character no code has (the first one found).
    BadChar(char),
    /// Too short to be a code: a part is missing.
    TooShort,
    /// The check character does not match: a typo somewhere.
    Typo,
    /// Made by a newer Oefenplein.
    Newer,
}

/// The code for `progress`, grouped by four ("K7QM-3XA2-…").
pub fn encode(progress: &Progress) -> String {
    let mut bits = Bits::default();
    bits.push(VERSION, 3);
    bits.push(level_bits(progress.level), 2);
    let entries: Vec<(Medal, u32)> = LESSONS
        .iter()
        .map(|id| match progress.lessons.get(*id) {
            Some(l) => (l.medal(), l.step.min(MAX_STEP)),
            None => (Medal::None, 0),
        })
        .collect();
    let count = entries
        .iter()
        .rposition(|&(medal, step)| medal != Medal::None || step > 0)
        .map_or(0, |i| i + 1);
    bits.push(count as u32, 6);
    for &(medal, step) in &entries[..count] {
        bits.push(medal as u32, 2);
        bits.push(u32::from(step > 0), 1);
        if step > 0 {
            bits.push(step, 5);
        }
    }
    let mut values = bits.into_values();
    values.push(check_value(&values));
    let chars: Vec<char> = values
        .iter()
        .map(|&v| ALPHABET[v as usize] as char)
        .collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// Reads a typed code, forgivingly; any error means nothing changes.
pub fn decode(typed: &str) -> Result<Progress, CodeError> {
    let mut values = Vec::new();
    for c in typed.chars() {
        if c.is_whitespace() || matches!(c, '-' | '.' | '_' | '\u{2010}'..='\u{2015}') {
            continue;
        }
        match value_of(c) {
            Some(v) => values.push(v),
            None => return Err(CodeError::BadChar(c)),
        }
    }
    let Some(check) = values.pop() else {
        return Err(CodeError::Empty);
    };
    if values.len() < 3 {
        return Err(CodeError::TooShort);
    }
    if check_value(&values) != check {
        return Err(CodeError::Typo);
    }
    let mut bits = Reader::new(&values);
    let version = bits.take(3).ok_or(CodeError::TooShort)?;
    if version != VERSION {
        return Err(if version > VERSION {
            CodeError::Newer
        } else {
            CodeError::Typo
        });
    }
    let mut progress = Progress {
        level: level_of(bits.take(2).ok_or(CodeError::TooShort)?),
        ..Progress::default()
    };
    let count = bits.take(6).ok_or(CodeError::TooShort)? as usize;
    if count > LESSONS.len() {
        return Err(CodeError::Newer);
    }
    for id in &LESSONS[..count] {
        let medal = medal_of(bits.take(2).ok_or(CodeError::TooShort)?);
        let started = bits.take(1).ok_or(CodeError::TooShort)? == 1;
        let step = if started {
            bits.take(5).ok_or(CodeError::TooShort)?
        } else {
            0
        };
        if medal != Medal::None || step > 0 {
            progress.restore(id, medal, step);
        }
    }
    // What is left is padding: fewer than five bits, all zero.
    if !bits.only_padding() {
        return Err(CodeError::Typo);
    }
    Ok(progress)
}

fn level_bits(level: Option<Level>) -> u32 {
    match level {
        None => 0,
        Some(Level::Beginner) => 1,
        Some(Level::Familiar) => 2,
        Some(Level::Experienced) => 3,
    }
}

fn level_of(bits: u32) -> Option<Level> {
    match bits {
        1 => Some(Level::Beginner),
        2 => Some(Level::Familiar),
        3 => Some(Level::Experienced),
        _ => None,
    }
}

fn medal_of(bits: u32) -> Medal {
    match bits {
        1 => Medal::Bronze,
        2 => Medal::Silver,
        3 => Medal::Gold,
        _ => Medal::None,
    }
}

/// A character's value, forgiving what looks alike.
fn value_of(c: char) -> Option<u32> {
    let c = crate::practice::codes::ascii_digit(c).to_ascii_uppercase();
    let c = match c {
        'O' => '0',
        'I' | 'L' => '1',
        c => c,
    };
    ALPHABET
        .iter()
        .position(|&a| a as char == c)
        .map(|v| v as u32)
}

/// Luhn mod 32: catches every single wrong character and almost every
/// pair of neighbours typed the wrong way round.
fn check_value(values: &[u32]) -> u32 {
    let mut sum = 0;
    for (i, &v) in values.iter().rev().enumerate() {
        let v = if i % 2 == 0 { v * 2 } else { v };
        sum += v / 32 + v % 32;
    }
    (32 - sum % 32) % 32
}

/// Bits written most significant first, then cut into five-bit values.
#[derive(Default)]
struct Bits(Vec<bool>);

impl Bits {
    fn push(&mut self, value: u32, width: u32) {
        for i in (0..width).rev() {
            self.0.push(value >> i & 1 == 1);
        }
    }

    fn into_values(self) -> Vec<u32> {
        self.0
            .chunks(5)
            .map(|c| (0..5).fold(0, |v, i| v << 1 | u32::from(c.get(i) == Some(&true))))
            .collect()
    }
}

struct Reader {
    bits: Vec<bool>,
    at: usize,
}

impl Reader {
    fn new(values: &[u32]) -> Reader {
        let bits = values
            .iter()
            .flat_map(|v| (0..5).rev().map(move |i| v >> i & 1 == 1))
            .collect();
        Reader { bits, at: 0 }
    }

    fn take(&mut self, width: usize) -> Option<u32> {
        let bits = self.bits.get(self.at..self.at + width)?;
        self.at += width;
        Some(bits.iter().fold(0, |v, &b| v << 1 | u32::from(b)))
    }

    fn only_padding(&self) -> bool {
        let rest = &self.bits[self.at.min(self.bits.len())..];
        rest.len() < 5 && rest.iter().all(|b| !b)
    }
}

#[cfg(test)]
mod tests;

/*!
What read-aloud decides, apart from the browser: which voice, which parts
of a text are Dutch, and which word to light up.

A lesson step in Arabic or English names the Dutch labels of the practice
screen ("klik op Inloggen"). Spoken by an Arabic voice those labels are
unrecognisable, yet they are exactly what the learner must find on the
screen. So a text is cut into [`Piece`]s, one utterance each: Dutch labels
go to a Dutch voice, the rest to the learner's voice. Pieces also end at
sentence ends, so a voice that reports no word positions still lets the
highlight follow sentence by sentence.

The browser reports positions in UTF-16 code units of one utterance;
[`word_span`] turns them into words of the whole text, which is what the
page shows as separate spans. Everything here is plain Rust and tested
natively; `ui::speech` does the talking.
*/

use std::ops::Range;

use super::lang::Lang;

/// Whose voice speaks a piece.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Voice {
    /// The voice of the learner's interface language.
    Learner,
    /// A Dutch voice, for Dutch labels inside another language.
    Dutch,
}

/// One utterance: a byte range of the whole text and the voice for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub range: Range<usize>,
    pub voice: Voice,
}

/// How fast the voice reads. Slow helps learners of Dutch and people who
/// read along word by word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Pace {
    #[default]
    Normal,
    Slow,
}

impl Pace {
    pub const ALL: [Pace; 2] = [Pace::Normal, Pace::Slow];

    /// `SpeechSynthesisUtterance.rate`: a little under the default 1.0 even
    /// at normal pace, because default voices read fast.
    pub fn rate(self) -> f32 {
        match self {
            Pace::Normal => 0.9,
            Pace::Slow => 0.6,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Pace::Normal => "normal",
            Pace::Slow => "slow",
        }
    }
}

/// The tag a voice for `lang` ideally has: Dutch as spoken in the
/// Netherlands, English as taught here, Arabic without a region, the
/// others as spoken where most of their speakers live.
fn home_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "nl-nl",
        Lang::En => "en-gb",
        Lang::Ar => "ar",
        Lang::Tr => "tr-tr",
        Lang::Pl => "pl-pl",
        Lang::Uk => "uk-ua",
        Lang::Fa => "fa-ir",
    }
}

/// Whether `lang` is written in Latin script. When it is not, Latin words
/// in its texts are the Dutch labels they quote.
fn latin_script(lang: Lang) -> bool {
    match lang {
        Lang::Nl | Lang::En | Lang::Tr | Lang::Pl => true,
        Lang::Ar | Lang::Uk | Lang::Fa => false,
    }
}

/// Picks the best voice for `lang` from `(tag, local)` pairs, in the
/// browser's order; `None` when no voice speaks the language at all.
///
/// A voice on the device beats a voice on a server: it works offline and
/// sends nothing away. Then the exact tag (`nl-NL`) beats the bare language
/// (`nl`), which beats another region of the family (`nl-BE`). Ties keep the
/// browser's order, which puts its default first.
pub fn pick_voice<S: AsRef<str>>(voices: &[(S, bool)], lang: Lang) -> Option<usize> {
    let home = home_tag(lang);
    let score = |tag: &str, local: bool| {
        let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
        if Lang::from_tag(&tag) != Some(lang) {
            return None;
        }
        let exactness = if tag == home {
            3
        } else if tag == lang.code() {
            2
        } else {
            1
        };
        Some(exactness + if local { 10 } else { 0 })
    };
    voices
        .iter()
        .enumerate()
        .filter_map(|(i, (tag, local))| score(tag.as_ref(), *local).map(|s| (s, i)))
        // max_by_key keeps the last of equals; reverse order keeps the first.
        .max_by_key(|&(s, i)| (s, std::cmp::Reverse(i)))
        .map(|(_, i)| i)
}

fn is_latin_letter(c: char) -> bool {
    c.is_alphabetic() && (c.is_ascii() || ('\u{c0}'..='\u{24f}').contains(&c))
}

fn is_other_letter(c: char) -> bool {
    c.is_alphabetic() && !is_latin_letter(c)
}

/// Text that reads as Dutch inside another language: some Latin letters,
/// no letters of another script.
fn looks_latin(s: &str) -> bool {
    s.chars().any(is_latin_letter) && !s.chars().any(is_other_letter)
}

/// `range` without leading and trailing characters that are not letters or
/// digits (quotes, full stops, commas).
fn trim_to_alnum(text: &str, range: Range<usize>) -> Range<usize> {
    let part = &text[range.clone()];
    let start = part
        .char_indices()
        .find(|(_, c)| c.is_alphanumeric())
        .map_or(part.len(), |(i, _)| i);
    let end = part
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_alphanumeric())
        .map_or(start, |(i, c)| i + c.len_utf8());
    range.start + start..range.start + end.max(start)
}

/// The words of `text` as byte ranges: runs without whitespace. The page
/// shows each as its own span, so one can be lit up.
pub fn words(text: &str) -> Vec<Range<usize>> {
    let mut out = vec![];
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '…')
}

/// The sentences of `text` as byte ranges, without the spaces between
/// them. A full stop inside a word (`noor.oefen`) ends nothing.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = vec![];
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_space = chars.peek().is_none_or(|&(_, n)| n.is_whitespace());
        if ends_sentence(c) && next_is_space {
            out.push(start..i + c.len_utf8());
            start = i + c.len_utf8();
        }
    }
    out.push(start..text.len());
    out.into_iter()
        .map(|r| {
            let part = &text[r.clone()];
            let lead = part.len() - part.trim_start().len();
            r.start + lead..r.start + part.trim_end().len()
        })
        .filter(|r| !r.is_empty())
        .collect()
}

/// Byte offset in `text` of UTF-16 offset `utf16` inside the piece that
/// starts at byte `piece_start`.
fn byte_at(text: &str, piece_start: usize, utf16: u32) -> usize {
    let mut units = 0u32;
    for (i, c) in text[piece_start..].char_indices() {
        if units >= utf16 {
            return piece_start + i;
        }
        units += c.len_utf16() as u32;
    }
    text.len()
}

/// The words (indices into [`words`]) a `boundary` event names: it came
/// from the utterance of `piece` with `char_index` and `char_length` in
/// UTF-16 units of that utterance's text. A length of 0 means "the word
/// that starts here".
pub fn word_span(
    text: &str,
    piece: &Range<usize>,
    char_index: u32,
    char_length: u32,
) -> Option<Range<usize>> {
    let all = words(text);
    let start = byte_at(text, piece.start, char_index).min(piece.end);
    let end = if char_length == 0 {
        start + 1
    } else {
        byte_at(text, piece.start, char_index + char_length).min(piece.end)
    };
    let first = all.iter().position(|w| w.end > start)?;
    if all[first].start >= piece.end {
        return None;
    }
    let last = all
        .iter()
        .rposition(|w| w.start < end.max(all[first].start + 1))
        .unwrap_or(first)
        .max(first);
    Some(first..last + 1)
}

/// The words (indices into [`words`]) of the sentence around byte `at`: lit
/// up when the voice reports no words.
pub fn sentence_words(text: &str, at: usize) -> Range<usize> {
    let all = words(text);
    let sentence = sentences(text)
        .into_iter()
        .find(|s| at < s.end)
        .unwrap_or(0..text.len());
    let first = all.iter().position(|w| w.end > sentence.start);
    let last = all.iter().rposition(|w| w.start < sentence.end);
    match (first, last) {
        (Some(f), Some(l)) if f <= l => f..l + 1,
        _ => 0..0,
    }
}

mod dutch;
pub mod fallback;
pub mod recorded;

pub use dutch::pieces;

#[cfg(test)]
mod tests;

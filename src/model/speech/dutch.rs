/*!
Which parts of a lesson text a Dutch voice reads: the practice screen's
labels, quoted or not. A learner reading in Arabic or English must hear
"Inloggen" the way the screen writes it, or they cannot find it. Kept
apart from the rest of read-aloud because it is the one part that guesses
at language, with its own rules for each kind of script.
*/

use std::ops::Range;

use super::{
    ends_sentence, latin_script, looks_latin, sentences, trim_to_alnum, words, Piece, Voice,
};
use crate::model::lang::Lang;

/// Opening quote → closing quote, as lesson texts may use them.
const QUOTES: [(char, char); 6] = [
    ('“', '”'),
    ('„', '”'),
    ('„', '“'),
    ('«', '»'),
    ('‘', '’'),
    ('"', '"'),
];

/// Byte ranges of quoted Dutch: the inside of quotes that holds Latin text.
fn quoted_dutch(text: &str) -> Vec<Range<usize>> {
    let mut out = vec![];
    let mut from = 0;
    while let Some((open_at, open)) = text[from..]
        .char_indices()
        .find(|(_, c)| QUOTES.iter().any(|(o, _)| o == c))
        .map(|(i, c)| (from + i, c))
    {
        let inner = open_at + open.len_utf8();
        let close = QUOTES
            .iter()
            .filter(|(o, _)| *o == open)
            .filter_map(|(_, c)| text[inner..].find(*c).map(|i| (inner + i, *c)))
            .min_by_key(|&(i, _)| i);
        let Some((close_at, close)) = close else {
            from = inner;
            continue;
        };
        if looks_latin(&text[inner..close_at]) {
            out.push(trim_to_alnum(text, inner..close_at));
        }
        from = close_at + close.len_utf8();
    }
    out
}

/// Byte ranges of runs of Latin words (with the numbers between them) in a
/// text written in another script.
fn latin_runs(text: &str) -> Vec<Range<usize>> {
    let words = words(text);
    let mut out: Vec<Range<usize>> = vec![];
    let mut run: Option<Range<usize>> = None;
    for w in words {
        let word = &text[w.clone()];
        if looks_latin(word) {
            // Numbers between two Latin words join the run ("5 minuten").
            run = Some(match run {
                Some(r) => r.start..w.end,
                None => w.clone(),
            });
        } else if word.chars().any(char::is_alphabetic) {
            out.extend(run.take());
        }
    }
    out.extend(run);
    out.into_iter()
        .map(|r| trim_to_alnum(text, r))
        .filter(|r| !r.is_empty())
        .collect()
}

/// A word as compared with the Dutch text: without a sentence end.
fn bare(word: &str) -> &str {
    word.trim_end_matches(ends_sentence)
}

/// Words English and Dutch both use in ordinary sentences ("Your DigiD is
/// active" / "Je DigiD is actief"): a label never continues with them.
const SHARED_WORDS: [&str; 3] = ["is", "in", "was"];

/// Whether word `i` of `ws` (words of `text`) starts a sentence.
fn starts_sentence(text: &str, ws: &[Range<usize>], i: usize) -> bool {
    i == 0 || text[ws[i - 1].clone()].ends_with(ends_sentence)
}

/// Byte ranges of the Dutch labels a Latin-script text shares with the
/// Dutch text it was translated from ("Tap Ja, inloggen." / "Tik op Ja,
/// inloggen."): a run of words that starts with a capital inside a Dutch
/// sentence (where Dutch capitalises only names and labels) and then
/// follows the Dutch text word for word.
fn shared_labels(text: &str, original: &str) -> Vec<Range<usize>> {
    let own = words(text);
    let theirs = words(original);
    let same =
        |i: usize, j: usize| bare(&text[own[i].clone()]) == bare(&original[theirs[j].clone()]);
    let run_from = |i: usize, j: usize| {
        let mut n = 1;
        while i + n < own.len()
            && j + n < theirs.len()
            && !starts_sentence(text, &own, i + n)
            && same(i + n, j + n)
            && !SHARED_WORDS.contains(&bare(&text[own[i + n].clone()]))
        {
            n += 1;
        }
        n
    };
    let mut out = vec![];
    let mut i = 0;
    while i < own.len() {
        let capital = text[own[i].clone()]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        let longest = (capital && !starts_sentence(text, &own, i))
            .then(|| {
                (0..theirs.len())
                    .filter(|&j| !starts_sentence(original, &theirs, j) && same(i, j))
                    .map(|j| run_from(i, j))
                    .max()
            })
            .flatten();
        match longest {
            Some(n) => {
                out.push(trim_to_alnum(text, own[i].start..own[i + n - 1].end));
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// Cuts `text`, a text in `learner`'s language, into utterances: at every
/// sentence end and around every Dutch label, which a Dutch voice reads.
/// `original` is the Dutch text `text` was translated from (or empty): a
/// label the two share is Dutch even without quotes. Pieces with nothing to
/// say (a lone full stop) are left out.
pub fn pieces(text: &str, learner: Lang, original: &str) -> Vec<Piece> {
    let mut dutch = if learner == Lang::Nl {
        vec![]
    } else {
        quoted_dutch(text)
    };
    if learner == Lang::Nl {
        // Everything is Dutch already.
    } else if latin_script(learner) {
        dutch.extend(shared_labels(text, original));
    } else {
        dutch.extend(latin_runs(text));
    }
    let mut cuts: Vec<usize> = vec![0, text.len()];
    cuts.extend(sentences(text).into_iter().map(|s| s.end));
    cuts.extend(dutch.iter().flat_map(|d| [d.start, d.end]));
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .filter_map(|w| {
            let range = w[0]..w[1];
            let voice = if dutch
                .iter()
                .any(|d| d.start <= range.start && range.end <= d.end)
            {
                Voice::Dutch
            } else {
                Voice::Learner
            };
            // Quote marks left at either end of a piece are not read.
            let edge =
                |c: char| c.is_whitespace() || matches!(c, '“' | '”' | '«' | '»' | '„' | '"');
            let part = &text[range.clone()];
            let lead = part.len() - part.trim_start_matches(edge).len();
            let range = range.start + lead..range.start + part.trim_end_matches(edge).len();
            (range.start < range.end && text[range.clone()].chars().any(char::is_alphanumeric))
                .then_some(Piece { range, voice })
        })
        .collect()
}

/*!
What read-aloud does with the voices a device has. Many phones have no
voice for Persian or Ukrainian (some none at all), yet the Dutch labels a
step names are what the learner must find on the screen: with no voice in
the learner's language but a Dutch one, read-aloud says just the Dutch
labels, and the page says so kindly.
*/

use super::{pieces, Piece, Voice};
use crate::model::lang::Lang;

/// Where a host puts a recording of a lesson step's text in the language
/// `code` (`opnames/fa/digid-web/3.mp3`, beside `index.html`): played
/// instead of speech synthesis when it is there. For languages whose voices
/// devices lack, recorded by someone who speaks it: an interface language,
/// or one the host lists ([`super::recorded`]); a missing file is no problem.
pub fn recording(code: &str, lesson: &str, step_number: usize) -> String {
    format!("/opnames/{code}/{lesson}/{step_number}.mp3")
}

/// What to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reading {
    /// The whole text: the learner's voice, Dutch labels by a Dutch voice.
    All(Vec<Piece>),
    /// Only the Dutch labels, by a Dutch voice: no voice speaks the
    /// learner's language.
    DutchOnly(Vec<Piece>),
    /// Nothing can be read.
    Nothing,
}

/// Decides what to read of `text` (in `learner`'s language, translated from
/// `original`) when the device has a voice for the learner's language
/// (`own`) and a Dutch one (`dutch`).
pub fn reading(text: &str, learner: Lang, original: &str, own: bool, dutch: bool) -> Reading {
    if own {
        return Reading::All(pieces(text, learner, original));
    }
    if !dutch || learner == Lang::Nl {
        return Reading::Nothing;
    }
    let labels: Vec<Piece> = pieces(text, learner, original)
        .into_iter()
        .filter(|p| p.voice == Voice::Dutch)
        .collect();
    if labels.is_empty() {
        Reading::Nothing
    } else {
        Reading::DutchOnly(labels)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(text: &str, reading: &Reading) -> Vec<String> {
        match reading {
            Reading::All(p) | Reading::DutchOnly(p) => {
                p.iter().map(|p| text[p.range.clone()].to_owned()).collect()
            }
            Reading::Nothing => vec![],
        }
    }

    #[test]
    fn without_a_voice_in_the_language_only_the_dutch_labels_are_read() {
        let text = "روی «Inloggen» کلیک کن.";
        let check = |own: bool, dutch: bool, kind: &str, want: &[&str]| {
            let r = reading(text, Lang::Fa, "", own, dutch);
            let got = match r {
                Reading::All(_) => "all",
                Reading::DutchOnly(_) => "dutch-only",
                Reading::Nothing => "nothing",
            };
            assert_eq!(
                (got, said(text, &r)),
                (kind, want.iter().map(|s| s.to_string()).collect()),
                "own {own}, dutch {dutch}"
            );
        };
        check(false, true, "dutch-only", &["Inloggen"]);
        check(false, false, "nothing", &[]);
        let all = reading(text, Lang::Fa, "", true, false);
        assert!(
            matches!(all, Reading::All(ref p) if p.len() >= 2),
            "{all:?}"
        );
    }

    #[test]
    fn recordings_have_one_place_per_language_lesson_and_step() {
        assert_eq!(
            recording(Lang::Fa.code(), "digid-web", 3),
            "/opnames/fa/digid-web/3.mp3"
        );
        assert_eq!(recording("ti", "gp-book", 11), "/opnames/ti/gp-book/11.mp3");
    }

    #[test]
    fn a_text_with_no_dutch_label_and_no_voice_reads_nothing() {
        assert_eq!(
            reading("Гарна робота!", Lang::Uk, "Goed gedaan!", false, true),
            Reading::Nothing
        );
    }

    #[test]
    fn dutch_without_a_dutch_voice_reads_nothing() {
        assert_eq!(
            reading("Klik op “Inloggen”.", Lang::Nl, "", false, true),
            Reading::Nothing
        );
    }
}

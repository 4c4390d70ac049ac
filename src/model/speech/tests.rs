//! Read-aloud rules, table by table; every row goes through [`check`].

use super::*;

/// Compares one row of a table and says which row failed.
fn check<T: PartialEq + std::fmt::Debug>(row: &str, got: T, want: T) {
    assert_eq!(got, want, "row: {row}");
}

/// Pieces as (text, voice), easier to read than byte ranges.
fn spoken<'a>(text: &'a str, lang: Lang, original: &str) -> Vec<(&'a str, Voice)> {
    pieces(text, lang, original)
        .into_iter()
        .map(|p| (&text[p.range], p.voice))
        .collect()
}

/// (text, language, expected pieces)
type PieceRow = (&'static str, Lang, &'static [(&'static str, Voice)]);
/// (English, Dutch original, expected pieces)
type LabelRow = (&'static str, &'static str, &'static [(&'static str, Voice)]);
/// (row, voices as (tag, local), language, expected pick)
type VoiceRow = (
    &'static str,
    &'static [(&'static str, bool)],
    Lang,
    Option<usize>,
);
/// (row, text, piece text, char index, char length, lit words)
type BoundaryRow = (
    &'static str,
    &'static str,
    &'static str,
    u32,
    u32,
    Option<Range<usize>>,
);

const D: Voice = Voice::Dutch;
const L: Voice = Voice::Learner;

#[test]
fn texts_are_cut_into_sentences_and_dutch_labels() {
    let rows: &[PieceRow] = &[
        // Dutch is read in Dutch, sentence by sentence.
        (
            "Typ je gebruikersnaam in het vak Gebruikersnaam. Die staat op je oefenkaart.",
            Lang::Nl,
            &[
                ("Typ je gebruikersnaam in het vak Gebruikersnaam.", L),
                ("Die staat op je oefenkaart.", L),
            ],
        ),
        // A dot inside a word ends no sentence.
        (
            "Typ noor.oefen. Let op de punt.",
            Lang::Nl,
            &[("Typ noor.oefen.", L), ("Let op de punt.", L)],
        ),
        // Arabic: the Latin words are the Dutch labels.
        (
            "اكتب اسم المستخدم في خانة Gebruikersnaam. تجده على بطاقة التدريب.",
            Lang::Ar,
            &[
                ("اكتب اسم المستخدم في خانة", L),
                ("Gebruikersnaam", D),
                ("تجده على بطاقة التدريب.", L),
            ],
        ),
        // Several Latin words (and a comma) are one label.
        (
            "انقر على Ja, inloggen.",
            Lang::Ar,
            &[("انقر على", L), ("Ja, inloggen", D)],
        ),
        // Numbers between Latin words belong to the label; around it, not.
        (
            "انقر على زر 5 minuten later بجانب الهاتف.",
            Lang::Ar,
            &[
                ("انقر على زر 5", L),
                ("minuten later", D),
                ("بجانب الهاتف.", L),
            ],
        ),
        // Quoted Arabic stays Arabic.
        (
            "انقر على «بعد 3 أيام».",
            Lang::Ar,
            &[("انقر على «بعد 3 أيام».", L)],
        ),
        // Quoted Dutch, in guillemets or curly quotes, goes to a Dutch voice.
        (
            "انقر على «Inloggen» الآن.",
            Lang::Ar,
            // The quote marks are not read: they stay out of the pieces.
            &[("انقر على", L), ("Inloggen", D), ("الآن.", L)],
        ),
        (
            "Click “Met een sms-code”. Then wait.",
            Lang::En,
            // "”." says nothing, so it is left out.
            &[("Click", L), ("Met een sms-code", D), ("Then wait.", L)],
        ),
        (
            "Click \"Inloggen\" now.",
            Lang::En,
            &[("Click", L), ("Inloggen", D), ("now.", L)],
        ),
        // Unquoted English keeps its one voice (labels cannot be told apart).
        (
            "Click the button Inloggen.",
            Lang::En,
            &[("Click the button Inloggen.", L)],
        ),
        // In Dutch, quotes change nothing.
        (
            "Klik op “Inloggen”.",
            Lang::Nl,
            &[("Klik op “Inloggen”.", L)],
        ),
        // An unclosed quote is just a character.
        ("Click “Inloggen.", Lang::En, &[("Click “Inloggen.", L)]),
        ("", Lang::Ar, &[]),
    ];
    for (text, lang, want) in rows {
        check(text, spoken(text, *lang, ""), want.to_vec());
    }
}

#[test]
fn english_shares_its_labels_with_the_dutch_original() {
    let rows: &[LabelRow] = &[
        (
            "Type your username in the box Gebruikersnaam. It is on your practice card.",
            "Typ je gebruikersnaam in het vak Gebruikersnaam. Die staat op je oefenkaart.",
            &[
                ("Type your username in the box", L),
                ("Gebruikersnaam", D),
                ("It is on your practice card.", L),
            ],
        ),
        (
            "Tap Ja, inloggen.",
            "Tik op Ja, inloggen.",
            &[("Tap", L), ("Ja, inloggen", D)],
        ),
        (
            "Well done! Tap Terug naar Mijn Oefenzorg.",
            "Gelukt! Tik op Terug naar Mijn Oefenzorg.",
            &[
                ("Well done!", L),
                ("Tap", L),
                ("Terug naar Mijn Oefenzorg", D),
            ],
        ),
        // A capital at the start of a sentence is no label, in either text.
        (
            "Open the app. Kies later.",
            "Kies Open. Open de app.",
            &[("Open the app.", L), ("Kies later.", L)],
        ),
        // Lower case shared words are no label ("code", "in").
        (
            "Type the code in the box.",
            "Typ de code in het vak.",
            &[("Type the code in the box.", L)],
        ),
        // A label does not go on with words both languages use.
        (
            "Your DigiD is active!",
            "Je DigiD is actief!",
            &[("Your", L), ("DigiD", D), ("is active!", L)],
        ),
        // The run stops where the texts part.
        (
            "The DigiD app opens by itself.",
            "De DigiD app gaat vanzelf open.",
            &[("The", L), ("DigiD app", D), ("opens by itself.", L)],
        ),
    ];
    for (text, original, want) in rows {
        check(text, spoken(text, Lang::En, original), want.to_vec());
    }
    // Arabic and Dutch do not use the original.
    check(
        "Dutch",
        spoken("Klik op Inloggen.", Lang::Nl, "Klik op Inloggen."),
        vec![("Klik op Inloggen.", L)],
    );
}

#[test]
fn the_best_voice_is_local_and_exact() {
    let rows: &[VoiceRow] = &[
        ("none", &[], Lang::Nl, None),
        (
            "other languages only",
            &[("en-US", true), ("de-DE", true)],
            Lang::Nl,
            None,
        ),
        (
            "exact beats family",
            &[("nl-BE", true), ("nl-NL", true)],
            Lang::Nl,
            Some(1),
        ),
        (
            "bare beats other region",
            &[("nl-BE", true), ("nl", true)],
            Lang::Nl,
            Some(1),
        ),
        (
            "family when nothing else",
            &[("en-US", true), ("nl-BE", true)],
            Lang::Nl,
            Some(1),
        ),
        (
            "local beats remote",
            &[("nl-NL", false), ("nl-BE", true)],
            Lang::Nl,
            Some(1),
        ),
        (
            "remote when nothing else",
            &[("fr-FR", true), ("nl-NL", false)],
            Lang::Nl,
            Some(1),
        ),
        (
            "first of equals",
            &[("ar-EG", true), ("ar-SA", true)],
            Lang::Ar,
            Some(0),
        ),
        (
            "bare Arabic first",
            &[("ar-EG", true), ("ar", true)],
            Lang::Ar,
            Some(1),
        ),
        (
            "case and underscore",
            &[("en-US", true), ("EN_gb", true)],
            Lang::En,
            Some(1),
        ),
        (
            "not a prefix match",
            &[("nds", true), ("arn", true)],
            Lang::Nl,
            None,
        ),
    ];
    for (row, voices, lang, want) in rows {
        check(row, pick_voice(voices, *lang), *want);
    }
}

#[test]
fn boundaries_light_up_words_of_the_whole_text() {
    let ar = "انقر على زر Inloggen. وهكذا";
    let nl = "Klik op Inloggen. Dan ben je binnen!";
    let rows: &[BoundaryRow] = &[
        ("first word", nl, "Klik op Inloggen.", 0, 4, Some(0..1)),
        ("third word", nl, "Klik op Inloggen.", 8, 8, Some(2..3)),
        ("no length", nl, "Klik op Inloggen.", 5, 0, Some(1..2)),
        (
            "on a space: next word",
            nl,
            "Klik op Inloggen.",
            4,
            0,
            Some(1..2),
        ),
        (
            "two words at once",
            nl,
            "Klik op Inloggen.",
            0,
            7,
            Some(0..2),
        ),
        (
            "second sentence",
            nl,
            "Dan ben je binnen!",
            4,
            3,
            Some(4..5),
        ),
        ("past the end", nl, "Klik op Inloggen.", 99, 1, None),
        // Arabic letters are one UTF-16 unit each; "زر" starts at 9.
        ("Arabic", ar, "انقر على زر", 9, 2, Some(2..3)),
        ("Dutch piece in Arabic", ar, "Inloggen", 0, 8, Some(3..4)),
        ("after the Dutch piece", ar, "وهكذا", 0, 5, Some(4..5)),
    ];
    for (row, text, piece, index, length, want) in rows {
        let start = text.find(piece).expect("piece is in the text");
        let range = start..start + piece.len();
        check(row, word_span(text, &range, *index, *length), want.clone());
    }
}

#[test]
fn emoji_count_two_utf16_units() {
    let text = "Klik 👍 hier";
    check("emoji", word_span(text, &(0..text.len()), 8, 4), Some(2..3));
}

#[test]
fn sentences_and_their_words() {
    let text = "Lees de rode melding. Typ nu het goede wachtwoord!  Klaar";
    check(
        "sentences",
        sentences(text)
            .into_iter()
            .map(|r| &text[r])
            .collect::<Vec<_>>(),
        vec![
            "Lees de rode melding.",
            "Typ nu het goede wachtwoord!",
            "Klaar",
        ],
    );
    let second = text.find("Typ").expect("in text");
    let rows: &[(&str, usize, Range<usize>)] = &[
        ("start", 0, 0..4),
        ("second sentence", second, 4..9),
        ("space before it", second - 1, 4..9),
        ("last", text.len() - 1, 9..10),
    ];
    for (row, at, want) in rows {
        check(row, sentence_words(text, *at), want.clone());
    }
    check(
        "Arabic question",
        sentences("هل تريد؟ نعم"),
        vec![0..15, 16..22],
    );
    check("empty", sentence_words("", 0), 0..0);
}

#[test]
fn pace_is_a_rate() {
    check("normal", Pace::Normal.rate(), 0.9);
    check("slow", Pace::Slow.rate(), 0.6);
    check("default", Pace::default(), Pace::Normal);
    check(
        "json",
        serde_json::to_string(&Pace::Slow).ok(),
        Some("\"slow\"".into()),
    );
}

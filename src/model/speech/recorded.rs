/*!
Read-aloud recorded in a language the interface does not speak (Tigrinya,
Tarifit, Somali, ...): few devices have voices for those, and someone who
speaks the language can record the steps more easily than translate every
text. The host lists the languages in `opnames/talen.json`, beside
`index.html`:

```json
{ "talen": [ { "code": "ti", "naam": "ትግርኛ (Tigrinya)" } ] }
```

and puts one file per step where [`super::fallback::recording`] says
(`opnames/ti/digid-web/1.mp3`). A learner chooses the language in Settings;
"Lees voor" then plays those recordings, and reads as usual where a step has
none. The file is read forgivingly: a broken entry is left out, a broken or
missing file lists nothing (and Settings shows no choice).
*/

use serde_json::Value;

/// Where the host lists the recorded languages.
pub const FILE: &str = "/opnames/talen.json";

/// At most this many languages are offered.
pub const MAX: usize = 20;

/// Longest name shown, in characters.
const MAX_NAME: usize = 60;

/// A language the host has recordings in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recorded {
    /// Its code, part of the recordings' path (`ti`).
    pub code: String,
    /// Its name as the host wrote it, best in its own script.
    pub name: String,
}

/// A language code that is safe in a file path: two or three lower-case
/// letters (ISO 639-1 or 639-3), nothing else.
pub fn is_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// Reads `opnames/talen.json`.
pub fn parse(text: &str) -> Vec<Recorded> {
    let Ok(doc) = serde_json::from_str::<Value>(text) else {
        return vec![];
    };
    let Some(items) = doc.get("talen").and_then(Value::as_array) else {
        return vec![];
    };
    let mut languages: Vec<Recorded> = vec![];
    for item in items {
        let field = |name| item.get(name).and_then(Value::as_str).map(str::trim);
        let (Some(code), Some(name)) = (field("code"), field("naam")) else {
            continue;
        };
        if !is_code(code) || name.is_empty() || languages.iter().any(|l| l.code == code) {
            continue;
        }
        languages.push(Recorded {
            code: code.to_owned(),
            name: name.chars().take(MAX_NAME).collect(),
        });
        if languages.len() == MAX {
            break;
        }
    }
    languages
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<String> {
        parse(text).into_iter().map(|l| l.code).collect()
    }

    #[test]
    fn the_example_is_read() {
        let got = parse(
            r#"{"talen":[{"code":"ti","naam":" ትግርኛ (Tigrinya) "},{"code":"so","naam":"Soomaali"}]}"#,
        );
        assert_eq!(
            got,
            vec![
                Recorded {
                    code: "ti".into(),
                    name: "ትግርኛ (Tigrinya)".into()
                },
                Recorded {
                    code: "so".into(),
                    name: "Soomaali".into()
                },
            ]
        );
    }

    #[test]
    fn a_broken_entry_is_left_out_and_the_rest_kept() {
        let text = r#"{"talen":[
            {"code":"../x","naam":"pad"}, {"code":"TI","naam":"hoofdletters"}, {"code":"t","naam":"kort"},
            {"code":"abcd","naam":"lang"}, {"code":"ti","naam":""}, {"code":"ti"}, {"naam":"geen code"},
            {"code":7,"naam":"getal"}, "tekst", null,
            {"code":"rif","naam":"Tarifit"}, {"code":"rif","naam":"nog eens"}]}"#;
        assert_eq!(codes(text), ["rif"]);
    }

    #[test]
    fn a_broken_file_lists_nothing() {
        for text in [
            "",
            "{kapot",
            "[]",
            "null",
            r#"{"talen":"ti"}"#,
            r#"{"languages":[]}"#,
        ] {
            assert_eq!(parse(text), vec![], "{text:?}");
        }
    }

    #[test]
    fn long_names_are_cut_and_long_lists_too() {
        let name = "ትግርኛ".repeat(40);
        let got = parse(&format!(r#"{{"talen":[{{"code":"ti","naam":"{name}"}}]}}"#));
        assert_eq!(got[0].name.chars().count(), MAX_NAME);
        let many: Vec<String> = (b'a'..=b'z')
            .map(|c| format!(r#"{{"code":"x{}","naam":"x"}}"#, c as char))
            .collect();
        assert_eq!(
            parse(&format!(r#"{{"talen":[{}]}}"#, many.join(","))).len(),
            MAX
        );
    }

    #[test]
    fn only_plain_codes_can_be_paths() {
        for code in ["ti", "rif", "so"] {
            assert!(is_code(code), "{code}");
        }
        for code in ["", "t", "abcd", "../", "t/", "Ti", "ti ", "é", "t1"] {
            assert!(!is_code(code), "{code:?}");
        }
    }
}

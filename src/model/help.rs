/*!
Help places a host (a library, a community centre) adds without rebuilding.

The host edits `public/hulp.json`; the help page fetches it and shows the
places above the general help. The file is written by hand, so reading it
is forgiving: unknown fields are ignored, text is trimmed and shortened,
places without a name are skipped, and a broken file yields an error the
page explains while still showing the general help.
*/

use serde::Deserialize;

/// At most this many places are shown.
pub const MAX_PLACES: usize = 12;
/// Longer text is cut here, so one mistake cannot flood the page.
pub const MAX_CHARS: usize = 600;

/// One place where a learner gets help from a person.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Place {
    pub name: String,
    pub text: String,
    pub address: String,
    pub phone: String,
    pub hours: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RawFile {
    places: Vec<RawPlace>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RawPlace {
    name: Option<String>,
    text: Option<String>,
    address: Option<String>,
    phone: Option<String>,
    hours: Option<String>,
}

/// Why the host's file could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HelpFileError(pub String);

/// Parses the host's help file.
pub fn parse(text: &str) -> Result<Vec<Place>, HelpFileError> {
    let text = text.trim_start_matches('\u{feff}');
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| HelpFileError(e.to_string()))?;
    if !value.is_object() {
        return Err(HelpFileError("the file must be one JSON object".into()));
    }
    let raw: RawFile = serde_json::from_value(value).map_err(|e| HelpFileError(e.to_string()))?;
    Ok(raw
        .places
        .into_iter()
        .filter_map(|p| {
            let name = clean(p.name);
            (!name.is_empty()).then(|| Place {
                name,
                text: clean(p.text),
                address: clean(p.address),
                phone: clean(p.phone),
                hours: clean(p.hours),
            })
        })
        .take(MAX_PLACES)
        .collect())
}

fn clean(value: Option<String>) -> String {
    let value = value.unwrap_or_default();
    let trimmed = value.trim();
    match trimmed.char_indices().nth(MAX_CHARS) {
        Some((cut, _)) => format!("{}…", &trimmed[..cut]),
        None => trimmed.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_shipped_file() {
        let text = std::fs::read_to_string("public/hulp.json").unwrap();
        assert!(parse(&text).is_ok());
    }

    #[test]
    fn reads_places_and_ignores_what_it_does_not_know() {
        let places = parse(
            r#"{"uitleg":"x","places":[
                {"name":" Bibliotheek Zuid ","phone":"010 123","opening":"?"},
                {"name":"   "},
                {"text":"no name"}
            ]}"#,
        )
        .unwrap();
        assert_eq!(places.len(), 1);
        assert_eq!(places[0].name, "Bibliotheek Zuid");
        assert_eq!(places[0].phone, "010 123");
        assert_eq!(places[0].hours, "");
    }

    #[test]
    fn broken_files_are_errors() {
        for text in [
            "",
            "{",
            "[]",
            r#"{"places":"x"}"#,
            r#"{"places":[{"name":5}]}"#,
        ] {
            assert!(parse(text).is_err(), "{text:?}");
        }
    }

    #[test]
    fn long_text_is_cut_and_places_are_capped() {
        let long = "é".repeat(MAX_CHARS * 3);
        let many: Vec<String> = (0..40)
            .map(|i| format!(r#"{{"name":"P{i}","text":"{long}"}}"#))
            .collect();
        let places = parse(&format!(r#"{{"places":[{}]}}"#, many.join(","))).unwrap();
        assert_eq!(places.len(), MAX_PLACES);
        assert_eq!(places[0].text.chars().count(), MAX_CHARS + 1);
    }

    #[test]
    fn a_byte_order_mark_is_fine() {
        assert!(parse("\u{feff}{\"places\":[]}").is_ok());
    }
}

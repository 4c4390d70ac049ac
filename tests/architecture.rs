//! The invariants from ARCHITECTURE.md, checked mechanically:
//! models are plain Rust, only the storage module touches localStorage, and
//! no Rust file grows past reading in one go.

use std::{fs, path::Path};

fn rust_files(dir: &Path, out: &mut Vec<String>) {
    for entry in fs::read_dir(dir).expect("readable src") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path.to_string_lossy().replace('\\', "/"));
        }
    }
}

/// The code of a file without its comments, so docs may name what code may not use.
fn code_only(text: &str) -> String {
    let mut code = String::new();
    let mut in_block = false;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if in_block || trimmed.starts_with("/*") {
            in_block = !trimmed.contains("*/");
        } else if !trimmed.starts_with("//") {
            code.push_str(line);
            code.push('\n');
        }
    }
    code
}

fn sources() -> Vec<(String, String)> {
    let mut files = vec![];
    rust_files(Path::new("src"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let text = fs::read_to_string(&f).expect("readable file");
            (f, code_only(&text))
        })
        .collect()
}

/// Lists files under `scope` (except `allowed`) that mention any of `words`.
fn offenders(scope: &str, allowed: &[&str], words: &[&str]) -> Vec<String> {
    sources()
        .into_iter()
        .filter(|(f, _)| f.starts_with(scope) && !allowed.contains(&f.as_str()))
        .filter_map(|(f, text)| {
            let hits: Vec<_> = words.iter().filter(|w| text.contains(**w)).collect();
            (!hits.is_empty()).then(|| format!("{f}: {hits:?}"))
        })
        .collect()
}

fn check(scope: &str, allowed: &[&str], words: &[&str]) {
    let found = offenders(scope, allowed, words);
    assert!(found.is_empty(), "invariant broken in {found:#?}");
}

const BROWSER_CRATES: &[&str] = &["leptos", "web_sys", "js_sys", "wasm_bindgen"];
const STORAGE_APIS: &[&str] = &[
    ".local_storage(",
    ".session_storage(",
    "localStorage",
    "sessionStorage",
    "gloo_storage",
    "web_sys::Storage",
    "Storage,",
];

#[test]
fn models_are_plain_rust() {
    check("src/model/", &[], BROWSER_CRATES);
    check("src/i18n.rs", &[], BROWSER_CRATES);
    check("src/lesson.rs", &[], BROWSER_CRATES);
    check("src/practice/", &[], BROWSER_CRATES);
    check("src/store/", &["src/store/browser.rs"], BROWSER_CRATES);
}

#[test]
fn only_the_storage_module_touches_local_storage() {
    check("src/", &["src/store/browser.rs"], STORAGE_APIS);
}

#[test]
fn the_checks_can_fail() {
    assert!(!offenders("src/store/", &[], &["web_sys"]).is_empty());
    assert!(!offenders("src/", &[], STORAGE_APIS).is_empty());
    assert_eq!(
        code_only("/*!\nleptos\n*/\n// web_sys\nfn x() {}"),
        "fn x() {}\n"
    );
}

/// Files that read in one go: a file past the limit is split by concern
/// (its tests beside it in `<module>/tests.rs` and `tests/`).
const MAX_LINES: usize = 400;

#[test]
fn rust_files_stay_short() {
    let mut files = vec![];
    for dir in ["src", "tests"] {
        rust_files(Path::new(dir), &mut files);
    }
    let long: Vec<String> = files
        .into_iter()
        .filter_map(|f| {
            let lines = fs::read_to_string(&f)
                .expect("readable file")
                .lines()
                .count();
            (lines > MAX_LINES).then(|| format!("{f}: {lines} lines"))
        })
        .collect();
    assert!(long.is_empty(), "over {MAX_LINES} lines: {long:#?}");
}

#[test]
fn main_stays_tiny() {
    let main = fs::read_to_string("src/main.rs").expect("main.rs");
    assert!(
        main.lines().count() <= 5,
        "main.rs should only call the library"
    );
}

/// The page shown without JavaScript cannot use Fluent at run time, so its
/// text is copied into index.html; this keeps the copy true.
#[test]
fn index_html_noscript_text_comes_from_the_locales() {
    use oefenplein::{i18n, model::lang::Lang};
    let html = fs::read_to_string("index.html").expect("index.html");
    for lang in Lang::ALL {
        let text = i18n::tr(lang, i18n::k::NOSCRIPT_TEXT);
        assert!(!text.is_empty());
        assert!(html.contains(&text), "index.html lacks {text:?}");
    }
}

/// The page's first look (`#boot` in index.html) is shown before the wasm
/// runs, so it cannot use Fluent: its Dutch words are copied from the
/// locales, and the build writes the other languages' words into page.js
/// from their `main.ftl`, line by line (scripts/first-look.mjs). This keeps
/// the copy true, every message it names a one-line text without
/// placeables in every language (what the build can copy).
#[test]
fn index_html_first_look_comes_from_the_locales() {
    use oefenplein::{i18n, model::lang::Lang};
    let html = fs::read_to_string("index.html").expect("index.html");
    let start = html
        .find("<div id=\"boot\"")
        .expect("the first look in index.html");
    let end = start
        + html[start..]
            .find("<noscript>")
            .expect("the first look ends");
    let boot = &html[start..end];
    let mut keys = vec![];
    for piece in boot.split("data-l10n=\"").skip(1) {
        let (key, rest) = piece.split_once('"').expect("a quoted key");
        let text = &rest[rest.find('>').expect("tag ends") + 1..rest.find('<').expect("text ends")];
        assert_eq!(text, i18n::tr(Lang::Nl, key), "{key} in index.html");
        for lang in Lang::ALL {
            let source = i18n::source(lang, "main");
            let line = source
                .lines()
                .find(|l| l.starts_with(&format!("{key} = ")))
                .unwrap_or_else(|| panic!("{key} is not a one-line message in {lang:?}"));
            let value = &line[key.len() + 3..];
            assert!(
                !value.contains('{') && !value.trim().is_empty(),
                "{key} in {lang:?}"
            );
            assert_eq!(value.trim(), i18n::tr(lang, key), "{key} in {lang:?}");
        }
        keys.push(key);
    }
    assert!(
        keys.contains(&"home-title") && keys.contains(&"home-intro"),
        "{keys:?}"
    );
}

/// page.js picks the first look's language and direction before the wasm
/// runs, so it keeps its own copy of the languages and of which are written
/// right to left; this keeps the copy equal to `model::lang`.
#[test]
fn page_js_knows_every_language_and_its_direction() {
    use oefenplein::model::lang::{Dir, Lang};
    let js = fs::read_to_string("public/page.js").expect("public/page.js");
    let codes: Vec<String> = Lang::ALL
        .iter()
        .map(|l| format!("{:?}", l.code()))
        .collect();
    assert!(
        js.contains(&format!("var ours = [{}];", codes.join(", "))),
        "page.js's list of languages differs from model::lang"
    );
    let rtl: Vec<String> = Lang::ALL
        .iter()
        .filter(|l| l.dir() == Dir::Rtl)
        .map(|l| format!("lang === {:?}", l.code()))
        .collect();
    assert!(
        js.contains(&format!("{} ? \"rtl\" : \"ltr\"", rtl.join(" || "))),
        "page.js's right-to-left languages differ from model::lang"
    );
}

/// "How to add a practice service" in ARCHITECTURE.md names real files and
/// real names: every path it mentions exists (templates like `<service>`
/// aside), and every code name it gives is found where it says.
#[test]
fn the_add_a_service_recipe_is_true() {
    let doc = std::fs::read_to_string("ARCHITECTURE.md").expect("ARCHITECTURE.md");
    let start = doc
        .find("## How to add a practice service")
        .expect("the recipe section");
    let section = &doc[start..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |i| i + 3)];
    let steps = section
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_digit()))
        .count();
    assert!((3..=10).contains(&steps), "{steps} steps");
    let mut paths = 0;
    for quoted in section.split('`').skip(1).step_by(2) {
        if quoted.contains('/') && !quoted.contains('<') && !quoted.contains(' ') {
            assert!(
                Path::new(quoted).exists(),
                "ARCHITECTURE.md names {quoted}, which does not exist"
            );
            paths += 1;
        }
    }
    assert!(paths >= 4, "only {paths} paths checked");
    let mention = |file: &str, name: &str| {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        assert!(text.contains(name), "{file} has no {name}");
        assert!(section.contains(name), "the recipe no longer names {name}");
    };
    mention("src/practice/mod.rs", "services!");
    mention("src/practice/mod.rs", "Model");
    mention("src/practice/registry.rs", "impl Model");
    mention("src/ui/practice/areas/mod.rs", "load_area");
    mention("src/ui/practice/areas/mod.rs", "load_screen");
    mention("src/ui/lazy.rs", "split_view!");
    mention("src/i18n.rs", "PRACTICE_FILES");
}

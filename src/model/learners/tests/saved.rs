//! Learners on the shelf, saved and read back: forgivingly, within the
//! limit, from an older document, and with a broken part left out.

use super::*;

#[test]
fn several_learners_survive_saving_and_loading() {
    let mut state = solo();
    state.join(STAR).unwrap();
    state.join(FISH).unwrap();
    state.progress.set_step("apotheek", 4);
    assert_eq!(load(Some(&save(&state))), Loaded::Intact(state));
}

fn check_loaded(raw: &str, signs: &[Sign], whole: bool) {
    let loaded = load(Some(raw));
    assert_eq!(loaded.state().signs(), signs, "{raw}");
    assert_eq!(
        matches!(loaded, Loaded::Intact(_)),
        whole,
        "{raw}: {loaded:?}"
    );
}

#[test]
fn saved_learners_are_read_forgivingly() {
    let star = r#""star-blue""#;
    let fish = r#""fish-orange""#;
    let doc =
        |sign: &str, others: &str| format!(r#"{{"version":3,"sign":{sign},"others":{others}}}"#);
    check_loaded(
        &doc(star, &format!(r#"[{{"sign":{fish}}}]"#)),
        &[STAR, FISH],
        true,
    );
    check_loaded(&doc("null", "[]"), &[], true);
    // A broken entry costs only that learner.
    check_loaded(
        &doc(
            star,
            &format!(r#"[{{"sign":"ufo-blue"}},{{"sign":{fish}}},{{"sign":7}},"x"]"#),
        ),
        &[STAR, FISH],
        false,
    );
    check_loaded(&doc(star, r#""veel""#), &[STAR], false);
    check_loaded(
        &doc(r#""ster""#, &format!(r#"[{{"sign":{fish}}}]"#)),
        &[FISH],
        false,
    );
    // The same sign twice: the first one wins.
    check_loaded(
        &doc(
            star,
            &format!(r#"[{{"sign":{star}}},{{"sign":{fish}}},{{"sign":{fish}}}]"#),
        ),
        &[STAR, FISH],
        true,
    );
}

#[test]
fn too_many_saved_learners_are_cut_to_the_limit() {
    let mut state = SavedState::default();
    for symbol in Symbol::ALL {
        for colour in Colour::ALL {
            state.others.push(waiting(sign(symbol, colour)));
        }
    }
    state.sign = Some(sign(Symbol::Sun, Colour::Blue));
    let loaded = load(Some(&save(&state))).state();
    assert_eq!(loaded.signs().len(), MAX_LEARNERS);
    assert_eq!(loaded.sign, state.sign);
}

#[test]
fn a_version_2_document_is_one_learner_without_a_sign() {
    let raw = r#"{"version":2,"settings":{"lang":"ar"},"progress":{"lessons":{"digid-web":{"step":4,"finished":true}}}}"#;
    let Loaded::Migrated { from: 2, state } = load(Some(raw)) else {
        panic!("expected a migration from version 2");
    };
    assert_eq!(state.sign, None);
    assert!(state.others.is_empty());
    assert!(state.progress.is_finished("digid-web"));
    assert_eq!(state.settings.lang, Some(Lang::Ar));
}

#[test]
fn a_shelved_learner_with_a_broken_part_keeps_the_rest() {
    let raw = r#"{"sign":"moon-green","settings":{"text_size":"reuze"},"progress":{"lessons":{"apotheek":{"step":2}}}}"#;
    let read = Shelved::read(&serde_json::from_str(raw).unwrap()).unwrap();
    assert_eq!(read.sign, MOON);
    assert_eq!(read.settings, Settings::default());
    assert_eq!(read.progress.lessons["apotheek"].step, 2);
    for raw in [
        r#"{"sign":"moon"}"#,
        r#"{"sign":"green-moon"}"#,
        r#"{"progress":{}}"#,
        "[]",
        "null",
    ] {
        assert_eq!(
            Shelved::read(&serde_json::from_str(raw).unwrap()),
            None,
            "{raw}"
        );
    }
}

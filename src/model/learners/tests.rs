use super::*;
use crate::model::{
    lang::Lang,
    saved::{load, save, Loaded},
    settings::TextSize,
};

mod saved;

fn sign(symbol: Symbol, colour: Colour) -> Sign {
    Sign { symbol, colour }
}

const STAR: Sign = Sign {
    symbol: Symbol::Star,
    colour: Colour::Blue,
};
const FISH: Sign = Sign {
    symbol: Symbol::Fish,
    colour: Colour::Orange,
};
const MOON: Sign = Sign {
    symbol: Symbol::Moon,
    colour: Colour::Green,
};

/// A learner on the shelf with nothing done yet, as saved.
fn waiting(sign: Sign) -> serde_json::Value {
    Shelved {
        sign,
        settings: Settings::default(),
        progress: Progress::default(),
    }
    .write()
}

/// A device where one learner (no sign yet) finished a lesson in Arabic.
fn solo() -> SavedState {
    let mut state = SavedState::default();
    state.settings.lang = Some(Lang::Ar);
    state.progress.finish("digid-web", 0);
    state
}

#[test]
fn progress_without_a_sign_is_told_apart() {
    assert!(!SavedState::default().has_unsigned_progress());
    assert!(solo().has_unsigned_progress());
    let mut signed = solo();
    signed.join(STAR).unwrap();
    assert!(!signed.has_unsigned_progress());
}

#[test]
fn one_learner_alone_is_not_shared() {
    assert!(!SavedState::default().is_shared());
    assert!(!solo().is_shared());
    assert!(solo().signs().is_empty());
}

#[test]
fn the_first_sign_goes_to_the_progress_on_the_device() {
    let mut state = solo();
    assert_eq!(state.join(STAR), Ok(()));
    assert_eq!(state.sign, Some(STAR));
    assert!(state.progress.is_finished("digid-web"));
    assert_eq!(state.settings.lang, Some(Lang::Ar));
    assert!(state.others.is_empty());
    assert!(state.is_shared());
}

#[test]
fn a_new_learner_starts_empty_with_the_device_settings() {
    let mut state = solo();
    state.join(STAR).unwrap();
    assert_eq!(state.join(FISH), Ok(()));
    assert_eq!(state.sign, Some(FISH));
    assert_eq!(state.progress, Progress::default());
    assert_eq!(
        state.settings.lang,
        Some(Lang::Ar),
        "the device's language stays"
    );
    assert_eq!(state.others.len(), 1);
    let shelved = Shelved::read(&state.others[0]).unwrap();
    assert_eq!(shelved.sign, STAR);
    assert!(shelved.progress.is_finished("digid-web"));
}

#[test]
fn taking_turns_gives_each_their_own_progress_and_settings() {
    let mut state = solo();
    state.join(STAR).unwrap();
    state.join(FISH).unwrap();
    state.settings.text_size = TextSize::Largest;
    state.progress.set_step("huisarts-vraag", 3);

    assert_eq!(state.switch_to(STAR), Ok(()));
    assert_eq!(state.sign, Some(STAR));
    assert!(state.progress.is_finished("digid-web"));
    assert_eq!(state.progress.lessons.get("huisarts-vraag"), None);
    assert_eq!(state.settings.text_size, TextSize::Normal);

    assert_eq!(state.switch_to(FISH), Ok(()));
    assert_eq!(state.settings.text_size, TextSize::Largest);
    assert!(!state.progress.is_finished("digid-web"));
    assert_eq!(state.progress.lessons["huisarts-vraag"].step, 3);
    assert_eq!(
        state.signs(),
        vec![STAR, FISH],
        "symbol order, not turn order"
    );
}

#[test]
fn switching_to_yourself_changes_nothing() {
    let mut state = solo();
    state.join(STAR).unwrap();
    let before = state.clone();
    assert_eq!(state.switch_to(STAR), Ok(()));
    assert_eq!(state, before);
}

fn check_refused(
    mut state: SavedState,
    change: impl FnOnce(&mut SavedState) -> Result<(), Refusal>,
    why: Refusal,
) {
    let before = state.clone();
    assert_eq!(change(&mut state), Err(why));
    assert_eq!(state, before, "a refused change ({why:?}) changes nothing");
}

#[test]
fn refusals_say_why_and_change_nothing() {
    let mut two = solo();
    two.join(STAR).unwrap();
    two.join(FISH).unwrap();
    check_refused(two.clone(), |s| s.join(STAR), Refusal::Taken);
    check_refused(two.clone(), |s| s.join(FISH), Refusal::Taken);
    check_refused(two.clone(), |s| s.switch_to(MOON), Refusal::Unknown);

    // Progress without a sign would be lost by switching away.
    let mut guest = two.clone();
    guest.forget_current();
    guest.progress.set_step("apotheek", 2);
    check_refused(guest, |s| s.switch_to(STAR), Refusal::Unsigned);

    let mut full = SavedState::default();
    let all = Symbol::ALL
        .iter()
        .flat_map(|&s| Colour::ALL.iter().map(move |&c| sign(s, c)));
    for sign in all.clone().take(MAX_LEARNERS) {
        full.join(sign).unwrap();
    }
    assert_eq!(full.signs().len(), MAX_LEARNERS);
    let next = all.clone().nth(MAX_LEARNERS).unwrap();
    check_refused(full.clone(), |s| s.join(next), Refusal::Full);
    // Also with a guest at the device and a full shelf (a saved document
    // may hold that): the guest may not make it one more.
    let mut guest_full = SavedState::default();
    for sign in all.take(MAX_LEARNERS) {
        guest_full.others.push(waiting(sign));
    }
    check_refused(guest_full, |s| s.join(next), Refusal::Full);
}

#[test]
fn a_guest_who_did_nothing_may_switch_to_a_learner() {
    let mut state = solo();
    state.join(STAR).unwrap();
    state.join(FISH).unwrap();
    state.forget_current();
    assert_eq!(state.sign, None);
    assert_eq!(state.switch_to(STAR), Ok(()));
    assert!(state.progress.is_finished("digid-web"));
    assert_eq!(state.signs(), vec![STAR], "the one who stopped is gone");
}

#[test]
fn stop_and_wipe_removes_only_the_learner_at_the_device() {
    let mut state = solo();
    state.join(STAR).unwrap();
    state.join(FISH).unwrap();
    state.progress.set_step("apotheek", 4);
    state.forget_current();
    assert_eq!(state.sign, None);
    assert_eq!(state.progress, Progress::default());
    assert_eq!(state.signs(), vec![STAR]);
    assert!(Shelved::read(&state.others[0])
        .unwrap()
        .progress
        .is_finished("digid-web"));
    assert!(state.is_shared(), "the others are still here");
}

#[test]
fn every_sign_code_reads_back() {
    for symbol in Symbol::ALL {
        for colour in Colour::ALL {
            let sign = sign(symbol, colour);
            assert_eq!(Sign::parse(&sign.code()), Some(sign));
        }
    }
    for code in [
        "",
        "-",
        "star",
        "star-",
        "-blue",
        "star-blue-",
        "Star-Blue",
        " star-blue",
    ] {
        assert_eq!(Sign::parse(code), None, "{code:?}");
    }
}

#[test]
fn ids_are_distinct() {
    let mut ids: Vec<&str> = Symbol::ALL.iter().map(|s| s.id()).collect();
    ids.extend(Colour::ALL.iter().map(|c| c.id()));
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count);
}

#[test]
fn every_symbol_and_colour_has_a_name_in_every_language() {
    // The page builds these keys from the ids ("learner-symbol-star"), so
    // the build-time key check cannot see them: this does.
    for lang in crate::model::lang::Lang::ALL {
        let text = crate::i18n::source(lang, "pages");
        let ids = Symbol::ALL
            .iter()
            .map(|s| format!("learner-symbol-{}", s.id()))
            .chain(
                Colour::ALL
                    .iter()
                    .map(|c| format!("learner-colour-{}", c.id())),
            );
        for key in ids {
            assert!(
                text.lines().any(|l| l.starts_with(&format!("{key} ="))),
                "{key} is missing in {lang:?}"
            );
        }
    }
}

#[test]
fn a_turn_does_what_its_method_does() {
    let mut start = solo();
    start.join(STAR).unwrap();
    for turn in [
        Turn::Join(FISH),
        Turn::Join(STAR),
        Turn::Switch(MOON),
        Turn::Switch(STAR),
        Turn::Stop,
    ] {
        let (mut by_turn, mut by_method) = (start.clone(), start.clone());
        let expected = match turn {
            Turn::Join(sign) => by_method.join(sign),
            Turn::Switch(sign) => by_method.switch_to(sign),
            Turn::Stop => {
                by_method.forget_current();
                Ok(())
            }
        };
        assert_eq!(by_turn.take_turn(turn), expected, "{turn:?}");
        assert_eq!(by_turn, by_method, "{turn:?}");
    }
}

#[test]
fn a_free_sign_is_offered_first_in_the_order_of_the_choices() {
    let mut state = SavedState::default();
    let first = sign(Symbol::Sun, Colour::Blue);
    assert_eq!(state.free_sign(None), Some(first));
    state.join(first).unwrap();
    assert_eq!(
        state.free_sign(None),
        Some(sign(Symbol::Sun, Colour::Green))
    );
    assert_eq!(
        state.free_sign(Some(Symbol::Sun)),
        Some(sign(Symbol::Sun, Colour::Green))
    );
    assert_eq!(
        state.free_sign(Some(Symbol::Moon)),
        Some(sign(Symbol::Moon, Colour::Blue))
    );
    for colour in Colour::ALL.into_iter().skip(1) {
        state.join(sign(Symbol::Sun, colour)).unwrap();
    }
    assert_eq!(
        state.free_sign(Some(Symbol::Sun)),
        None,
        "every sun is taken"
    );
    assert_eq!(
        state.free_sign(None),
        Some(sign(Symbol::Star, Colour::Blue))
    );
}

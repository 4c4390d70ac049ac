/*!
Letters by post: the activation code that comes on paper.

Both the DigiD app and applying for a DigiD can send a letter with an
activation code, and in both it takes three days, like the real post.
A letter is posted at a minute on the simulated clock and is in the
letterbox once [`DELIVERY_DAYS`] have passed; until then the code cannot
be used. The code is printed in groups of three, and is made so that the
learner can copy it from paper and the real-data guard lets it through.
*/

use super::super::{
    codes::{self, Seed},
    guard,
};
use super::clock;

/// Days a letter takes to arrive.
pub const DELIVERY_DAYS: u32 = 3;
/// The same, in minutes.
pub const DELIVERY_MINUTES: u32 = clock::days(DELIVERY_DAYS);
/// Characters in an activation code.
pub const CODE_LENGTH: usize = 9;
/// The letters and digits of activation codes: no O/0 and no I/1, which
/// people cannot tell apart on paper.
pub const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// A letter with an activation code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    pub code: String,
    /// Simulated minute it was posted.
    pub sent_on: u32,
}

impl Letter {
    /// Posts a letter at minute `now` with a fresh activation code.
    pub fn post(seed: &mut Seed, now: u32) -> Letter {
        Letter {
            code: activation_code(seed),
            sent_on: now,
        }
    }

    /// Whether the letter is in the letterbox at minute `now`.
    pub fn arrived(&self, now: u32) -> bool {
        clock::passed(now, self.sent_on, DELIVERY_MINUTES)
    }

    /// The code as printed: groups of three, easier to copy.
    pub fn printed_code(&self) -> String {
        codes::printed(&self.code)
    }
}

/// The letter, if it is in the letterbox at minute `now`.
pub fn arrived(letter: Option<&Letter>, now: u32) -> Option<&Letter> {
    letter.filter(|l| l.arrived(now))
}

/// Whether the letter came while the clock moved from `before` to `after`.
pub fn arrives_between(letter: Option<&Letter>, before: u32, after: u32) -> bool {
    letter.is_some_and(|l| !l.arrived(before) && l.arrived(after))
}

/// A fresh activation code: letters and digits mixed (so it reads as a
/// code), never one the guard would refuse when it is typed back.
pub fn activation_code(seed: &mut Seed) -> String {
    loop {
        let code = seed.code(CODE_ALPHABET, CODE_LENGTH);
        let letters = code.chars().any(|c| c.is_ascii_uppercase());
        let digits = code.chars().any(|c| c.is_ascii_digit());
        if letters && digits && guard::check(&code).is_none() {
            break code;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_arrives_three_days_after_posting() {
        let letter = Letter {
            code: "ABC234DEF".into(),
            sent_on: 60,
        };
        let check = |now: u32, arrived: bool| {
            assert_eq!(letter.arrived(now), arrived, "at {now}");
            assert_eq!(super::arrived(Some(&letter), now).is_some(), arrived);
        };
        check(0, false);
        check(60, false);
        check(60 + DELIVERY_MINUTES - 1, false);
        check(60 + DELIVERY_MINUTES, true);
        check(u32::MAX, true);
        assert_eq!(super::arrived(None, u32::MAX), None);
    }

    #[test]
    fn arriving_is_seen_once() {
        let letter = Letter {
            code: "ABC234DEF".into(),
            sent_on: 0,
        };
        let check = |before: u32, after: u32, arrives: bool| {
            assert_eq!(
                arrives_between(Some(&letter), before, after),
                arrives,
                "{before} to {after}"
            );
        };
        check(0, DELIVERY_MINUTES - 1, false);
        check(0, DELIVERY_MINUTES, true);
        check(DELIVERY_MINUTES - 1, DELIVERY_MINUTES + 5, true);
        check(DELIVERY_MINUTES, DELIVERY_MINUTES + 5, false);
        assert!(!arrives_between(None, 0, u32::MAX));
    }

    #[test]
    fn the_code_is_printed_in_threes() {
        let letter = Letter {
            code: "ABC234DEF".into(),
            sent_on: 0,
        };
        assert_eq!(letter.printed_code(), "ABC 234 DEF");
    }

    #[test]
    fn activation_codes_are_readable_typeable_and_seeded() {
        let mut codes = std::collections::BTreeSet::new();
        for seed in 1..200 {
            let letter = Letter::post(&mut Seed::new(seed), 7);
            let code = &letter.code;
            assert_eq!(letter.sent_on, 7);
            assert_eq!(code.len(), CODE_LENGTH);
            assert!(code.bytes().all(|b| CODE_ALPHABET.contains(&b)), "{code}");
            assert!(!code.contains(['O', '0', 'I', '1']));
            assert!(code.bytes().any(|b| b.is_ascii_digit()));
            assert!(code.bytes().any(|b| b.is_ascii_uppercase()));
            assert_eq!(guard::check(code), None);
            codes.insert(code.clone());
        }
        assert!(codes.len() > 190);
        assert_eq!(
            activation_code(&mut Seed::new(9)),
            activation_code(&mut Seed::new(9))
        );
    }
}

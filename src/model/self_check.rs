/*!
The self-check ("Zelftest"): three questions and two tiny tasks suggest a
starting point and the first lesson to take. A starting point, never an
exam: it can be skipped, it opens or closes nothing, and only the level
it suggests is kept (in `Progress::level`), never the answers.

The questions are the three a GP practice asks to see who needs help
online (a device with internet; looking up health information; filling in
forms online); the tasks are a first tap on a button and one typed word.
*/

use super::progress::Level;

/// "Heb je een telefoon, tablet of computer met internet?"
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Device {
    Yes,
    No,
    NotSure,
}

/// "Zoek je weleens iets over je gezondheid op internet?"
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Health {
    Often,
    Sometimes,
    Never,
}

/// "Hoe gaat het invullen van formulieren op internet?"
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Forms {
    Easy,
    WithHelp,
    Hard,
    NeverDone,
}

/// The word the typing task asks for.
pub const WORD: &str = "huis";

/// What the learner answered and did; nothing of it is stored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub device: Option<Device>,
    pub health: Option<Health>,
    pub forms: Option<Forms>,
    /// The button was hit on the first try.
    pub tapped_first_time: Option<bool>,
    /// The word was typed right the first time.
    pub typed_first_time: Option<bool>,
}

/// Whether `typed` is the asked word (case and spaces around it forgiven).
pub fn is_the_word(typed: &str) -> bool {
    typed.trim().to_lowercase() == WORD
}

impl Answers {
    /// Points for what suggests experience (at most 7).
    fn points(&self) -> u32 {
        let device = u32::from(self.device == Some(Device::Yes));
        let health = match self.health {
            Some(Health::Often) => 2,
            Some(Health::Sometimes) => 1,
            _ => 0,
        };
        let forms = match self.forms {
            Some(Forms::Easy) => 2,
            Some(Forms::WithHelp) => 1,
            _ => 0,
        };
        let tap = u32::from(self.tapped_first_time == Some(true));
        let typed = u32::from(self.typed_first_time == Some(true));
        device + health + forms + tap + typed
    }

    /// The suggested starting point. Without a device of one's own, or
    /// with few points, the basics come first.
    pub fn suggest(&self) -> Level {
        let points = self.points();
        if self.device == Some(Device::No) || points <= 2 {
            Level::Beginner
        } else if points >= 6 {
            Level::Experienced
        } else {
            Level::Familiar
        }
    }
}

/// The first lesson for a starting point: the basics, logging in with
/// DigiD, or the GP's portal.
pub fn first_lesson(level: Level) -> &'static str {
    match level {
        Level::Beginner => "basics-tap",
        Level::Familiar => "digid-web",
        Level::Experienced => "gp-login",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Answers in a row: device, health, forms, tap, typed.
    fn check(device: Device, health: Health, forms: Forms, tap: bool, typed: bool, level: Level) {
        let answers = Answers {
            device: Some(device),
            health: Some(health),
            forms: Some(forms),
            tapped_first_time: Some(tap),
            typed_first_time: Some(typed),
        };
        assert_eq!(answers.suggest(), level, "{answers:?}");
    }

    #[test]
    fn the_answers_suggest_a_starting_point() {
        use Device as D;
        use Forms as F;
        use Health as H;
        use Level as L;
        check(D::No, H::Never, F::NeverDone, false, false, L::Beginner);
        check(D::No, H::Often, F::Easy, true, true, L::Beginner);
        check(D::NotSure, H::Never, F::Hard, true, true, L::Beginner);
        check(D::Yes, H::Never, F::Hard, true, false, L::Beginner);
        check(D::Yes, H::Sometimes, F::Hard, true, false, L::Familiar);
        check(D::Yes, H::Sometimes, F::WithHelp, true, true, L::Familiar);
        check(D::Yes, H::Often, F::WithHelp, true, true, L::Experienced);
        check(D::Yes, H::Often, F::Easy, false, true, L::Experienced);
        check(D::Yes, H::Often, F::Easy, true, true, L::Experienced);
        check(D::Yes, H::Often, F::Easy, false, false, L::Familiar);
    }

    #[test]
    fn skipped_questions_count_as_no_experience() {
        assert_eq!(Answers::default().suggest(), Level::Beginner);
    }

    #[test]
    fn each_level_has_a_first_lesson_that_exists() {
        for level in [Level::Beginner, Level::Familiar, Level::Experienced] {
            let id = first_lesson(level);
            assert!(
                crate::model::lesson_index::INDEX.iter().any(|e| e.id == id),
                "{id}"
            );
        }
    }

    #[test]
    fn the_word_is_forgiven_its_case_and_spaces() {
        assert!(is_the_word("huis"));
        assert!(is_the_word(" Huis "));
        assert!(!is_the_word("hui"));
        assert!(!is_the_word("huizen"));
        assert!(!is_the_word(""));
    }
}

/*!
A trainer's lesson plan ("lesplan"), made from the lesson data, so it never
drifts from the lesson: how long it takes, where people usually get stuck
(the steps that have a tip), and the mistake on purpose.
*/

/// Minutes a group lesson of `steps` steps takes: ten to start (everyone
/// opens the lesson, the practice card is explained) and two a step
/// (shown once, then done by everyone, with time for questions), rounded
/// up to five.
pub fn minutes(steps: usize) -> usize {
    (10 + 2 * steps).div_ceil(5) * 5
}

/// The id of a lesson step where the learner makes a mistake on purpose.
pub const MISTAKE_STEP: &str = "mistake";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_round_up_to_five() {
        for (steps, want) in [(0, 10), (1, 15), (5, 20), (7, 25), (11, 35), (15, 40)] {
            assert_eq!(minutes(steps), want, "{steps} steps");
        }
    }

    #[test]
    fn every_lesson_fits_an_hour() {
        for lesson in crate::lesson::all() {
            assert!(minutes(lesson.steps.len()) <= 60, "{}", lesson.id);
        }
    }
}

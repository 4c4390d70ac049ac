/*!
Where a learner is, and what they earned: a place in each lesson, and a
medal per lesson (brons, zilver, goud).

Medals are pride, never an exam, so the rules are few and said in plain
words on the "Mijn voortgang" page:
- brons: the lesson was done;
- zilver: done once without a help button ("Tip" or "Laat zien");
- goud: zilver, and done again on your own: in free practice (the lesson's
  goal reached there) or in the service's other look.

A medal is never taken away. Merging (another tab, a progress code) keeps
the best of both, so restoring a code can only add.
*/

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::lesson_index;

/// A lesson's medal, in order of worth.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Medal {
    #[default]
    None,
    Bronze,
    Silver,
    Gold,
}

impl Medal {
    pub const EARNED: [Medal; 3] = [Medal::Bronze, Medal::Silver, Medal::Gold];

    /// Stable id: CSS class, picture and text keys.
    pub fn id(self) -> &'static str {
        match self {
            Medal::None => "none",
            Medal::Bronze => "bronze",
            Medal::Silver => "silver",
            Medal::Gold => "gold",
        }
    }

    fn from_bits(bits: u32) -> Medal {
        match bits & MEDAL {
            1 => Medal::Bronze,
            2 => Medal::Silver,
            3 => Medal::Gold,
            _ => Medal::None,
        }
    }
}

/// The starting point the self-check suggests; only this is kept of it.
/// Saved as a number (1 to 3): the saved document is read on every visit,
/// and a number costs the first visit no new reading code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(from = "u8", into = "u8")]
pub enum Level {
    Beginner,
    Familiar,
    Experienced,
}

/// Never fails: a broken section would cost all the progress with it.
impl From<u8> for Level {
    fn from(n: u8) -> Level {
        match n {
            0 | 1 => Level::Beginner,
            2 => Level::Familiar,
            3.. => Level::Experienced,
        }
    }
}

impl From<Level> for u8 {
    fn from(l: Level) -> u8 {
        match l {
            Level::Beginner => 1,
            Level::Familiar => 2,
            Level::Experienced => 3,
        }
    }
}

/// Where a learner is in each lesson, and their starting point.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    pub lessons: BTreeMap<String, LessonProgress>,
    pub level: Option<Level>,
}

/// The bits of [`LessonProgress::marks`].
const MEDAL: u32 = 0b11;
const HELPED: u32 = 1 << 2;
const FREE: u32 = 1 << 3;
/// One bit per look the lesson was finished in, from this bit on.
const LOOKS: u32 = 4;
/// Looks a service can have that are counted (more count as the last).
const MAX_LOOKS: usize = 8;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LessonProgress {
    /// Zero-based step the learner is on.
    pub step: u32,
    /// Finished at least once.
    pub finished: bool,
    /// What the medals need, in one number (one field keeps the reading
    /// of the saved document, part of every first visit, small): the
    /// medal, whether help was used in this run, whether the goal was
    /// reached in free practice, and the looks the lesson was finished in.
    pub marks: u32,
}

impl LessonProgress {
    /// The medal, as earned; a document from before medals counts a
    /// finished lesson as brons.
    pub fn medal(&self) -> Medal {
        let medal = Medal::from_bits(self.marks);
        if self.finished {
            medal.max(Medal::Bronze)
        } else {
            medal
        }
    }

    fn set_medal(&mut self, medal: Medal) {
        self.marks = (self.marks & !MEDAL) | medal as u32;
    }

    fn set(&mut self, bit: u32, on: bool) {
        if on {
            self.marks |= bit;
        } else {
            self.marks &= !bit;
        }
    }

    pub fn helped(&self) -> bool {
        self.marks & HELPED != 0
    }

    pub fn free(&self) -> bool {
        self.marks & FREE != 0
    }

    fn add_look(&mut self, look: usize) {
        self.marks |= 1 << (LOOKS as usize + look.min(MAX_LOOKS - 1));
    }

    fn looks_count(&self) -> u32 {
        (self.marks >> LOOKS).count_ones()
    }

    fn promote(&mut self) {
        if self.medal() >= Medal::Silver && (self.free() || self.looks_count() >= 2) {
            self.set_medal(Medal::Gold);
        }
    }
}

impl Progress {
    /// Records the step a learner reached in a lesson; step 0 begins a
    /// new run, with no help used yet.
    pub fn set_step(&mut self, lesson: &str, step: u32) {
        let entry = self.lessons.entry(lesson.to_owned()).or_default();
        if step == 0 && entry.step != 0 {
            entry.set(HELPED, false);
        }
        entry.step = step;
    }

    /// The learner pressed a help button in this lesson.
    pub fn used_help(&mut self, lesson: &str) {
        self.lessons
            .entry(lesson.to_owned())
            .or_default()
            .set(HELPED, true);
    }

    /// Marks a lesson finished in look number `look` (0 for a service with
    /// one look); finishing is never undone by a later visit, and a medal
    /// is never lowered.
    pub fn finish(&mut self, lesson: &str, look: usize) {
        let entry = self.lessons.entry(lesson.to_owned()).or_default();
        let earned = if entry.helped() {
            Medal::Bronze
        } else {
            Medal::Silver
        };
        let medal = entry.medal().max(earned);
        entry.finished = true;
        entry.step = 0;
        entry.set_medal(medal);
        entry.set(HELPED, false);
        entry.add_look(look);
        entry.promote();
    }

    /// The goal of `lesson` was reached in free practice.
    pub fn reached_freely(&mut self, lesson: &str) {
        let entry = self.lessons.entry(lesson.to_owned()).or_default();
        entry.set(FREE, true);
        entry.promote();
    }

    pub fn is_finished(&self, lesson: &str) -> bool {
        self.lessons.get(lesson).is_some_and(|l| l.finished)
    }

    /// A lesson's medal (`None` when not yet done).
    pub fn medal(&self, lesson: &str) -> Medal {
        self.lessons
            .get(lesson)
            .map_or(Medal::None, LessonProgress::medal)
    }

    /// The best medal among a task's lessons.
    pub fn task_medal(&self, task: &str) -> Medal {
        lesson_index::for_task(task)
            .map(|l| self.medal(l.id))
            .max()
            .unwrap_or(Medal::None)
    }

    /// How many medals of each kind (brons, zilver, goud).
    pub fn medal_counts(&self) -> [usize; 3] {
        let mut counts = [0; 3];
        for lesson in self.lessons.values() {
            match lesson.medal() {
                Medal::None => {}
                Medal::Bronze => counts[0] += 1,
                Medal::Silver => counts[1] += 1,
                Medal::Gold => counts[2] += 1,
            }
        }
        counts
    }

    /// Records a lesson's medal and place from a progress code: the best
    /// of what is here and what the code says.
    pub fn restore(&mut self, lesson: &str, medal: Medal, step: u32) {
        let entry = self.lessons.entry(lesson.to_owned()).or_default();
        let best = entry.medal().max(medal);
        entry.set_medal(best);
        entry.finished |= best > Medal::None;
        if entry.step == 0 {
            entry.step = step;
        }
    }

    /// Adds `other` to this progress, keeping the best of both: the higher
    /// medal, a place in a lesson where this device has none, the level
    /// when this device has none. Nothing this device has is lost.
    pub fn merge(&mut self, other: &Progress) {
        for (id, theirs) in &other.lessons {
            let ours = self.lessons.entry(id.clone()).or_default();
            let best = ours.medal().max(theirs.medal());
            ours.finished |= theirs.finished || best > Medal::None;
            if ours.step == 0 {
                ours.step = theirs.step;
            }
            ours.marks |= theirs.marks & !(MEDAL | HELPED);
            ours.set_medal(best);
        }
        self.level = self.level.or(other.level);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Plays `moves` on fresh progress and checks lesson "x"'s medal.
    fn check(moves: &[&str], medal: Medal) {
        let mut p = Progress::default();
        for m in moves {
            match m.split_once(':') {
                Some(("step", n)) => p.set_step("x", n.parse().unwrap_or(0)),
                Some(("finish", look)) => p.finish("x", usize::from(look == "b")),
                _ if *m == "help" => p.used_help("x"),
                _ if *m == "free" => p.reached_freely("x"),
                _ => panic!("unknown move {m}"),
            }
        }
        assert_eq!(p.medal("x"), medal, "{moves:?}");
    }

    #[test]
    fn medals_follow_the_rules() {
        check(&[], Medal::None);
        check(&["step:3"], Medal::None);
        check(&["free"], Medal::None);
        check(&["step:2", "help", "finish:a"], Medal::Bronze);
        check(&["step:2", "finish:a"], Medal::Silver);
        // Help in an earlier run does not count against a new run.
        check(&["help", "step:4", "step:0", "finish:a"], Medal::Silver);
        check(&["finish:a", "free"], Medal::Gold);
        check(&["free", "finish:a"], Medal::Gold);
        check(&["finish:a", "finish:b"], Medal::Gold);
        check(&["finish:a", "help", "finish:b"], Medal::Gold);
        check(&["finish:a", "finish:a"], Medal::Silver);
        check(&["help", "finish:a", "free"], Medal::Bronze);
        check(&["help", "finish:a", "help", "finish:b"], Medal::Bronze);
        // A medal is never lowered.
        check(&["finish:a", "help", "finish:a"], Medal::Silver);
    }

    #[test]
    fn finishing_resets_the_step_and_stays_finished() {
        let mut p = Progress::default();
        p.set_step("x", 5);
        p.finish("x", 0);
        p.set_step("x", 1);
        assert!(p.is_finished("x"));
        assert_eq!(p.lessons["x"].step, 1);
    }

    #[test]
    fn a_document_from_before_medals_counts_finished_as_bronze() {
        let p: Progress =
            serde_json::from_str(r#"{"lessons":{"x":{"step":0,"finished":true}}}"#).unwrap();
        assert_eq!(p.medal("x"), Medal::Bronze);
        assert_eq!(p.medal_counts(), [1, 0, 0]);
    }

    #[test]
    fn medals_and_levels_are_saved_as_numbers() {
        let mut p = Progress::default();
        p.finish("x", 0);
        p.level = Some(Level::Experienced);
        let json = serde_json::to_string(&p).unwrap_or_default();
        assert!(json.contains(r#""marks":18"#), "{json}");
        assert!(json.contains(r#""level":3"#), "{json}");
        assert_eq!(serde_json::from_str::<Progress>(&json).ok(), Some(p));
        // Numbers from a newer version read as the nearest we know.
        let odd: Progress = serde_json::from_str(r#"{"level":9}"#).unwrap_or_default();
        assert_eq!(odd.level, Some(Level::Experienced));
        let high: Progress =
            serde_json::from_str(r#"{"lessons":{"x":{"marks":4294967295}}}"#).unwrap_or_default();
        assert_eq!(high.medal("x"), Medal::Gold);
    }

    #[test]
    fn a_task_shows_its_best_medal() {
        let mut p = Progress::default();
        assert_eq!(p.task_medal("digid"), Medal::None);
        p.used_help("digid-web");
        p.finish("digid-web", 0);
        p.finish("digid-forgot", 0);
        assert_eq!(p.task_medal("digid"), Medal::Silver);
        assert_eq!(p.task_medal("gp"), Medal::None);
    }

    #[test]
    fn merging_keeps_the_best_of_both_and_loses_nothing() {
        let mut ours = Progress::default();
        ours.finish("a", 0);
        ours.set_step("b", 4);
        let mut theirs = Progress::default();
        theirs.used_help("a");
        theirs.finish("a", 0);
        theirs.set_step("b", 7);
        theirs.set_step("c", 2);
        theirs.finish("d", 0);
        theirs.reached_freely("d");
        theirs.level = Some(Level::Familiar);
        ours.merge(&theirs);
        assert_eq!(ours.medal("a"), Medal::Silver);
        assert_eq!(ours.lessons["b"].step, 4);
        assert_eq!(ours.lessons["c"].step, 2);
        assert_eq!(ours.medal("d"), Medal::Gold);
        assert_eq!(ours.level, Some(Level::Familiar));
        ours.level = Some(Level::Beginner);
        ours.merge(&theirs);
        assert_eq!(ours.level, Some(Level::Beginner));
    }
}

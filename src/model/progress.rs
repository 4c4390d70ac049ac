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
/// Saved as a number (0 to 3): the saved document is read on every visit,
/// and numbers cost the first visit nothing new to read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(from = "u8", into = "u8")]
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
}

/// The starting point the self-check suggests; only this is kept of it.
/// Saved as a number (1 to 3), like [`Medal`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(from = "u8", into = "u8")]
pub enum Level {
    Beginner,
    Familiar,
    Experienced,
}

impl From<u8> for Medal {
    fn from(n: u8) -> Medal {
        match n {
            1 => Medal::Bronze,
            2 => Medal::Silver,
            3.. => Medal::Gold,
            0 => Medal::None,
        }
    }
}

impl From<Medal> for u8 {
    fn from(m: Medal) -> u8 {
        m as u8
    }
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

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LessonProgress {
    /// Zero-based step the learner is on.
    pub step: u32,
    /// Finished at least once.
    pub finished: bool,
    pub medal: Medal,
    /// A help button was used since this run of the lesson began.
    pub helped: bool,
    /// The looks the lesson was finished in, each once, separated by
    /// spaces ("*" for the only look of a service with one).
    pub looks: String,
    /// The lesson's goal was reached in free practice.
    pub free: bool,
}

impl LessonProgress {
    /// The medal, as earned; a document from before medals counts a
    /// finished lesson as brons.
    pub fn medal(&self) -> Medal {
        if self.finished {
            self.medal.max(Medal::Bronze)
        } else {
            self.medal
        }
    }

    /// Adds a look the lesson was finished in, once ("*" stands for the
    /// only look of a service with one).
    fn add_look(&mut self, look: &str) {
        let look = if look.is_empty() {
            "*".to_owned()
        } else {
            look.replace(' ', "-")
        };
        if !self.looks.split(' ').any(|l| l == look) {
            if !self.looks.is_empty() {
                self.looks.push(' ');
            }
            self.looks.push_str(&look);
        }
    }

    fn looks_count(&self) -> usize {
        self.looks.split(' ').filter(|l| !l.is_empty()).count()
    }

    fn promote(&mut self) {
        if self.medal() >= Medal::Silver && (self.free || self.looks_count() >= 2) {
            self.medal = Medal::Gold;
        }
    }
}

impl Progress {
    /// Records the step a learner reached in a lesson; step 0 begins a
    /// new run, with no help used yet.
    pub fn set_step(&mut self, lesson: &str, step: u32) {
        let entry = self.lessons.entry(lesson.to_owned()).or_default();
        if step == 0 && entry.step != 0 {
            entry.helped = false;
        }
        entry.step = step;
    }

    /// The learner pressed a help button in this lesson.
    pub fn used_help(&mut self, lesson: &str) {
        self.lessons.entry(lesson.to_owned()).or_default().helped = true;
    }

    /// Marks a lesson finished in `look`; finishing is never undone by a
    /// later visit, and a medal is never lowered.
    pub fn finish(&mut self, lesson: &str, look: &str) {
        let entry = self.lessons.entry(lesson.to_owned()).or_default();
        entry.finished = true;
        entry.step = 0;
        let earned = if entry.helped {
            Medal::Bronze
        } else {
            Medal::Silver
        };
        entry.medal = entry.medal().max(earned);
        entry.helped = false;
        entry.add_look(look);
        entry.promote();
    }

    /// The goal of `lesson` was reached in free practice.
    pub fn reached_freely(&mut self, lesson: &str) {
        let entry = self.lessons.entry(lesson.to_owned()).or_default();
        entry.free = true;
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

    /// Adds `other` to this progress, keeping the best of both: the higher
    /// medal, a place in a lesson where this device has none, the level
    /// when this device has none. Nothing this device has is lost.
    pub fn merge(&mut self, other: &Progress) {
        for (id, theirs) in &other.lessons {
            let ours = self.lessons.entry(id.clone()).or_default();
            ours.medal = ours.medal().max(theirs.medal());
            ours.finished |= theirs.finished || theirs.medal() > Medal::None;
            if ours.step == 0 {
                ours.step = theirs.step;
            }
            for look in theirs.looks.split(' ').filter(|l| !l.is_empty()) {
                ours.add_look(look);
            }
            ours.free |= theirs.free;
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
                Some(("finish", look)) => p.finish("x", look),
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
        p.finish("x", "a");
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
        p.finish("x", "");
        p.level = Some(Level::Experienced);
        let json = serde_json::to_string(&p).unwrap_or_default();
        assert!(json.contains(r#""medal":2"#), "{json}");
        assert!(json.contains(r#""level":3"#), "{json}");
        assert!(json.contains(r#""looks":"*""#), "{json}");
        assert_eq!(serde_json::from_str::<Progress>(&json).ok(), Some(p));
        // Numbers from a newer version read as the nearest we know.
        let odd: Progress = serde_json::from_str(r#"{"level":9}"#).unwrap_or_default();
        assert_eq!(odd.level, Some(Level::Experienced));
        let high: Progress =
            serde_json::from_str(r#"{"lessons":{"x":{"medal":7}}}"#).unwrap_or_default();
        assert_eq!(high.medal("x"), Medal::Gold);
    }

    #[test]
    fn a_task_shows_its_best_medal() {
        let mut p = Progress::default();
        assert_eq!(p.task_medal("digid"), Medal::None);
        p.used_help("digid-web");
        p.finish("digid-web", "");
        p.finish("digid-forgot", "");
        assert_eq!(p.task_medal("digid"), Medal::Silver);
        assert_eq!(p.task_medal("gp"), Medal::None);
    }

    #[test]
    fn merging_keeps_the_best_of_both_and_loses_nothing() {
        let mut ours = Progress::default();
        ours.finish("a", "x");
        ours.set_step("b", 4);
        let mut theirs = Progress::default();
        theirs.used_help("a");
        theirs.finish("a", "x");
        theirs.set_step("b", 7);
        theirs.set_step("c", 2);
        theirs.finish("d", "x");
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

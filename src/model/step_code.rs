/*!
"Waar ben ik?": a short code for every lesson step, like `D2-5` (task
letter, lesson number within the task, step number), shown large on the
step so a helper in a group lesson can read from a distance where each
learner is, and listed per lesson on the task pages. It names no one and
nothing is stored: it is derived from the lesson index.

Codes follow the order of the lessons in a task (`lesson::FILES`), so a new
lesson at the end of a task never changes an existing code.
*/

use super::lesson_index;

/// The letter of each home task: D for DigiD, H for huisarts, ...
const LETTERS: [(&str, char); 8] = [
    ("digid", 'D'),
    ("gp", 'H'),
    ("repeat", 'M'),
    ("hospital", 'Z'),
    ("appointment", 'A'),
    ("video", 'V'),
    ("phishing", 'P'),
    ("basics", 'B'),
];

/// Where a learner is: a lesson of a task, and a step (both from 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepCode {
    pub letter: char,
    pub lesson: usize,
    pub step: usize,
}

impl std::fmt::Display for StepCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}-{}", self.letter, self.lesson, self.step)
    }
}

/// A task's letter.
pub fn letter(task: &str) -> Option<char> {
    LETTERS.iter().find(|(t, _)| *t == task).map(|(_, l)| *l)
}

/// The code of a lesson (`D2`): its task's letter and its place in the task.
pub fn lesson_code(lesson: &str) -> Option<String> {
    at(lesson, 0).map(|c| format!("{}{}", c.letter, c.lesson))
}

/// The code of step `index` (from 0) of `lesson`.
pub fn at(lesson: &str, index: usize) -> Option<StepCode> {
    let entry = lesson_index::INDEX.iter().find(|e| e.id == lesson)?;
    if index >= entry.steps {
        return None;
    }
    let number = lesson_index::for_task(entry.task).position(|e| e.id == lesson)? + 1;
    Some(StepCode {
        letter: letter(entry.task)?,
        lesson: number,
        step: index + 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tasks::TASKS;

    #[test]
    fn every_task_has_its_own_letter() {
        for task in TASKS {
            assert!(letter(task.id).is_some(), "{} has no letter", task.id);
        }
        for (i, (task, l)) in LETTERS.iter().enumerate() {
            assert!(TASKS.iter().any(|t| t.id == *task), "{task} is no task");
            assert!(LETTERS[..i].iter().all(|(_, o)| o != l), "{l} twice");
            assert!(l.is_ascii_uppercase());
        }
    }

    #[test]
    fn every_step_has_its_own_code() {
        let mut seen = std::collections::BTreeSet::new();
        for entry in lesson_index::INDEX {
            for index in 0..entry.steps {
                let code = at(entry.id, index).expect(entry.id).to_string();
                assert!(seen.insert(code.clone()), "{code} twice");
                let (head, step) = code.split_once('-').expect("a dash");
                assert_eq!(step, (index + 1).to_string());
                assert_eq!(Some(head.to_owned()), lesson_code(entry.id));
            }
            assert_eq!(at(entry.id, entry.steps), None);
        }
        assert_eq!(at("bestaat-niet", 0), None);
    }

    #[test]
    fn codes_read_as_letter_lesson_step() {
        let second = lesson_index::for_task("digid").nth(1).map(|e| e.id);
        let code = at(second.expect("DigiD has two lessons"), 4).map(|c| c.to_string());
        assert_eq!(code.as_deref(), Some("D2-5"));
    }

    #[test]
    fn a_lesson_code_is_its_letter_and_number() {
        let first = lesson_index::for_task("basics").next().map(|e| e.id);
        assert_eq!(lesson_code(first.expect("basics")), Some("B1".to_owned()));
        assert_eq!(lesson_code("bestaat-niet"), None);
    }
}

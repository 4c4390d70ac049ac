/*!
What the home page knows about the lessons: which task each belongs to and
how many steps it has. Generated at build time from the lesson files, so
the home page needs neither the lesson parser nor any practice service;
those arrive with the lesson player. A test checks that the index agrees
with the parsed lessons.
*/

/// One lesson, as the home page sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub id: &'static str,
    pub task: &'static str,
    pub steps: usize,
}

include!(concat!(env!("OUT_DIR"), "/lesson_index.rs"));

/// The lessons of a home page task.
pub fn for_task(task: &str) -> impl Iterator<Item = &'static Entry> + '_ {
    INDEX.iter().filter(move |e| e.task == task)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_agrees_with_the_parsed_lessons() {
        let mut parsed: Vec<(String, String, usize)> = crate::lesson::all()
            .iter()
            .map(|l| (l.id.clone(), l.task.clone(), l.steps.len()))
            .collect();
        let mut index: Vec<(String, String, usize)> = INDEX
            .iter()
            .map(|e| (e.id.to_owned(), e.task.to_owned(), e.steps))
            .collect();
        parsed.sort();
        index.sort();
        assert_eq!(parsed, index);
        assert_eq!(crate::lesson::FILES.len(), INDEX.len());
        assert!(for_task("digid").count() >= 5);
        assert_eq!(for_task("no-such-task").count(), 0);
    }
}

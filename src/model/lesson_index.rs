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
    /// The practice service the lesson runs in.
    pub service: &'static str,
    /// The event that ends the lesson: reached in free practice, it counts
    /// towards goud.
    pub goal: &'static str,
    pub steps: usize,
}

include!(concat!(env!("OUT_DIR"), "/lesson_index.rs"));

/// The lessons whose goal `event` of `service` reaches.
pub fn reached_by<'a>(
    service: &'a str,
    event: &'a str,
) -> impl Iterator<Item = &'static Entry> + 'a {
    INDEX
        .iter()
        .filter(move |e| e.service == service && e.goal == event)
}

/// The lessons of a home page task.
pub fn for_task(task: &str) -> impl Iterator<Item = &'static Entry> + '_ {
    INDEX.iter().filter(move |e| e.task == task)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_agrees_with_the_parsed_lessons() {
        // The same lessons in the same order: pages list them from the index.
        let order: Vec<&str> = INDEX.iter().map(|e| e.id).collect();
        let parsed_order: Vec<&str> = crate::lesson::all().iter().map(|l| l.id.as_str()).collect();
        assert_eq!(order, parsed_order);
        let mut parsed: Vec<_> = crate::lesson::all()
            .iter()
            .map(|l| {
                let goal = l.steps.last().map(|s| s.done_when.clone());
                (
                    l.id.clone(),
                    l.task.clone(),
                    l.service().id(),
                    goal,
                    l.steps.len(),
                )
            })
            .collect();
        let mut index: Vec<_> = INDEX
            .iter()
            .map(|e| {
                let goal = Some(e.goal.to_owned());
                (e.id.to_owned(), e.task.to_owned(), e.service, goal, e.steps)
            })
            .collect();
        parsed.sort();
        index.sort();
        assert_eq!(parsed, index);
        assert_eq!(crate::lesson::FILES.len(), INDEX.len());
        assert!(for_task("digid").count() >= 5);
        assert_eq!(for_task("no-such-task").count(), 0);
    }
}

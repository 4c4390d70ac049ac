/*!
The tasks on the home page: goals from daily life ("what do you want to be
able to do?"), not topics. Each names its picture and its texts by id; the
texts live in `locales/` under `task-<id>-title` and `task-<id>-text`.
*/

/// A goal a learner can pick on the home page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Task {
    /// Stable id, used in the URL (`/taak/<id>`), picture and locale keys.
    pub id: &'static str,
    /// Fluent key of the title.
    pub title: &'static str,
    /// Fluent key of the one-line description.
    pub text: &'static str,
}

impl Task {
    /// Path of the picture in `public/`.
    pub fn picture(&self) -> String {
        format!("/img/task-{}.svg", self.id)
    }
}

macro_rules! task {
    ($id:literal) => {
        Task {
            id: $id,
            title: concat!("task-", $id, "-title"),
            text: concat!("task-", $id, "-text"),
        }
    };
}

/// Home page order: the DigiD chain first, because every care portal
/// starts with it.
pub const TASKS: [Task; 8] = [
    task!("digid"),
    task!("gp"),
    task!("repeat"),
    task!("hospital"),
    task!("appointment"),
    task!("video"),
    task!("phishing"),
    task!("basics"),
];

/// The care journey, in the order a patient meets it: the GP, the
/// pharmacy, the hospital. Their task pages show it as a path.
pub const CARE_JOURNEY: [&str; 3] = ["gp", "repeat", "hospital"];

/// Finds a task by the id in a URL.
pub fn find(id: &str) -> Option<&'static Task> {
    TASKS.iter().find(|t| t.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_url_safe() {
        let mut ids: Vec<_> = TASKS.iter().map(|t| t.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), TASKS.len());
        for id in ids {
            assert!(id.chars().all(|c| c.is_ascii_lowercase()), "{id}");
        }
    }

    #[test]
    fn every_task_has_a_picture_file() {
        for task in TASKS {
            let path = format!("public{}", task.picture());
            assert!(std::path::Path::new(&path).is_file(), "missing {path}");
        }
    }

    #[test]
    fn the_care_journey_names_tasks() {
        for id in CARE_JOURNEY {
            assert!(find(id).is_some(), "{id}");
        }
    }

    #[test]
    fn lookup_by_id() {
        assert_eq!(find("digid").map(|t| t.title), Some("task-digid-title"));
        assert_eq!(find("DIGID"), None);
        assert_eq!(find("../etc"), None);
    }
}

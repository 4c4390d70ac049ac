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
    /// Address of the picture. All task pictures are one file,
    /// `public/img/taken.svg` (one download for the home page instead of
    /// eight, and brotli shares their common parts: 1.9 KB instead of
    /// 3.6 KB). They sit one below the other, 240 × 160 each, and the
    /// fragment names the `<view>` that shows one.
    pub fn picture(&self) -> String {
        format!("{SPRITE}#{}", self.id)
    }
}

/// The file with every task's picture.
const SPRITE: &str = "/img/taken.svg";

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
    fn every_task_has_a_picture_in_the_file_and_each_picture_its_own_place() {
        let sprite =
            std::fs::read_to_string(format!("public{SPRITE}")).expect("public/img/taken.svg");
        let views: Vec<&str> = sprite.split("<view ").skip(1).collect();
        assert_eq!(views.len(), TASKS.len(), "one picture per task, no more");
        let mut places = Vec::new();
        for task in TASKS {
            assert_eq!(task.picture(), format!("/img/taken.svg#{}", task.id));
            let view = views
                .iter()
                .find(|v| v.starts_with(&format!("id=\"{}\" ", task.id)))
                .unwrap_or_else(|| panic!("no <view> for {}", task.id));
            // Its place: the box of the picture it shows.
            let top = view
                .split("viewBox=\"0 ")
                .nth(1)
                .and_then(|v| v.split(' ').next());
            let y: usize = top.and_then(|t| t.parse().ok()).expect("a viewBox");
            assert_eq!(y % 160, 0, "{}", task.id);
            assert!(
                sprite.contains(&format!("<svg y=\"{y}\" width=\"240\" height=\"160\">")),
                "{}",
                task.id
            );
            places.push(y);
        }
        places.sort_unstable();
        places.dedup();
        assert_eq!(places.len(), TASKS.len(), "two views show the same place");
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

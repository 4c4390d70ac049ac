/*!
Every path the app knows, in one place. Views link with [`href`] and
[`task`], and the router in `ui::app` matches the same segment constants,
so a renamed path cannot leave a dead link behind.
*/

/// Segment of the settings page.
pub const SETTINGS: &str = "instellingen";
/// Segment of the help page.
pub const HELP: &str = "hulp";
/// Segment of the about page.
pub const ABOUT: &str = "over";
/// First segment of a task page: `/taak/<id>`.
pub const TASK: &str = "taak";
/// Name of the id parameter of a task page.
pub const TASK_ID: &str = "id";

/// The home page.
pub const HOME_HREF: &str = "/";

/// Absolute path of a one-segment page.
pub fn href(segment: &str) -> String {
    format!("/{segment}")
}

/// Path of a task's page.
pub fn task(id: &str) -> String {
    format!("/{TASK}/{id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        assert_eq!(task("digid"), "/taak/digid");
        assert_eq!(href(SETTINGS), "/instellingen");
        for segment in [SETTINGS, HELP, ABOUT, TASK] {
            assert!(!segment.contains('/'), "{segment}");
        }
    }
}

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
/// Segment of "Mijn voortgang" (medals, the progress code).
pub const PROGRESS: &str = "voortgang";
/// The part of the printable certificate: `/voortgang/certificaat`.
pub const CERTIFICATE: &str = "certificaat";
/// The part of "Wie oefent er?", for several learners on one device:
/// `/voortgang/wie`.
pub const LEARNERS: &str = "wie";
/// The part of the self-check: `/voortgang/zelftest`.
pub const SELF_CHECK: &str = "zelftest";
/// Segment of "Woorden op het scherm": `/woorden` and `/woorden/<word>`.
pub const WORDS: &str = "woorden";
/// Segment of a lesson's printable step cards: `/kaarten/<lesson>`.
pub const CARDS: &str = "kaarten";
/// Query parameter of the step cards' second language (`?taal=ar`).
pub const SECOND_LANG: &str = "taal";
/// Query parameter of presenter mode's screen (`/les/<lesson>/1?presenteren=ja`).
pub const PRESENT: &str = "presenteren";
/// Segment of the oefenkaart to print (six on an A4).
pub const CARD_SHEET: &str = "oefenkaart";
/// Segment of a lesson's plan for trainers: `/lesplan/<lesson>`.
pub const PLAN: &str = "lesplan";
/// Segment of presenter mode's controls: `/bediening/<lesson>`.
pub const CONTROLS: &str = "bediening";
/// First segment of a task page: `/taak/<id>`.
pub const TASK: &str = "taak";
/// Name of the id parameter of a task page.
pub const TASK_ID: &str = "id";
/// First segment of a lesson: `/les/<lesson>/<step>`.
pub const LESSON: &str = "les";
/// Parameter names of a lesson page.
pub const LESSON_ID: &str = "lesson";
pub const LESSON_STEP: &str = "step";
/// The step segment of a finished lesson.
pub const LESSON_DONE: &str = "klaar";
/// First segment of free practice: `/oefenen/<service>`.
pub const PRACTICE: &str = "oefenen";
pub const PRACTICE_SERVICE: &str = "service";

/// Query parameter naming the look of a service that comes in several
/// (`/les/huisarts-vraag/1?portaal=oefenzorg`).
pub const LOOK: &str = "portaal";

/// The home page.
pub const HOME_HREF: &str = "/";

/// Absolute path of a one-segment page.
pub fn href(segment: &str) -> String {
    format!("/{segment}")
}

/// For a path under "Mijn voortgang": its part (`None` for the page
/// itself, else `certificaat`, `zelftest`, or what was typed).
pub fn progress_part(path: &str) -> Option<Option<&str>> {
    part_under(PROGRESS, path)
}

/// For a path under "Woorden op het scherm": the word, if one is named.
pub fn words_part(path: &str) -> Option<Option<&str>> {
    part_under(WORDS, path)
}

/// For a path under the step cards: the lesson, if one is named.
pub fn cards_part(path: &str) -> Option<Option<&str>> {
    part_under(CARDS, path)
}

/// For a path under presenter mode's controls: the lesson, if one is named.
pub fn controls_part(path: &str) -> Option<Option<&str>> {
    part_under(CONTROLS, path)
}

/// For the oefenkaart to print: `Some(None)` for `/oefenkaart`.
pub fn card_sheet_part(path: &str) -> Option<Option<&str>> {
    part_under(CARD_SHEET, path)
}

/// For a path under the lesson plans: the lesson, if one is named.
pub fn plan_part(path: &str) -> Option<Option<&str>> {
    part_under(PLAN, path)
}

/// A lesson's plan for trainers.
pub fn plan(lesson: &str) -> String {
    format!("/{PLAN}/{lesson}")
}

/// Presenter mode's controls of a lesson.
pub fn controls(lesson: &str) -> String {
    format!("/{CONTROLS}/{lesson}")
}

/// Step `number` (from 1; the lesson's end after the last) of a lesson on
/// presenter mode's screen, in `look`.
pub fn presented(lesson: &str, number: usize, total: usize, look: Option<&str>) -> String {
    let path = if number > total {
        lesson_done(lesson)
    } else {
        lesson_step(lesson, number.max(1))
    };
    presenting(with_look(path, look))
}

/// `path` (a lesson page, perhaps with a look) on presenter mode's screen.
pub fn presenting(path: String) -> String {
    let join = if path.contains('?') { '&' } else { '?' };
    format!("{path}{join}{PRESENT}=ja")
}

/// The printable step cards of a lesson.
pub fn cards(lesson: &str) -> String {
    format!("/{CARDS}/{lesson}")
}

/// For a path `/<segment>` or `/<segment>/<part>` (a closing slash
/// allowed): `Some(None)` or `Some(Some(part))`; `None` for any other path.
fn part_under<'a>(segment: &str, path: &'a str) -> Option<Option<&'a str>> {
    let rest = path.strip_prefix('/')?.strip_prefix(segment)?;
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    match rest.strip_prefix('/') {
        _ if rest.is_empty() => Some(None),
        Some(part) if !part.is_empty() => Some(Some(part)),
        _ => None,
    }
}

/// A word of "Woorden op het scherm".
pub fn word(id: &str) -> String {
    format!("/{WORDS}/{id}")
}

/// Path of the printable certificate.
pub fn certificate() -> String {
    format!("/{PROGRESS}/{CERTIFICATE}")
}

/// Path of "Wie oefent er?".
pub fn learners() -> String {
    format!("/{PROGRESS}/{LEARNERS}")
}

/// Path of the self-check.
pub fn self_check() -> String {
    format!("/{PROGRESS}/{SELF_CHECK}")
}

/// Path of a task's page.
pub fn task(id: &str) -> String {
    format!("/{TASK}/{id}")
}

/// A lesson, where the learner left off.
pub fn lesson(id: &str) -> String {
    format!("/{LESSON}/{id}")
}

/// A lesson step; `number` counts from 1, as the learner sees it.
pub fn lesson_step(id: &str, number: usize) -> String {
    format!("/{LESSON}/{id}/{number}")
}

/// The finish screen of a lesson.
pub fn lesson_done(id: &str) -> String {
    format!("/{LESSON}/{id}/{LESSON_DONE}")
}

/// Free practice with a service.
pub fn practice(service: &str) -> String {
    format!("/{PRACTICE}/{service}")
}

/// `path` in look `look` (unchanged without one).
pub fn with_look(path: String, look: Option<&str>) -> String {
    match look {
        Some(look) => format!("{path}?{LOOK}={look}"),
        None => path,
    }
}

/// The page a path belongs to: all steps of a lesson are one page.
pub fn page_of(path: &str) -> &str {
    let lesson_prefix = format!("/{LESSON}/");
    match path.strip_prefix(&lesson_prefix) {
        Some(rest) => {
            let id_len = rest.find('/').unwrap_or(rest.len());
            &path[..lesson_prefix.len() + id_len]
        }
        None => path,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presenter_paths() {
        assert_eq!(controls("gp-book"), "/bediening/gp-book");
        assert_eq!(plan("gp-book"), "/lesplan/gp-book");
        assert_eq!(plan_part("/lesplan/gp-book/"), Some(Some("gp-book")));
        assert_eq!(controls_part("/bediening/gp-book"), Some(Some("gp-book")));
        assert_eq!(controls_part("/bediening"), Some(None));
        assert_eq!(
            presented("gp-book", 3, 11, None),
            "/les/gp-book/3?presenteren=ja"
        );
        assert_eq!(
            presented("gp-book", 1, 11, Some("oefenzorg")),
            "/les/gp-book/1?portaal=oefenzorg&presenteren=ja"
        );
        assert_eq!(
            presented("gp-book", 12, 11, None),
            "/les/gp-book/klaar?presenteren=ja"
        );
        assert_eq!(
            presented("gp-book", 0, 11, None),
            "/les/gp-book/1?presenteren=ja"
        );
    }

    #[test]
    fn paths() {
        assert_eq!(task("digid"), "/taak/digid");
        assert_eq!(certificate(), "/voortgang/certificaat");
        assert_eq!(progress_part("/voortgang"), Some(None));
        assert_eq!(progress_part("/voortgang/"), Some(None));
        assert_eq!(
            progress_part("/voortgang/certificaat"),
            Some(Some(CERTIFICATE))
        );
        assert_eq!(
            progress_part("/voortgang/zelftest/"),
            Some(Some(SELF_CHECK))
        );
        assert_eq!(progress_part("/voortgang/a/b"), Some(Some("a/b")));
        assert_eq!(progress_part("/voortgangen"), None);
        assert_eq!(progress_part("/over"), None);
        assert_eq!(progress_part(""), None);
        assert_eq!(words_part("/woorden"), Some(None));
        assert_eq!(words_part("/woorden/pincode/"), Some(Some("pincode")));
        assert_eq!(words_part("/woordenboek"), None);
        assert_eq!(words_part("/voortgang"), None);
        assert_eq!(word("qr-code"), "/woorden/qr-code");
        assert_eq!(cards_part("/kaarten/digid-web"), Some(Some("digid-web")));
        assert_eq!(cards("gp-book"), "/kaarten/gp-book");
        assert_eq!(self_check(), "/voortgang/zelftest");
        assert_eq!(learners(), "/voortgang/wie");
        assert_eq!(progress_part("/voortgang/wie"), Some(Some(LEARNERS)));
        assert_eq!(href(SETTINGS), "/instellingen");
        assert_eq!(lesson_step("digid-web", 3), "/les/digid-web/3");
        assert_eq!(lesson_done("digid-web"), "/les/digid-web/klaar");
        assert_eq!(practice("digid-web"), "/oefenen/digid-web");
        assert_eq!(page_of("/les/digid-web/3"), "/les/digid-web");
        assert_eq!(page_of("/les/digid-web/klaar"), "/les/digid-web");
        assert_eq!(page_of("/les/digid-web"), "/les/digid-web");
        assert_eq!(page_of("/taak/digid"), "/taak/digid");
        assert_eq!(
            with_look(lesson_step("huisarts-vraag", 1), Some("oefenzorg")),
            "/les/huisarts-vraag/1?portaal=oefenzorg"
        );
        assert_eq!(with_look(task("gp"), None), "/taak/gp");
        for segment in [SETTINGS, HELP, ABOUT, PROGRESS, CERTIFICATE, TASK] {
            assert!(!segment.contains('/'), "{segment}");
        }
    }
}

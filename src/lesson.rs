/*!
Lessons as data: a lesson names its practice service and its steps; each
step names the practice event that completes it, so a step is done when
the learner really does it in the practice screen.

Lesson files live in `lessons/` and are embedded at build time; their text
lives in `locales/<lang>/lessons.ftl` under `lesson-<lesson>-<step>` (and
`-hint`). A step also lists the actions that do it (`replay`): replaying
the steps before step N rebuilds the practice screen as it is at step N,
for a deep link, a reload, "Vorige stap", and the step's picture.

[`validate`] checks a lesson against the services, locales and pictures;
`tests/lessons.rs` runs it on every shipped lesson.
*/

use std::sync::OnceLock;

use serde::Deserialize;

use crate::practice::{Action, Service, State};

/// The shipped lesson files.
pub const FILES: &[(&str, &str)] = &[
    (
        "digid-apply.json",
        include_str!("../lessons/digid-apply.json"),
    ),
    ("digid-web.json", include_str!("../lessons/digid-web.json")),
    (
        "digid-forgot.json",
        include_str!("../lessons/digid-forgot.json"),
    ),
    (
        "digid-app-activate.json",
        include_str!("../lessons/digid-app-activate.json"),
    ),
    (
        "digid-app-qr.json",
        include_str!("../lessons/digid-app-qr.json"),
    ),
    (
        "digid-app-phone.json",
        include_str!("../lessons/digid-app-phone.json"),
    ),
    (
        "digid-pin-forgot.json",
        include_str!("../lessons/digid-pin-forgot.json"),
    ),
    ("phishing.json", include_str!("../lessons/phishing.json")),
    ("gp-login.json", include_str!("../lessons/gp-login.json")),
    ("gp-ask.json", include_str!("../lessons/gp-ask.json")),
    (
        "gp-results.json",
        include_str!("../lessons/gp-results.json"),
    ),
    ("gp-child.json", include_str!("../lessons/gp-child.json")),
    ("gp-book.json", include_str!("../lessons/gp-book.json")),
    ("gp-repeat.json", include_str!("../lessons/gp-repeat.json")),
    (
        "video-test.json",
        include_str!("../lessons/video-test.json"),
    ),
    (
        "video-permission.json",
        include_str!("../lessons/video-permission.json"),
    ),
    (
        "video-call.json",
        include_str!("../lessons/video-call.json"),
    ),
    (
        "pharmacy-order.json",
        include_str!("../lessons/pharmacy-order.json"),
    ),
    (
        "hospital-questionnaire.json",
        include_str!("../lessons/hospital-questionnaire.json"),
    ),
    (
        "hospital-checkin.json",
        include_str!("../lessons/hospital-checkin.json"),
    ),
    (
        "referral-book.json",
        include_str!("../lessons/referral-book.json"),
    ),
    (
        "vaccination-change.json",
        include_str!("../lessons/vaccination-change.json"),
    ),
    (
        "basics-tap.json",
        include_str!("../lessons/basics-tap.json"),
    ),
    (
        "basics-type.json",
        include_str!("../lessons/basics-type.json"),
    ),
    (
        "basics-scroll.json",
        include_str!("../lessons/basics-scroll.json"),
    ),
    (
        "basics-back.json",
        include_str!("../lessons/basics-back.json"),
    ),
    (
        "basics-choose.json",
        include_str!("../lessons/basics-choose.json"),
    ),
    (
        "basics-date.json",
        include_str!("../lessons/basics-date.json"),
    ),
    (
        "basics-link.json",
        include_str!("../lessons/basics-link.json"),
    ),
    (
        "basics-popup.json",
        include_str!("../lessons/basics-popup.json"),
    ),
    (
        "basics-zoom.json",
        include_str!("../lessons/basics-zoom.json"),
    ),
];

/// One lesson.
#[derive(Clone, Debug, PartialEq)]
pub struct Lesson {
    pub id: String,
    pub service: Service,
    /// The home page task this lesson belongs to.
    pub task: String,
    /// Actions that set the practice screen up before step 1 (for
    /// example: the DigiD app is already installed and activated).
    pub setup: Vec<Action>,
    pub steps: Vec<Step>,
}

/// One step of a lesson.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub id: String,
    /// The control "Laat zien" points at.
    pub target: Option<String>,
    /// What else on the practice screen the step asks the learner to look
    /// at (a ticket's number, an order's status): kept in view with the
    /// control.
    pub show: Option<String>,
    /// The practice event that completes the step.
    pub done_when: String,
    /// Whether `lesson-<lesson>-<step>-hint` exists.
    pub hint: bool,
    /// A drawing in `public/` for things off-screen; without it the
    /// picture is the practice screen itself, small, with the target lit.
    pub picture: Option<String>,
    /// What the learner does in this step.
    pub replay: Vec<Action>,
    /// The learner makes up a value here (a username, a password, a PIN).
    /// Typed secrets are never saved, so after a reload the replay uses the
    /// lesson's example instead, and the player says so.
    pub own_choice: bool,
}

/// A lesson file as written; its actions are read once the service is known.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LessonFile {
    id: String,
    service: String,
    task: String,
    #[serde(default)]
    setup: Vec<serde_json::Value>,
    steps: Vec<StepFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepFile {
    id: String,
    #[serde(default)]
    target: Option<String>,
    #[serde(default)]
    show: Option<String>,
    done_when: String,
    #[serde(default)]
    hint: bool,
    #[serde(default)]
    picture: Option<String>,
    #[serde(default)]
    replay: Vec<serde_json::Value>,
    #[serde(default)]
    own_choice: bool,
}

impl Lesson {
    pub fn title_key(&self) -> String {
        format!("lesson-{}-title", self.id)
    }

    pub fn intro_key(&self) -> String {
        format!("lesson-{}-intro", self.id)
    }

    pub fn done_key(&self) -> String {
        format!("lesson-{}-done", self.id)
    }

    pub fn step_key(&self, step: &Step) -> String {
        format!("lesson-{}-{}", self.id, step.id)
    }

    pub fn hint_key(&self, step: &Step) -> Option<String> {
        step.hint
            .then(|| format!("lesson-{}-{}-hint", self.id, step.id))
    }

    /// The words a lesson text fills in from its service's look (a step
    /// says `Klik op “{ $ask }”`: "Vraag stellen" in one portal, "eConsult"
    /// in the other; Dutch, like the screen). `None`: the first look.
    pub fn text_vars(&self, look: Option<&str>) -> Vec<(&'static str, String)> {
        self.service
            .words(look)
            .into_iter()
            .map(|(name, key)| (name, crate::i18n::practice(key)))
            .collect()
    }

    /// The lesson's practice service (lessons with an unknown service fail
    /// validation; at run time they fall back to DigiD).
    pub fn service(&self) -> Service {
        self.service
    }

    /// Whether rebuilding step `index` puts examples where the learner
    /// chose their own values (a reload, a deep link, "Vorige stap").
    pub fn examples_before(&self, index: usize) -> bool {
        self.steps.iter().take(index).any(|s| s.own_choice)
    }

    /// The practice screen as it is when step `index` starts.
    pub fn state_at(&self, index: usize, seed: u32) -> State {
        let mut state = State::new(self.service(), seed);
        for action in &self.setup {
            state.apply(resolve(action, &state));
        }
        for step in self.steps.iter().take(index) {
            for action in &step.replay {
                state.apply(resolve(action, &state));
            }
        }
        state
    }
}

/// Fills in the placeholders a lesson file may use in a replayed value
/// (`card:username`, `sms:latest`, ...): each service knows its own.
pub fn resolve(action: &Action, state: &State) -> Action {
    state.resolve(action)
}

/// Parses one lesson file: first its shape, then each action as one of
/// its service's actions.
pub fn parse(text: &str) -> Result<Lesson, String> {
    let file: LessonFile = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let service = Service::from_id(&file.service)
        .ok_or_else(|| format!("{}: unknown service {:?}", file.id, file.service))?;
    let actions = |values: Vec<serde_json::Value>| -> Result<Vec<Action>, String> {
        values
            .into_iter()
            .map(|v| Action::parse(service, v))
            .collect()
    };
    let mut steps = vec![];
    for step in file.steps {
        steps.push(Step {
            replay: actions(step.replay).map_err(|e| format!("{}/{}: {e}", file.id, step.id))?,
            id: step.id,
            target: step.target,
            show: step.show,
            done_when: step.done_when,
            hint: step.hint,
            picture: step.picture,
            own_choice: step.own_choice,
        });
    }
    Ok(Lesson {
        setup: actions(file.setup).map_err(|e| format!("{}: setup: {e}", file.id))?,
        id: file.id,
        service,
        task: file.task,
        steps,
    })
}

static LESSONS: OnceLock<Vec<Lesson>> = OnceLock::new();

/// Parses every shipped lesson, once (a broken file is caught by the
/// tests, and skipped rather than breaking the app). In a release build
/// this runs in a wasm chunk of its own, before the lesson player's: the
/// parser and every service's reader of lesson actions are a big part of
/// the lesson code, too big to share one chunk with the player.
pub fn load() -> &'static [Lesson] {
    LESSONS.get_or_init(|| {
        FILES
            .iter()
            .filter_map(|(_, text)| parse(text).ok())
            .collect()
    })
}

/// Every shipped lesson that parses. Built without `split` (tests, `make
/// serve`) this parses on first use; with it, the lesson routes have run
/// [`load`] in its chunk first (before that there are none).
pub fn all() -> &'static [Lesson] {
    #[cfg(not(feature = "split"))]
    return load();
    #[cfg(feature = "split")]
    return LESSONS.get().map_or(&[], Vec::as_slice);
}

pub fn find(id: &str) -> Option<&'static Lesson> {
    all().iter().find(|l| l.id == id)
}

/// The lesson after `lesson` in its task, in the order of `FILES` (the
/// order of the real-life chain: apply, log in, app, ...).
pub fn next_in_task(lesson: &Lesson) -> Option<&'static Lesson> {
    for_task(&lesson.task)
        .skip_while(|l| l.id != lesson.id)
        .nth(1)
}

/// The lessons of a home page task.
pub fn for_task(task: &str) -> impl Iterator<Item = &'static Lesson> + '_ {
    all().iter().filter(move |l| l.task == task)
}

/// Everything wrong with a lesson. `has_text(key)` says whether every
/// locale has a message; `has_file(path)` whether `public/<path>` exists.
pub fn validate(
    lesson: &Lesson,
    has_text: impl Fn(&str) -> bool,
    has_file: impl Fn(&str) -> bool,
) -> Vec<String> {
    let mut problems = vec![];
    let service = lesson.service;
    if crate::model::tasks::find(&lesson.task).is_none() {
        problems.push(format!("{}: unknown task {:?}", lesson.id, lesson.task));
    }
    if lesson.steps.is_empty() {
        problems.push(format!("{}: has no steps", lesson.id));
    }
    let mut keys = vec![lesson.title_key(), lesson.intro_key(), lesson.done_key()];
    let mut seen = std::collections::BTreeSet::new();
    for step in &lesson.steps {
        let at = format!("{}/{}", lesson.id, step.id);
        if !seen.insert(step.id.as_str()) {
            problems.push(format!("{at}: duplicate step id"));
        }
        if !service.events().contains(&step.done_when.as_str()) {
            problems.push(format!("{at}: unknown event {:?}", step.done_when));
        }
        for target in step.target.iter().chain(&step.show) {
            if !service.targets().contains(&target.as_str()) {
                problems.push(format!("{at}: unknown target {target:?}"));
            }
        }
        match &step.picture {
            Some(path) if !has_file(path) => problems.push(format!("{at}: missing picture {path}")),
            None if step.target.is_none() => {
                problems.push(format!("{at}: no picture (needs a target or a drawing)"))
            }
            _ => {}
        }
        keys.push(lesson.step_key(step));
        keys.extend(lesson.hint_key(step));
    }
    for key in keys {
        if !has_text(&key) {
            problems.push(format!("{}: text {key} missing in a locale", lesson.id));
        }
    }
    problems
}

#[cfg(test)]
mod tests;

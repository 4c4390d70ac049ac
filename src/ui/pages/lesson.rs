/*!
The lesson player. The step panel says what to do; the practice screen
beside it (stacked on a phone) is where the learner does it. A step is
done when its practice event happens, not when "next" is pressed.

The URL names the lesson and the step (`/les/digid-web/3`), so a reload or
a shared link opens that step: the practice screen is rebuilt by replaying
the steps before it. The current step and finished lessons are saved.
*/

use std::collections::BTreeSet;

use leptos::prelude::*;
use leptos_router::{
    hooks::{use_navigate, use_params_map, use_query_map},
    NavigateOptions,
};

use super::{
    lesson_done::LessonEnd, lesson_nav::StepNav, lesson_step::StepPanel, not_found::NotFound,
};
use crate::{
    lesson::{self, Lesson},
    practice::{Action, State},
    routes,
    ui::{
        dom,
        focus::{self, InView},
        practice::{
            areas::PracticeArea,
            feedback::{self, SaidAgain},
        },
        prefs::use_prefs,
    },
};

/// Which part of a lesson the URL asks for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum At {
    Step(usize),
    Done,
    Resume,
}

#[component]
pub fn LessonPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let id = Memo::new(move |_| params.read().get(routes::LESSON_ID).unwrap_or_default());
    let look = Memo::new(move |_| query.read().get(routes::LOOK));
    let present = Memo::new(move |_| query.read().get(routes::PRESENT).is_some());
    // Another look is another visit of the lesson: a fresh player.
    move || match lesson::find(&id.get()) {
        Some(lesson) => {
            let look =
                super::practice::look_of(lesson.service, look.get().as_deref()).map(|(id, _)| id);
            let present = present.get();
            view! { <LessonPlayer lesson look present /> }.into_any()
        }
        None => view! { <NotFound /> }.into_any(),
    }
}

/// Shared state of one lesson visit.
#[derive(Clone, Copy)]
pub struct Player {
    pub(super) lesson: &'static Lesson,
    /// The service's look, when the URL chose one (else its first).
    pub(super) look: Option<&'static str>,
    /// On presenter mode's screen (`?presenteren=ja`).
    pub(super) present: bool,
    practice: RwSignal<State>,
    /// The step the live practice screen belongs to.
    live: StoredValue<Option<usize>>,
    seed: StoredValue<u32>,
    navigate: Callback<String>,
    done: RwSignal<BTreeSet<usize>>,
    pub(super) praise: RwSignal<bool>,
    pub(super) highlight: RwSignal<Option<String>>,
    /// "Your own choices were not kept": shown once, after the practice
    /// screen was rebuilt with the lesson's examples.
    pub(super) examples_notice: RwSignal<bool>,
    examples_told: StoredValue<bool>,
    /// "Laat zien" found the learner on another screen of the service and
    /// put the practice screen back where the step starts: said until the
    /// learner acts on the practice screen or moves on.
    pub(super) put_back: RwSignal<bool>,
    /// The learner moved on to another step: bring its text and control
    /// into view once it is drawn.
    pub(super) moved: StoredValue<bool>,
}

impl Player {
    pub(super) fn go(self, at: At) {
        self.moved.set_value(true);
        self.put_back.set(false);
        let path = match at {
            At::Step(i) => routes::lesson_step(&self.lesson.id, i + 1),
            At::Done => routes::lesson_done(&self.lesson.id),
            At::Resume => routes::lesson(&self.lesson.id),
        };
        let path = routes::with_look(path, self.look);
        self.navigate.run(if self.present {
            routes::presenting(path)
        } else {
            path
        });
    }

    /// The number of the look the lesson runs in (the URL's, else the
    /// service's first: 0).
    fn look_number(self) -> usize {
        let looks = self.lesson.service().looks();
        self.look
            .and_then(|look| looks.iter().position(|(id, _)| *id == look))
            .unwrap_or(0)
    }

    /// A help button was pressed: this run earns brons, not zilver.
    pub(super) fn used_help(self, prefs: crate::ui::prefs::Prefs) {
        prefs.update(|s| s.progress.used_help(&self.lesson.id));
    }

    /// A lesson text, with the words of the service's look filled in (a
    /// step says `Klik op “{ $ask }”`: "Vraag stellen" in one portal,
    /// "eConsult" in the other; those words are Dutch, like the screen).
    /// The words come from the look in the address: a deep link draws the
    /// text before the practice screen has its look.
    pub(super) fn text(self, lang: crate::model::lang::Lang, key: &str) -> String {
        crate::i18n::tr_vars(lang, key, &self.lesson.text_vars(self.look))
    }

    /// The practice screen as it is when step `index` starts, in the
    /// chosen look.
    pub(super) fn state_at(self, index: usize) -> State {
        let mut state = self.lesson.state_at(index, self.seed.get_value());
        if let Some(look) = self.look {
            state.set_look(look);
        }
        state
    }

    /// Puts the practice screen where step `index` starts. What the
    /// learner chose themselves (a password, a PIN) was never saved, so
    /// the lesson's examples take its place; the learner is told once.
    fn rebuild(self, index: usize) {
        let mut state = self.state_at(index);
        if self.lesson.examples_before(index) {
            state.mark_examples();
            if !self.examples_told.get_value() {
                self.examples_told.set_value(true);
                self.examples_notice.set(true);
            }
        }
        self.practice.set(state);
        self.live.set_value(Some(index));
    }

    /// What step `index` keeps in view on a phone: its text, its control
    /// and what it asks the learner to look at.
    pub(super) fn in_view(self, index: usize) -> InView {
        let step = &self.lesson.steps[index];
        let live = |id: &Option<String>| id.as_ref().map(|id| format!("live-{id}"));
        InView {
            text: "step-text",
            target: live(&step.target),
            show: live(&step.show),
        }
    }

    /// Whether step `index` was done in this visit (so "Volgende stap" may go on).
    pub(super) fn done_contains(self, index: usize) -> bool {
        self.done.with(|d| d.contains(&index))
    }

    /// "Laat zien": lights step `index`'s control for six seconds and
    /// moves the focus to it.
    pub(super) fn show_me(self, index: usize) {
        let Some(target) = self.lesson.steps.get(index).and_then(|s| s.target.clone()) else {
            return;
        };
        // The learner went to another screen of the service, where the
        // step's control is not: the screen goes back to where the step
        // starts (nothing else can bring them back), and they are told.
        let id = format!("live-{target}");
        if focus::is_drawn(".practice-area .practice-screen") && !focus::is_drawn(&format!("#{id}"))
        {
            self.rebuild(index);
            self.put_back.set(true);
        }
        self.highlight.set(Some(target.clone()));
        focus::focus_when_drawn(id, 120);
        let highlight = self.highlight;
        set_timeout(
            move || {
                let _ = highlight.try_set(None);
            },
            std::time::Duration::from_secs(6),
        );
    }

    /// A trainer's fault for the practice screen's next try.
    pub(super) fn arm(self, fault: crate::practice::Fault) {
        self.practice.update(|state| state.arm(fault));
    }

    pub(super) fn restart(self) {
        self.seed.set_value(dom::random_seed());
        self.done.set(BTreeSet::new());
        self.praise.set(false);
        self.rebuild(0);
        self.go(At::Step(0));
    }
}

#[component]
fn LessonPlayer(
    lesson: &'static Lesson,
    look: Option<&'static str>,
    present: bool,
) -> impl IntoView {
    let params = use_params_map();
    let prefs = use_prefs();
    let total = lesson.steps.len();
    let at = Memo::new(move |_| {
        let step = params.read().get(routes::LESSON_STEP);
        match step.as_deref() {
            Some(routes::LESSON_DONE) => At::Done,
            Some(n) => match n.parse::<usize>() {
                Ok(n) if (1..=total).contains(&n) => At::Step(n - 1),
                _ => At::Resume,
            },
            None => At::Resume,
        }
    });
    let navigate = use_navigate();
    let player = Player {
        lesson,
        look,
        present,
        practice: RwSignal::new(lesson.state_at(0, 1)),
        live: StoredValue::new(None),
        seed: StoredValue::new(dom::random_seed()),
        // The steps of a lesson are one page: moving on keeps the page
        // where it is, so the learner's place and focus stay put.
        navigate: Callback::new(move |path: String| {
            navigate(
                &path,
                NavigateOptions {
                    scroll: false,
                    ..NavigateOptions::default()
                },
            )
        }),
        done: RwSignal::new(BTreeSet::new()),
        praise: RwSignal::new(false),
        highlight: RwSignal::new(None),
        examples_notice: RwSignal::new(false),
        examples_told: StoredValue::new(false),
        put_back: RwSignal::new(false),
        // Opening a lesson on a phone also brings the step and its control into view.
        moved: StoredValue::new(true),
    };
    // Follow the URL: rebuild the practice screen when the learner jumps,
    // remember the step, and send "resume" to the saved step.
    Effect::new(move |_| match at.get() {
        At::Step(i) => {
            if player.live.get_value() != Some(i) {
                player.rebuild(i);
            }
            prefs.update(|s| s.progress.set_step(&lesson.id, i as u32));
        }
        At::Resume => {
            let saved = prefs.peek(|s| s.progress.lessons.get(&lesson.id).map(|l| l.step as usize));
            player.go(At::Step(saved.unwrap_or(0).min(total - 1)));
        }
        At::Done => {
            if player.live.get_value().is_none() {
                let finished = prefs.peek(|s| s.progress.is_finished(&lesson.id));
                player.rebuild(if finished { total } else { 0 });
            }
        }
    });
    let said_again = SaidAgain::new();
    let on_action = Callback::new(move |action: Action| {
        player.praise.set(false);
        player.put_back.set(false);
        let message_before = focus::practice_message();
        let (events, unchanged) = feedback::apply(player.practice, action);
        let At::Step(i) = at.get_untracked() else {
            return;
        };
        let step = &lesson.steps[i];
        if !events.contains(&step.done_when.as_str()) {
            // A new message on the practice screen (a mistake's kind help)
            // must not stay hidden under the step's sticky head: it comes
            // into view with the control, before what the step names. The
            // same refusal again: the learner has seen the control and
            // needs the words, so the message alone comes into view.
            let step_view = player.in_view(i);
            let what = InView {
                show: None,
                target: step_view.target.filter(|_| !unchanged),
                ..step_view
            };
            feedback::after_action(message_before, unchanged, said_again, move || {
                focus::bring_into_view(&what)
            });
        } else {
            said_again.clear();
            player.done.update(|d| {
                d.insert(i);
            });
            player.live.set_value(Some(i + 1));
            player.examples_notice.set(false);
            if i + 1 == total {
                let look = player.look_number();
                prefs.update(|s| s.progress.finish(&lesson.id, look));
                player.go(At::Done);
            } else {
                player.praise.set(true);
                player.go(At::Step(i + 1));
            }
        }
    });
    let on_restart = Callback::new(move |()| player.restart());
    let presenter_bar = present.then(|| super::presenting::follow_controls(player, at.into()));
    view! {
        {presenter_bar}
        <div class="lesson-page" class:finished=move || at.get() == At::Done class:presented=present>
            {said_again.view()}
            {move || match at.get() {
                At::Step(i) => view! {
                    // On a phone the column dissolves: the step, then the
                    // practice screen, then the step buttons.
                    <div class="step-column">
                        <StepPanel player index=i />
                        <StepNav player index=i />
                    </div>
                }
                .into_any(),
                At::Done => view! { <LessonEnd player /> }.into_any(),
                At::Resume => ().into_any(),
            }}
            <PracticeArea
                service=lesson.service()
                state=player.practice
                on_action
                highlight=player.highlight
                on_restart
            />
        </div>
    }
}

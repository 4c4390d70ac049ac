/*!
The self-check page ("Zelftest"): one question or task per screen, big
choices, "Vorige" and "Overslaan" always there. The rules live in
`model::self_check`; this page keeps the answers in memory only and, at
the end, stores the suggested level and nothing else.
*/

use leptos::prelude::*;
use leptos_router::components::A;

use crate::{
    i18n::{k, tr, tr_with},
    model::{
        progress::Level,
        self_check::{first_lesson, is_the_word, Answers, Device, Forms, Health, WORD},
    },
    routes,
    ui::{dom, i18n::use_i18n, icon::Icon, prefs::use_prefs, title::use_page_title},
};

/// Which screen shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    Intro,
    Device,
    Health,
    Forms,
    Tap,
    Type,
    Result,
}

impl Stage {
    const ORDER: [Stage; 7] = [
        Stage::Intro,
        Stage::Device,
        Stage::Health,
        Stage::Forms,
        Stage::Tap,
        Stage::Type,
        Stage::Result,
    ];

    fn step(self, by: isize) -> Stage {
        let i = Stage::ORDER.iter().position(|s| *s == self).unwrap_or(0) as isize;
        let j = (i + by).clamp(0, Stage::ORDER.len() as isize - 1) as usize;
        Stage::ORDER[j]
    }

    /// "Vraag 2 van 5" for the five questions and tasks.
    fn number(self) -> Option<usize> {
        match self {
            Stage::Device => Some(1),
            Stage::Health => Some(2),
            Stage::Forms => Some(3),
            Stage::Tap => Some(4),
            Stage::Type => Some(5),
            Stage::Intro | Stage::Result => None,
        }
    }
}

pub fn level_key(level: Level) -> &'static str {
    match level {
        Level::Beginner => k::SELFCHECK_LEVEL_BEGINNER,
        Level::Familiar => k::SELFCHECK_LEVEL_FAMILIAR,
        Level::Experienced => k::SELFCHECK_LEVEL_EXPERIENCED,
    }
}

fn level_text_key(level: Level) -> &'static str {
    match level {
        Level::Beginner => k::SELFCHECK_LEVEL_BEGINNER_TEXT,
        Level::Familiar => k::SELFCHECK_LEVEL_FAMILIAR_TEXT,
        Level::Experienced => k::SELFCHECK_LEVEL_EXPERIENCED_TEXT,
    }
}

#[derive(Clone, Copy)]
struct Check {
    stage: RwSignal<Stage>,
    answers: RwSignal<Answers>,
    /// A kind message on this screen (a text key), if any.
    message: RwSignal<Option<&'static str>>,
}

impl Check {
    fn go(self, by: isize) {
        self.message.set(None);
        self.stage.update(|s| *s = s.step(by));
        crate::ui::focus::focus_when_drawn("selfcheck-title".into(), 10);
    }
}

#[component]
pub fn SelfCheckPage() -> impl IntoView {
    use_page_title(k::SELFCHECK_TITLE);
    let i18n = use_i18n();
    let check = Check {
        stage: RwSignal::new(Stage::Intro),
        answers: RwSignal::new(Answers::default()),
        message: RwSignal::new(None),
    };
    let counter = move || {
        check.stage.get().number().map(|n| {
            view! {
                <p class="selfcheck-count">
                    {move || tr_with(i18n.lang(), k::SELFCHECK_COUNT, "n", n.to_string())}
                </p>
                <progress max="5" value=n aria-hidden="true"></progress>
            }
        })
    };
    view! {
        <div class="page selfcheck">
            {counter}
            {move || match check.stage.get() {
                Stage::Intro => intro(check).into_any(),
                Stage::Device => question(
                    check,
                    k::SELFCHECK_DEVICE,
                    &[(Device::Yes, k::SELFCHECK_DEVICE_YES), (Device::No, k::SELFCHECK_DEVICE_NO), (Device::NotSure, k::SELFCHECK_NOT_SURE)],
                    |a| a.device,
                    |a, v| a.device = Some(v),
                )
                .into_any(),
                Stage::Health => question(
                    check,
                    k::SELFCHECK_HEALTH,
                    &[(Health::Often, k::SELFCHECK_HEALTH_OFTEN), (Health::Sometimes, k::SELFCHECK_HEALTH_SOMETIMES), (Health::Never, k::SELFCHECK_HEALTH_NEVER)],
                    |a| a.health,
                    |a, v| a.health = Some(v),
                )
                .into_any(),
                Stage::Forms => question(
                    check,
                    k::SELFCHECK_FORMS,
                    &[(Forms::Easy, k::SELFCHECK_FORMS_EASY), (Forms::WithHelp, k::SELFCHECK_FORMS_HELP), (Forms::Hard, k::SELFCHECK_FORMS_HARD), (Forms::NeverDone, k::SELFCHECK_FORMS_NEVER)],
                    |a| a.forms,
                    |a, v| a.forms = Some(v),
                )
                .into_any(),
                Stage::Tap => tap_task(check).into_any(),
                Stage::Type => type_task(check).into_any(),
                Stage::Result => result(check).into_any(),
            }}
        </div>
    }
}

fn intro(check: Check) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1 id="selfcheck-title" tabindex="-1">{i18n.t(k::SELFCHECK_TITLE)}</h1>
        <p class="lead">{i18n.t(k::SELFCHECK_INTRO)}</p>
        <p>{i18n.t(k::SELFCHECK_INTRO_2)}</p>
        <div class="done-actions">
            <button class="button" type="button" on:click=move |_| check.go(1)>
                <span>{i18n.t(k::SELFCHECK_START)}</span>
                <Icon name="forward" />
            </button>
            <A href=routes::HOME_HREF attr:class="button secondary">{i18n.t(k::SELFCHECK_SKIP)}</A>
        </div>
    }
}

/// "Vorige", and "Overslaan" to the home page, on every question.
fn nav(check: Check, next: impl Fn() + 'static) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="done-actions">
            <button class="button" type="button" on:click=move |_| next()>
                <span>{i18n.t(k::SELFCHECK_NEXT)}</span>
                <Icon name="forward" />
            </button>
            <button class="button secondary" type="button" on:click=move |_| check.go(-1)>
                <Icon name="arrow" />
                <span>{i18n.t(k::SELFCHECK_PREVIOUS)}</span>
            </button>
            <A href=routes::HOME_HREF attr:class="button secondary">{i18n.t(k::SELFCHECK_SKIP)}</A>
        </div>
    }
}

fn message(check: Check) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div role="status" id="selfcheck-message">
            {move || check.message.get().map(|key| view! { <p class="field-error">{tr(i18n.lang(), key)}</p> })}
        </div>
    }
}

/// One question as a group of big choices.
fn question<T: Copy + PartialEq + Send + Sync + 'static>(
    check: Check,
    legend: &'static str,
    options: &'static [(T, &'static str)],
    get: fn(&Answers) -> Option<T>,
    set: fn(&mut Answers, T),
) -> impl IntoView {
    let i18n = use_i18n();
    let choices = options
        .iter()
        .enumerate()
        .map(|(i, &(value, key))| {
            let id = format!("selfcheck-choice-{i}");
            view! {
                <li>
                    <input
                        type="radio"
                        name="selfcheck"
                        id=id.clone()
                        prop:checked=move || check.answers.with(|a| get(a) == Some(value))
                        on:change=move |_| {
                            check.answers.update(|a| set(a, value));
                            check.message.set(None);
                        }
                    />
                    <label for=id>{i18n.t(key)}</label>
                </li>
            }
        })
        .collect_view();
    let next = move || {
        if check.answers.with(|a| get(a).is_some()) {
            check.go(1);
        } else {
            check.message.set(Some(k::SELFCHECK_CHOOSE_ONE));
        }
    };
    view! {
        <fieldset class="selfcheck-question" aria-describedby="selfcheck-message">
            <legend>
                <h1 id="selfcheck-title" tabindex="-1">{i18n.t(legend)}</h1>
            </legend>
            <ul class="selfcheck-choices">{choices}</ul>
        </fieldset>
        {message(check)}
        {nav(check, next)}
    }
}

fn tap_task(check: Check) -> impl IntoView {
    let i18n = use_i18n();
    let missed = move |ev: leptos::ev::MouseEvent| {
        if dom::lands_on_no_control(&ev) {
            check.answers.update(|a| a.tapped_first_time = Some(false));
            check.message.set(Some(k::SELFCHECK_TAP_MISSED));
        }
    };
    let hit = move |_| {
        check.answers.update(|a| {
            a.tapped_first_time.get_or_insert(true);
        });
        check.go(1);
    };
    view! {
        <h1 id="selfcheck-title" tabindex="-1">{i18n.t(k::SELFCHECK_TAP)}</h1>
        <div class="selfcheck-tap" on:click=missed>
            <button class="button selfcheck-target" type="button" on:click=hit>
                {i18n.t(k::SELFCHECK_TAP_BUTTON)}
            </button>
        </div>
        {message(check)}
        {nav(check, move || check.message.set(Some(k::SELFCHECK_TAP_FIRST)))}
    }
}

fn type_task(check: Check) -> impl IntoView {
    let i18n = use_i18n();
    let typed = RwSignal::new(String::new());
    let next = move || {
        if is_the_word(&typed.get_untracked()) {
            check.answers.update(|a| {
                a.typed_first_time.get_or_insert(true);
            });
            check.go(1);
        } else {
            check.answers.update(|a| a.typed_first_time = Some(false));
            check.message.set(Some(k::SELFCHECK_TYPE_WRONG));
        }
    };
    view! {
        <h1 id="selfcheck-title" tabindex="-1">{move || tr_with(i18n.lang(), k::SELFCHECK_TYPE, "word", WORD)}</h1>
        <label for="selfcheck-word">{i18n.t(k::SELFCHECK_TYPE_LABEL)}</label>
        <input
            id="selfcheck-word"
            class="selfcheck-word"
            type="text"
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            maxlength="40"
            aria-describedby="selfcheck-message"
            prop:value=typed
            on:input=move |ev| typed.set(event_target_value(&ev))
            on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Enter" { next() }
        />
        {message(check)}
        {nav(check, next)}
    }
}

fn result(check: Check) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    let level = check.answers.with_untracked(Answers::suggest);
    // The level, and nothing else of the answers, is kept.
    prefs.update(|s| s.progress.level = Some(level));
    let lesson = first_lesson(level);
    let title_key = format!("lesson-{lesson}-title");
    view! {
        <h1 id="selfcheck-title" tabindex="-1">{i18n.t(k::SELFCHECK_RESULT_TITLE)}</h1>
        <p class="selfcheck-level">{i18n.t(level_key(level))}</p>
        <p class="lead">{i18n.t(level_text_key(level))}</p>
        <p>{i18n.t(k::SELFCHECK_NO_EXAM)}</p>
        <div class="done-actions">
            <A href=routes::lesson(lesson) attr:class="button">
                <span>{move || tr_with(i18n.lang(), k::SELFCHECK_FIRST_LESSON, "lesson", tr(i18n.lang(), &title_key))}</span>
                <Icon name="forward" />
            </A>
            <A href=routes::HOME_HREF attr:class="button secondary">{i18n.t(k::SELFCHECK_CHOOSE_MYSELF)}</A>
            <button class="button secondary" type="button" on:click=move |_| {
                check.answers.set(Answers::default());
                check.message.set(None);
                check.stage.set(Stage::Intro);
            }>
                {i18n.t(k::SELFCHECK_AGAIN)}
            </button>
        </div>
        <p class="hint">{i18n.t(k::SELFCHECK_HELP)}</p>
    }
}

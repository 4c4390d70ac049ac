/*!
Presenter mode's controls (`/bediening/<lesson>`), for the trainer's own
window while the group watches the screen ([`super::presenting`]): where
the screen is, previous and next, "Laat zien", start again, every step
with its "Waar ben ik?" code, a note for the trainer on the step, and
"Fout laten zien": make the screen's next try fail on purpose.

The controls hold no lesson of their own: they ask the screen where it
is and follow what it says, so closing and reopening either window loses
nothing. "Open het scherm" opens the screen at the step last heard.
*/

use leptos::prelude::*;

use super::not_found::NotFound;
use crate::{
    i18n::{k, tr, tr_vars, tr_with},
    lesson::{self, Lesson},
    model::{
        presenter::{Message, Screen, SCREEN_WINDOW},
        step_code,
    },
    practice::Fault,
    routes,
    ui::{
        i18n::use_i18n,
        icon::Icon,
        presenter::{open_window, Channel},
        title::use_page_title,
    },
};

/// `/bediening/<lesson>`.
#[component]
pub fn ControlsRoute() -> impl IntoView {
    let id = super::use_path_part(routes::controls_part);
    move || match id.get().as_deref().and_then(lesson::find) {
        Some(lesson) => view! { <Controls lesson /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

#[component]
fn Controls(lesson: &'static Lesson) -> impl IntoView {
    use_page_title(k::CONTROLS_PAGE_TITLE);
    let i18n = use_i18n();
    let total = lesson.steps.len();
    let screen = RwSignal::new(Screen::Unknown);
    let look = RwSignal::new(None::<String>);
    let channel = Channel::open(move |message| {
        if let Message::Place(place) = &message {
            if place.lesson == lesson.id {
                look.set(place.look.clone());
            }
        }
        if let Some(heard) = Screen::heard(&lesson.id, &message) {
            screen.set(heard);
        }
    });
    channel.post(&Message::Ask);
    let id = || lesson.id.clone();
    let go = move |step: usize| channel.post(&Message::Go { lesson: id(), step });
    let current = move || screen.with(|s| s.step(total));
    let open_screen = move |_| {
        let number = screen.with_untracked(Screen::reopen_at);
        let path = routes::presented(&lesson.id, number, total, look.get_untracked().as_deref());
        open_window(&path, SCREEN_WINDOW);
    };
    let title_key = lesson.title_key();
    let title = move || tr(i18n.lang(), &title_key);
    let status = move || {
        let lang = i18n.lang();
        match screen.get() {
            Screen::Unknown => tr(lang, k::CONTROLS_NO_SCREEN),
            Screen::At(step) if step >= total => tr(lang, k::CONTROLS_AT_END),
            Screen::At(step) => {
                let code = step_code::at(&lesson.id, step).map(|c| c.to_string());
                let at = super::lesson_step::step_count(lang, step, total);
                tr_with(
                    lang,
                    k::CONTROLS_AT,
                    "step",
                    format!("{at} ({})", code.unwrap_or_default()),
                )
            }
            Screen::Elsewhere(other) => {
                let other = tr(lang, &format!("lesson-{other}-title"));
                tr_with(lang, k::CONTROLS_ELSEWHERE, "lesson", other)
            }
        }
    };
    let has_target = move || current().is_some_and(|step| lesson.steps[step].target.is_some());
    let steps = (0..total)
        .map(|index| view! { <StepRow lesson index look current=Signal::derive(current) go /> })
        .collect_view();
    view! {
        <div class="page controls-page">
            <p class="lead">{i18n.t(k::CONTROLS_INTRO)}</p>
            <h1>{move || tr_with(i18n.lang(), k::CONTROLS_TITLE, "lesson", title())}</h1>
            <p class="controls-status" role="status">{status}</p>
            <div class="controls-buttons">
                <button
                    class="button secondary"
                    type="button"
                    disabled=move || screen.with(|s| s.previous().is_none())
                    on:click=move |_| {
                        if let Some(step) = screen.with_untracked(Screen::previous) {
                            go(step);
                        }
                    }
                >
                    <span>{i18n.t(k::CONTROLS_PREVIOUS)}</span>
                </button>
                <button
                    class="button"
                    type="button"
                    disabled=move || screen.with(|s| s.next(total).is_none())
                    on:click=move |_| {
                        if let Some(step) = screen.with_untracked(|s| s.next(total)) {
                            go(step);
                        }
                    }
                >
                    <span>{i18n.t(k::CONTROLS_NEXT)}</span>
                    <Icon name="forward" />
                </button>
                <button
                    class="button secondary"
                    type="button"
                    disabled=move || !has_target()
                    on:click=move |_| channel.post(&Message::ShowMe { lesson: id() })
                >
                    <Icon name="info" />
                    <span>{i18n.t(k::LESSON_SHOW_ME)}</span>
                </button>
                <button
                    class="button secondary"
                    type="button"
                    on:click=move |_| channel.post(&Message::Restart { lesson: id() })
                >
                    <span>{i18n.t(k::CONTROLS_RESTART)}</span>
                </button>
                <button class="button secondary" type="button" on:click=open_screen>
                    <span>{i18n.t(k::CONTROLS_OPEN_SCREEN)}</span>
                </button>
            </div>
            <Faults lesson channel />
            {move || current().map(|index| view! { <TrainerNote lesson index look /> })}
            <h2>{i18n.t(k::CONTROLS_STEPS)}</h2>
            <ol class="controls-steps">{steps}</ol>
        </div>
    }
}

/// "Fout laten zien": the mistakes this lesson's service can make happen
/// on the screen's next try (none: no section).
#[component]
fn Faults(lesson: &'static Lesson, channel: Channel) -> impl IntoView {
    let i18n = use_i18n();
    let faults = lesson.service.faults();
    let armed = RwSignal::new(None::<Fault>);
    let buttons = faults
        .iter()
        .map(|&fault| {
            let arm = move |_| {
                channel.post(&Message::Fault {
                    lesson: lesson.id.clone(),
                    fault: fault.id().into(),
                });
                armed.set(Some(fault));
            };
            view! {
                <li>
                    <button
                        class="button secondary"
                        type="button"
                        aria-pressed=move || (armed.get() == Some(fault)).to_string()
                        on:click=arm
                    >
                        {i18n.t(fault_key(fault))}
                    </button>
                </li>
            }
        })
        .collect_view();
    (!faults.is_empty()).then(|| {
        view! {
            <section class="controls-faults" aria-labelledby="faults-title">
                <h2 id="faults-title">{i18n.t(k::CONTROLS_FAULTS)}</h2>
                <p>{i18n.t(k::CONTROLS_FAULTS_INTRO)}</p>
                <ul class="controls-buttons">{buttons}</ul>
                <p class="controls-fault-armed" aria-live="polite">
                    {move || armed.get().map(|_| tr(i18n.lang(), k::CONTROLS_FAULT_ARMED))}
                </p>
            </section>
        }
    })
}

/// The button text of a fault, in the trainer's language.
fn fault_key(fault: Fault) -> &'static str {
    match fault {
        Fault::WrongCode => k::FAULT_WRONG_CODE,
        Fault::ExpiredCode => k::FAULT_EXPIRED_CODE,
        Fault::BlockedPin => k::FAULT_BLOCKED_PIN,
        Fault::SlotTaken => k::FAULT_SLOT_TAKEN,
        Fault::CameraBlocked => k::FAULT_CAMERA_BLOCKED,
    }
}

/// One step in the list: its code and text; pressing it sends the screen there.
#[component]
fn StepRow(
    lesson: &'static Lesson,
    index: usize,
    look: RwSignal<Option<String>>,
    current: Signal<Option<usize>>,
    go: impl Fn(usize) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let key = lesson.step_key(&lesson.steps[index]);
    let code = step_code::at(&lesson.id, index).map(|c| c.to_string());
    let text = move || text_in_look(lesson, i18n.lang(), &key, look);
    view! {
        <li>
            <button
                type="button"
                class="controls-step"
                aria-current=move || (current.get() == Some(index)).then_some("step")
                on:click=move |_| go(index)
            >
                <span class="where-code">{code}</span>
                <span>{text}</span>
            </button>
        </li>
    }
}

/// The trainer's note on the current step: its tip, and what to do with
/// a mistake on purpose.
#[component]
fn TrainerNote(
    lesson: &'static Lesson,
    index: usize,
    look: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let step = &lesson.steps[index];
    let tip = lesson.hint_key(step).map(|key| {
        let tip = move || text_in_look(lesson, i18n.lang(), &key, look);
        view! { <p><strong>{i18n.t(k::LESSON_HINT)}": "</strong>{tip}</p> }
    });
    let advice = if step.id == crate::model::lesson_plan::MISTAKE_STEP {
        k::CONTROLS_NOTE_MISTAKE
    } else {
        k::CONTROLS_NOTE_STEP
    };
    view! {
        <section class="trainer-note" aria-labelledby="trainer-note-title">
            <h2 id="trainer-note-title">{i18n.t(k::CONTROLS_NOTE)}</h2>
            <p>{i18n.t(advice)}</p>
            {tip}
        </section>
    }
}

/// A lesson text with the words of the screen's look filled in.
fn text_in_look(
    lesson: &'static Lesson,
    lang: crate::model::lang::Lang,
    key: &str,
    look: RwSignal<Option<String>>,
) -> String {
    look.with(|look| tr_vars(lang, key, &lesson.text_vars(look.as_deref())))
}

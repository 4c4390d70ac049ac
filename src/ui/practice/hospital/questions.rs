//! "Taken": the questionnaire before the visit. One question per screen
//! with "Vraag n van 5", choices as radio buttons (arrow keys move
//! between them), text in a writing box; the check page and sending.

use leptos::prelude::*;

use super::HospitalCtx;
use crate::{
    i18n::{p, practice, practice_args},
    practice::hospital::{Action, Answer, Form, Page, ANSWER_LIMIT, QUESTIONS},
    ui::practice::{
        kit::{Confirmation, WritingBox},
        lit,
    },
};

const ANSWER_TARGETS: [&str; 3] = ["answer-0", "answer-1", "answer-2"];
const CHANGE_TARGETS: [&str; 5] = ["change-0", "change-1", "change-2", "change-3", "change-4"];

fn progress(n: usize) -> String {
    practice_args(
        p::HOSPITAL_PROGRESS,
        &[
            ("n", (n + 1).to_string()),
            ("total", QUESTIONS.len().to_string()),
        ],
    )
}

/// The task list: the questionnaire and where it stands.
pub fn tasks(ctx: HospitalCtx) -> impl IntoView {
    let (sent, started, answered) = ctx
        .state
        .with_untracked(|s| (s.sent, s.started, s.answered()));
    let status = if sent {
        practice(p::HOSPITAL_TASK_SENT)
    } else if started {
        practice_args(
            p::HOSPITAL_TASK_BUSY,
            &[
                ("answered", answered.to_string()),
                ("total", QUESTIONS.len().to_string()),
            ],
        )
    } else {
        practice(p::HOSPITAL_TASK_TODO)
    };
    let label = if started {
        p::HOSPITAL_TASK_CONTINUE
    } else {
        p::HOSPITAL_TASK_START
    };
    view! {
        {ctx.title(p::HOSPITAL_TASKS_TITLE, "menu-home", Page::Home)}
        <section class="hospital-task" aria-labelledby=ctx.id("task-name")>
            <h3 class="ps-row-title" id=ctx.id("task-name")>{practice(p::HOSPITAL_TASK_NAME)}</h3>
            <p class="ps-row-detail">{status}</p>
            {(!sent).then(|| ctx.button("questionnaire", "ps-button", label, Action::Questionnaire))}
        </section>
    }
}

/// One question: its progress, the question, its answer, the way on.
pub fn question(ctx: HospitalCtx, n: usize) -> impl IntoView {
    let n = n.min(QUESTIONS.len() - 1);
    let q = QUESTIONS[n];
    let from_review = ctx.state.with_untracked(|s| s.from_review);
    let answer = move || ctx.state.with(|s| s.answers[n].clone());
    let invalid = move || ctx.state.with(|s| s.problem.is_some());
    let form = match q.form {
        Form::Choice(options) => {
            let legend_id = ctx.id("question-text");
            let radios = options
                .iter()
                .enumerate()
                .map(|(i, key)| {
                    let target = ANSWER_TARGETS[i.min(ANSWER_TARGETS.len() - 1)];
                    let id = ctx.id(target);
                    view! {
                        <li class="ps-radio">
                            <input
                                type="radio"
                                name=ctx.id("answer")
                                id=id.clone()
                                class:highlight=lit(ctx.highlight, target)
                                prop:checked=move || answer() == Answer::Choice(i)
                                on:change=move |_| ctx.send(Action::Choose(i))
                            />
                            <label for=id>{practice(key)}</label>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <fieldset
                    class="ps-choices hospital-question"
                    aria-invalid=move || invalid().to_string()
                    aria-describedby=move || invalid().then(|| ctx.id("error"))
                >
                    <legend class="ps-title" id=legend_id>{practice(q.text)}</legend>
                    {q.hint.map(|h| view! { <p class="ps-hint">{practice(h)}</p> })}
                    <ul>{radios}</ul>
                </fieldset>
            }
            .into_any()
        }
        Form::Text { .. } => {
            let value = Signal::derive(move || match answer() {
                Answer::Text(t) => t,
                _ => String::new(),
            });
            let counter = Signal::derive(move || {
                practice_args(
                    p::HOSPITAL_COUNTER,
                    &[
                        ("count", value.get().chars().count().to_string()),
                        ("max", ANSWER_LIMIT.to_string()),
                    ],
                )
            });
            view! {
                <div class="hospital-question">
                    <WritingBox
                        id=ctx.id("answer-text")
                        label=practice(q.text)
                        hint=q.hint.map(practice).unwrap_or_default()
                        value
                        counter
                        max=ANSWER_LIMIT
                        invalid=Signal::derive(invalid)
                        error_id=ctx.id("error")
                        lit=Signal::derive(lit(ctx.highlight, "answer-text"))
                        on_text=Callback::new(move |text| ctx.send(Action::Text(text)))
                    />
                </div>
            }
            .into_any()
        }
    };
    let last = n + 1 == QUESTIONS.len();
    let next = if last || from_review {
        p::HOSPITAL_TO_REVIEW
    } else {
        p::HOSPITAL_NEXT
    };
    view! {
        <p class="hospital-progress" id=ctx.id("progress")>
            {progress(n)}
            <progress max=QUESTIONS.len() value=n + 1 aria-hidden="true"></progress>
        </p>
        {form}
        {ctx.problem_box()}
        <div class="ps-actions hospital-steps">
            {ctx.button("question-back", "ps-secondary", p::HOSPITAL_PREVIOUS, Action::Previous)}
            {ctx.button("question-next", "ps-button", next, Action::Next)}
        </div>
        {ctx.button("save-later", "ps-link", p::HOSPITAL_SAVE_LATER, Action::SaveLater)}
    }
}

/// Every answer, each with "Wijzigen", and "Versturen".
pub fn review(ctx: HospitalCtx) -> impl IntoView {
    let rows = ctx.state.with_untracked(|s| {
        QUESTIONS
            .iter()
            .zip(&s.answers)
            .enumerate()
            .map(|(i, (q, a))| {
                let shown = match (q.choice_key(a), a) {
                    (Some(key), _) => practice(key),
                    (None, Answer::Text(t)) if !t.trim().is_empty() => t.clone(),
                    _ => practice(p::HOSPITAL_Q_EMPTY),
                };
                view! {
                    <li class="hospital-answer">
                        <span class="ps-row-title">{practice(q.text)}</span>
                        <span class="ps-row-detail">{shown}</span>
                        {ctx.button(CHANGE_TARGETS[i.min(CHANGE_TARGETS.len() - 1)], "ps-link", p::HOSPITAL_CHANGE, Action::Change(i))}
                    </li>
                }
            })
            .collect_view()
    });
    view! {
        <h2 class="ps-title">{practice(p::HOSPITAL_REVIEW_TITLE)}</h2>
        <p>{practice(p::HOSPITAL_REVIEW_TEXT)}</p>
        <ul class="hospital-answers">{rows}</ul>
        {ctx.button("send", "ps-button", p::HOSPITAL_SEND, Action::Send)}
    }
}

pub fn sent(ctx: HospitalCtx) -> impl IntoView {
    view! {
        <Confirmation title=practice(p::HOSPITAL_SENT_TITLE) lines=vec![practice(p::HOSPITAL_SENT_TEXT)] />
        {ctx.button("menu-home", "ps-button", p::HOSPITAL_MENU_HOME, Action::Open(Page::Home))}
    }
}

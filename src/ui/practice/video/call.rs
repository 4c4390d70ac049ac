//! The invitation, joining, the waiting room, the call, and after it.

use leptos::prelude::*;

use super::{portrait, VideoCtx};
use crate::{
    i18n::{p, practice, practice_with},
    practice::video::{Action, Problem, Video, Writer},
    ui::{
        practice::{
            controls::{submit, text_field},
            kit::Confirmation,
        },
        read_aloud::SpeakButton,
    },
};

pub fn mail(ctx: VideoCtx) -> impl IntoView {
    let done = move || ctx.state.with(|s| s.test_done);
    view! {
        <p class="mail-box">{practice(p::VIDEO_MAIL_BOX)}</p>
        <article class="video-mail">
            <h2 class="ps-title">{practice(p::VIDEO_MAIL_SUBJECT)}</h2>
            <p class="mail-from">{practice(p::VIDEO_MAIL_FROM)}</p>
            <p>{practice(p::VIDEO_MAIL_HELLO)}</p>
            <p>{practice(p::VIDEO_MAIL_WHEN)}</p>
            <p>{practice(p::VIDEO_MAIL_TEST_FIRST)}</p>
            <p>{ctx.button("open-test", "ps-link", practice(p::VIDEO_MAIL_TEST_LINK), Action::OpenTest)}</p>
            {move || done().then(|| view! { <p class="video-ok">{practice(p::VIDEO_MAIL_TEST_DONE)}</p> })}
            <p>{practice(p::VIDEO_MAIL_JOIN_WHEN)}</p>
            <p>{ctx.button("open-call", "ps-link", practice(p::VIDEO_MAIL_JOIN_LINK), Action::OpenCall)}</p>
            <p>{practice(p::VIDEO_MAIL_HELP)}</p>
        </article>
    }
}

/// The learner's own picture, or why there is none.
fn self_view(ctx: VideoCtx, small: bool) -> impl IntoView {
    let state = ctx.state;
    move || {
        let (picture, on) = state.with(|s| (s.picture(), s.camera_on));
        let text = if !on {
            p::VIDEO_CAMERA_IS_OFF
        } else if picture {
            p::VIDEO_YOU
        } else {
            p::VIDEO_NO_PICTURE
        };
        view! {
            <div class="video-preview" class:small=small class:dark=!(picture && on)>
                {(picture && on).then(|| portrait(false))}
                <span class="video-name">{practice(text)}</span>
            </div>
        }
    }
}

pub fn join(ctx: VideoCtx) -> impl IntoView {
    let invalid = |s: &Video| matches!(s.problem, Some(Problem::NameEmpty | Problem::RealData(_)));
    view! {
        <h2 class="ps-title">{practice(p::VIDEO_JOIN_TITLE)}</h2>
        {self_view(ctx, false)}
        <form class="ps-form" on:submit=submit(ctx, Action::Join)>
            {text_field(ctx, "name", p::VIDEO_NAME_LABEL, "text", |s| s.name.clone(), Action::Name, invalid, "error")}
            <p class="ps-hint">{practice(p::VIDEO_NAME_HINT)}</p>
            {ctx.problem_box()}
            <div class="ps-actions">
                <button class="ps-button" type="submit" id=ctx.id("join") class:highlight=crate::ui::practice::lit(ctx.highlight, "join")>
                    {practice(p::VIDEO_JOIN)}
                </button>
                {ctx.to_mail()}
            </div>
        </form>
    }
}

pub fn waiting(ctx: VideoCtx) -> impl IntoView {
    let left = move || {
        practice_with(
            p::VIDEO_WAITING_LEFT,
            "minutes",
            ctx.state.with(Video::minutes_to_go).to_string(),
        )
    };
    view! {
        <h2 class="ps-title">{practice(p::VIDEO_WAITING_TITLE)}</h2>
        <div class="video-waiting">
            <p>{practice(p::VIDEO_WAITING_WHEN)}</p>
            <p class="video-countdown" aria-live="polite">{left}</p>
            <p>{practice(p::VIDEO_WAITING_STAY)}</p>
        </div>
        {self_view(ctx, true)}
    }
}

pub fn call(ctx: VideoCtx) -> impl IntoView {
    let state = ctx.state;
    let says = move || practice(state.with(Video::doctor_says));
    let muted = move || state.with(|s| s.muted);
    let camera_on = move || state.with(|s| s.camera_on);
    let answers = move || {
        state
            .with(|s| s.answers())
            .iter()
            .map(|&answer| {
                ctx.button(
                    answer.target(),
                    "ps-option",
                    format!("“{}”", practice(answer_key(answer))),
                    Action::Say(answer),
                )
            })
            .collect_view()
    };
    let chat = move || {
        state
            .with(|s| s.chat.clone())
            .into_iter()
            .map(|line| {
                let (who, text) = match line.from {
                    Writer::Doctor => (practice(p::VIDEO_DOCTOR), practice(&line.text)),
                    Writer::Me => (practice(p::VIDEO_CHAT_ME), line.text),
                };
                view! { <li><strong>{who}": "</strong>{text}</li> }
            })
            .collect_view()
    };
    let chat_invalid =
        |s: &Video| matches!(s.problem, Some(Problem::ChatEmpty | Problem::RealData(_)));
    view! {
        <div class="video-call">
            <div class="video-doctor">
                {portrait(true)}
                <span class="video-name">{practice(p::VIDEO_DOCTOR)}</span>
                {self_view(ctx, true)}
            </div>
            <p class="video-caption" aria-live="polite">
                <strong>{practice(p::VIDEO_DOCTOR)}": "</strong>
                <span>{says}</span>
            </p>
            <SpeakButton text=Signal::derive(says) />
            {move || muted().then(|| view! { <p class="video-muted">{practice(p::VIDEO_MUTED)}</p> })}
            <div class="video-controls">
                {move || {
                    let label = practice(if muted() { p::VIDEO_MIC_ON } else { p::VIDEO_MIC_OFF });
                    ctx.button("toggle-mic", "ps-button secondary", label, Action::ToggleMic)
                }}
                {move || {
                    let label = practice(if camera_on() { p::VIDEO_CAMERA_OFF } else { p::VIDEO_CAMERA_ON });
                    ctx.button("toggle-camera", "ps-button secondary", label, Action::ToggleCamera)
                }}
                {ctx.button("hang-up", "ps-button danger", practice(p::VIDEO_HANG_UP), Action::HangUp)}
            </div>
            {ctx.problem_box()}
            {move || (!state.with(|s| s.answers().is_empty())).then(|| view! {
                <fieldset class="video-say">
                    <legend>{practice(p::VIDEO_SAY)}</legend>
                    {answers}
                </fieldset>
            })}
            <section class="video-chat" aria-labelledby=ctx.id("chat-title")>
                <h3 id=ctx.id("chat-title")>{practice(p::VIDEO_CHAT)}</h3>
                <ul aria-live="polite">{chat}</ul>
                <form class="ps-form" on:submit=submit(ctx, Action::SendChat)>
                    {text_field(ctx, "chat", p::VIDEO_CHAT_LABEL, "text", |s| s.draft.clone(), Action::Chat, chat_invalid, "error")}
                    <button class="ps-button secondary" type="submit" id=ctx.id("send-chat") class:highlight=crate::ui::practice::lit(ctx.highlight, "send-chat")>
                        {practice(p::VIDEO_CHAT_SEND)}
                    </button>
                </form>
            </section>
        </div>
    }
}

fn answer_key(answer: crate::practice::video::Answer) -> &'static str {
    use crate::practice::video::Answer as A;
    match answer {
        A::HearYou => p::VIDEO_ANSWER_HEAR_YOU,
        A::NameOnly => p::VIDEO_ANSWER_NAME_ONLY,
        A::NameAndDate => p::VIDEO_ANSWER_NAME_AND_DATE,
        A::Alone => p::VIDEO_ANSWER_ALONE,
        A::Thanks => p::VIDEO_ANSWER_THANKS,
    }
}

pub fn left(ctx: VideoCtx) -> impl IntoView {
    view! {
        <h2 class="ps-title">{practice(p::VIDEO_LEFT_TITLE)}</h2>
        <p>{practice(p::VIDEO_LEFT_TEXT)}</p>
        <div class="ps-actions">
            {ctx.button("rejoin-mail", "ps-button", practice(p::VIDEO_LEFT_MAIL), Action::ToMail)}
        </div>
    }
}

pub fn ended(ctx: VideoCtx) -> impl IntoView {
    view! {
        <Confirmation title=practice(p::VIDEO_ENDED_TITLE) lines=vec![practice(p::VIDEO_ENDED_TEXT)] />
        <div class="ps-actions">{ctx.to_mail()}</div>
    }
}

//! Asking the GP a question (e-consult): first "is it urgent?", then the
//! subject, the question and maybe a practice photo; the receipt; and
//! later the reply in the messages.

use leptos::prelude::*;

use super::{GpCtx, Word};
use crate::{
    i18n::{p, practice, practice_args, practice_with},
    practice::gp::{Action, Subject, PHOTOS, QUESTION_MAX},
    ui::practice::{
        kit::{Confirmation, ListRow, WritingBox},
        lit,
    },
};

pub fn warning(ctx: GpCtx) -> impl IntoView {
    view! {
        {ctx.title(p::GP_ASK_WARNING_TITLE)}
        <div class="ps-warning">
            <p><strong>{practice(p::GP_ASK_WARNING_URGENT)}</strong></p>
            <p><strong>{practice(p::GP_ASK_WARNING_112)}</strong></p>
            <p>{practice(p::GP_PRACTICE_PHONE)}</p>
        </div>
        <p>{practice(p::GP_ASK_WARNING_TIME)}</p>
        {ctx.button("ask-on", "ps-button", practice(p::GP_ASK_ON), Action::AskOn)}
    }
}

pub fn form(ctx: GpCtx) -> impl IntoView {
    let subjects = Subject::ALL
        .into_iter()
        .enumerate()
        .map(|(i, subject)| {
            // The first choice is the one "Laat zien" points at.
            let (id, target) = if i == 0 {
                (ctx.id("subject"), "subject")
            } else {
                (ctx.id(&format!("subject-{i}")), "subject-other")
            };
            let chosen = move || ctx.state.with(|s| s.subject == Some(subject));
            view! {
                <li>
                    <input
                        type="radio"
                        name=ctx.id("subjects")
                        id=id.clone()
                        class:highlight=lit(ctx.highlight, target)
                        prop:checked=chosen
                        on:change=move |_| ctx.send(Action::Subject(subject))
                    />
                    <label for=id>{practice(subject.key())}</label>
                </li>
            }
        })
        .collect_view();
    let value = Signal::derive(move || ctx.state.with(|s| s.question.clone()));
    let counter = Signal::derive(move || {
        let count = ctx.state.with(|s| s.question.chars().count());
        practice_args(
            p::GP_ASK_COUNTER,
            &[
                ("count", count.to_string()),
                ("max", QUESTION_MAX.to_string()),
            ],
        )
    });
    let photo = move || {
        ctx.state.with(|s| s.photo).map(|i| {
            view! {
                <p class="gp-photo-added">
                    <span class="gp-photo-thumb" aria-hidden="true"></span>
                    {practice_with(p::GP_ASK_PHOTO_ADDED, "photo", practice(PHOTOS[i]))}
                </p>
                {ctx.button("remove-photo", "ps-link", practice(p::GP_ASK_PHOTO_REMOVE), Action::RemovePhoto)}
            }
        })
    };
    let gallery = move || ctx.state.with(|s| s.gallery_open).then(|| gallery(ctx));
    view! {
        {ctx.title(p::GP_ASK_SUBJECT)}
        {ctx.problem_box()}
        <fieldset class="ps-choices">
            <legend class="visually-hidden">{practice(p::GP_ASK_SUBJECT)}</legend>
            <ul>{subjects}</ul>
        </fieldset>
        <WritingBox
            id=ctx.id("question")
            label=practice(p::GP_ASK_QUESTION)
            hint=practice(p::GP_ASK_QUESTION_HINT)
            value
            counter
            max=QUESTION_MAX
            invalid=Signal::derive(move || ctx.has_problem())
            error_id=ctx.id("error")
            lit=Signal::derive(lit(ctx.highlight, "question"))
            on_text=Callback::new(move |text| ctx.send(Action::Question(text)))
        />
        {photo}
        {move || ctx.state.with(|s| s.photo.is_none() && !s.gallery_open).then(|| view! {
            <p class="ps-hint">{practice(p::GP_ASK_PHOTO_HINT)}</p>
            {ctx.button("add-photo", "ps-secondary", practice(p::GP_ASK_PHOTO), Action::OpenGallery)}
        })}
        {gallery}
        {ctx.button("send-question", "ps-button", ctx.word(Word::Send), Action::SendQuestion)}
    }
}

/// The practice pictures on the simulated device: never a real camera.
fn gallery(ctx: GpCtx) -> impl IntoView {
    let photos = PHOTOS
        .into_iter()
        .enumerate()
        .map(|(i, key)| {
            let target = if i == 0 { "photo-0" } else { "photo-other" };
            view! {
                <li>
                    <button
                        type="button"
                        class=format!("gp-photo gp-photo-{i}")
                        id=ctx.id(&format!("photo-{i}"))
                        class:highlight=lit(ctx.highlight, target)
                        on:click=move |_| ctx.send(Action::Photo(i))
                    >
                        <span class="gp-photo-thumb" aria-hidden="true"></span>
                        <span>{practice(key)}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="gp-gallery" aria-labelledby=ctx.id("gallery-title")>
            <h3 id=ctx.id("gallery-title")>{practice(p::GP_GALLERY_TITLE)}</h3>
            <ul>{photos}</ul>
            {ctx.button("close-gallery", "ps-link", practice(p::GP_GALLERY_CLOSE), Action::CloseGallery)}
        </section>
    }
}

pub fn sent(ctx: GpCtx) -> impl IntoView {
    view! {
        <Confirmation
            title=practice(p::GP_ASK_SENT_TITLE)
            lines=vec![practice(p::GP_ASK_SENT_TEXT), practice(p::GP_ASK_SENT_NOTICE)]
        />
        {ctx.button("to-messages", "ps-button", ctx.word(Word::Section(crate::practice::gp::Section::Messages)),
            Action::Open(crate::practice::gp::Section::Messages))}
    }
}

pub fn messages(ctx: GpCtx) -> impl IntoView {
    let title = ctx.word(Word::Section(crate::practice::gp::Section::Messages));
    let body = move || {
        let (arrived, asked, read) = ctx
            .state
            .with(|s| (s.reply_arrived(), s.asked_at.is_some(), s.reply_read));
        if arrived {
            let badge = Signal::derive(move || (!read).then(|| practice(p::GP_NEW_BADGE)));
            view! {
                <ul class="ps-rows">
                    <ListRow
                        id=ctx.id("open-reply")
                        lit=Signal::derive(lit(ctx.highlight, "open-reply"))
                        title=practice(p::GP_REPLY_SUBJECT)
                        detail=practice(p::GP_REPLY_FROM)
                        badge
                        on_open=Callback::new(move |()| ctx.send(Action::OpenReply))
                    />
                </ul>
            }
            .into_any()
        } else if asked {
            view! { <p>{practice(p::GP_MESSAGES_WAITING)}</p> }.into_any()
        } else {
            view! { <p>{practice(p::GP_MESSAGES_EMPTY)}</p> }.into_any()
        }
    };
    view! {
        {ctx.title_text(title)}
        {body}
    }
}

pub fn reply(ctx: GpCtx) -> impl IntoView {
    view! {
        {ctx.title(p::GP_REPLY_SUBJECT)}
        <p class="ps-hint">{practice(p::GP_REPLY_FROM)}</p>
        <div class="gp-letter">
            <p>{practice(p::GP_REPLY_TEXT)}</p>
        </div>
    }
}

//! What lies beside the phone: buttons that make simulated time pass (a
//! code expires, a letter arrives), and the letterbox with the drawn
//! activation letter.

use leptos::prelude::*;

use super::AppCtx;
use crate::{
    i18n::{k, p, practice, tr_with},
    practice::digid_app::{Action, LETTER_MINUTES},
    ui::{i18n::use_i18n, icon::Icon, practice::lit},
};

/// "5 minuten later", and "3 dagen later" while a letter is on its way.
#[component]
pub fn TimeTools(ctx: AppCtx) -> impl IntoView {
    let i18n = use_i18n();
    let letter_on_its_way = move || {
        ctx.state
            .with(|s| s.letter.is_some() && !s.letter_arrived())
    };
    let waited = move || {
        let minutes = ctx.state.with(|s| s.minutes);
        match minutes {
            0 => None,
            m if m >= 24 * 60 => Some(tr_with(
                i18n.lang(),
                k::PHONE_WAITED_DAYS,
                "days",
                (m / (24 * 60)).to_string(),
            )),
            m => Some(tr_with(
                i18n.lang(),
                k::PHONE_WAITED,
                "minutes",
                m.to_string(),
            )),
        }
    };
    let wait =
        move |target: &'static str, label: &'static str, hint: &'static str, minutes: u32| {
            let hint_id = format!("{target}-hint");
            view! {
                <button
                    class="button secondary"
                    type="button"
                    id=ctx.id(target)
                    class:highlight=lit(ctx.highlight, target)
                    aria-describedby=hint_id.clone()
                    on:click=move |_| ctx.send(Action::WaitMinutes(minutes))
                >
                    <Icon name="clock" />
                    <span>{i18n.t(label)}</span>
                </button>
                <p class="hint" id=hint_id>{i18n.t(hint)}</p>
            }
        };
    view! {
        <div class="time-tools">
            {wait("wait", k::PHONE_WAIT_5, k::PHONE_WAIT_5_HINT, 5)}
            {move || letter_on_its_way().then(|| wait("wait-letter", k::PHONE_WAIT_LETTER, k::PHONE_WAIT_LETTER_HINT, LETTER_MINUTES))}
            <p class="phone-waited" aria-live="polite">{waited}</p>
        </div>
    }
}

/// The letterbox: empty while the letter is on its way, then the letter.
#[component]
pub fn ActivationLetter(ctx: AppCtx) -> impl IntoView {
    let i18n = use_i18n();
    let requested = move || ctx.state.with(|s| s.letter.is_some());
    let letter = move || {
        let code = ctx
            .state
            .with(|s| {
                s.letter_arrived()
                    .then(|| s.letter.as_ref().map(|l| l.code.clone()))
            })
            .flatten();
        match code {
            None => view! { <p>{i18n.t(k::LETTERBOX_EMPTY)}</p> }.into_any(),
            Some(code) => {
                let shown = format!("{} {} {}", &code[..3], &code[3..6], &code[6..]);
                view! {
                    <article
                        class="letter"
                        id=ctx.id("letter")
                        class:highlight=lit(ctx.highlight, "letter")
                        lang="nl"
                        dir="ltr"
                        aria-labelledby="letter-subject"
                    >
                        <p class="letter-from">{practice(p::LETTER_FROM)}</p>
                        <p>{practice(p::LETTER_TO)}</p>
                        <h3 id="letter-subject">{practice(p::LETTER_SUBJECT)}</h3>
                        <p>{practice(p::LETTER_TEXT)}</p>
                        <p class="letter-code">
                            <span>{practice(p::LETTER_CODE)}": "</span>
                            <strong>{shown}</strong>
                        </p>
                        <p class="letter-note">{practice(p::LETTER_NOTE)}</p>
                    </article>
                }
                .into_any()
            }
        }
    };
    move || {
        requested().then(|| {
            view! {
                <section class="letterbox" aria-labelledby="letterbox-title">
                    <h2 id="letterbox-title">{i18n.t(k::LETTERBOX_TITLE)}</h2>
                    {letter}
                </section>
            }
        })
    }
}

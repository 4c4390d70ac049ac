/*!
"Oefenbeeld", the video consult: thin views over [`Video`]. The frame's
address bar has a lock icon that opens the site's settings on a
computer, as browsers do; the browser's question about camera and
microphone is drawn over the page like the real one. All rules live in
the state machine; the only real things (a test tone and the optional
own camera) are in `media.rs`.
*/

mod call;
pub mod media;
mod test;

use leptos::prelude::*;

use super::{
    controls::labelled_button,
    frame::PracticeFrame,
    kit::{shown, ProblemBox},
    lit, Highlight, ScreenCtx,
};
use crate::{
    i18n::{p, practice},
    practice::video::{Action, Look, Problem, Screen, Video, Word},
};

/// Everything a video screen needs.
pub type VideoCtx = ScreenCtx<Video, Action>;

impl VideoCtx {
    fn look(self) -> Look {
        self.state.with(|s| s.look)
    }

    /// The Dutch text of a word of this look.
    fn word(self, word: Word) -> String {
        practice(self.look().word(word))
    }

    fn problem_box(self) -> impl IntoView {
        let shown = Signal::derive(move || shown(self.state.with(|s| s.problem), problem_key));
        view! { <ProblemBox shown id=self.id("error") /> }
    }

    fn button(
        self,
        target: &'static str,
        class: &'static str,
        label: String,
        action: Action,
    ) -> impl IntoView {
        labelled_button(self, target, class, label, action)
    }

    /// "Terug naar de uitnodiging".
    fn to_mail(self) -> impl IntoView {
        self.button(
            "to-mail",
            "ps-back",
            practice(p::VIDEO_TO_MAIL),
            Action::ToMail,
        )
    }
}

/// The kind message for a problem (Dutch, like the service).
fn problem_key(problem: Problem) -> &'static str {
    match problem {
        Problem::NoPicture => p::VIDEO_ERROR_NO_PICTURE,
        Problem::NothingHeard => p::VIDEO_ERROR_NOTHING_HEARD,
        Problem::ToneNotHeard => p::VIDEO_ERROR_TONE,
        Problem::TestIncomplete => p::VIDEO_ERROR_TEST_INCOMPLETE,
        Problem::FixIncomplete => p::VIDEO_ERROR_FIX_INCOMPLETE,
        Problem::NameEmpty => p::VIDEO_ERROR_NAME_EMPTY,
        Problem::Muted => p::VIDEO_ERROR_MUTED,
        Problem::BirthDateMissing => p::VIDEO_ERROR_DATE,
        Problem::ChatEmpty => p::VIDEO_ERROR_CHAT_EMPTY,
        Problem::TooLong => p::VIDEO_ERROR_TOO_LONG,
        // Shown by the guard's own warning, never as text.
        Problem::RealData(_) => p::VIDEO_ERROR_TOO_LONG,
    }
}

/// The framed video screen: the address of the page that shows, and on
/// a computer the lock icon as a button once access is blocked.
pub fn framed(
    state: Signal<Video>,
    on_action: Callback<Action>,
    highlight: Highlight,
    prefix: &'static str,
    on_restart: Callback<()>,
) -> impl IntoView {
    let ctx = VideoCtx {
        state,
        on_action,
        highlight,
        prefix,
    };
    let address = Signal::derive(move || {
        practice(state.with(|s| match s.screen {
            Screen::Mail => p::VIDEO_ADDRESS_MAIL,
            Screen::Test | Screen::Blocked => p::VIDEO_ADDRESS_TEST,
            Screen::Fix if s.look == Look::Phone => p::VIDEO_ADDRESS_SETTINGS,
            Screen::Fix if s.behind_block == Screen::Test => p::VIDEO_ADDRESS_TEST,
            _ => p::VIDEO_ADDRESS_CALL,
        }))
    });
    let lock = ViewFn::from(move || lock_icon(ctx));
    // Drawn again only when the screen or the look changes; what changes
    // within a screen updates in place (a message read out again at every
    // typed key, otherwise).
    let shown = Memo::new(move |_| state.with(|s| (s.screen, s.look)));
    let asking = Memo::new(move |_| state.with(Video::asking));
    view! {
        <PracticeFrame address on_restart lock>
            <div class="video" data-theme="oefenbeeld" data-look=move || ctx.look().id()>
                {move || screen(ctx, shown.get().0)}
                {move || asking.get().then(|| test::question(ctx))}
            </div>
        </PracticeFrame>
    }
}

fn screen(ctx: VideoCtx, screen: Screen) -> AnyView {
    match screen {
        Screen::Mail => call::mail(ctx).into_any(),
        Screen::Test => test::test(ctx).into_any(),
        Screen::Blocked => test::blocked(ctx).into_any(),
        Screen::Fix => test::fix(ctx).into_any(),
        Screen::Join => call::join(ctx).into_any(),
        Screen::Waiting => call::waiting(ctx).into_any(),
        Screen::Call => call::call(ctx).into_any(),
        Screen::Left => call::left(ctx).into_any(),
        Screen::Ended => call::ended(ctx).into_any(),
    }
}

/// The lock icon before the address: a button on a computer while
/// access is blocked (it opens the site's settings), else a picture.
fn lock_icon(ctx: VideoCtx) -> impl IntoView {
    move || {
        let button = ctx
            .state
            .with(|s| s.look == Look::Computer && s.screen == Screen::Blocked);
        if button {
            view! {
                <button
                    class="frame-lock"
                    type="button"
                    id=ctx.id("fix-open")
                    class:highlight=lit(ctx.highlight, "fix-open")
                    aria-label=practice(p::VIDEO_LOCK)
                    on:click=move |_| ctx.send(Action::OpenFix)
                >
                    <crate::ui::icon::Icon name="lock" />
                </button>
            }
            .into_any()
        } else {
            view! { <crate::ui::icon::Icon name="lock" /> }.into_any()
        }
    }
}

/// A drawn face: the learner (`me`) or the doctor. Pictures only; the
/// text beside them says who it is.
fn portrait(doctor: bool) -> impl IntoView {
    let (skin, shirt) = if doctor {
        ("#c68642", "#ffffff")
    } else {
        ("#e0ac69", "#2f6f4f")
    };
    view! {
        <svg class="portrait" viewBox="0 0 120 90" aria-hidden="true" focusable="false">
            <rect width="120" height="90" fill=if doctor { "#dfe9f3" } else { "#f3ead9" } />
            <path d="M30 90 C30 62 90 62 90 90 Z" fill=shirt stroke="#44546a" stroke-width="1.5" />
            <circle cx="60" cy="40" r="17" fill=skin />
            <path d="M43 38 C43 20 77 20 77 38 C72 30 50 28 43 38 Z" fill="#3b2a1a" />
            {doctor.then(|| view! { <path d="M50 70 C50 80 70 80 70 70" fill="none" stroke="#44546a" stroke-width="2" /> })}
        </svg>
    }
}

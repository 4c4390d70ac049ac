//! "DigiD app (oefenen)": the website on a computer beside the phone, or
//! the phone alone; the letterbox once a letter was asked for, the time
//! button and the oefenkaart.

use leptos::prelude::*;

use super::{state_of, AreaProps, ScreenProps};
use crate::{
    i18n::{k, p, practice},
    practice::{
        codes::printed,
        digid_app::{self, DigidApp},
        Action, State,
    },
    ui::{
        i18n::use_i18n,
        lazy::split_view,
        practice::{
            card::PracticeCardView,
            digid_app::{AppCtx, Device, TimeTools, Website},
            frame::PracticeFrame,
            letterbox::{LetterWords, Letterbox},
            Highlight,
        },
    },
};

fn of(state: Signal<State>) -> Signal<DigidApp> {
    state_of(state)
}

fn app_ctx(
    state: Signal<State>,
    on_action: Callback<Action>,
    highlight: Highlight,
    prefix: &'static str,
) -> AppCtx {
    AppCtx {
        state: of(state),
        on_action: Callback::new(move |a: digid_app::Action| on_action.run(Action::DigidApp(a))),
        highlight,
        prefix,
    }
}

fn address() -> Signal<String> {
    Signal::derive(|| practice(p::WEB_ADDRESS))
}

split_view! { digid_app: pub fn screen(props: ScreenProps) {
    let ctx = app_ctx(props.state, props.on_action, props.highlight, props.prefix);
    // A step about the phone shows the phone; one about the website
    // shows the website.
    let on_web = props.highlight.with_untracked(|h| {
        h.as_deref()
            .is_some_and(|t| t.starts_with("web-") || t == "new-koppelcode")
    });
    if on_web {
        view! {
            <PracticeFrame address=address() on_restart=props.on_restart>
                <Website ctx />
            </PracticeFrame>
        }
        .into_any()
    } else {
        view! { <Device ctx /> }.into_any()
    }
} }

/// The letterbox of the app practice, once a letter has been asked for.
fn letterbox(ctx: AppCtx) -> impl IntoView {
    let letter = Signal::derive(move || {
        ctx.state
            .with(|s| s.arrived_letter().map(|l| printed(&l.code)))
    });
    let days = Signal::derive(move || ctx.state.with(|s| s.minutes / (24 * 60)));
    let on_wait = Callback::new(move |()| {
        ctx.send(digid_app::Action::WaitMinutes(digid_app::LETTER_MINUTES))
    });
    let words = LetterWords {
        subject: p::APP_LETTER_SUBJECT,
        text: p::APP_LETTER_BODY,
    };
    view! { <Letterbox letter words days highlight=ctx.highlight on_wait /> }
}

split_view! { digid_app: pub fn area(props: AreaProps) {
    let i18n = use_i18n();
    let on_restart = props.on_restart;
    let ctx = app_ctx(props.state.into(), props.on_action, props.highlight, "live");
    let computer = move || ctx.state.with(|s| s.computer);
    let pin = Signal::derive(move || ctx.state.with(|s| s.current_pin().to_owned()));
    let highlight = props.highlight;
    view! {
        <section
            class="practice-area with-side app-area"
            class:one-device=move || !computer()
            aria-label=i18n.t(k::PRACTICE_AREA_LABEL)
        >
            {move || computer().then(|| view! {
                <PracticeFrame address=address() on_restart>
                    <Website ctx />
                </PracticeFrame>
            })}
            <div class="practice-side">
                <Device ctx />
                {move || (!computer()).then(|| view! {
                    <button class="frame-restart" type="button" on:click=move |_| on_restart.run(())>
                        {practice(p::FRAME_RESTART)}
                    </button>
                })}
                <TimeTools ctx />
                {move || ctx.state.with(|s| s.letter.is_some()).then(|| letterbox(ctx))}
                <PracticeCardView highlight pin />
            </div>
        </section>
    }
} }

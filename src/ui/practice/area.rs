//! The practice area: the framed practice screen of whichever service is
//! open, with what belongs beside it (for DigiD: the phone and the
//! oefenkaart; for DigiD aanvragen: the letterbox and the oefenkaart).
//! Used by lessons and by free practice.

use leptos::prelude::*;

use super::{
    card::PracticeCardView,
    digid_app::{AppCtx, Device, TimeTools, Website},
    digid_apply::DigidApplyScreen,
    digid_web::DigidWebScreen,
    frame::PracticeFrame,
    inbox::InboxScreen,
    letterbox::{LetterWords, Letterbox},
    phone::Phone,
    Highlight,
};
use crate::{
    i18n::{k, p, practice},
    practice::{
        codes::printed,
        digid_app::{self, DigidApp},
        digid_apply::{self, DigidApply},
        digid_web::{self, DigidWeb},
        inbox::{self, Inbox, View, MESSAGES},
        Action, Service, State,
    },
    ui::i18n::use_i18n,
};

/// The DigiD part of a state (a fresh one if another service is open).
fn digid(state: Signal<State>) -> Signal<DigidWeb> {
    Signal::derive(move || match state.get() {
        State::DigidWeb(s) => s,
        _ => DigidWeb::new(1),
    })
}

fn app_of(state: Signal<State>) -> Signal<DigidApp> {
    Signal::derive(move || match state.get() {
        State::DigidApp(s) => s,
        _ => DigidApp::new(1),
    })
}

fn inbox_of(state: Signal<State>) -> Signal<Inbox> {
    Signal::derive(move || match state.get() {
        State::Inbox(s) => s,
        _ => Inbox::default(),
    })
}

fn apply_of(state: Signal<State>) -> Signal<DigidApply> {
    Signal::derive(move || match state.get() {
        State::DigidApply(s) => s,
        _ => DigidApply::new(1),
    })
}

fn address(state: Signal<State>) -> Signal<String> {
    Signal::derive(move || match state.get() {
        State::DigidWeb(_) => practice(p::DIGID_ADDRESS),
        State::DigidApp(_) => practice(p::WEB_ADDRESS),
        State::Inbox(s) => match s.view {
            View::FakePage(i) => MESSAGES[i].link.unwrap_or_default().to_owned(),
            _ => practice(p::INBOX_ADDRESS),
        },
        State::DigidApply(s) => super::digid_apply::address(&s),
    })
}

/// The framed screen of the service, without anything beside it; also
/// used small and inert as a lesson step's picture.
#[component]
pub fn PracticeScreen(
    service: Service,
    #[prop(into)] state: Signal<State>,
    on_action: Callback<Action>,
    #[prop(into)] highlight: Highlight,
    on_restart: Callback<()>,
    #[prop(default = "live")] prefix: &'static str,
) -> impl IntoView {
    let screen = match service {
        Service::DigidWeb => {
            let on_action =
                Callback::new(move |a: digid_web::Action| on_action.run(Action::DigidWeb(a)));
            view! { <DigidWebScreen state=digid(state) on_action highlight prefix /> }.into_any()
        }
        Service::Inbox => {
            let on_action = Callback::new(move |a: inbox::Action| on_action.run(Action::Inbox(a)));
            view! { <InboxScreen state=inbox_of(state) on_action highlight prefix /> }.into_any()
        }
        Service::DigidApp => {
            let ctx = app_ctx(state, on_action, highlight, prefix);
            // A step about the phone shows the phone; one about the
            // website shows the website.
            let on_web = highlight.with_untracked(|h| {
                h.as_deref()
                    .is_some_and(|t| t.starts_with("web-") || t == "new-koppelcode")
            });
            if !on_web {
                return view! { <Device ctx /> }.into_any();
            }
            view! { <Website ctx /> }.into_any()
        }
        Service::DigidApply => {
            let on_action =
                Callback::new(move |a: digid_apply::Action| on_action.run(Action::DigidApply(a)));
            view! { <DigidApplyScreen state=apply_of(state) on_action highlight prefix /> }
                .into_any()
        }
    };
    view! {
        <PracticeFrame address=address(state) on_restart>
            {screen}
        </PracticeFrame>
    }
    .into_any()
}

fn app_ctx(
    state: Signal<State>,
    on_action: Callback<Action>,
    highlight: Highlight,
    prefix: &'static str,
) -> AppCtx {
    AppCtx {
        state: app_of(state),
        on_action: Callback::new(move |a: digid_app::Action| on_action.run(Action::DigidApp(a))),
        highlight,
        prefix,
    }
}

/// The letterbox of the app practice, once a letter has been asked for.
fn app_letterbox(ctx: AppCtx) -> impl IntoView {
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

/// The DigiD app practice: the website on a computer beside the phone,
/// or the phone alone.
#[component]
fn DigidAppArea(
    state: RwSignal<State>,
    on_action: Callback<Action>,
    highlight: Highlight,
    on_restart: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = app_ctx(state.into(), on_action, highlight, "live");
    let computer = move || ctx.state.with(|s| s.computer);
    let pin = Signal::derive(move || ctx.state.with(|s| s.current_pin().to_owned()));
    view! {
        <section
            class="practice-area with-side app-area"
            class:one-device=move || !computer()
            aria-label=i18n.t(k::PRACTICE_AREA_LABEL)
        >
            {move || computer().then(|| view! {
                <PracticeFrame address=address(state.into()) on_restart>
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
                {move || ctx.state.with(|s| s.letter.is_some()).then(|| app_letterbox(ctx))}
                <PracticeCardView highlight pin />
            </div>
        </section>
    }
}

#[component]
pub fn PracticeArea(
    service: Service,
    state: RwSignal<State>,
    on_action: Callback<Action>,
    #[prop(into)] highlight: Highlight,
    on_restart: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    if service == Service::DigidApp {
        return view! { <DigidAppArea state on_action highlight on_restart /> }.into_any();
    }
    let side = match service {
        Service::DigidWeb => {
            let messages = Signal::derive(move || digid(state.into()).with(|s| s.messages.clone()));
            let minutes = Signal::derive(move || digid(state.into()).with(|s| s.minutes));
            let password = Signal::derive(move || {
                digid(state.into()).with(|s| s.current_password().to_owned())
            });
            let on_wait = Callback::new(move |()| {
                on_action.run(Action::DigidWeb(digid_web::Action::WaitMinutes(10)))
            });
            Some(
                view! {
                    <div class="practice-side">
                        <Phone messages minutes highlight on_wait />
                        <PracticeCardView highlight password />
                    </div>
                }
                .into_any(),
            )
        }
        Service::Inbox | Service::DigidApp => None,
        Service::DigidApply => {
            let apply = apply_of(state.into());
            let letter = Signal::derive(move || {
                apply.with(|s| s.arrived_letter().map(|l| l.printed_code()))
            });
            let words = LetterWords {
                subject: p::APPLY_LETTER_SUBJECT,
                text: p::APPLY_LETTER_TEXT,
            };
            let days = Signal::derive(move || apply.with(|s| s.days));
            let chosen = Signal::derive(move || apply.with(|s| s.account.clone()));
            let on_wait = Callback::new(move |()| {
                on_action.run(Action::DigidApply(digid_apply::Action::WaitDays(
                    digid_apply::LETTER_DAYS,
                )))
            });
            Some(
                view! {
                    <div class="practice-side">
                        <Letterbox letter words days highlight on_wait />
                        <PracticeCardView highlight chosen />
                    </div>
                }
                .into_any(),
            )
        }
    };
    let with_side = side.is_some();
    view! {
        <section
            class="practice-area"
            class:with-side=with_side
            aria-label=i18n.t(k::PRACTICE_AREA_LABEL)
        >
            <PracticeScreen service state on_action highlight on_restart />
            {side}
        </section>
    }
    .into_any()
}

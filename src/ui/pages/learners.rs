/*!
"Wie oefent er?" (`/voortgang/wie`): several learners on one device, each
with a sign instead of a name. Take your turn by your sign, choose a new
sign, or stop and wipe your own progress while the others keep theirs.

The rules (who may switch, what a new learner starts with, what is refused)
live in `model::learners`; this page shows them and says, in words, what
happened. It is in the progress page's chunk: a learner alone never loads it.
*/

use leptos::prelude::*;
use leptos_router::components::A;

use crate::{
    i18n::{k, tr, tr_args, tr_with},
    model::{
        lang::Lang,
        learners::{Colour, Refusal, Sign, Symbol, Turn},
    },
    routes,
    ui::{i18n::use_i18n, icon::Icon, prefs::use_prefs, sign::SignPicture, title::use_page_title},
};

/// A sign in words: "Ster, blauw".
pub fn sign_name(lang: Lang, sign: Sign) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("symbol", symbol_name(lang, sign.symbol));
    args.set("colour", colour_name(lang, sign.colour));
    tr_args(lang, k::LEARNERS_SIGN, Some(&args))
}

fn symbol_name(lang: Lang, symbol: Symbol) -> String {
    tr(lang, &format!("learner-symbol-{}", symbol.id()))
}

fn colour_name(lang: Lang, colour: Colour) -> String {
    tr(lang, &format!("learner-colour-{}", colour.id()))
}

/// What the last press did, said in the status line.
#[derive(Clone, Copy, PartialEq)]
enum Said {
    Nothing,
    Now(Sign),
    Refused(Refusal),
    Stopped,
}

#[component]
pub fn LearnersPage() -> impl IntoView {
    use_page_title(k::LEARNERS_TITLE);
    let i18n = use_i18n();
    let said = RwSignal::new(Said::Nothing);
    let status = move || {
        let lang = i18n.lang();
        match said.get() {
            Said::Nothing => None,
            Said::Now(sign) => Some(tr_with(
                lang,
                k::LEARNERS_NOW,
                "sign",
                sign_name(lang, sign),
            )),
            Said::Refused(why) => Some(tr(lang, refusal_key(why))),
            Said::Stopped => Some(tr(lang, k::LEARNERS_STOP_DONE)),
        }
    };
    let refused = move || matches!(said.get(), Said::Refused(_));
    view! {
        <div class="page learners">
            <h1>{i18n.t(k::LEARNERS_TITLE)}</h1>
            <p class="lead">{i18n.t(k::LEARNERS_INTRO)}</p>
            <p>{i18n.t(k::LEARNERS_INTRO_2)}</p>
            <p class="learners-status" class:field-error=refused role="status">{status}</p>
            <Turns said />
            <NewSign said />
            <StopAndWipe said />
            <p class="hint">{i18n.t(k::LEARNERS_HELP)}</p>
            <p>
                <A href=routes::href(routes::PROGRESS) attr:class="button secondary">
                    <Icon name="arrow" />
                    <span>{i18n.t(k::LEARNERS_BACK)}</span>
                </A>
            </p>
        </div>
    }
}

fn refusal_key(why: Refusal) -> &'static str {
    match why {
        Refusal::Taken => k::LEARNERS_TAKEN,
        Refusal::Full => k::LEARNERS_FULL,
        Refusal::Unknown => k::LEARNERS_UNKNOWN,
        Refusal::Unsigned => k::LEARNERS_UNSIGNED,
    }
}

/// Applies a change of learner and says what came of it.
fn change(said: RwSignal<Said>, turn: Turn) {
    let prefs = use_prefs();
    let mut outcome = Ok(());
    prefs.update(|s| outcome = s.take_turn(turn));
    said.set(match (outcome, turn) {
        (Err(why), _) => Said::Refused(why),
        (Ok(()), Turn::Stop) => Said::Stopped,
        (Ok(()), _) => prefs.peek(|s| s.sign).map_or(Said::Nothing, Said::Now),
    });
}

/// "Kies jouw teken": every sign on the device, as a big button.
#[component]
fn Turns(said: RwSignal<Said>) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    let signs = Memo::new(move |_| prefs.with(|s| s.signs()));
    move || {
        let signs = signs.get();
        (!signs.is_empty()).then(|| {
            let buttons = signs
                .into_iter()
                .map(|sign| {
                    let current = move || prefs.with(|s| s.sign == Some(sign));
                    view! {
                        <li>
                            <button
                                type="button"
                                class="sign-choice"
                                aria-pressed=move || current().to_string()
                                on:click=move |_| change(said, Turn::Switch(sign))
                            >
                                <SignPicture sign=Some(sign) />
                                <span>{move || sign_name(i18n.lang(), sign)}</span>
                                {move || current().then(|| view! { <span class="sign-you">{tr(i18n.lang(), k::LEARNERS_YOU)}</span> })}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section aria-labelledby="turns-title">
                    <h2 id="turns-title">{i18n.t(k::LEARNERS_PICK_TITLE)}</h2>
                    <ul class="sign-list">{buttons}</ul>
                </section>
            }
        })
    }
}

/// "Nieuw hier? Kies een teken": a picture, a colour, and the sign they make.
#[component]
fn NewSign(said: RwSignal<Said>) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    let free = move |symbol| prefs.peek(|s| s.free_sign(symbol));
    let start = free(None).unwrap_or(Sign {
        symbol: Symbol::Sun,
        colour: Colour::Blue,
    });
    let symbol = RwSignal::new(start.symbol);
    let colour = RwSignal::new(start.colour);
    let chosen = Signal::derive(move || {
        Some(Sign {
            symbol: symbol.get(),
            colour: colour.get(),
        })
    });
    // A picture whose colour is taken moves on to a free colour.
    let pick_symbol = move |s: Symbol| {
        symbol.set(s);
        let sign = Sign {
            symbol: s,
            colour: colour.get_untracked(),
        };
        if prefs.peek(|state| state.signs().contains(&sign)) {
            if let Some(free) = free(Some(s)) {
                colour.set(free.colour);
            }
        }
    };
    let keeps = move || prefs.with(|s| s.has_unsigned_progress());
    let symbols = Symbol::ALL
        .into_iter()
        .map(|s| {
            view! {
                <SignOption
                    group="sign-symbol"
                    picture=format!("sign symbol-{}", s.id())
                    checked=Signal::derive(move || symbol.get() == s)
                    name=Signal::derive(move || symbol_name(i18n.lang(), s))
                    on_pick=Callback::new(move |()| pick_symbol(s))
                />
            }
        })
        .collect_view();
    let colours = Colour::ALL
        .into_iter()
        .map(|c| {
            view! {
                <SignOption
                    group="sign-colour"
                    picture=format!("sign sign-{}", c.id())
                    checked=Signal::derive(move || colour.get() == c)
                    name=Signal::derive(move || colour_name(i18n.lang(), c))
                    on_pick=Callback::new(move |()| colour.set(c))
                />
            }
        })
        .collect_view();
    let join = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let sign = Sign {
            symbol: symbol.get_untracked(),
            colour: colour.get_untracked(),
        };
        change(said, Turn::Join(sign));
        // Ready for the next learner: a sign nobody has.
        if said.get_untracked() == Said::Now(sign) {
            if let Some(next) = free(None) {
                symbol.set(next.symbol);
                colour.set(next.colour);
            }
        }
    };
    view! {
        <section aria-labelledby="new-title" class="sign-new">
            <h2 id="new-title">{i18n.t(k::LEARNERS_NEW_TITLE)}</h2>
            // The form's class gives the chosen colour to every picture in it.
            <form on:submit=join class=move || format!("sign-{}", colour.get().id())>
                <fieldset>
                    <legend>{i18n.t(k::LEARNERS_SYMBOL)}</legend>
                    <div class="sign-options">{symbols}</div>
                </fieldset>
                <fieldset>
                    <legend>{i18n.t(k::LEARNERS_COLOUR)}</legend>
                    <div class="sign-options">{colours}</div>
                </fieldset>
                <p class="sign-preview">
                    <span>{i18n.t(k::LEARNERS_PREVIEW)}</span>
                    <SignPicture sign=chosen />
                    <strong>{move || sign_name(i18n.lang(), Sign { symbol: symbol.get(), colour: colour.get() })}</strong>
                </p>
                {move || keeps().then(|| view! { <p class="hint">{tr(i18n.lang(), k::LEARNERS_KEEPS)}</p> })}
                <button class="button" type="submit">{i18n.t(k::LEARNERS_JOIN)}</button>
            </form>
        </section>
    }
}

/// One tile of a choice: its radio (hidden, but focusable and checkable),
/// its picture and its name.
#[component]
fn SignOption(
    group: &'static str,
    picture: String,
    checked: Signal<bool>,
    name: Signal<String>,
    on_pick: Callback<()>,
) -> impl IntoView {
    view! {
        <label class="sign-option">
            <input type="radio" name=group prop:checked=checked on:change=move |_| on_pick.run(()) />
            <span class=picture aria-hidden="true"></span>
            <span>{name}</span>
        </label>
    }
}

/// "Stop en wis": two presses wipe the sign and progress of the learner at
/// the device; the others keep theirs.
#[component]
fn StopAndWipe(said: RwSignal<Said>) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    let armed = RwSignal::new(false);
    let press = move |_| {
        if armed.get_untracked() {
            armed.set(false);
            change(said, Turn::Stop);
        } else {
            armed.set(true);
        }
    };
    move || {
        prefs.with(|s| s.sign.is_some()).then(|| {
            view! {
                <section aria-labelledby="stop-title" class="clear-all">
                    <h2 id="stop-title">{i18n.t(k::LEARNERS_STOP_TITLE)}</h2>
                    <p>{i18n.t(k::LEARNERS_STOP_TEXT)}</p>
                    <button class="button danger" type="button" class:armed=move || armed.get() on:click=press>
                        {i18n.t(k::LEARNERS_STOP_BUTTON)}
                    </button>
                    <p role="status">{move || armed.get().then(|| tr(i18n.lang(), k::LEARNERS_STOP_CONFIRM))}</p>
                </section>
            }
        })
    }
}

/*!
"Oefenbasis": thin views over [`Basics`], the simple website of the
invented "Bibliotheek Oefenstad". Big targets, one thing per page. Two
things only a view can know are turned into actions here: a tap beside the
button (a click inside the page that lands on no control) and a slow
attempt (nothing happened for a while: [`Action::Nudge`]).
*/

use leptos::prelude::*;

use super::{
    controls::action_button,
    frame::PracticeFrame,
    kit::{screen_title, ProblemBox, Shown},
    Highlight, ScreenCtx,
};
use crate::{
    i18n::{p, practice, practice_with},
    practice::basics::{Action, Basics, Exercise, Problem, Screen},
};

mod forms;
mod pages;

type Ctx = ScreenCtx<Basics, Action>;

/// How long nothing may happen before a gentle nudge.
const NUDGE_AFTER: std::time::Duration = std::time::Duration::from_secs(25);

fn menu_key(e: Exercise) -> &'static str {
    match e {
        Exercise::Tap => p::BASICS_MENU_TAP,
        Exercise::Type => p::BASICS_MENU_TYPE,
        Exercise::Scroll => p::BASICS_MENU_SCROLL,
        Exercise::Back => p::BASICS_MENU_BACK,
        Exercise::Choose => p::BASICS_MENU_CHOOSE,
        Exercise::Date => p::BASICS_MENU_DATE,
        Exercise::Link => p::BASICS_MENU_LINK,
        Exercise::Popup => p::BASICS_MENU_POPUP,
        Exercise::Zoom => p::BASICS_MENU_ZOOM,
    }
}

fn nudge_key(e: Exercise) -> &'static str {
    match e {
        Exercise::Tap => p::BASICS_NUDGE_TAP,
        Exercise::Type => p::BASICS_NUDGE_TYPE,
        Exercise::Scroll => p::BASICS_NUDGE_SCROLL,
        Exercise::Back => p::BASICS_NUDGE_BACK,
        Exercise::Choose => p::BASICS_NUDGE_CHOOSE,
        Exercise::Date => p::BASICS_NUDGE_DATE,
        Exercise::Link => p::BASICS_NUDGE_LINK,
        Exercise::Popup => p::BASICS_NUDGE_POPUP,
        Exercise::Zoom => p::BASICS_NUDGE_ZOOM,
    }
}

/// The words of a problem (none for the nudge, which has its own box).
fn problem_lines(problem: &Problem) -> Vec<String> {
    let one = |key| vec![practice(key)];
    match problem {
        Problem::Missed => one(p::BASICS_ERROR_MISSED),
        Problem::PressedNo => one(p::BASICS_ERROR_NO),
        Problem::NameNot(t) if t.is_empty() => one(p::BASICS_ERROR_NAME_EMPTY),
        Problem::NameNot(t) => vec![practice_with(p::BASICS_ERROR_NAME, "typed", t.clone())],
        Problem::PlaceNot(t) => vec![practice_with(p::BASICS_ERROR_PLACE, "typed", t.clone())],
        Problem::NoDay => one(p::BASICS_ERROR_NO_DAY),
        Problem::NotTicked => one(p::BASICS_ERROR_NOT_TICKED),
        Problem::WrongDay(d) => vec![practice_with(
            p::BASICS_ERROR_WRONG_DAY,
            "day",
            d.to_string(),
        )],
        Problem::NoDate => one(p::BASICS_ERROR_NO_DATE),
        Problem::NotALink => one(p::BASICS_ERROR_NOT_A_LINK),
        Problem::SaidYes => one(p::BASICS_ERROR_SAID_YES),
        Problem::Slow | Problem::RealData(_) => vec![],
    }
}

impl Ctx {
    fn problem_box(self) -> impl IntoView {
        let shown = Signal::derive(move || {
            self.state.with(|s| {
                s.problem.as_ref().and_then(|p| match p {
                    Problem::Slow => None,
                    Problem::RealData(kind) => Some(Shown::RealData(*kind)),
                    p => Some(Shown::Service(problem_lines(p))),
                })
            })
        });
        let nudge = move || {
            self.state.with(|s| match (&s.problem, s.exercise()) {
                (Some(Problem::Slow), Some(e)) => Some(e),
                _ => None,
            })
        };
        view! {
            <ProblemBox shown id=self.id("error") />
            {move || nudge().map(|e| view! {
                <div class="ps-nudge" role="status">
                    <p>{practice(nudge_key(e))}</p>
                    <p>{practice(p::BASICS_ASK_HELP)}</p>
                </div>
            })}
        }
    }

    fn button(
        self,
        target: &'static str,
        class: &'static str,
        label: &'static str,
        action: Action,
    ) -> impl IntoView {
        action_button(self, target, class, label, action)
    }
}

/// A click inside the page that lands on no control: a tap beside it.
fn missed(ev: &leptos::ev::MouseEvent) -> bool {
    crate::ui::dom::lands_on_no_control(ev)
}

/// The framed screen: the list of exercises, or one exercise.
pub fn framed(
    state: Signal<Basics>,
    on_action: Callback<Action>,
    highlight: Highlight,
    prefix: &'static str,
    on_restart: Callback<()>,
) -> impl IntoView {
    let ctx = Ctx {
        state,
        on_action,
        highlight,
        prefix,
    };
    nudge_when_slow(ctx);
    let screen = Memo::new(move |_| state.with(|s| s.screen));
    let address = Signal::derive(move || practice(p::BASICS_ADDRESS));
    view! {
        <PracticeFrame address on_restart>
            <div class="ps basics" data-theme="oefenbasis">
                <header class="basics-site">
                    <span class="basics-logo" aria-hidden="true"></span>
                    <span>{practice(p::BASICS_SITE)}</span>
                </header>
                {move || match screen.get() {
                    Screen::Menu => menu(ctx).into_any(),
                    Screen::Start(e) => start(ctx, e).into_any(),
                    Screen::Next(e) => next(ctx, e).into_any(),
                    Screen::Done(e) => done(ctx, e).into_any(),
                }}
            </div>
        </PracticeFrame>
    }
}

/// After [`NUDGE_AFTER`] without a change, asks for a nudge; every change
/// starts the wait again. A lesson step's small picture never nudges.
fn nudge_when_slow(ctx: Ctx) {
    if ctx.prefix == "pic" {
        return;
    }
    let timer = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        ctx.state.track();
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || ctx.send(Action::Nudge), NUDGE_AFTER).ok();
        timer.set_value(handle);
    });
    on_cleanup(move || {
        if let Some(handle) = timer.try_get_value().flatten() {
            handle.clear();
        }
    });
}

fn menu(ctx: Ctx) -> impl IntoView {
    let items = Exercise::ALL
        .iter()
        .map(|&e| {
            let target: &'static str = match e {
                Exercise::Tap => "menu-tap",
                Exercise::Type => "menu-type",
                Exercise::Scroll => "menu-scroll",
                Exercise::Back => "menu-back",
                Exercise::Choose => "menu-choose",
                Exercise::Date => "menu-date",
                Exercise::Link => "menu-link",
                Exercise::Popup => "menu-popup",
                Exercise::Zoom => "menu-zoom",
            };
            view! { <li>{ctx.button(target, "ps-option", menu_key(e), Action::Open(e))}</li> }
        })
        .collect_view();
    view! {
        {screen_title(practice(p::BASICS_MENU_TITLE), None)}
        <ul class="basics-menu">{items}</ul>
    }
}

fn start(ctx: Ctx, e: Exercise) -> impl IntoView {
    match e {
        Exercise::Tap => pages::tap(ctx).into_any(),
        Exercise::Type => forms::typing(ctx).into_any(),
        Exercise::Scroll => pages::scroll(ctx, false).into_any(),
        Exercise::Back => pages::home(ctx).into_any(),
        Exercise::Choose => forms::choose(ctx).into_any(),
        Exercise::Date => forms::date(ctx).into_any(),
        Exercise::Link => pages::link(ctx).into_any(),
        Exercise::Popup => pages::popup(ctx).into_any(),
        Exercise::Zoom => pages::zoom(ctx).into_any(),
    }
}

fn next(ctx: Ctx, e: Exercise) -> impl IntoView {
    match e {
        Exercise::Tap => pages::question(ctx).into_any(),
        Exercise::Scroll => pages::scroll(ctx, true).into_any(),
        Exercise::Back => pages::activities(ctx).into_any(),
        Exercise::Link => pages::hours(ctx).into_any(),
        Exercise::Zoom => pages::zoom(ctx).into_any(),
        // These end on their own first page.
        Exercise::Type | Exercise::Choose | Exercise::Date | Exercise::Popup => {
            start(ctx, e).into_any()
        }
    }
}

fn done(ctx: Ctx, e: Exercise) -> impl IntoView {
    view! {
        <div class="ps-done" role="status">
            <h2 class="ps-title">{practice(p::BASICS_DONE_TITLE)}</h2>
            <p>{practice(p::BASICS_DONE_TEXT)}</p>
            <p><strong>{practice(menu_key(e))}</strong></p>
        </div>
        <div class="ps-actions">
            {ctx.button("again", "ps-button", p::BASICS_AGAIN, Action::Again)}
            {ctx.button("other", "ps-button secondary", p::BASICS_OTHER, Action::Menu)}
        </div>
    }
}

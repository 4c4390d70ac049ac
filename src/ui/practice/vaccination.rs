/*!
"Oefenprik": thin views over [`Vaccination`]. The frame shows the letter
first (the letterbox), then the booking website (its address, or DigiD's
while logging in). All rules live in the state machine.
*/

use leptos::prelude::*;

use super::{
    controls::{labelled_button, option_button},
    digid_web::DigidWebScreen,
    frame::PracticeFrame,
    kit::{by_day, screen_title, slot_words, Confirmation, ProblemBox, Shown, SlotPicker},
    lit, Highlight, ScreenCtx,
};
use crate::{
    i18n::{p, practice},
    practice::vaccination::{Action, Choice, Outcome, Problem, Screen, Vaccination, SLOTS, TAKEN},
};

type Ctx = ScreenCtx<Vaccination, Action>;

const DAYS: [&str; 2] = [p::VACCINATION_DAY_0, p::VACCINATION_DAY_1];

impl Ctx {
    fn problem_box(self) -> impl IntoView {
        // No field here takes typed text, so the guard has nothing to say.
        let shown = Signal::derive(move || {
            self.state
                .with(|s| s.problem)
                .map(|problem| Shown::Service(vec![practice(problem_key(problem))]))
        });
        view! { <ProblemBox shown id=self.id("error") /> }
    }

    fn button(
        self,
        target: &'static str,
        class: &'static str,
        label: &'static str,
        action: Action,
    ) -> impl IntoView {
        labelled_button(self, target, class, practice(label), action)
    }

    fn title(self, key: &'static str) -> impl IntoView {
        let on_back = Callback::new(move |()| self.send(Action::Back));
        screen_title(
            practice(key),
            Some((self.id("back"), practice(p::VACCINATION_BACK), on_back)),
        )
    }
}

fn problem_key(problem: Problem) -> &'static str {
    match problem {
        Problem::NoAnswer => p::VACCINATION_ERROR_NO_ANSWER,
        Problem::NoInvitation => p::VACCINATION_ERROR_NO_INVITATION,
    }
}

/// The framed screen: the letter, or the website.
pub fn framed(
    state: Signal<Vaccination>,
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
    let screen = Memo::new(move |_| state.with(|s| s.screen));
    let address = Signal::derive(move || {
        practice(match screen.get() {
            Screen::Letter => p::VACCINATION_ADDRESS_LETTER,
            Screen::Digid => p::DIGID_ADDRESS,
            _ => p::VACCINATION_ADDRESS_WEB,
        })
    });
    view! {
        <PracticeFrame address on_restart>
            <div class="ps vaccination" data-theme="oefenprik">
                {move || match screen.get() {
                    Screen::Letter => letter(ctx).into_any(),
                    Screen::Start => start(ctx).into_any(),
                    Screen::Digid => digid(ctx).into_any(),
                    Screen::Eligible => eligible(ctx).into_any(),
                    Screen::Appointment => appointment(ctx).into_any(),
                    Screen::Slots => slots(ctx).into_any(),
                    Screen::Check => check(ctx).into_any(),
                    Screen::CancelCheck => cancel_check(ctx).into_any(),
                    Screen::Done => done(ctx).into_any(),
                }}
            </div>
        </PracticeFrame>
    }
}

fn bring() -> impl IntoView {
    view! {
        <h3 class="ps-title">{practice(p::VACCINATION_BRING_TITLE)}</h3>
        <ul class="vaccination-bring">
            <li>{practice(p::VACCINATION_BRING_LETTER)}</li>
            <li>{practice(p::VACCINATION_BRING_ID)}</li>
            <li>{practice(p::VACCINATION_BRING_SLEEVE)}</li>
        </ul>
    }
}

/// The planned appointment, as in the letter.
fn planned() -> impl IntoView {
    view! {
        <p class="vaccination-when"><strong>{practice(p::VACCINATION_PLANNED_WHEN)}</strong></p>
        <p>{practice(p::VACCINATION_PLANNED_WHERE)}</p>
    }
}

/// The invitation letter, drawn as paper.
fn letter(ctx: Ctx) -> impl IntoView {
    view! {
        <article class="vaccination-letter" aria-label=practice(p::VACCINATION_LETTER_LABEL) id=ctx.id("letter")>
            <p class="ps-hint">{practice(p::VACCINATION_LETTER_FROM)}</p>
            <h2 class="ps-title">{practice(p::VACCINATION_LETTER_TITLE)}</h2>
            <p>{practice(p::VACCINATION_LETTER_HELLO)}</p>
            <p>{practice(p::VACCINATION_LETTER_TEXT)}</p>
            <div class="ps-note">{planned()}</div>
            <p>{practice(p::VACCINATION_LETTER_KEEP)}</p>
            <p>{practice(p::VACCINATION_LETTER_CHANGE)}</p>
            <p>{practice(p::VACCINATION_LETTER_PHONE)}</p>
            {bring()}
        </article>
        {ctx.button("to-website", "ps-button", p::VACCINATION_TO_WEBSITE, Action::ToWebsite)}
    }
}

fn start(ctx: Ctx) -> impl IntoView {
    view! {
        {ctx.title(p::VACCINATION_START_TITLE)}
        <p>{practice(p::VACCINATION_START_TEXT)}</p>
        {ctx.button("digid-login", "ps-button", p::VACCINATION_DIGID_LOGIN, Action::StartDigid)}
        <p class="ps-hint">{practice(p::VACCINATION_LETTER_PHONE)}</p>
    }
}

fn digid(ctx: Ctx) -> impl IntoView {
    let state = Signal::derive(move || ctx.state.with(|s| s.login.digid.clone()));
    let on_action = Callback::new(move |a| ctx.send(Action::Digid(a)));
    view! { <DigidWebScreen state on_action highlight=ctx.highlight prefix=ctx.prefix /> }
}

/// "Heeft u een uitnodigingsbrief gekregen?": Ja or Nee, then "Verder".
fn eligible(ctx: Ctx) -> impl IntoView {
    let invalid = move || ctx.state.with(|s| s.problem.is_some());
    let radio = move |target: &'static str, label: &'static str, yes: bool| {
        let id = ctx.id(target);
        view! {
            <li>
                <input
                    type="radio"
                    name=ctx.id("invited")
                    id=id.clone()
                    class:highlight=lit(ctx.highlight, target)
                    prop:checked=move || ctx.state.with(|s| s.invited == Some(yes))
                    on:change=move |_| ctx.send(Action::Invited(yes))
                />
                <label for=id>{practice(label)}</label>
            </li>
        }
    };
    view! {
        <h2 class="ps-title">{practice(p::VACCINATION_ELIGIBLE_TITLE)}</h2>
        <fieldset
            class="ps-choices"
            aria-invalid=move || invalid().to_string()
            aria-describedby=move || invalid().then(|| ctx.id("error"))
        >
            <legend>{practice(p::VACCINATION_ELIGIBLE_QUESTION)}</legend>
            <ul>
                {radio("invited-yes", p::VACCINATION_YES, true)}
                {radio("invited-no", p::VACCINATION_NO, false)}
            </ul>
        </fieldset>
        {ctx.problem_box()}
        {ctx.button("invited-next", "ps-button", p::VACCINATION_NEXT, Action::InvitedNext)}
    }
}

fn appointment(ctx: Ctx) -> impl IntoView {
    view! {
        {ctx.title(p::VACCINATION_APPOINTMENT_TITLE)}
        <div class="ps-note">{planned()}</div>
        <p>{practice(p::VACCINATION_APPOINTMENT_TEXT)}</p>
        <div class="ps-options">
            {option_button(ctx, "keep", p::VACCINATION_KEEP, p::VACCINATION_KEEP_HINT, Action::Choose(Choice::Keep))}
            {option_button(ctx, "change", p::VACCINATION_CHANGE, p::VACCINATION_CHANGE_HINT, Action::Choose(Choice::Change))}
            {option_button(ctx, "cancel", p::VACCINATION_CANCEL, p::VACCINATION_CANCEL_HINT, Action::Choose(Choice::Cancel))}
        </div>
    }
}

fn slots(ctx: Ctx) -> impl IntoView {
    let days = by_day(&DAYS, &SLOTS);
    view! {
        {ctx.title(p::VACCINATION_SLOTS_TITLE)}
        <p>{practice(p::VACCINATION_SLOTS_TEXT)}</p>
        <SlotPicker
            days
            taken=Signal::derive(|| vec![TAKEN])
            free=practice(p::VACCINATION_FREE)
            gone=practice(p::VACCINATION_GONE)
            on_pick=Callback::new(move |i| ctx.send(Action::PickSlot(i)))
            highlight=ctx.highlight
            prefix=ctx.prefix
        />
    }
}

fn when(slot: usize) -> String {
    slot_words(p::VACCINATION_CHECK_WHEN, &DAYS, &SLOTS, slot)
}

fn check(ctx: Ctx) -> impl IntoView {
    let slot = ctx.state.with_untracked(|s| s.slot.unwrap_or(0));
    view! {
        {ctx.title(p::VACCINATION_CHECK_TITLE)}
        <div class="ps-note">
            <p><strong>{when(slot)}</strong></p>
            <p>{practice(p::VACCINATION_PLANNED_WHERE)}</p>
        </div>
        {ctx.button("confirm", "ps-button", p::VACCINATION_CONFIRM, Action::Confirm)}
    }
}

fn cancel_check(ctx: Ctx) -> impl IntoView {
    view! {
        {ctx.title(p::VACCINATION_CANCEL_TITLE)}
        <p>{practice(p::VACCINATION_CANCEL_TEXT)}</p>
        <div class="ps-actions">
            {ctx.button("cancel-yes", "ps-button", p::VACCINATION_CANCEL_YES, Action::CancelAnswer(true))}
            {ctx.button("cancel-no", "ps-secondary", p::VACCINATION_CANCEL_NO, Action::CancelAnswer(false))}
        </div>
    }
}

fn done(ctx: Ctx) -> impl IntoView {
    let outcome = ctx.state.with_untracked(|s| s.outcome);
    let (title, lines) = match outcome {
        Some(Outcome::Changed(slot)) => (
            p::VACCINATION_CHANGED_TITLE,
            vec![when(slot), practice(p::VACCINATION_PLANNED_WHERE)],
        ),
        Some(Outcome::Cancelled) => (
            p::VACCINATION_CANCELLED_TITLE,
            vec![
                practice(p::VACCINATION_CANCELLED_TEXT),
                practice(p::VACCINATION_LETTER_PHONE),
            ],
        ),
        Some(Outcome::Kept) | None => (
            p::VACCINATION_KEPT_TITLE,
            vec![
                practice(p::VACCINATION_PLANNED_WHEN),
                practice(p::VACCINATION_PLANNED_WHERE),
            ],
        ),
    };
    let cancelled = outcome == Some(Outcome::Cancelled);
    view! {
        <Confirmation title=practice(title) lines />
        {(!cancelled).then(bring)}
        {ctx.button("back", "ps-link", p::VACCINATION_BACK, Action::Back)}
    }
}

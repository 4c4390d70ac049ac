/*!
"Oefenverwijzing": thin views over [`Referral`]. The frame is the practice
mailbox, then the referral page the link opens (its address shows the
change). All rules live in the state machine.
*/

use leptos::prelude::*;

use super::{
    controls::{labelled_button, option_button, submit, text_field},
    frame::PracticeFrame,
    kit::{by_day, screen_title, shown, slot_words, Confirmation, ListRow, ProblemBox, SlotPicker},
    lit, Highlight, ScreenCtx,
};
use crate::{
    i18n::{p, practice, practice_with},
    practice::{
        card::CHILD_NAME,
        referral::{Action, Problem, Referral, Screen, Where, REFERENCE, SLOTS, TAKEN},
    },
};

type Ctx = ScreenCtx<Referral, Action>;

const DAYS: [&str; 2] = [p::REFERRAL_DAY_0, p::REFERRAL_DAY_1];

impl Ctx {
    fn problem_box(self) -> impl IntoView {
        let shown = Signal::derive(move || shown(self.state.with(|s| s.problem), problem_key));
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

    /// A title with "Terug" before it.
    fn title(self, key: &'static str) -> impl IntoView {
        let on_back = Callback::new(move |()| self.send(Action::Back));
        screen_title(
            practice(key),
            Some((self.id("back"), practice(p::REFERRAL_BACK), on_back)),
        )
    }
}

fn problem_key(problem: Problem) -> &'static str {
    match problem {
        Problem::BirthMissing => p::REFERRAL_ERROR_BIRTH_MISSING,
        Problem::BirthShortYear => p::REFERRAL_ERROR_BIRTH_SHORT_YEAR,
        Problem::BirthFormat => p::REFERRAL_ERROR_BIRTH_FORMAT,
        Problem::OwnBirth => p::REFERRAL_ERROR_OWN_BIRTH,
        Problem::BirthWrong => p::REFERRAL_ERROR_BIRTH_WRONG,
        Problem::TooLong => p::REFERRAL_ERROR_TOO_LONG,
        // Shown by the guard's own warning, never as text.
        Problem::RealData(_) => p::REFERRAL_ERROR_TOO_LONG,
    }
}

/// The framed referral screen.
pub fn framed(
    state: Signal<Referral>,
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
            Screen::Inbox | Screen::Mail => p::REFERRAL_ADDRESS_MAIL,
            _ => p::REFERRAL_ADDRESS_WEB,
        })
    });
    view! {
        <PracticeFrame address on_restart>
            <div class="ps referral" data-theme="oefenverwijzing">
                {move || match screen.get() {
                    Screen::Inbox => inbox(ctx).into_any(),
                    Screen::Mail => mail(ctx).into_any(),
                    Screen::Gate => gate(ctx).into_any(),
                    Screen::Message => message(ctx).into_any(),
                    Screen::Phone => phone(ctx).into_any(),
                    Screen::Slots => slots(ctx).into_any(),
                    Screen::Check => check(ctx).into_any(),
                    Screen::Booked => booked(ctx).into_any(),
                }}
            </div>
        </PracticeFrame>
    }
}

fn inbox(ctx: Ctx) -> impl IntoView {
    let unread = ctx.state.with_untracked(|s| !s.mail_read);
    view! {
        <h2 class="ps-title">{practice(p::REFERRAL_INBOX_TITLE)}</h2>
        <ul class="ps-rows">
            <ListRow
                id=ctx.id("mail")
                lit=Signal::derive(lit(ctx.highlight, "mail"))
                title=practice(p::REFERRAL_MAIL_SUBJECT)
                detail=Signal::derive(|| format!("{} · {}", practice(p::REFERRAL_MAIL_FROM), practice(p::REFERRAL_MAIL_DATE)))
                badge=Signal::derive(move || unread.then(|| "1".to_owned()))
                on_open=Callback::new(move |()| ctx.send(Action::OpenMail))
            />
        </ul>
    }
}

fn mail(ctx: Ctx) -> impl IntoView {
    view! {
        {ctx.title(p::REFERRAL_MAIL_SUBJECT)}
        <p class="ps-hint">{practice(p::REFERRAL_MAIL_FROM)}", "{practice(p::REFERRAL_MAIL_DATE)}</p>
        <article class="referral-mail">
            <p>{practice(p::REFERRAL_MAIL_HELLO)}</p>
            <p>{practice(p::REFERRAL_MAIL_TEXT)}</p>
            <p>{ctx.button("mail-link", "ps-link referral-link", p::REFERRAL_MAIL_LINK, Action::OpenLink)}</p>
            <p class="ps-hint">{practice(p::REFERRAL_MAIL_SAFE)}</p>
        </article>
    }
}

/// The birth date of the person who was referred.
fn gate(ctx: Ctx) -> impl IntoView {
    let bad = |s: &Referral| s.problem.is_some_and(|p| !matches!(p, Problem::TooLong));
    view! {
        {ctx.title(p::REFERRAL_GATE_TITLE)}
        <p>{practice(p::REFERRAL_GATE_TEXT)}</p>
        <form class="ps-form" on:submit=submit(ctx, Action::SubmitBirth) novalidate>
            {text_field(ctx, "birth", p::REFERRAL_BIRTH, "text", |s| s.typed_birth.clone(), Action::Birth, bad, "error")}
            <p class="ps-hint">{practice(p::REFERRAL_BIRTH_HINT)}</p>
            {ctx.problem_box()}
            <button class="ps-button" type="submit" id=ctx.id("birth-submit") class:highlight=lit(ctx.highlight, "birth-submit")>
                {practice(p::REFERRAL_BIRTH_SUBMIT)}
            </button>
        </form>
    }
}

/// The referral message: for whom, the number, how to book, how to prepare.
fn message(ctx: Ctx) -> impl IntoView {
    view! {
        {ctx.title(p::REFERRAL_MESSAGE_TITLE)}
        <div class="ps-note">
            <p><strong>{practice_with(p::REFERRAL_FOR, "name", CHILD_NAME)}</strong></p>
            <p>{practice(p::REFERRAL_TO)}</p>
            <p class="referral-number">{practice_with(p::REFERRAL_REFERENCE, "number", REFERENCE)}</p>
            <p class="ps-hint">{practice(p::REFERRAL_REFERENCE_HINT)}</p>
        </div>
        <h3 class="ps-title">{practice(p::REFERRAL_HOW_TITLE)}</h3>
        <p>{practice(p::REFERRAL_HOW_TEXT)}</p>
        <div class="ps-options">
            {option_button(ctx, "where-online", p::REFERRAL_ONLINE, p::REFERRAL_ONLINE_HINT, Action::Choose(Where::Online))}
            {option_button(ctx, "where-phone", p::REFERRAL_PHONE, p::REFERRAL_PHONE_HINT, Action::Choose(Where::Phone))}
        </div>
        <h3 class="ps-title">{practice(p::REFERRAL_PREPARE_TITLE)}</h3>
        <ul class="referral-prepare">
            <li>{practice(p::REFERRAL_PREPARE_CARD)}</li>
            <li>{practice(p::REFERRAL_PREPARE_MEDICINES)}</li>
            <li>{practice(p::REFERRAL_PREPARE_QUESTIONS)}</li>
        </ul>
        <p class="ps-hint">{practice(p::REFERRAL_SILENT)}</p>
    }
}

/// The hospital that books by phone.
fn phone(ctx: Ctx) -> impl IntoView {
    view! {
        {ctx.title(p::REFERRAL_PHONE_TITLE)}
        <p>{practice(p::REFERRAL_PHONE_TEXT)}</p>
        <p class="referral-number" dir="ltr">{practice(p::REFERRAL_PHONE_NUMBER)}</p>
        <p>{practice_with(p::REFERRAL_PHONE_QUOTE, "number", REFERENCE)}</p>
    }
}

fn slots(ctx: Ctx) -> impl IntoView {
    let days = by_day(&DAYS, &SLOTS);
    view! {
        {ctx.title(p::REFERRAL_SLOTS_TITLE)}
        <p>{practice(p::REFERRAL_SLOTS_TEXT)}</p>
        <SlotPicker
            days
            taken=Signal::derive(|| vec![TAKEN])
            free=practice(p::REFERRAL_FREE)
            gone=practice(p::REFERRAL_GONE)
            on_pick=Callback::new(move |i| ctx.send(Action::PickSlot(i)))
            highlight=ctx.highlight
            prefix=ctx.prefix
        />
    }
}

/// The chosen day and time, in words.
fn when(slot: Option<usize>) -> String {
    slot_words(p::REFERRAL_CHECK_WHEN, &DAYS, &SLOTS, slot.unwrap_or(0))
}

fn check(ctx: Ctx) -> impl IntoView {
    let slot = ctx.state.with_untracked(|s| s.slot);
    view! {
        {ctx.title(p::REFERRAL_CHECK_TITLE)}
        <div class="ps-note">
            <p><strong>{when(slot)}</strong></p>
            <p>{practice(p::REFERRAL_CHECK_WHERE)}</p>
            <p>{practice_with(p::REFERRAL_FOR, "name", CHILD_NAME)}</p>
        </div>
        {ctx.button("confirm", "ps-button", p::REFERRAL_CONFIRM, Action::Confirm)}
    }
}

fn booked(ctx: Ctx) -> impl IntoView {
    let slot = ctx.state.with_untracked(|s| s.booked);
    view! {
        <Confirmation
            title=practice(p::REFERRAL_BOOKED_TITLE)
            lines=vec![when(slot), practice(p::REFERRAL_CHECK_WHERE), practice(p::REFERRAL_BOOKED_TEXT)]
        />
        <ul class="referral-prepare">
            <li>{practice(p::REFERRAL_PREPARE_CARD)}</li>
            <li>{practice(p::REFERRAL_PREPARE_QUESTIONS)}</li>
        </ul>
        {ctx.button("back", "ps-link", p::REFERRAL_BACK, Action::Back)}
    }
}

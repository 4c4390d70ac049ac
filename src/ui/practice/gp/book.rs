//! Booking an appointment (reason, who, day and time, check, done), the
//! list of appointments, and cancelling one (free until 24 hours before).

use leptos::prelude::*;

use super::{GpCtx, Word};
use crate::{
    i18n::{p, practice},
    practice::gp::{Action, Gp, Practitioner, Section, Slot, SLOTS},
    ui::practice::{
        controls,
        kit::{Confirmation, SlotChoice, SlotPicker},
    },
};

/// "Woensdag 2 december, 08:40".
fn when(slot: Slot) -> String {
    format!("{}, {}", practice(slot.day_key()), slot.time())
}

pub fn reason(ctx: GpCtx) -> impl IntoView {
    view! {
        {ctx.title_text(ctx.word(Word::Section(Section::Book)))}
        {ctx.problem_box()}
        <form class="ps-form" on:submit=controls::submit(ctx, Action::ReasonNext) novalidate>
            {controls::text_field(
                ctx,
                "reason",
                p::GP_BOOK_REASON,
                "text",
                |s: &Gp| s.reason.clone(),
                Action::Reason,
                |s: &Gp| s.problem.is_some(),
                "error",
            )}
            <p class="ps-hint">{practice(p::GP_BOOK_REASON_HINT)}</p>
            <button class="ps-button" type="submit" id=ctx.id("reason-next")
                class:highlight=crate::ui::practice::lit(ctx.highlight, "reason-next")>
                {ctx.word(Word::Next)}
            </button>
        </form>
    }
}

pub fn who(ctx: GpCtx) -> impl IntoView {
    let options = Practitioner::ALL
        .into_iter()
        .map(|who| {
            let target = match who {
                Practitioner::Gp => "who-gp",
                Practitioner::Trainee => "who-trainee",
                Practitioner::Nurse => "who-nurse",
            };
            controls::option_button(
                ctx,
                target,
                who.name_key(),
                who.role_key(),
                Action::Who(who),
            )
        })
        .collect_view();
    view! {
        {ctx.title(p::GP_BOOK_WHO)}
        {ctx.problem_box()}
        <div class="ps-options">{options}</div>
        <p class="ps-hint">{practice(p::GP_PRACTICE_PHONE)}</p>
    }
}

pub fn slot(ctx: GpCtx) -> impl IntoView {
    let mut days: Vec<(String, Vec<SlotChoice>)> = vec![];
    for (index, slot) in SLOTS.iter().enumerate() {
        let choice = SlotChoice {
            index,
            time: slot.time(),
        };
        let day = practice(slot.day_key());
        match days.last_mut() {
            Some((name, times)) if *name == day => times.push(choice),
            _ => days.push((day, vec![choice])),
        }
    }
    let taken = Signal::derive(move || {
        ctx.state
            .with(|s| (0..SLOTS.len()).filter(|&i| s.slot_taken(i)).collect())
    });
    view! {
        {ctx.title(p::GP_BOOK_SLOT)}
        {ctx.problem_box()}
        <SlotPicker
            days
            taken
            free=practice(p::GP_BOOK_SLOT_FREE)
            gone=practice(p::GP_BOOK_SLOT_TAKEN)
            on_pick=Callback::new(move |i| ctx.send(Action::Slot(i)))
            highlight=ctx.highlight
            prefix=ctx.prefix
        />
    }
}

pub fn check(ctx: GpCtx) -> impl IntoView {
    let (reason, who, slot) = ctx.state.with(|s| {
        (
            s.reason.clone(),
            s.who,
            s.slot.and_then(|i| SLOTS.get(i).copied()),
        )
    });
    view! {
        {ctx.title(p::GP_BOOK_CHECK)}
        {ctx.problem_box()}
        <dl class="ps-summary">
            <dt>{practice(p::GP_BOOK_CHECK_REASON)}</dt>
            <dd>{reason}</dd>
            <dt>{practice(p::GP_BOOK_CHECK_WHO)}</dt>
            <dd>{who.map(|w| practice(w.name_key()))}</dd>
            <dt>{practice(p::GP_BOOK_CHECK_WHEN)}</dt>
            <dd>{slot.map(when)}</dd>
        </dl>
        {ctx.button("confirm-booking", "ps-button", practice(p::GP_BOOK_CONFIRM), Action::ConfirmBooking)}
    }
}

pub fn booked(ctx: GpCtx) -> impl IntoView {
    let booking = ctx.state.with(|s| s.booking);
    let line = booking
        .map(|b| format!("{} — {}", when(b.slot), practice(b.who.name_key())))
        .unwrap_or_default();
    view! {
        <Confirmation title=practice(p::GP_BOOKED_TITLE) lines=vec![line, practice(p::GP_BOOKED_TEXT)] />
        {ctx.button("to-appointments", "ps-button", ctx.word(Word::Section(Section::Appointments)),
            Action::Open(Section::Appointments))}
    }
}

pub fn appointments(ctx: GpCtx) -> impl IntoView {
    let list = move || {
        match ctx.state.with(|s| s.active_booking()) {
        Some(b) => view! {
            <ul class="ps-rows">
                <li class="ps-row ps-row-static">
                    <span class="ps-row-text">
                        <span class="ps-row-title">{when(b.slot)}</span>
                        <span class="ps-row-detail">{practice(b.who.name_key())}</span>
                    </span>
                </li>
            </ul>
            {ctx.button("cancel", "ps-secondary", practice(p::GP_APPOINTMENT_CANCEL), Action::Cancel)}
        }
        .into_any(),
        None => view! { <p>{practice(p::GP_APPOINTMENTS_EMPTY)}</p> }.into_any(),
    }
    };
    view! {
        {ctx.title_text(ctx.word(Word::Section(Section::Appointments)))}
        {ctx.problem_box()}
        {list}
        <p class="ps-hint">{practice(p::GP_BOOKED_TEXT)}</p>
        {video_appointment()}
    }
}

/// The video consult planned for today: its link opens "Oefenbeeld", as
/// a portal's appointment list links to the call.
fn video_appointment() -> impl IntoView {
    let href = crate::routes::practice(crate::practice::Service::Video.id());
    view! {
        <h3 class="ps-subtitle">{practice(p::GP_VIDEO_TITLE)}</h3>
        <ul class="ps-rows">
            <li class="ps-row ps-row-static">
                <span class="ps-row-text">
                    <span class="ps-row-title">{practice(p::GP_VIDEO_WHEN)}</span>
                    <span class="ps-row-detail">{practice(p::GP_VIDEO_WHO)}</span>
                </span>
            </li>
        </ul>
        <a class="ps-link" href=href>{practice(p::GP_VIDEO_OPEN)}</a>
    }
}

pub fn cancel_check(ctx: GpCtx) -> impl IntoView {
    let line = ctx
        .state
        .with(|s| s.active_booking())
        .map(|b| format!("{} — {}", when(b.slot), practice(b.who.name_key())));
    view! {
        {ctx.title(p::GP_CANCEL_CHECK)}
        <p>{line}</p>
        <div class="ps-actions">
            {ctx.button("cancel-yes", "ps-button", practice(p::GP_CANCEL_YES), Action::CancelYes)}
            {ctx.button("cancel-no", "ps-secondary", practice(p::GP_CANCEL_NO), Action::CancelNo)}
        </div>
    }
}

pub fn cancelled(ctx: GpCtx) -> impl IntoView {
    view! {
        <Confirmation title=practice(p::GP_CANCELLED_TITLE) lines=vec![practice(p::GP_CANCELLED_TEXT)] />
        {ctx.button("book-again", "ps-secondary", ctx.word(Word::Section(Section::Book)), Action::Open(Section::Book))}
    }
}

//! The repeat prescription (tick, note, send to the fixed pharmacy), its
//! status, and the medication overview.

use leptos::prelude::*;

use super::{GpCtx, Word};
use crate::{
    i18n::{p, practice},
    practice::gp::{Action, Gp, Medicine, OrderStatus, Problem, Section},
    ui::practice::{
        controls,
        kit::{CheckRow, Confirmation},
        lit,
    },
};

fn target(medicine: Medicine) -> &'static str {
    match medicine {
        Medicine::Omeprazol => "medicine-omeprazol",
        Medicine::Metformine => "medicine-metformine",
        Medicine::Atorvastatine => "medicine-atorvastatine",
        Medicine::Salbutamol => "medicine-salbutamol",
        Medicine::Amlodipine => "medicine-amlodipine",
        Medicine::Cetirizine => "medicine-cetirizine",
    }
}

pub fn repeat(ctx: GpCtx) -> impl IntoView {
    // Redrawn only when the person changes, so a ticked box keeps focus.
    let person = Memo::new(move |_| ctx.state.with(|s| s.person));
    let rows = move || {
        Medicine::of(person.get())
            .iter()
            .map(|&medicine| {
                let checked =
                    Signal::derive(move || ctx.state.with(|s| s.ticked.contains(&medicine)));
                view! {
                    <CheckRow
                        id=ctx.id(target(medicine))
                        lit=Signal::derive(lit(ctx.highlight, target(medicine)))
                        label=practice(medicine.name_key())
                        detail=practice(medicine.use_key())
                        checked
                        on_toggle=Callback::new(move |_| ctx.send(Action::Tick(medicine)))
                    />
                }
            })
            .collect_view()
    };
    view! {
        {ctx.title_text(ctx.word(Word::Section(Section::Repeat)))}
        <p>{practice(p::GP_REPEAT_TEXT)}</p>
        {ctx.problem_box()}
        <ul class="ps-checks">{rows}</ul>
        <div class="gp-pharmacy">
            <p class="ps-row-title">{practice(p::GP_REPEAT_PHARMACY)}</p>
            <p>{practice(p::GP_PHARMACY)}</p>
            <p>{practice(p::GP_PHARMACY_ADDRESS)}</p>
        </div>
        {controls::text_field(
            ctx,
            "note",
            p::GP_REPEAT_NOTE,
            "text",
            |s: &Gp| s.note.clone(),
            Action::Note,
            // Only what was typed here: not a medicine that needs a check-up.
            |s: &Gp| s.problem.is_some_and(Problem::is_about_typing),
            "error",
        )}
        {ctx.button("send-repeat", "ps-button", ctx.word(Word::Send), Action::SendRepeat)}
    }
}

pub fn sent(ctx: GpCtx) -> impl IntoView {
    view! {
        <Confirmation
            title=practice(p::GP_REPEAT_SENT_TITLE)
            lines=vec![practice(p::GP_REPEAT_SENT_TEXT), practice(p::GP_REPEAT_SENT_NOTICE)]
        />
        {ctx.button("to-orders", "ps-button", ctx.word(Word::Section(Section::Orders)), Action::Open(Section::Orders))}
    }
}

/// The status chain of the newest order, with the steps done marked.
pub fn orders(ctx: GpCtx) -> impl IntoView {
    let body = move || {
        let order = ctx
            .state
            .with(|s| s.latest_order().map(|o| (o.clone(), o.status(s.minutes))));
        match order {
            None => view! { <p>{practice(p::GP_ORDERS_EMPTY)}</p> }.into_any(),
            Some((order, status)) => {
                let names = order
                    .medicines
                    .iter()
                    .map(|m| view! { <li>{practice(m.name_key())}</li> })
                    .collect_view();
                let steps = [
                    (OrderStatus::Requested, p::GP_ORDER_REQUESTED),
                    (OrderStatus::InProgress, p::GP_ORDER_IN_PROGRESS),
                    (OrderStatus::Ready, p::GP_ORDER_READY),
                ]
                .into_iter()
                .map(|(step, key)| {
                    let done = step <= status;
                    let now = step == status;
                    view! {
                        <li class:done=done aria-current=now.then_some("step")>
                            <span class="ps-step-mark" aria-hidden="true">{if done { "✓" } else { "○" }}</span>
                            {practice(key)}
                        </li>
                    }
                })
                .collect_view();
                view! {
                    <ul class="gp-order-items">{names}</ul>
                    <ol class="ps-status" id=ctx.id("order-status")>{steps}</ol>
                    <p class="ps-hint">{practice(p::GP_PHARMACY)}</p>
                }
                .into_any()
            }
        }
    };
    view! {
        {ctx.title_text(ctx.word(Word::Section(Section::Orders)))}
        {body}
    }
}

pub fn medication(ctx: GpCtx) -> impl IntoView {
    let person = Memo::new(move |_| ctx.state.with(|s| s.person));
    let rows = move || {
        Medicine::of(person.get())
            .iter()
            .map(|m| {
                view! {
                    <li class="ps-row ps-row-static">
                        <span class="ps-row-text">
                            <span class="ps-row-title">{practice(m.name_key())}</span>
                            <span class="ps-row-detail">{practice(m.use_key())}</span>
                        </span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        {ctx.title_text(ctx.word(Word::Section(Section::Medication)))}
        <p>{practice(p::GP_MEDICATION_TEXT)}</p>
        <ul class="ps-rows">{rows}</ul>
    }
}

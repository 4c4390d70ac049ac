//! The kiosk in the hospital's hall: scan a card or the QR code, confirm
//! today's appointment, take the printed ticket.

use leptos::prelude::*;

use super::HospitalCtx;
use crate::{
    i18n::{p, practice, practice_with},
    practice::{
        card::CARD,
        hospital::{Action, Card, APPOINTMENTS, QUEUE_NUMBER},
    },
};

fn kiosk_title(key: &'static str) -> impl IntoView {
    view! { <h2 class="ps-title kiosk-title">{practice(key)}</h2> }
}

/// "Meld u hier aan": what the learner can hold to the scanner.
pub fn welcome(ctx: HospitalCtx) -> impl IntoView {
    view! {
        {kiosk_title(p::HOSPITAL_KIOSK_TITLE)}
        <p>{practice(p::HOSPITAL_KIOSK_TEXT)}</p>
        <div class="kiosk-scanner" aria-hidden="true">{practice(p::HOSPITAL_KIOSK_SCANNER)}</div>
        {ctx.problem_box()}
        <div class="kiosk-cards">
            {ctx.button("scan-card", "ps-option", p::HOSPITAL_SCAN_CARD, Action::Scan(Card::Practice))}
            {ctx.button("scan-qr", "ps-option", p::HOSPITAL_SCAN_QR, Action::Scan(Card::Qr))}
            {ctx.button("scan-bank", "ps-option", p::HOSPITAL_SCAN_BANK, Action::Scan(Card::Bank))}
        </div>
        <p class="ps-hint">{practice(p::HOSPITAL_KIOSK_HELP)}</p>
    }
}

/// The card was read: today's appointment and "Aanmelden".
pub fn appointment(ctx: HospitalCtx) -> impl IntoView {
    let a = APPOINTMENTS[0];
    view! {
        {kiosk_title(p::HOSPITAL_KIOSK_TITLE)}
        <p>{practice_with(p::HOSPITAL_KIOSK_FOUND, "name", CARD.name)}</p>
        <p class="kiosk-appointment">
            <strong>{practice(a.clinic)}</strong>
            <span>{practice(a.when)}</span>
        </p>
        {ctx.button("kiosk-confirm", "ps-button", p::HOSPITAL_KIOSK_CONFIRM, Action::KioskConfirm)}
        <p class="ps-hint">{practice(p::HOSPITAL_KIOSK_HELP)}</p>
    }
}

/// The printed ticket: number, appointment, route. It comes out of the
/// printer below the screen, so the button is above it, and on a phone
/// the number and the route stay in view with the button.
pub fn ticket(ctx: HospitalCtx) -> impl IntoView {
    view! {
        {kiosk_title(p::HOSPITAL_DONE_TITLE)}
        {ctx.button("take-ticket", "ps-button", p::HOSPITAL_TAKE_TICKET, Action::TakeTicket)}
        {ticket_paper(ctx)}
    }
}

fn ticket_paper(ctx: HospitalCtx) -> impl IntoView {
    let a = APPOINTMENTS[0];
    view! {
        <figure class="kiosk-ticket" id=ctx.id("ticket")>
            <figcaption>{practice(p::HOSPITAL_TICKET_LABEL)}</figcaption>
            <p class="kiosk-ticket-brand">{practice(p::HOSPITAL_BRAND)}</p>
            <p>{practice(p::HOSPITAL_TICKET_NUMBER)}</p>
            <p class="kiosk-number">{QUEUE_NUMBER}</p>
            // The route right under the number: the two things a patient
            // needs from the ticket, in view together on a small phone.
            <p class="kiosk-route">{practice(p::HOSPITAL_TICKET_ROUTE)}</p>
            <p><strong>{practice(a.clinic)}</strong></p>
            <p>{practice(a.when)}</p>
            <p>{practice(p::HOSPITAL_TICKET_SCREEN)}</p>
        </figure>
    }
}

/// Ticket in hand: where to go.
pub fn done(ctx: HospitalCtx) -> impl IntoView {
    view! {
        {kiosk_title(p::HOSPITAL_DONE_TITLE)}
        <p>{practice(p::HOSPITAL_DONE_TEXT)}</p>
        {ticket_paper(ctx)}
    }
}

//! The portal at home: login, the start page with its menu, appointments
//! and checking in from home, results, the letter and the message.

use leptos::prelude::*;

use super::HospitalCtx;
use crate::{
    i18n::{p, practice, practice_with},
    practice::{
        card::CARD,
        hospital::{Action, How, Page, APPOINTMENTS},
        qr,
    },
    ui::practice::{
        digid_web::DigidWebScreen,
        kit::{Confirmation, ListRow},
        lit,
    },
};

/// The portal's bar: its name, and "Uitloggen" once inside.
pub fn header(ctx: HospitalCtx) -> impl IntoView {
    let inside = move || ctx.state.with(|s| s.logged_in);
    view! {
        <div class="hospital-bar">
            <span class="hospital-mark" aria-hidden="true">"O"</span>
            <span class="hospital-brand">{practice(p::HOSPITAL_NAME)}</span>
            {move || inside().then(|| ctx.button("logout", "ps-link", p::HOSPITAL_LOGOUT, Action::Logout))}
        </div>
    }
}

/// The login page; after logging out it says so first.
pub fn start(ctx: HospitalCtx, after_logout: bool) -> impl IntoView {
    let (title, text) = if after_logout {
        (p::HOSPITAL_LOGGED_OUT_TITLE, p::HOSPITAL_LOGGED_OUT_TEXT)
    } else {
        (p::HOSPITAL_START_TITLE, p::HOSPITAL_START_TEXT)
    };
    view! {
        <h2 class="ps-title">{practice(title)}</h2>
        <p>{practice(text)}</p>
        {ctx.button("digid-login", "ps-button", p::HOSPITAL_DIGID_LOGIN, Action::StartDigid)}
        <p class="ps-hint">{practice(p::HOSPITAL_START_HELP)}</p>
    }
}

/// DigiD (oefenen) itself, as the portal sends the learner there.
pub fn digid(ctx: HospitalCtx) -> impl IntoView {
    let state = Signal::derive(move || ctx.state.with(|s| s.login.digid.clone()));
    let on_action = Callback::new(move |a| ctx.send(Action::Digid(a)));
    view! { <DigidWebScreen state on_action highlight=ctx.highlight prefix=ctx.prefix /> }
}

fn day_key(visit_day: bool) -> &'static str {
    if visit_day {
        p::HOSPITAL_DAY_1
    } else {
        p::HOSPITAL_DAY_0
    }
}

/// The start page: a greeting, what waits, and the menu as big rows.
pub fn home(ctx: HospitalCtx) -> impl IntoView {
    let item =
        move |target: &'static str, label: &'static str, page: Page, badge: Option<String>| {
            view! {
                <ListRow
                    id=ctx.id(target)
                    lit=Signal::derive(lit(ctx.highlight, target))
                    title=practice(label)
                    detail=Signal::derive(String::new)
                    badge=Signal::derive(move || badge.clone())
                    on_open=Callback::new(move |()| ctx.send(Action::Open(page)))
                />
            }
        };
    let (task_open, visit_day, letter_new, message_new) = ctx.state.with_untracked(|s| {
        (
            s.task_open(),
            s.is_visit_day(),
            !s.letter_read,
            !s.message_read,
        )
    });
    let new = |on: bool| on.then(|| practice(p::HOSPITAL_BADGE_NEW));
    view! {
        <h2 class="ps-title">{practice_with(p::HOSPITAL_HELLO, "name", CARD.first_name)}</h2>
        <p class="ps-hint">{practice_with(p::HOSPITAL_TODAY, "day", practice(day_key(visit_day)))}</p>
        <p>{practice(if task_open { p::HOSPITAL_HOME_TASK } else { p::HOSPITAL_HOME_NO_TASK })}</p>
        <p>{practice_with(p::HOSPITAL_HOME_NEXT, "when", practice(APPOINTMENTS[0].when))}</p>
        <nav aria-label=practice(p::HOSPITAL_MENU_LABEL)>
            <ul class="ps-rows">
                {item("menu-appointments", p::HOSPITAL_MENU_APPOINTMENTS, Page::Appointments, None)}
                {item("menu-tasks", p::HOSPITAL_MENU_TASKS, Page::Tasks, task_open.then(|| practice(p::HOSPITAL_BADGE_OPEN)))}
                {item("menu-results", p::HOSPITAL_MENU_RESULTS, Page::Results, None)}
                {item("menu-letters", p::HOSPITAL_MENU_LETTERS, Page::Letters, new(letter_new))}
                {item("menu-messages", p::HOSPITAL_MENU_MESSAGES, Page::Messages, new(message_new))}
            </ul>
        </nav>
    }
}

fn how_key(how: How) -> &'static str {
    match how {
        How::AtHospital => p::HOSPITAL_HOW_HOSPITAL,
        How::ByPhone => p::HOSPITAL_HOW_PHONE,
        How::ByVideo => p::HOSPITAL_HOW_VIDEO,
    }
}

pub fn appointments(ctx: HospitalCtx) -> impl IntoView {
    let rows = APPOINTMENTS
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let detail = format!("{} · {}", practice(a.when), practice(how_key(a.how)));
            view! {
                <ListRow
                    id=ctx.id(a.target)
                    lit=Signal::derive(lit(ctx.highlight, a.target))
                    title=practice(a.clinic)
                    detail=Signal::derive(move || detail.clone())
                    on_open=Callback::new(move |()| ctx.send(Action::Appointment(i)))
                />
            }
        })
        .collect_view();
    view! {
        {ctx.title(p::HOSPITAL_APPOINTMENTS_TITLE, "menu-home", Page::Home)}
        <ul class="ps-rows">{rows}</ul>
    }
}

/// One appointment; the visit to the hospital can be checked in for.
pub fn appointment(ctx: HospitalCtx, n: usize) -> impl IntoView {
    let a = APPOINTMENTS[n.min(APPOINTMENTS.len() - 1)];
    let at_hospital = a.how == How::AtHospital;
    view! {
        {ctx.title(a.clinic, "menu-appointments", Page::Appointments)}
        <p class="hospital-how" data-how=how_key(a.how)><strong>{practice(how_key(a.how))}</strong></p>
        <p><strong>{practice(a.when)}</strong></p>
        {at_hospital.then(|| view! { <p>{practice(p::HOSPITAL_WHERE)}</p> })}
        <p>{practice(a.about)}</p>
        {at_hospital.then(|| view! {
            <p class="ps-hint">{practice(p::HOSPITAL_CHECK_IN_HINT)}</p>
            {ctx.problem_box()}
            {ctx.button("check-in", "ps-button", p::HOSPITAL_CHECK_IN, Action::CheckIn)}
        })}
    }
}

/// Checked in from home: the QR code to scan in the hall.
pub fn qr_ticket(ctx: HospitalCtx) -> impl IntoView {
    let picture = qr::encode(&practice(p::HOSPITAL_QR_CONTENT)).map(|qr| {
        let view_box = format!("0 0 {0} {0}", qr.size);
        view! {
            <svg class="qr" viewBox=view_box role="img" aria-label=practice(p::HOSPITAL_QR_LABEL) shape-rendering="crispEdges">
                <rect width="100%" height="100%" fill="#fff" />
                <path d=qr.path fill="#000" />
            </svg>
        }
    });
    view! {
        {ctx.title(p::HOSPITAL_QR_TITLE, "menu-appointments", Page::Appointments)}
        <Confirmation title=practice(p::HOSPITAL_QR_TITLE) lines=vec![practice(p::HOSPITAL_QR_TEXT)] />
        <div class="qr-box hospital-qr">{picture}</div>
        <p><strong>{practice(APPOINTMENTS[0].clinic)}</strong>", "{practice(APPOINTMENTS[0].when)}</p>
    }
}

pub fn results(ctx: HospitalCtx) -> impl IntoView {
    let row = |test: &'static str,
               value: &'static str,
               range: &'static str,
               flag: Option<&'static str>| {
        view! {
            <tr>
                <th scope="row">{practice(test)}</th>
                <td>
                    {practice(value)}
                    {flag.map(|f| view! { <span class="ps-badge">{practice(f)}</span> })}
                </td>
                <td>{practice(range)}</td>
            </tr>
        }
    };
    view! {
        {ctx.title(p::HOSPITAL_RESULTS_TITLE, "menu-home", Page::Home)}
        <p class="ps-note">{practice(p::HOSPITAL_RESULTS_PRACTICE)}</p>
        <p class="ps-warning">{practice(p::HOSPITAL_RESULTS_NOT_DISCUSSED)}</p>
        <div class="hospital-table">
            <table>
                <thead>
                    <tr>
                        <th scope="col">{practice(p::HOSPITAL_RESULTS_TEST)}</th>
                        <th scope="col">{practice(p::HOSPITAL_RESULTS_VALUE)}</th>
                        <th scope="col">{practice(p::HOSPITAL_RESULTS_RANGE)}</th>
                    </tr>
                </thead>
                <tbody>
                    {row(p::HOSPITAL_RESULT_CHOL, p::HOSPITAL_RESULT_CHOL_VALUE, p::HOSPITAL_RESULT_CHOL_RANGE, Some(p::HOSPITAL_RESULT_CHOL_FLAG))}
                    {row(p::HOSPITAL_RESULT_POTASSIUM, p::HOSPITAL_RESULT_POTASSIUM_VALUE, p::HOSPITAL_RESULT_POTASSIUM_RANGE, None)}
                    {row(p::HOSPITAL_RESULT_CRP, p::HOSPITAL_RESULT_CRP_VALUE, p::HOSPITAL_RESULT_CRP_RANGE, None)}
                </tbody>
            </table>
        </div>
    }
}

/// A list with one item that opens it.
fn one_item(
    ctx: HospitalCtx,
    target: &'static str,
    name: &'static str,
    detail: &'static str,
    action: Action,
) -> impl IntoView {
    view! {
        <ul class="ps-rows">
            <ListRow
                id=ctx.id(target)
                lit=Signal::derive(lit(ctx.highlight, target))
                title=practice(name)
                detail=Signal::derive(move || practice(detail))
                on_open=Callback::new(move |()| ctx.send(action.clone()))
            />
        </ul>
    }
}

pub fn letters(ctx: HospitalCtx) -> impl IntoView {
    view! {
        {ctx.title(p::HOSPITAL_LETTERS_TITLE, "menu-home", Page::Home)}
        {one_item(ctx, "letter", p::HOSPITAL_LETTER_NAME, p::HOSPITAL_LETTER_DATE, Action::ReadLetter)}
    }
}

/// The letter, drawn as a sheet of paper.
pub fn letter(ctx: HospitalCtx) -> impl IntoView {
    view! {
        {ctx.title(p::HOSPITAL_LETTER_NAME, "menu-letters", Page::Letters)}
        <article class="hospital-letter" aria-label=practice(p::HOSPITAL_LETTER_NAME)>
            <p class="hospital-letter-from"><strong>{practice(p::HOSPITAL_LETTER_FROM)}</strong></p>
            <p>{practice_with(p::HOSPITAL_LETTER_TO, "name", CARD.name)}</p>
            <p class="ps-hint">{practice(p::HOSPITAL_LETTER_DATE)}</p>
            <p>{practice(p::HOSPITAL_LETTER_GREETING)}</p>
            <p>{practice(p::HOSPITAL_LETTER_BODY)}</p>
            <p><strong>{practice(p::HOSPITAL_LETTER_BRING)}</strong></p>
            <p>{practice(p::HOSPITAL_LETTER_CANCEL)}</p>
            <p>{practice(p::HOSPITAL_LETTER_CLOSE)}</p>
        </article>
    }
}

pub fn messages(ctx: HospitalCtx) -> impl IntoView {
    view! {
        {ctx.title(p::HOSPITAL_MESSAGES_TITLE, "menu-home", Page::Home)}
        {one_item(ctx, "message", p::HOSPITAL_MESSAGE_NAME, p::HOSPITAL_MESSAGE_FROM, Action::ReadMessage)}
    }
}

pub fn message(ctx: HospitalCtx) -> impl IntoView {
    view! {
        {ctx.title(p::HOSPITAL_MESSAGE_NAME, "menu-messages", Page::Messages)}
        <p class="ps-hint">{practice(p::HOSPITAL_MESSAGE_FROM)}</p>
        <p>{practice(p::HOSPITAL_MESSAGE_BODY)}</p>
    }
}

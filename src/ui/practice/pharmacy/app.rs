//! The pharmacy's app on the phone: the store, linking, the home tiles,
//! the medicine overview, ordering, the status chain and the reminder.

use leptos::prelude::*;

use super::PharmacyCtx;
use crate::{
    i18n::{p, practice, practice_with},
    practice::pharmacy::{Action, App, Medicine, Page, Pickup, Problem, Status, REMINDER_HOURS},
    ui::practice::{
        controls::{option_button, submit, text_field},
        kit::{screen_title, CheckRow, Confirmation},
        lit,
    },
};

/// The app's title bar, with "Terug" to the app's home.
fn title(ctx: PharmacyCtx, key: &'static str) -> impl IntoView {
    let back = Callback::new(move |()| ctx.send(Action::Open(Page::Home)));
    screen_title(
        practice(key),
        Some((ctx.id("app-home"), practice(p::PHARMACY_BACK), back)),
    )
}

/// The practice store, with the real app and a look-alike.
pub fn store(ctx: PharmacyCtx) -> impl IntoView {
    let installed = move || ctx.state.with(|s| s.installed);
    let app = move |which: App, name: &'static str, maker: &'static str, target: &'static str| {
        view! {
            <li class="store-app" id=(which == App::Real).then(|| ctx.id("app-real"))>
                <span class="store-icon" class:other=which == App::Other aria-hidden="true">"+"</span>
                <span class="store-text">
                    <span class="ps-row-title">{practice(name)}</span>
                    <span class="ps-row-detail">{practice(maker)}</span>
                </span>
                {move || {
                    let (target, label, action) = if which == App::Real && installed() {
                        ("open-app", p::PHARMACY_STORE_OPEN, Action::OpenApp)
                    } else {
                        (target, p::PHARMACY_STORE_INSTALL, Action::Install(which))
                    };
                    ctx.button(target, "ps-button", label, action)
                }}
            </li>
        }
    };
    view! {
        <h2 class="ps-title">{practice(p::PHARMACY_STORE_TITLE)}</h2>
        <p>{practice(p::PHARMACY_STORE_TEXT)}</p>
        <ul class="store-list">
            {app(App::Real, p::PHARMACY_NAME, p::PHARMACY_STORE_MAKER, "install")}
            {app(App::Other, p::PHARMACY_STORE_OTHER, p::PHARMACY_STORE_OTHER_MAKER, "install-other")}
        </ul>
        {ctx.problem_box()}
    }
}

pub fn welcome(ctx: PharmacyCtx) -> impl IntoView {
    view! {
        <div class="app-brand" aria-hidden="true">"+"</div>
        <h2 class="ps-title">{practice(p::PHARMACY_WELCOME_TITLE)}</h2>
        <p>{practice(p::PHARMACY_WELCOME_TEXT)}</p>
        {ctx.button("start-link", "ps-button", p::PHARMACY_WELCOME_LINK, Action::StartLink)}
    }
}

/// Link code from the receipt and the birth date.
pub fn link(ctx: PharmacyCtx) -> impl IntoView {
    let code_bad = |s: &crate::practice::pharmacy::Pharmacy| {
        matches!(
            s.problem,
            Some(Problem::LinkCodeMissing | Problem::LinkCodeWrong)
        )
    };
    let birth_bad = |s: &crate::practice::pharmacy::Pharmacy| {
        matches!(
            s.problem,
            Some(
                Problem::BirthMissing
                    | Problem::BirthShortYear
                    | Problem::BirthFormat
                    | Problem::BirthWrong
            )
        )
    };
    view! {
        <h2 class="ps-title">{practice(p::PHARMACY_LINK_TITLE)}</h2>
        <p>{practice(p::PHARMACY_LINK_TEXT)}</p>
        <form class="ps-form" on:submit=submit(ctx, Action::Link)>
            {text_field(ctx, "link-code", p::PHARMACY_LINK_CODE, "text", |s| s.typed_code.clone(), Action::LinkCode, code_bad, "error")}
            <p class="ps-hint">{practice(p::PHARMACY_LINK_CODE_HINT)}</p>
            {text_field(ctx, "link-birth", p::PHARMACY_LINK_BIRTH, "text", |s| s.typed_birth.clone(), Action::LinkBirth, birth_bad, "error")}
            <p class="ps-hint">{practice(p::PHARMACY_LINK_BIRTH_HINT)}</p>
            {ctx.problem_box()}
            <div class="ps-actions">
                <button class="ps-button" type="submit" id=ctx.id("link-submit") class:highlight=lit(ctx.highlight, "link-submit")>
                    {practice(p::PHARMACY_LINK_SUBMIT)}
                </button>
            </div>
        </form>
    }
}

/// The app's home: four big tiles.
pub fn home(ctx: PharmacyCtx) -> impl IntoView {
    let tile = move |target: &'static str, label: &'static str, page: Page| {
        view! { <li>{ctx.button(target, "app-tile", label, Action::Open(page))}</li> }
    };
    let status = move || {
        ctx.state.with(|s| {
            s.order.as_ref().map(|o| {
                practice_with(
                    p::PHARMACY_HOME_ORDER,
                    "status",
                    practice(o.status(s.minutes).name(o.how)),
                )
            })
        })
    };
    view! {
        <h2 class="ps-title">{practice(p::PHARMACY_HOME_TITLE)}</h2>
        {move || status().map(|s| view! { <p class="ps-note" role="status">{s}</p> })}
        <ul class="app-tiles">
            {tile("tile-medicines", p::PHARMACY_TILE_MEDICINES, Page::Medicines)}
            {tile("tile-order", p::PHARMACY_TILE_ORDER, Page::Order)}
            {tile("tile-status", p::PHARMACY_TILE_STATUS, Page::Status)}
            {tile("tile-reminder", p::PHARMACY_TILE_REMINDER, Page::Reminder)}
        </ul>
    }
}

pub fn medicines(ctx: PharmacyCtx) -> impl IntoView {
    let rows = Medicine::ALL
        .into_iter()
        .map(|m| {
            view! {
                <li class="med">
                    <span class="ps-row-title">{practice(m.name())}</span>
                    <span class="ps-row-detail">{practice(m.usage())}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        {title(ctx, p::PHARMACY_MEDICINES_TITLE)}
        <p>{practice(p::PHARMACY_MEDICINES_TEXT)}</p>
        <ul class="med-list">{rows}</ul>
    }
}

/// Check boxes for a repeat; the service may refuse one.
pub fn order(ctx: PharmacyCtx) -> impl IntoView {
    let rows = Medicine::ALL
        .into_iter()
        .map(|m| {
            let checked = Signal::derive(move || ctx.state.with(|s| s.picked.contains(&m)));
            view! {
                <CheckRow
                    id=ctx.id(m.target())
                    lit=Signal::derive(lit(ctx.highlight, m.target()))
                    label=practice(m.name())
                    detail=practice(m.usage())
                    checked
                    on_toggle=Callback::new(move |on| ctx.send(Action::Pick(m, on)))
                />
            }
        })
        .collect_view();
    view! {
        {title(ctx, p::PHARMACY_ORDER_TITLE)}
        <p>{practice(p::PHARMACY_ORDER_TEXT)}</p>
        <ul class="ps-checks">{rows}</ul>
        {ctx.problem_box()}
        <div class="ps-actions">
            {ctx.button("order-next", "ps-button", p::PHARMACY_NEXT, Action::OrderNext)}
        </div>
    }
}

/// Locker, counter or delivery.
pub fn pickup(ctx: PharmacyCtx) -> impl IntoView {
    let options = Pickup::ALL
        .into_iter()
        .map(|how| {
            let chosen = move || ctx.state.with(|s| s.pickup == Some(how));
            view! {
                <li class="pickup-option" class:chosen=chosen>
                    {option_button(ctx, how.target(), how.name(), how.hint(), Action::Pickup(how))}
                    <span class="visually-hidden" aria-live="polite">
                        {move || chosen().then(|| practice(p::PHARMACY_CHOSEN))}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        {title(ctx, p::PHARMACY_PICKUP_TITLE)}
        <ul class="pickup-list">{options}</ul>
        {ctx.problem_box()}
        <div class="ps-actions">
            {ctx.button("pickup-next", "ps-button", p::PHARMACY_NEXT, Action::PickupNext)}
        </div>
    }
}

pub fn summary(ctx: PharmacyCtx) -> impl IntoView {
    let lines = move || {
        ctx.state.with(|s| {
            let mut lines: Vec<String> = s.picked.iter().map(|m| practice(m.name())).collect();
            if let Some(how) = s.pickup {
                lines.push(practice_with(
                    p::PHARMACY_SUMMARY_HOW,
                    "how",
                    practice(how.name()),
                ));
            }
            lines
        })
    };
    view! {
        {title(ctx, p::PHARMACY_SUMMARY_TITLE)}
        <ul class="summary-list">
            {move || lines().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
        </ul>
        <p class="ps-hint">{practice(p::PHARMACY_SUMMARY_HINT)}</p>
        <div class="ps-actions">
            {ctx.button("place-order", "ps-button", p::PHARMACY_SUMMARY_SEND, Action::PlaceOrder)}
        </div>
    }
}

/// The order and its chain: received, in progress, ready, done.
pub fn status(ctx: PharmacyCtx) -> impl IntoView {
    let body = move || {
        ctx.state.with(|s| {
            let Some(order) = s.order.as_ref() else {
                return view! { <p>{practice(p::PHARMACY_STATUS_NONE)}</p> }.into_any();
            };
            let now = order.status(s.minutes);
            let steps = Status::ALL
                .into_iter()
                .map(|step| {
                    let reached = step <= now;
                    let current = step == now;
                    view! {
                        <li class="chain-step" class:reached=reached aria-current=current.then_some("step")>
                            <span class="chain-dot" aria-hidden="true">{if reached { "✓" } else { "" }}</span>
                            <span>{practice(step.name(order.how))}</span>
                            {(!reached).then(|| view! { <span class="visually-hidden">{practice(p::PHARMACY_STATUS_NOT_YET)}</span> })}
                        </li>
                    }
                })
                .collect_view();
            let medicines = order.medicines.iter().map(|m| practice(m.name())).collect::<Vec<_>>().join(", ");
            let expired = s.waiting_in_locker() && s.code_expired();
            let renew = s.waiting_in_locker().then(|| {
                view! {
                    <p class="ps-hint">
                        {practice(if expired { p::PHARMACY_STATUS_EXPIRED } else { p::PHARMACY_STATUS_CODE_SENT })}
                    </p>
                    {ctx.button("new-code", "ps-button secondary", p::PHARMACY_STATUS_NEW_CODE, Action::NewCode)}
                }
            });
            view! {
                <p>{medicines}</p>
                <p class="ps-hint">{practice(order.how.name())}</p>
                <ol class="chain">{steps}</ol>
                {renew}
            }
            .into_any()
        })
    };
    view! {
        {title(ctx, p::PHARMACY_STATUS_TITLE)}
        {body}
    }
}

/// The intake reminder: a time, "Opslaan", and "Ingenomen" when it comes.
pub fn reminder(ctx: PharmacyCtx) -> impl IntoView {
    let hours = REMINDER_HOURS
        .into_iter()
        .map(|hour| {
            let on = move || ctx.state.with(|s| s.reminder_hour == Some(hour));
            let id = ctx.id(&format!("reminder-{hour}"));
            view! {
                <li>
                    <input
                        type="radio"
                        name=ctx.id("reminder-hour")
                        id=id.clone()
                        class:highlight=lit(ctx.highlight, "reminder-hour")
                        prop:checked=on
                        on:change=move |_| ctx.send(Action::ReminderHour(hour))
                    />
                    <label for=id>{format!("{hour:02}:00")}</label>
                </li>
            }
        })
        .collect_view();
    let saved = move || {
        ctx.state
            .with(|s| s.reminder_on.then(|| s.reminder_hour.unwrap_or(8)))
    };
    let due = move || ctx.state.with(|s| s.reminder_due());
    let taken = move || ctx.state.with(|s| s.taken);
    view! {
        {title(ctx, p::PHARMACY_REMINDER_TITLE)}
        <p>{practice(p::PHARMACY_REMINDER_TEXT)}</p>
        <fieldset class="reminder-hours">
            <legend>{practice(p::PHARMACY_REMINDER_WHEN)}</legend>
            <ul>{hours}</ul>
        </fieldset>
        <div class="ps-actions">
            {ctx.button("reminder-save", "ps-button", p::PHARMACY_REMINDER_SAVE, Action::SaveReminder)}
        </div>
        {move || saved().map(|hour| view! {
            <p class="ps-note" role="status">
                {practice_with(p::PHARMACY_REMINDER_SAVED, "time", format!("{hour:02}:00"))}
            </p>
        })}
        {move || due().then(|| view! {
            <div class="reminder-due" role="alert">
                <p>{practice(p::PHARMACY_REMINDER_NOTICE)}</p>
                {ctx.button("taken", "ps-button", p::PHARMACY_REMINDER_TAKEN, Action::Taken)}
            </div>
        })}
        {move || taken().then(|| view! {
            <Confirmation
                title=practice(p::PHARMACY_REMINDER_DONE)
                lines=vec![practice(p::PHARMACY_REMINDER_DONE_TEXT)]
            />
        })}
    }
}

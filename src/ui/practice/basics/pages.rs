//! The basics' pages that are pressed, scrolled and read: the button, the
//! long page, going back, the link, the pop-up and the phone to zoom in on.

use leptos::{either::Either, prelude::*};

use super::{missed, Ctx};
use crate::{
    i18n::{p, practice, practice_with},
    practice::basics::{Action, Screen, ZOOMS},
    ui::practice::{controls::labelled_button, kit::screen_title, lit},
};

const NEWS: [&str; 8] = [
    p::BASICS_NEWS_1,
    p::BASICS_NEWS_2,
    p::BASICS_NEWS_3,
    p::BASICS_NEWS_4,
    p::BASICS_NEWS_5,
    p::BASICS_NEWS_6,
    p::BASICS_NEWS_7,
    p::BASICS_NEWS_8,
];

/// A page that notices a tap beside its button.
pub(super) fn tap_page(ctx: Ctx, inner: impl IntoView) -> impl IntoView {
    view! {
        <div class="basics-page" on:click=move |ev| if missed(&ev) { ctx.send(Action::Miss) }>
            {inner}
        </div>
    }
}

pub(super) fn tap(ctx: Ctx) -> impl IntoView {
    tap_page(
        ctx,
        view! {
            {screen_title(practice(p::BASICS_TAP_TITLE), None)}
            <p>{practice(p::BASICS_TAP_TEXT)}</p>
            {ctx.problem_box()}
            {ctx.button("go-on", "ps-button basics-big", p::BASICS_GO_ON, Action::GoOn)}
        },
    )
}

pub(super) fn question(ctx: Ctx) -> impl IntoView {
    tap_page(
        ctx,
        view! {
            {screen_title(practice(p::BASICS_TAP_QUESTION), None)}
            {ctx.problem_box()}
            <div class="ps-actions">
                {ctx.button("yes", "ps-button basics-big", p::BASICS_YES, Action::Answer(true))}
                {ctx.button("no", "ps-button secondary basics-big", p::BASICS_NO, Action::Answer(false))}
            </div>
        },
    )
}

pub(super) fn scroll(ctx: Ctx, found: bool) -> impl IntoView {
    let items = NEWS
        .iter()
        .map(|key| view! { <li><span class="basics-news-picture" aria-hidden="true"></span>{practice(key)}</li> })
        .collect_view();
    view! {
        {found.then(|| ctx.button("to-top", "ps-button", p::BASICS_TO_TOP, Action::ToTop))}
        {screen_title(practice(p::BASICS_SCROLL_TITLE), None)}
        <p>{practice(p::BASICS_SCROLL_TEXT)}</p>
        {ctx.problem_box()}
        <ul class="basics-news">{items}</ul>
        {if found {
            Either::Left(view! { <p class="ps-success" role="status">{practice(p::BASICS_FOUND_TEXT)}</p> })
        } else {
            Either::Right(ctx.button("found", "ps-button basics-big", p::BASICS_FOUND, Action::GoOn))
        }}
    }
}

pub(super) fn home(ctx: Ctx) -> impl IntoView {
    view! {
        {screen_title(practice(p::BASICS_BACK_TITLE), None)}
        <p>{practice(p::BASICS_BACK_TEXT)}</p>
        {ctx.problem_box()}
        <nav class="basics-nav">
            {ctx.button("activities", "ps-link basics-big-link", p::BASICS_ACTIVITIES, Action::GoOn)}
        </nav>
    }
}

pub(super) fn activities(ctx: Ctx) -> impl IntoView {
    let on_back = Callback::new(move |()| ctx.send(Action::Back));
    view! {
        {screen_title(practice(p::BASICS_ACTIVITIES), Some((ctx.id("page-back"), practice(p::BASICS_PAGE_BACK), on_back)))}
        <p>{practice(p::BASICS_ACTIVITIES_TEXT)}</p>
        {ctx.problem_box()}
    }
}

pub(super) fn link(ctx: Ctx) -> impl IntoView {
    view! {
        {screen_title(practice(p::BASICS_LINK_TITLE), None)}
        <p class="basics-plain" on:click=move |ev| if missed(&ev) { ctx.send(Action::PlainText) }>
            {practice(p::BASICS_LINK_TEXT)}" "{practice(p::BASICS_LINK_BEFORE)}" "
            <a
                href="#"
                id=ctx.id("link")
                class="basics-link"
                class:highlight=lit(ctx.highlight, "link")
                on:click=move |ev| { ev.prevent_default(); ctx.send(Action::Link); }
            >
                {practice(p::BASICS_LINK)}
            </a>
            " "{practice(p::BASICS_LINK_AFTER)}
        </p>
        {ctx.problem_box()}
    }
}

pub(super) fn hours(ctx: Ctx) -> impl IntoView {
    let on_back = Callback::new(move |()| ctx.send(Action::Back));
    view! {
        {screen_title(practice(p::BASICS_HOURS_TITLE), Some((ctx.id("page-back"), practice(p::BASICS_PAGE_BACK), on_back)))}
        <p>{practice(p::BASICS_HOURS_TEXT)}</p>
        {ctx.problem_box()}
    }
}

pub(super) fn popup(ctx: Ctx) -> impl IntoView {
    let open = move || ctx.state.with(|s| s.popup);
    view! {
        {screen_title(practice(p::BASICS_POPUP_PAGE_TITLE), None)}
        <p>{practice(p::BASICS_POPUP_PAGE)}</p>
        {move || (!open()).then(|| ctx.button("go-on", "ps-button basics-big", p::BASICS_GO_ON, Action::GoOn))}
        {move || open().then(|| view! {
            <div class="basics-popup" role="dialog" aria-modal="false" aria-labelledby=ctx.id("popup-title")>
                <button
                    type="button"
                    class="basics-close"
                    id=ctx.id("close-popup")
                    class:highlight=lit(ctx.highlight, "close-popup")
                    aria-label=practice(p::BASICS_POPUP_CLOSE)
                    on:click=move |_| ctx.send(Action::ClosePopup)
                >
                    <span aria-hidden="true">"×"</span>
                </button>
                <h3 id=ctx.id("popup-title")>{practice(p::BASICS_POPUP_TITLE)}</h3>
                <p>{practice(p::BASICS_POPUP_TEXT)}</p>
                {ctx.button("popup-yes", "ps-button", p::BASICS_POPUP_YES, Action::PopupYes)}
            </div>
        })}
        {ctx.problem_box()}
    }
}

pub(super) fn zoom(ctx: Ctx) -> impl IntoView {
    let percent = move || ctx.state.with(|s| ZOOMS[s.zoom]);
    let readable = move || ctx.state.with(|s| matches!(s.screen, Screen::Next(_)));
    // Two taps close together are a double tap, with a mouse or a finger.
    let last_tap = StoredValue::new(0.0_f64);
    let on_tap = move |_| {
        let now = js_sys::Date::now();
        if now - last_tap.get_value() < 500.0 {
            last_tap.set_value(0.0);
            ctx.send(Action::ZoomIn);
        } else {
            last_tap.set_value(now);
        }
    };
    view! {
        {screen_title(practice(p::BASICS_ZOOM_TITLE), None)}
        <p>{move || practice(if readable() { p::BASICS_ZOOM_READ } else { p::BASICS_ZOOM_TEXT })}</p>
        <div class="basics-phone">
            <div
                class="basics-phone-screen"
                id=ctx.id("picture")
                class:highlight=lit(ctx.highlight, "picture")
                on:click=on_tap
            >
                <p class="basics-small-print" style:font-size=move || format!("{}em", f64::from(percent()) * 0.0045)>
                    {practice(p::BASICS_ZOOM_LABEL)}
                </p>
            </div>
        </div>
        <p class="basics-zoom-level" aria-live="polite">{move || practice_with(p::BASICS_ZOOM_LEVEL, "percent", percent().to_string())}</p>
        <div class="ps-actions">
            {labelled_button(ctx, "zoom-in", "ps-button", practice(p::BASICS_ZOOM_IN), Action::ZoomIn)}
            {labelled_button(ctx, "zoom-out", "ps-button secondary", practice(p::BASICS_ZOOM_OUT), Action::ZoomOut)}
        </div>
        {ctx.problem_box()}
    }
}

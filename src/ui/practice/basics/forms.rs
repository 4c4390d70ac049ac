//! The basics' forms: typing in a field (and fixing a typo), choosing from
//! a list and ticking a box, and choosing a date in a calendar.

use leptos::prelude::*;

use super::Ctx;
use crate::{
    i18n::{p, practice, practice_with},
    practice::basics::{Action, Basics, Problem, COURSE_DAYS, DAY, DAYS_IN_MONTH, DECEMBER_OFFSET},
    ui::practice::{controls::text_field, kit::screen_title, lit},
};

const WEEKDAYS: [&str; 7] = [
    p::BASICS_WD_1,
    p::BASICS_WD_2,
    p::BASICS_WD_3,
    p::BASICS_WD_4,
    p::BASICS_WD_5,
    p::BASICS_WD_6,
    p::BASICS_WD_7,
];

fn name_invalid(s: &Basics) -> bool {
    matches!(s.problem, Some(Problem::NameNot(_) | Problem::RealData(_)))
}

fn place_invalid(s: &Basics) -> bool {
    matches!(s.problem, Some(Problem::PlaceNot(_)))
}

pub(super) fn typing(ctx: Ctx) -> impl IntoView {
    view! {
        {screen_title(practice(p::BASICS_TYPE_TITLE), None)}
        <p>{practice(p::BASICS_TYPE_TEXT)}</p>
        <form class="ps-form" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); ctx.send(Action::Submit); }>
            {text_field(ctx, "name", p::BASICS_TYPE_NAME, "text", |s| s.name.clone(), Action::Name, name_invalid, "error")}
            {text_field(ctx, "place", p::BASICS_TYPE_PLACE, "text", |s| s.place.clone(), Action::Place, place_invalid, "error")}
            {ctx.problem_box()}
            <button class="ps-button" type="submit" id=ctx.id("save") class:highlight=lit(ctx.highlight, "save")>
                {practice(p::BASICS_SAVE)}
            </button>
        </form>
    }
}

pub(super) fn choose(ctx: Ctx) -> impl IntoView {
    let select_id = ctx.id("course-day");
    let agree_id = ctx.id("agree");
    let options = COURSE_DAYS
        .iter()
        .enumerate()
        .map(|(i, day)| {
            let selected = move || ctx.state.with(|s| s.course_day == Some(i));
            view! { <option value=i.to_string() selected=selected>{*day}</option> }
        })
        .collect_view();
    view! {
        {screen_title(practice(p::BASICS_CHOOSE_TITLE), None)}
        <form class="ps-form" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); ctx.send(Action::Submit); }>
            <div class="ps-field">
                <label for=select_id.clone()>{practice(p::BASICS_COURSE_DAY)}</label>
                <select
                    id=select_id
                    class:highlight=lit(ctx.highlight, "course-day")
                    on:change=move |ev| {
                        if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                            ctx.send(Action::CourseDay(i));
                        }
                    }
                >
                    <option value="" disabled=true selected=move || ctx.state.with(|s| s.course_day.is_none())>
                        {practice(p::BASICS_COURSE_DAY_CHOOSE)}
                    </option>
                    {options}
                </select>
            </div>
            <div class="ps-check basics-check" class:highlight=lit(ctx.highlight, "agree")>
                <input
                    type="checkbox"
                    id=agree_id.clone()
                    prop:checked=move || ctx.state.with(|s| s.ticked)
                    on:change=move |ev| ctx.send(Action::Tick(event_target_checked(&ev)))
                />
                <label for=agree_id>{practice(p::BASICS_AGREE)}</label>
            </div>
            {ctx.problem_box()}
            <button class="ps-button" type="submit" id=ctx.id("sign-up") class:highlight=lit(ctx.highlight, "sign-up")>
                {practice(p::BASICS_SIGN_UP)}
            </button>
        </form>
    }
}

pub(super) fn date(ctx: Ctx) -> impl IntoView {
    let heads = WEEKDAYS
        .iter()
        .map(|key| view! { <span class="basics-wd" aria-hidden="true">{practice(key)}</span> })
        .collect_view();
    let blanks = (0..DECEMBER_OFFSET)
        .map(|_| view! { <span aria-hidden="true"></span> })
        .collect_view();
    let days = (1..=DAYS_IN_MONTH)
        .map(|day| {
            let label = practice_with(p::BASICS_DAY_LABEL, "day", day.to_string());
            let target: &'static str = if day == DAY { "day-15" } else { "day-other" };
            let pressed = move || ctx.state.with(|s| s.picked == Some(day)).to_string();
            view! {
                <button
                    type="button"
                    class="basics-day"
                    id=ctx.id(&format!("day-{day}"))
                    class:highlight=lit(ctx.highlight, target)
                    aria-label=label
                    aria-pressed=pressed
                    on:click=move |_| ctx.send(Action::PickDay(day))
                >
                    {day}
                </button>
            }
        })
        .collect_view();
    view! {
        {screen_title(practice(p::BASICS_DATE_TITLE), None)}
        <p>{practice(p::BASICS_DATE_TEXT)}</p>
        <div class="basics-calendar" role="group" aria-label=practice(p::BASICS_MONTH)>
            <p class="basics-month">{practice(p::BASICS_MONTH)}</p>
            <div class="basics-grid">{heads}{blanks}{days}</div>
        </div>
        {ctx.problem_box()}
        {ctx.button("confirm-date", "ps-button", p::BASICS_CONFIRM_DATE, Action::Submit)}
    }
}

//! Picking a day and a time: the free times grouped by day, each a big
//! button; a time that is gone shows as taken and cannot be picked.

use leptos::prelude::*;

use crate::ui::practice::{lit, Highlight};

/// One time on offer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlotChoice {
    /// Its number in the service (its target is `slot-<index>`).
    pub index: usize,
    /// "09:10".
    pub time: String,
}

#[component]
pub fn SlotPicker(
    /// The days, each with its name and its times.
    days: Vec<(String, Vec<SlotChoice>)>,
    /// Which times show as taken.
    #[prop(into)]
    taken: Signal<Vec<usize>>,
    /// "vrij" and "bezet", in the service's words.
    free: String,
    gone: String,
    on_pick: Callback<usize>,
    #[prop(into)] highlight: Highlight,
    prefix: &'static str,
) -> impl IntoView {
    days.into_iter()
        .enumerate()
        .map(|(d, (day, times))| {
            let heading = format!("{prefix}-day-{d}");
            let buttons = times
                .into_iter()
                .map(|choice| {
                    let index = choice.index;
                    let is_taken = move || taken.try_with(|t| t.contains(&index)).unwrap_or(false);
                    let target: &'static str = match index {
                        0 => "slot-0",
                        1 => "slot-1",
                        2 => "slot-2",
                        _ => "slot-other",
                    };
                    let (free, gone) = (free.clone(), gone.clone());
                    view! {
                        <li>
                            <button
                                type="button"
                                class="ps-slot"
                                id=format!("{prefix}-slot-{index}")
                                class:taken=is_taken
                                class:highlight=lit(highlight, target)
                                disabled=is_taken
                                on:click=move |_| on_pick.run(index)
                            >
                                <span class="ps-slot-time">{choice.time}</span>
                                <span class="ps-slot-state">{move || if is_taken() { gone.clone() } else { free.clone() }}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="ps-day" aria-labelledby=heading.clone()>
                    <h3 id=heading.clone()>{day}</h3>
                    <ul class="ps-slots">{buttons}</ul>
                </section>
            }
        })
        .collect_view()
}

/// The times of a simple timetable, under their days: each slot is (the
/// day's place in `days`, "09:00"), and `days` are practice text keys.
pub fn by_day(
    days: &[&'static str],
    slots: &[(usize, &'static str)],
) -> Vec<(String, Vec<SlotChoice>)> {
    days.iter()
        .enumerate()
        .map(|(d, key)| {
            let times = slots
                .iter()
                .enumerate()
                .filter(|(_, (day, _))| *day == d)
                .map(|(index, (_, time))| SlotChoice {
                    index,
                    time: (*time).to_owned(),
                })
                .collect();
            (crate::i18n::practice(key), times)
        })
        .collect()
}

/// Slot `index` of such a timetable in words: the practice text `key`
/// with `$day` and `$time` ("maandag 14 december om 09:00").
pub fn slot_words(
    key: &'static str,
    days: &[&'static str],
    slots: &[(usize, &'static str)],
    index: usize,
) -> String {
    let Some(&(day, time)) = slots.get(index).or(slots.first()) else {
        return String::new();
    };
    let day = days
        .get(day)
        .map(|k| crate::i18n::practice(k))
        .unwrap_or_default();
    crate::i18n::practice_args(key, &[("day", day), ("time", time.to_owned())])
}

//! Lab results: a list with value and a mark when outside the range, and
//! a detail with the range, a plain explanation and the doctor's comment.
//! Every result screen says these are practice values.

use leptos::prelude::*;

use super::{GpCtx, Word};
use crate::{
    i18n::{p, practice},
    practice::gp::{data::Person, Action, LabResult, Range, Section},
    ui::practice::{kit::ListRow, lit},
};

fn range_key(range: Range) -> &'static str {
    match range {
        Range::Within => p::GP_RANGE_WITHIN,
        Range::Low => p::GP_RANGE_LOW,
        Range::High => p::GP_RANGE_HIGH,
    }
}

fn target(result: LabResult) -> &'static str {
    match result {
        LabResult::Hemoglobin => "result-hemoglobin",
        LabResult::Glucose => "result-glucose",
        LabResult::Cholesterol => "result-cholesterol",
        LabResult::Egfr => "result-egfr",
        LabResult::Tsh => "result-tsh",
    }
}

fn practice_values() -> impl IntoView {
    view! { <p class="ps-practice-values">{practice(p::GP_RESULTS_PRACTICE)}</p> }
}

pub fn list(ctx: GpCtx) -> impl IntoView {
    let rows = move || {
        if ctx.state.with(|s| s.person) == Person::Child {
            return view! { <p>{practice(p::GP_RESULTS_NONE)}</p> }.into_any();
        }
        let rows = LabResult::ALL
            .into_iter()
            .map(|result| {
                let [name, value, ..] = result.keys();
                let badge =
                    (result.range() != Range::Within).then(|| practice(range_key(result.range())));
                view! {
                    <ListRow
                        id=ctx.id(target(result))
                        lit=Signal::derive(lit(ctx.highlight, target(result)))
                        title=practice(name)
                        detail=practice(value)
                        badge=Signal::derive(move || badge.clone())
                        on_open=Callback::new(move |()| ctx.send(Action::OpenResult(result)))
                    />
                }
            })
            .collect_view();
        view! { <ul class="ps-rows">{rows}</ul> }.into_any()
    };
    view! {
        {ctx.title_text(ctx.word(Word::Section(Section::Results)))}
        {practice_values()}
        <p>{practice(p::GP_RESULTS_TEXT)}</p>
        {rows}
    }
}

pub fn detail(ctx: GpCtx, result: LabResult) -> impl IntoView {
    let [name, value, range, means, doctor] = result.keys();
    let out = result.range() != Range::Within;
    view! {
        {ctx.title(name)}
        {practice_values()}
        <dl class="ps-summary gp-result" class:out=out>
            <dt>{practice(p::GP_RESULT_VALUE)}</dt>
            <dd class="gp-value">{practice(value)}" — "{practice(range_key(result.range()))}</dd>
            <dt>{practice(p::GP_RESULT_RANGE)}</dt>
            <dd>{practice(range)}</dd>
            <dt>{practice(p::GP_RESULT_MEANS)}</dt>
            <dd>{practice(means)}</dd>
            <dt>{practice(p::GP_RESULT_DOCTOR)}</dt>
            <dd>{practice(doctor)}</dd>
        </dl>
        {out.then(|| ctx.button("book-from-result", "ps-secondary", ctx.word(Word::Section(Section::Book)), Action::Open(Section::Book)))}
    }
}

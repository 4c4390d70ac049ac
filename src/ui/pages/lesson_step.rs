/*!
One step of the lesson player: its head ("Stap 2 van 7", the "Waar ben
ik?" code, the text, read aloud), the notice after a rebuild, its picture,
"Lees voor" and "Laat zien", the tip, and the words it uses. The player
itself, and how a step is done, are in [`super::lesson`].
*/

use leptos::prelude::*;

use super::{lesson::Player, screen_picture::screen_picture, words::WordLinks};
use crate::{
    i18n::{k, tr},
    ui::{
        dom,
        i18n::use_i18n,
        icon::Icon,
        prefs::use_prefs,
        read_aloud::{ReadButton, SpokenText},
        speech::Reader,
    },
};

#[component]
pub(super) fn StepPanel(player: Player, index: usize) -> impl IntoView {
    let lesson = player.lesson;
    let step = &lesson.steps[index];
    let total = lesson.steps.len();
    let i18n = use_i18n();
    let prefs = use_prefs();
    let title_key = lesson.title_key();
    let step_key = lesson.step_key(step);
    let hint_key = lesson.hint_key(step);
    let title = Signal::derive(move || tr(i18n.lang(), &title_key));
    let counter = Signal::derive(move || step_count(i18n.lang(), index, total));
    // The dictionary words the step uses, found in its Dutch text.
    let dutch = [Some(&step_key), hint_key.as_ref()]
        .into_iter()
        .flatten()
        .map(|key| player.text(crate::model::lang::Lang::Nl, key))
        .collect::<Vec<_>>()
        .join(" ");
    let text = Signal::derive(move || player.text(i18n.lang(), &step_key));
    Effect::new(move |_| {
        let app = tr(i18n.lang(), k::APP_NAME);
        dom::set_title(&format!("{} · {} · {app}", counter.get(), title.get()));
    });
    // A new step brings its text, its control and what it names into view.
    Effect::new(move |_| {
        if player.moved.get_value() {
            player.moved.set_value(false);
            let what = player.in_view(index);
            request_animation_frame(move || {
                crate::ui::focus::bring_into_view_when_drawn(what, 120)
            });
        }
    });
    // The tip looks like what it is: a row that opens (icon, "Tip", a
    // chevron that turns), the whole row one button.
    let hint = hint_key.map(|key| {
        view! {
            <details class="step-hint" on:toggle=move |_| player.used_help(prefs)>
                <summary>
                    <Icon name="bulb" />
                    <span class="step-hint-label">{i18n.t(k::LESSON_HINT)}</span>
                    <span class="step-hint-chevron" aria-hidden="true"></span>
                </summary>
                <p>{move || player.text(i18n.lang(), &key)}</p>
            </details>
        }
    });
    // Made here, so the heading lights up what the button reads; a new step
    // is a new panel, so leaving a step stops its reading.
    let reader = Reader::new();
    // The learner's own choices were replaced by the examples: said until
    // they have read it.
    let examples = move || {
        player.examples_notice.get().then(|| {
            view! {
                <div class="examples-notice" role="status">
                    <Icon name="info" />
                    <p>{i18n.t(k::LESSON_EXAMPLES_NOTICE)}</p>
                    <button
                        class="button secondary"
                        type="button"
                        on:click=move |_| player.examples_notice.set(false)
                    >
                        {i18n.t(k::LESSON_EXAMPLES_OK)}
                    </button>
                </div>
            }
        })
    };
    view! {
        <section class="step-panel" aria-labelledby="step-text">
            // On a phone the head stays in view while the learner works below it.
            <div class="step-head">
                <p class="lesson-name">{title}</p>
                <div class="step-progress">
                    <span class="step-count">{counter}</span>
                    <WhereCode lesson=&lesson.id index />
                    <p class="praise" role="status">
                        {move || player.praise.get().then(|| tr(i18n.lang(), k::LESSON_WELL_DONE))}
                    </p>
                    <progress max=total value=index + 1 aria-hidden="true"></progress>
                </div>
                <h1 id="step-text" class="step-text">
                    <SpokenText reader text />
                </h1>
                // "Laat zien" put the practice screen back: said in the head,
                // which a phone keeps in view, until the learner acts again.
                <p class="put-back" role="status">
                    {move || player.put_back.get().then(|| i18n.t(k::LESSON_PUT_BACK))}
                </p>
            </div>
            {examples}
            <StepPicture player index />
            <div class="step-actions">
                <StepTools player index text reader />
                {hint}
            </div>
            <WordLinks dutch />
        </section>
    }
}

/// "Waar ben ik?": the step's code, large, for a helper across the room.
#[component]
fn WhereCode(lesson: &'static str, index: usize) -> impl IntoView {
    let i18n = use_i18n();
    crate::model::step_code::at(lesson, index).map(|code| {
        view! {
            <span class="where-code">
                <span class="visually-hidden">{i18n.t(k::LESSON_WHERE)}" "</span>
                {code.to_string()}
            </span>
        }
    })
}

/// "Stap 2 van 7".
pub fn step_count(lang: crate::model::lang::Lang, index: usize, total: usize) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("step", index + 1);
    args.set("total", total);
    crate::i18n::tr_args(lang, k::LESSON_STEP_OF, Some(&args))
}

/// "Lees voor" (in the interface language, Dutch labels by a Dutch voice)
/// and "Laat zien".
#[component]
fn StepTools(player: Player, index: usize, text: Signal<String>, reader: Reader) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    let target = player.lesson.steps[index].target.clone();
    let show = target.map(|_| {
        let show_me = move |_| {
            player.used_help(prefs);
            player.show_me(index);
        };
        view! {
            <button class="button secondary" type="button" on:click=show_me>
                <Icon name="info" />
                <span>{i18n.t(k::LESSON_SHOW_ME)}</span>
            </button>
        }
    });
    let lang = Signal::derive(move || i18n.lang());
    let step_key = player.lesson.step_key(&player.lesson.steps[index]);
    let original = Signal::stored(tr(crate::model::lang::Lang::Nl, &step_key));
    view! {
        <div class="step-tools">
            <ReadButton
                reader
                text
                lang
                original
                label=k::LESSON_READ_ALOUD
                step=(player.lesson.id.as_str(), index + 1)
            />
            {show}
        </div>
    }
}

/// The step's picture: a drawing, or the practice screen itself, small and
/// inert, as it looks at the start of this step with its control lit.
#[component]
fn StepPicture(player: Player, index: usize) -> impl IntoView {
    let i18n = use_i18n();
    let step = &player.lesson.steps[index];
    let picture = screen_picture(step, player.lesson.service(), player.state_at(index), true);
    view! {
        <figure class="step-picture">
            {picture}
            <figcaption class="visually-hidden">{i18n.t(k::LESSON_PICTURE)}</figcaption>
        </figure>
    }
}
